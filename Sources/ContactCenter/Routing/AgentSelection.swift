/// Chooses the agent for a new contact (or for a waiting contact whose overflow delay has passed).
protocol AgentSelection: Sendable {
    /// The chosen agent and whether it was idle (else a chat agent with room), or nil.
    func selectAgent<B: BlendingRule>(channel: Int, arrival: Double, now: Double, state: borrowing RoutingState,
                                      blending: B) -> (agent: Int32, fromIdle: Bool)?
}

/// The eligible agent idle longest (fair to agents, and the usual ACD default); for a chat
/// contact that finds nobody idle, the eligible chat agent holding the fewest sessions, if one
/// has room. Eligible: the group has the skill and, for an overflow skill, the contact has
/// waited its delay (`OverflowRule`); deferred work also needs the blending rule's consent.
struct LongestIdleAgent: AgentSelection {
    @inline(__always)
    func selectAgent<B: BlendingRule>(channel: Int, arrival: Double, now: Double, state: borrowing RoutingState,
                                      blending: B) -> (agent: Int32, fromIdle: Bool)? {
        var best: Int32 = -1
        var bestSince = Double.infinity
        let eligible = state.eligibility.positions(of: channel)
        for k in eligible where OverflowRule.allows(delay: state.eligibility[k].overflowDelay, arrival: arrival, now: now) {
            let g = Int(state.eligibility[k].group)
            guard let a = state.idle.first(g) else { continue }
            if !state.realTime[channel] && !blending.mayStartDeferred(group: g, otherIdleAgents: state.idle.count(g) - 1,
                                                                      state: state) { continue }
            let since = state.agents[Int(a)].idleSince
            if since < bestSince {
                best = a
                bestSince = since
            }
        }
        if best >= 0 { return (best, true) }
        guard state.chat[channel] else { return nil }
        var fewest = Int32.max
        for k in eligible where OverflowRule.allows(delay: state.eligibility[k].overflowDelay, arrival: arrival, now: now) {
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
}
