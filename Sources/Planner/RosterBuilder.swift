import ContactCenter
import Foundation

/// Turns a per-interval requirement into a roster of shifts at minimum cost: a set-covering integer
/// program (Dantzig 1954) with break placement as in Aykin (1996), solved by CBC.
///
/// One integer variable per group, template, start, length and break start (every interval in the
/// break window) counts the agents working that shift. Each (group, interval of the day) with a
/// requirement gets a row: the shifts on duty then (not on break) add up to at least the requirement.
/// Each template's `min_agents`/`max_agents` bound the sum of its variables. The day is cyclic: a
/// shift starting at 22:00 covers the early hours of the same pattern.
enum RosterBuilder {
    static func build(requirement: StaffingPattern, model: ContactCenterModel, templates: ShiftTemplates,
                      timeLimit: Double) throws -> Roster {
        let step = model.intervalLength
        let perDay = requirement.intervalsPerDay
        struct Candidate {
            var group: Int
            var template: Int
            var start: Int
            var length: Int
            var breakStart: Int?
            var cost: Double
            var covered: [Int]
        }
        var candidates: [Candidate] = []
        for (g, group) in model.groups.enumerated() where requirement.agents[g].contains(where: { $0 > 0 }) {
            for (t, template) in templates.templates.enumerated() where template.groups?.contains(group.name) ?? true {
                let starts = Set(template.startTimes(intervalLength: step).map { Int(($0 / step).rounded()) % perDay }).sorted()
                for lengthSeconds in template.lengths {
                    let length = Int((lengthSeconds / step).rounded())
                    let cost = template.cost ?? lengthSeconds / 3600 * group.costPerHour
                    for s in starts {
                        let onDuty = (0..<length).map { (s + $0) % perDay }
                        guard let rule = template.breakRule else {
                            candidates.append(Candidate(group: g, template: t, start: s, length: length, breakStart: nil,
                                                        cost: cost, covered: onDuty))
                            continue
                        }
                        let breakLength = Int((rule.length / step).rounded())
                        let first = Int((rule.earliest / step).rounded()), last = Int((rule.latest / step).rounded())
                        for b in first...max(first, last) where b + breakLength <= length {
                            let off = Set((b..<(b + breakLength)).map { (s + $0) % perDay })
                            candidates.append(Candidate(group: g, template: t, start: s, length: length, breakStart: (s + b) % perDay,
                                                        cost: cost, covered: onDuty.filter { !off.contains($0) }))
                        }
                    }
                }
            }
        }
        // Every interval that needs agents must be covered by some shift.
        var covering = Array(repeating: Array(repeating: [Int](), count: perDay), count: model.groups.count)
        for (j, candidate) in candidates.enumerated() {
            for k in Set(candidate.covered) { covering[candidate.group][k].append(j) }
        }
        var uncovered: [String] = []
        for g in model.groups.indices {
            for k in 0..<perDay where requirement.agents[g][k] > 0 && covering[g][k].isEmpty {
                uncovered.append("\(model.groups[g].name) at \(ShiftTemplates.clock(Double(k) * step)) "
                                 + "(\(requirement.agents[g][k]) agents)")
            }
        }
        if !uncovered.isEmpty {
            let shown = uncovered.prefix(5).joined(separator: ", ") + (uncovered.count > 5 ? ", and \(uncovered.count - 5) more" : "")
            throw FileErrors([issue(in: templates, at: templates.templates.first?.location("name"),
                                    "shifts: no shift template covers \(shown); "
                                    + "add start times, lengths or groups so that every interval of the plan can be worked")])
        }
        let program = IntegerProgram()
        for candidate in candidates {
            // A tiny cost per agent-hour prefers the shorter of equal-cost rosters.
            program.addIntegerColumn(cost: candidate.cost + 1e-6 * Double(candidate.length))
        }
        for g in model.groups.indices {
            for k in 0..<perDay where requirement.agents[g][k] > 0 {
                let js = covering[g][k]
                program.addRow(js, js.map { j in Double(candidates[j].covered.filter { $0 == k }.count) },
                               atLeast: true, Double(requirement.agents[g][k]))
            }
        }
        for (t, template) in templates.templates.enumerated() {
            let js = candidates.indices.filter { candidates[$0].template == t }
            guard !js.isEmpty else { continue }
            if let most = template.maxAgents { program.addRow(js, js.map { _ in 1 }, atLeast: false, Double(most)) }
            if template.minAgents > 0 { program.addRow(js, js.map { _ in 1 }, atLeast: true, Double(template.minAgents)) }
        }
        // Roster costs are whole multiples of a quantum (a rate times whole intervals): a roster within
        // half a quantum of CBC's bound is optimal (the tie-break above adds far less), and CBC may
        // stop there instead of closing the last cent of the gap until its time limit.
        let quantum = Self.costQuantum(candidates.map(\.cost))
        let tieBreaks = 1e-6 * Double(candidates.map(\.length).max() ?? 0) * Double(requirement.agents.joined().reduce(0, +))
        let solution = program.solve(timeLimit: timeLimit, allowableGap: quantum > 4 * tieBreaks ? quantum / 2 : 0)
        guard !solution.provenInfeasible, !solution.values.isEmpty else {
            let templatesCovering = { (g: Int, k: Int) in Set(covering[g][k].map { candidates[$0].template }).sorted() }
            if let problem = overBound(requirement, model: model, templates: templates, step: step, covering: templatesCovering) {
                throw FileErrors([problem])
            }
            let reason = solution.provenInfeasible
                ? "CBC proves that no roster of these shifts covers the plan within the templates' min_agents/max_agents"
                : "CBC found no roster within the \(Int(timeLimit))s time limit"
            let bounded = templates.templates.first { $0.maxAgents != nil }
            throw FileErrors([issue(in: templates, at: bounded?.location("max_agents") ?? templates.templates.first?.location("name"),
                                    (bounded.map { "shifts.\($0.name).max_agents: " } ?? "shifts: ")
                                    + "\(reason); raise max_agents or add templates")])
        }
        var coverage = StaffingPattern(groups: model.groups.count, intervalsPerDay: perDay, intervalLength: step)
        var shifts: [Roster.Shift] = []
        var cost = 0.0
        for (j, candidate) in candidates.enumerated() where solution.values[j] > 0 {
            let n = solution.values[j]
            for k in candidate.covered { coverage.agents[candidate.group][k] += n }
            cost += Double(n) * candidate.cost
            let template = templates.templates[candidate.template]
            shifts.append(Roster.Shift(group: model.groups[candidate.group].name, template: template.name,
                                       start: Double(candidate.start) * step, length: Double(candidate.length) * step,
                                       breakStart: candidate.breakStart.map { Double($0) * step },
                                       breakLength: template.breakRule?.length ?? 0, agents: n, costPerShift: candidate.cost))
        }
        // Within half a quantum of the bound, the bound rounds up to the cost (see above).
        let lowerBound = solution.provenOptimal ? cost : min(cost, solution.bound)
        return Roster(shifts: shifts, coverage: coverage, cost: cost, lowerBound: lowerBound,
                      gap: solution.provenOptimal ? 0 : max(0, cost - lowerBound) / max(cost, 1e-9),
                      provenOptimal: solution.provenOptimal, timeLimitHit: solution.timeLimitHit, timeLimit: timeLimit,
                      seconds: solution.seconds, variables: program.columns, constraints: program.rows,
                      solver: "CBC " + IntegerProgram.solverVersion)
    }

