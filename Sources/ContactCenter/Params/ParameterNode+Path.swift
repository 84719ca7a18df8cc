/// Addressing a value by dotted path (`channels.messaging.concurrency`, `agent_groups.digital.skills.0`):
/// the editing a scenario's `set` and a sweep's overrides do before the tree is decoded.
extension ParameterNode {
    /// Splits a dotted path into keys; list items are addressed by their 0-based index.
    package static func components(of path: String) -> [String] {
        path.split(separator: ".", omittingEmptySubsequences: false).map { String($0).trimmingCharacters(in: .whitespaces) }
    }

    /// The node at `path`, or nil when some key on the way is missing.
    package func node(at path: [String]) -> ParameterNode? {
        guard let first = path.first else { return self }
        switch self {
        case .mapping: return self[first]?.node(at: Array(path.dropFirst()))
        case let .sequence(items, _):
            guard let index = Int(first), items.indices.contains(index) else { return nil }
            return items[index].node(at: Array(path.dropFirst()))
        case .scalar: return nil
        }
    }

    /// Replaces the value at `path` with `value`, adding the last key when its mapping lacks it
    /// (a new key is located at `keyLocation`) and appending when the last index equals a list's length.
    /// Every other key on the way must exist (a mistyped key would otherwise be created silently),
    /// except a top-level key among `sections`, the file's optional sections: `routing.policy` on
    /// a model without `routing:` starts that section.
    ///
    /// - Returns: a message saying where the path leaves the tree, or nil on success.
    package mutating func set(_ path: [String], to value: ParameterNode, keyLocation: SourceLocation,
                              sections: [String] = []) -> String? {
        set(path[...], to: value, keyLocation: keyLocation, walked: [], sections: sections)
    }

    private mutating func set(_ path: ArraySlice<String>, to value: ParameterNode, keyLocation: SourceLocation,
                              walked: [String], sections: [String] = []) -> String? {
        guard let key = path.first else {
            self = value
            return nil
        }
        let rest = path.dropFirst()
        let here = walked.isEmpty ? "the top level" : "'\(walked.joined(separator: "."))'"
        if key.isEmpty { return "the path has an empty key after \(here); write keys separated by single dots" }
        switch self {
        case .mapping(var entries, let location):
            if let index = entries.lastIndex(where: { $0.key == key }) {
                if let problem = entries[index].value.set(rest, to: value, keyLocation: keyLocation, walked: walked + [key]) {
                    return problem
                }
            } else if rest.isEmpty {
                entries.append(ParameterEntry(key: key, keyLocation: keyLocation, value: value))
            } else if walked.isEmpty && sections.contains(key) {
                var section = ParameterNode.mapping([], keyLocation)
                if let problem = section.set(rest, to: value, keyLocation: keyLocation, walked: [key]) { return problem }
                entries.append(ParameterEntry(key: key, keyLocation: keyLocation, value: section))
            } else {
                return "\(here) has no key '\(key)'" + Suggestion.hint(for: key, in: entries.map(\.key) + (walked.isEmpty ? sections : []))
            }
            self = .mapping(entries, location)
            return nil
        case .sequence(var items, let location):
            guard let index = Int(key), index >= 0, index < items.count || (index == items.count && rest.isEmpty) else {
                return "\(here) is a list of \(items.count) item\(items.count == 1 ? "" : "s"); '\(key)' is not an index "
                    + "from 0 to \(items.count)"
            }
            if index == items.count {
                items.append(value)
            } else if let problem = items[index].set(rest, to: value, keyLocation: keyLocation, walked: walked + [key]) {
                return problem
            }
            self = .sequence(items, location)
            return nil
        case .scalar:
            return "\(here) is \(kindDescription), not a mapping or a list, so it has no '\(key)'"
        }
    }

    /// Removes `keys` from the mapping (no effect on other nodes).
    package mutating func remove(keys: Set<String>) {
        guard case let .mapping(entries, location) = self else { return }
        self = .mapping(entries.filter { !keys.contains($0.key) }, location)
    }
}
