import ContactCenter
import Planner

/// The files `ccsim plan --output DIR` writes beside the report: one staffing table per group in the
/// format `staffing:` reads (`interval_start,agents`, a row where the number changes, each lasting
/// until the next), the roster's shifts, and the roster's coverage as staffing tables.
public enum PlanFiles {
    /// File name (relative to the output directory) and content, in a fixed order.
    public static func files(_ result: PlanResult) -> [(name: String, content: String)] {
        let groups = result.model.groups.map(\.name), length = result.model.intervalLength
        var contents = result.model.groups.indices.map { staffingCSV(result.plan.pattern.agents[$0], intervalLength: length) }
        if let roster = result.roster {
            contents.append(PlannerReport(result).rosterTable()!.csv())
            contents += result.model.groups.indices.map { staffingCSV(roster.coverage.agents[$0], intervalLength: length) }
        }
        return Array(zip(names(groups: groups, roster: result.roster != nil), contents))
    }

    /// The names of ``files(_:)``, known before the plan is made: each group's staffing table, and
    /// with a roster the roster and each group's rostered staffing.
    public static func names(groups: [String], roster: Bool) -> [String] {
        groups.map { "staffing/\($0).csv" } + (roster ? ["roster.csv"] + groups.map { "roster-staffing/\($0).csv" } : [])
    }

    /// `interval_start,agents` with a row at midnight and wherever the number changes.
    public static func staffingCSV(_ agents: [Int], intervalLength: Double) -> String {
        var out = CSVRecord.line(["interval_start", "agents"])
        for (k, n) in agents.enumerated() where k == 0 || agents[k - 1] != n {
            out += CSVRecord.line([ShiftTemplates.clock(Double(k) * intervalLength), String(n)])
        }
        return out
    }
}
