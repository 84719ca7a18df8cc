import ContactCenter

/// The result of `ccsim run`: every measure of every channel and group with its 95%
/// confidence interval, as a planner's table, JSON (the scripting contract), CSV or Markdown.
public struct RunReport {
    public let loaded: LoadedModel
    public let summary: SimulationSummary
    public let seed: UInt64

    /// The channel measures shown in the planner's table.
    static let channelColumns: [ChannelMeasure] = [.offered, .serviceLevel, .asaSeconds, .abandonRate, .backlogEnd]
    static let groupColumns: [GroupMeasure] = [.agentHours, .occupancy, .cost, .shareOfStaff]

    /// The report of `loaded` simulated with `seed` (summarised in `summary`).
    public init(loaded: LoadedModel, summary: SimulationSummary, seed: UInt64) {
        self.loaded = loaded
        self.summary = summary
        self.seed = seed
    }

    /// One row per channel: its target and the main measures with their 95% half-widths.
    public func channelTable() -> DataTable {
        var t = DataTable(columns: [Column("channel", "Channel"), Column("target", "Target")]
                          + Self.channelColumns.map { Column($0.rawValue, $0.title) })
        for (c, entry) in summary.channels.enumerated() {
            let target = loaded.model.channels[c].serviceLevel
            t.rows.append([.text(entry.name), .text(Describe.serviceLevel(target))]
                          + Self.channelColumns.map { .text(MeasureFormat.estimate(entry[$0], $0, currency: currency)) })
        }
        return t
    }

    /// One row per agent group: agent-hours, occupancy, cost and share of staff with their 95% half-widths.
    public func groupTable() -> DataTable {
        var t = DataTable(columns: [Column("group", "Group")] + Self.groupColumns.map { Column($0.rawValue, $0.title) })
        for entry in summary.groups {
            t.rows.append([.text(entry.name)] + Self.groupColumns.map {
                .text(MeasureFormat.estimate(entry[$0], $0, currency: currency))
            })
        }
        return t
    }

    /// The journey measures of the customers line, and the economics ones after them.
    static let journeyLine: [JourneyMeasure] = [.started, .resolvedShare, .lost, .contactsPerResolved, .multichannelShare,
                                                .timeToResolutionSeconds]
    static let economicsLine: [EconomicsMeasure] = [.customersAtRiskPerWeek, .revenueAtRiskPerWeek, .totalCost, .costPerResolvedJourney]
    static let customerColumns: [JourneyChannelMeasure] = [.firstContacts, .firstContactResolution, .repeatContacts, .unresolvedShare]
    static let moneyColumns: [EconomicsChannelMeasure] = [.usageShare, .budgetShare, .costPerContact]

    /// With journeys or economics: one row per channel, its customers' first contacts, first-contact
    /// resolution, repeat contacts and unresolved answers, then its share of usage and of the budget
    /// and its cost per contact (nil without either section).
    public func customerTable() -> DataTable? {
        let journeys = !summary.journeyChannels.isEmpty, money = !summary.economicsChannels.isEmpty
        guard journeys || money else { return nil }
        let first = journeys ? Self.customerColumns : [], second = money ? Self.moneyColumns : []
        var t = DataTable(columns: [Column("channel", "Channel")] + first.map { Column($0.rawValue, $0.title) }
                          + second.map { Column($0.rawValue, $0.title) })
        for (c, entry) in summary.channels.enumerated() {
            let j = journeys ? summary.journeyChannels[c] : nil, e = money ? summary.economicsChannels[c] : nil
            t.rows.append([.text(entry.name)]
                          + first.map { m in .text(MeasureFormat.estimate(j?[m], m, currency: currency)) }
                          + second.map { m in .text(MeasureFormat.estimate(e?[m], m, currency: currency)) })
        }
        return t
    }

