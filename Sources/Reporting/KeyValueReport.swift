import ContactCenter
/// A single result as named values: `key` for JSON and CSV, `title` for people.
///
/// Rendered as a two-column table for a terminal, a JSON object, or a one-row CSV.
public struct KeyValueReport: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var key: String
        public var title: String
        public var value: Cell
    }

    public var entries: [Entry] = []
    /// Lines printed under the table (e.g. which approximation produced the numbers).
    public var notes: [String] = []

    public init() {}

    public mutating func add(_ key: String, _ title: String, _ value: Cell) {
        entries.append(Entry(key: key, title: title, value: value))
    }

    /// A two-column aligned table, then the notes.
    public func text() -> String {
        let width = entries.map(\.title.count).max() ?? 0
        let valueWidth = entries.map(\.value.display.count).max() ?? 0
        var out = ""
        for e in entries {
            let shown = e.value.display
            out += e.title + String(repeating: " ", count: width - e.title.count) + "  "
                + String(repeating: " ", count: valueWidth - shown.count) + shown + "\n"
        }
        for note in notes { out += "note: " + note + "\n" }
        return out
    }

    /// A JSON object in entry order; notes go under `"notes"` when there are any.
    public func json() -> JSONValue {
        var fields = entries.map { ($0.key, $0.value.json) }
        if !notes.isEmpty { fields.append(("notes", .array(notes.map { .string($0) }))) }
        return .object(fields)
    }

    /// A two-column Markdown table, then the notes as a list.
    public func markdown() -> String {
        var table = DataTable(columns: [Column("measure", "Measure"), Column("value", "Value")])
        table.rows = entries.map { [.text($0.title), $0.value] }
        return table.markdown() + notes.map { "\n- " + $0 }.joined() + (notes.isEmpty ? "" : "\n")
    }

    /// A header of keys and one row of values.
    public func csv() -> String {
        DataTable(columns: entries.map { Column($0.key, $0.title) }, rows: [entries.map(\.value)]).csv()
    }
}
