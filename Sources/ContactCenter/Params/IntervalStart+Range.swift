import CSV
import Foundation

/// Interval starts whose numbers are too long to turn into a day count (a year past 9999 overflows
/// the date arithmetic), caught before a forecast or staffing table is read.
extension IntervalStart {
    /// Whether no number in `text` has more than 4 digits, so `seconds(_:)` cannot overflow.
    static func isInRange(_ text: String) -> Bool {
        text.split(whereSeparator: { !$0.isNumber }).allSatisfy { $0.count <= 4 }
    }

    /// The rows of the CSV file at `path` whose start column (`interval_start`, `interval` or `start`)
    /// is out of range, located at their line and column; empty when there are none or the file is not
    /// readable CSV (its reader reports that).
    static func outOfRangeStarts(inCSVAt path: String) -> [FileIssue] {
        guard let data = FileManager.default.contents(atPath: path), !data.contains(0),
              let text = String(data: data, encoding: .utf8),
              let reader = try? CSVReader(string: text, hasHeaderRow: true, trimFields: true) else { return [] }
        let header = (reader.headerRow ?? []).map { $0.lowercased() }
        guard let column = ["interval_start", "interval", "start"].lazy.compactMap({ header.firstIndex(of: $0) }).first else { return [] }
        var issues: [FileIssue] = []
        var line = 1
        while let fields = reader.next() {
            line += 1
            if column < fields.count, !isInRange(fields[column]) {
                issues.append(FileIssue(file: path, line: line, column: column + 1, message: "column '\(header[column])': "
                                        + "'\(fields[column])' is not an interval start; write HH:MM or YYYY-MM-DD HH:MM (years up to 9999)"))
            }
        }
        return issues
    }
}