    /// "Journeys started 52,248 ± 310 · Resolved share ... · Cost per resolved journey 9.62 EUR ± 0.05" (nil without either section).
    var customerLine: String? {
        let parts = Self.journeyLine.compactMap { m in summary.journey(m).map { m.title + " " + MeasureFormat.estimate($0, m, currency: currency) } }
            + Self.economicsLine.compactMap { m in summary.economics(m).map { m.title + " " + MeasureFormat.estimate($0, m, currency: currency) } }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// The model's currency (`currency:` in the model file), written after every cost.
    public var currency: String? { loaded.currency }

    /// The title line and the changes, wrapped to the terminal width.
    var header: String {
        var lines = [TextLayout.paragraph("\(loaded.title) — \(NumberText.counted(summary.replications, "replication")), seed \(seed), "
                                         + "values ± 95% CI")]
        lines += loaded.changes.map { TextLayout.paragraph($0, first: "  change: ") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The planner's tables for a terminal, at most `TextLayout.width` columns wide.
    public func text() -> String {
        var out = header + "\n" + channelTable().text() + "\n" + groupTable().text() + "\n"
        out += TextLayout.paragraph(totalsLine, first: "Totals: ") + "\n"
        if let customers = customerTable() { out += "\n" + customers.text() }
        if let line = customerLine { out += "\n" + TextLayout.paragraph(line, first: "Customers: ") + "\n" }
        return out
    }

    /// `Offered 29,570 ± 3,983 · Handled ... · Cost 97,864 ± 167`: the totals line of text and Markdown.
    var totalsLine: String {
        ([.offered, .handled, .abandoned, .cost] as [TotalMeasure]).map {
            $0.title + " " + MeasureFormat.estimate(summary.total($0), $0, currency: currency)
        }.joined(separator: " · ")
    }

    /// The title, changes, both tables and the totals (and customers) lines in GitHub-flavoured Markdown.
    public func markdown() -> String {
        var out = "# \(loaded.title)\n\n\(NumberText.counted(summary.replications, "replication")), seed \(seed); values are means ± 95% confidence half-widths.\n\n"
        if !loaded.changes.isEmpty { out += loaded.changes.map { "- " + $0 + "\n" }.joined() + "\n" }
        out += "## Channels\n\n" + channelTable().markdown() + "\n## Agent groups\n\n" + groupTable().markdown()
        out += "\n**Totals:** " + totalsLine + "\n"
        if let customers = customerTable() { out += "\n## Customers and money\n\n" + customers.markdown() }
        if let line = customerLine { out += "\n**Customers:** " + line + "\n" }
        return out
    }

    /// `scope,name,measure,mean,ci95,unit`: one row per measure, tidy for pandas or R (`unit`:
    /// `share`, `seconds`, `count`, `hours`, `number`, or the currency for money); the days last, scope `day:N`.
    public func csv() -> String {
        var t = DataTable(columns: [Column("scope", "Scope"), Column("name", "Name"), Column("measure", "Measure"),
                                    Column("mean", "Mean"), Column("ci95", "CI95"), Column("unit", "Unit")])
        func add<M: Measure>(_ scope: String, _ name: String, _ measures: [(measure: M, estimate: Estimate?)]) {
            for m in measures {
                t.rows.append([.text(scope), .text(name), .text(m.measure.rawValue),
                               m.estimate.map { .number($0.mean, decimals: 6) } ?? .missing,
                               m.estimate?.ci95.map { .number($0, decimals: 6) } ?? .missing,
                               .text(MeasureFormat.unit(m.measure, currency: currency))])
            }
        }
        for e in summary.channels { add("channel", e.name, e.measures) }
        for e in summary.groups { add("group", e.name, e.measures) }
        add("totals", "all", summary.totals)
        if !summary.journeys.isEmpty { add("journeys", "all", summary.journeys) }
        for e in summary.journeyChannels { add("journeys", e.name, e.measures) }
        if !summary.economics.isEmpty { add("economics", "all", summary.economics) }
        for e in summary.economicsChannels { add("economics", e.name, e.measures) }
        for (scope, _, e) in Self.dayScopes(summary.days) { add(scope, e.name, e.measures) }
        return t.csv()
    }

    /// `channels.<name>.<measure>`, `groups.<name>.<measure>`, `totals.<measure>`, each `{"mean","ci95"}`.
    public static func measuresJSON(_ s: SimulationSummary) -> [(String, JSONValue)] {
        func block<M: Measure>(_ measures: [(measure: M, estimate: Estimate?)]) -> [(String, JSONValue)] {
            measures.map { ($0.measure.rawValue, MeasureFormat.json($0.estimate)) }
        }
        let channelNames = s.channels.map(\.name)
        var journeys: [(String, JSONValue)] = []
        if !s.journeys.isEmpty {
            journeys = [("journeys", .object(block(s.journeys)
                + [("channels", .object(s.journeyChannels.map { ($0.name, .object(block($0.measures))) }))]))]
        }
        if !s.economics.isEmpty {
            journeys.append(("economics", .object(block(s.economics)
                + [("channels", .object(s.economicsChannels.map { ($0.name, .object(block($0.measures))) }))])))
        }
        return [("channels", .object(s.channels.map { ($0.name, .object(block($0.measures))) })),
                ("groups", .object(s.groups.enumerated().map { g, entry in
                    let busy: [(String, JSONValue)] = g < s.busyHours.count
                        ? zip(channelNames, s.busyHours[g]).map { ($0, MeasureFormat.json($1)) } : []
                    return (entry.name, .object(block(entry.measures) + [("busy_hours_by_channel", .object(busy))]))
                })),
                ("totals", .object(block(s.totals)))] + journeys
    }

    /// The scripting contract: model, path, seed, currency, replications, changes, every measure, targets,
    /// interval series and days.
    public func json() -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("model", .string(loaded.title)), ("path", .string(loaded.path)), ("seed", .int(Int(seed))),
            ("currency", currency.map { .string($0) } ?? .null),
            ("replications", .int(summary.replications)), ("changes", .array(loaded.changes.map { .string($0) })),
        ]
        fields += Self.measuresJSON(summary)
        fields.append(("targets", .object(loaded.model.channels.map {
            ($0.name, .object([("share", .number($0.serviceLevel.fraction)), ("within_seconds", .number($0.serviceLevel.threshold))]))
        })))
        fields.append(("intervals", Self.intervalsJSON(summary, model: loaded.model)))
        fields.append(("agents_on_duty", Self.agentsOnDutyJSON(summary, model: loaded.model)))
        fields.append(("days", Self.daysJSON(summary.days, model: loaded.model)))
        return .object(fields)
    }

    /// Per channel, every interval's start, offered contacts, service level, mean queue and backlog.
    static func intervalsJSON(_ s: SimulationSummary, model: ContactCenterModel) -> JSONValue {
        let fields: [(String, JSONValue)] = zip(model.channels, s.intervals).map { channel, series in
            (channel.name, .array(series.map { p in
                .object([("start", .string(IntervalSummary.label(p.start))), ("start_seconds", .number(p.start)),
                         ("offered", .number(p.offered)), ("service_level", p.serviceLevel.map { .number($0) } ?? .null),
                         ("mean_queue_length", .number(p.meanQueueLength)), ("backlog_end", .number(p.backlogAtEnd))])
            }))
        }
        return .object(fields)
    }

    /// Per group, the mean agents on duty in each interval of the horizon (the interval series' companion).
    static func agentsOnDutyJSON(_ s: SimulationSummary, model: ContactCenterModel) -> JSONValue {
        .object(zip(model.groups, s.agentsOnDuty).map { group, series in (group.name, .array(series.map { .number($0) })) })
    }
}
