import ContactCenter
import Foundation

/// One value in a report: kept exact for JSON and CSV, formatted for people in tables.
public enum Cell: Sendable, Equatable {
    case text(String)
    case integer(Int)
    /// A number shown with `decimals` digits (grouped by thousands) in tables; written in full in JSON and CSV.
    case number(Double, decimals: Int)
    /// A share in [0, 1], shown as a percentage in tables; written as a fraction in JSON and CSV.
    case share(Double, decimals: Int)
    /// A time span in seconds, shown as a person reads it (`2 min 30 s`); seconds in JSON and CSV.
    case duration(Double)
    /// Not defined here (e.g. a service level with no contacts): `null` in JSON, empty in CSV, `-` in tables.
    case missing

    var json: JSONValue {
        switch self {
        case let .text(s): return .string(s)
        case let .integer(i): return .int(i)
        case let .number(x, _), let .share(x, _), let .duration(x): return x.isFinite ? .number(x) : .null
        case .missing: return .null
        }
    }

    var csv: String {
        switch self {
        case let .text(s): return s
        case let .integer(i): return String(i)
        case let .number(x, _), let .share(x, _), let .duration(x): return x.isFinite ? "\(x)" : ""
        case .missing: return ""
        }
    }

    /// The cell as people read it: `7,125.00`, `83.2%`, `2 min 30 s`, `-`.
    public var display: String {
        switch self {
        case let .text(s): return s
        case let .integer(i): return NumberText.grouped(i)
        case let .number(x, d): return x.isFinite ? NumberText.grouped(x, decimals: d) : "-"
        case let .share(x, d): return x.isFinite ? NumberText.grouped(100 * x, decimals: d) + "%" : "-"
        case let .duration(x): return x.isFinite ? NumberText.duration(x) : "-"
        case .missing: return "-"
        }
    }

    /// Numbers are right-aligned in tables, text left-aligned.
    var isNumeric: Bool {
        switch self {
        case .text: return false
        default: return true
        }
    }

    /// The same value shown as a duration when it is a plain number (a column of seconds).
    var asDuration: Cell {
        if case let .number(x, _) = self { return .duration(x) }
        return self
    }

    /// `1,234` (see ``NumberText/grouped(_:)-(Int)``).
    static func grouped(_ i: Int) -> String { NumberText.grouped(i) }
}
