/// A problem in an input file, located so an editor can jump to it: `FILE:LINE:COLUMN: message`.
public struct FileIssue: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// 1-based line, or nil when the problem is the whole file (unreadable, empty).
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return "\(location): \(message)"
    }
}

/// Every problem found in one or more input files; reading does not stop at the first.
public struct FileErrors: Error, Sendable, CustomStringConvertible {
    public var issues: [FileIssue]
    public init(_ issues: [FileIssue]) { self.issues = issues }
    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
