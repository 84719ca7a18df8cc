import ContactCenter

/// The executive summary as one self-contained HTML page: inline CSS and SVG charts, no script,
/// no font or image fetched from anywhere, and print rules so that it prints to PDF cleanly
/// (A4, each section on a new page, charts never split).
///
/// Layout: the headline, then (for models with journeys or economics) customers and money, then
/// three key numbers per scenario (what an executive reads), then
/// where the staff goes against where the customers are, what changes with its uncertainty, the
/// week interval by interval, and the assumptions with the command that reproduces the report.
public struct HTMLReport: Sendable {
    public let summary: ExecutiveSummary

    /// The page for `summary`.
    public init(_ summary: ExecutiveSummary) { self.summary = summary }

    static func e(_ s: String) -> String { SVG.escape(s) }

    /// The whole page, `<!DOCTYPE html>` to `</html>`.
    public func render() -> String {
        let tables = SummaryTables(summary)
        let charts = SummaryCharts(summary)
        var body = header(tables)
        body += "<section class=\"headline\" id=\"headline\"><h2>In one minute</h2>"
            + summary.headline.map { "<p>\(Self.e($0))</p>" }.joined() + "</section>"
        if summary.hasCustomers { body += customers(tables, charts) }
        body += tiles(tables)
        body += "<section id=\"staff\"><h2>Where the staff goes, and where the customers are</h2>"
            + figure(charts.staffVersusContacts().svg(), caption: "Bars compare each channel's share of all contacts with its share of "
                     + "all agent-hours (idle hours included). A channel whose agent-hours bar towers over its contacts bar is "
                     + "over-staffed relative to demand.", wide: true)
            + "<h3>Key figures by channel</h3>" + Self.table(tables.kpiTable(), groupedBy: 0, className: "kpi")
            + "<p class=\"note\">\(Self.e(Notes.serviceLevel)) \(Self.e(Notes.staffShare)) "
            + "\(Self.e(summary.currency.map { "Costs are in \($0)." } ?? "Costs are in the model's cost unit."))</p>"
            + "<h3>Totals</h3>" + Self.table(tables.totalsTable(), groupedBy: nil, className: "totals")
            + (summary.whatItTakes.map { "<h3 id=\"what-it-takes\">What it takes</h3>" + Self.table($0.table(currency: summary.currency), groupedBy: nil, className: "totals")
                + "<p class=\"note\">\(Self.e($0.note))</p>" } ?? "") + "</section>"
        if !summary.scenarios.isEmpty {
            body += "<section id=\"changes\"><h2>What changes, and how sure we are</h2><div class=\"grid\">"
                + figure(charts.serviceLevelChanges().svg(), caption: "Scenario minus base; whiskers are 95% confidence "
                         + "intervals of the paired difference. A whisker crossing zero means no significant change; "
                         + "“no change”: the same in every replication.")
                + figure(charts.abandonmentChanges().svg(), caption: "Fewer abandoned contacts show as bars below zero.")
                + "</div>"
            for (k, s) in summary.scenarios.enumerated() {
                body += "<h3>\(Self.e(tables.runLabels[k + 1])) minus base</h3>" + Self.table(tables.changesTable(s), groupedBy: nil, className: "changes")
                    + "<p class=\"note\">Staff cost: \(Self.e(tables.costChange(s))). Differences are paired by replication "
                    + "(common random numbers: every run sees the same customers).</p>"
            }
            body += "</section>"
        }
        let byDay = charts.serviceLevelByDay()
        if !byDay.isEmpty {
            body += "<section id=\"days\"><h2>Service level day by day</h2><div class=\"grid\">"
                + byDay.map { figure($0.svg(), caption: nil) }.joined()
                + "</div><p class=\"note\">Each bar is the share of the day's contacts answered within the target time, with its "
                + "95% confidence interval over replications. A shaded day, its name in bold, is below the target in at least one "
                + "run; closed days have no bar.</p></section>"
        }
        let interval = SummaryFormat.intervalName(summary.base.model)
        body += "<section id=\"service-level\"><h2>Service level through the week</h2><div class=\"grid\">"
            + charts.serviceLevelByInterval().map { figure($0.svg(), caption: nil) }.joined()
            + "</div><p class=\"note\">Each point is the share of the contacts arriving in that \(interval) that were answered within the "
            + "target time, averaged over replications; gaps are closed hours. The dashed black line is the target.</p></section>"
        body += "<section id=\"queues\"><h2>Queues and backlog over the horizon</h2><div class=\"grid\">"
            + charts.queuesByInterval().map { figure($0.svg(), caption: nil) }.joined()
            + "</div><p class=\"note\">Live channels: mean number of contacts waiting in each \(interval). Email and letters: "
            + "unanswered items at the end of each \(interval) (the backlog carried into the next).</p></section>"
        body += assumptions(tables)
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>\(Self.e("Executive summary: " + summary.title))</title><style>\(Self.css)"
            + (summary.hasCustomers ? Self.customersCSS : "") + "</style></head>\n"
            + "<body><main>\(body)</main></body></html>\n"
    }

