import ContactCenter

/// The result of `ccsim compare`: the base and each scenario, run with common random numbers,
/// and for every measure the difference scenario - base with its paired 95% interval.
/// A `*` marks differences whose interval excludes zero.
public struct CompareReport {
    /// One scenario: its file, its results and its differences from the base, paired by replication.
    public struct Scenario {
        public var loaded: LoadedModel
        public var summary: SimulationSummary
        public var delta: SimulationSummary
        /// A scenario from its loaded file, its summary and the paired differences `delta` (scenario - base).
        public init(loaded: LoadedModel, summary: SimulationSummary, delta: SimulationSummary) {
            self.loaded = loaded
            self.summary = summary
            self.delta = delta
        }
    }

    public let base: RunReport
    public let scenarios: [Scenario]

    static let channelMeasures: [ChannelMeasure] = [.offered, .serviceLevel, .asaSeconds, .abandonRate, .abandoned, .backlogEnd]
    static let groupMeasures: [GroupMeasure] = [.occupancy, .agentHours, .cost]

    /// The comparison of `scenarios` with `base` (all run with the same seed and replications).
    public init(base: RunReport, scenarios: [Scenario]) {
        self.base = base
        self.scenarios = scenarios
    }

    /// The model's currency, written after every cost.
    public var currency: String? { base.currency }

    /// The changes `s` makes on top of the base: its changes less those the base already has
    /// (a scenario built on another scenario repeats that one's changes; the base's are listed once, in the header).
    public func ownChanges(_ s: Scenario) -> [String] { Self.changes(of: s.loaded, beyond: base.loaded) }

    /// The changes the text and Markdown list under a scenario's title: its own, less one that only
    /// restates the title ("Scenario: Move 3 agents ..." then "change: Move 3 agents ..."); JSON keeps them all.
    func listedChanges(_ s: Scenario) -> [String] {
        ownChanges(s).filter { ExecutiveSummary.Run.plain($0) != ExecutiveSummary.Run.plain(s.loaded.title) }
    }

    /// `scenario.changes` without one occurrence of each of `base.changes`, in order.
    public static func changes(of scenario: LoadedModel, beyond base: LoadedModel) -> [String] {
        var remaining = base.changes
        return scenario.changes.filter { change in
            guard let k = remaining.firstIndex(of: change) else { return true }
            remaining.remove(at: k)
            return false
        }
    }

    /// Base, scenario and difference for the main measures of every channel and group; a
    /// difference that is zero in every replication reads "no change".
    public func table(_ s: Scenario) -> DataTable {
        var t = DataTable(columns: [Column("scope", "Channel/group"), Column("measure", "Measure"), Column("base", "Base"),
                                    Column("scenario", "Scenario"), Column("delta", "Change ± 95% CI"), Column("significant", "")],
                          keyColumns: 2)
        func row<M: Measure>(_ scope: String, _ measure: M, _ b: Estimate?, _ x: Estimate?, _ d: Estimate?) {
            t.rows.append([.text(scope), .text(measure.title),
                           .text(MeasureFormat.estimate(b, measure, currency: currency)),
                           .text(MeasureFormat.estimate(x, measure, currency: currency)),
                           .text(MeasureFormat.change(d, measure, currency: currency)),
                           .text(d.map { ChangeVerdict($0) == .significant } == true ? "*" : "")])
        }
        for entry in s.summary.channels {
            for m in Self.channelMeasures {
                row(entry.name, m, base.summary.channel(entry.name, m), s.summary.channel(entry.name, m), s.delta.channel(entry.name, m))
            }
        }
        for entry in s.summary.groups {
            for m in Self.groupMeasures {
                row(entry.name, m, base.summary.group(entry.name, m), s.summary.group(entry.name, m), s.delta.group(entry.name, m))
            }
        }
        for m in [TotalMeasure.abandoned, .cost] { row("total", m, base.summary.total(m), s.summary.total(m), s.delta.total(m)) }
        return t
    }

