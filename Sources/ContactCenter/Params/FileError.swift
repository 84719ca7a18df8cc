/// A problem in an input file, located so an editor can jump to it: `FILE:LINE:COLUMN: message`;
/// or a warning (legal but almost surely wrong), `FILE:LINE:COLUMN: warning: message`.
public struct FileIssue: Sendable, Hashable, CustomStringConvertible {
    /// A problem stops the command (exit status 2); a warning is printed and the command goes on.
    public enum Severity: Sendable, Hashable {
        case error, warning
    }

    public var file: String
    /// 1-based line, or nil when the problem is the whole file (unreadable, empty).
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    public var message: String
    public var severity: Severity

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String, severity: Severity = .error) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.severity = severity
    }

    /// One line, always: line breaks and other control characters in the message (a quoted cell
    /// of a broken CSV can hold them) are written as escapes, so every line of ccsim's stderr
    /// starts with the location it is about.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return "\(location): " + (severity == .warning ? "warning: " : "") + Self.oneLine(message)
    }

    /// `text` with control characters escaped (`\n`, `\r`, `\t`, `\u{..}`) and very long quotes shortened.
    static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7f }) || text.count > 2000 else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7f {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out.count > 2000 ? String(out.prefix(2000)) + "..." : out
    }
}

/// Every problem found in one or more input files; reading does not stop at the first.
public struct FileErrors: Error, Sendable, CustomStringConvertible {
    public var issues: [FileIssue]
    /// Warnings found while reading the files (see ``LoadedModel/warnings``), for `ccsim validate`
    /// to list beside the problems; not part of `description`.
    public var warnings: [FileIssue]
    public init(_ issues: [FileIssue], warnings: [FileIssue] = []) {
        self.issues = issues
        self.warnings = warnings
    }
    /// One line per issue, each said once (a base model read for several scenarios reports its
    /// problems once, not once per scenario).
    public var description: String {
        var seen = Set<String>()
        return issues.map(\.description).filter { seen.insert($0).inserted }.joined(separator: "\n")
    }
}
