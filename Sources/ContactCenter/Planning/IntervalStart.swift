import Foundation

/// Interval starts as planners write them: `HH:MM`, or a date and time `YYYY-MM-DD HH:MM[:SS]`
/// (a `T` may separate them).
enum IntervalStart {
    /// Whether `text` carries a date (`YYYY-MM-DD HH:MM`, or with a `T`) rather than only a time of day.
    static func isDated(_ text: String) -> Bool { text.contains { $0 == " " || $0 == "T" } }

    static func seconds(_ text: String) -> Double? {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "T" }).map(String.init)
        switch parts.count {
        case 1: return timeOfDay(parts[0])
        case 2:
            guard let day = days(parts[0]), let time = timeOfDay(parts[1]) else { return nil }
            return Double(day) * 86400 + time
        default: return nil
        }
    }

    /// Whether the time of `text` is written `24:00` (the next midnight).
    static func isMidnightAsTwentyFour(_ text: String) -> Bool {
        guard let time = text.split(whereSeparator: { $0 == " " || $0 == "T" }).last else { return false }
        return timeOfDay(String(time)) == 86400
    }

    static func timeOfDay(_ s: String) -> Double? {
        let p = s.split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
        guard p.count == 2 || p.count == 3, p.allSatisfy({ $0 != nil }) else { return nil }
        let h = p[0]!, m = p[1]!, sec = p.count == 3 ? p[2]! : 0
        guard (0...24).contains(h), (0..<60).contains(m), (0..<60).contains(sec), h < 24 || (m == 0 && sec == 0) else { return nil }
        return Double(h * 3600 + m * 60 + sec)
    }

    /// Days of month `m` (1-12) of year `y` in the proleptic Gregorian calendar: a date past its month's
    /// end (2026-02-30, 2026-04-31, 2026-02-29) is not a date (it was read as a day of the next month).
    static func daysInMonth(_ m: Int, of y: Int) -> Int {
        switch m {
        case 2: return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date of the years 1-9999 (Hinnant's days_from_civil).
    static func days(_ s: String) -> Int? {
        let p = s.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard p.count == 3, let y0 = p[0], let m = p[1], let d = p[2], (1...9999).contains(y0), (1...12).contains(m),
              (1...daysInMonth(m, of: y0)).contains(d) else { return nil }
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The start written back: `YYYY-MM-DD HH:MM` when `dated`, else `HH:MM` (`:SS` when not whole minutes).
    static func text(_ seconds: Double, dated: Bool) -> String {
        let total = Int(seconds.rounded())
        let day = Int((Double(total) / 86400).rounded(.down)), second = total - day * 86400
        var time = String(format: "%02d:%02d", second / 3600, second / 60 % 60)
        if second % 60 != 0 { time += String(format: ":%02d", second % 60) }
        guard dated else { return time }
        // Hinnant's civil_from_days.
        let z = day + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return String(format: "%04d-%02d-%02d ", y, m, d) + time
    }
}

extension IntervalStart {
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]

    /// Why `text` (`YYYY-MM-DD`, `HH:MM[:SS]`, or a date and a time) is no date or time although it is
    /// written like one, for the end of a message: "February 2026 has 28 days", "there is no hour 25".
    /// Nil when it is fine or not written like a date or time (the message's own advice covers that).
    /// A date or time that does not exist was refused only as "not a date" / "not an interval start".
    static func whyNot(_ text: String) -> String? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(whereSeparator: { $0 == " " || $0 == "T" }).map(String.init)
        for part in parts {
            if let reason = part.contains("-") ? dateProblem(part) : part.contains(":") ? timeProblem(part) : nil { return reason }
        }
        return nil
    }

    static func dateProblem(_ s: String) -> String? {
        let p = s.split(separator: "-", omittingEmptySubsequences: false)
        guard p.count == 3, p.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y = Int(p[0]), let m = Int(p[1]), let d = Int(p[2]) else { return nil }
        guard (1...9999).contains(y) else { return "years run from 1 to 9999" }
        guard (1...12).contains(m) else { return "there is no month \(m)" }
        let days = daysInMonth(m, of: y)
        guard (1...days).contains(d) else { return "\(monthNames[m - 1]) \(y) has \(days) days" }
        return nil
    }

    static func timeProblem(_ s: String) -> String? {
        let p = s.split(separator: ":", omittingEmptySubsequences: false)
        guard p.count == 2 || p.count == 3, p.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let h = Int(p[0]), let m = Int(p[1]) else { return nil }
        let sec = p.count == 3 ? Int(p[2]) ?? 0 : 0
        if h > 24 || (h == 24 && (m > 0 || sec > 0)) { return "a day runs from 00:00 to 24:00" }
        if m > 59 { return "there is no minute \(m)" }
        if sec > 59 { return "there is no second \(sec)" }
        return nil
    }

    /// `" (February 2026 has 28 days)"` for a message, or "".
    static func whyNotNote(_ text: String) -> String { whyNot(text).map { " (\($0))" } ?? "" }
}
