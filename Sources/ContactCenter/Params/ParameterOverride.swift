import Yams

/// A parameter set from outside the file, by dotted path into the model file's YAML tree:
/// `ParameterOverride(path: "channels.messaging.concurrency", value: "4")`.
///
/// The value is YAML text, so a whole sub-tree can be given
/// (`"{ lognormal: { mean: 5m, sd: 2m } }"`). Overrides are applied after every `set` of the
/// scenario stack and before the model is decoded, so they are checked like values written
/// in the file. For a scenario, a path starting with `changes` edits the scenario's own list
/// of changes instead (`changes.0.move_agents.count`), which is how a sweep varies a change.
public struct ParameterOverride: Sendable, Equatable {
    public var path: String
    public var value: String

    public init(path: String, value: String) {
        self.path = path
        self.value = value
    }

    /// Reads `PATH=VALUE` as typed on a command line (e.g. `--set channels.phone.hours=08:00-22:00`).
    public init?(assignment: String) {
        guard let equals = assignment.firstIndex(of: "=") else { return nil }
        let path = assignment[..<equals].trimmingCharacters(in: .whitespaces)
        guard !path.isEmpty else { return nil }
        self.init(path: path, value: String(assignment[assignment.index(after: equals)...]))
    }

    /// How messages name the override: `--set PATH=VALUE`.
    public var label: String { "--set \(path)=\(value)" }

    /// The value as a parameter tree located at the override; unparsable YAML is reported.
    func valueNode() -> Result<ParameterNode, FileErrors> {
        let location = SourceLocation(file: label)
        if let size = YAMLSizeCheck.problem(in: value) {
            return .failure(FileErrors([FileIssue(file: label, message: "the value is too large: \(size.message)")]))
        }
        do {
            guard let node = try Yams.compose(yaml: value) else {
                return .success(.scalar("", isNull: true, location))
            }
            var issues: [FileIssue] = []
            let converted = ParameterNode(node, file: label, issues: &issues)
            if let first = issues.first { return .failure(FileErrors([FileIssue(file: label, message: first.message)])) }
            return .success(converted.relocated(to: location))
        } catch {
            return .failure(FileErrors([FileIssue(file: label, message: "the value is not valid YAML: \(YAMLSyntax.describe(error).message)")]))
        }
    }
}

extension ParameterNode {
    /// The same tree with every node located at `location` (used for values that have no file).
    func relocated(to location: SourceLocation) -> ParameterNode {
        switch self {
        case let .scalar(text, isNull, _): .scalar(text, isNull: isNull, location)
        case let .sequence(items, _): .sequence(items.map { $0.relocated(to: location) }, location)
        case let .mapping(entries, _):
            .mapping(entries.map { ParameterEntry(key: $0.key, keyLocation: location, value: $0.value.relocated(to: location)) },
                     location)
        }
    }
}
