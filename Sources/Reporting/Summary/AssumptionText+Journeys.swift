import ContactCenter

/// The `journeys:` and `economics:` sections in plain words, from the model's values (nothing
/// when a section is absent, so the assumptions of other models stay as they were).
extension AssumptionText {
    /// One line per subject of the journeys: attempts and context loss, resolution, give-up
    /// times, retries per outcome, transfers, call-backs, the website.
    static func journeyLines(_ model: ContactCenterModel) -> [String] {
        guard let j = model.journeys else { return [] }
        let name = { (c: Int) in c < model.channels.count ? model.channels[c].name : "channel \(c + 1)" }
        // Call-back channels ccsim adds follow their voice channel's rules: described with it.
        let own = model.channels.indices.filter { j.ruleChannel($0) == $0 }
        var out: [String] = []
        var first = "Journeys: up to \(j.maxAttempts) contacts per need (retries and transfers included); "
        if j.sharedHistory {
            first += "customer history is shared across channels (no context loss)"
        } else {
            var loss: [String] = []
            if j.sameChannelPenalty > 0 { loss.append("+\(Describe.percent(j.sameChannelPenalty)) handle time on the same channel") }
            if j.crossChannelPenalty > 0 { loss.append("+\(Describe.percent(j.crossChannelPenalty)) on another channel") }
            if j.repeatResolutionChange < 0 {
                loss.append("resolves \(Describe.number((-j.repeatResolutionChange * 1000).rounded() / 10)) points less often")
            }
            first += loss.isEmpty ? "no shared history, without a penalty on repeat contacts"
                                  : "no shared history: a repeat contact takes " + Headline.list(loss)
        }
        out.append(first)
        var resolution = "Resolution of an answered contact: "
            + own.map { "\(name($0)) \(Describe.percent($0 < j.resolution.count ? j.resolution[$0] : 0))" }.joined(separator: ", ")
        let byGroup = zip(model.groups, j.resolutionByGroup).compactMap { g, r in r.map { "\(g.name) \(Describe.percent($0))" } }
        if !byGroup.isEmpty { resolution += "; answered by group " + byGroup.joined(separator: ", ") }
        out.append(resolution)
        let giveUp = own.compactMap { c in c < j.giveUp.count ? j.giveUp[c].map { "\(name(c)) after \($0.variance == 0 ? Describe.duration($0.mean) : Describe.distribution($0))" } : nil }
        if !giveUp.isEmpty { out.append("Customers stop waiting for an answer: " + giveUp.joined(separator: ", ")) }
        let outcomes: [(JourneyModel.Outcome, String)] = [(.abandoned, "After abandoning"), (.unanswered, "After no answer"),
                                                          (.unresolved, "After an unresolved answer"), (.transferred, "Transfers")]
        for (outcome, title) in outcomes {
            let rules = own.compactMap { c in j.rule(after: outcome, channel: c).map { rule(name(c), $0, outcome, name) } }
            if !rules.isEmpty { out.append(title + ": " + rules.joined(separator: "; ")) }
        }
        for (c, callback) in j.callbacks.enumerated() {
            guard let cb = callback else { continue }
            out.append("Call-backs on \(name(c)): offered after \(Describe.duration(cb.offerAfter)) of waiting, "
                       + "\(Describe.percent(cb.accept)) accept, made within \(Describe.duration(cb.deadline)), "
                       + "\(Describe.percent(cb.reach)) reached, \(Describe.duration(cb.attemptTime)) of an agent's time per attempt")
        }
        if let web = j.web {
            out.append("Website first: \(Describe.percent(web.share)) of customers try it before any channel; "
                       + "it resolves \(Describe.percent(web.resolves)) of their needs")
        }
        return out
    }

    /// `phone 60% come back after exponential mean 20m, on phone 70%, chat 30%`; for a transfer
    /// `chat 10% passed to phone with the customer's history`.
    static func rule(_ channel: String, _ r: RetryRule, _ outcome: JourneyModel.Outcome, _ name: (Int) -> String) -> String {
        let destinations = r.destinations.count == 1 ? name(r.destinations[0].channel)
            : r.destinations.map { "\(name($0.channel)) \(Describe.percent($0.share))" }.joined(separator: ", ")
        if outcome == .transferred {
            return "\(channel) \(Describe.percent(r.probability)) passed to \(destinations) "
                + (r.withContext ? "with" : "without") + " the customer's history"
        }
        // A fixed delay reads as a duration ("after 1d"), as give_up does, not "after always 1d".
        let delay = r.delay.variance == 0 ? Describe.duration(r.delay.mean) : Describe.distribution(r.delay)
        return "\(channel) \(Describe.percent(r.probability)) come back after \(delay), on \(destinations)"
    }

    /// Channel costs, call-back cost, customer value and churn per bad experience, in the model's currency.
    static func economicsLines(_ model: ContactCenterModel, currency: String?) -> [String] {
        guard let e = model.economics else { return [] }
        let money = { (x: Double) in Describe.grouped(x) + (currency.map { " " + $0 } ?? "") }
        var out: [String] = []
        let costs = model.channels.indices.compactMap { c -> String? in
            let perContact = c < e.perContact.count ? e.perContact[c] : 0, perMinute = c < e.perMinute.count ? e.perMinute[c] : 0
            var parts: [String] = []
            if perContact > 0 { parts.append("\(money(perContact)) per contact") }
            if perMinute > 0 { parts.append("\(money(perMinute)) a minute waiting or handled") }
            return parts.isEmpty ? nil : model.channels[c].name + " " + parts.joined(separator: " and ")
        }
        out.append("Channel costs beyond staff: " + (costs.isEmpty ? "none" : costs.joined(separator: "; "))
                   + (e.perCallback > 0 ? "; \(money(e.perCallback)) per call-back made" : ""))
        out.append("Customer value: \(money(e.customerValue)) for each customer who leaves (revenue at risk)")
        var churn: [String] = []
        if e.churn.abandoned > 0 { churn.append("\(Describe.percent(e.churn.abandoned)) per abandoned contact") }
        if e.churn.unanswered > 0 { churn.append("\(Describe.percent(e.churn.unanswered)) per unanswered one") }
        if e.churn.unresolved > 0 { churn.append("\(Describe.percent(e.churn.unresolved)) when the need is never resolved") }
        if let over = e.churn.contactsOver { churn.append("\(Describe.percent(over.churn)) after more than \(over.count) contacts") }
        if let over = e.churn.waitedOver {
            churn.append("\(Describe.percent(over.churn)) when a contact waited over \(Describe.duration(over.seconds))")
        }
        out.append("Customers who leave after a bad experience: " + (churn.isEmpty ? "none" : churn.joined(separator: ", ")))
        return out
    }
}