    /// With journeys or economics: base, scenario and difference for customers and money (nil without).
    public func customerTable(_ s: Scenario) -> DataTable? {
        guard !s.delta.journeys.isEmpty || !s.delta.economics.isEmpty else { return nil }
        var t = DataTable(columns: [Column("measure", "Customers and money"), Column("base", "Base"), Column("scenario", "Scenario"),
                                    Column("delta", "Change ± 95% CI"), Column("significant", "")], keyColumns: 1)
        func row<M: Measure>(_ measure: M, _ b: Estimate?, _ x: Estimate?, _ d: Estimate?) {
            t.rows.append([.text(measure.title), .text(MeasureFormat.estimate(b, measure, currency: currency)),
                           .text(MeasureFormat.estimate(x, measure, currency: currency)),
                           .text(MeasureFormat.change(d, measure, currency: currency)),
                           .text(d.map { ChangeVerdict($0) == .significant } == true ? "*" : "")])
        }
        if !s.delta.journeys.isEmpty {
            for m in RunReport.journeyLine { row(m, base.summary.journey(m), s.summary.journey(m), s.delta.journey(m)) }
        }
        if !s.delta.economics.isEmpty {
            for m in RunReport.economicsLine { row(m, base.summary.economics(m), s.summary.economics(m), s.delta.economics(m)) }
        }
        return t
    }

    /// One line per channel whose service-level target the scenario changes: its service level is
    /// then measured against another target, and the change includes the change of definition.
    public func targetNotes(_ s: Scenario) -> [String] {
        s.loaded.model.channels.compactMap { channel in
            guard let before = base.loaded.model.channels.first(where: { $0.name == channel.name }),
                  before.serviceLevel != channel.serviceLevel else { return nil }
            return "\(channel.name): the scenario measures service level against \(Describe.serviceLevel(channel.serviceLevel)), "
                + "the base against \(Describe.serviceLevel(before.serviceLevel)); the change includes the change of target."
        }
    }

    var footer: String {
        "* the 95% interval of the difference excludes zero; \"no change\": the same value in every replication. "
            + "Common random numbers: replication r of every run sees the same customers."
    }

    /// The tables for a terminal, at most `TextLayout.width` columns wide.
    public func text() -> String {
        var out = base.header
        for s in scenarios {
            out += "\n" + TextLayout.paragraph(s.loaded.title, first: "Scenario: ") + "\n"
            out += listedChanges(s).map { TextLayout.paragraph($0, first: "  change: ") + "\n" }.joined()
            out += "\n" + table(s).text()
            out += targetNotes(s).map { TextLayout.paragraph($0, first: "note: ") + "\n" }.joined()
            if let customers = customerTable(s) { out += "\n" + customers.text() }
        }
        return out + "\n" + TextLayout.paragraph(footer) + "\n"
    }

    /// The base's changes, then per scenario its own changes and its table, in GitHub-flavoured Markdown.
    public func markdown() -> String {
        var out = "# \(base.loaded.title): what-if comparison\n\n\(NumberText.counted(base.summary.replications, "replication")), seed \(base.seed), common random numbers.\n"
        if !base.loaded.changes.isEmpty { out += "\n" + base.loaded.changes.map { "- " + $0 + "\n" }.joined() }
        for s in scenarios {
            let changes = listedChanges(s).map { "- " + $0 + "\n" }.joined()
            out += "\n## \(s.loaded.title)\n\n" + (changes.isEmpty ? "" : changes + "\n") + table(s).markdown()
            out += targetNotes(s).map { "\nNote: " + $0 + "\n" }.joined()
            if let customers = customerTable(s) { out += "\n" + customers.markdown() }
        }
        return out + "\n" + footer + "\n"
    }

