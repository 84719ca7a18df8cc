import ContactCenter

/// A loaded model's parameters in plain words, one line per subject, for the "assumptions" part of
/// a report: horizon (and, when asked, the file's run settings), demand, each channel, each group
/// (its cost in the model's currency), routing, then the customers' journeys and the economics when
/// the model has them (`AssumptionText+Journeys.swift`). Counts are grouped by thousands (`7,800 contacts a
/// day`). The words are made from the model's values here, where reports are written; nothing
/// downstream reads them back.
public enum AssumptionText {
    /// The lines for `loaded`; `runSettings` adds the replications and seed its file gives (a report
    /// states the ones it used elsewhere, so it leaves them out).
    public static func lines(_ loaded: LoadedModel, runSettings: Bool = true) -> [String] {
        let model = loaded.model
        let days = model.horizon / 86400
        var out: [String] = []
        out.append("Horizon: \(Describe.number(days)) day\(days == 1 ? "" : "s") of \(Describe.duration(model.intervalLength)) intervals"
                   + (runSettings ? "; \(loaded.replications) replications, seed \(loaded.seed)" : "")
                   + (model.warmup > 0 ? ", first \(Describe.duration(model.warmup)) not measured (warm-up)" : "")
                   + (model.customerLimit.map { ", stop after \(Describe.grouped(Double($0))) contacts" } ?? ""))
        let arrivals = model.arrivalRates.map { $0.reduce(0, +) * model.intervalLength / max(days, 1e-9) }
        let customers = arrivals.reduce(0, +)
        // With a website first, arrivals are customers with a need; those it does not resolve contact the center.
        let web = model.journeys?.web
        let reach = web.map { 1 - $0.share * $0.resolves } ?? 1
        let perDay = arrivals.map { $0 * reach }
        let total = perDay.reduce(0, +)
        let variation = model.dayToDayCV > 0 ? ", day-to-day variation \(Describe.percent(model.dayToDayCV)) (CV)" : ""
        if web != nil {
            out.append("Demand: \(Describe.grouped(customers.rounded())) customers a day with a need; after the website, "
                       + "\(Describe.grouped(total.rounded())) first contacts a day" + variation)
        } else {
            out.append("Demand: \(Describe.grouped(total.rounded())) contacts a day" + variation)
        }
        for (c, channel) in model.channels.enumerated() {
            var line = "Channel \(channel.name) (\(channel.kind.rawValue)): \(Describe.grouped(perDay[c].rounded())) "
                + (web != nil ? "first contacts" : "contacts") + " a day"
            if total > 0 { line += " (\(Describe.percent(perDay[c] / total)))" }
            line += ", open \(Describe.hours(channel.hours)); handle time \(Describe.distribution(channel.handleTime))"
            if channel.kind == .chat && channel.concurrency > 1 {
                line += ", \(channel.concurrency) sessions per agent, +\(Describe.percent(channel.slowdownPerExtraSession)) per extra session"
            }
            if let patience = channel.patience { line += "; patience \(Describe.distribution(patience))" }
            line += "; target \(Describe.serviceLevel(channel.serviceLevel))"
            out.append(line)
        }
        for group in model.groups {
            let skills = group.skills.map { skill in
                model.channels[skill.channel].name + (skill.overflowDelay > 0 ? " (after \(Describe.duration(skill.overflowDelay)))" : "")
            }
            let hours = Double(group.staffing.reduce(0, +)) * model.intervalLength / 3600 / max(days, 1e-9)
            let onDuty = Set(group.staffing.filter { $0 > 0 })
            var line = "Group \(group.name): \(skills.joined(separator: ", ")); "
            if onDuty.count == 1, let agents = onDuty.first {
                line += "\(agents) agents on duty"
                if let window = dailyWindow(group.staffing, model) { line += " \(window)" }
            } else if let low = onDuty.min(), let high = onDuty.max() {
                line += "\(low) to \(high) agents on duty"
            } else {
                line += "no agents"
            }
            line += ", \(Describe.grouped((hours * 10).rounded() / 10)) agent-hours a day"
            if group.hasShrinkage {
                let scheduled = Double(group.scheduled.reduce(0, +)) * model.intervalLength / 3600 / max(days, 1e-9)
                line += " available of \(Describe.grouped((scheduled * 10).rounded() / 10)) scheduled"
                if scheduled > 0 { line += " (\(Describe.percent(1 - hours / scheduled)) shrinkage)" }
            }
            if group.costPerHour > 0 {
                line += ", cost \(Describe.grouped(group.costPerHour))\(loaded.currency.map { " " + $0 } ?? "") per agent-hour"
            }
            if group.voiceReserve > 0 { line += ", \(group.voiceReserve) idle agents kept for voice" }
            out.append(line)
        }
        out.append("Routing: " + RoutingRegistry.describe(model.routing))
        return out + journeyLines(model) + economicsLines(model, currency: loaded.currency)
    }

    /// `08:00-20:00` when the staffing is one window repeated every day.
    static func dailyWindow(_ staffing: [Int], _ model: ContactCenterModel) -> String? {
        let perDay = model.intervalsPerDay
        guard perDay > 0, staffing.count % perDay == 0 else { return nil }
        let day = Array(staffing.prefix(perDay))
        for d in 0..<(staffing.count / perDay) where Array(staffing[(d * perDay)..<((d + 1) * perDay)]) != day { return nil }
        guard let first = day.firstIndex(where: { $0 > 0 }), let last = day.lastIndex(where: { $0 > 0 }),
              day[first...last].allSatisfy({ $0 > 0 }) else { return nil }
        let open = OpeningHours(open: Double(first) * model.intervalLength, close: Double(last + 1) * model.intervalLength)
        return Describe.hours(open)
    }
}
