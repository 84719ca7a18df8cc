import ContactCenter

/// Shifts that cover a staffing plan at least cost, as CBC found them.
public struct Roster: Sendable {
    /// Agents of one group working one shift (template, start, length, break).
    public struct Shift: Sendable, Equatable {
        public var group: String
        public var template: String
        /// Start, seconds since midnight.
        public var start: Double
        /// Length, seconds (break included).
        public var length: Double
        /// Break start, seconds after midnight (mod a day), when the shift has a break.
        public var breakStart: Double?
        public var breakLength: Double
        public var agents: Int
        /// Cost of one such shift.
        public var costPerShift: Double
    }

    public var shifts: [Shift]
    /// Agents on duty per group and interval of the day (the coverage, >= the plan).
    public var coverage: StaffingPattern
    /// Cost per day of the shifts.
    public var cost: Double
    /// CBC's lower bound on the cost.
    public var lowerBound: Double
    /// Relative optimality gap (0 when proven optimal).
    public var gap: Double
    public var provenOptimal: Bool
    /// Whether CBC stopped at the time limit (then the roster is the best found, within `gap`).
    public var timeLimitHit: Bool
    public var timeLimit: Double
    public var seconds: Double
    /// Integer variables (shift, start, length, break and group combinations) and constraints.
    public var variables: Int
    public var constraints: Int
    /// `CBC 2.10.8`.
    public var solver: String

    /// Agent-hours per day the roster pays beyond the plan (over-coverage, breaks excluded).
    public func overCoverageHours(plan: StaffingPattern) -> Double {
        var extra = 0
        for g in plan.agents.indices {
            for k in plan.agents[g].indices { extra += max(0, coverage.agents[g][k] - plan.agents[g][k]) }
        }
        return Double(extra) * plan.intervalLength / 3600
    }
}
