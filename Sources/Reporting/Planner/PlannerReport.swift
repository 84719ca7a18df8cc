import ContactCenter
import Foundation
import Planner

/// The output of `ccsim plan`: costs against today and the per-channel analytic plan, each channel's
/// service level with its 95% interval, the staffing per group and interval, the cells whose target
/// is not met with 95% confidence, and the roster. Text and Markdown here; JSON and CSV in
/// `PlannerReport+JSON.swift`.
public struct PlannerReport {
    public let result: PlanResult
    /// What was planned: the scenario's title for a scenario file (its model's name otherwise).
    public let title: String

    public init(_ result: PlanResult, title: String? = nil) {
        self.result = result
        self.title = title ?? result.model.name
    }

    var model: ContactCenterModel { result.model }

    /// `08:30` for interval `k` of the day.
    func clock(_ k: Int) -> String { ShiftTemplates.clock(Double(k) * model.intervalLength) }

    /// `80% in 20s` (and the other targets) for a channel.
    func targetText(_ c: Int) -> String {
        let ch = model.channels[c]
        var parts = [Describe.serviceLevel(ch.serviceLevel)]
        if let ab = ch.maxAbandon { parts.append("abandon <= \(percent(ab))") }
        if let asa = ch.maxASA { parts.append("ASA <= \(Describe.targetTime(asa))") }
        return parts.joined(separator: ", ")
    }

    func percent(_ x: Double) -> String {
        let p = x * 100
        return (p == p.rounded() ? String(Int(p)) : String(format: "%.1f", p)) + "%"
    }

    /// The headline lines: mode, search and check.
    func headline() -> [String] {
        let s = result.statistics
        var lines = ["Staffing plan for \(title): \(modeText()), \(model.horizonDays) day\(model.horizonDays == 1 ? "" : "s") "
                     + "of \(ShiftTemplates.durationText(model.intervalLength)) intervals"]
        if result.settings.rosterCurrentStaffing {
            lines.append("Today's staffing, rostered as it is; checked on \(result.plan.replications) replications (seed \(result.plan.seed)).")
        } else {
            lines.append("Search: \(s.patternsSimulated) staffing patterns x \(s.replicationsPerPattern) replications with common random "
                         + "numbers (seed \(result.settings.seed)), \(s.outcome); \(s.replicationsSimulated) replications simulated in all.")
            lines.append("Check: every staffing below was simulated on \(result.plan.replications) independent replications "
                         + "(seed \(result.plan.seed)); values are means ± 95% half-widths.")
        }
        return lines
    }

    func modeText() -> String {
        if result.settings.rosterCurrentStaffing { return "roster of today's staffing (no plan searched)" }
        switch result.objective {
        case .targets: return "targets mode (least cost meeting every channel's targets)"
        case let .budgetHours(h): return "budget mode (\(Self.number(h, 1))h a day, most weighted service-level attainment)"
        case let .budgetCost(c): return "budget mode (cost \(Self.number(c, 0)) a day, most weighted service-level attainment)"
        }
    }

    static func number(_ x: Double, _ decimals: Int) -> String { Cell.number(x, decimals: decimals).display }

    /// The staffings compared: today, per-channel analytic, the plan, and the roster.
    func variants() -> [(key: String, title: String, pattern: StaffingPattern?, check: Verification)] {
        var out: [(String, String, StaffingPattern?, Verification)] = [("today", "Today", nil, result.today)]
        if !result.settings.rosterCurrentStaffing {
            out.append(("analytic", "Per-channel Erlang", result.analytic.pattern, result.analyticCheck))
            out.append(("plan", "Plan", result.plan.pattern, result.plan))
        }
        if let roster = result.roster, let check = result.rosterCheck { out.append(("roster", "Roster", roster.coverage, check)) }
        return out
    }

