import Foundation
import Queueing

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
    /// What a planner should know about the plan (e.g. targets met only because callers abandon).
    public var warnings: [String]

    /// Builds the plan; throws `FileErrors` naming the forecast line when a row cannot be staffed.
    public static func make(_ forecast: Forecast, settings: PlanSettings) throws -> StaffingPlan {
        if let s = settings.shrinkage { try StaffingSolver.requireShrinkage(s) }
        let interval: Double
        if let given = settings.interval {
            try forecast.checkGrid(interval: given)
            interval = given
        } else {
            guard let inferred = try forecast.inferInterval() else {
                throw FileErrors([FileIssue(file: forecast.path, message:
                    "cannot infer the interval length from a single interval start; give --interval (e.g. 30m)")])
            }
            interval = inferred
        }
        let handleTimes = try resolveHandleTimes(forecast, settings)
        var rows: [PlanRow] = []
        var approximations: [String] = []
        var warnings: [String] = []
        var issues: [FileIssue] = []
        var channelTotals: [(String, PlanTotals)] = []
        for channel in forecast.channels {
            let indices = forecast.rows.indices.filter { forecast.rows[$0].channel == channel }
                .sorted { forecast.rows[$0].startSeconds < forecast.rows[$1].startSeconds }
            let treatment = settings.treatments[channel] ?? .realTime
            var channelRows: [PlanRow] = []
            var totals = PlanTotals()
            switch treatment {
            case let .deferred(response):
                do {
                    let deferred = try DeferredChannelPlan(forecast: forecast, channel: channel, handleTimes: handleTimes,
                                                           interval: interval, response: response, settings: settings)
                    channelRows = deferred.rows
                    totals.serviceLevel = deferred.plan.serviceLevel
                    totals.asa = deferred.plan.meanWait
                    approximations.append("\(channel): " + DeferredWork.label(responseTarget: response, hours: deferred.hoursText))
                    if response.threshold < 2 * interval {
                        warnings.append("\(channel): the response target \(Describe.targetTime(response.threshold)) is shorter than "
                                        + "two intervals; the backlog model is coarse at that scale (plan the channel as real-time)")
                    }
                } catch let error as QueueingError {
                    issues.append(FileIssue(file: forecast.path, message: "channel '\(channel)': \(error.description)"))
                }
            case .realTime, .chat:
                if case let .chat(c) = treatment { approximations.append("\(channel): " + c.label) }
                var targets = settings.targets
                if let sl = settings.channelServiceLevels[channel] { targets.serviceLevel = sl }
                for i in indices {
                    do {
                        channelRows.append(try realTimeRow(forecast.rows[i], aht: handleTimes[i], interval: interval,
                                                           treatment: treatment, targets: targets, settings: settings))
                    } catch let error as QueueingError {
                        let row = forecast.rows[i]
                        issues.append(FileIssue(file: forecast.path, line: row.line,
                                                message: "\(channel) at \(row.intervalStart): \(error.description)"))
                    }
                }
                (totals.serviceLevel, totals.asa) = weightedPerformance(channelRows)
                if let warning = abandonmentWarning(channel, channelRows, targets) { warnings.append(warning) }
            }
            for row in channelRows {
                totals.contacts += row.volume
                totals.workloadHours += row.volume * row.aht / 3600
                totals.agentHours += Double(row.agents) * interval / 3600
                totals.scheduledHours += Double(row.scheduledAgents ?? row.agents) * interval / 3600
            }
            totals.cost = settings.costPerHour.map { $0 * totals.scheduledHours }
            rows += channelRows
            channelTotals.append((channel, totals))
        }
        guard issues.isEmpty else { throw FileErrors(issues) }
        var all = PlanTotals()
        for (_, t) in channelTotals {
            all.contacts += t.contacts
            all.agentHours += t.agentHours
            all.scheduledHours += t.scheduledHours
            all.workloadHours += t.workloadHours
        }
        all.cost = settings.costPerHour.map { $0 * all.scheduledHours }
        return StaffingPlan(rows: rows, interval: interval, channelTotals: channelTotals, totals: all,
                            approximations: approximations, warnings: warnings)
    }

    /// The handle time of every forecast row: its own, else the channel's from the settings, else
    /// the settings' default; one located problem per channel that has none.
    static func resolveHandleTimes(_ forecast: Forecast, _ settings: PlanSettings) throws -> [Double] {
        var issues: [FileIssue] = []
        var reported = Set<String>()
        let resolved = forecast.rows.map { row -> Double in
            if let aht = row.aht ?? settings.channelHandleTimes[row.channel] ?? settings.handleTime { return aht }
            if reported.insert(row.channel).inserted {
                let cause = forecast.ahtColumn == nil ? "the forecast has no aht column" : "its aht is empty"
                issues.append(FileIssue(file: forecast.path, line: row.line, column: forecast.ahtColumn,
                                        message: "channel '\(row.channel)' has no handle time (\(cause)); give --aht 300s "
                                            + "for every channel or --aht \(row.channel)=300s"))
            }
            return 0
        }
        guard issues.isEmpty else { throw FileErrors(issues) }
        return resolved
    }

    /// One real-time or chat interval: the least agents meeting the targets, by Erlang C or A.
    static func realTimeRow(_ row: ForecastRow, aht: Double, interval: Double, treatment: ChannelTreatment,
                            targets: StaffingTargets, settings: PlanSettings) throws -> PlanRow {
        let patience = row.patience ?? settings.patience
        let model: QueueModel = patience.map { .erlangA(patience: $0) } ?? .erlangC
        let load = row.volume * aht / interval
        var planRow = PlanRow(interval: row.intervalStart, channel: row.channel, volume: row.volume, aht: aht, load: load,
                              method: patience == nil ? "erlang_c" : "erlang_a")
        if case .chat = treatment { planRow.method = "chat_slots" }
        if settings.shrinkage != nil { planRow.scheduledAgents = 0 }
        guard load > 0 else { return planRow }
        let requirement: StaffingRequirement
        if case let .chat(c) = treatment {
            requirement = try c.solve(load: load, aht: aht, model: model, targets: targets, shrinkage: settings.shrinkage)
        } else {
            requirement = try StaffingSolver.solve(load: load, aht: aht, model: model, targets: targets, shrinkage: settings.shrinkage)
        }
        let m = requirement.metrics
        planRow.agents = requirement.agents
        planRow.scheduledAgents = requirement.scheduledAgents
        planRow.metrics = m
        planRow.serviceLevel = m.serviceLevel
        planRow.asa = m.asa
        planRow.occupancy = m.occupancy
        planRow.pAbandon = m.pAbandon
        planRow.binding = requirement.binding
        return planRow
    }

    /// Service level weighted by contacts and ASA weighted by contacts answered, over rows with contacts.
    static func weightedPerformance(_ rows: [PlanRow]) -> (Double?, Double?) {
        var contacts = 0.0, inTime = 0.0, answered = 0.0, waits = 0.0
        for r in rows {
            guard let sl = r.serviceLevel, let asa = r.asa else { continue }
            let a = r.volume * (1 - (r.pAbandon ?? 0))
            contacts += r.volume
            inTime += r.volume * sl
            answered += a
            waits += a * asa
        }
        return (contacts > 0 ? inTime / contacts : nil, answered > 0 ? waits / answered : nil)
    }

    /// One line when some intervals meet their targets only because callers abandon.
    static func abandonmentWarning(_ channel: String, _ rows: [PlanRow], _ targets: StaffingTargets) -> String? {
        let relying = rows.filter(\.reliesOnAbandonment)
        guard let worst = relying.max(by: { ($0.pAbandon ?? 0) < ($1.pAbandon ?? 0) }), let m = worst.metrics else { return nil }
        return "\(channel): in \(relying.count) of \(rows.count) intervals the targets are met only because callers abandon "
            + "(fewer agents than Erlangs offered, or occupancy of 99% or more); the worst, \(worst.intervalStart): "
            + "\(worst.agents) agents for \(Describe.number((m.load * 100).rounded() / 100)) Erlangs, "
            + "\(Describe.percent(m.pAbandon)) abandon"
            + (targets.maxAbandon == nil ? "; bound abandonment with --max-abandon (e.g. 5%)" : "")
    }
}
