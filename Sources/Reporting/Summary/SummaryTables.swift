import ContactCenter

/// The tables of the executive summary as `DataTable`s, shared by the text, Markdown and HTML
/// renderings: the KPIs of every channel in every run side by side, and per scenario the
/// changes with their 95% intervals (or "no significant change").
public struct SummaryTables: Sendable {
    public let summary: ExecutiveSummary

    /// The tables of `summary`.
    public init(_ summary: ExecutiveSummary) { self.summary = summary }

    /// `Base`, `Scenario` (one scenario) or `Scenario 1`, `Scenario 2`, ...
    public var runLabels: [String] {
        ["Base"] + summary.scenarios.indices.map { summary.scenarios.count == 1 ? "Scenario" : "Scenario \($0 + 1)" }
    }

    /// One row per channel and run: contacts, staff, service level, wait, abandonment, backlog, cost per contact.
    public func kpiTable() -> DataTable {
        var t = DataTable(columns: [
            Column("channel", "Channel"), Column("target", "Target"), Column("run", "Run"),
            Column("contacts", "Contacts (share)"), Column("staff", "Agent-hours (share)"),
            Column("service_level", "Service level (95% CI)"), Column("asa", "Avg wait"),
            Column("abandoned", "Abandoned (rate)"), Column("backlog", "Backlog at end"),
            Column("cost_per_contact", "Staff cost per handled contact"),
        ], keyColumns: 3)
        for name in summary.channelNames {
            var first = true   // the channel's first row names it (a scenario's own channel has no base row)
            var shownTarget: String?
            for (r, run) in summary.runs.enumerated() {
                guard let k = summary.kpi(run, name) else { continue }
                defer { first = false }
                // A scenario that changes the target shows its own on its row.
                let target = SummaryFormat.target(k.target)
                let showsTarget = target != shownTarget
                shownTarget = target
                t.rows.append([
                    .text(first ? name : ""), .text(showsTarget ? target : ""), .text(runLabels[r]),
                    .text("\(SummaryFormat.count(k.offered?.mean)) (\(SummaryFormat.share(k.contactShare?.mean)))"),
                    .text("\(SummaryFormat.count(k.staffHours)) h (\(SummaryFormat.share(k.staffShare)))"),
                    .text(SummaryFormat.share(k.serviceLevel)),
                    .text(SummaryFormat.duration(k.asa?.mean)),
                    .text("\(SummaryFormat.count(k.abandoned?.mean)) (\(SummaryFormat.share(k.abandonRate?.mean, decimals: 1)))"),
                    .text(SummaryFormat.count(k.backlogEnd?.mean)),
                    .text(SummaryFormat.money(k.costPerHandled, summary.currency)),
                ])
            }
        }
        return t
    }

    /// Totals per run: contacts, handled, abandoned, agent-hours, staff cost.
    public func totalsTable() -> DataTable {
        var t = DataTable(columns: [Column("run", "Run"), Column("offered", "Contacts"), Column("handled", "Handled"),
                                    Column("abandoned", "Abandoned"), Column("agent_hours", "Agent-hours"),
                                    Column("cost", "Staff cost"), Column("cost_per_contact", "Staff cost per handled contact")])
        for (r, run) in summary.runs.enumerated() {
            let cost = run.total(.cost), handled = run.total(.handled)
            let perContact: Double? = (handled?.mean ?? 0) > 0 ? cost.map { $0.mean / handled!.mean } : nil
            t.rows.append([.text(runLabels[r]), .text(SummaryFormat.count(run.total(.offered))),
                           .text(SummaryFormat.count(handled)), .text(SummaryFormat.count(run.total(.abandoned))),
                           .text(SummaryFormat.count(run.total(.agentHours)?.mean)),
                           .text(SummaryFormat.money(cost?.mean, summary.currency)),
                           .text(SummaryFormat.money(perContact, summary.currency))])
        }
        return t
    }

    /// Scenario - base for each channel, with the paired 95% interval ("no change" when both runs
    /// are the same in every replication, "not significant: ..." when the interval includes zero).
    public func changesTable(_ scenario: ExecutiveSummary.Scenario) -> DataTable {
        var t = DataTable(columns: [Column("channel", "Channel"), Column("service_level", "Service level"),
                                    Column("asa", "Avg wait"), Column("abandoned", "Abandoned contacts"),
                                    Column("backlog", "Backlog at end")])
        func cell(_ d: Estimate?, _ render: (Estimate) -> String) -> Cell {
            guard let d, d.mean.isFinite else { return .text(SummaryFormat.notAvailable) }
            return .text(Self.verdictText(d, render))
        }
        for name in summary.channelNames {
            let m = { (measure: ChannelMeasure) in scenario.delta.channel(name, measure) }
            t.rows.append([.text(name), cell(m(.serviceLevel), SummaryFormat.points),
                           cell(m(.asaSeconds), SummaryFormat.signedDuration),
                           cell(m(.abandoned), SummaryFormat.signedCount), cell(m(.backlogEnd), SummaryFormat.signedCount)])
        }
        t.rows.append([.text("all channels"), .text(""), .text(""),
                       cell(scenario.delta.total(.abandoned), SummaryFormat.signedCount), .text("")])
        return t
    }

    /// Service level per measured day of a horizon with named days (2 to 14 of them; nil otherwise): one row per day and run, one column per
    /// channel, `72% (68–76%) below` where the day's mean misses the channel's target; `closed` marks
    /// closed days.
    public func daysTable() -> DataTable? {
        let days = summary.base.summary.days
        guard summary.base.model.calendar.hasWeekdays, days.count >= 2, days.count <= 14 else { return nil }
        let keys = summary.scenarios.isEmpty ? [Column("day", "Day")] : [Column("day", "Day"), Column("run", "Run")]
        var t = DataTable(columns: keys + summary.channelNames.map { Column($0, $0) }, keyColumns: keys.count)
        // A scenario whose horizon starts on another day has other dates under the same day number.
        let sameDays = summary.runs.map { $0.model.calendar.startsLike(summary.base.model.calendar) }
        for day in days {
            let d = day.day
            for (r, run) in summary.runs.enumerated() where sameDays[r] {
                let below = run.summary.day(d)?.channelsBelowTarget(run.model) ?? []
                var row: [Cell] = [.text(r == 0 ? day.label + (day.closed ? " (closed)" : "") : "")]
                if !summary.scenarios.isEmpty { row.append(.text(runLabels[r])) }
                row += summary.channelNames.map { name in
                    .text(SummaryFormat.share(run.summary.day(d, channel: name, .serviceLevel)) + (below.contains(name) ? " below" : ""))
                }
                t.rows.append(row)
            }
        }
        return t
    }

    /// A difference in words by ``ChangeVerdict``: `no change`, `not significant: +1.2 (-0.3 to +2.7)`, or the difference.
    static func verdictText(_ d: Estimate, _ render: (Estimate) -> String) -> String {
        switch ChangeVerdict(d) {
        case .noChange: return ChangeVerdict.noChangeText
        case .notSignificant: return "not significant: " + render(d)
        case .significant, .noInterval: return render(d)
        }
    }

    /// Staff cost change of a scenario with its interval, e.g. `+6,338 EUR (+6,284 to +6,392)`.
    public func costChange(_ scenario: ExecutiveSummary.Scenario) -> String {
        guard let d = scenario.delta.total(.cost), d.mean.isFinite else { return SummaryFormat.notAvailable }
        return Self.verdictText(d) { SummaryFormat.signedMoney($0, summary.currency) }
    }
}