    /// Customers and money (models with journeys or economics): the table per run, the changes per
    /// scenario, the budget against usage and where repeat contacts come from.
    func customers(_ tables: SummaryTables, _ charts: SummaryCharts) -> String {
        var out = "<section id=\"customers\"><h2>Customers and money</h2>"
            + Self.table(tables.customersTable(), groupedBy: nil, className: "customers")
        if let changes = tables.customerChangesTable() {
            out += "<h3>What changes for customers and money</h3>" + Self.table(changes, groupedBy: nil, className: "changes")
                + "<p class=\"note\">Differences paired by replication (common random numbers), with their 95% intervals.</p>"
        }
        if let budget = charts.budgetVersusUsage() {
            out += figure(budget.svg(), caption: "Each channel's share of all costs (staff attributed by the time agents spent on it, "
                          + "plus its channel costs) beside its share of usage (customers' first contacts). A budget bar far above "
                          + "its usage bar is a channel that costs more than its customers use it.", wide: true)
        }
        let repeats = charts.repeatContactsByCause()
        if !repeats.isEmpty {
            out += "<div class=\"grid\">" + repeats.map { figure($0.svg(), caption: nil) }.joined() + "</div>"
                + "<p class=\"note\">Repeat contacts are the customers' second and later contacts on one need, counted on the "
                + "channel they come back on, by what brought them back.</p>"
        }
        return out + "</section>"
    }

    func header(_ tables: SummaryTables) -> String {
        var out = "<header><p class=\"kicker\">Contact-center executive summary</p><h1>\(Self.e(summary.base.title))</h1>"
        if !summary.scenarios.isEmpty {
            out += "<ul class=\"runs\">" + summary.scenarios.enumerated().map { k, s in
                "<li><strong>\(Self.e(tables.runLabels[k + 1])):</strong> \(Self.e(s.run.title))"
                    + (s.run.changesAfterTitle.isEmpty ? "" : " <span class=\"muted\">(\(Self.e(s.run.changesAfterTitle)))</span>")
                    + "</li>"
            }.joined() + "</ul>"
        }
        out += "<p class=\"muted\">Simulated over \(Self.e(SummaryFormat.horizon(summary.base))), \(NumberText.counted(summary.replications, "replication")), "
            + "seed \(summary.seed). Ranges in brackets are 95% confidence intervals.</p></header>"
        return out
    }

