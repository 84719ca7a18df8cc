import ContactCenter

/// What simulating one staffing pattern measured, per plan cell: the counts of every replication
/// and their pool (the sample-average estimate the search compares).
public struct PatternEvaluation: Sendable {
    /// The pattern simulated.
    public var pattern: StaffingPattern
    /// `samples[cell][replication]`.
    public var samples: [[CellSample]]
    /// Counts pooled over replications, per cell.
    public var pooled: [CellSample]
    /// Mean contacts waiting at the end of each interval of the day, `backlog[channel][interval]`
    /// (averaged over days and replications): where deferred work piles up.
    public var backlog: [[Double]]
    /// Mean number waiting during each interval of the day, `queue[channel][interval]`.
    public var queue: [[Double]]
    /// The replications themselves, when the evaluation was asked to keep them (verification).
    public var replications: [ReplicationMeasures]?

    /// The pooled shortfall of cell `i` against its targets (0 when met).
    public func shortfall(_ i: Int, cells: [PlanCell]) -> Double { cells[i].shortfall(pooled[i]) }

    /// Whether every cell meets its targets on the pooled sample.
    public func isFeasible(cells: [PlanCell]) -> Bool {
        cells.indices.allSatisfy { shortfall($0, cells: cells) == 0 }
    }

    /// Weighted service-level attainment in [0, 1]: the cells' attainment (the least over their
    /// targets, 1 when met) weighted by their expected contacts. Budget mode maximises it.
    public func attainment(cells: [PlanCell]) -> Double {
        let weights = cells.map(\.expectedContacts)
        let total = weights.reduce(0, +)
        guard total > 0 else { return 1 }
        return cells.indices.map { weights[$0] * cells[$0].attainment(pooled[$0]) }.reduce(0, +) / total
    }

    /// The contribution of cell `i` to ``attainment(cells:)``.
    func weightedAttainment(_ i: Int, cells: [PlanCell], totalWeight: Double) -> Double {
        cells[i].expectedContacts * cells[i].attainment(pooled[i]) / totalWeight
    }
}

/// Simulates staffing patterns on one model with a fixed seed and number of replications, so every
/// pattern sees the same customers (common random numbers) and differences are paired.
final class PatternEvaluator: @unchecked Sendable {
    let model: ContactCenterModel
    let window: SteadyStateWindow
    let cells: [PlanCell]
    let replications: Int
    let seed: UInt64
    let jobs: Int
    /// Patterns simulated so far (cache hits excluded).
    private(set) var evaluations = 0
    private var cache: [StaffingPattern: PatternEvaluation] = [:]

    init(model: ContactCenterModel, cells: [PlanCell], replications: Int, seed: UInt64, jobs: Int) {
        self.model = model
        window = SteadyStateWindow(model)
        self.cells = cells
        self.replications = replications
        self.seed = seed
        self.jobs = jobs
    }

    /// Replications simulated so far.
    var simulatedReplications: Int { evaluations * replications }

    /// The evaluation of `pattern` (simulated once, then cached).
    func evaluate(_ pattern: StaffingPattern, keepReplications: Bool = false) -> PatternEvaluation {
        if let hit = cache[pattern], !keepReplications || hit.replications != nil { return hit }
        evaluations += 1
        let simulated = pattern.applied(to: window.model)
        let runs = Replications.run(simulated, count: replications, seed: seed, jobs: jobs)
        let result = Self.summarise(runs, pattern: pattern, window: window, simulated: simulated, cells: cells, keep: keepReplications)
        cache[pattern] = keepReplications ? result : Self.dropping(result)
        return result
    }

    private static func dropping(_ e: PatternEvaluation) -> PatternEvaluation {
        var out = e
        out.replications = nil
        return out
    }

    /// Turns replications into a ``PatternEvaluation``.
    static func summarise(_ runs: [ReplicationMeasures], pattern: StaffingPattern, window: SteadyStateWindow,
                          simulated: ContactCenterModel, cells: [PlanCell], keep: Bool) -> PatternEvaluation {
        let model = window.model
        let perDay = model.intervalsPerDay
        let samples = cells.map { cell in runs.map { CellSample(cell, in: $0, window: window, simulated: simulated) } }
        let pooled = samples.map { $0.reduce(CellSample(), +) }
        let scale = 1 / Double(max(1, runs.count * window.measuredDays.count))
        var backlog = Array(repeating: Array(repeating: 0.0, count: perDay), count: model.channels.count)
        var queue = backlog
        let measured = (window.measuredDays.lowerBound * perDay)..<(window.measuredDays.upperBound * perDay)
        for r in runs {
            for c in model.channels.indices {
                for (i, m) in r.intervals[c].enumerated() where measured.contains(i) {
                    backlog[c][i % perDay] += Double(m.backlogAtEnd) * scale
                    queue[c][i % perDay] += m.queueArea / model.intervalLength * scale
                }
            }
        }
        return PatternEvaluation(pattern: pattern, samples: samples, pooled: pooled, backlog: backlog, queue: queue,
                                 replications: keep ? runs : nil)
    }
}
