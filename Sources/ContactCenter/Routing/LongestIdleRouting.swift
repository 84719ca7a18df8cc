/// ccsim's default routing (`policy: longest_idle`).
///
/// - A new contact goes to the eligible agent who has been idle longest (fair to agents, and
///   the usual ACD default). Eligible: the group has the skill and, for an overflow skill, the
///   contact has waited its overflow delay. A chat contact that finds no idle agent goes to the
///   eligible chat agent holding the fewest sessions, if one has room.
/// - A freed agent takes the next contact by its group's skill priority, oldest first.
/// - Blending: deferred work (email) comes after every real-time skill, so it is only taken when
///   no real-time contact of the group's skills is waiting, and only while more than the group's
///   `voiceReserve` other agents are idle.
struct LongestIdleRouting: RoutingPolicy {
    func selectAgent(channel: Int, waited: Double, state: RoutingState) -> (agent: Int32, fromIdle: Bool)? {
        var best: Int32 = -1
        var bestSince = Double.infinity
        for e in state.eligibility[channel] where e.overflowDelay <= waited {
            let g = Int(e.group)
            guard let a = state.idle[g].first else { continue }
            if !state.realTime[channel] && state.idle[g].count <= state.voiceReserve[g] { continue }
            let since = state.agents[Int(a)].idleSince
            if since < bestSince {
                best = a
                bestSince = since
            }
        }
        if best >= 0 { return (best, true) }
        guard state.chat[channel] else { return nil }
        var fewest = Int32.max
        for e in state.eligibility[channel] where e.overflowDelay <= waited {
            for a in state.partial[Int(e.group)] {
                let s = state.agents[Int(a)].sessions
                if s < e.concurrency && s < fewest {
                    best = a
                    fewest = s
                }
            }
        }
        return best >= 0 ? (best, false) : nil
    }

    func channelsToServe(group: Int, state: RoutingState) -> [Skill] {
        state.skillOrder[group]
    }
}
