import Foundation

/// The kinds of input file ccsim reads, told apart by their content, so that a file given where
/// another kind is expected (a sweep file to `ccsim run`, a model to `--shifts`, a forecast as a
/// staffing table) gets one message saying what the file looks like and what was expected,
/// instead of a list of unknown keys or missing columns.
package enum FileKind: String, Sendable, CaseIterable {
    case model, scenario, sweep, shifts, staffingTable, forecast

    /// "a sweep file", for messages.
    package var description: String {
        switch self {
        case .model: "a model file"
        case .scenario: "a scenario file"
        case .sweep: "a sweep file"
        case .shifts: "a shifts file"
        case .staffingTable: "a staffing table"
        case .forecast: "a forecast"
        }
    }

    /// How a file of this kind is used, for the hint after a mismatch.
    var usage: String {
        switch self {
        case .model, .scenario: "run it with ccsim run FILE (or validate, compare, report, plan)"
        case .sweep: "run it with ccsim sweep FILE --output results.csv"
        case .shifts: "give it to ccsim plan MODEL --shifts FILE"
        case .staffingTable: "name it in a group's staffing: FILE.csv"
        case .forecast: "name it in demand.forecast: FILE.csv, or give it to ccsim staff --forecast FILE.csv"
        }
    }

    /// Root keys a model file may have that no other YAML kind has.
    static let modelKeys: Set<String> = ["currency", "horizon", "calendar", "simulation", "channels", "demand", "agent_groups",
                                         "routing", "journeys", "economics"]
    static let sweepKeys: Set<String> = ["parameters", "measures", "design", "replications", "seed", "common_random_numbers"]

    /// The kind of a YAML file from its root keys, with the keys that tell; nil when nothing tells.
    package static func guess(keys: [String]) -> (kind: FileKind, evidence: [String])? {
        let present = Set(keys)
        func shown(_ names: Set<String>) -> [String] { keys.filter { names.contains($0) } }
        let sweep = present.intersection(["parameters", "measures", "design"])
        if !sweep.isEmpty { return (.sweep, shown(sweep)) }
        if present.contains("changes") { return (.scenario, ["changes"]) }
        let model = present.intersection(modelKeys)
        if model.count >= 2 || (!model.isEmpty && !present.contains("base")) { return (.model, shown(model)) }
        if present.contains("shifts") { return (.shifts, ["shifts"]) }
        if present.contains("base") { return (.scenario, ["base"]) }
        return nil
    }

    /// The kind of a CSV table from its header line's columns; nil when nothing tells.
    static func guess(columns: [String]) -> (kind: FileKind, evidence: [String])? {
        let names = columns.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard names.contains("interval_start") || names.contains("start") else { return nil }
        if names.contains("channel") || names.contains("volume") { return (.forecast, names.filter { ["channel", "volume"].contains($0) }) }
        if names.contains("agents") { return (.staffingTable, ["agents"]) }
        return nil
    }

    /// The kind of a file from its text: a YAML mapping by its root keys, else a CSV table by its
    /// first line; nil when nothing tells.
    static func guess(text: String) -> (kind: FileKind, evidence: [String])? {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = lines.first(where: { !$0.isEmpty && !$0.hasPrefix("#") }) else { return nil }
        if first.contains(","), !first.hasPrefix("{"), let found = guess(columns: first.split(separator: ",").map(String.init)) {
            return found
        }
        if case let .success(root) = ParameterFile.parse(Data(text.utf8), path: "", expected: nil), case .mapping = root {
            return guess(keys: root.keys)
        }
        return nil
    }

    /// The problem when `found` (what the file looks like) is not one of `expected`: where, what it
    /// looks like and why, what was expected, and how a file like it is used. Nil when it fits or nothing tells.
    static func mismatch(_ found: (kind: FileKind, evidence: [String])?, expected: [FileKind], file: String,
                         line: Int? = nil, column: Int? = nil, role: String? = nil) -> FileIssue? {
        guard let found, !expected.contains(found.kind) else { return nil }
        let wanted = expected.map(\.description).joined(separator: " or ")
        let evidence = found.evidence.isEmpty ? "" : " (it has \(found.evidence.prefix(3).joined(separator: ", ")))"
        return FileIssue(file: file, line: line, column: column,
                         message: "this looks like \(found.kind.description)\(evidence), but \(wanted) is expected here"
                             + (role.map { " (\($0))" } ?? "") + "; \(found.kind.usage)")
    }

    /// Why the file at `path` cannot be a scenario's or a sweep's `base:` (written `written`), when it
    /// reads as another kind of file (a sweep, a shifts file, a forecast) or as no YAML mapping at all
    /// (empty, binary, a list); nil when it may be a model or a scenario, or cannot be read (its own
    /// read says why). The problem belongs at the `base:` line: reported at the other file, it read
    /// as if that file were wrong.
    package static func baseProblem(_ path: String, written: String) -> String? {
        guard ParameterFile.bytes(path) <= ParameterFile.maximumBytes, let data = FileManager.default.contents(atPath: path) else { return nil }
        let what: String
        if data.contains(0) || String(data: data, encoding: .utf8) == nil {
            what = "binary data, not a YAML text file"
        } else if let text = String(data: data, encoding: .utf8), let found = guess(text: text) {
            guard ![FileKind.model, .scenario].contains(found.kind) else { return nil }
            let evidence = found.evidence.isEmpty ? "" : " (it has \(found.evidence.prefix(3).joined(separator: ", ")))"
            return "'\(written)' is \(found.kind.description)\(evidence), not a model or scenario file: a base must be the model "
                + "or scenario the changes apply to (looked for \(path)); \(found.kind.usage)"
        } else if case let .failure(errors) = ParameterFile.parse(data, path: path, expected: nil), let message = errors.issues.first?.message {
            if message.hasPrefix("the file is empty") {
                what = "empty"
            } else if message.hasPrefix("expected a mapping of keys"), let found = message.range(of: "found ", options: .backwards) {
                what = "\(message[found.upperBound...]), not a mapping of keys (name:, channels:, ... or name:, base:, changes:)"
            } else {
                return nil
            }
        } else {
            return nil
        }
        return "'\(written)' is \(what): a base must be a model or scenario file (looked for \(path))"
    }
}
