import ContactCenter

/// Budget mode: the pattern within a fixed daily budget (agent-hours or cost) that maximises the
/// weighted service-level attainment (``PatternEvaluation/attainment(cells:)``: each cell's share
/// of its target reached, capped at 1, weighted by its contacts).
///
/// **Method (greedy marginal allocation with common random numbers).** From the analytic plan,
/// *shed* agents while the pattern is over budget: each group is simulated with one agent less in
/// every interval, and the (group, interval) removals that lose least attainment per unit of budget
/// are made, up to the excess. Then *grow* while budget remains: each group is simulated with one
/// agent more where it may work, and the additions with the largest gain per unit are made. Three
/// rounds of shed-5%-then-grow realign the budget; the best pattern seen within budget is kept.
/// Nobody is removed from the last group on duty for a channel's contacts.
struct BudgetSearch {
    let structure: PlanStructure
    let evaluator: PatternEvaluator
    let maxEvaluations: Int
    /// Budget per day, in the unit of `unitCost`.
    let budget: Double
    /// What one agent of each group for one interval spends of the budget.
    let unitCost: [Double]

    var cells: [PlanCell] { structure.cells }

    func spend(_ p: StaffingPattern) -> Double {
        p.agents.indices.map { g in Double(p.agents[g].reduce(0, +)) * unitCost[g] }.reduce(0, +)
    }

    /// The best pattern found within the budget.
    func run(from start: StaffingPattern) -> StaffingPattern {
        var current = shed(start, to: budget)
        current = grow(current)
        var best = current
        var bestValue = evaluator.evaluate(best).attainment(cells: cells)
        for _ in 0..<3 where evaluator.evaluations < maxEvaluations && bestValue < 1 {
            current = grow(shed(current, to: budget * 0.95))
            let value = evaluator.evaluate(current).attainment(cells: cells)
            if value > bestValue + 1e-12 {
                best = current
                bestValue = value
            }
        }
        return best
    }

    /// Removes agents, least loss per unit first, until the pattern spends at most `limit`.
    func shed(_ start: StaffingPattern, to limit: Double) -> StaffingPattern {
        var current = start
        while spend(current) > limit + 1e-9, evaluator.evaluations < maxEvaluations {
            let base = evaluator.evaluate(current)
            var moves: [(score: Double, group: Int, interval: Int)] = []
            for g in current.agents.indices {
                let ks = (0..<structure.intervalsPerDay).filter { current.agents[g][$0] > 0 && !isLastServer(g, at: $0, in: current) }
                guard !ks.isEmpty else { continue }
                let trial = evaluator.evaluate(current.adding(-1, group: g, at: ks))
                let loss = attributed(from: trial, to: base, group: g, intervals: ks)
                for k in ks { moves.append((loss[k, default: 0] / unitCost[g], g, k)) }
            }
            guard !moves.isEmpty else { break }
            moves.sort { ($0.score, $0.group, $0.interval) < ($1.score, $1.group, $1.interval) }
            var excess = spend(current) - limit
            for move in moves where excess > 1e-9 {
                guard !isLastServer(move.group, at: move.interval, in: current) else { continue }
                current.agents[move.group][move.interval] -= 1
                excess -= unitCost[move.group]
            }
        }
        return current
    }

    /// Adds agents, largest gain per unit first, while the budget allows and something gains.
    func grow(_ start: StaffingPattern) -> StaffingPattern {
        var current = start
        while evaluator.evaluations < maxEvaluations {
            let room = budget - spend(current)
            guard let cheapest = unitCost.min(), room >= cheapest - 1e-9 else { break }
            let base = evaluator.evaluate(current)
            guard base.attainment(cells: cells) < 1 else { break }
            var moves: [(score: Double, group: Int, interval: Int)] = []
            for g in current.agents.indices where unitCost[g] <= room + 1e-9 {
                let ks = (0..<structure.intervalsPerDay).filter { structure.allowed[g][$0] }
                guard !ks.isEmpty else { continue }
                let trial = evaluator.evaluate(current.adding(1, group: g, at: ks))
                let gain = attributed(from: base, to: trial, group: g, intervals: ks)
                for k in ks where gain[k, default: 0] > 1e-12 { moves.append((gain[k]! / unitCost[g], g, k)) }
            }
            guard !moves.isEmpty else { break }
            moves.sort { (-$0.score, $0.group, $0.interval) < (-$1.score, $1.group, $1.interval) }
            var left = room
            var added = false
            var used = Set<Int>()
            for move in moves where unitCost[move.group] <= left + 1e-9 && !used.contains(move.interval)
                && current.agents[move.group][move.interval] < ContactCenterModel.Limits.agentsPerGroup {
                current.agents[move.group][move.interval] += 1
                left -= unitCost[move.group]
                used.insert(move.interval)
                added = true
            }
            if !added { break }
        }
        return current
    }

