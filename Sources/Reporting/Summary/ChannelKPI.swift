import ContactCenter
import Queueing

/// The key figures of one channel in one run, as the executive summary's table shows them:
/// volume and staff shares, service level against target, waits, abandonment, backlog and the
/// staff cost per handled contact. Undefined values are nil (shown as `n/a`).
///
/// For deferred channels (email, letters) the service level is the share of the work answered
/// within its response target, and the ASA is the mean response time.
public struct ChannelKPI: Sendable {
    public var name: String
    public var kind: ChannelKind
    public var target: ServiceLevelTarget
    public var offered: Estimate?
    public var contactShare: Estimate?
    /// Share of agent-hours working for this channel (see `StaffAttribution`).
    public var staffShare: Double?
    public var staffHours: Double
    public var serviceLevel: Estimate?
    public var asa: Estimate?
    public var abandonRate: Estimate?
    public var abandoned: Estimate?
    public var backlogEnd: Estimate?
    public var handled: Estimate?
    /// Attributed staff cost / handled contacts (nil when none was handled).
    public var costPerHandled: Double?

    /// The KPIs of every channel of `model` from `summary`.
    public static func all(model: ContactCenterModel, summary: SimulationSummary) -> [ChannelKPI] {
        let staff = StaffAttribution(model: model, summary: summary)
        let shares = staff.shares
        return model.channels.enumerated().map { c, channel in
            let m = { (measure: ChannelMeasure) in summary.channel(channel.name, measure) }
            let handled = m(.handled)
            let perContact: Double? = handled.flatMap { $0.mean >= 0.5 ? staff.cost[c] / $0.mean : nil }
            return ChannelKPI(name: channel.name, kind: channel.kind, target: channel.serviceLevel, offered: m(.offered),
                              contactShare: m(.shareOfContacts), staffShare: shares[c], staffHours: staff.hours[c],
                              serviceLevel: m(.serviceLevel), asa: m(.asaSeconds), abandonRate: m(.abandonRate),
                              abandoned: m(.abandoned), backlogEnd: m(.backlogEnd), handled: handled,
                              costPerHandled: perContact.flatMap { $0.isFinite ? $0 : nil })
        }
    }

    /// Where the service level stands against the target, judged on its 95% interval.
    public enum Standing: Sendable, Equatable {
        case above, around, below, unknown
    }

    public var standing: Standing {
        guard let sl = serviceLevel else { return .unknown }
        let half = sl.ci95 ?? 0
        if sl.mean - half >= target.fraction { return .above }
        if sl.mean + half < target.fraction { return .below }
        return sl.mean >= target.fraction && half == 0 ? .above : .around
    }
}
