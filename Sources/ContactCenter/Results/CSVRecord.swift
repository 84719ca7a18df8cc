/// The one RFC 4180 writer behind every CSV ccsim writes: contact traces (`--trace`), sweep
/// results, and report tables (`--format csv`). A field is written as is unless it holds a comma,
/// a double quote, a carriage return or a line feed; then it is quoted, its quotes doubled.
///
/// yaslab's `CSVWriter` (CSV.swift, which reads forecasts and staffing tables here) was measured
/// for this and not used: it writes to an `OutputStream` one byte per call, which took 76 s for a
/// million trace rows against 3.7 s for this writer (release build, 61.5 MB), and it puts the line
/// break before each row instead of after it, so files would lose their final newline. ccsim's
/// outputs are built as text and then written atomically (or appended durably by sweeps), so the
/// writer only has to format.
public enum CSVRecord {
    /// `text` as one RFC 4180 field.
    public static func field(_ text: String) -> String {
        // Bytes, not Characters: "\r\n" is one Character that equals neither "\r" nor "\n".
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One record: the fields, each written by ``field(_:)``, joined by commas, ending in a line feed.
    public static func line<Fields: Sequence>(_ fields: Fields) -> String where Fields.Element == String {
        fields.map(field).joined(separator: ",") + "\n"
    }

    /// The fields of one record written by ``line(_:)`` (without its line feed); nil when a quote is left open.
    public static func fields(of line: Substring) -> [String]? {
        var cells: [String] = [], cell = "", quoted = false, i = line.startIndex
        while i < line.endIndex {
            let c = line[i]
            if quoted {
                if c == "\"" {
                    let next = line.index(after: i)
                    if next < line.endIndex && line[next] == "\"" { cell.append("\""); i = next } else { quoted = false }
                } else {
                    cell.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                cells.append(cell)
                cell = ""
            } else {
                cell.append(c)
            }
            i = line.index(after: i)
        }
        if quoted { return nil }
        cells.append(cell)
        return cells
    }
}
