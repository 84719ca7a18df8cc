import ContactCenter

/// Which channel each agent-hour works for, so that a report can set a channel's share of the
/// staff budget beside its share of the contacts.
///
/// A group's agent-hours (idle ones included) are split among its channels in proportion to the
/// busy time the simulator measured for each (``SimulationSummary/busyHours``: a chat agent's time
/// shared equally among its open sessions); a group that was never busy splits them equally among
/// its skills. The split uses the means over replications, so it is a point estimate without an interval.
public struct StaffAttribution: Sendable, Equatable {
    /// Agent-hours attributed to each channel, in model order.
    public var hours: [Double]
    /// Staff cost attributed to each channel.
    public var cost: [Double]

    /// Share of all agent-hours attributed to each channel (nil when there are no agent-hours).
    public var shares: [Double?] {
        let total = hours.reduce(0, +)
        return hours.map { total > 0 ? $0 / total : nil }
    }

    /// The attribution of the agent-hours and cost in `summary` to the channels of `model`.
    public init(model: ContactCenterModel, summary: SimulationSummary) {
        let channelCount = model.channels.count
        var hours = Array(repeating: 0.0, count: channelCount)
        var cost = Array(repeating: 0.0, count: channelCount)
        for (g, group) in model.groups.enumerated() {
            let agentHours = max(0, summary.group(group.name, .agentHours)?.mean ?? 0)
            // Costs are paid on scheduled hours (available plus shrinkage).
            let scheduledHours = max(0, summary.group(group.name, .scheduledHours)?.mean ?? agentHours)
            let busy: [Double] = (0..<channelCount).map { c in
                g < summary.busyHours.count && c < summary.busyHours[g].count ? max(0, summary.busyHours[g][c]?.mean ?? 0) : 0
            }
            let busyTotal = busy.reduce(0, +)
            let skills = Set(group.skills.map(\.channel)).filter { $0 >= 0 && $0 < channelCount }
            for c in 0..<channelCount {
                let weight = busyTotal > 0 ? busy[c] / busyTotal : (skills.contains(c) ? 1 / Double(skills.count) : 0)
                hours[c] += agentHours * weight
                cost[c] += scheduledHours * group.costPerHour * weight
            }
        }
        self.hours = hours
        self.cost = cost
    }
}
