import ContactCenter
import Foundation

/// A problem with the planner's inputs that is not in a file (a budget below the minimum, a bad
/// setting): the CLI prints it and exits with status 2.
public struct PlannerError: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// `ccsim plan`: the cheapest staffing that meets every channel's targets (targets mode), or the
/// best use of a fixed budget (budget mode), checked on independent replications, and optionally
/// the roster of shifts that covers it (CBC).
public enum Planner {
    /// The analytic requirement of `loaded` alone (no simulation): every channel staffed on its own
    /// by its owner group to meet its target (see ``AnalyticPlan``), what `ccsim report` shows as
    /// "what it takes".
    ///
    /// - Throws: ``FileErrors`` for a target that cannot be met at any staffing.
    public static func requirement(_ loaded: LoadedModel) throws -> AnalyticPlan {
        try AnalyticPlan.make(PlanStructure(model: loaded.model), loaded: loaded)
    }

    /// Plans staffing for `loaded` (see ``PlannerSettings``).
    ///
    /// - Throws: ``FileErrors`` for targets that cannot be met (located at the target in the model
    ///   file) or a roster that cannot be built (located in the shifts file); ``PlannerError`` for a
    ///   budget below the minimum.
    public static func plan(_ loaded: LoadedModel, settings: PlannerSettings,
                            progress: (@Sendable (String) -> Void)? = nil) throws -> PlanResult {
        let started = Date()
        let model = loaded.model
        let structure = PlanStructure(model: model)
        if let shifts = settings.shifts { try shifts.check(against: model) }
        let analytic = try AnalyticPlan.make(structure, loaded: loaded)
        try checkSize(analytic.pattern, model: model)
        let evaluator = PatternEvaluator(model: model, cells: structure.cells, replications: settings.searchReplications,
                                         seed: settings.seed, jobs: settings.jobs)
        let today = StaffingPattern(currentStaffingOf: model)
        var rounds = 0
        var outcome = "converged"
        var budget: Double?
        var minimum: Double?
        let chosen: StaffingPattern
        if settings.rosterCurrentStaffing {
            chosen = today
            outcome = "today's staffing rostered as it is"
        } else {
            switch settings.objective {
            case .targets:
                progress?("searching for the cheapest staffing that meets the targets")
                let search = TargetSearch(structure: structure, evaluator: evaluator, maxEvaluations: settings.maxEvaluations,
                                          agentCap: agentCap(analytic.pattern, structure: structure))
                let result = search.run(from: analytic.pattern)
                rounds = result.rounds
                switch result.outcome {
                case .converged: break
                case .budgetExhausted: outcome = "evaluation budget reached (\(settings.maxEvaluations) patterns)"
                case let .unreachable(cell):
                    let channel = model.channels[structure.cells[cell].channel]
                    throw FileErrors([loaded.issue(at: "channels.\(channel.name).service_level",
                        "cannot be met at any staffing the planner tried (up to \(search.agentCap) agents per group and interval)")])
                }
                chosen = result.pattern
            case .budgetHours, .budgetCost:
                let (limit, unit) = budgetUnits(settings.objective, structure: structure)
                let least = BudgetSearch.minimumSpend(structure, unitCost: unit)
                budget = limit
                minimum = least
                guard limit >= least - 1e-9 else {
                    throw PlannerError(budgetBelowMinimum(settings.objective, minimum: least))
                }
                progress?("allocating the budget")
                let search = BudgetSearch(structure: structure, evaluator: evaluator, maxEvaluations: settings.maxEvaluations,
                                          budget: limit, unitCost: unit)
                chosen = search.run(from: analytic.pattern)
                if evaluator.evaluations >= settings.maxEvaluations {
                    outcome = "evaluation budget reached (\(settings.maxEvaluations) patterns)"
                }
            }
        }
        progress?("checking on independent replications")
        let seed = settings.verificationSeed
        let check = { (p: StaffingPattern, asIs: Bool) in
            Verification.run(p, model: model, cells: structure.cells, replications: settings.verifyReplications,
                             seed: seed, jobs: settings.jobs, asIs: asIs)
        }
        let todayCheck = check(today, true)
        let analyticCheck = check(analytic.pattern, false)
        let planCheck = settings.rosterCurrentStaffing ? todayCheck : check(chosen, false)
        var roster: Roster?
        var rosterCheck: Verification?
        if let shifts = settings.shifts {
            progress?("rostering shifts with CBC")
            let built = try RosterBuilder.build(requirement: chosen, model: model, templates: shifts,
                                                timeLimit: settings.rosterTimeLimit)
            roster = built
            rosterCheck = check(built.coverage, false)
        }
        let checks = 3 - (settings.rosterCurrentStaffing ? 1 : 0) + (roster == nil ? 0 : 1)
        let statistics = SearchStatistics(
            patternsSimulated: evaluator.evaluations, replicationsPerPattern: settings.searchReplications,
            replicationsSimulated: evaluator.simulatedReplications + checks * settings.verifyReplications,
            rounds: rounds, outcome: outcome, seconds: Date().timeIntervalSince(started))
        return PlanResult(model: model, objective: settings.objective, settings: settings, cells: structure.cells,
                          today: todayCheck, analytic: analytic, analyticCheck: analyticCheck, plan: planCheck,
                          budget: budget, minimumBudget: minimum, roster: roster, rosterCheck: rosterCheck,
                          statistics: statistics)
    }

