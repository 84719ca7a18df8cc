/// How a measure's values read: a share (shown as a percentage), a time in seconds (shown as a
/// duration), a count, hours, money (with the model's currency) or a plain number.
public enum MeasureUnit: Sendable, Equatable {
    case share, seconds, count, hours, money, number
}

/// A measure of a simulated model: its JSON key (`rawValue`, the contract of `ccsim run --format json`
/// and of sweep measure names), its unit and the title people read. Measures are enums, so a
/// misspelt measure is a compile error, not an "n/a" in a report.
public protocol Measure: RawRepresentable<String>, CaseIterable, Hashable, Sendable {
    var unit: MeasureUnit { get }
    var title: String { get }
}

/// A measure of one channel.
public enum ChannelMeasure: String, Measure {
    case offered, answered, handled, abandoned
    case serviceLevel = "service_level"
    case asaSeconds = "asa_seconds"
    case abandonRate = "abandon_rate"
    case pWait = "p_wait"
    case waitP50Seconds = "wait_p50_seconds"
    case waitP90Seconds = "wait_p90_seconds"
    case waitP99Seconds = "wait_p99_seconds"
    case meanQueueLength = "mean_queue_length"
    case backlogEnd = "backlog_end"
    case oldestWaitingEndSeconds = "oldest_waiting_end_seconds"
    case inServiceEnd = "in_service_end"
    case shareOfContacts = "share_of_contacts"

    public var unit: MeasureUnit {
        switch self {
        case .serviceLevel, .abandonRate, .pWait, .shareOfContacts: return .share
        case .asaSeconds, .waitP50Seconds, .waitP90Seconds, .waitP99Seconds, .oldestWaitingEndSeconds: return .seconds
        case .meanQueueLength: return .number
        default: return .count
        }
    }

    public var title: String {
        switch self {
        case .offered: return "Offered"
        case .answered: return "Answered"
        case .handled: return "Handled"
        case .abandoned: return "Abandoned"
        case .serviceLevel: return "Service level"
        case .asaSeconds: return "ASA"
        case .abandonRate: return "Abandon rate"
        case .pWait: return "Waited"
        case .waitP50Seconds: return "Wait p50"
        case .waitP90Seconds: return "Wait p90"
        case .waitP99Seconds: return "Wait p99"
        case .meanQueueLength: return "Queue length"
        case .backlogEnd: return "Backlog at end"
        case .oldestWaitingEndSeconds: return "Oldest waiting at end"
        case .inServiceEnd: return "In service at end"
        case .shareOfContacts: return "Share of contacts"
        }
    }

    /// The measure's value in one replication (nil where undefined, e.g. a service level with no contacts).
    public func value(in r: ReplicationMeasures, channel c: Int) -> Double? {
        let m = r.channels[c]
        switch self {
        case .offered: return Double(m.offered)
        case .answered: return Double(m.answered)
        case .handled: return Double(m.handled)
        case .abandoned: return Double(m.abandoned)
        case .serviceLevel: return m.serviceLevel
        case .asaSeconds: return m.asa
        case .abandonRate: return m.abandonRate
        case .pWait: return m.waitProbability
        case .waitP50Seconds: return m.answered > 0 ? m.answeredWaits.p50 : nil
        case .waitP90Seconds: return m.answered > 0 ? m.answeredWaits.p90 : nil
        case .waitP99Seconds: return m.answered > 0 ? m.answeredWaits.p99 : nil
        case .meanQueueLength: return r.measuredSeconds > 0 ? m.queueArea / r.measuredSeconds : nil
        case .backlogEnd: return Double(m.waitingAtEnd)
        case .oldestWaitingEndSeconds: return m.oldestWaitingAtEnd
        case .inServiceEnd: return Double(m.inServiceAtEnd)
        case .shareOfContacts:
            let total = r.channels.map(\.offered).reduce(0, +)
            return total > 0 ? Double(m.offered) / Double(total) : nil
        }
    }
}

/// A measure of one agent group.
public enum GroupMeasure: String, Measure {
    case occupancy
    case agentHours = "agent_hours"
    case cost, handled
    case shareOfStaff = "share_of_staff"
    /// Agent-hours with a contact in hand (split by channel in ``SimulationSummary/busyHours``).
    case busyHours = "busy_hours"
    /// Agent-hours on the schedule: `agent_hours` (available, on duty) plus the hours lost to shrinkage
    /// (breaks, absence, training). Costs are computed from them.
    case scheduledHours = "scheduled_hours"

    public var unit: MeasureUnit {
        switch self {
        case .occupancy, .shareOfStaff: return .share
        case .agentHours, .busyHours, .scheduledHours: return .hours
        case .cost: return .money
        case .handled: return .count
        }
    }

    public var title: String {
        switch self {
        case .occupancy: return "Occupancy"
        case .agentHours: return "Agent-hours"
        case .busyHours: return "Busy hours"
        case .scheduledHours: return "Scheduled hours"
        case .cost: return "Cost"
        case .handled: return "Handled"
        case .shareOfStaff: return "Share of staff"
        }
    }

    /// The measure's value in one replication (costs need the model's cost per hour).
    public func value(in r: ReplicationMeasures, group g: Int, model: ContactCenterModel) -> Double? {
        let m = r.groups[g]
        switch self {
        case .occupancy: return m.occupancy
        case .agentHours: return m.agentHours
        case .busyHours: return m.busySeconds / 3600
        case .scheduledHours: return Self.scheduledHours(r, group: g, model: model)
        case .cost: return Self.scheduledHours(r, group: g, model: model) * model.groups[g].costPerHour
        case .handled: return Double(m.handled)
        case .shareOfStaff:
            let total = r.groups.map(\.agentHours).reduce(0, +)
            return total > 0 ? m.agentHours / total : nil
        }
    }

    /// Group `g`'s agent-hours on duty plus its hours lost to shrinkage over the measured time.
    static func scheduledHours(_ r: ReplicationMeasures, group g: Int, model: ContactCenterModel) -> Double {
        r.groups[g].agentHours + model.shrinkageSeconds(group: g, from: model.warmup, to: model.warmup + r.measuredSeconds) / 3600
    }
}

/// A measure over the whole center.
public enum TotalMeasure: String, Measure {
    case offered, handled, abandoned
    case agentHours = "agent_hours"
    case cost
    /// Agent-hours on the schedule (on duty plus shrinkage), what the cost is computed from.
    case scheduledHours = "scheduled_hours"

    public var unit: MeasureUnit {
        switch self {
        case .agentHours, .scheduledHours: return .hours
        case .cost: return .money
        default: return .count
        }
    }

    public var title: String {
        switch self {
        case .offered: return "Offered"
        case .handled: return "Handled"
        case .abandoned: return "Abandoned"
        case .agentHours: return "Agent-hours"
        case .cost: return "Cost"
        case .scheduledHours: return "Scheduled hours"
        }
    }

    public func value(in r: ReplicationMeasures, model: ContactCenterModel) -> Double? {
        switch self {
        case .offered: return Double(r.channels.map(\.offered).reduce(0, +))
        case .handled: return Double(r.channels.map(\.handled).reduce(0, +))
        case .abandoned: return Double(r.channels.map(\.abandoned).reduce(0, +))
        case .agentHours: return r.groups.map(\.agentHours).reduce(0, +)
        case .cost:
            return model.groups.indices.map { GroupMeasure.scheduledHours(r, group: $0, model: model) * model.groups[$0].costPerHour }.reduce(0, +)
        case .scheduledHours: return model.groups.indices.map { GroupMeasure.scheduledHours(r, group: $0, model: model) }.reduce(0, +)
        }
    }
}
