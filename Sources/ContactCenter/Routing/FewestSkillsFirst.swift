/// `fewest_skills_first`: among the groups with an idle agent allowed to take the contact, the one
/// with the fewest skills answers it (longest idle within the group; ties between groups go to
/// the agent idle longest). Generalists stay free for the contacts only they can take.
public struct FewestSkillsFirst: AgentSelection {
    public init() {}

    @inline(__always)
    public func selectAgent(for contact: Int, on floor: borrowing Floor, permissions: some RoutingPermissions) -> Int? {
        let channel = Int(floor.contacts[contact].channel)
        var best = -1
        var bestSkills = Int.max
        var bestSince = Double.infinity
        let eligible = floor.groups(answering: channel)
        for k in eligible {
            let e = floor.eligibility[k]
            guard let a = floor.idle.first(Int(e.group)) else { continue }
            let skills = floor.skillCounts[Int(e.group)]
            let since = floor.agents[Int(a)].idleSince
            guard skills < bestSkills || (skills == bestSkills && since < bestSince) else { continue }
            if permissions.permits(contact: contact, agent: Int(a), skill: e.skill, floor: floor) {
                best = Int(a)
                bestSkills = skills
                bestSince = since
            }
        }
        if best >= 0 || !floor.chat[channel] { return best >= 0 ? best : nil }
        return ChatRoom.fewestSessions(for: contact, groups: eligible, on: floor, permissions: permissions)
    }
}
