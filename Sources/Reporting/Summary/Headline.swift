import ContactCenter

/// The three to five plain sentences at the top of an executive summary, generated from the
/// results with their 95% intervals:
///
/// 1. where the staff budget goes against where the customers are (the channel whose share of
///    agent-hours most exceeds its share of contacts);
/// 2. per scenario, the channels whose service level changes most, among the significant
///    changes only (or a plain "no significant change");
/// 3. where each channel stands against its target: channels that fall below it, channels that
///    lost staff but stay above it, channels still below it (or around it, when the interval
///    straddles the target);
/// 4. total abandoned contacts over the horizon, and 5. staff cost, each as a change, "does not
///    change significantly" when the interval of the difference includes zero, or "does not
///    change" when the runs are the same in every replication (see ``ChangeVerdict``); a cost
///    change with an unchanged headcount is explained by the teams' hours or rates
///    (see ``CostExplanation``).
///
/// Without scenarios, sentences 2-5 describe the base: targets met and missed, abandonment and cost.
///
/// A model with a `journeys:` or `economics:` section is led by sentences about customers and
/// money, and a channel staffed beyond its demand is stated as a fact (see `Headline+Customers.swift`).
public struct Headline: Sendable {
    public var sentences: [String]

    /// The sentences for `s`, by the rules above.
    public init(_ s: ExecutiveSummary) {
        var out: [String] = []
        if s.hasCustomers {
            // Customers and money first (see Headline+Customers.swift).
            if s.scenarios.isEmpty {
                if let customers = Headline.customers(s) { out.append(customers) }
            }
            for scenario in s.scenarios {
                if let change = Headline.customerChange(scenario, base: s.base, currency: s.currency) { out.append(change) }
            }
        }
        if let gap = Headline.budgetGap(s.base) { out.append(gap) }
        if s.hasCustomers, let fact = Headline.staffedBeyondDemand(s.base) { out.append(fact) }
        if s.scenarios.isEmpty {
            out.append(Headline.standings(s.base.channels, previous: nil))
            let horizon = SummaryFormat.horizon(s.base)
            if let abandoned = s.base.total(.abandoned), let offered = s.base.total(.offered), offered.mean > 0 {
                out.append("\(SummaryFormat.count(abandoned)) contacts abandon over \(horizon), "
                           + "\(SummaryFormat.share(abandoned.mean / offered.mean, decimals: 1)) of those offered.")
            }
            if let cost = s.base.total(.cost), let handled = s.base.total(.handled), handled.mean > 0 {
                out.append("Staff cost is \(SummaryFormat.money(cost.mean, s.currency)) over \(horizon), "
                           + "\(SummaryFormat.money(cost.mean / handled.mean, s.currency)) per handled contact.")
            }
        }
        // Each scenario's sentences open with its service-level sentence, which names it ("Moving 3 agents
        // ..." or "In “Email +65%”, ..."): a "“Email +65%”: " before it said the name twice in a row.
        for scenario in s.scenarios {
            out.append(Headline.serviceLevelChange(scenario, base: s.base))
            out.append(Headline.standings(scenario.run.channels, previous: s.base.channels))
            out.append(Headline.abandonment(scenario, base: s.base))
            out.append(Headline.cost(scenario, base: s.base, currency: s.currency))
        }
        sentences = out.filter { !$0.isEmpty }
    }

    static func capitalized(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }

    /// "Today phone has 80% of the agent-hours for 22% of the contacts."
    static func budgetGap(_ run: ExecutiveSummary.Run) -> String? {
        let gaps = run.channels.compactMap { k -> (ChannelKPI, Double)? in
            guard let staff = k.staffShare, let contacts = k.contactShare?.mean else { return nil }
            return (k, staff - contacts)
        }
        guard let (k, gap) = gaps.max(by: { $0.1 < $1.1 }), gap > 0.05 else { return nil }
        return "In the base, \(k.name) has \(SummaryFormat.share(k.staffShare)) of the agent-hours "
            + "for \(SummaryFormat.share(k.contactShare?.mean)) of the contacts."
    }

