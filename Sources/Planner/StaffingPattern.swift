import ContactCenter

/// Agents on duty per agent group and interval of the day, the same every day of the horizon:
/// what the planner decides, `agents[group][intervalOfDay]`.
///
/// A daily pattern is what a `staffing:` table of times of day describes, so a plan drops straight
/// into a model; the simulator runs it on every day of the model's horizon.
public struct StaffingPattern: Sendable, Equatable, Hashable {
    /// `agents[group][intervalOfDay]`, each >= 0.
    public var agents: [[Int]]
    /// Interval length, seconds.
    public var intervalLength: Double

    /// A pattern of the given agents.
    public init(agents: [[Int]], intervalLength: Double) {
        self.agents = agents
        self.intervalLength = intervalLength
    }

    /// Nobody on duty, for `groups` groups of a model with `intervalsPerDay` intervals a day.
    public init(groups: Int, intervalsPerDay: Int, intervalLength: Double) {
        self.init(agents: Array(repeating: Array(repeating: 0, count: intervalsPerDay), count: groups),
                  intervalLength: intervalLength)
    }

    /// The mean agents scheduled by `model` per interval of the day (rounded up), i.e. today's staffing
    /// as a daily pattern (with shrinkage, more than are available).
    public init(currentStaffingOf model: ContactCenterModel) {
        let perDay = model.intervalsPerDay
        let days = max(1, model.intervalCount / perDay)
        agents = model.groups.map { group in
            (0..<perDay).map { k in
                let scheduled = group.scheduled
                let total = stride(from: k, to: scheduled.count, by: perDay).map { scheduled[$0] }.reduce(0, +)
                return (total + days - 1) / days
            }
        }
        intervalLength = model.intervalLength
    }

    /// Intervals in a day.
    public var intervalsPerDay: Int { agents.first?.count ?? 0 }

    /// Agent-hours per day of group `g`.
    public func agentHours(group g: Int) -> Double {
        Double(agents[g].reduce(0, +)) * intervalLength / 3600
    }

    /// Agent-hours per day of every group.
    public var totalAgentHours: Double { agents.indices.map { agentHours(group: $0) }.reduce(0, +) }

    /// Staff cost per day at the groups' costs per agent-hour.
    public func cost(costPerHour: [Double]) -> Double {
        agents.indices.map { agentHours(group: $0) * costPerHour[$0] }.reduce(0, +)
    }

    /// `model` with this pattern as every group's scheduled agents on every day of its horizon (a group's
    /// shrinkage then decides how many are available).
    public func applied(to model: ContactCenterModel) -> ContactCenterModel {
        var out = model
        let perDay = intervalsPerDay
        for g in out.groups.indices {
            out.groups[g].reschedule((0..<model.intervalCount).map { agents[g][$0 % perDay] })
        }
        return out
    }

    /// This pattern with `delta` agents added to group `g` in each interval of `intervals` (never below 0).
    public func adding(_ delta: Int, group g: Int, at intervals: [Int]) -> StaffingPattern {
        var out = self
        for k in intervals { out.agents[g][k] = max(0, out.agents[g][k] + delta) }
        return out
    }
}

extension ContactCenterModel {
    /// Staff cost per agent-hour of every group, in group order.
    public var costsPerHour: [Double] { groups.map(\.costPerHour) }

    /// Days in the horizon (at least 1).
    public var horizonDays: Int { max(1, intervalCount / intervalsPerDay) }

    /// Agent-hours per day scheduled today (the model's own staffing tables, averaged over the days;
    /// with shrinkage, more than are on duty), the hours plans are compared in.
    public var currentAgentHoursPerDay: Double {
        groups.map { Double($0.scheduled.reduce(0, +)) }.reduce(0, +) * intervalLength / 3600 / Double(horizonDays)
    }

    /// Staff cost per day today, on scheduled hours.
    public var currentCostPerDay: Double {
        groups.map { Double($0.scheduled.reduce(0, +)) * $0.costPerHour }.reduce(0, +) * intervalLength / 3600 / Double(horizonDays)
    }
}
