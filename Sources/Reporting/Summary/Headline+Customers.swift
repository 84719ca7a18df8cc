import ContactCenter

/// The headline's sentences about customers and money, for models with a `journeys:` or
/// `economics:` section (they come first; without the sections nothing here is said):
///
/// - the base alone: "Of 21,154 customers a week who need help, 90% (89–91%) are resolved and
///   1,795 are lost for good; 301 customers (268–334) a week are at risk of leaving, worth
///   90,288; a resolved journey costs 4.13.";
/// - per scenario, from the paired differences: "Moving 3 agents ... keeps 301 customers
///   (268–334) a week, worth 90,288; a resolved journey costs 0.30 more (4.43 against 4.13)."
///   (or "loses", or "does not change significantly", by ``ChangeVerdict``);
/// - a fact about staffing: the channel with the largest share of the budget whose agents are
///   busy less than half their time is staffed beyond its demand, said with its numbers.
extension Headline {
    /// Occupancy below which the channel with the largest budget share is called staffed beyond its demand.
    static let lowOccupancy = 0.5

    /// The base's customers and money in one sentence (nil when the base has neither section).
    static func customers(_ s: ExecutiveSummary) -> String? {
        let summary = s.base.summary
        var clauses: [String] = []
        if let started = summary.journey(.started), let lost = summary.journey(.lost) {
            let (per, scale) = s.measuredWeeks.map { (" a week", 1 / $0) } ?? (" over \(SummaryFormat.horizon(s.base))", 1.0)
            clauses.append("Of \(SummaryFormat.count(started.mean * scale)) customers\(per) who need help, "
                           + "\(SummaryFormat.share(summary.journey(.resolvedShare))) are resolved and "
                           + "\(SummaryFormat.count(lost.mean * scale)) are lost for good")
        }
        if let risk = summary.economics(.customersAtRiskPerWeek) {
            let worth = summary.economics(.revenueAtRiskPerWeek).map { ", worth " + SummaryFormat.money($0.mean, s.currency) } ?? ""
            clauses.append("\(customerCount(risk)) a week are at risk of leaving\(worth)")
        }
        if let cost = summary.economics(.costPerResolvedJourney) {
            clauses.append("a resolved journey costs \(SummaryFormat.money(cost.mean, s.currency))")
        } else if clauses.isEmpty, let total = summary.economics(.totalCost) {
            clauses.append("staff and channel costs come to \(SummaryFormat.money(total.mean, s.currency)) "
                           + "over \(SummaryFormat.horizon(s.base))")
        }
        guard !clauses.isEmpty else { return nil }
        return capitalized(clauses.joined(separator: "; ")) + "."
    }

