import ContactCenter
import Foundation

/// The facts of an executive summary, independent of the format: for the base and every
/// scenario the channel KPIs, totals and interval series; for every scenario the paired
/// differences; the headline sentences; and what is needed to reproduce the numbers.
/// `HTMLReport`, `MarkdownSummary` and `TextSummary` only lay these out.
public struct ExecutiveSummary: Sendable {
    /// One simulated file (the base or a scenario).
    public struct Run: Sendable {
        public var title: String
        public var path: String
        /// The run's changes: for the base, all of them; for a scenario, those it makes on top of the base.
        public var changes: [String]
        public var model: ContactCenterModel
        public var summary: SimulationSummary
        public var channels: [ChannelKPI]

        /// A run of `loaded`; with `base`, its changes are those it makes on top of the base.
        public init(loaded: LoadedModel, summary: SimulationSummary, base: LoadedModel? = nil) {
            title = loaded.title
            path = loaded.path
            changes = base.map { CompareReport.changes(of: loaded, beyond: $0) } ?? loaded.changes
            model = loaded.model
            self.summary = summary
            channels = ChannelKPI.all(model: loaded.model, summary: summary)
        }

        /// The measured time, seconds: the horizon less the warm-up, or for a customer-limited run
        /// (which stops when its last customer has left) the replications' mean measured time.
        public var measuredSeconds: Double {
            let horizon = max(0, model.horizon - model.warmup)
            return model.customerLimit != nil && summary.measuredSeconds > 0 ? summary.measuredSeconds : horizon
        }

        /// A total over the center (`offered`, `abandoned`, `cost`, ...).
        public func total(_ measure: TotalMeasure) -> Estimate? { summary.total(measure) }

        /// The changes to show in brackets after the title, "" when none: a scenario named by its one
        /// change (`Move 3 agents from voice to digital`) read "Move 3 agents ... (Move 3 agents ...)".
        public var changesAfterTitle: String {
            let shown = changes.filter { Self.plain($0) != Self.plain(title) }
            return shown.isEmpty ? "" : shown.joined(separator: "; ")
        }

        /// `text` lowercased without its final full stop, so "Move 3 agents." is the title "Move 3 agents".
        static func plain(_ text: String) -> String {
            var t = text.trimmingCharacters(in: .whitespaces).lowercased()
            while t.hasSuffix(".") { t.removeLast() }
            return t
        }
    }

    /// A scenario: its run and its differences from the base (paired by replication).
    public struct Scenario: Sendable {
        public var run: Run
        public var delta: SimulationSummary
    }

    public var base: Run
    public var scenarios: [Scenario]
    public var seed: UInt64
    public var replications: Int
    /// The base model's parameters in plain words.
    public var assumptions: [String]
    /// The `ccsim` command line that reproduces this report.
    public var command: String
    /// The base model's currency (`currency:` in the model file), written after every cost; nil: plain numbers.
    public var currency: String?
    /// What each channel needs on its own against what it gets today (nil when a target cannot be met).
    public var whatItTakes: WhatItTakes?

    /// The facts of a comparison; `command` is the command line that reproduces it.
    public init(compare: CompareReport, command: String) {
        base = Run(loaded: compare.base.loaded, summary: compare.base.summary)
        scenarios = compare.scenarios.map {
            Scenario(run: Run(loaded: $0.loaded, summary: $0.summary, base: compare.base.loaded), delta: $0.delta)
        }
        currency = compare.currency
        seed = compare.base.seed
        replications = compare.base.summary.replications
        // The file's own replications and seed are replaced by the ones used (see `command`).
        assumptions = AssumptionText.lines(compare.base.loaded, runSettings: false)
        self.command = command
        whatItTakes = WhatItTakes(base, loaded: compare.base.loaded)
    }

    /// The facts of a single run (no scenarios).
    public init(run: RunReport, command: String) {
        self.init(compare: CompareReport(base: run, scenarios: []), command: command)
    }

    /// `Executive summary: <base>` or `<scenario> vs <base>`.
    public var title: String {
        scenarios.isEmpty ? base.title : scenarios.map(\.run.title).joined(separator: "; ") + " — compared with today"
    }

    /// The sentences at the top of the report (see `Headline`).
    public var headline: [String] { Headline(self).sentences }

    /// Names of the runs in table order: `Base`, then each scenario's title.
    public var runNames: [String] { ["Base"] + scenarios.map(\.run.title) }

    /// Every run, the base first.
    public var runs: [Run] { [base] + scenarios.map(\.run) }

    /// The channels shown: those of the base in model order, then those only a scenario has (a
    /// scenario that adds messaging: the report left it out of every table).
    public var channelNames: [String] {
        var names = base.model.channels.map(\.name)
        for scenario in scenarios {
            for channel in scenario.run.model.channels where !names.contains(channel.name) { names.append(channel.name) }
        }
        return names
    }

    /// The KPI of `channel` in `run` (nil when the run has no such channel).
    public func kpi(_ run: Run, _ channel: String) -> ChannelKPI? { run.channels.first { $0.name == channel } }

    /// Whether the base models customers' journeys or economics: then the report leads with
    /// customers and money (see ``Headline``, ``SummaryTables/customersTable()``); without them
    /// the report is what it always was.
    public var hasCustomers: Bool { !base.summary.journeys.isEmpty || !base.summary.economics.isEmpty }

    /// Weeks in the measured horizon (after the warm-up), to turn journey counts into weekly
    /// figures as `customers_at_risk_per_week` is; nil for a horizon of no length.
    public var measuredWeeks: Double? {
        let seconds = base.measuredSeconds
        return seconds > 0 ? seconds / (7 * 86400) : nil
    }

    /// Days from the start for a time in seconds, for chart axes.
    public var dayTicks: [(value: Double, label: String)] {
        let days = Int((base.model.horizon / 86400).rounded(.up))
        guard days >= 1, days <= 14 else { return [] }
        return (0..<days).map { (Double($0) * 86400 + 43200, "Day \($0 + 1)") }
    }
}
