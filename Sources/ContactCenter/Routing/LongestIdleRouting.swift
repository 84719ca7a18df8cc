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
    // Inlined so the simulator's routing state is read in place, not copied for the call.
    @inline(__always)
    func selectAgent(channel: Int, waited: Double, state: borrowing RoutingState) -> (agent: Int32, fromIdle: Bool)? {
        var best: Int32 = -1
        var bestSince = Double.infinity
        let eligible = state.eligibility.positions(of: channel)
        for k in eligible where state.eligibility[k].overflowDelay <= waited {
            let g = Int(state.eligibility[k].group)
            guard let a = state.idle.first(g) else { continue }
            if !state.realTime[channel] && state.idle.count(g) <= state.voiceReserve[g] { continue }
            let since = state.agents[Int(a)].idleSince
            if since < bestSince {
                best = a
                bestSince = since
            }
        }
        if best >= 0 { return (best, true) }
        guard state.chat[channel] else { return nil }
        var fewest = Int32.max
        for k in eligible where state.eligibility[k].overflowDelay <= waited {
            let e = state.eligibility[k]
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

    @inline(__always)
    func channelsToServe(group: Int, state: borrowing RoutingState) -> Range<Int> {
        state.skillOrder.positions(of: group)
    }
}
