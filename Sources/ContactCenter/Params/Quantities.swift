import Foundation
import Queueing

/// Parsing of the quantities planners write: durations (`20s`, `5m`, `1.5h`, `2d`, or with the
/// unit spelt out: `20 sec`, `5 minutes`, `1.5 hours`, `2 days`), shares (`80%` or `0.8`), service
/// levels (`80%/20s`, `80% within 20s` or `80% in 20s`) and opening hours (`"08:00-20:00"`).
///
/// Each parser returns the value in base units (seconds, fractions) or throws a
/// `QuantityError` whose message says what was expected, for the caller to prefix with
/// the flag, or the file, line and field.
public enum Quantity {
    /// The units a duration may take, each with its length in seconds (case does not matter).
    static let durationUnits: [(unit: String, seconds: Double)] = [
        ("ms", 0.001),
        ("s", 1), ("sec", 1), ("secs", 1), ("second", 1), ("seconds", 1),
        ("m", 60), ("min", 60), ("mins", 60), ("minute", 60), ("minutes", 60),
        ("h", 3600), ("hr", 3600), ("hrs", 3600), ("hour", 3600), ("hours", 3600),
        ("d", 86400), ("day", 86400), ("days", 86400),
    ]

    /// The accepted units in words, for messages.
    static let durationUnitsText = "s (sec, seconds), m (min, minutes), h (hr, hours) or d (days)"

    /// Seconds from a duration with a unit: `s`, `m` (minutes), `h`, `d`, or spelt out (`sec`,
    /// `min`, `hr`, `hours`, `days`, `second(s)`, `minute(s)`, `hour(s)`, `day(s)`, ...; see
    /// ``durationUnits``). A bare number is refused because `300` could mean seconds or minutes.
    public static func duration(_ text: String) throws -> Double {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty else { throw QuantityError("empty duration; write e.g. 20s, 5m, 1.5h or 2d") }
        // The unit is the trailing run of letters ("5 minutes", "1.5h"); the number is what precedes it.
        let unit = String(t.reversed().prefix(while: { $0.isLetter }).reversed())
        let number = String(t.dropLast(unit.count)).trimmingCharacters(in: .whitespaces)
        guard !unit.isEmpty else {
            if Double(t) != nil {
                throw QuantityError("'\(t)' has no unit; write e.g. \(t)s or \(t)m (units: \(durationUnitsText))")
            }
            throw QuantityError("'\(t)' is not a duration; write a number and a unit, e.g. 20s or 5m (units: \(durationUnitsText))")
        }
        guard let scale = durationUnits.first(where: { $0.unit == unit.lowercased() })?.seconds else {
            throw QuantityError("'\(t)' has an unknown unit '\(unit)'; use \(durationUnitsText)")
        }
        guard let value = decimal(number), !number.isEmpty else {
            throw QuantityError("'\(t)' is not a number followed by a unit (\(unit)); write e.g. 20s or 5m")
        }
        guard value.isFinite else { throw QuantityError("'\(t)' is not a finite duration") }
        guard value >= 0 else { throw QuantityError("'\(t)' is negative; a duration must be >= 0") }
        return value * scale
    }

    /// A number written in decimal (`12`, `0.5`, `1e6`), or nil: `Double(_:)` alone also reads
    /// hexadecimal (`0x10` as 16), `inf` and `nan`, which nobody means in a duration or a count.
    public static func decimal(_ text: some StringProtocol) -> Double? {
        guard !text.isEmpty, text.allSatisfy({ "0123456789.eE+-".contains($0) }) else { return nil }
        return Double(text)
    }

    /// A share in [0, 1] from `80%` or `0.8`. A bare number above 1 is refused (did you mean `80%`?).
    public static func share(_ text: String) throws -> Double {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.hasSuffix("%") {
            let body = t.dropLast().trimmingCharacters(in: .whitespaces)
            guard let v = decimal(body), v.isFinite else {
                throw QuantityError("'\(t)' is not a percentage; write e.g. 80% or 0.8")
            }
            guard v >= 0 else { throw QuantityError("'\(t)' is negative; a share must be between 0% and 100%") }
            guard v <= 100 else { throw QuantityError("'\(t)' is above 100%") }
            return v / 100
        }
        guard let v = decimal(t), v.isFinite else {
            throw QuantityError("'\(t)' is not a share; write e.g. 80% or 0.8")
        }
        guard v >= 0 else { throw QuantityError("'\(t)' is negative; a share must be between 0 and 1") }
        guard v <= 1 else { throw QuantityError("'\(t)' is above 1; write \(t)% for a percentage, or a fraction like 0.8") }
        return v
    }

    /// A positive finite number (e.g. a load in Erlangs, a count of agents).
    public static func positiveNumber(_ text: String) throws -> Double {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard let v = decimal(t), !t.isEmpty else { throw QuantityError("'\(t)' is not a number") }
        guard v.isFinite else { throw QuantityError("'\(t)' is not a finite number") }
        guard v > 0 else { throw QuantityError("'\(t)' must be > 0") }
        return v
    }

    /// A service-level target from `80%/20s`, `80% within 20s` or `80% in 20s` (the form reports print).
    public static func serviceLevel(_ text: String) throws -> ServiceLevelTarget {
        let t = text.trimmingCharacters(in: .whitespaces)
        let forms = "write e.g. 80%/20s, \"80% within 20s\" or \"80% in 20s\""
        let parts: [String]
        if t.contains("/") {
            parts = t.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        } else if let word = [" within ", " in "].first(where: { t.lowercased().contains($0) }) {
            parts = t.lowercased().components(separatedBy: word)
        } else {
            throw QuantityError("'\(t)' is not a service level; \(forms)")
        }
        guard parts.count == 2 else {
            throw QuantityError("'\(t)' is not a service level; \(forms)")
        }
        let fraction = try share(parts[0])
        guard fraction > 0 else { throw QuantityError("'\(t)': the share must be above 0%") }
        guard fraction < 1 else {
            throw QuantityError("'\(t)': the share must be below 100%; no staffing answers every contact within a limit")
        }
        return ServiceLevelTarget(fraction: fraction, threshold: try duration(parts[1]))
    }
}

/// A quantity that could not be read, with a message saying what was expected.
public struct QuantityError: Error, CustomStringConvertible, Equatable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
