import ContactCenter

/// Which channel each agent-hour works for, so that a report can set a channel's share of the
/// staff budget beside its share of the contacts.
///
/// A group answering one channel gives it all its agent-hours, idle ones included. A group with
/// several skills splits its agent-hours in proportion to the work it handled for each channel.
/// The simulator records a group's busy time but not its busy time per channel, so that work is
/// estimated: a channel's workload is its handled contacts times the mean handle time (for chat,
/// divided by the sessions an agent holds and stretched by the slowdown of a full agent), and when
/// several groups answer a channel, the workload is shared between them by iterative proportional
/// fitting (Deming and Stephan, 1940) so that each group's total matches its measured busy time.
/// The attribution uses the means over replications, so it is a point estimate without an interval.
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
        // Workload handled per channel, agent-hours.
        let work: [Double] = model.channels.enumerated().map { c, channel in
            let handled = summary.channel(channel.name, "handled")?.mean ?? 0
            var perContact = channel.handleTime.mean
            if channel.kind == .chat && channel.concurrency > 1 {
                perContact *= (1 + channel.slowdownPerExtraSession * Double(channel.concurrency - 1)) / Double(channel.concurrency)
            }
            return max(0, handled * perContact / 3600)
        }
        let groupHours = model.groups.map { max(0, summary.group($0.name, "agent_hours")?.mean ?? 0) }
        let groupBusy = model.groups.enumerated().map { g, group in
            groupHours[g] * min(1, max(0, summary.group(group.name, "occupancy")?.mean ?? 0))
        }
        // x[g][c]: work of channel c done by group g; start from the workloads, fit rows and columns.
        var x: [[Double]] = model.groups.map { group in
            (0..<channelCount).map { c in group.skills.contains { $0.channel == c } ? max(work[c], 1e-9) : 0 }
        }
        for _ in 0..<100 {
            for g in x.indices {
                let rowSum = x[g].reduce(0, +)
                if rowSum > 0 && groupBusy[g] > 0 { x[g] = x[g].map { $0 * groupBusy[g] / rowSum } }
            }
            for c in 0..<channelCount {
                let colSum = x.map { $0[c] }.reduce(0, +)
                if colSum > 0 && work[c] > 0 { for g in x.indices { x[g][c] *= work[c] / colSum } }
            }
        }
        var hours = Array(repeating: 0.0, count: channelCount)
        var cost = Array(repeating: 0.0, count: channelCount)
        for (g, group) in model.groups.enumerated() {
            let rowSum = x[g].reduce(0, +)
            let skills = Set(group.skills.map(\.channel)).filter { $0 >= 0 && $0 < channelCount }
            for c in 0..<channelCount {
                let weight: Double
                if rowSum > 0 { weight = x[g][c] / rowSum } else { weight = skills.contains(c) ? 1 / Double(skills.count) : 0 }
                hours[c] += groupHours[g] * weight
                cost[c] += groupHours[g] * group.costPerHour * weight
            }
        }
        self.hours = hours
        self.cost = cost
    }
}