    /// Cost, agent-hours and weighted attainment per day of each staffing.
    public func costTable() -> DataTable {
        var t = DataTable(columns: [Column("staffing", "Staffing"), Column("agent_hours_per_day", "Agent-hours/day"),
                                    Column("cost_per_day", "Cost/day"), Column("change_vs_today", "vs today"),
                                    Column("attainment", "SL attainment"), Column("cells_met_95", "Cells met (95%)"),
                                    Column("cells_met_on_average", "On average"), Column("cells_missed", "Missed")])
        let todayCost = result.todayCostPerDay
        for v in variants() {
            let hours = v.pattern?.totalAgentHours ?? result.todayHoursPerDay
            let cost = v.key == "roster" ? (result.roster?.cost ?? 0) : (v.pattern.map { result.costPerDay($0) } ?? todayCost)
            t.rows.append([.text(v.title), .number(hours, decimals: 1), .number(cost, decimals: 0),
                           todayCost > 0 ? .share(cost / todayCost - 1, decimals: 1) : .missing,
                           .share(attainment(v.check), decimals: 1),
                           .integer(v.check.count(.metWithConfidence)), .integer(v.check.count(.metOnAverage)),
                           .integer(v.check.count(.missed))])
        }
        return t
    }

    /// Weighted service-level attainment of a check (cells weighted by their expected contacts).
    func attainment(_ check: Verification) -> Double {
        let total = check.cells.map(\.cell.expectedContacts).reduce(0, +)
        guard total > 0 else { return 1 }
        return check.cells.map { c in
            c.cell.expectedContacts * (c.measures.map { $0.target.attainment($0.estimate?.mean) }.min() ?? 1)
        }.reduce(0, +) / total
    }

    /// Each channel's service level over the horizon under each staffing.
    public func channelTable() -> DataTable {
        let vs = variants()
        var t = DataTable(columns: [Column("channel", "Channel"), Column("target", "Target")]
                          + vs.map { Column("\($0.key)_service_level", $0.title) }
                          + [Column("plan_cells", result.settings.rosterCurrentStaffing ? "Today's cells: met 95% / avg / missed"
                                                                                        : "Plan cells: met 95% / avg / missed")])
        for (c, ch) in model.channels.enumerated() {
            var row: [Cell] = [.text(ch.name), .text(targetText(c))]
            for v in vs { row.append(.text(MeasureFormat.estimate(v.check.summary.channel(ch.name, .serviceLevel), "service_level"))) }
            let cells = result.plan.cells.filter { $0.cell.channel == c }
            row.append(.text("\(cells.filter { $0.verdict == .metWithConfidence }.count) / "
                             + "\(cells.filter { $0.verdict == .metOnAverage }.count) / \(cells.filter { $0.verdict == .missed }.count)"))
            t.rows.append(row)
        }
        return t
    }

    /// Agents on duty per interval of the day: the plan per group (today's in brackets where it differs).
    public func staffingTable() -> DataTable {
        let groups = model.groups.indices
        let plan = result.plan.pattern
        let roster = result.roster?.coverage
        var columns = [Column("interval_start", "Interval")]
        for g in groups {
            columns.append(Column(model.groups[g].name, model.groups[g].name))
            if roster != nil { columns.append(Column(model.groups[g].name + "_roster", model.groups[g].name + " roster")) }
        }
        var t = DataTable(columns: columns)
        let today = result.today.pattern
        for k in 0..<plan.intervalsPerDay {
            let busy = groups.contains { plan.agents[$0][k] > 0 || today.agents[$0][k] > 0 || (roster?.agents[$0][k] ?? 0) > 0 }
            guard busy else { continue }
            var row: [Cell] = [.text(clock(k))]
            for g in groups {
                let n = plan.agents[g][k], was = today.agents[g][k]
                row.append(n == was ? .integer(n) : .text("\(n) (\(was))"))
                if let roster { row.append(.integer(roster.agents[g][k])) }
            }
            t.rows.append(row)
        }
        return t
    }

    /// The plan's cells that are not met with 95% confidence, worst first.
    public func cellTable(onlyDoubtful: Bool) -> DataTable {
        var t = DataTable(columns: [Column("channel", "Channel"), Column("interval_start", "Interval"), Column("measure", "Measure"),
                                    Column("target", "Target"), Column("mean", "Plan"), Column("ci95", "± 95%"),
                                    Column("status", "Status")])
        let checks = result.plan.cells.filter { !onlyDoubtful || $0.verdict < .metWithConfidence }
        for check in checks {
            for m in check.measures where !onlyDoubtful || m.verdict < .metWithConfidence {
                let share = m.target.measure != "asa_seconds"
                t.rows.append([.text(model.channels[check.cell.channel].name), .text(check.cell.interval.map(clock) ?? "day"),
                               .text(m.target.measure), share ? .share(m.target.bound, decimals: 1) : .number(m.target.bound, decimals: 1),
                               m.estimate.map { share ? .share($0.mean, decimals: 1) : .number($0.mean, decimals: 1) } ?? .missing,
                               m.estimate?.ci95.map { share ? .share($0, decimals: 1) : .number($0, decimals: 1) } ?? .missing,
                               .text(m.verdict.rawValue)])
            }
        }
        return t
    }

