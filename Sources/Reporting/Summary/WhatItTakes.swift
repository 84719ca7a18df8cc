import ContactCenter
import Planner

/// "What it takes": per channel, the agent-hours a day today's staffing gives it against what the
/// analytic requirement says it needs to meet its target (each channel staffed on its own by its
/// owner group: Erlang A, the chat slot approximation, deferred work spread over the group's hours;
/// see ``Planner/requirement(_:)``), and the staff cost a day of each. No simulation: `ccsim plan`
/// finds the multi-skill staffing by simulation, usually for less.
public struct WhatItTakes: Sendable {
    public struct Row: Sendable {
        public var channel: String
        /// Agent-hours a day the channel gets today (a multi-skill group's hours split by its work).
        public var todayHours: Double
        /// Agent-hours a day the channel needs on its own.
        public var requiredHours: Double
    }

    public var rows: [Row]
    /// Staff cost a day, today (scheduled hours) and of the requirement (at its owner groups' rates).
    public var todayCost: Double
    public var requiredCost: Double
    /// The approximations used (chat slots, deferred fluid), one line each.
    public var approximations: [String]
    /// The model's interval in words (`half-hour`), for the note.
    var intervalName = "half-hour"
    /// Whether the model has journeys (the requirement counts first contacts only).
    var hasJourneys = false

    /// The requirement of `run`'s model beside its simulated staff; nil when a target cannot be met
    /// at any staffing (the plan command says why) or the horizon measured nothing.
    init?(_ run: ExecutiveSummary.Run, loaded: LoadedModel) {
        let model = run.model
        let measuredDays = (model.horizon - model.warmup) / 86400
        guard measuredDays > 0, let plan = try? Planner.requirement(loaded) else { return nil }
        let hoursPerInterval = model.intervalLength / 3600
        // Simulated hours a day: the measured hours over the measured days. A run with a customer
        // limit stops when its contacts are done, before the horizon ends, so its hours cover less
        // than the measured days: they are scaled up to the hours the staffing gives over those days
        // (without this, 520 agents around the clock read as 8,732 agent-hours a day, not 12,480).
        let perDay = Self.measuredFraction(run) / measuredDays
        rows = model.channels.indices.map { c in
            let required = c < plan.channelAgents.count ? Double(plan.channelAgents[c].reduce(0, +)) * hoursPerInterval : 0
            let today = run.channels.first { $0.name == model.channels[c].name }?.staffHours ?? 0
            return Row(channel: model.channels[c].name, todayHours: today * perDay, requiredHours: required)
        }
        todayCost = (run.total(.cost)?.mean ?? 0) * perDay
        intervalName = SummaryFormat.intervalName(model)
        hasJourneys = model.journeys != nil
        requiredCost = zip(plan.pattern.agents, model.groups).map { agents, group in
            Double(agents.reduce(0, +)) * hoursPerInterval * group.costPerHour
        }.reduce(0, +)
        approximations = plan.approximations
    }

    /// The table: channel, today, required, difference (agent-hours a day), and a total row with the costs.
    func table(currency: String?) -> DataTable {
        var t = DataTable(columns: [Column("channel", "Channel"), Column("today_hours", "Agent-hours a day today"),
                                    Column("required_hours", "Needed on its own"), Column("difference", "Difference")])
        for row in rows {
            t.rows.append([.text(row.channel), .text(SummaryFormat.count(row.todayHours)), .text(SummaryFormat.count(row.requiredHours)),
                           .text(NumberText.signed((row.requiredHours - row.todayHours).rounded()))])
        }
        let today = rows.map(\.todayHours).reduce(0, +), required = rows.map(\.requiredHours).reduce(0, +)
        t.rows.append([.text("all channels"), .text(SummaryFormat.count(today)), .text(SummaryFormat.count(required)),
                       .text(NumberText.signed((required - today).rounded()))])
        t.rows.append([.text("staff cost a day"), .text(SummaryFormat.money(todayCost, currency)),
                       .text(SummaryFormat.money(requiredCost, currency)),
                       .text(SummaryFormat.signedMoney(requiredCost - todayCost, currency))])
        return t
    }

    /// 1 for a run over the whole measured horizon; for a run with a customer limit, the staffing's
    /// available agent-hours over the measured horizon divided by the simulated ones (at least 1).
    static func measuredFraction(_ run: ExecutiveSummary.Run) -> Double {
        let model = run.model
        guard model.customerLimit != nil else { return 1 }
        let simulated = model.groups.map { run.summary.group($0.name, .agentHours)?.mean ?? 0 }.reduce(0, +)
        let length = model.intervalLength
        var staffed = 0.0
        for group in model.groups {
            for (k, agents) in group.staffing.enumerated() where agents > 0 {
                let start = Double(k) * length
                let overlap = min(start + length, model.horizon) - max(start, model.warmup)
                if overlap > 0 { staffed += Double(agents) * overlap / 3600 }
            }
        }
        guard simulated > 0, staffed.isFinite, staffed > simulated else { return 1 }
        return staffed / simulated
    }

    /// What the table means, for a note under it.
    var note: String {
        "Needed on its own: each channel staffed by its own group to meet its service-level target in every "
            + "\(intervalName) (Erlang A; chat sessions as slots; email and letters spread over the group's hours at 85% occupancy), "
            + "without simulation"
            + (hasJourneys ? ", for the first contacts the website leaves (customers coming back add work it does not count)" : "")
            + ". Multi-skill teams can do the same for less: `ccsim plan` finds that staffing by simulation."
    }
}
