/// `longest_idle`: the eligible agent idle longest takes the contact (fair to agents, and the usual
/// ACD default); a chat contact that finds nobody idle goes to the eligible chat agent holding the
/// fewest sessions, if one has room.
public struct LongestIdle: AgentSelection {
    public init() {}

    @inline(__always)
    public func selectAgent(for contact: Int, on floor: borrowing Floor, permissions: some RoutingPermissions) -> Int? {
        let channel = Int(floor.contacts[contact].channel)
        var best = -1
        var bestSince = Double.infinity
        let eligible = floor.groups(answering: channel)
        for k in eligible {
            let e = floor.eligibility[k]
            guard let a = floor.idle.first(Int(e.group)) else { continue }
            let since = floor.agents[Int(a)].idleSince
            if since < bestSince && permissions.permits(contact: contact, agent: Int(a), skill: e.skill, floor: floor) {
                best = Int(a)
                bestSince = since
            }
        }
        if best >= 0 || !floor.chat[channel] { return best >= 0 ? best : nil }
        return ChatRoom.fewestSessions(for: contact, groups: eligible, on: floor, permissions: permissions)
    }
}

/// The chat agent with room holding the fewest sessions: the fallback of every built-in agent
/// selection when no agent is idle.
enum ChatRoom {
    @inline(__always)
    static func fewestSessions(for contact: Int, groups: Range<Int>, on floor: borrowing Floor,
                               permissions: some RoutingPermissions) -> Int? {
        var best = -1
        var fewest = Int32.max
        for k in groups {
            let e = floor.eligibility[k]
            for a in floor.partial[Int(e.group)] {
                let sessions = floor.agents[Int(a)].sessions
                if sessions < fewest && permissions.permits(contact: contact, agent: Int(a), skill: e.skill, floor: floor) {
                    best = Int(a)
                    fewest = sessions
                }
            }
        }
        return best >= 0 ? best : nil
    }
}
