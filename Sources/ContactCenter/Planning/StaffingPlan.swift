import Foundation
import Queueing

/// How a channel is staffed in a plan.
public enum ChannelTreatment: Sendable, Equatable {
    /// Answered live (phone, social answered live): Erlang C, or Erlang A when a patience is known.
    case realTime
    /// Messaging with concurrency (approximation, see `ChatConcurrency`).
    case chat(ChatConcurrency)
    /// Deferred work with a response target (approximation, see `DeferredWork`).
    case deferred(ServiceLevelTarget)
}

/// Settings of a staffing plan built from a forecast.
public struct PlanSettings: Sendable {
    /// Interval length, seconds; nil infers it from the forecast's interval starts.
    public var interval: Double?
    /// Targets for every real-time and chat channel.
    public var targets: StaffingTargets
    /// Per-channel service-level targets that replace `targets.serviceLevel`.
    public var channelServiceLevels: [String: ServiceLevelTarget] = [:]
    /// Channels answered with concurrency or deferred; others are real-time.
    public var treatments: [String: ChannelTreatment] = [:]
    /// Mean patience applied to real-time rows without their own (selects Erlang A).
    public var patience: Double?
    public var shrinkage: Double?
    /// Cost of one paid agent-hour.
    public var costPerHour: Double?

    public init(targets: StaffingTargets) { self.targets = targets }
}

/// One interval of one channel in a staffing plan.
public struct PlanRow: Sendable {
    public var intervalStart: String
    public var channel: String
    public var volume: Double
    public var aht: Double
    /// Offered load, Erlangs (for deferred channels, the smoothed load actually staffed).
    public var load: Double
    public var agents: Int
    public var scheduledAgents: Int?
    /// Expected performance; nil for an interval without contacts.
    public var metrics: QueueMetrics?
    /// `erlang_c`, `erlang_a`, `chat_slots` or `deferred_fluid`.
    public var method: String
}

/// Sums over a set of plan rows.
public struct PlanTotals: Sendable, Equatable {
    public var contacts = 0.0
    public var agentHours = 0.0
    /// Agent-hours to schedule (paid), after shrinkage; equals `agentHours` without shrinkage.
    public var scheduledHours = 0.0
    public var cost: Double?
}

/// The staffing required per interval and channel to meet targets, from a forecast.
public struct StaffingPlan: Sendable {
    public var rows: [PlanRow]
    /// Interval length used, seconds.
    public var interval: Double
    /// Totals per channel, in the forecast's channel order.
    public var channelTotals: [(channel: String, totals: PlanTotals)]
    public var totals: PlanTotals
    /// The approximations that produced some numbers, one line each.
    public var approximations: [String]

    /// Builds the plan; throws `FileErrors` naming the forecast line when a row cannot be staffed.
    public static func make(_ forecast: Forecast, settings: PlanSettings) throws -> StaffingPlan {
        let interval = try settings.interval ?? inferInterval(forecast)
        var rows: [PlanRow] = []
        var approximations: [String] = []
        var issues: [FileIssue] = []
        for channel in forecast.channels {
            let channelRows = forecast.rows.filter { $0.channel == channel }.sorted { $0.startSeconds < $1.startSeconds }
            let treatment = settings.treatments[channel] ?? .realTime
            var targets = settings.targets
            if let sl = settings.channelServiceLevels[channel] { targets.serviceLevel = sl }
            var loads = channelRows.map { $0.volume * $0.aht / interval }
            if case let .deferred(response) = treatment {
                loads = DeferredWork.smoothedLoads(loads, windowIntervals: Int((response.threshold / interval).rounded()))
                targets = StaffingTargets(serviceLevel: response, maxOccupancy: settings.targets.maxOccupancy)
                approximations.append("\(channel): " + DeferredWork.label(responseTarget: response.threshold))
            }
            if case let .chat(c) = treatment { approximations.append("\(channel): " + c.label) }
            for (row, load) in zip(channelRows, loads) {
                var planRow = PlanRow(intervalStart: row.intervalStart, channel: channel, volume: row.volume,
                                      aht: row.aht, load: load, agents: 0, metrics: nil, method: "")
                let patience = row.patience ?? settings.patience
                let model: QueueModel = patience.map { .erlangA(patience: $0) } ?? .erlangC
                do {
                    let requirement: StaffingRequirement?
                    switch treatment {
                    case .realTime:
                        planRow.method = patience == nil ? "erlang_c" : "erlang_a"
                        requirement = load > 0 ? try StaffingSolver.solve(load: load, aht: row.aht, model: model, targets: targets,
                                                                          shrinkage: settings.shrinkage) : nil
                    case let .chat(c):
                        planRow.method = "chat_slots"
                        requirement = load > 0 ? try c.solve(load: load, aht: row.aht, model: model, targets: targets,
                                                             shrinkage: settings.shrinkage) : nil
                    case .deferred:
                        planRow.method = "deferred_fluid"
                        requirement = load > 0 ? try StaffingSolver.solve(load: load, aht: row.aht, model: .erlangC,
                                                                          targets: targets, shrinkage: settings.shrinkage) : nil
                    }
                    planRow.agents = requirement?.agents ?? 0
                    planRow.metrics = requirement?.metrics
                    planRow.scheduledAgents = settings.shrinkage == nil ? nil : (requirement?.scheduledAgents ?? 0)
                } catch let error as QueueingError {
                    issues.append(FileIssue(file: forecast.path, line: row.line,
                                            message: "\(channel) at \(row.intervalStart): \(error.description)"))
                }
                rows.append(planRow)
            }
        }
        guard issues.isEmpty else { throw FileErrors(issues) }
        var channelTotals: [(String, PlanTotals)] = []
        var all = PlanTotals()
        for channel in forecast.channels {
            var t = PlanTotals()
            for row in rows where row.channel == channel {
                t.contacts += row.volume
                t.agentHours += Double(row.agents) * interval / 3600
                t.scheduledHours += Double(row.scheduledAgents ?? row.agents) * interval / 3600
            }
            t.cost = settings.costPerHour.map { $0 * t.scheduledHours }
            all.contacts += t.contacts
            all.agentHours += t.agentHours
            all.scheduledHours += t.scheduledHours
            channelTotals.append((channel, t))
        }
        all.cost = settings.costPerHour.map { $0 * all.scheduledHours }
        return StaffingPlan(rows: rows, interval: interval, channelTotals: channelTotals, totals: all,
                            approximations: approximations)
    }

    /// The smallest gap between distinct interval starts, or an error when there is only one.
    static func inferInterval(_ forecast: Forecast) throws -> Double {
        let starts = Set(forecast.rows.map(\.startSeconds)).sorted()
        let gaps = zip(starts.dropFirst(), starts).map { $0 - $1 }.filter { $0 > 0 }
        guard let smallest = gaps.min() else {
            throw FileErrors([FileIssue(file: forecast.path, message:
                "cannot infer the interval length from a single interval start; give --interval (e.g. 30m)")])
        }
        return smallest
    }
}
