import ContactCenter

/// What the planner optimises.
public enum PlanObjective: Sendable, Equatable {
    /// Targets mode: every channel's targets at the least staff cost.
    case targets
    /// Budget mode: at most this many agent-hours a day, spent for the most service-level attainment.
    case budgetHours(Double)
    /// Budget mode: at most this staff cost a day.
    case budgetCost(Double)

    /// `targets` or `budget`.
    public var mode: String {
        if case .targets = self { return "targets" }
        return "budget"
    }
}

/// How `ccsim plan` searches and checks.
public struct PlannerSettings: Sendable {
    public var objective: PlanObjective = .targets
    /// Replications per pattern in the search (the sample of the sample-average problem).
    public var searchReplications = 10
    /// Independent replications the final plan is checked on.
    public var verifyReplications = 20
    /// Seed of the search; the check uses streams of `seed + verificationSeedOffset`, so its
    /// customers are independent of the search's.
    public var seed: UInt64 = 1
    public var jobs = 1
    /// Patterns the search may simulate before it stops with the best so far.
    public var maxEvaluations = 400
    /// Shift templates to roster the plan with (CBC), when given.
    public var shifts: ShiftTemplates?
    /// Seconds CBC may spend on the roster before it reports its best roster and the gap.
    public var rosterTimeLimit = 10.0
    /// Roster the model's own staffing instead of planning one (`--roster-only`).
    public var rosterCurrentStaffing = false

    /// Added to the seed for the verification replications.
    public static let verificationSeedOffset: UInt64 = 1_000_003

    public init() {}

    /// The seed of the verification replications.
    public var verificationSeed: UInt64 { seed &+ Self.verificationSeedOffset }
}
