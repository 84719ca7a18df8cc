/// A value written once for every day (`agents: 77`), or per weekday and day type
/// (`agents: { weekday: 77, saturday: 40 }`): a day takes its weekday's entry when there is one,
/// else its day type's, else none (no staff that day, a flat profile).
enum ByDay<Value: Sendable>: Sendable {
    case everyDay(Value)
    /// Keys are weekday names (`monday`) and day types declared in `calendar.day_types`.
    case byDay([String: Value])

    /// The value on day `d` of `calendar` (d may be -1, the day before the horizon); nil when none applies.
    func value(onDay d: Int, _ calendar: DecodedCalendar) -> Value? {
        switch self {
        case let .everyDay(value): return value
        case let .byDay(values): return calendar.key(forDay: d, in: values).flatMap { values[$0] }
        }
    }

    /// Every value written, for checks that do not depend on the day.
    var values: [Value] {
        switch self {
        case let .everyDay(value): return [value]
        case let .byDay(values): return values.keys.sorted().map { values[$0]! }
        }
    }

    /// The same days with each value transformed.
    func map<T: Sendable>(_ transform: (Value) -> T) -> ByDay<T> {
        switch self {
        case let .everyDay(value): return .everyDay(transform(value))
        case let .byDay(values): return .byDay(values.mapValues(transform))
        }
    }

    /// Whether the value differs by day.
    var isByDay: Bool { if case .byDay = self { return true } else { return false } }
}

extension ByDay {
    /// Reads `node` as one value for every day, or, when it is a mapping and `byDayWhenMapping` holds, one
    /// value per key, each key a weekday or a day type of `calendar` ("did you mean" otherwise). Every value
    /// is read (and its problems reported) even when the calendar is unknown; nil then, or on any problem.
    static func read(_ node: ParameterNode, _ path: String, _ calendar: DecodedCalendar?, _ reader: ParameterReader,
                     byDayWhenMapping: Bool = true, readValue: (ParameterNode, String) -> Value?) -> ByDay<Value>? {
        guard byDayWhenMapping, case let .mapping(entries, _) = node else { return readValue(node, path).map { .everyDay($0) } }
        let before = reader.problemCount
        if let calendar, !calendar.hasNames {
            reader.report(node, path, "values by day need named days: give horizon.start (\(CalendarDecoder.startExpectation))")
        }
        if entries.isEmpty { reader.report(node, path, "give at least one day or day type") }
        var values: [String: Value] = [:]
        var seen: [String: String] = [:]
        for entry in entries {
            let key = Weekday(named: entry.key)?.name ?? entry.key
            let entryPath = path + "." + entry.key
            if let calendar, Weekday(named: entry.key) == nil, !calendar.typeNames.contains(entry.key) {
                let known = calendar.dayKeys
                reader.report(entry.keyLocation, "\(path): unknown day or day type '\(entry.key)'" + Suggestion.hint(for: entry.key, in: known)
                              + (calendar.typeNames.isEmpty ? " (day types are declared in calendar.day_types)" : ""))
                _ = readValue(entry.value, entryPath)
                continue
            }
            if let first = seen[key] {
                reader.report(entry.keyLocation, "\(path): '\(entry.key)' is the same day as '\(first)'")
                continue
            }
            seen[key] = entry.key
            if let value = readValue(entry.value, entryPath) { values[key] = value }
        }
        guard calendar != nil, reader.problemCount == before else { return nil }
        return .byDay(values)
    }
}
