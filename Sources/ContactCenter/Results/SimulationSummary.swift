/// Named measures of a simulated model, each with its 95% confidence interval over replications.
///
/// Measure names are the JSON contract of `ccsim run` (`channels.<name>.<measure>`,
/// `groups.<name>.<measure>`, `totals.<measure>`), so they are spelled here once.
public struct SimulationSummary: Sendable {
    public struct Entry: Sendable {
        public var name: String
        public var measures: [(name: String, estimate: Estimate?)]
    }

    public var channels: [Entry]
    public var groups: [Entry]
    public var totals: [(name: String, estimate: Estimate?)]
    public var replications: Int
    /// Per-channel series over the horizon (empty for customer-limited runs and differences).
    public var intervals: [[IntervalSummary]] = []

    /// Per-replication values of every channel measure, in order (nil where undefined).
    public static func channelValues(_ r: ReplicationMeasures, channel c: Int) -> [(String, Double?)] {
        let m = r.channels[c]
        let totalOffered = r.channels.map(\.offered).reduce(0, +)
        return [
            ("offered", Double(m.offered)),
            ("answered", Double(m.answered)),
            ("handled", Double(m.handled)),
            ("abandoned", Double(m.abandoned)),
            ("service_level", m.serviceLevel),
            ("asa_seconds", m.asa),
            ("abandon_rate", m.abandonRate),
            ("p_wait", m.waitProbability),
            ("wait_p50_seconds", m.answered > 0 ? m.answeredWaits.p50 : nil),
            ("wait_p90_seconds", m.answered > 0 ? m.answeredWaits.p90 : nil),
            ("wait_p99_seconds", m.answered > 0 ? m.answeredWaits.p99 : nil),
            ("mean_queue_length", r.measuredSeconds > 0 ? m.queueArea / r.measuredSeconds : nil),
            ("backlog_end", Double(m.waitingAtEnd)),
            ("oldest_waiting_end_seconds", Double(m.oldestWaitingAtEnd)),
            ("in_service_end", Double(m.inServiceAtEnd)),
            ("share_of_contacts", totalOffered > 0 ? Double(m.offered) / Double(totalOffered) : nil),
        ]
    }

    /// Per-replication values of every group measure (costs need the model's cost per hour).
    public static func groupValues(_ r: ReplicationMeasures, group g: Int, model: ContactCenterModel) -> [(String, Double?)] {
        let m = r.groups[g]
        let totalHours = r.groups.map(\.agentHours).reduce(0, +)
        return [
            ("occupancy", m.occupancy),
            ("agent_hours", m.agentHours),
            ("cost", m.agentHours * model.groups[g].costPerHour),
            ("handled", Double(m.handled)),
            ("share_of_staff", totalHours > 0 ? m.agentHours / totalHours : nil),
        ]
    }

    /// Per-replication totals over channels and groups.
    public static func totalValues(_ r: ReplicationMeasures, model: ContactCenterModel) -> [(String, Double?)] {
        let offered = r.channels.map(\.offered).reduce(0, +)
        return [
            ("offered", Double(offered)),
            ("handled", Double(r.channels.map(\.handled).reduce(0, +))),
            ("abandoned", Double(r.channels.map(\.abandoned).reduce(0, +))),
            ("agent_hours", r.groups.map(\.agentHours).reduce(0, +)),
            ("cost", zip(r.groups, model.groups).map { $0.agentHours * $1.costPerHour }.reduce(0, +)),
        ]
    }

    /// Estimates over `replications` (in replication order).
    public init(model: ContactCenterModel, replications: [ReplicationMeasures]) {
        func estimates(_ rows: [[(String, Double?)]]) -> [(name: String, estimate: Estimate?)] {
            guard let first = rows.first else { return [] }
            return first.indices.map { k in (first[k].0, Estimate(rows.map { $0[k].1 })) }
        }
        channels = model.channels.indices.map { c in
            Entry(name: model.channels[c].name, measures: estimates(replications.map { Self.channelValues($0, channel: c) }))
        }
        groups = model.groups.indices.map { g in
            Entry(name: model.groups[g].name, measures: estimates(replications.map { Self.groupValues($0, group: g, model: model) }))
        }
        totals = estimates(replications.map { Self.totalValues($0, model: model) })
        self.replications = replications.count
        intervals = IntervalSummary.series(model: model, replications: replications)
    }

    /// The estimate of a channel measure by name.
    public func channel(_ name: String, _ measure: String) -> Estimate? {
        channels.first { $0.name == name }?.measures.first { $0.name == measure }?.estimate
    }

    /// The estimate of a group measure by name.
    public func group(_ name: String, _ measure: String) -> Estimate? {
        groups.first { $0.name == name }?.measures.first { $0.name == measure }?.estimate
    }

    /// The estimate of a total by name.
    public func total(_ measure: String) -> Estimate? {
        totals.first { $0.name == measure }?.estimate
    }

    /// Differences scenario - base, paired by replication (common random numbers): each
    /// estimate is the mean difference with the paired 95% interval.
    public init(differenceOf scenario: [ReplicationMeasures], minus base: [ReplicationMeasures],
                scenarioModel: ContactCenterModel, baseModel: ContactCenterModel) {
        func paired(_ s: [[(String, Double?)]], _ b: [[(String, Double?)]]) -> [(name: String, estimate: Estimate?)] {
            guard let first = s.first else { return [] }
            return first.indices.map { k in
                (first[k].0, Estimate(zip(s, b).map { x, y in
                    guard let u = x[k].1, let v = y[k].1 else { return nil }
                    return u - v
                }))
            }
        }
        channels = scenarioModel.channels.indices.compactMap { c in
            guard let bc = baseModel.channelIndex(scenarioModel.channels[c].name) else { return nil }
            return Entry(name: scenarioModel.channels[c].name,
                         measures: paired(scenario.map { Self.channelValues($0, channel: c) },
                                          base.map { Self.channelValues($0, channel: bc) }))
        }
        groups = scenarioModel.groups.indices.compactMap { g in
            guard let bg = baseModel.groupIndex(scenarioModel.groups[g].name) else { return nil }
            return Entry(name: scenarioModel.groups[g].name,
                         measures: paired(scenario.map { Self.groupValues($0, group: g, model: scenarioModel) },
                                          base.map { Self.groupValues($0, group: bg, model: baseModel) }))
        }
        totals = paired(scenario.map { Self.totalValues($0, model: scenarioModel) },
                        base.map { Self.totalValues($0, model: baseModel) })
        replications = min(scenario.count, base.count)
    }
}
