/// Every measure of a simulated model with its 95% confidence interval over replications.
///
/// The JSON contract of `ccsim run` (`channels.<name>.<measure>`, `groups.<name>.<measure>`,
/// `totals.<measure>`) is spelled by the measure enums (``ChannelMeasure``, ``GroupMeasure``,
/// ``TotalMeasure``). Built from replications folded in order by a ``SummaryAccumulator``, so a
/// run of a thousand replications keeps only their measure values, not their histograms.
public struct SimulationSummary: Sendable {
    /// One channel's or group's estimates, in the measure enum's order.
    public struct Entry<M: Measure>: Sendable {
        public var name: String
        public var measures: [(measure: M, estimate: Estimate?)]

        /// The estimate of `measure` (nil where it was undefined in every replication).
        public subscript(_ measure: M) -> Estimate? { measures.first { $0.measure == measure }?.estimate }
    }

    public var channels: [Entry<ChannelMeasure>]
    public var groups: [Entry<GroupMeasure>]
    public var totals: [(measure: TotalMeasure, estimate: Estimate?)]
    /// Busy agent-hours of each group on each channel: `busyHours[group][channel]` (chat time shared
    /// equally among an agent's open sessions); they add up to the group's `busy_hours`.
    public var busyHours: [[Estimate?]]
    public var replications: Int
    /// Per-channel series over the horizon (empty for customer-limited runs and differences).
    public var intervals: [[IntervalSummary]] = []
    /// Mean agents on duty per group and interval (empty for customer-limited runs and differences).
    public var agentsOnDuty: [[Double]] = []
    /// Journey measures (empty for a model without a `journeys:` section).
    public var journeys: [(measure: JourneyMeasure, estimate: Estimate?)] = []
    /// Journey measures per channel (empty without journeys).
    public var journeyChannels: [Entry<JourneyChannelMeasure>] = []
    /// Economics (empty for a model without an `economics:` section).
    public var economics: [(measure: EconomicsMeasure, estimate: Estimate?)] = []
    public var economicsChannels: [Entry<EconomicsChannelMeasure>] = []
    /// Per day of the horizon, every channel's ``DayMeasure``s (empty for customer-limited runs).
    public var days: [DaySummary] = []
    /// Mean measured time of the replications (after the warm-up), seconds: the horizon less the
    /// warm-up, or less for a customer-limited run, which stops when its last customer has left.
    /// (For a difference of two summaries: the base's.)
    public var measuredSeconds = 0.0

    /// Estimates over `replications` (in replication order).
    public init(model: ContactCenterModel, replications: [ReplicationMeasures]) {
        var accumulator = SummaryAccumulator(model: model)
        for r in replications { accumulator.add(r) }
        self = accumulator.summary()
    }

    /// Estimates from replications' measure values (and the series folded beside them).
    init(model: ContactCenterModel, values: [ReplicationValues], intervals: [[IntervalSummary]], agentsOnDuty: [[Double]]) {
        channels = model.channels.indices.map { c in
            Entry(name: model.channels[c].name, measures: ChannelMeasure.allCases.enumerated().map { k, m in
                (m, Estimate(values.map { $0.channels[c][k] }))
            })
        }
        groups = model.groups.indices.map { g in
            Entry(name: model.groups[g].name, measures: GroupMeasure.allCases.enumerated().map { k, m in
                (m, Estimate(values.map { $0.groups[g][k] }))
            })
        }
        totals = TotalMeasure.allCases.enumerated().map { k, m in (m, Estimate(values.map { $0.totals[k] })) }
        busyHours = model.groups.indices.map { g in
            model.channels.indices.map { c in Estimate(values.map { $0.busyHours[g][c] }) }
        }
        replications = values.count
        measuredSeconds = values.isEmpty ? 0 : values.map(\.measuredSeconds).reduce(0, +) / Double(values.count)
        if values.allSatisfy({ $0.days.count == model.dayCount }), !values.isEmpty, model.customerLimit == nil {
            days = Self.days(model) { d, c, k in Estimate(values.map { $0.days[d][c][k] }) }
        }
        self.intervals = intervals
        self.agentsOnDuty = agentsOnDuty
        if model.economics != nil {
            economics = EconomicsMeasure.allCases.enumerated().map { k, m in (m, Estimate(values.map { $0.economics[k] })) }
            economicsChannels = model.channels.indices.map { c in
                Entry(name: model.channels[c].name, measures: EconomicsChannelMeasure.allCases.enumerated().map { k, m in
                    (m, Estimate(values.map { $0.economicsChannels[c][k] }))
                })
            }
        }
        if model.journeys != nil {
            journeys = JourneyMeasure.allCases.enumerated().map { k, m in (m, Estimate(values.map { $0.journeys[k] })) }
            journeyChannels = model.channels.indices.map { c in
                Entry(name: model.channels[c].name, measures: JourneyChannelMeasure.allCases.enumerated().map { k, m in
                    (m, Estimate(values.map { $0.journeyChannels[c][k] }))
                })
            }
        }
    }