    /// Long format: `scenario,scope,name,measure,base_mean,scenario_mean,delta_mean,delta_ci95,significant,unit`.
    public func csv() -> String {
        var t = DataTable(columns: ["scenario", "scope", "name", "measure", "base_mean", "scenario_mean", "delta_mean",
                                    "delta_ci95", "significant", "unit"].map { Column($0, $0) })
        for s in scenarios {
            func add<M: Measure>(_ scope: String, _ name: String, _ measures: [(measure: M, estimate: Estimate?)],
                                 _ baseValue: (M) -> Estimate?, _ value: (M) -> Estimate?) {
                for m in measures {
                    t.rows.append([.text(s.loaded.title), .text(scope), .text(name), .text(m.measure.rawValue),
                                   baseValue(m.measure).map { .number($0.mean, decimals: 6) } ?? .missing,
                                   value(m.measure).map { .number($0.mean, decimals: 6) } ?? .missing,
                                   m.estimate.map { .number($0.mean, decimals: 6) } ?? .missing,
                                   m.estimate?.ci95.map { .number($0, decimals: 6) } ?? .missing,
                                   .text(m.estimate?.excludesZero == true ? "yes" : "no"),
                                   .text(MeasureFormat.unit(m.measure, currency: currency))])
                }
            }
            for e in s.delta.channels {
                add("channel", e.name, e.measures, { self.base.summary.channel(e.name, $0) }, { s.summary.channel(e.name, $0) })
            }
            for e in s.delta.groups {
                add("group", e.name, e.measures, { self.base.summary.group(e.name, $0) }, { s.summary.group(e.name, $0) })
            }
            add("totals", "all", s.delta.totals, { self.base.summary.total($0) }, { s.summary.total($0) })
            add("journeys", "all", s.delta.journeys, { self.base.summary.journey($0) }, { s.summary.journey($0) })
            add("economics", "all", s.delta.economics, { self.base.summary.economics($0) }, { s.summary.economics($0) })
            for (scope, d, e) in RunReport.dayScopes(s.delta.days) {
                add(scope, e.name, e.measures, { self.base.summary.day(d, channel: e.name, $0) }, { s.summary.day(d, channel: e.name, $0) })
            }
        }
        return t.csv()
    }

    /// `{"base": {...}, "scenarios": [{"title", "path", "changes", "channels"..., "delta": {"channels", "groups", "totals"}}]}`;
    /// each delta measure is `{"mean", "ci95", "significant"}`; `delta.days` pairs the days as `days` lists them.
    public func json() -> JSONValue {
        func deltaValue(_ estimate: Estimate?) -> JSONValue {
            .object([("mean", estimate.map { .number($0.mean) } ?? .null), ("ci95", estimate?.ci95.map { .number($0) } ?? .null),
                     ("significant", .bool(estimate?.excludesZero ?? false))])
        }
        func deltaBlock<M: Measure>(_ measures: [(measure: M, estimate: Estimate?)]) -> JSONValue {
            .object(measures.map { m in (m.measure.rawValue, deltaValue(m.estimate)) })
        }
        let items: [JSONValue] = scenarios.map { s in
            var fields: [(String, JSONValue)] = [("title", .string(s.loaded.title)), ("path", .string(s.loaded.path)),
                                                 ("changes", .array(s.loaded.changes.map { .string($0) })),
                                                 ("own_changes", .array(ownChanges(s).map { .string($0) }))]
            fields += RunReport.measuresJSON(s.summary)
            fields.append(("intervals", RunReport.intervalsJSON(s.summary, model: s.loaded.model)))
            fields.append(("agents_on_duty", RunReport.agentsOnDutyJSON(s.summary, model: s.loaded.model)))
            fields.append(("days", RunReport.daysJSON(s.summary.days, model: s.loaded.model)))
            fields.append(("delta", .object([
                ("channels", .object(s.delta.channels.map { ($0.name, deltaBlock($0.measures)) })),
                ("groups", .object(s.delta.groups.map { ($0.name, deltaBlock($0.measures)) })),
                ("totals", deltaBlock(s.delta.totals)),
            ] + (s.delta.journeys.isEmpty ? [] : [("journeys", deltaBlock(s.delta.journeys))])
              + (s.delta.economics.isEmpty ? [] : [("economics", deltaBlock(s.delta.economics))])
              + (s.delta.days.isEmpty ? [] : [("days", RunReport.daysJSON(s.delta.days, model: nil, value: deltaValue))]))))
            return .object(fields)
        }
        return .object([("seed", .int(Int(base.seed))), ("replications", .int(base.summary.replications)),
                        ("currency", currency.map { .string($0) } ?? .null),
                        ("base", base.json()), ("scenarios", .array(items))])
    }
}
