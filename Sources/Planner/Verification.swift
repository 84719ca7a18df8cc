import ContactCenter

/// How a target fares on independent replications.
public enum Verdict: String, Sendable, Comparable {
    /// The whole 95% confidence interval is on the right side of the target.
    case metWithConfidence = "met_95"
    /// The mean meets the target, the interval straddles it.
    case metOnAverage = "met_on_average"
    /// The mean misses the target.
    case missed
    /// No contacts in the cell on these replications.
    case noContacts = "no_contacts"

    private var rank: Int {
        switch self {
        case .missed: return 0
        case .metOnAverage: return 1
        case .metWithConfidence: return 2
        case .noContacts: return 3
        }
    }

    /// Worse verdicts sort first.
    public static func < (a: Verdict, b: Verdict) -> Bool { a.rank < b.rank }

    /// The verdict of `estimate` against `target`.
    public init(_ estimate: Estimate?, against target: CellTarget) {
        guard let e = estimate else { self = .noContacts; return }
        let meets = target.isLowerBound ? e.mean >= target.bound : e.mean <= target.bound
        guard meets else { self = .missed; return }
        guard let ci = e.ci95 else { self = .metOnAverage; return }
        let sure = target.isLowerBound ? e.mean - ci >= target.bound : e.mean + ci <= target.bound
        self = sure ? .metWithConfidence : .metOnAverage
    }
}

/// One cell's targets checked on independent replications.
public struct CellCheck: Sendable {
    /// One target, its estimate over the replications (each pooled over the days) and verdict.
    public struct Measure: Sendable {
        public var target: CellTarget
        public var estimate: Estimate?
        public var verdict: Verdict
    }

    public var cell: PlanCell
    public var measures: [Measure]

    /// The worst verdict of the cell's targets.
    public var verdict: Verdict { measures.map(\.verdict).min() ?? .noContacts }
}

/// A staffing pattern simulated on replications independent of the ones the search used: every
/// cell's targets with 95% intervals, and the whole run's measures.
public struct Verification: Sendable {
    public var pattern: StaffingPattern
    public var replications: Int
    public var seed: UInt64
    public var cells: [CellCheck]
    /// Every measure of the run (channels, groups, totals) with 95% intervals.
    public var summary: SimulationSummary
    /// The replications, for paired comparisons between verified patterns (same seed).
    public var runs: [ReplicationMeasures]
    /// Days simulated per replication (the horizon, plus the padding of ``SteadyStateWindow``).
    public var simulatedDays: Int
    /// Staff cost of each replication, on the scheduled hours of the staffing simulated.
    public var staffCosts: [Double]

    /// How many cells got each verdict.
    public func count(_ verdict: Verdict) -> Int { cells.filter { $0.verdict == verdict }.count }

    /// Simulates `pattern` on `model` in its ``SteadyStateWindow`` (or, with `asIs` and no padding,
    /// the model's own staffing, which `pattern` then only describes) and checks `cells`. The
    /// summary covers the whole simulated run (padding days included).
    static func run(_ pattern: StaffingPattern, model: ContactCenterModel, cells: [PlanCell], replications: Int,
                    seed: UInt64, jobs: Int, asIs: Bool = false) -> Verification {
        let window = SteadyStateWindow(model)
        let applied = asIs && window.model.intervalCount == model.intervalCount ? model : pattern.applied(to: window.model)
        let runs = Replications.run(applied, count: replications, seed: seed, jobs: jobs)
        let checks = cells.map { cell in
            let samples = runs.map { CellSample(cell, in: $0, window: window, simulated: applied) }
            return CellCheck(cell: cell, measures: cell.targets.map { target in
                let estimate = Estimate(samples.map { target.value($0) })
                return CellCheck.Measure(target: target, estimate: estimate, verdict: Verdict(estimate, against: target))
            })
        }
        return Verification(pattern: pattern, replications: replications, seed: seed, cells: checks,
                            summary: SimulationSummary(model: applied, replications: runs), runs: runs,
                            simulatedDays: applied.horizonDays,
                            staffCosts: runs.map { TotalMeasure.cost.value(in: $0, model: applied) ?? 0 })
    }

    /// Staff cost per day of `self` minus `other`, paired by replication (both must share the seed):
    /// simulated cost on scheduled hours, agents finishing their last contact after their shift included.
    /// `model` is kept for callers; the costs were taken from each run's own staffing.
    public func costDifferencePerDay(minus other: Verification, model: ContactCenterModel) -> Estimate? {
        let days = Double(simulatedDays)
        return Estimate(zip(staffCosts, other.staffCosts).map { $0 / days - $1 / days })
    }
}
