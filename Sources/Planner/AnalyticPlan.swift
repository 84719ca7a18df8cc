import ContactCenter
import Queueing

/// The per-channel analytic requirement: each channel staffed on its own by its owner group with
/// Erlang A (Erlang C without patience), the chat slot approximation, or a fluid spread of the day's
/// deferred work over the owner's hours. The planner's starting point, and the benchmark that
/// multi-skill pooling must beat.
public struct AnalyticPlan: Sendable {
    /// Agents each channel needs, `channelAgents[channel][intervalOfDay]`.
    public var channelAgents: [[Int]]
    /// The channels added up in their owner groups.
    public var pattern: StaffingPattern
    /// One line per approximation used (chat slots, deferred fluid).
    public var approximations: [String]

    /// Occupancy the fluid spread of deferred work allows, so a backlog can be worked off.
    public static let deferredOccupancy = 0.85

    /// The requirement of every channel of `structure`'s model.
    ///
    /// - Throws: ``FileErrors`` naming the channel's target in the model file when it cannot be met
    ///   at any staffing.
    static func make(_ structure: PlanStructure, loaded: LoadedModel) throws -> AnalyticPlan {
        let model = structure.model
        let perDay = structure.intervalsPerDay
        var channelAgents = Array(repeating: Array(repeating: 0, count: perDay), count: model.channels.count)
        var approximations: [String] = []
        var issues: [FileIssue] = []
        for (c, channel) in model.channels.enumerated() where structure.expected[c].contains(where: { $0 > 0 }) {
            guard let g = structure.owner[c] else { continue }   // the model refuses unserved channels
            let aht = channel.handleTime.mean
            if channel.kind == .deferred {
                if let problem = DeferredReach.problem(channel: c, structure: structure) {
                    issues.append(loaded.issue(at: "channels.\(channel.name).service_level", problem))
                    continue
                }
                let hours = (0..<perDay).filter { structure.allowed[g][$0] }
                let work = structure.expected[c].reduce(0, +) * aht
                let agents = Int((work / (Double(hours.count) * model.intervalLength) / deferredOccupancy).rounded(.up))
                for k in hours { channelAgents[c][k] = max(1, agents) }
                approximations.append("\(channel.name): deferred work spread evenly over \(model.groups[g].name)'s hours "
                                      + "at \(Int(deferredOccupancy * 100))% occupancy (fluid approximation)")
                continue
            }
            var targets = StaffingTargets(serviceLevel: channel.serviceLevel, maxASA: channel.maxASA, maxAbandon: channel.maxAbandon)
            let queue: QueueModel = channel.patience.map { .erlangA(patience: $0.mean) } ?? .erlangC
            if channel.patience == nil { targets.maxAbandon = nil }
            var chat: ChatConcurrency?
            if channel.kind == .chat, channel.concurrency > 1 {
                chat = try? ChatConcurrency(sessions: channel.concurrency, slowdown: channel.slowdownPerExtraSession)
                if let chat { approximations.append("\(channel.name): " + chat.label) }
            }
            do {
                for k in 0..<perDay where structure.expected[c][k] > 0 {
                    let load = structure.expected[c][k] * aht / model.intervalLength
                    let requirement = try chat.map { try $0.solve(load: load, aht: aht, model: queue, targets: targets) }
                        ?? StaffingSolver.solve(load: load, aht: aht, model: queue, targets: targets)
                    channelAgents[c][k] = requirement.agents
                }
            } catch let error as QueueingError {
                issues.append(loaded.issue(at: "channels.\(channel.name).service_level",
                                           "cannot be met at any staffing: \(error.description)"))
            }
        }
        guard issues.isEmpty else { throw FileErrors(issues) }
        // Erlang counts agents answering; the plan is of agents on the schedule, of whom the owner's
        // shrinkage leaves fewer available (its 70% left a plan of 12 phone agents at 9% service level).
        for c in model.channels.indices {
            guard let g = structure.owner[c] else { continue }
            let away = Self.awayShare(model.groups[g], intervalsPerDay: perDay)
            for k in 0..<perDay where channelAgents[c][k] > 0 && away[k] > 0 && away[k] < 1 {
                channelAgents[c][k] = Int((Double(channelAgents[c][k]) / (1 - away[k]) - 1e-9).rounded(.up))
            }
        }
        var pattern = StaffingPattern(groups: model.groups.count, intervalsPerDay: perDay, intervalLength: model.intervalLength)
        for c in model.channels.indices {
            guard let g = structure.owner[c] else { continue }
            for k in 0..<perDay { pattern.agents[g][k] += channelAgents[c][k] }
        }
        return AnalyticPlan(channelAgents: channelAgents, pattern: pattern, approximations: approximations)
    }

    /// The share of `group`'s scheduled agents away in each interval of the day, averaged over the days.
    static func awayShare(_ group: AgentGroup, intervalsPerDay perDay: Int) -> [Double] {
        let share = group.unavailableShare
        return (0..<perDay).map { k in
            let days = stride(from: k, to: share.count, by: perDay).map { share[$0] }
            return days.isEmpty ? 0 : days.reduce(0, +) / Double(days.count)
        }
    }
}

/// Whether a deferred channel's target can be met at all: a contact can only be answered within
/// its target when some group answering it may be on duty before the target passes.
enum DeferredReach {
    /// The largest share of the channel's contacts that can be answered within target with
    /// unlimited agents in the groups' allowed hours.
    static func reachableShare(channel c: Int, structure: PlanStructure) -> Double {
        let model = structure.model
        let perDay = structure.intervalsPerDay
        let reach = Int((model.channels[c].serviceLevel.threshold / model.intervalLength).rounded(.down))
        let onDuty = (0..<perDay).map { k in structure.servers[c].contains { structure.allowed[$0][k] } }
        let total = structure.expected[c].reduce(0, +)
        guard total > 0 else { return 1 }
        var reached = 0.0
        for k in 0..<perDay where structure.expected[c][k] > 0 {
            if (0...min(reach, perDay)).contains(where: { onDuty[(k + $0) % perDay] }) { reached += structure.expected[c][k] }
        }
        return reached / total
    }

    /// Why the channel's target cannot be met, or nil when it can.
    static func problem(channel c: Int, structure: PlanStructure) -> String? {
        let share = reachableShare(channel: c, structure: structure)
        let target = structure.model.channels[c].serviceLevel
        guard share < target.fraction else { return nil }
        let groups = structure.servers[c].map { structure.model.groups[$0].name }.joined(separator: ", ")
        return "cannot be met at any staffing: only \(Int((share * 100).rounded(.down)))% of the contacts arrive within "
            + "the target time of hours when a group answering them (\(groups)) is on duty; widen those groups' hours "
            + "or lengthen the target"
    }
}
