import ContactCenter

/// Why staff cost changes when the headcount does not: agents moved to a team that is on duty
/// longer each day (or whose hour costs more) cost more, with the same number of people.
///
/// Headcount is each group's peak agents on duty, summed; a group's hours a day are its
/// agent-hours a day over its peak (for a group on duty the same hours every day, the length of
/// that day: 08:00-22:00 is 14 h). The groups that gain agents are compared with those that lose
/// them, each side averaged over the agents moved. The explanation is given only when it points
/// the same way as the simulated change.
public struct CostExplanation: Sendable {
    /// One group in one run: peak agents, hours a day per agent, cost per agent-hour.
    struct Team: Sendable {
        var peak: Int
        var hoursPerDay: Double
        var rate: Double
    }

    /// Agents gained (positive) or lost by each group that changes, with its hours and rate in
    /// the run where it has those agents (the scenario for gains, the base for losses).
    struct Move: Sendable {
        var name: String
        var agents: Int
        var team: Team
    }

    let headcount: (base: Int, scenario: Int)
    let gains: [Move]
    let losses: [Move]
    /// Whether a group's cost per hour changed, or the hours of a group that keeps its headcount:
    /// then the move does not explain the cost.
    let otherChanges: Bool

    /// The headcount of both models and the groups that gain or lose agents between them.
    public init(base: ContactCenterModel, scenario: ContactCenterModel) {
        let before = Self.teams(base), after = Self.teams(scenario)
        headcount = (before.map(\.team.peak).reduce(0, +), after.map(\.team.peak).reduce(0, +))
        var names = before.map(\.name)
        for t in after where !names.contains(t.name) { names.append(t.name) }
        var gains: [Move] = [], losses: [Move] = []
        var otherChanges = false
        for name in names {
            let b = before.first { $0.name == name }?.team, s = after.first { $0.name == name }?.team
            let change = (s?.peak ?? 0) - (b?.peak ?? 0)
            if let b, let s, b.rate != s.rate || (change == 0 && b.hoursPerDay != s.hoursPerDay) { otherChanges = true }
            if change > 0, let s { gains.append(Move(name: name, agents: change, team: s)) }
            if change < 0, let b { losses.append(Move(name: name, agents: -change, team: b)) }
        }
        self.gains = gains
        self.losses = losses
        self.otherChanges = otherChanges
    }

    static func teams(_ model: ContactCenterModel) -> [(name: String, team: Team)] {
        let days = max(model.horizon / 86400, 1e-9)
        return model.groups.map { group in
            // Costs are paid on the schedule (shrinkage included).
            let peak = group.scheduled.max() ?? 0
            let agentHours = Double(group.scheduled.reduce(0, +)) * model.intervalLength / 3600 / days
            return (group.name, Team(peak: max(0, peak), hoursPerDay: peak > 0 ? agentHours / Double(peak) : 0,
                                     rate: group.costPerHour))
        }
    }

    /// Average of `value` over moved agents.
    static func average(_ moves: [Move], _ value: (Team) -> Double) -> Double {
        let agents = moves.map(\.agents).reduce(0, +)
        return agents > 0 ? moves.map { Double($0.agents) * value($0.team) }.reduce(0, +) / Double(agents) : 0
    }

    /// "with the same 100 agents, because the digital team is on duty 14 h a day against the phone
    /// team's 12 h", or nil when the headcount changes, neither hours nor rates explain the direction,
    /// or something else changed the cost too (a group's rate, the hours of a group nobody moved to or from).
    public func clause(costRises: Bool, currency: String?) -> String? {
        guard headcount.base == headcount.scenario, headcount.base > 0, !gains.isEmpty, !losses.isEmpty, !otherChanges else { return nil }
        let same = "with the same \(NumberText.grouped(headcount.base)) agents, because "
        let gainedHours = Self.average(gains, \.hoursPerDay), lostHours = Self.average(losses, \.hoursPerDay)
        let gainedRate = Self.average(gains, \.rate), lostRate = Self.average(losses, \.rate)
        func differs(_ a: Double, _ b: Double) -> Bool { abs(a - b) > 1e-9 * max(1, abs(a), abs(b)) }
        if differs(gainedHours, lostHours) && (gainedHours > lostHours) == costRises {
            return same + Self.comparison(gains, gainedHours, losses, lostHours, verb: "on duty", unit: { Self.hours($0) + " a day" },
                                          shortUnit: Self.hours)
        }
        if differs(gainedRate, lostRate) && (gainedRate > lostRate) == costRises {
            let money = { (x: Double) in Currency.amount(NumberText.grouped(x, decimals: x == x.rounded() ? 0 : 2), currency) }
            return same + Self.comparison(gains, gainedRate, losses, lostRate, verb: "paid",
                                          unit: { money($0) + " an hour" }, shortUnit: money)
        }
        return nil
    }

    /// "the digital team is on duty 14 h a day against the phone team's 12 h", or for several
    /// teams "the agents moved to the email and digital teams are on duty 11.9 h a day on average
    /// against 12 h in the phone team".
    static func comparison(_ gains: [Move], _ gained: Double, _ losses: [Move], _ lost: Double, verb: String,
                           unit: (Double) -> String, shortUnit: (Double) -> String) -> String {
        if gains.count == 1 && losses.count == 1 {
            return "the \(gains[0].name) team is \(verb) \(unit(gained)) against the \(losses[0].name) team's \(shortUnit(lost))"
        }
        return "the agents moved to the \(Headline.list(gains.map(\.name))) team\(gains.count == 1 ? "" : "s") are \(verb) "
            + "\(unit(gained))\(gains.count == 1 ? "" : " on average") against \(shortUnit(lost)) in the "
            + "\(Headline.list(losses.map(\.name))) team\(losses.count == 1 ? "" : "s")"
    }

    /// `14 h`, `7.5 h`.
    static func hours(_ h: Double) -> String {
        NumberText.grouped(h, decimals: abs(h - h.rounded()) < 0.05 ? 0 : 1) + " h"
    }
}
