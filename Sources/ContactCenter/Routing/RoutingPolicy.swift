/// Decides who answers what: the two questions of a contact-center router (after
/// ContactCenters' `Router`: `selectAgent(contact)` and `selectContact(agentGroup)`).
///
/// The simulator is generic over the policy, so a policy's calls are inlined on the hot path.
protocol RoutingPolicy: Sendable {
    /// The agent that answers a contact of `channel` which has waited `waited` seconds, or nil
    /// if it must wait. The agent is still in the idle or partial lists; the simulator removes it.
    func selectAgent(channel: Int, waited: Double, state: RoutingState) -> (agent: Int32, fromIdle: Bool)?

    /// The channel a freed agent of `group` should take its next contact from, trying skills in
    /// order; `canTake` says whether the agent can take a contact of a channel now.
    func channelsToServe(group: Int, state: RoutingState) -> [Skill]
}