    /// The most agents the search may put in one group and interval: well above the analytic need,
    /// and no more than a group can have (``ContactCenterModel/Limits/agentsPerGroup``).
    static func agentCap(_ analytic: StaffingPattern, structure: PlanStructure) -> Int {
        let most = analytic.agents.joined().max() ?? 0
        return min(4 * most + 50, ContactCenterModel.Limits.agentsPerGroup)
    }

    /// Refuses a model whose analytic staffing already puts more agents in a group than a group can
    /// have: its simulations could not run (and the demand or handle times are most likely wrong).
    static func checkSize(_ analytic: StaffingPattern, model: ContactCenterModel) throws {
        let limit = ContactCenterModel.Limits.agentsPerGroup
        for g in analytic.agents.indices {
            guard let most = analytic.agents[g].max(), most > limit, let k = analytic.agents[g].firstIndex(of: most) else { continue }
            let clock = Describe.clock(Double(k) * analytic.intervalLength)
            throw PlannerError("the targets need \(most) agents in group '\(model.groups[g].name)' at \(clock) (Erlang staffing), "
                               + "more than the \(limit) agents on duty a group can have; check the demand and handle times of its channels")
        }
    }

    /// The budget per day and what one agent-interval of each group spends of it.
    static func budgetUnits(_ objective: PlanObjective, structure: PlanStructure) -> (Double, [Double]) {
        let hours = structure.model.intervalLength / 3600
        switch objective {
        case let .budgetHours(h): return (h, structure.costs.map { _ in hours })
        case let .budgetCost(c): return (c, structure.costs.map { $0 * hours })
        case .targets: return (.infinity, structure.costs.map { _ in hours })
        }
    }

    static func budgetBelowMinimum(_ objective: PlanObjective, minimum: Double) -> String {
        switch objective {
        case let .budgetHours(h):
            return "--budget: \(formatted(h))h a day is below the minimum of \(formatted(minimum))h a day that keeps "
                + "someone on duty for every channel whenever it has contacts"
        case let .budgetCost(c):
            return "--budget-cost: \(formatted(c)) a day is below the minimum of \(formatted(minimum)) a day that keeps "
                + "someone on duty for every channel whenever it has contacts"
        case .targets: return ""
        }
    }

    static func formatted(_ x: Double) -> String {
        x == x.rounded() ? String(Int(x)) : String(format: "%.1f", x)
    }
}
