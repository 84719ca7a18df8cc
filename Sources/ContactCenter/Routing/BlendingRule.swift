/// Decides when an agent may start deferred work (email, letters) instead of waiting for
/// real-time contacts.
protocol BlendingRule: Sendable {
    /// Whether an idle agent of `group` may start a deferred contact, with `otherIdleAgents`
    /// other agents of the group idle.
    func mayStartDeferred(group: Int, otherIdleAgents: Int, state: borrowing RoutingState) -> Bool
}

/// Deferred work only when no real-time contact of the group's skills is waiting and at least
/// the group's `voice_reserve` other agents stay idle for real-time work.
struct DeferredWhenRealTimeIsServed: BlendingRule {
    @inline(__always)
    func mayStartDeferred(group: Int, otherIdleAgents: Int, state: borrowing RoutingState) -> Bool {
        otherIdleAgents >= state.voiceReserve[group] && !state.realTimeWaiting(forGroup: group)
    }
}