    /// The usual cause of an infeasible roster: an interval needing more agents than the templates
    /// covering it (`covering(group, interval)`, all bounded) may have in all, reported at the first
    /// of those templates' max_agents; nil when no interval is short that way.
    static func overBound(_ requirement: StaffingPattern, model: ContactCenterModel, templates: ShiftTemplates,
                          step: Double, covering: (Int, Int) -> [Int]) -> FileIssue? {
        for g in model.groups.indices {
            for k in requirement.agents[g].indices where requirement.agents[g][k] > 0 {
                let shifts = covering(g, k)
                guard let first = shifts.first, shifts.allSatisfy({ templates.templates[$0].maxAgents != nil }) else { continue }
                let most = shifts.map { templates.templates[$0].maxAgents ?? 0 }.reduce(0, +)
                guard most < requirement.agents[g][k] else { continue }
                let names = shifts.map { "'\(templates.templates[$0].name)'" }.joined(separator: ", ")
                return issue(in: templates, at: templates.templates[first].location("max_agents"),
                             "shifts.\(templates.templates[first].name).max_agents: the plan needs \(requirement.agents[g][k]) agents of "
                             + "\(model.groups[g].name) at \(ShiftTemplates.clock(Double(k) * step)), and the shifts covering it "
                             + "(\(names)) allow at most \(most) in all; raise max_agents or add templates")
            }
        }
        return nil
    }

    /// A problem of the shifts file, at `location` when the templates were read from a file.
    static func issue(in templates: ShiftTemplates, at location: SourceLocation?, _ message: String) -> FileIssue {
        FileIssue(file: templates.path, line: location?.line, column: location?.column, message: message)
    }


    /// The largest amount every cost is a whole multiple of (to a millionth), or 0 when there is none.
    static func costQuantum(_ costs: [Double]) -> Double {
        func gcd(_ a: Int64, _ b: Int64) -> Int64 { b == 0 ? a : gcd(b, a % b) }
        var g: Int64 = 0
        for cost in costs {
            let scaled = (cost * 1e6).rounded()
            guard cost >= 0, scaled < 9e15, abs(scaled - cost * 1e6) < 1e-3 else { return 0 }
            g = gcd(g, Int64(scaled))
        }
        return Double(g) / 1e6
    }
}
