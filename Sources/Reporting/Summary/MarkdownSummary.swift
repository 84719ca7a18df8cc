/// The executive summary as GitHub-flavoured Markdown: headings, the headline as a quote,
/// GFM tables, lists; no raw HTML, so it renders the same on any code-hosting site. Charts are
/// only in the HTML rendering; the tables carry the same numbers.
public struct MarkdownSummary: Sendable {
    public let summary: ExecutiveSummary

    /// The Markdown for `summary`.
    public init(_ summary: ExecutiveSummary) { self.summary = summary }

    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            if "\\`*_[]<>|#".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    /// The whole summary as GitHub-flavoured Markdown.
    public func render() -> String {
        let tables = SummaryTables(summary)
        var out = "# Executive summary: \(Self.escape(summary.base.title))\n\n"
        for (k, s) in summary.scenarios.enumerated() {
            out += "- **\(tables.runLabels[k + 1]):** \(Self.escape(s.run.title))"
                + (s.run.changesAfterTitle.isEmpty ? "" : " (\(Self.escape(s.run.changesAfterTitle)))") + "\n"
        }
        if !summary.scenarios.isEmpty { out += "\n" }
        out += "> " + summary.headline.map(Self.escape).joined(separator: " ") + "\n\n"
        out += "_\(NumberText.counted(summary.replications, "replication")), seed \(summary.seed); ranges in brackets are 95% confidence intervals._\n\n"
        if summary.hasCustomers {
            out += "## Customers and money\n\n" + tables.customersTable().markdown()
            if let changes = tables.customerChangesTable() {
                out += "\nChanges paired by replication (common random numbers), with their 95% intervals.\n\n" + changes.markdown()
            }
            out += "\n"
        }
        out += "## Key figures by channel\n\n" + tables.kpiTable().markdown() + "\n"
        out += "## Totals\n\n" + tables.totalsTable().markdown()
        if let need = summary.whatItTakes {
            out += "\n## What it takes\n\n" + need.table(currency: summary.currency).markdown() + "\n" + Self.escape(need.note) + "\n"
        }
        for (k, s) in summary.scenarios.enumerated() {
            out += "\n## What changes: \(tables.runLabels[k + 1].lowercased()) minus base\n\n"
            out += "Differences paired by replication (common random numbers), with their 95% intervals.\n\n"
            out += tables.changesTable(s).markdown() + "\nStaff cost: \(tables.costChange(s)).\n"
        }
        if let days = tables.daysTable() {
            out += "\n## Service level day by day\n\n" + days.markdown() + "\n" + Self.escape(Notes.days) + "\n"
        }
        out += "\n## Assumptions\n\n" + summary.assumptions.map { "- " + Self.escape($0) + "\n" }.joined()
        for s in summary.scenarios { out += s.run.changes.map { "- Scenario change: " + Self.escape($0) + "\n" }.joined() }
        out += "- \(Notes.staffShare)\n- \(Notes.serviceLevel)\n"
        if let currency = summary.currency { out += "- Costs are in \(Self.escape(currency)).\n" }
        out += "\nReproduce:\n\n```\n\(summary.command)\n```\n"
        return out
    }
}