    /// Differences scenario - base, paired by replication (common random numbers): each estimate
    /// is the mean difference with the paired 95% interval. Channels and groups are matched by name.
    public init(differenceOf scenario: [ReplicationValues], minus base: [ReplicationValues],
                scenarioModel: ContactCenterModel, baseModel: ContactCenterModel) {
        func paired(_ s: [Double?], _ b: [Double?]) -> Estimate? {
            Estimate(zip(s, b).map { x, y in x.flatMap { u in y.map { u - $0 } } })
        }
        let channelPairs = scenarioModel.channels.indices.compactMap { c in baseModel.channelIndex(scenarioModel.channels[c].name).map { (c, $0) } }
        let groupPairs = scenarioModel.groups.indices.compactMap { g in baseModel.groupIndex(scenarioModel.groups[g].name).map { (g, $0) } }
        channels = channelPairs.map { c, bc in
            Entry(name: scenarioModel.channels[c].name, measures: ChannelMeasure.allCases.enumerated().map { k, m in
                (m, paired(scenario.map { $0.channels[c][k] }, base.map { $0.channels[bc][k] }))
            })
        }
        groups = groupPairs.map { g, bg in
            Entry(name: scenarioModel.groups[g].name, measures: GroupMeasure.allCases.enumerated().map { k, m in
                (m, paired(scenario.map { $0.groups[g][k] }, base.map { $0.groups[bg][k] }))
            })
        }
        totals = TotalMeasure.allCases.enumerated().map { k, m in (m, paired(scenario.map { $0.totals[k] }, base.map { $0.totals[k] })) }
        busyHours = groupPairs.map { g, bg in
            channelPairs.map { c, bc in paired(scenario.map { $0.busyHours[g][c] }, base.map { $0.busyHours[bg][bc] }) }
        }
        replications = min(scenario.count, base.count)
        measuredSeconds = base.isEmpty ? 0 : base.map(\.measuredSeconds).reduce(0, +) / Double(base.count)
        // Days pair when both runs have the same days (a scenario of the same model), starting on the
        // same weekday and date: a scenario that moves `horizon.start` paired Tuesday with Monday.
        if scenarioModel.dayCount == baseModel.dayCount, scenarioModel.calendar.startsLike(baseModel.calendar),
           scenario.allSatisfy({ $0.days.count == scenarioModel.dayCount }),
           base.allSatisfy({ $0.days.count == baseModel.dayCount }), !scenario.isEmpty, !base.isEmpty {
            let pairs = Dictionary(uniqueKeysWithValues: channelPairs)
            days = Self.days(scenarioModel, { d, c, k in
                paired(scenario.map { $0.days[d][c][k] }, base.map { $0.days[d][pairs[c]!][k] })
            }, channels: channelPairs.map(\.0))
        }
        if scenarioModel.economics != nil && baseModel.economics != nil {
            economics = EconomicsMeasure.allCases.enumerated().map { k, m in (m, paired(scenario.map { $0.economics[k] }, base.map { $0.economics[k] })) }
            economicsChannels = channelPairs.map { c, bc in
                Entry(name: scenarioModel.channels[c].name, measures: EconomicsChannelMeasure.allCases.enumerated().map { k, m in
                    (m, paired(scenario.map { $0.economicsChannels[c][k] }, base.map { $0.economicsChannels[bc][k] }))
                })
            }
        }
        if scenarioModel.journeys != nil && baseModel.journeys != nil {
            journeys = JourneyMeasure.allCases.enumerated().map { k, m in (m, paired(scenario.map { $0.journeys[k] }, base.map { $0.journeys[k] })) }
            journeyChannels = channelPairs.map { c, bc in
                Entry(name: scenarioModel.channels[c].name, measures: JourneyChannelMeasure.allCases.enumerated().map { k, m in
                    (m, paired(scenario.map { $0.journeyChannels[c][k] }, base.map { $0.journeyChannels[bc][k] }))
                })
            }
        }
    }

