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
}