    /// The roster's shifts.
    public func rosterTable() -> DataTable? {
        guard let roster = result.roster else { return nil }
        var t = DataTable(columns: [Column("group", "Group"), Column("template", "Shift"), Column("start", "Start"),
                                    Column("end", "End"), Column("break_start", "Break"), Column("break_end", "Break end"),
                                    Column("agents", "Agents"), Column("cost_per_shift", "Cost/shift")])
        for s in roster.shifts {
            t.rows.append([.text(s.group), .text(s.template), .text(ShiftTemplates.clock(s.start)),
                           .text(ShiftTemplates.clock((s.start + s.length).truncatingRemainder(dividingBy: 86400))),
                           s.breakStart.map { .text(ShiftTemplates.clock($0)) } ?? .missing,
                           s.breakStart.map { .text(ShiftTemplates.clock(($0 + s.breakLength).truncatingRemainder(dividingBy: 86400))) } ?? .missing,
                           .integer(s.agents), .number(s.costPerShift, decimals: 2)])
        }
        return t
    }

    /// Sentences on the saving against per-channel staffing, the budget and the roster.
    func findings() -> [String] {
        var out: [String] = []
        let analyticCost = result.costPerDay(result.analytic.pattern)
        let planCost = result.costPerDay(result.plan.pattern)
        if !result.settings.rosterCurrentStaffing, case .targets = result.objective, analyticCost > 0 {
            var line = planCost == analyticCost ? "Against per-channel Erlang staffing the plan costs the same a day"
                : "Against per-channel Erlang staffing the plan costs \(Self.number(planCost - analyticCost, 0)) a day "
                    + "(\(percent((planCost - analyticCost) / analyticCost)))"
            if let d = result.costChangeVersusAnalytic, let ci = d.ci95 {
                // One rule for a paired difference (ChangeVerdict): identical runs read "no change",
                // not "0 ± 0".
                line += ChangeVerdict(d) == .noChange ? "; simulated staff cost: \(ChangeVerdict.noChangeText) (the same in every replication)"
                    : "; simulated staff cost \(Self.number(d.mean, 0)) ± \(Self.number(ci, 0)) a day (paired, 95%)"
            }
            out.append(line + ".")
        }
        if let budget = result.budget, let least = result.minimumBudget {
            let unit = result.objective == .budgetHours(budget) ? "h" : ""
            let spent = result.objective == .budgetHours(budget) ? result.plan.pattern.totalAgentHours : planCost
            out.append("Budget \(Self.number(budget, 1))\(unit) a day (minimum \(Self.number(least, 1))\(unit)); the plan uses "
                       + "\(Self.number(spent, 1))\(unit).")
        }
        if let r = result.roster {
            var line = "Roster by \(r.solver): cost \(Self.number(r.cost, 2)) a day, lower bound \(Self.number(r.lowerBound, 2)), "
                + "gap \(percent(r.gap)) (\(r.provenOptimal ? "proven optimal" : "not proven optimal")"
            if r.timeLimitHit { line += "; stopped at the \(Self.number(r.timeLimit, 0))s time limit" }
            line += "), \(r.variables) variables, \(r.constraints) constraints; over-coverage "
                + "\(Self.number(r.overCoverageHours(plan: result.plan.pattern), 1)) agent-hours a day."
            out.append(line)
        }
        return out
    }

    /// Notes: what the verdicts mean, the approximations of the analytic start.
    func notes() -> [String] {
        ["Status per cell (channel and interval of the day, pooled over the days; deferred channels and ASA over the horizon): "
         + "met_95 = the 95% interval is on the right side of the target, met_on_average = the mean is, missed = the mean is not."]
            + (result.cells.contains { $0.targets.contains { $0.measure == "load" } }
                ? ["load (deferred channels): the work a day over the time a day its agents have for it; at most "
                   + "\(Self.number(PlanCell.maximumDeferredLoad * 100, 0))%, so that a backlog comes down (above 100% it grows every day)."]
                : [])
            + result.analytic.approximations.map { "Per-channel Erlang start: " + $0 }
    }
}