    /// Three key numbers per scenario: the largest significant service-level change, abandoned contacts, staff cost.
    func tiles(_ tables: SummaryTables) -> String {
        var items: [(String, String, String)] = []
        if summary.scenarios.isEmpty {
            let b = summary.base
            items.append(("Contacts offered", SummaryFormat.count(b.total(.offered)?.mean), "over " + SummaryFormat.horizon(b)))
            items.append(("Abandoned", SummaryFormat.count(b.total(.abandoned)?.mean), SummaryFormat.count(b.total(.abandoned)) + " (95% CI)"))
            items.append(("Staff cost", SummaryFormat.money(b.total(.cost)?.mean, summary.currency),
                          SummaryFormat.count(b.total(.agentHours)?.mean) + " agent-hours"))
        }
        for (k, s) in summary.scenarios.enumerated() {
            let prefix = summary.scenarios.count > 1 ? tables.runLabels[k + 1] + ": " : ""
            let best = s.run.channels.compactMap { ch -> (ChannelKPI, Double)? in
                guard let d = s.delta.channel(ch.name, .serviceLevel), d.excludesZero else { return nil }
                return (ch, d.mean)
            }.max { abs($0.1) < abs($1.1) }
            if let (ch, _) = best {
                let before = summary.kpi(summary.base, ch.name)?.serviceLevel
                items.append((prefix + "\(ch.name) service level",
                              SummaryFormat.shareMean(before) + " → " + SummaryFormat.shareMean(ch.serviceLevel),
                              "target " + SummaryFormat.target(ch.target)))
            } else {
                let identical = s.run.channels.allSatisfy { ch in
                    s.delta.channel(ch.name, .serviceLevel).map { ChangeVerdict($0) == .noChange } ?? true
                }
                items.append((prefix + "Service level", identical ? ChangeVerdict.noChangeText : "no significant change", "in any channel"))
            }
            let ab = s.delta.total(.abandoned)
            items.append((prefix + "Abandoned contacts", ab.map(Self.tileValue) ?? "n/a",
                          ab.map { ChangeVerdict($0) == .noChange ? "" : SummaryFormat.signedCount($0) } ?? ""))
            let cost = s.delta.total(.cost)
            let baseCost = summary.base.total(.cost)?.mean ?? 0
            items.append((prefix + "Staff cost", cost.map { SummaryFormat.signedMoney($0.mean, summary.currency) } ?? "n/a",
                          cost.flatMap { baseCost > 0 ? SummaryFormat.percentOf($0.mean, baseCost) + " of the base" : nil } ?? ""))
        }
        return "<section class=\"tiles\" id=\"key-numbers\">" + items.map { title, value, note in
            "<div class=\"tile\"><div class=\"tile-title\">\(Self.e(title))</div><div class=\"tile-value\">\(Self.e(value))</div>"
                + "<div class=\"tile-note\">\(Self.e(note))</div></div>"
        }.joined() + "</section>"
    }

    /// A change as a tile shows it: the signed value when significant, else "no change" or "no significant change".
    static func tileValue(_ d: Estimate) -> String {
        switch ChangeVerdict(d) {
        case .noChange: return ChangeVerdict.noChangeText
        case .notSignificant: return "no significant change"
        case .significant, .noInterval: return SummaryFormat.signed(d.mean)
        }
    }

    func assumptions(_ tables: SummaryTables) -> String {
        var out = "<section id=\"assumptions\"><h2>Assumptions and how to reproduce</h2><h3>Model</h3><ul>"
            + summary.assumptions.map { "<li>\(Self.e($0))</li>" }.joined() + "</ul>"
        if !summary.scenarios.isEmpty {
            out += "<h3>Scenario changes</h3><ul>" + summary.scenarios.enumerated().map { k, s in
                "<li><strong>\(Self.e(tables.runLabels[k + 1])) — \(Self.e(s.run.title)):</strong> "
                    + Self.e(s.run.changes.isEmpty ? "(no changes listed)" : s.run.changes.joined(separator: "; ")) + "</li>"
            }.joined() + "</ul>"
        }
        out += "<h3>Method</h3><ul><li>\(NumberText.counted(summary.replications, "independent replication")) with seed \(summary.seed); every run uses "
            + "the same seed and replications, so replication r of each run sees the same customers (common random numbers) "
            + "and differences are paired by replication.</li><li>Ranges are 95% Student-t confidence intervals over replications.</li>"
            + "<li>\(Self.e(Notes.staffShare))</li></ul>"
        out += "<h3>Reproduce</h3><pre><code>\(Self.e(summary.command))</code></pre></section>"
        return out
    }

    func figure(_ svg: String, caption: String?, wide: Bool = false) -> String {
        "<figure class=\"\(wide ? "wide" : "")\">\(svg)" + (caption.map { "<figcaption>\(Self.e($0))</figcaption>" } ?? "") + "</figure>"
    }

