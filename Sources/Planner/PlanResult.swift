import ContactCenter

/// How the search went.
public struct SearchStatistics: Sendable {
    /// Staffing patterns simulated (each with `replicationsPerPattern` replications).
    public var patternsSimulated: Int
    public var replicationsPerPattern: Int
    /// Replications simulated in all: the search's, plus the checks on independent replications.
    public var replicationsSimulated: Int
    /// Repair-and-trim rounds (targets mode).
    public var rounds: Int
    /// `converged`, `evaluation budget reached`, or why the search stopped.
    public var outcome: String
    /// Wall-clock seconds of the planning (search, checks and roster).
    public var seconds: Double
}

/// A staffing plan and the evidence for it.
public struct PlanResult: Sendable {
    public var model: ContactCenterModel
    public var objective: PlanObjective
    public var settings: PlannerSettings
    public var cells: [PlanCell]
    /// The model's own staffing as a daily pattern, and its check.
    public var today: Verification
    /// Per-channel analytic staffing (the start) and its check.
    public var analytic: AnalyticPlan
    public var analyticCheck: Verification
    /// The plan and its check on independent replications.
    public var plan: Verification
    /// Budget per day in the objective's unit (hours or cost), and the least budget that can serve
    /// every channel; nil in targets mode.
    public var budget: Double?
    public var minimumBudget: Double?
    /// The roster and the check of its coverage, when shift templates were given.
    public var roster: Roster?
    public var rosterCheck: Verification?
    public var statistics: SearchStatistics

    /// Staff cost per day of a pattern at the model's costs.
    public func costPerDay(_ pattern: StaffingPattern) -> Double { pattern.cost(costPerHour: model.groups.map(\.costPerHour)) }

    /// Today's staff cost per day (from the model's staffing tables).
    public var todayCostPerDay: Double { model.currentCostPerDay }

    /// Today's agent-hours per day.
    public var todayHoursPerDay: Double { model.currentAgentHoursPerDay }

    /// The plan's simulated cost per day minus the per-channel analytic plan's, paired by replication.
    public var costChangeVersusAnalytic: Estimate? { plan.costDifferencePerDay(minus: analyticCheck, model: model) }
}
