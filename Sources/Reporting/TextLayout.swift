/// Terminal text that fits a width: greedy word wrap (a word longer than the line is cut),
/// paragraphs with a hanging indent, and a last pass that wraps any line still too long.
/// Every table-format output of ccsim is at most ``width`` columns; `DataTable` and
/// `KeyValueReport` lay themselves out to it and prose goes through ``paragraph(_:width:first:rest:)``.
public enum TextLayout {
    /// The widest line of any table-format output.
    public static let width = 100

    /// `text` broken at spaces into lines of at most `width` characters; a word longer than
    /// `width` is cut into pieces. Empty text gives one empty line.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            while word.count > width {
                if !line.isEmpty { lines.append(line) }
                line = ""
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            if word.isEmpty { continue }
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// A paragraph of at most `width` columns: the first line starts with `first`, the next ones
    /// with `rest` (default: as many spaces as `first` has characters).
    public static func paragraph(_ text: String, width: Int = width, first: String = "", rest: String? = nil) -> String {
        let rest = rest ?? String(repeating: " ", count: first.count)
        let room = max(1, width - max(first.count, rest.count))
        return wrap(text, width: room).enumerated().map { i, line in
            ((i == 0 ? first : rest) + line).trimmingTrailingSpaces()
        }.joined(separator: "\n")
    }

    /// `block` with every line longer than `width` wrapped, continuation lines indented under the
    /// text after the line's leading spaces and list marker (`- `, `* `, `note: `, `change: `).
    public static func fit(_ block: String, width: Int = width) -> String {
        var out: [String] = []
        for line in block.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            guard line.count > width else {
                out.append(line)
                continue
            }
            let indent = line.prefix { $0 == " " }.count
            let body = String(line.dropFirst(indent))
            var marker = ""
            if body.hasPrefix("- ") || body.hasPrefix("* ") {
                marker = String(body.prefix(2))
            } else if let colon = body.firstIndex(of: ":"), body.distance(from: body.startIndex, to: colon) <= 12,
                      body[..<colon].allSatisfy({ $0.isLetter }), body[colon...].hasPrefix(": ") {
                marker = String(body[...colon]) + " "
            }
            let lead = String(repeating: " ", count: indent)
            out.append(paragraph(String(body.dropFirst(marker.count)), width: width, first: lead + marker,
                                 rest: String(repeating: " ", count: min(indent + marker.count, width / 2))))
        }
        return out.joined(separator: "\n")
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
