/// The executive summary for a terminal: the headline wrapped to 100 columns, the customers and
/// money tables (models with journeys or economics), the KPI and change tables aligned, then the assumptions and the command that reproduces the numbers.
public struct TextSummary: Sendable {
    public let summary: ExecutiveSummary

    /// The text for `summary`.
    public init(_ summary: ExecutiveSummary) { self.summary = summary }

    /// The whole summary for a terminal, every line at most `TextLayout.width` columns.
    public func render() -> String {
        let tables = SummaryTables(summary)
        var out = TextLayout.paragraph("EXECUTIVE SUMMARY — \(summary.base.title)") + "\n"
        for (k, s) in summary.scenarios.enumerated() {
            out += TextLayout.paragraph(s.run.title + (s.run.changesAfterTitle.isEmpty ? "" : " (\(s.run.changesAfterTitle))"),
                                        first: "\(tables.runLabels[k + 1]): ") + "\n"
        }
        out += TextLayout.paragraph("\(NumberText.counted(summary.replications, "replication")), seed \(summary.seed); ranges are 95% confidence intervals.")
        out += "\n\n" + TextLayout.paragraph(summary.headline.joined(separator: " ")) + "\n\n"
        if summary.hasCustomers {
            out += "CUSTOMERS AND MONEY\n" + tables.customersTable().text() + "\n"
            if let changes = tables.customerChangesTable() {
                out += "CUSTOMERS AND MONEY: WHAT CHANGES (95% CI, paired by replication)\n" + changes.text() + "\n"
            }
        }
        out += "KEY FIGURES BY CHANNEL\n" + tables.kpiTable().text() + "\n"
        out += "TOTALS\n" + tables.totalsTable().text()
        if let need = summary.whatItTakes {
            out += "\nWHAT IT TAKES (the base)\n" + need.table(currency: summary.currency).text()
                + TextLayout.paragraph(need.note) + "\n"
        }
        for (k, s) in summary.scenarios.enumerated() {
            out += "\n" + TextLayout.paragraph("WHAT CHANGES: \(tables.runLabels[k + 1]) minus base (95% CI, paired by replication)") + "\n"
            out += tables.changesTable(s).text()
            out += TextLayout.paragraph(tables.costChange(s), first: "Staff cost: ") + "\n"
        }
        if let days = tables.daysTable() {
            out += "\nSERVICE LEVEL DAY BY DAY\n" + days.text() + TextLayout.paragraph(Notes.days) + "\n"
        }
        out += "\nASSUMPTIONS\n" + summary.assumptions.map { TextLayout.paragraph($0, first: "- ") + "\n" }.joined()
        for s in summary.scenarios {
            out += s.run.changes.map { TextLayout.paragraph("Scenario change: " + $0, first: "- ") + "\n" }.joined()
        }
        out += TextLayout.paragraph(Notes.staffShare, first: "- ") + "\n" + TextLayout.paragraph(Notes.serviceLevel, first: "- ") + "\n"
        if let currency = summary.currency { out += "- Costs are in \(currency).\n" }
        out += "\n" + Self.command(summary.command, first: "Reproduce: ") + "\n"
        return out
    }

    /// A shell command that fits the width: broken between words with ` \` continuations, so
    /// that it still runs when pasted.
    static func command(_ command: String, first: String, width: Int = TextLayout.width) -> String {
        let lines = TextLayout.wrap(command, width: width - first.count - 2)
        return lines.enumerated().map { i, line in
            (i == 0 ? first : String(repeating: " ", count: first.count)) + line + (i < lines.count - 1 ? " \\" : "")
        }.joined(separator: "\n")
    }
}

/// Footnotes every rendering of the summary carries.
enum Notes {
    static let staffShare = "Agent-hours per channel: a group answering one channel gives it all its hours (idle ones "
        + "included); a group with several skills splits its hours in proportion to the work it handled for each "
        + "(handled contacts x mean handle time)."
    static let days = "Day by day: the share of each day's contacts answered within the target time (95% CI over "
        + "replications); \"below\": that day misses the channel's target."
    static let serviceLevel = "Service level: share of contacts answered within the target time (abandoned contacts count "
        + "against it); for email and letters, the share answered within the response target. "
        + "Avg wait: mean wait of answered contacts (for deferred work, the mean response time)."
}