    /// A `DataTable` as an HTML table; with `groupedBy`, a non-empty cell in that column starts a new band.
    static func table(_ t: DataTable, groupedBy column: Int?, className: String) -> String {
        var out = "<table class=\"\(className)\"><thead><tr>" + t.columns.map { "<th scope=\"col\">\(e($0.shownTitle))</th>" }.joined()
            + "</tr></thead><tbody>"
        for row in t.shownRows {
            let starts = column.map { row[$0].display != "" } ?? false
            out += "<tr\(starts ? " class=\"group-start\"" : "")>" + row.enumerated().map { i, cell in
                i == 0 ? "<th scope=\"row\">\(e(cell.display))</th>" : "<td>\(e(cell.display))</td>"
            }.joined() + "</tr>"
        }
        return out + "</tbody></table>"
    }

    /// Customers and money follow the headline on its page in print (added only when the section is there).
    static let customersCSS = "\n@media print{#customers{break-before:auto;page-break-before:auto}}"

    static let css = """
        :root{--ink:#1a1a1a;--muted:#5a5a5a;--rule:#d9d9d9;--accent:#0072B2}
        *{box-sizing:border-box}
        body{margin:0;background:#f4f5f7;color:var(--ink);font:15px/1.5 -apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
        main{max-width:1180px;margin:0 auto;padding:28px 32px 48px;background:#fff}
        header{border-bottom:3px solid var(--accent);padding-bottom:12px;margin-bottom:18px}
        .kicker{margin:0;text-transform:uppercase;letter-spacing:.08em;font-size:12px;color:var(--accent);font-weight:600}
        h1{margin:4px 0 8px;font-size:26px;line-height:1.2}
        h2{font-size:19px;margin:28px 0 10px;padding-bottom:4px;border-bottom:1px solid var(--rule)}
        h3{font-size:15px;margin:18px 0 6px}
        .runs{margin:4px 0 6px;padding-left:18px}.muted{color:var(--muted)}
        .headline{background:#eef5fb;border-left:5px solid var(--accent);padding:6px 18px 8px;margin:0 0 16px}
        .headline h2{border:0;margin:8px 0 2px;font-size:14px;text-transform:uppercase;letter-spacing:.06em;color:var(--accent)}
        .headline p{font-size:17px;margin:6px 0}
        .tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(220px,1fr));gap:12px;margin:0 0 8px}
        .tile{border:1px solid var(--rule);border-radius:6px;padding:10px 14px}
        .tile-title{font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
        .tile-value{font-size:26px;font-weight:700;margin:2px 0}.tile-note{font-size:12px;color:var(--muted)}
        .grid{display:grid;grid-template-columns:1fr 1fr;gap:10px 18px}
        figure{margin:8px 0;break-inside:avoid;page-break-inside:avoid}
        figure svg{width:100%;height:auto;display:block}
        figcaption,.note{font-size:12.5px;color:var(--muted);margin:4px 0 0}
        table{border-collapse:collapse;width:100%;font-size:13px;margin:6px 0;break-inside:auto}
        th,td{padding:4px 8px;border-bottom:1px solid #ececec;text-align:right;vertical-align:top}
        th:first-child,td:first-child,thead th{text-align:left}
        thead th{border-bottom:2px solid #999;font-size:12px;color:#333;background:#fafafa}
        tbody th{font-weight:600}tr.group-start td,tr.group-start th{border-top:1px solid #999}
        table.kpi td:nth-child(2),table.kpi td:nth-child(3){text-align:left}
        table.changes td{text-align:left}
        pre{background:#f6f6f6;border:1px solid var(--rule);padding:8px 10px;white-space:pre-wrap;word-break:break-all;font-size:12.5px}
        @media (max-width:820px){.grid{grid-template-columns:1fr}main{padding:16px}}
        @page{size:A4;margin:12mm}
        @media print{body{background:#fff;font-size:11pt}main{max-width:none;padding:0}
        section{break-before:page;page-break-before:always}
        .headline,.tiles,#staff{break-before:auto;page-break-before:auto}
        .headline{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        table,figure,tr{break-inside:avoid;page-break-inside:avoid}h2,h3{break-after:avoid;page-break-after:avoid}}
        """
}
