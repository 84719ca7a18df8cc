/// The executive summary for a terminal: the headline wrapped to 100 columns, the KPI and
/// change tables aligned, then the assumptions and the command that reproduces the numbers.
public struct TextSummary: Sendable {
    public let summary: ExecutiveSummary

    public init(_ summary: ExecutiveSummary) { self.summary = summary }

    public func render() -> String {
        let tables = SummaryTables(summary)
        var out = "EXECUTIVE SUMMARY — \(summary.base.title)\n"
        for (k, s) in summary.scenarios.enumerated() {
            out += "\(tables.runLabels[k + 1]): \(s.run.title)" + (s.run.changes.isEmpty ? "" : " (\(s.run.changes.joined(separator: "; ")))") + "\n"
        }
        out += "\(summary.replications) replications, seed \(summary.seed); ranges are 95% confidence intervals.\n\n"
        out += Self.wrap(summary.headline.joined(separator: " "), width: 100) + "\n\n"
        out += "KEY FIGURES BY CHANNEL\n" + tables.kpiTable().text() + "\n"
        out += "TOTALS\n" + tables.totalsTable().text()
        for (k, s) in summary.scenarios.enumerated() {
            out += "\nWHAT CHANGES: \(tables.runLabels[k + 1]) minus base (95% CI, paired by replication)\n"
            out += tables.changesTable(s).text()
            out += "Staff cost: \(tables.costChange(s))\n"
        }
        out += "\nASSUMPTIONS\n" + summary.assumptions.map { "- " + $0 + "\n" }.joined()
        for s in summary.scenarios { out += s.run.changes.map { "- Scenario change: " + $0 + "\n" }.joined() }
        out += "- \(Notes.staffShare)\n- \(Notes.serviceLevel)\n"
        out += "\nReproduce: \(summary.command)\n"
        return out
    }

    /// Greedy word wrap.
    static func wrap(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}

/// Footnotes every rendering of the summary carries.
enum Notes {
    static let staffShare = "Agent-hours per channel: a group answering one channel gives it all its hours (idle ones "
        + "included); a group with several skills splits its hours in proportion to the work it handled for each "
        + "(handled contacts x mean handle time)."
    static let serviceLevel = "Service level: share of contacts answered within the target time (abandoned contacts count "
        + "against it); for email and letters, the share answered within the response target. "
        + "Avg wait: mean wait of answered contacts (for deferred work, the mean response time)."
}
