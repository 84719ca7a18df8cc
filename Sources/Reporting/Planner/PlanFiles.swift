import ContactCenter
import Planner

/// The files `ccsim plan --output DIR` writes beside the report: one staffing table per group in the
/// format `staffing:` reads (`interval_start,agents`, a row where the number changes, each lasting
/// until the next), the roster's shifts, and the roster's coverage as staffing tables.
public enum PlanFiles {
    /// File name (relative to the output directory) and content, in a fixed order.
    public static func files(_ result: PlanResult) -> [(name: String, content: String)] {
        var out: [(String, String)] = []
        for (g, group) in result.model.groups.enumerated() {
            out.append(("staffing/\(group.name).csv", staffingCSV(result.plan.pattern.agents[g], intervalLength: result.model.intervalLength)))
        }
        if let roster = result.roster {
            out.append(("roster.csv", PlannerReport(result).rosterTable()!.csv()))
            for (g, group) in result.model.groups.enumerated() {
                out.append(("roster-staffing/\(group.name).csv",
                            staffingCSV(roster.coverage.agents[g], intervalLength: result.model.intervalLength)))
            }
        }
        return out
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
