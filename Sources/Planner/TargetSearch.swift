import ContactCenter

/// Targets mode: the cheapest pattern whose sample-average performance meets every cell's targets.
///
/// **Method (local search on the sample-average problem, common random numbers).** Every pattern is
/// simulated with the same seed and replications, so all candidates see the same customers and
/// their differences are paired. From the analytic start:
/// 1. *Repair*: while some cell misses a target, each group that answers a missing cell is tried
///    with one more agent in every interval where it could help (one simulation per group); each
///    interval then gets an agent of the group with the largest gain (reduction of the cells'
///    shortfall there) per cost. Horizon cells (deferred work, ASA) share their gain over the
///    intervals where their work waits.
/// 2. *Trim*: for each group, most expensive first, one agent less in every interval is simulated;
///    the removal is kept in each interval whose cells (and the next interval's) still meet their
///    targets, then checked together; when a horizon cell breaks, the batch is halved.
/// Repair and trim alternate until a trim keeps nothing; an agent that repair had to put back is not
/// removed again. The evaluation budget bounds the search; every step is deterministic.
struct TargetSearch {
    let structure: PlanStructure
    let evaluator: PatternEvaluator
    let maxEvaluations: Int
    /// No group gets more agents in one interval than this (the targets are then deemed unreachable).
    let agentCap: Int

    var cells: [PlanCell] { structure.cells }

    /// Why a search stopped early.
    enum Outcome: Equatable {
        case converged
        case budgetExhausted
        case unreachable(cell: Int)
    }

    /// Runs repair and trim from `start`.
    func run(from start: StaffingPattern) -> (pattern: StaffingPattern, outcome: Outcome, rounds: Int) {
        var frozen = Set<[Int]>()
        var rounds = 0
        var (current, outcome) = repair(start, frozen: &frozen)
        guard outcome == .converged else { return (current, outcome, rounds) }
        while evaluator.evaluations < maxEvaluations {
            rounds += 1
            let trimmed = trim(current, frozen: frozen)
            if trimmed == current { break }
            (current, outcome) = repair(trimmed, frozen: &frozen)
            guard outcome == .converged else { return (current, outcome, rounds) }
        }
        if evaluator.evaluations >= maxEvaluations { outcome = .budgetExhausted }
        return (current, outcome, rounds)
    }

    /// Adds agents until every cell meets its targets (or the budget or the cap is reached);
    /// the (group, interval) pairs it adds to are recorded in `frozen`.
    func repair(_ start: StaffingPattern, frozen: inout Set<[Int]>) -> (StaffingPattern, Outcome) {
        var current = start
        var evaluation = evaluator.evaluate(current)
        while true {
            let missing = cells.indices.filter { evaluation.shortfall($0, cells: cells) > 0 }
            if missing.isEmpty { return (current, .converged) }
            if evaluator.evaluations >= maxEvaluations { return (current, .budgetExhausted) }
            // The intervals where each group could help a missing cell.
            var candidates: [Int: Set<Int>] = [:]
            for i in missing {
                for g in structure.servers[cells[i].channel] {
                    let ks = structure.helpfulIntervals(group: g, cell: cells[i], evaluation: evaluation)
                        .filter { current.agents[g][$0] < agentCap }
                    if !ks.isEmpty { candidates[g, default: []].formUnion(ks) }
                }
            }
            if candidates.isEmpty { return (current, .unreachable(cell: missing[0])) }
            var best: [Int: (group: Int, score: Double)] = [:]
            for g in candidates.keys.sorted() {
                let ks = candidates[g]!.sorted()
                let trial = evaluator.evaluate(current.adding(1, group: g, at: ks))
                let gains = intervalGains(missing: missing, before: evaluation, after: trial, group: g, intervals: ks)
                for k in ks {
                    let score = gains[k, default: 0] / structure.intervalCost(g)
                    if score > (best[k]?.score ?? 0) { best[k] = (g, score) }
                }
            }
            if best.isEmpty {
                // No single step helps on this sample: add the cheapest server wherever a cell misses.
                for i in missing {
                    guard let g = structure.servers[cells[i].channel].min(by: { (structure.costs[$0], $0) < (structure.costs[$1], $1) }),
                          let ks = candidates[g] else { continue }
                    for k in structure.helpfulIntervals(group: g, cell: cells[i], evaluation: evaluation) where ks.contains(k) {
                        best[k] = (g, 0)
                    }
                }
            }
            for (k, choice) in best {
                current.agents[choice.group][k] += 1
                frozen.insert([choice.group, k])
            }
            evaluation = evaluator.evaluate(current)
        }
    }

    /// The reduction of the missing cells' shortfall from `before` to `after`, attributed to the
    /// intervals where group `g` got an agent: an interval cell's to its interval, a horizon
    /// cell's shared equally over them.
    func intervalGains(missing: [Int], before: PatternEvaluation, after: PatternEvaluation, group g: Int,
                       intervals: [Int]) -> [Int: Double] {
        var gains: [Int: Double] = [:]
        let set = Set(intervals)
        for i in missing where structure.servers[cells[i].channel].contains(g) {
            let gain = before.shortfall(i, cells: cells) - after.shortfall(i, cells: cells)
            if let k = cells[i].interval {
                if set.contains(k) { gains[k, default: 0] += gain }
            } else {
                for k in intervals { gains[k, default: 0] += gain / Double(intervals.count) }
            }
        }
        return gains
    }

    /// One pass of removals over the groups, most expensive first.
    func trim(_ start: StaffingPattern, frozen: Set<[Int]>) -> StaffingPattern {
        var current = start
        let order = structure.model.groups.indices.sorted { (-structure.costs[$0], $0) < (-structure.costs[$1], $1) }
        for g in order {
            guard evaluator.evaluations < maxEvaluations else { break }
            let ks = (0..<structure.intervalsPerDay).filter { current.agents[g][$0] > 0 && !frozen.contains([g, $0]) }
            guard !ks.isEmpty else { continue }
            let base = evaluator.evaluate(current)
            let trial = evaluator.evaluate(current.adding(-1, group: g, at: ks))
            var kept = ks.filter { k in intervalCellsHold(around: k, base: base, trial: trial) }
            var attempts = 0
            while !kept.isEmpty, evaluator.evaluations < maxEvaluations, attempts < 5 {
                let candidate = current.adding(-1, group: g, at: kept)
                let check = kept == ks ? trial : evaluator.evaluate(candidate)
                let worse = cells.indices.filter { check.shortfall($0, cells: cells) > base.shortfall($0, cells: cells) }
                if worse.isEmpty {
                    current = candidate
                    break
                }
                attempts += 1
                if worse.contains(where: { cells[$0].interval == nil }) {
                    // Horizon cells (deferred work, ASA) cannot be attributed to intervals: halve the batch.
                    kept = kept.count == 1 ? [] : kept.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
                } else {
                    let bad = Set(worse.compactMap { cells[$0].interval })
                    kept = kept.filter { !bad.contains($0) && !bad.contains(($0 + 1) % structure.intervalsPerDay) }
                }
            }
        }
        return current
    }

    /// Whether every interval cell of interval `k` and of the next interval that met its targets
    /// in `base` still does in `trial`.
    func intervalCellsHold(around k: Int, base: PatternEvaluation, trial: PatternEvaluation) -> Bool {
        let next = (k + 1) % structure.intervalsPerDay
        return cells.indices.allSatisfy { i in
            guard let ki = cells[i].interval, ki == k || ki == next else { return true }
            return trial.shortfall(i, cells: cells) <= base.shortfall(i, cells: cells)
        }
    }
}
