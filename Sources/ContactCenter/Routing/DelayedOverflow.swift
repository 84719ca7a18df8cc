/// Overflow to secondary groups: a skill with an overflow delay (`overflow_after`) only takes
/// contacts that have waited that long (0 for a primary skill), so a backup team helps only when
/// the primary one has kept customers waiting.
///
/// The test is `arrival + delay <= now`, not `now - arrival >= delay`: the overflow moment is
/// scheduled at `arrival + delay`, and in floating point `(a + d) - a` can fall just short of `d`,
/// which would leave the contact waiting at the very moment meant to release it.
public struct DelayedOverflow: OverflowRule {
    public init() {}

    @inline(__always)
    public func allows(skill: Skill, contact: borrowing Contact, now: Double) -> Bool {
        contact.arrival + skill.overflowDelay <= now
    }
}
