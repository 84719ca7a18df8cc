/// Overflow to secondary groups: a skill with an overflow delay only takes contacts that have
/// waited at least that long (0 for a primary skill), so a backup team helps only when the
/// primary one has kept customers waiting. A freed agent applies the same rule through
/// `RoutingState.takeOldest(_:waitedAtLeast:now:)`, which looks only at the oldest contact.
///
/// The test is `arrival + delay <= now`, not `now - arrival >= delay`: the overflow event is
/// scheduled at `arrival + delay`, and in floating point `(a + d) - a` can fall just short of `d`,
/// which would leave the contact waiting at the very event meant to release it.
enum OverflowRule {
    @inline(__always)
    static func allows(delay: Double, arrival: Double, now: Double) -> Bool { arrival + delay <= now }
}
