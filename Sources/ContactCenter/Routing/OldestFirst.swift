/// `oldest_first`: a free agent takes the contact that has waited longest across all of its group's
/// channels (among those it may take: deferred work still only under the blending rule).
public struct OldestFirst: ContactSelection {
    public init() {}

    @inline(__always)
    public func selectContact(for agent: Int, on floor: borrowing Floor, permissions: some RoutingPermissions) -> Int? {
        let g = Int(floor.agents[agent].group)
        var best = -1
        var oldest = Double.infinity
        for k in floor.skillOrder.positions(of: g) {
            let skill = floor.skillOrder[k]
            guard let row = floor.queues.first(skill.channel) else { continue }
            let arrival = floor.contacts[Int(row)].arrival
            if arrival < oldest && permissions.permits(contact: Int(row), agent: agent, skill: skill, floor: floor) {
                best = Int(row)
                oldest = arrival
            }
        }
        return best >= 0 ? best : nil
    }
}
