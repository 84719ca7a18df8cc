/// `group_priority`: groups are tried in the order the model lists them (put specialists before
/// generalists); the first group with an idle agent allowed to take the contact answers it, with
/// its agent idle longest. A chat contact that finds nobody idle goes to a chat agent with room,
/// again by group order (fewest sessions within the group).
public struct GroupPriority: AgentSelection {
    public init() {}

    @inline(__always)
    public func selectAgent(for contact: Int, on floor: borrowing Floor, permissions: some RoutingPermissions) -> Int? {
        let channel = Int(floor.contacts[contact].channel)
        let eligible = floor.groups(answering: channel)
        for k in eligible {
            let e = floor.eligibility[k]
            if let a = floor.idle.first(Int(e.group)),
               permissions.permits(contact: contact, agent: Int(a), skill: e.skill, floor: floor) {
                return Int(a)
            }
        }
        guard floor.chat[channel] else { return nil }
        for k in eligible {
            if let a = ChatRoom.fewestSessions(for: contact, groups: k..<(k + 1), on: floor, permissions: permissions) { return a }
        }
        return nil
    }
}
