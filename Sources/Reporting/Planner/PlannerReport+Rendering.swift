import ContactCenter
import Planner

extension PlannerReport {
    /// The report for a terminal.
    public func text() -> String {
        var out = headline().joined(separator: "\n") + "\n\n"
        out += costTable().text() + "\n" + findings().map { $0 + "\n" }.joined()
        out += "\nService level by channel over the horizon\n" + channelTable().text()
        out += "\nAgents on duty by interval (today's in brackets where the plan differs)\n" + staffingTable().text()
        let doubtful = cellTable(onlyDoubtful: true)
        out += doubtful.rows.isEmpty ? "\nEvery cell meets its targets with 95% confidence.\n"
            : "\nCells not met with 95% confidence\n" + doubtful.text()
        if let roster = rosterTable() { out += "\nRoster\n" + roster.text() }
        out += "\n" + notes().map { "note: " + $0 + "\n" }.joined()
        return out
    }

    /// The report in GitHub-flavoured Markdown.
    public func markdown() -> String {
        var out = "# " + headline()[0] + "\n\n" + headline().dropFirst().map { $0 + "\n" }.joined(separator: "\n") + "\n"
        out += "## Cost\n\n" + costTable().markdown() + "\n" + findings().map { "- " + $0 + "\n" }.joined()
        out += "\n## Service level by channel\n\n" + channelTable().markdown()
        out += "\n## Agents on duty by interval\n\nToday's in brackets where the plan differs.\n\n" + staffingTable().markdown()
        let doubtful = cellTable(onlyDoubtful: true)
        out += doubtful.rows.isEmpty ? "\nEvery cell meets its targets with 95% confidence.\n"
            : "\n## Cells not met with 95% confidence\n\n" + doubtful.markdown()
        if let roster = rosterTable() { out += "\n## Roster\n\n" + roster.markdown() }
        out += "\n## Notes\n\n" + notes().map { "- " + $0 + "\n" }.joined()
        return out
    }

    /// Every cell's check on the plan, one row per target (the CSV of `--format csv`).
    public func csv() -> String { cellTable(onlyDoubtful: false).csv() }

    /// The whole plan as JSON (keys are a contract for scripts).
    public func json() -> JSONValue {
        var root: [(String, JSONValue)] = [
            ("model", .string(model.name)), ("mode", .string(result.settings.rosterCurrentStaffing ? "roster" : result.objective.mode)),
            ("days", .int(model.horizonDays)), ("interval_seconds", .number(model.intervalLength)),
        ]
        if let budget = result.budget, let least = result.minimumBudget {
            let unit: String
            if case .budgetHours = result.objective { unit = "agent_hours" } else { unit = "cost" }
            root.append(("budget", .object([("unit", .string(unit)), ("per_day", .number(budget)), ("minimum_per_day", .number(least))])))
        }
        let s = result.statistics
        root.append(("search", .object([
            ("method", .string(result.objective == .targets ? "local_search_saa_crn" : "greedy_marginal_allocation_crn")),
            ("seed", .int(Int(clamping: result.settings.seed))), ("patterns_simulated", .int(s.patternsSimulated)),
            ("replications_per_pattern", .int(s.replicationsPerPattern)), ("replications_simulated", .int(s.replicationsSimulated)),
            ("rounds", .int(s.rounds)), ("outcome", .string(s.outcome)),
        ])))
        root.append(("check", .object([("replications", .int(result.plan.replications)), ("seed", .int(Int(clamping: result.plan.seed)))])))
        root.append(("staffings", .array(costTable().json().arrayValue)))
        if let d = result.costChangeVersusAnalytic, !result.settings.rosterCurrentStaffing {
            let planned = result.costPerDay(result.plan.pattern) - result.costPerDay(result.analytic.pattern)
            root.append(("cost_change_vs_analytic", .object([("planned_per_day", .number(planned)),
                                                              ("simulated_per_day", Self.estimate(d))])))
        }
        root.append(("channels", .array(model.channels.indices.map(channelJSON))))
        root.append(("staffing", .array(staffingJSON())))
        root.append(("cells", cellTable(onlyDoubtful: false).json()))
        if let r = result.roster {
            root.append(("roster", .object([
                ("solver", .string(r.solver)), ("cost_per_day", .number(r.cost)), ("lower_bound", .number(r.lowerBound)),
                ("gap", .number(r.gap)), ("proven_optimal", .bool(r.provenOptimal)), ("time_limit_hit", .bool(r.timeLimitHit)),
                ("time_limit_seconds", .number(r.timeLimit)), ("variables", .int(r.variables)), ("constraints", .int(r.constraints)),
                ("over_coverage_hours_per_day", .number(r.overCoverageHours(plan: result.plan.pattern))),
                ("shifts", rosterTable()?.json() ?? .array([])),
            ])))
        }
        root.append(("notes", .array(notes().map { .string($0) })))
        return .object(root)
    }

    static func estimate(_ e: Estimate?) -> JSONValue {
        guard let e else { return .null }
        return .object([("mean", .number(e.mean)), ("ci95", e.ci95.map { .number($0) } ?? .null)])
    }

    func channelJSON(_ c: Int) -> JSONValue {
        let ch = model.channels[c]
        var target: [(String, JSONValue)] = [("service_level", .number(ch.serviceLevel.fraction)),
                                             ("within_seconds", .number(ch.serviceLevel.threshold))]
        if let ab = ch.maxAbandon { target.append(("max_abandon", .number(ab))) }
        if let asa = ch.maxASA { target.append(("max_asa_seconds", .number(asa))) }
        var fields: [(String, JSONValue)] = [("channel", .string(ch.name)), ("kind", .string(ch.kind.rawValue)), ("target", .object(target))]
        for v in variants() {
            fields.append((v.key, .object(([.serviceLevel, .abandonRate, .asaSeconds] as [ChannelMeasure]).map {
                ($0.rawValue, Self.estimate(v.check.summary.channel(ch.name, $0)))
            })))
        }
        let cells = result.plan.cells.filter { $0.cell.channel == c }
        fields.append(("plan_cells", .object([Verdict.metWithConfidence, .metOnAverage, .missed].map { v in
            (v.rawValue, .int(cells.filter { $0.verdict == v }.count))
        })))
        return .object(fields)
    }

    func staffingJSON() -> [JSONValue] {
        var out: [JSONValue] = []
        for (g, group) in model.groups.enumerated() {
            for k in 0..<result.plan.pattern.intervalsPerDay {
                var row: [(String, JSONValue)] = [("group", .string(group.name)), ("interval_start", .string(clock(k))),
                                                  ("agents", .int(result.plan.pattern.agents[g][k])),
                                                  ("today", .int(result.today.pattern.agents[g][k])),
                                                  ("analytic", .int(result.analytic.pattern.agents[g][k]))]
                if let roster = result.roster { row.append(("roster", .int(roster.coverage.agents[g][k]))) }
                out.append(.object(row))
            }
        }
        return out
    }
}

extension JSONValue {
    /// The elements of an array (empty for anything else).
    var arrayValue: [JSONValue] {
        if case let .array(items) = self { return items }
        return []
    }
}
