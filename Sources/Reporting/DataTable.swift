import ContactCenter
import Foundation

/// A column: `key` names it in JSON and CSV (the scripting contract), `title` in tables.
///
/// A column whose key ends in `_seconds` holds time spans: JSON and CSV keep the seconds, tables
/// show them as durations (`2 min 30 s`, `18.5 h`) and drop a ` (s)` unit from the title.
public struct Column: Sendable, Equatable {
    public var key: String
    public var title: String
    /// A column keyed `key` in JSON and CSV and titled `title` for people.
    public init(_ key: String, _ title: String) {
        self.key = key
        self.title = title
    }

    var holdsSeconds: Bool { key.hasSuffix("_seconds") }

    /// The title people see.
    var shownTitle: String {
        holdsSeconds && title.hasSuffix(" (s)") ? String(title.dropLast(4)) : title
    }

    /// How `cell` is shown in this column.
    func shown(_ cell: Cell) -> Cell { holdsSeconds ? cell.asDuration : cell }
}

/// Rows of cells under named columns, rendered as an aligned text table, Markdown, CSV or JSON.
public struct DataTable: Sendable, Equatable {
    public var columns: [Column]
    public var rows: [[Cell]]
    /// How many leading columns identify a row; they are repeated in every part when a table too
    /// wide for the terminal is split into parts (see ``text(width:)``). nil: the leading text columns.
    public var keyColumns: Int?

    /// A table of `rows` under `columns`; `keyColumns` leading columns name a row (nil: the leading text columns).
    public init(columns: [Column], rows: [[Cell]] = [], keyColumns: Int? = nil) {
        self.columns = columns
        self.rows = rows
        self.keyColumns = keyColumns
    }

    /// The cells as people see them (durations for columns of seconds).
    var shownRows: [[Cell]] {
        rows.map { row in row.enumerated().map { i, cell in i < columns.count ? columns[i].shown(cell) : cell } }
    }

    /// An aligned table for a terminal, text left-aligned and numbers right-aligned, in lines of at
    /// most `width` characters. A table that is too wide first wraps its column titles, then
    /// narrows the gaps between columns, then is split into parts that each repeat the key columns
    /// (the widest cells wrap only when a single column cannot fit otherwise).
    public func text(width: Int = TextLayout.width) -> String {
        let shown = shownRows
        let layout = TableLayout(titles: columns.map(\.shownTitle), cells: shown.map { $0.map(\.display) },
                                 numeric: shown.map { $0.map(\.isNumeric) }, keyColumns: keyColumns)
        return layout.render(width: width)
    }

    /// A GitHub-flavoured Markdown table (numbers right-aligned; `|` in text escaped).
    public func markdown() -> String {
        func escape(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
        let shown = shownRows
        let numeric = columns.indices.map { i in !shown.isEmpty && shown.allSatisfy { $0[i].isNumeric || $0[i] == .missing } }
        var out = "| " + columns.map { escape($0.shownTitle) }.joined(separator: " | ") + " |\n"
        out += "|" + numeric.map { $0 ? "---:" : "---" }.joined(separator: "|") + "|\n"
        for row in shown { out += "| " + row.map { escape($0.display) }.joined(separator: " | ") + " |\n" }
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
