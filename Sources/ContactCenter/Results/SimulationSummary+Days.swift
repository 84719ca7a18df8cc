extension SimulationSummary {
    /// One day of the horizon: its name and each channel's ``DayMeasure`` estimates over replications.
    public struct DaySummary: Sendable {
        /// 0-based day of the horizon.
        public var day: Int
        /// How tables and charts name the day (`Mon`, `Mon 2026-11-23`, `day 3`: ``ModelCalendar/label(ofDay:)``).
        public var label: String
        /// `monday` when the horizon has a start; nil otherwise.
        public var weekday: String?
        /// `2026-11-23` when the horizon starts on a date.
        public var date: String?
        /// A closed weekday or holiday.
        public var closed: Bool
        public var channels: [Entry<DayMeasure>]

        /// The channels whose mean service level this day is below their target (in model order): the
        /// day fails its target for them. A day without contacts whose fate is known fails nothing.
        public func channelsBelowTarget(_ model: ContactCenterModel) -> [String] {
            channels.filter { entry in
                guard let c = model.channelIndex(entry.name), let level = entry[.serviceLevel]?.mean else { return false }
                return level < model.channels[c].serviceLevel.fraction
            }.map(\.name)
        }

        /// The estimate of a channel's measure on this day.
        public func channel(_ name: String, _ measure: DayMeasure) -> Estimate? { channels.first { $0.name == name }?[measure] }
    }

    /// The measured days of `model` (days wholly within the warm-up are left out) with estimates from `values` (`values[r].days[day][channel][k]`); channel `c`
    /// of the summary reads channel `channelIndex[c]` of the values (all channels by default).
    static func days(_ model: ContactCenterModel, _ estimate: (_ day: Int, _ channel: Int, _ k: Int) -> Estimate?,
                     channels: [Int]? = nil) -> [DaySummary] {
        model.measuredDays.map { d in
            DaySummary(day: d, label: model.calendar.label(ofDay: d), weekday: model.calendar.weekday(ofDay: d)?.name,
                       date: model.calendar.date(ofDay: d), closed: model.calendar.isClosed(d),
                       channels: (channels ?? Array(model.channels.indices)).map { c in
                           Entry(name: model.channels[c].name, measures: DayMeasure.allCases.enumerated().map { k, m in (m, estimate(d, c, k)) })
                       })
        }
    }

    /// Per day, the values of every ``DayMeasure`` of every channel in one replication,
    /// `[day][channel][k]`; none for a customer-limited run (its one interval is not a day).
    static func dayValues(_ r: ReplicationMeasures, model: ContactCenterModel) -> [[[Double?]]] {
        guard model.customerLimit == nil, r.intervals.count == model.channels.count,
              r.intervals.allSatisfy({ $0.count == model.intervalCount }) else { return [] }
        return (0..<model.dayCount).map { d in
            model.channels.indices.map { c in DayMeasure.allCases.map { $0.value(in: r, channel: c, day: d, model: model) } }
        }
    }

    /// The estimate of channel `name`'s measure on day `d` (0-based day of the horizon; nil for a day
    /// of the warm-up).
    public func day(_ d: Int, channel name: String, _ measure: DayMeasure) -> Estimate? {
        days.first { $0.day == d }?.channel(name, measure)
    }

    /// The summary of day `d` (0-based day of the horizon), nil for a day of the warm-up.
    public func day(_ d: Int) -> DaySummary? { days.first { $0.day == d } }
}
