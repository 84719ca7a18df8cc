import ContactCenter
import Queueing

/// The staffing table of `ccsim staff --forecast`: one row per interval and channel, then
/// totals per channel and overall, then the approximations used.
public struct PlanReport {
    public let plan: StaffingPlan
    public let table: DataTable

    public init(_ plan: StaffingPlan) {
        self.plan = plan
        let withShrinkage = plan.rows.contains { $0.scheduledAgents != nil }
        let withBacklog = plan.rows.contains { $0.backlog != nil }
        var columns = [Column("interval_start", "Interval"), Column("channel", "Channel"),
                       Column("volume", "Volume"), Column("aht_seconds", "AHT (s)"), Column("load_erlangs", "Load (Erl)"),
                       Column("agents", "Agents")]
        if withShrinkage { columns.append(Column("scheduled_agents", "Scheduled")) }
        columns += [Column("service_level", "SL"), Column("asa_seconds", "ASA (s)"), Column("occupancy", "Occ"),
                    Column("p_abandon", "Abandon")]
        if withBacklog { columns.append(Column("backlog_end", "Backlog")) }
        columns += [Column("binding", "Binding"), Column("method", "Method")]
        var rows: [[Cell]] = []
        for r in plan.rows {
            var cells: [Cell] = [.text(r.intervalStart), .text(r.channel), .number(r.volume, decimals: 0),
                                 .number(r.aht, decimals: 0), .number(r.load, decimals: 2), .integer(r.agents)]
            if withShrinkage { cells.append(.integer(r.scheduledAgents ?? r.agents)) }
            cells += [r.serviceLevel.map { .share($0, decimals: 1) } ?? .missing,
                      r.asa.map { .number($0, decimals: 1) } ?? .missing,
                      r.occupancy.map { .share($0, decimals: 1) } ?? .missing,
                      r.pAbandon.map { .share($0, decimals: 2) } ?? .missing]
            if withBacklog { cells.append(r.backlog.map { .number($0, decimals: 0) } ?? .missing) }
            cells += [r.binding.map { .text($0.rawValue) } ?? .missing, .text(r.method)]
            rows.append(cells)
        }
        table = DataTable(columns: columns, rows: rows)
    }

    private func totalsTable() -> DataTable {
        var t = DataTable(columns: [Column("channel", "Channel"), Column("contacts", "Contacts"),
                                    Column("workload_hours", "Workload (h)"), Column("agent_hours", "Agent-hours"),
                                    Column("scheduled_hours", "Scheduled hours"), Column("cost", "Cost"),
                                    Column("service_level", "SL"), Column("asa_seconds", "ASA (s)")])
        for (channel, totals) in plan.channelTotals { t.rows.append(PlanReport.cells(channel, totals)) }
        t.rows.append(PlanReport.cells("total", plan.totals))
        return t
    }

    static func cells(_ name: String, _ t: PlanTotals) -> [Cell] {
        [.text(name), .number(t.contacts, decimals: 0), .number(t.workloadHours, decimals: 1), .number(t.agentHours, decimals: 1),
         .number(t.scheduledHours, decimals: 1), t.cost.map { .number($0, decimals: 2) } ?? .missing,
         t.serviceLevel.map { .share($0, decimals: 1) } ?? .missing, t.asa.map { .number($0, decimals: 1) } ?? .missing]
    }

    /// The table, the totals and the approximation notes, for a terminal.
    public func text() -> String {
        var out = table.text() + "\n" + totalsTable().text()
        for note in plan.approximations { out += "note: " + note + "\n" }
        return out
    }

    /// The table, the totals and the approximation notes, in Markdown.
    public func markdown() -> String {
        var out = "## Staffing by interval\n\n" + table.markdown() + "\n## Totals\n\n" + totalsTable().markdown()
        if !plan.approximations.isEmpty { out += "\n" + plan.approximations.map { "- " + $0 + "\n" }.joined() }
        if !plan.warnings.isEmpty { out += "\n" + plan.warnings.map { "- warning: " + $0 + "\n" }.joined() }
        return out
    }

    /// `{"interval_minutes", "intervals": [...], "totals": {"channels": {...}, "all": {...}},
    /// "approximations": [...], "warnings": [...]}`.
    public func json() -> JSONValue {
        func totals(_ t: PlanTotals) -> JSONValue {
            .object([("contacts", .number(t.contacts)), ("agent_hours", .number(t.agentHours)),
                     ("scheduled_hours", .number(t.scheduledHours)), ("cost", t.cost.map { .number($0) } ?? .null),
                     ("workload_hours", .number(t.workloadHours)),
                     ("service_level", t.serviceLevel.map { .number($0) } ?? .null),
                     ("asa_seconds", t.asa.map { .number($0) } ?? .null)])
        }
        return .object([
            ("interval_minutes", .number(plan.interval / 60)),
            ("intervals", table.json()),
            ("totals", .object([
                ("channels", .object(plan.channelTotals.map { ($0.channel, totals($0.totals)) })),
                ("all", totals(plan.totals)),
            ])),
            ("approximations", .array(plan.approximations.map { .string($0) })),
            ("warnings", .array(plan.warnings.map { .string($0) })),
        ])
    }
}
