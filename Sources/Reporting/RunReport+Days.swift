import ContactCenter

extension RunReport {
    /// `days`: per day of the horizon, `{"day": 1, "label": "Mon", "weekday", "date", "closed",
    /// "below_target": [channels whose mean service level that day misses the target],
    /// "channels": {"<name>": {"offered", "service_level", "abandon_rate", "backlog_at_close"}}}`,
    /// each measure written by `value` (`{"mean","ci95"}` in a run). `model` decides the targets (nil: none listed).
    static func daysJSON(_ days: [SimulationSummary.DaySummary], model: ContactCenterModel?,
                         value: (Estimate?) -> JSONValue = MeasureFormat.json) -> JSONValue {
        .array(days.map { day in
            var fields: [(String, JSONValue)] = [
                ("day", .int(day.day + 1)), ("label", .string(day.label)), ("weekday", day.weekday.map { .string($0) } ?? .null),
                ("date", day.date.map { .string($0) } ?? .null), ("closed", .bool(day.closed)),
            ]
            if let model { fields.append(("below_target", .array(day.channelsBelowTarget(model).map { .string($0) }))) }
            fields.append(("channels", .object(day.channels.map { entry in
                (entry.name, .object(entry.measures.map { ($0.measure.rawValue, value($0.estimate)) }))
            })))
            return .object(fields)
        })
    }

    /// CSV rows of the days: scope `day:N` (1-based), the channel as name, one row per ``DayMeasure``.
    static func dayScopes(_ days: [SimulationSummary.DaySummary])
        -> [(scope: String, day: Int, entry: SimulationSummary.Entry<DayMeasure>)] {
        days.flatMap { day in day.channels.map { ("day:\(day.day + 1)", day.day, $0) } }
    }
}
