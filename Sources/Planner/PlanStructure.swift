import ContactCenter

/// Which groups can answer which channels, and when each group may be put on duty: the shape of
/// the search space, computed once from the model.
struct PlanStructure: Sendable {
    let model: ContactCenterModel
    let cells: [PlanCell]
    /// `servers[channel]`: the groups with a skill for the channel, in group order.
    let servers: [[Int]]
    /// `owner[channel]`: the group that staffs the channel in the per-channel analytic plan.
    let owner: [Int?]
    /// `allowed[group][interval]`: intervals of the day the group may have agents on duty: when one
    /// of its real-time channels has contacts, or when it is on duty today (a group with nobody on
    /// duty today and only deferred skills: when its channels have contacts).
    let allowed: [[Bool]]
    /// Expected contacts per day in each interval of the day, `expected[channel][interval]`.
    let expected: [[Double]]
    let costs: [Double]

    init(model: ContactCenterModel) {
        self.model = model
        cells = PlanCell.cells(of: model)
        let perDay = model.intervalsPerDay
        let days = Double(model.horizonDays)
        expected = model.firstContactRates.map { rates in
            (0..<perDay).map { k in
                stride(from: k, to: rates.count, by: perDay).map { rates[$0] }.reduce(0, +) * model.intervalLength / days
            }
        }
        servers = model.channels.indices.map { c in
            model.groups.indices.filter { g in model.groups[g].skills.contains { $0.channel == c } }
        }
        let today = StaffingPattern(currentStaffingOf: model)
        let expected = self.expected
        allowed = model.groups.indices.map { g in
            let skills = model.groups[g].skills
            let hours = (0..<perDay).map { k in
                today.agents[g][k] > 0 || skills.contains { s in
                    model.channels[s.channel].kind.isRealTime && expected[s.channel][k] > 0
                }
            }
            // A group nobody works in today (deferred work only): the hours its channels have contacts.
            if hours.contains(true) { return hours }
            return (0..<perDay).map { k in skills.contains { expected[$0.channel][k] > 0 } }
        }
        // The owner: a group answering the channel at once (no overflow delay), preferring groups
        // for which it is the first skill, then fewer skills, then the lower cost.
        owner = model.channels.indices.map { c in
            model.groups.indices.filter { g in model.groups[g].skills.contains { $0.channel == c && $0.overflowDelay == 0 } }
                .min { a, b in
                    let ga = model.groups[a], gb = model.groups[b]
                    let ka = (ga.skills.first?.channel == c ? 0 : 1, ga.skills.count, ga.costPerHour, a)
                    let kb = (gb.skills.first?.channel == c ? 0 : 1, gb.skills.count, gb.costPerHour, b)
                    return ka < kb
                }
        }
        costs = model.costsPerHour
    }

    var groupCount: Int { model.groups.count }
    var intervalsPerDay: Int { model.intervalsPerDay }

    /// Cost of one agent of group `g` for one interval (at least a tiny positive amount, so that
    /// free groups are still compared by gain).
    func intervalCost(_ g: Int) -> Double { max(costs[g], 1e-6) * model.intervalLength / 3600 }

    /// The intervals of the day in which group `g` may help the cell `cell`: its own interval, or
    /// for a horizon cell the allowed intervals where the channel has work (a backlog or a queue).
    func helpfulIntervals(group g: Int, cell: PlanCell, evaluation: PatternEvaluation) -> [Int] {
        if let k = cell.interval { return allowed[g][k] ? [k] : [] }
        let c = cell.channel
        let open = (0..<intervalsPerDay).filter { allowed[g][$0] }
        if !model.channels[c].kind.isRealTime {
            let busy = open.filter { evaluation.backlog[c][$0] >= 0.5 || expected[c][$0] > 0 }
            return busy.isEmpty ? open : busy
        }
        // A real-time channel's average speed of answer: the intervals with more than the mean queue.
        let withContacts = open.filter { expected[c][$0] > 0 }
        let queues = withContacts.map { evaluation.queue[c][$0] }
        let mean = queues.reduce(0, +) / Double(max(1, queues.count))
        let long = withContacts.filter { evaluation.queue[c][$0] >= mean }
        return long.isEmpty ? withContacts : long
    }
}
