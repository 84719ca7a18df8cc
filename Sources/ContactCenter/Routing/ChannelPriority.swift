/// `channel_priority` (the default): a free agent looks at its group's channels by priority
/// (``Channel/priority``, higher first; then real-time before deferred; then the order of the
/// group's skills) and takes the oldest contact of the first channel it may take one from.
public struct ChannelPriority: ContactSelection {
    public init() {}

    @inline(__always)
    public func selectContact(for agent: Int, on floor: borrowing Floor, permissions: some RoutingPermissions) -> Int? {
        let g = Int(floor.agents[agent].group)
        for k in floor.skillOrder.positions(of: g) {
            let skill = floor.skillOrder[k]
            guard let row = floor.queues.first(skill.channel) else { continue }
            if permissions.permits(contact: Int(row), agent: agent, skill: skill, floor: floor) { return Int(row) }
        }
        return nil
    }
}
