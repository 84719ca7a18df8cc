import ContactCenter
/// A single result as named values: `key` for JSON and CSV, `title` for people.
///
/// Rendered as a two-column table for a terminal, a JSON object, or a one-row CSV.
public struct KeyValueReport: Sendable, Equatable {
    /// One named value: `key` for JSON and CSV, `title` for people.
    public struct Entry: Sendable, Equatable {
        public var key: String
        public var title: String
        public var value: Cell
    }

    public var entries: [Entry] = []
    /// Lines printed under the table (e.g. which approximation produced the numbers).
    public var notes: [String] = []

    /// An empty report; entries are added with `add(_:_:_:)`.
    public init() {}

    public mutating func add(_ key: String, _ title: String, _ value: Cell) {
        entries.append(Entry(key: key, title: title, value: value))
    }

    /// A two-column aligned table, then the notes, in lines of at most `width` characters (long
    /// titles, values and notes wrap).
    public func text(width: Int = TextLayout.width) -> String {
        let values = shown.map(\.value.display)
        let valueWidth = min(values.map(\.count).max() ?? 0, width / 2)
        let titleWidth = min(shown.map(\.title.count).max() ?? 0, max(1, width - 2 - valueWidth))
        var out = ""
        for (e, shown) in zip(self.shown, values) {
            let titleLines = TextLayout.wrap(e.title, width: titleWidth)
            let valueLines = shown.count <= valueWidth ? [shown] : TextLayout.wrap(shown, width: valueWidth)
            for k in 0..<max(titleLines.count, valueLines.count) {
                let title = k < titleLines.count ? titleLines[k] : ""
                let value = k < valueLines.count ? valueLines[k] : ""
                let line = title + String(repeating: " ", count: titleWidth - title.count) + "  "
                    + String(repeating: " ", count: max(0, valueWidth - value.count)) + value
                out += line.trimmingTrailingSpaces() + "\n"
            }
        }
        for note in notes { out += TextLayout.paragraph(note, width: width, first: "note: ") + "\n" }
        return out
    }

    /// The entries as people see them: a value keyed `*_seconds` as a duration, its title without ` (s)`
    /// (the rule of `DataTable` columns).
    var shown: [Entry] {
        entries.map { e in
            let column = Column(e.key, e.title)
            return Entry(key: e.key, title: column.shownTitle, value: column.shown(e.value))
        }
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
        table.rows = shown.map { [.text($0.title), $0.value] }
        return table.markdown() + notes.map { "\n- " + $0 }.joined() + (notes.isEmpty ? "" : "\n")
    }

    /// A header of keys and one row of values.
    public func csv() -> String {
        DataTable(columns: entries.map { Column($0.key, $0.title) }, rows: [entries.map(\.value)]).csv()
    }
}
