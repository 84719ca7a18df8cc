/// Decides who answers what: the two questions of a contact-center router (after
/// ContactCenters' `Router`: `selectAgent(contact)` and `selectContact(agentGroup)`), each
/// answered by a small policy of its own, plus the blending rule both consult.
///
/// The simulator is generic over the router, and the router over its policies, so every
/// policy call is specialised and inlined on the hot path.
struct Router<Agents: AgentSelection, Contacts: ContactSelection, Blending: BlendingRule>: Sendable {
    var agents: Agents
    var contacts: Contacts
    var blending: Blending

    /// The agent that answers a contact of `channel` that arrived at `arrival`, at time `now`, or nil if it
    /// must wait. The agent is still in the idle or partial lists; the simulator removes it.
    @inline(__always)
    func selectAgent(channel: Int, arrival: Double, now: Double, state: borrowing RoutingState) -> (agent: Int32, fromIdle: Bool)? {
        agents.selectAgent(channel: channel, arrival: arrival, now: now, state: state, blending: blending)
    }
}

/// ccsim's default routing, `policy: longest_idle`.
typealias LongestIdleRouting = Router<LongestIdleAgent, SkillPriorityOldestFirst, DeferredWhenRealTimeIsServed>

extension LongestIdleRouting {
    init() { self.init(agents: LongestIdleAgent(), contacts: SkillPriorityOldestFirst(), blending: DeferredWhenRealTimeIsServed()) }
}
