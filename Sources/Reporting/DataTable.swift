import ContactCenter
import Foundation

/// One value in a report: kept exact for JSON and CSV, formatted for people in tables.
public enum Cell: Sendable, Equatable {
    case text(String)
    case integer(Int)
    /// A number shown with `decimals` digits in tables; written in full in JSON and CSV.
    case number(Double, decimals: Int)
    /// A share in [0, 1], shown as a percentage in tables; written as a fraction in JSON and CSV.
    case share(Double, decimals: Int)
    /// Not defined here (e.g. a service level with no contacts): `null` in JSON, empty in CSV, `-` in tables.
    case missing

    var json: JSONValue {
        switch self {
        case let .text(s): return .string(s)
        case let .integer(i): return .int(i)
        case let .number(x, _), let .share(x, _): return x.isFinite ? .number(x) : .null
        case .missing: return .null
        }
    }

    var csv: String {
        switch self {
        case let .text(s): return s
        case let .integer(i): return String(i)
        case let .number(x, _), let .share(x, _): return x.isFinite ? "\(x)" : ""
        case .missing: return ""
        }
    }

    var display: String {
        switch self {
        case let .text(s): return s
        case let .integer(i): return Cell.grouped(i)
        case let .number(x, d): return x.isFinite ? String(format: "%.\(d)f", x) : "-"
        case let .share(x, d): return x.isFinite ? String(format: "%.\(d)f%%", 100 * x) : "-"
        case .missing: return "-"
        }
    }

    var isNumeric: Bool {
        switch self {
        case .text: return false
        default: return true
        }
    }

    static func grouped(_ i: Int) -> String {
        let digits = String(abs(i))
        var out = ""
        for (k, ch) in digits.enumerated() {
            if k > 0 && (digits.count - k) % 3 == 0 { out += "," }
            out.append(ch)
        }
        return (i < 0 ? "-" : "") + out
    }
}

/// A column: `key` names it in JSON and CSV (the scripting contract), `title` in tables.
public struct Column: Sendable, Equatable {
    public var key: String
    public var title: String
    public init(_ key: String, _ title: String) {
        self.key = key
        self.title = title
    }
}

/// Rows of cells under named columns, rendered as an aligned text table, CSV or JSON.
public struct DataTable: Sendable, Equatable {
    public var columns: [Column]
    public var rows: [[Cell]]

    public init(columns: [Column], rows: [[Cell]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// An aligned table for a terminal: text left-aligned, numbers right-aligned.
    public func text() -> String {
        let header = columns.map(\.title)
        let body = rows.map { $0.map(\.display) }
        var widths = header.map(\.count)
        for row in body { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        func line(_ cells: [String], numeric: [Bool]) -> String {
            cells.enumerated().map { i, c in
                let pad = String(repeating: " ", count: widths[i] - c.count)
                return numeric[i] ? pad + c : c + pad
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        let numericColumns = columns.indices.map { i in rows.contains { $0[i].isNumeric } && !rows.isEmpty }
        var out = [line(header, numeric: numericColumns),
                   widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        for (row, cells) in zip(rows, body) {
            out.append(line(cells, numeric: row.map(\.isNumeric)))
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// A GitHub-flavoured Markdown table (numbers right-aligned; `|` in text escaped).
    public func markdown() -> String {
        func escape(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
        let numeric = columns.indices.map { i in !rows.isEmpty && rows.allSatisfy { $0[i].isNumeric || $0[i] == .missing } }
        var out = "| " + columns.map { escape($0.title) }.joined(separator: " | ") + " |\n"
        out += "|" + numeric.map { $0 ? "---:" : "---" }.joined(separator: "|") + "|\n"
        for row in rows { out += "| " + row.map { escape($0.display) }.joined(separator: " | ") + " |\n" }
        return out
    }

    /// RFC 4180 CSV with a header row of column keys.
    public func csv() -> String {
        var out = CSVRecord.line(columns.map(\.key))
        for row in rows { out += CSVRecord.line(row.map(\.csv)) }
        return out
    }

    /// The rows as JSON objects keyed by column key.
    public func json() -> JSONValue {
        .array(rows.map { row in .object(zip(columns, row).map { ($0.key, $1.json) }) })
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
