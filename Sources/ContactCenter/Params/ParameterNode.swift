import Yams

/// Where a value was written: a file and, when known, a 1-based line and column.
///
/// Values inserted by a scenario's `set` keep the location in the scenario, and values from
/// a command-line override are located at the override (`--set PATH=VALUE`), so every
/// message points at the text the planner wrote.
public struct SourceLocation: Sendable, Equatable, Hashable {
    public var file: String
    public var line: Int?
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// A file issue (a problem, or a warning) at this location.
    package func issue(_ message: String, severity: FileIssue.Severity = .error) -> FileIssue {
        FileIssue(file: file, line: line, column: column, message: message, severity: severity)
    }
}

/// One `key: value` pair of a mapping, with the location of the key.
package struct ParameterEntry: Sendable {
    package var key: String
    package var keyLocation: SourceLocation
    package var value: ParameterNode
}

/// A composed YAML document as the loader sees it: scalars as written, mappings in file
/// order, every node located in its file.
///
/// Built from Yams' `Node` tree (`Yams.compose(yaml:)`) so that locations survive edits:
/// a scenario's `set` and `set_staffing` splice nodes of the scenario file into the model's
/// tree before it is decoded, and each spliced node still names the file it came from.
/// Scalars are kept as text; the decoder reads each as the quantity its key expects.
package indirect enum ParameterNode: Sendable {
    /// Text as written; `isNull` for an empty plain value, `~` or `null`.
    case scalar(String, isNull: Bool, SourceLocation)
    case mapping([ParameterEntry], SourceLocation)
    case sequence([ParameterNode], SourceLocation)

    package var location: SourceLocation {
        switch self {
        case let .scalar(_, _, location), let .mapping(_, location), let .sequence(_, location): location
        }
    }

    /// "a mapping", "a list", "text '...'" or "nothing", for messages saying what was found instead.
    package var kindDescription: String {
        switch self {
        case let .scalar(text, isNull, _): isNull ? "nothing" : "'\(text)'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }

    /// The value of `key` when this is a mapping.
    package subscript(key: String) -> ParameterNode? {
        guard case let .mapping(entries, _) = self else { return nil }
        return entries.last { $0.key == key }?.value
    }

    /// The keys when this is a mapping, in file order.
    package var keys: [String] {
        guard case let .mapping(entries, _) = self else { return [] }
        return entries.map(\.key)
    }

    /// The text of a non-null scalar.
    package var text: String? {
        guard case let .scalar(text, isNull, _) = self, !isNull else { return nil }
        return text
    }

    /// The tag written on `node` (`!!str`, `!custom`), or nil when it has none: a quoted scalar's implied
    /// `!!str` is not written. Tags are refused rather than ignored: `agents: !!str 5` would otherwise be
    /// read as the number 5, and `!custom` or `!!binary` values as their plain text.
    static func explicitTag(_ node: Node) -> String? {
        let name: String
        switch node {
        case let .scalar(scalar):
            name = scalar.tag.description
            if scalar.style != .plain && name == Tag.Name.str.rawValue { return nil }
        case let .mapping(mapping): name = mapping.tag.description
        case let .sequence(sequence): name = sequence.tag.description
        default: return nil
        }
        guard !name.isEmpty else { return nil }
        let standard = "tag:yaml.org,2002:"
        return name.hasPrefix(standard) ? "!!" + name.dropFirst(standard.count) : name
    }

    /// Converts a composed Yams node of `file`; keys that are not plain text are reported in `issues`.
    /// Merge keys (`<<: *defaults`) are expanded: the merged keys come first, keys written in the mapping win.
    package init(_ node: Node, file: String, issues: inout [FileIssue]) {
        self.init(node, file: file, path: "", issues: &issues)
    }

    /// `path`: the dotted path of `node` in the file (for messages).
    init(_ node: Node, file: String, path: String, issues: inout [FileIssue]) {
        func location(_ mark: Mark?) -> SourceLocation {
            SourceLocation(file: file, line: mark?.line, column: mark?.column)
        }
        if let tag = Self.explicitTag(node) {
            let mark: Mark? = node.mark
            issues.append(location(mark).issue(ParameterReader.prefix(path) + "the YAML tag '\(tag)' is not supported: ccsim reads each value as its key expects "
                                               + "(a number, a duration, a name, ...); remove the tag\(tag == "!!str" ? " (quote the value to keep it text)" : "")"))
        }
        switch node {
        case let .scalar(scalar):
            let isNull = scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
            self = .scalar(scalar.string, isNull: isNull, location(scalar.mark))
        case let .sequence(sequence):
            self = .sequence(sequence.enumerated().map { ParameterNode($1, file: file, path: ParameterReader.join(path, "\($0)"), issues: &issues) },
                             location(sequence.mark))
        case let .alias(alias):
            self = .scalar("", isNull: true, location(alias.mark))
        case let .mapping(mapping):
            var entries: [ParameterEntry] = []
            var merged: [ParameterEntry] = []
            for (key, value) in mapping {
                let keyLocation = location(key.mark)
                guard case let .scalar(keyScalar) = key else {
                    issues.append(keyLocation.issue("a key must be a plain name, not \(key.mapping != nil ? "a mapping" : "a list")"))
                    continue
                }
                // Yams resolves a key's implicit tag in place when it checks for duplicate keys, so a plain
                // key reads as !!str (or !!int, ...): only a tag no plain scalar resolves to was written.
                if let tag = Self.explicitTag(key), !["!!str", "!!int", "!!float", "!!bool", "!!null", "!!merge", "!!value"].contains(tag) {
                    issues.append(keyLocation.issue(ParameterReader.prefix(path) + "the YAML tag '\(tag)' on the key '\(keyScalar.string)' "
                                                    + "is not supported; remove the tag"))
                }
                let converted = ParameterNode(value, file: file, path: ParameterReader.join(path, keyScalar.string), issues: &issues)
                if keyScalar.string == "<<" && keyScalar.style == .plain {
                    switch converted {
                    case let .mapping(more, _): merged += more
                    case let .sequence(items, _):
                        for case let .mapping(more, _) in items { merged += more }
                    case .scalar:
                        issues.append(keyLocation.issue("'<<' merges a mapping (e.g. <<: *defaults), not \(converted.kindDescription)"))
                    }
                    continue
                }
                entries.append(ParameterEntry(key: keyScalar.string, keyLocation: keyLocation, value: converted))
            }
            let written = Set(entries.map(\.key))
            var seen = Set<String>()
            let inherited = merged.reversed().filter { !written.contains($0.key) && seen.insert($0.key).inserted }.reversed()
            self = .mapping(Array(inherited) + entries, location(mapping.mark))
        }
    }
}
