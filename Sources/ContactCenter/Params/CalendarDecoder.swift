/// The days of a horizon as the decoders need them: weekday, day type and whether the center is
/// closed, for any day (day -1 is the day before the horizon, whose night shifts run into day 0).
struct DecodedCalendar: Sendable {
    var days: Int
    var startWeekday: Weekday?
    /// Days since 1970-01-01 of the first day, when the horizon starts on a date.
    var startDate: Int?
    /// The day types declared in `calendar.day_types`, in file order, and the type of each weekday.
    var typeNames: [String] = []
    var typeOfWeekday: [Weekday: String] = [:]
    var closedWeekdays: Set<Weekday> = []
    /// Holidays, days since 1970-01-01.
    var holidays: Set<Int> = []
    /// Whether `horizon.start` could not be read (a Monday stands in, so by-day keys are still checked);
    /// checks of dates against the start stay silent.
    var startIsUncertain = false

    /// A calendar of `days` unnamed days (no `horizon.start`).
    static func unnamed(days: Int) -> DecodedCalendar { DecodedCalendar(days: days) }

    /// Whether the days have weekdays (the horizon has a `start`).
    var hasNames: Bool { startWeekday != nil }

    func weekday(_ d: Int) -> Weekday? { startWeekday?.advanced(by: d) }

    func dayType(_ d: Int) -> String? { weekday(d).flatMap { typeOfWeekday[$0] } }

    /// Whether day `d` (of the horizon, or just before it) is a closed weekday or a holiday.
    func isClosed(_ d: Int) -> Bool {
        if let weekday = weekday(d), closedWeekdays.contains(weekday) { return true }
        if let startDate, holidays.contains(startDate + d) { return true }
        return false
    }

    /// The key of a by-day mapping that applies on day `d`: its weekday's name when the mapping has
    /// it (the more specific), else its day type's; nil when neither is there (or the days have no names).
    func key<T>(forDay d: Int, in mapping: [String: T]) -> String? {
        guard let weekday = weekday(d) else { return nil }
        if mapping[weekday.name] != nil { return weekday.name }
        if let type = typeOfWeekday[weekday], mapping[type] != nil { return type }
        return nil
    }

    /// The names a by-day mapping may use: the weekdays and the declared day types.
    var dayKeys: [String] { Weekday.allCases.map(\.name) + typeNames }

    /// The runtime calendar of the horizon's days.
    var runtime: ModelCalendar {
        ModelCalendar(days: days, startWeekday: startWeekday, startDate: startDate,
                      dayTypes: (0..<days).map { dayType($0) }, closed: (0..<days).map { isClosed($0) })
    }

    /// Which day of a repeating k-day cycle of dated rows (a forecast or staffing table whose first
    /// date is `firstDay`, days since 1970-01-01) the horizon's first day uses: the same date when the
    /// horizon starts on a date, the first day of the cycle with the same weekday when it starts on a
    /// weekday, the cycle's first day otherwise. A problem (the cycle has no such weekday) as text.
    func cycleOffset(firstDay: Int, span: Int) -> Result<Int, CycleProblem> {
        guard span > 0 else { return .success(0) }
        if let startDate { return .success(((startDate - firstDay) % span + span) % span) }
        guard let startWeekday else { return .success(0) }
        let offset = ((startWeekday.rawValue - Weekday(daysSince1970: firstDay).rawValue) % 7 + 7) % 7
        guard offset < span || startIsUncertain else { return .failure(CycleProblem(startWeekday: startWeekday)) }
        return .success(offset % span)
    }

    /// A dated cycle without the horizon's first weekday.
    struct CycleProblem: Error {
        var startWeekday: Weekday
        var message: String {
            "its dates have no \(startWeekday.name) for the horizon to start on (horizon.start); "
                + "give dates that include one, or start the horizon on a day they cover"
        }
    }
}

/// Reads `horizon.start` and the `calendar:` section:
///
/// ```yaml
/// horizon: { days: 7, interval: 30m, start: monday }     # or start: 2026-11-23 (a date names the weekday)
/// calendar:
///   day_types: { weekday: [monday, tuesday, wednesday, thursday, friday], weekend: [saturday, sunday] }
///   closed: [sunday]              # weekdays the center is closed every week
///   holidays: [2026-12-25]        # dates it is closed (the horizon must start on a date)
/// ```
///
/// Day types name groups of weekdays so profiles and staffing can be written once per type
/// (`profile: { phone: { weekday: [...], saturday: [...] } }`); a weekday's own name always works too.
enum CalendarDecoder {
    static let keys = ["day_types", "closed", "holidays"]
    static let startExpectation = "a weekday like monday, or a date like 2026-11-23"

    /// `horizon.start`: a weekday or a date (`YYYY-MM-DD`).
    static func readStart(_ node: ParameterNode, _ reader: ParameterReader) -> (weekday: Weekday, date: Int?)? {
        guard let text = reader.text(node, "horizon.start", expected: startExpectation) else { return nil }
        if let weekday = Weekday(named: text) { return (weekday, nil) }
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.contains("-"), IntervalStart.isInRange(t), let day = IntervalStart.days(t) {
            return (Weekday(daysSince1970: day), day)
        }
        let suggestion = Suggestion.closest(to: t.lowercased(), in: Weekday.allCases.map(\.name)).map { "; did you mean '\($0)'?" }
        reader.report(node, "horizon.start", "'\(text)' is neither a weekday nor a date\(IntervalStart.whyNotNote(t)); write \(startExpectation)" + (suggestion ?? ""))
        return nil
    }

