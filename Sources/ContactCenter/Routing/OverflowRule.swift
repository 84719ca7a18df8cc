/// Overflow to secondary groups: a skill with an overflow delay only takes contacts that have
/// waited at least that long (0 for a primary skill), so a backup team helps only when the
/// primary one has kept customers waiting. A freed agent applies the same rule through
/// `RoutingState.takeOldest(_:waitedAtLeast:now:)`, which looks only at the oldest contact.
enum OverflowRule {
    @inline(__always)
    static func allows(_ e: Eligibility, waited: Double) -> Bool { e.overflowDelay <= waited }
}
