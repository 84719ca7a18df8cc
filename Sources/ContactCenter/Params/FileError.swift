/// A problem in an input file, located so an editor can jump to it: `FILE:LINE:COLUMN: message`;
/// or a warning (legal but almost surely wrong), `FILE:LINE:COLUMN: warning: message`.
public struct FileIssue: Sendable, Equatable, CustomStringConvertible {
    /// A problem stops the command (exit status 2); a warning is printed and the command goes on.
    public enum Severity: Sendable, Equatable {
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

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return "\(location): " + (severity == .warning ? "warning: " : "") + message
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
    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