    /// The calendar of `horizon` (nil when it is unknown or `calendar:` has a problem, so by-day checks stay silent).
    static func read(_ node: ParameterNode?, _ horizon: Horizon?, _ reader: ParameterReader) -> DecodedCalendar? {
        guard let horizon else {
            if let node { _ = reader.mapping(node, "calendar", known: keys) }
            return nil
        }
        // A start that could not be read stands in as a Monday, so the rest is still checked; the model is not built.
        var calendar = DecodedCalendar(days: horizon.days, startWeekday: horizon.startIsBroken ? .monday : horizon.startWeekday,
                                       startDate: horizon.startDate)
        calendar.startIsUncertain = horizon.startIsBroken
        guard let node else { return calendar }
        let before = reader.problemCount
        guard let fields = reader.mapping(node, "calendar", known: keys,
                                          expected: "a mapping with day_types, closed and holidays") else { return nil }
        if calendar.startWeekday == nil && !horizon.startIsBroken {
            reader.report(node, "calendar", "the days need names: give horizon.start (\(startExpectation))")
        }
        if let types = fields["day_types"] { readDayTypes(types, into: &calendar, reader) }
        let typesRead = reader.problemCount == before
        if let closed = fields["closed"], let items = reader.list(closed, "calendar.closed", expected: "a list of weekdays like [sunday]") {
            for (i, item) in items.enumerated() {
                guard let weekday = readWeekday(item, "calendar.closed.\(i)", reader) else { continue }
                if !calendar.closedWeekdays.insert(weekday).inserted {
                    reader.report(item, "calendar.closed.\(i)", "\(weekday.name) is listed twice")
                }
            }
            if calendar.closedWeekdays.count == 7 {
                reader.report(closed, "calendar.closed", "every day of the week is closed; nothing would ever be answered")
            }
        }
        if let holidays = fields["holidays"],
           let items = reader.list(holidays, "calendar.holidays", expected: "a list of dates like [2026-12-25]") {
            if calendar.startWeekday != nil && calendar.startDate == nil && !calendar.startIsUncertain && !items.isEmpty {
                reader.report(holidays, "calendar.holidays", "holidays are dates, so the horizon must start on one: "
                              + "write horizon.start as a date like 2026-11-23")
            }
            for (i, item) in items.enumerated() {
                let path = "calendar.holidays.\(i)"
                guard let text = reader.text(item, path, expected: "a date like 2026-12-25") else { continue }
                let t = text.trimmingCharacters(in: .whitespaces)
                guard t.contains("-"), IntervalStart.isInRange(t), let day = IntervalStart.days(t) else {
                    reader.report(item, path, "'\(text)' is not a date\(IntervalStart.whyNotNote(t)); write YYYY-MM-DD, e.g. 2026-12-25")
                    continue
                }
                if !calendar.holidays.insert(day).inserted { reader.report(item, path, "\(t) is listed twice") }
            }
        }
        // With its day types read, the calendar still checks the keys of by-day values (the model is not built
        // when closed days or holidays have a problem: that problem is reported).
        return typesRead ? calendar : nil
    }

    /// `day_types: { weekday: [monday, ...], weekend: [saturday, sunday] }`: each weekday in at most one type.
    static func readDayTypes(_ node: ParameterNode, into calendar: inout DecodedCalendar, _ reader: ParameterReader) {
        guard let entries = reader.namedEntries(node, "calendar.day_types", what: "day types") else { return }
        for entry in entries {
            let path = "calendar.day_types." + entry.key
            if Weekday(named: entry.key) != nil {
                reader.report(entry.keyLocation, "\(path): '\(entry.key)' is a weekday, which may always be named on its own; "
                              + "give the type another name (e.g. weekday, weekend)")
                continue
            }
            calendar.typeNames.append(entry.key)
            guard let items = reader.list(entry.value, path, expected: "a list of weekdays like [monday, tuesday]") else { continue }
            if items.isEmpty { reader.report(entry.value, path, "give at least one weekday") }
            for (i, item) in items.enumerated() {
                guard let weekday = readWeekday(item, "\(path).\(i)", reader) else { continue }
                if let other = calendar.typeOfWeekday[weekday] {
                    reader.report(item, "\(path).\(i)", "\(weekday.name) is already of day type '\(other)'; a weekday has one type")
                    continue
                }
                calendar.typeOfWeekday[weekday] = entry.key
            }
        }
    }

    /// A weekday name (`monday` or `mon`), with the closest weekday suggested.
    static func readWeekday(_ node: ParameterNode, _ path: String, _ reader: ParameterReader) -> Weekday? {
        guard let text = reader.text(node, path, expected: "a weekday like monday") else { return nil }
        guard let weekday = Weekday(named: text) else {
            reader.report(node, path, "'\(text)' is not a weekday" + Suggestion.hint(for: text.lowercased(), in: Weekday.allCases.map(\.name)))
            return nil
        }
        return weekday
    }
}
