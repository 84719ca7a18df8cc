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
    /// Answered within the target time / answered ("17% of answers within 24 h").
    case answeredWithinTargetShare = "answered_within_target_share"
    /// Abandoned (for deferred work: closed when the customer gave up) / contacts whose fate is
    /// known (answered or abandoned): "49% of emails are never answered".
    case unansweredShare = "unanswered_share"

    public var unit: MeasureUnit {
        switch self {
        case .serviceLevel, .abandonRate, .pWait, .shareOfContacts, .answeredWithinTargetShare, .unansweredShare: return .share
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
        case .answeredWithinTargetShare: return "Answers within target"
        case .unansweredShare: return "Never answered"
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
        case .answeredWithinTargetShare: return m.answered > 0 ? Double(m.answeredWithinTarget) / Double(m.answered) : nil
        case .unansweredShare: return m.answered + m.abandoned > 0 ? Double(m.abandoned) / Double(m.answered + m.abandoned) : nil
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

/// A measure of customers' journeys (models with a `journeys:` section; absent otherwise).
public enum JourneyMeasure: String, Measure {
    /// Journeys that started (customers with a need), the website's included.
    case started, resolved, lost
    /// Still open at the end of the run (a contact in the system, or a retry to come).
    case openEnd = "open_end"
    /// Resolved by the website before any contact.
    case resolvedByWeb = "resolved_by_web"
    /// Resolved journeys / journeys that ended (resolved or lost).
    case resolvedShare = "resolved_share"
    /// Contacts per journey resolved by a contact (the website's excluded).
    case contactsPerResolved = "contacts_per_resolved"
    /// Journeys that used two or more channels / journeys with a contact.
    case multichannelShare = "multichannel_share"
    /// Contacts after the first of a journey (retries, transfers, call-backs).
    case repeatContacts = "repeat_contacts"
    case transfers
    /// From the first contact to the one that resolved the need (journeys resolved by a contact).
    case timeToResolutionSeconds = "time_to_resolution_seconds"
    case timeToResolutionP90Seconds = "time_to_resolution_p90_seconds"

    public var unit: MeasureUnit {
        switch self {
        case .resolvedShare, .multichannelShare: return .share
        case .timeToResolutionSeconds, .timeToResolutionP90Seconds: return .seconds
        case .contactsPerResolved: return .number
        default: return .count
        }
    }

    public var title: String {
        switch self {
        case .started: return "Journeys started"
        case .resolved: return "Resolved"
        case .lost: return "Lost"
        case .openEnd: return "Open at end"
        case .resolvedByWeb: return "Resolved by the website"
        case .resolvedShare: return "Resolved share"
        case .contactsPerResolved: return "Contacts per resolution"
        case .multichannelShare: return "Used 2+ channels"
        case .repeatContacts: return "Repeat contacts"
        case .transfers: return "Transfers"
        case .timeToResolutionSeconds: return "Time to resolution"
        case .timeToResolutionP90Seconds: return "Time to resolution p90"
        }
    }

    public func value(in r: ReplicationMeasures) -> Double? {
        guard let m = r.journeys else { return nil }
        switch self {
        case .started: return Double(m.started)
        case .resolved: return Double(m.resolved)
        case .lost: return Double(m.lost)
        case .openEnd: return Double(m.openAtEnd)
        case .resolvedByWeb: return Double(m.resolvedByWeb)
        case .resolvedShare: return m.resolved + m.lost > 0 ? Double(m.resolved) / Double(m.resolved + m.lost) : nil
        case .contactsPerResolved:
            let byContact = m.resolved - m.resolvedByWeb
            return byContact > 0 ? Double(m.contactsOfResolved) / Double(byContact) : nil
        case .multichannelShare: return m.withContact > 0 ? Double(m.multichannel) / Double(m.withContact) : nil
        case .repeatContacts: return Double(m.channels.map(\.repeatContacts).reduce(0, +))
        case .transfers: return Double(m.transfers)
        case .timeToResolutionSeconds:
            let byContact = m.resolved - m.resolvedByWeb
            return byContact > 0 ? m.resolutionTimeSum / Double(byContact) : nil
        case .timeToResolutionP90Seconds: return m.resolutionTimeP90
        }
    }
}

/// A journey measure of one channel.
public enum JourneyChannelMeasure: String, Measure {
    /// Customers' first contacts on the channel (its usage).
    case firstContacts = "first_contacts"
    /// First contacts that resolved the need / first contacts.
    case firstContactResolution = "first_contact_resolution"
    case repeatContacts = "repeat_contacts"
    /// Agent time spent on repeat contacts, hours.
    case repeatWorkloadHours = "repeat_workload_hours"
    /// Callers who left the queue for a call-back.
    case callbacksRequested = "callbacks_requested"
    /// Repeat contacts arriving here after an abandoned, unanswered or unresolved contact, or a transfer.
    case repeatsAfterAbandoned = "repeats_after_abandoned"
    case repeatsAfterUnanswered = "repeats_after_unanswered"
    case repeatsAfterUnresolved = "repeats_after_unresolved"
    case transfersIn = "transfers_in"
    /// Answered contacts (all attempts) that did not resolve the need / answered contacts finished
    /// ("31% of email answers do not answer the question"); transfers count as not resolved.
    case unresolvedShare = "unresolved_share"

    public var unit: MeasureUnit {
        switch self {
        case .firstContactResolution, .unresolvedShare: return .share
        case .repeatWorkloadHours: return .hours
        default: return .count
        }
    }

    public var title: String {
        switch self {
        case .firstContacts: return "First contacts"
        case .firstContactResolution: return "First-contact resolution"
        case .repeatContacts: return "Repeat contacts"
        case .repeatWorkloadHours: return "Repeat workload"
        case .callbacksRequested: return "Call-backs requested"
        case .repeatsAfterAbandoned: return "After abandoning"
        case .repeatsAfterUnanswered: return "After no answer"
        case .repeatsAfterUnresolved: return "After an unresolved answer"
        case .transfersIn: return "Transferred in"
        case .unresolvedShare: return "Answers unresolved"
        }
    }

    public func value(in r: ReplicationMeasures, channel c: Int) -> Double? {
        guard let m = r.journeys, c < m.channels.count else { return nil }
        let ch = m.channels[c]
        switch self {
        case .firstContacts: return Double(ch.firstContacts)
        case .firstContactResolution: return ch.firstContacts > 0 ? Double(ch.firstContactsResolved) / Double(ch.firstContacts) : nil
        case .repeatContacts: return Double(ch.repeatContacts)
        case .repeatWorkloadHours: return ch.repeatWorkSeconds / 3600
        case .callbacksRequested: return Double(ch.callbacksRequested)
        case .repeatsAfterAbandoned: return Double(ch.repeatsByCause[0])
        case .repeatsAfterUnanswered: return Double(ch.repeatsByCause[1])
        case .repeatsAfterUnresolved: return Double(ch.repeatsByCause[2])
        case .transfersIn: return Double(ch.repeatsByCause[3])
        case .unresolvedShare: return ch.completed > 0 ? Double(ch.completed - ch.completedResolved) / Double(ch.completed) : nil
        }
    }
}

/// A measure of customer economics (models with an `economics:` section; absent otherwise).
public enum EconomicsMeasure: String, Measure {
    /// Customers who leave after a bad experience, expected over the horizon (needs journeys).
    case customersAtRisk = "customers_at_risk"
    case customersAtRiskPerWeek = "customers_at_risk_per_week"
    case revenueAtRiskPerWeek = "revenue_at_risk_per_week"
    case staffCost = "staff_cost"
    /// Contact costs beyond staff: per contact, per minute, per call-back.
    case channelCost = "channel_cost"
    case totalCost = "total_cost"
    /// Staff and channel costs / journeys resolved by a contact (needs journeys).
    case costPerResolvedJourney = "cost_per_resolved_journey"

    public var unit: MeasureUnit {
        switch self {
        case .customersAtRisk, .customersAtRiskPerWeek: return .count
        default: return .money
        }
    }

    public var title: String {
        switch self {
        case .customersAtRisk: return "Customers at risk"
        case .customersAtRiskPerWeek: return "Customers at risk a week"
        case .revenueAtRiskPerWeek: return "Revenue at risk a week"
        case .staffCost: return "Staff cost"
        case .channelCost: return "Channel cost"
        case .totalCost: return "Staff and channel cost"
        case .costPerResolvedJourney: return "Cost per resolved journey"
        }
    }

    public func value(in r: ReplicationMeasures, model: ContactCenterModel) -> Double? {
        guard let economics = model.economics else { return nil }
        let staff = TotalMeasure.cost.value(in: r, model: model) ?? 0
        let channel = model.channels.indices.map { Economics.channelCost(r, channel: $0, model: model, economics) }.reduce(0, +)
        let weeks = r.measuredSeconds / (7 * 86400)
        switch self {
        case .customersAtRisk: return r.journeys?.churnSum
        case .customersAtRiskPerWeek: return r.journeys.flatMap { weeks > 0 ? $0.churnSum / weeks : nil }
        case .revenueAtRiskPerWeek: return r.journeys.flatMap { weeks > 0 ? $0.churnSum / weeks * economics.customerValue : nil }
        case .staffCost: return staff
        case .channelCost: return channel
        case .totalCost: return staff + channel
        case .costPerResolvedJourney:
            guard let j = r.journeys, j.resolved - j.resolvedByWeb > 0 else { return nil }
            return (staff + channel) / Double(j.resolved - j.resolvedByWeb)
        }
    }
}

/// A measure of one channel's economics: its costs, and its share of the budget beside its share of usage.
public enum EconomicsChannelMeasure: String, Measure {
    case channelCost = "channel_cost"
    /// Staff cost attributed to the channel (each group's cost split by the busy time it spent on each channel).
    case staffCost = "staff_cost"
    /// (Staff + channel cost) / contacts handled.
    case costPerContact = "cost_per_contact"
    /// The channel's staff and channel costs / all of them.
    case budgetShare = "budget_share"
    /// The channel's first contacts (without journeys: contacts offered) / all of them.
    case usageShare = "usage_share"

    public var unit: MeasureUnit {
        switch self {
        case .budgetShare, .usageShare: return .share
        default: return .money
        }
    }

    public var title: String {
        switch self {
        case .channelCost: return "Channel cost"
        case .staffCost: return "Staff cost"
        case .costPerContact: return "Cost per contact"
        case .budgetShare: return "Share of budget"
        case .usageShare: return "Share of usage"
        }
    }

    public func value(in r: ReplicationMeasures, channel c: Int, model: ContactCenterModel) -> Double? {
        guard let economics = model.economics else { return nil }
        let costs = model.channels.indices.map { Economics.channelCost(r, channel: $0, model: model, economics) + Economics.staffCost(r, channel: $0, model: model) }
        switch self {
        case .channelCost: return Economics.channelCost(r, channel: c, model: model, economics)
        case .staffCost: return Economics.staffCost(r, channel: c, model: model)
        case .costPerContact: return r.channels[c].handled > 0 ? costs[c] / Double(r.channels[c].handled) : nil
        case .budgetShare:
            let total = costs.reduce(0, +)
            return total > 0 ? costs[c] / total : nil
        case .usageShare:
            let usage = model.channels.indices.map { Economics.usage(r, channel: $0) }
            let total = usage.reduce(0, +)
            return total > 0 ? usage[c] / total : nil
        }
    }
}

/// The cost arithmetic behind the economics measures, per replication.
enum Economics {
    /// Per contact offered, per minute waiting or handled, and per call-back made (on call-back channels).
    static func channelCost(_ r: ReplicationMeasures, channel c: Int, model: ContactCenterModel, _ economics: EconomicsModel) -> Double {
        let m = r.channels[c]
        let perContact = c < economics.perContact.count ? economics.perContact[c] : 0
        let perMinute = c < economics.perMinute.count ? economics.perMinute[c] : 0
        let minutes = (m.answeredWaitSum + m.abandonedWaitSum + m.serviceArea) / 60
        var cost = perContact * Double(m.offered) + perMinute * minutes
        if let parents = model.journeys?.callbackParent, c < parents.count, parents[c] >= 0 {
            cost += economics.perCallback * Double(m.handled + m.inServiceAtEnd)
        }
        return cost
    }

    /// Each group's staff cost (on its scheduled hours) split among its channels by the busy time it spent on each
    /// (equally among its skills when it was never busy).
    static func staffCost(_ r: ReplicationMeasures, channel c: Int, model: ContactCenterModel) -> Double {
        var cost = 0.0
        for (g, group) in model.groups.enumerated() {
            let busy = r.groups[g].busyByChannel
            let total = busy.reduce(0, +)
            let share: Double
            if total > 0 { share = c < busy.count ? busy[c] / total : 0 } else {
                share = group.skills.contains { $0.channel == c } ? 1 / Double(group.skills.count) : 0
            }
            cost += GroupMeasure.scheduledHours(r, group: g, model: model) * group.costPerHour * share
        }
        return cost
    }

    /// A channel's usage: its first contacts (with journeys) or the contacts offered.
    static func usage(_ r: ReplicationMeasures, channel c: Int) -> Double {
        if let j = r.journeys, c < j.channels.count { return Double(j.channels[c].firstContacts) }
        return Double(r.channels[c].offered)
    }
}