    /// "Moving ... raises messaging service level from 20% (14–26%) to 99.5% (99.1–99.9%) and social from ..."
    static func serviceLevelChange(_ scenario: ExecutiveSummary.Scenario, base: ExecutiveSummary.Run) -> String {
        let changes = scenario.run.channels.compactMap { k -> (String, Estimate)? in
            guard let d = scenario.delta.channel(k.name, .serviceLevel), d.excludesZero else { return nil }
            return (k.name, d)
        }.sorted { abs($0.1.mean) > abs($1.1.mean) }
        let subject = gerund(scenario.run.title)
        guard !changes.isEmpty else {
            let identical = scenario.run.channels.allSatisfy { k in
                scenario.delta.channel(k.name, .serviceLevel).map { ChangeVerdict($0) == .noChange } ?? true
            }
            let why = identical ? "(the same in every replication)"
                                : "significantly (every 95% interval of the difference includes zero)"
            if let subject { return subject + " changes no channel's service level " + why + "." }
            return "In “\(scenario.run.title)”, no channel's service level changes " + why + "."
        }
        let parts = changes.prefix(2).enumerated().map { i, change -> String in
            let (name, d) = change
            let from = base.channels.first { $0.name == name }?.serviceLevel
            let to = scenario.run.channels.first { $0.name == name }?.serviceLevel
            let range = SummaryFormat.shareChange(from: from, to: to)
            if subject != nil { return (i == 0 ? "\(name) service level " : "\(name) ") + range }
            return (i == 0 ? "\(name) service level \(d.mean > 0 ? "rises" : "falls") " : "\(name) \(d.mean > 0 ? "rises" : "falls") ") + range
        }
        if let subject {
            // One verb for both parts when they move the same way; otherwise a verb each.
            let up = changes.prefix(2).map { $0.1.mean > 0 }
            if Set(up).count == 1 {
                return subject + " " + (up[0] ? "raises " : "lowers ") + parts.joined(separator: " and ") + "."
            }
            return subject + " " + zip(parts, up).map { ($1 ? "raises " : "lowers ") + $0 }.joined(separator: " and ") + "."
        }
        return "In “\(scenario.run.title)”, " + parts.joined(separator: " and ") + "."
    }

    /// "Moving 20 phone agents to messaging" for a title starting with a known imperative verb; nil otherwise.
    /// A known verb after "and" is turned too: "Realign staff and unify history" is "Realigning staff
    /// and unifying history", not "Realigning staff and unify history".
    static func gerund(_ title: String) -> String? {
        let verbs = ["Move": "Moving", "Add": "Adding", "Shift": "Shifting", "Cross-train": "Cross-training",
                     "Realign": "Realigning", "Remove": "Removing", "Cut": "Cutting", "Raise": "Raising",
                     "Increase": "Increasing", "Reduce": "Reducing", "Hire": "Hiring", "Set": "Setting",
                     "Unify": "Unifying", "Offer": "Offering", "Answer": "Answering", "Train": "Training"]
        guard let space = title.firstIndex(of: " "), let verb = verbs[String(title[..<space])] else { return nil }
        var words = (verb + title[space...]).split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for i in words.indices.dropFirst() where words[i - 1] == "and" {
            if let ing = verbs[Headline.capitalized(words[i])], words[i] == Headline.lowercasedFirst(words[i]) {
                words[i] = Headline.lowercasedFirst(ing)
            }
        }
        return words.joined(separator: " ")
    }

    static func lowercasedFirst(_ s: String) -> String { s.prefix(1).lowercased() + s.dropFirst() }

