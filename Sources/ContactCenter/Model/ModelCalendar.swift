import Foundation

/// A day of the week, Monday first (ISO 8601), as model files write it (`monday`, or `mon`).
public enum Weekday: Int, CaseIterable, Sendable, Comparable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    /// `monday`: the name model files and JSON use.
    public var name: String { String(describing: self) }

    /// `Mon`: the name tables and charts show.
    public var shortName: String { String(name.prefix(1).uppercased() + name.dropFirst().prefix(2)) }

    /// The weekday `days` days after this one.
    public func advanced(by days: Int) -> Weekday { Weekday(rawValue: ((rawValue + days) % 7 + 7) % 7)! }

    /// The weekday of a day counted from 1970-01-01 (a Thursday).
    public init(daysSince1970 days: Int) { self = Weekday.thursday.advanced(by: days) }

    /// `monday` or `mon` (any case); nil for anything else.
    public init?(named text: String) {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let day = Weekday.allCases.first(where: { $0.name == t || ($0.name.prefix(3) == t && t.count == 3) }) else { return nil }
        self = day
    }

    public static func < (a: Weekday, b: Weekday) -> Bool { a.rawValue < b.rawValue }
}

/// What the days of a horizon are: the weekday it starts on (and its date, when it starts on one),
/// each day's type (the name its profiles and staffing are written under) and which days are closed.
///
/// A model without a stated start has unnamed days (`day 1`, `day 2`, ...), every day open and of no
/// type: every day is the same, as before weeks existed.
public struct ModelCalendar: Sendable, Equatable {
    /// Weekday of the horizon's first day; nil when the model states none.
    public var startWeekday: Weekday?
    /// Days since 1970-01-01 of the first day, when the horizon starts on a date.
    public var startDate: Int?
    /// Per day of the horizon, its day type (`weekday`, `saturday`, ...; nil: none declared for it).
    public var dayTypes: [String?]
    /// Per day of the horizon, whether the center is closed (a closed weekday or a holiday): nobody is on
    /// duty and real-time channels get no contacts; deferred work still arrives and waits for an open day.
    public var closed: [Bool]

    /// A calendar of `days` unnamed, open days.
    public init(days: Int) {
        startWeekday = nil
        startDate = nil
        dayTypes = Array(repeating: nil, count: max(0, days))
        closed = Array(repeating: false, count: max(0, days))
    }

    /// A calendar starting on `startWeekday` (and `startDate`, days since 1970-01-01, when known).
    public init(days: Int, startWeekday: Weekday?, startDate: Int? = nil, dayTypes: [String?]? = nil, closed: [Bool]? = nil) {
        self.startWeekday = startDate.map { Weekday(daysSince1970: $0) } ?? startWeekday
        self.startDate = startDate
        self.dayTypes = dayTypes ?? Array(repeating: nil, count: max(0, days))
        self.closed = closed ?? Array(repeating: false, count: max(0, days))
    }

    /// Days in the horizon.
    public var days: Int { closed.count }

    /// Whether the days have names (the horizon starts on a stated weekday or date).
    public var hasWeekdays: Bool { startWeekday != nil }

    /// The weekday of day `d` (0-based; may be negative: the days before the horizon), nil without a start.
    public func weekday(ofDay d: Int) -> Weekday? { startWeekday?.advanced(by: d) }

    /// `2026-11-23` for day `d` when the horizon starts on a date.
    public func date(ofDay d: Int) -> String? {
        startDate.map { String(IntervalStart.text(Double($0 + d) * 86400, dated: true).prefix(10)) }
    }

    /// Whether `other` starts on the same weekday and date, so that its day numbers name the same days.
    public func startsLike(_ other: ModelCalendar) -> Bool { startWeekday == other.startWeekday && startDate == other.startDate }

    /// Whether day `d` is closed (days outside the horizon are open).
    public func isClosed(_ d: Int) -> Bool { closed.indices.contains(d) && closed[d] }

    /// The kinds of open day among `days`, in order of first appearance: a day's type (`weekday`) when it
    /// has one, else its weekday (`saturday`), each with the first day of that kind; empty without a start.
    public func dayKinds(among days: Range<Int>) -> [(key: String, day: Int)] {
        var out: [(key: String, day: Int)] = []
        for d in days where !isClosed(d) {
            guard let key = (dayTypes.indices.contains(d) ? dayTypes[d] : nil) ?? weekday(ofDay: d)?.name else { continue }
            if !out.contains(where: { $0.key == key }) { out.append((key, d)) }
        }
        return out
    }

    /// `Mon 2026-11-23`, `Mon` (in a horizon of at most a week), `Mon, day 8` or `day 3`: how tables,
    /// charts and JSON name day `d` (0-based).
    public func label(ofDay d: Int) -> String {
        guard let weekday = weekday(ofDay: d) else { return "day \(d + 1)" }
        if let date = date(ofDay: d) { return weekday.shortName + " " + date }
        return days <= 7 ? weekday.shortName : "\(weekday.shortName), day \(d + 1)"
    }
}
