/// Decides who answers what: the two questions of a contact-center router (after
/// ContactCenters' `Router`: `selectAgent(contact)` and `selectContact(agentGroup)`).
///
/// The simulator is generic over the policy, so a policy's calls are inlined on the hot path.
protocol RoutingPolicy: Sendable {
    /// The agent that answers a contact of `channel` which has waited `waited` seconds, or nil
    /// if it must wait. The agent is still in the idle or partial lists; the simulator removes it.
    func selectAgent(channel: Int, waited: Double, state: borrowing RoutingState) -> (agent: Int32, fromIdle: Bool)?

    /// The skills a freed agent of `group` tries, in order, when it looks for its next contact:
    /// positions in `state.skillOrder` (a range, not an array, so asking costs no allocation or
    /// reference counting on the hot path).
    func channelsToServe(group: Int, state: borrowing RoutingState) -> Range<Int>
}