    /// The attainment of `high` minus `low` (a gain, or a loss when `high` has the agents), attributed
    /// to the intervals where group `g` changed: an interval cell's to its own interval (and half to the
    /// one before, where an agent's queue reaches it), a horizon cell's shared equally.
    func attributed(from low: PatternEvaluation, to high: PatternEvaluation, group g: Int, intervals: [Int]) -> [Int: Double] {
        let total = cells.map(\.expectedContacts).reduce(0, +)
        guard total > 0 else { return [:] }
        let set = Set(intervals)
        let perDay = structure.intervalsPerDay
        var out: [Int: Double] = [:]
        for i in cells.indices where structure.servers[cells[i].channel].contains(g) {
            let delta = high.weightedAttainment(i, cells: cells, totalWeight: total)
                - low.weightedAttainment(i, cells: cells, totalWeight: total)
            if let k = cells[i].interval {
                if set.contains(k) { out[k, default: 0] += delta }
                let before = (k + perDay - 1) % perDay
                if set.contains(before) { out[before, default: 0] += delta / 2 }
            } else {
                for k in intervals { out[k, default: 0] += delta / Double(intervals.count) }
            }
        }
        return out
    }

    /// Whether group `g` holds the last agent on duty at `k` for a channel with contacts then.
    func isLastServer(_ g: Int, at k: Int, in p: StaffingPattern) -> Bool {
        guard p.agents[g][k] == 1 else { return false }
        return structure.model.groups[g].skills.contains { s in
            structure.expected[s.channel][k] > 0 && structure.model.channels[s.channel].kind.isRealTime
                && structure.servers[s.channel].allSatisfy { $0 == g || p.agents[$0][k] == 0 }
        }
    }

    /// The least spend that keeps someone on duty for every real-time channel whenever it has
    /// contacts (the cheapest set of groups covering each interval's channels), and one agent-interval
    /// for each deferred channel not otherwise covered: below it, some customers could never be answered.
    static func minimumSpend(_ structure: PlanStructure, unitCost: [Double]) -> Double {
        let model = structure.model
        let groups = model.groups.indices
        var total = 0.0
        var covered = Set<Int>()
        for k in 0..<structure.intervalsPerDay {
            let need = Set(model.channels.indices.filter { model.channels[$0].kind.isRealTime && structure.expected[$0][k] > 0 })
            guard !need.isEmpty else { continue }
            // Greedy set cover (exact for the small group counts of contact centers in practice).
            var missing = need
            var cost = 0.0
            while !missing.isEmpty {
                let pick = groups.filter { structure.allowed[$0][k] }.min { a, b in
                    let na = model.groups[a].skills.filter { missing.contains($0.channel) }.count
                    let nb = model.groups[b].skills.filter { missing.contains($0.channel) }.count
                    return (na == 0 ? Double.infinity : unitCost[a] / Double(na), a) < (nb == 0 ? Double.infinity : unitCost[b] / Double(nb), b)
                }
                guard let g = pick, model.groups[g].skills.contains(where: { missing.contains($0.channel) }) else { break }
                for s in model.groups[g].skills {
                    missing.remove(s.channel)
                    covered.insert(s.channel)
                }
                cost += unitCost[g]
            }
            total += cost
        }
        for c in model.channels.indices where !model.channels[c].kind.isRealTime && structure.expected[c].contains(where: { $0 > 0 }) {
            if !covered.contains(c), let cheapest = structure.servers[c].map({ unitCost[$0] }).min() { total += cheapest }
        }
        return total
    }
}
