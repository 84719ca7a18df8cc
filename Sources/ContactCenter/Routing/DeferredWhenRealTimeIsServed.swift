/// Blending: deferred work only when no real-time contact of the group's channels is waiting and at
/// least the group's `voice_reserve` other agents stay idle for real-time work.
public struct DeferredWhenRealTimeIsServed: BlendingRule {
    public init() {}

    @inline(__always)
    public func mayStartDeferred(group: Int, otherIdleAgents: Int, floor: borrowing Floor) -> Bool {
        otherIdleAgents >= floor.voiceReserve[group] && !floor.realTimeWaiting(forGroup: group)
    }
}
