/// Overflow to secondary groups: a skill with an overflow delay only takes contacts that have
/// waited at least that long (0 for a primary skill), so a backup team helps only when the
/// primary one has kept customers waiting.
enum OverflowRule {
    @inline(__always)
    static func allows(_ e: Eligibility, waited: Double) -> Bool { e.overflowDelay <= waited }

    @inline(__always)
    static func allows(_ skill: Skill, waited: Double) -> Bool { skill.overflowDelay <= waited }
}