    /// What a scenario does to customers and money, from its paired differences (nil without the sections).
    static func customerChange(_ scenario: ExecutiveSummary.Scenario, base: ExecutiveSummary.Run, currency: String?) -> String? {
        let delta = scenario.delta
        let subject = gerund(scenario.run.title) ?? "“\(scenario.run.title)”"
        var clauses: [String] = []
        if let d = delta.economics(.customersAtRiskPerWeek), d.mean.isFinite {
            switch ChangeVerdict(d) {
            case .noChange:
                clauses.append(subject + " does not change the customers at risk of leaving")
            case .notSignificant:
                clauses.append(subject + " does not change significantly the customers at risk of leaving "
                               + "(\(SummaryFormat.signedCount(d)) a week)")
            case .significant, .noInterval:
                let worth = delta.economics(.revenueAtRiskPerWeek).map { ", worth " + SummaryFormat.money(abs($0.mean), currency) } ?? ""
                clauses.append(subject + (d.mean < 0 ? " keeps " : " loses ") + magnitude(d) + " a week" + worth)
            }
        } else if let d = delta.journey(.lost), d.mean.isFinite {
            let horizon = SummaryFormat.horizon(base)
            switch ChangeVerdict(d) {
            case .noChange: clauses.append(subject + " does not change the customers lost for good")
            case .notSignificant:
                clauses.append(subject + " does not change significantly the customers lost for good (\(SummaryFormat.signedCount(d)))")
            case .significant, .noInterval:
                clauses.append(subject + (d.mean < 0 ? " keeps " : " loses ") + magnitude(d) + " for good over \(horizon)")
            }
        }
        if let d = delta.economics(.costPerResolvedJourney), d.mean.isFinite {
            switch ChangeVerdict(d) {
            case .noChange: clauses.append("the cost of a resolved journey is unchanged")
            case .notSignificant: clauses.append("the cost of a resolved journey does not change significantly")
            case .significant, .noInterval:
                let before = base.summary.economics(.costPerResolvedJourney)?.mean
                let after = scenario.run.summary.economics(.costPerResolvedJourney)?.mean
                clauses.append("a resolved journey costs \(SummaryFormat.money(abs(d.mean), currency)) \(d.mean > 0 ? "more" : "less") "
                               + "(\(SummaryFormat.money(after, currency)) against \(SummaryFormat.money(before, currency)))")
            }
        }
        if clauses.isEmpty, let d = delta.economics(.totalCost), d.mean.isFinite {
            // Economics without journeys: the costs are what it knows of money.
            let horizon = SummaryFormat.horizon(base)
            switch ChangeVerdict(d) {
            case .noChange: clauses.append(subject + " does not change staff and channel costs")
            case .notSignificant:
                clauses.append(subject + " does not change staff and channel costs significantly (\(SummaryFormat.signedMoney(d, currency)))")
            case .significant, .noInterval:
                clauses.append(subject + (d.mean < 0 ? " lowers" : " raises") + " staff and channel costs by "
                               + SummaryFormat.money(abs(d.mean), currency) + " over \(horizon)")
            }
        }
        guard !clauses.isEmpty else { return nil }
        return clauses.joined(separator: "; ") + "."
    }

    /// `301 customers (268–334)`: the size of a significant change with its interval.
    static func magnitude(_ d: Estimate) -> String {
        customerCount(Estimate(mean: abs(d.mean), ci95: d.ci95, count: d.count))
    }

    /// `406 customers (394–418)`: a count of customers with its interval (clamped at zero).
    static func customerCount(_ e: Estimate) -> String {
        let half = e.ci95 ?? 0
        let range = half > 0 ? " (\(SummaryFormat.count(max(0, e.mean - half)))–\(SummaryFormat.count(e.mean + half)))" : ""
        return "\(SummaryFormat.count(e.mean)) customer\(SummaryFormat.count(e.mean) == "1" ? "" : "s")" + range
    }

    /// "Phone agents (voice) are busy 19% of their time while phone takes 45% of the budget: ..."
    /// when the channel with the largest budget share has dedicated agents busy less than half their time.
    static func staffedBeyondDemand(_ run: ExecutiveSummary.Run) -> String? {
        let shares = run.model.channels.compactMap { ch in run.summary.economicsChannel(ch.name, .budgetShare).map { (ch.name, $0.mean) } }
        guard let (channel, budget) = shares.max(by: { $0.1 < $1.1 }), let c = run.model.channelIndex(channel) else { return nil }
        // The channel's own groups: every skill on the channel or on the call-backs it carries.
        let parents = run.model.journeys?.callbackParent ?? []
        let family = Set([c] + parents.indices.filter { parents[$0] == c })
        let groups = run.model.groups.filter { g in g.skills.contains { $0.channel == c } && g.skills.allSatisfy { family.contains($0.channel) } }
        guard !groups.isEmpty else { return nil }
        let hours = groups.compactMap { run.summary.group($0.name, .agentHours)?.mean }.reduce(0, +)
        let busy = groups.compactMap { run.summary.group($0.name, .busyHours)?.mean }.reduce(0, +)
        let occupancy = groups.count == 1 ? run.summary.group(groups[0].name, .occupancy)?.mean : (hours > 0 ? busy / hours : nil)
        guard let occupancy, occupancy.isFinite, occupancy < lowOccupancy, hours > 0 else { return nil }
        return "\(capitalized(channel)) agents (\(list(groups.map(\.name)))) are busy \(SummaryFormat.share(occupancy)) of their time "
            + "while \(channel) takes \(SummaryFormat.share(budget)) of the budget: its contacts need "
            + "\(SummaryFormat.count(busy)) of the \(SummaryFormat.count(hours)) agent-hours paid, so the channel is staffed "
            + "beyond its demand (a finding about the staffing, not a modelling error)."
    }
}