    /// Differences scenario - base from the replications themselves (see the values form above).
    public init(differenceOf scenario: [ReplicationMeasures], minus base: [ReplicationMeasures],
                scenarioModel: ContactCenterModel, baseModel: ContactCenterModel) {
        self.init(differenceOf: scenario.map { ReplicationValues($0, model: scenarioModel) },
                  minus: base.map { ReplicationValues($0, model: baseModel) }, scenarioModel: scenarioModel, baseModel: baseModel)
    }

    /// The estimate of a channel's measure.
    public func channel(_ name: String, _ measure: ChannelMeasure) -> Estimate? {
        channels.first { $0.name == name }?[measure]
    }

    /// The estimate of a group's measure.
    public func group(_ name: String, _ measure: GroupMeasure) -> Estimate? {
        groups.first { $0.name == name }?[measure]
    }

    /// The estimate of a total.
    public func total(_ measure: TotalMeasure) -> Estimate? {
        totals.first { $0.measure == measure }?.estimate
    }

    /// The estimate of a journey measure (nil without journeys).
    public func journey(_ measure: JourneyMeasure) -> Estimate? {
        journeys.first { $0.measure == measure }?.estimate
    }

    /// The estimate of an economics measure (nil without economics).
    public func economics(_ measure: EconomicsMeasure) -> Estimate? {
        economics.first { $0.measure == measure }?.estimate
    }

    /// The estimate of a channel's economics measure (nil without economics).
    public func economicsChannel(_ name: String, _ measure: EconomicsChannelMeasure) -> Estimate? {
        economicsChannels.first { $0.name == name }?[measure]
    }

    /// The estimate of a channel's journey measure (nil without journeys).
    public func journeyChannel(_ name: String, _ measure: JourneyChannelMeasure) -> Estimate? {
        journeyChannels.first { $0.name == name }?[measure]
    }
}

/// What a summary keeps of one replication: every measure's value, in the measure enums' order
/// (a few hundred bytes, where the replication's own measures hold wait histograms and interval tables).
public struct ReplicationValues: Sendable, Equatable {
    /// `channels[channel][k]`: the k-th ``ChannelMeasure``.
    public var channels: [[Double?]]
    /// `groups[group][k]`: the k-th ``GroupMeasure``.
    public var groups: [[Double?]]
    public var totals: [Double?]
    /// Busy agent-hours, `busyHours[group][channel]`.
    public var busyHours: [[Double?]]
    /// The k-th ``JourneyMeasure`` (empty without journeys).
    public var journeys: [Double?]
    /// `journeyChannels[channel][k]`: the k-th ``JourneyChannelMeasure`` (empty without journeys).
    public var journeyChannels: [[Double?]]
    /// The k-th ``EconomicsMeasure``, and per channel the k-th ``EconomicsChannelMeasure`` (empty without economics).
    public var economics: [Double?]
    public var economicsChannels: [[Double?]]
    /// `days[day][channel][k]`: the k-th ``DayMeasure`` (empty for customer-limited runs).
    public var days: [[[Double?]]]
    /// The measured time after the warm-up, seconds.
    public var measuredSeconds: Double

    public init(_ r: ReplicationMeasures, model: ContactCenterModel) {
        channels = model.channels.indices.map { c in ChannelMeasure.allCases.map { $0.value(in: r, channel: c) } }
        groups = model.groups.indices.map { g in GroupMeasure.allCases.map { $0.value(in: r, group: g, model: model) } }
        totals = TotalMeasure.allCases.map { $0.value(in: r, model: model) }
        busyHours = r.groups.map { g in g.busyByChannel.map { $0 / 3600 } }
        journeys = r.journeys == nil ? [] : JourneyMeasure.allCases.map { $0.value(in: r) }
        journeyChannels = r.journeys == nil ? [] : model.channels.indices.map { c in JourneyChannelMeasure.allCases.map { $0.value(in: r, channel: c) } }
        economics = model.economics == nil ? [] : EconomicsMeasure.allCases.map { $0.value(in: r, model: model) }
        economicsChannels = model.economics == nil ? [] : model.channels.indices.map { c in
            EconomicsChannelMeasure.allCases.map { $0.value(in: r, channel: c, model: model) }
        }
        days = SimulationSummary.dayValues(r, model: model)
        measuredSeconds = r.measuredSeconds
    }
}