    /// "Phone stays above its 80% target (100%); still below target: email 10% (6–14%, target 90%)."
    static func standings(_ channels: [ChannelKPI], previous: [ChannelKPI]?) -> String {
        var clauses: [String] = []
        var below: [String] = []
        var belowTargets: Set<String> = []
        var around: [String] = []
        var above: [String] = []
        for k in channels {
            let before = previous?.first { $0.name == k.name }
            let targetText = Describe.percent(k.target.fraction)
            switch k.standing {
            case .below:
                if let before, before.standing == .above {
                    clauses.append("\(k.name) falls below its \(targetText) target (\(SummaryFormat.share(k.serviceLevel)))")
                } else {
                    below.append("\(k.name) (\(SummaryFormat.shareAndRange(k.serviceLevel)))")
                    belowTargets.insert(targetText)
                }
            case .around:
                around.append("\(k.name) (\(SummaryFormat.shareAndRange(k.serviceLevel)), target \(targetText))")
            case .above:
                if let before, k.staffHours < before.staffHours * 0.99 {
                    let fewer = SummaryFormat.share(1 - k.staffHours / before.staffHours)
                    clauses.append("\(k.name) stays above its \(targetText) target (\(SummaryFormat.share(k.serviceLevel))) "
                                   + "with \(fewer) fewer agent-hours")
                } else {
                    above.append(k.name)
                }
            case .unknown:
                break
            }
        }
        if previous == nil && !above.isEmpty {
            clauses.append(list(above) + (above.count == 1 ? " meets its target" : " meet their targets"))
        }
        if !below.isEmpty {
            let one = below.count == 1
            let target = belowTargets.count == 1 ? belowTargets.first! + " " : ""
            let verb = previous == nil ? (one ? "misses its \(target)target" : "miss their \(target)targets")
                                       : (one ? "remains below its \(target)target" : "remain below their \(target)targets")
            clauses.append(list(below) + " " + verb)
        }
        if !around.isEmpty {
            clauses.append(list(around) + (around.count == 1 ? " is" : " are") + " too close to call against target")
        }
        if clauses.isEmpty { return previous == nil ? "" : "Every channel meets its service-level target." }
        return capitalized(clauses.joined(separator: "; ")) + "."
    }

    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    /// "Abandoned contacts fall by 10,182 over the 5 days (9,225–11,139)."
    static func abandonment(_ scenario: ExecutiveSummary.Scenario, base: ExecutiveSummary.Run) -> String {
        let horizon = SummaryFormat.horizon(base)
        guard let d = scenario.delta.total(.abandoned), d.mean.isFinite else { return "" }
        switch ChangeVerdict(d) {
        case .noChange:
            return "Abandoned contacts over \(horizon) do not change."
        case .notSignificant:
            return "Abandoned contacts over \(horizon) do not change significantly (\(SummaryFormat.signedCount(d)))."
        case .significant, .noInterval:
            let half = d.ci95 ?? 0
            let magnitude = abs(d.mean)
            return "Abandoned contacts \(d.mean < 0 ? "fall" : "rise") by \(SummaryFormat.count(magnitude)) over \(horizon)"
                + (half > 0 ? " (\(SummaryFormat.count(max(0, magnitude - half)))–\(SummaryFormat.count(magnitude + half)))" : "") + "."
        }
    }

    /// "Staff cost rises by 6,338 EUR (+3.7%) with the same 100 agents, because the digital team is
    /// on duty 14 h a day against the phone team's 12 h."
    static func cost(_ scenario: ExecutiveSummary.Scenario, base: ExecutiveSummary.Run, currency: String?) -> String {
        guard let d = scenario.delta.total(.cost), d.mean.isFinite else { return "" }
        switch ChangeVerdict(d) {
        case .noChange:
            return "Staff cost is unchanged."
        case .notSignificant:
            return "Staff cost does not change significantly (\(SummaryFormat.signedMoney(d.mean, currency)))."
        case .significant, .noInterval:
            let amount = SummaryFormat.signedMoney(abs(d.mean), currency)
            var text = "Staff cost \(d.mean > 0 ? "rises" : "falls") by \(amount.hasPrefix("+") ? String(amount.dropFirst()) : amount)"
            if let b = base.total(.cost)?.mean, b > 0 { text += " (\(SummaryFormat.percentOf(d.mean, b)))" }
            if let why = CostExplanation(base: base.model, scenario: scenario.run.model).clause(costRises: d.mean > 0, currency: currency) {
                text += " " + why
            }
            return text + "."
        }
    }
}
