import Foundation
import Queueing

/// Reads typed values out of a ``ParameterNode`` tree, collecting every problem with its
/// location instead of stopping at the first. Each message starts with the dotted path of the
/// value (`channels.phone.handle_time: ...`), the same path a scenario's `set` uses.
///
/// Beside the problems (`issues`, which stop a load) it collects `warnings`: inputs that are
/// legal but almost surely wrong (a group with no agents, demand scaled by 250). Both are
/// located the same way; the commands print warnings on stderr and carry on.
package final class ParameterReader {
    package private(set) var warnings: [FileIssue] = []

    package init() {}
    /// Problems kept; a file with more says how many more there were (reading stays linear in the file).
    package static let maximumIssues = 200

    /// Every problem kept, then (past ``maximumIssues``) one line saying how many more there were.
    package var issues: [FileIssue] {
        guard dropped > 0, let first = kept.first else { return kept }
        return kept + [FileIssue(file: first.file, message: "\(dropped) more problem\(dropped == 1 ? "" : "s") not shown")]
    }

    /// Problems reported so far, counted ones included: decoders compare it before and after a part.
    package var problemCount: Int { kept.count + dropped }

    private var kept: [FileIssue] = []
    private var seen = Set<FileIssue>()
    private var dropped = 0

    /// Whether further problems are only counted: their messages (and "did you mean" searches) are not built.
    package var isFull: Bool { kept.count >= Self.maximumIssues }

    package func report(_ location: SourceLocation, _ message: @autoclosure () -> String) {
        guard !isFull else { return countDropped() }
        append([location.issue(message())])
    }

    package func report(_ node: ParameterNode, _ path: String, _ message: @autoclosure () -> String) {
        guard !isFull else { return countDropped() }
        report(node.location, Self.prefix(path) + message())
    }

    /// Records a warning (once) at `location`.
    package func warn(_ location: SourceLocation, _ message: String) {
        let warning = location.issue(message, severity: .warning)
        if !warnings.contains(warning) { warnings.append(warning) }
    }

    /// Records a warning at `node`, prefixed with its dotted path.
    package func warn(_ node: ParameterNode, _ path: String, _ message: String) {
        warn(node.location, Self.prefix(path) + message)
    }

    /// Adds warnings found elsewhere (e.g. while loading a base), once each.
    package func appendWarnings(_ more: [FileIssue]) {
        for warning in more where !warnings.contains(warning) { warnings.append(warning) }
    }

    package func append(_ more: [FileIssue]) {
        for issue in more where seen.insert(issue).inserted {
            if isFull { countDropped() } else { kept.append(issue) }
        }
    }

    /// One more problem beyond ``maximumIssues``, summed up in the last line of ``issues``.
    private func countDropped() { dropped += 1 }

    /// The problems kept, without the line counting those beyond ``maximumIssues``.
    package var keptIssues: [FileIssue] { kept }

    /// Adds (`transform`ed) the problems and warnings of `other`, a reader of part of the same load,
    /// and counts its problems beyond ``maximumIssues`` as this reader's.
    package func absorb(_ other: ParameterReader,
                        _ transform: (_ issues: [FileIssue], _ warnings: [FileIssue]) -> (issues: [FileIssue], warnings: [FileIssue])) {
        let (issues, warnings) = transform(other.kept, other.warnings)
        append(issues)
        appendWarnings(warnings)
        dropped += other.dropped
    }

    package static func prefix(_ path: String) -> String { path.isEmpty ? "" : path + ": " }

    package static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }

    // MARK: Mappings

    /// The entries of a mapping after checking its keys: unknown keys are reported with the
    /// closest known one, missing required keys at the mapping. Nil when `node` is not a mapping.
    package func mapping(_ node: ParameterNode, _ path: String, known: [String], required: [String] = [],
                 expected: String = "a mapping") -> [String: ParameterNode]? {
        guard case let .mapping(entries, location) = node else {
            report(node, path, "expected \(expected), found \(node.kindDescription)")
            return nil
        }
        var fields: [String: ParameterNode] = [:]
        var suggested = Set<String>()
        for entry in entries {
            if known.contains(entry.key) {
                fields[entry.key] = entry.value
            } else {
                report(entry.keyLocation, Self.prefix(path) + "unknown key '\(entry.key)'" + Suggestion.hint(for: entry.key, in: known))
                if let match = Suggestion.closest(to: entry.key, in: known) { suggested.insert(match) }
            }
        }
        // A mistyped required key is reported once, as the unknown key with its suggestion.
        for key in required where fields[key] == nil && !suggested.contains(key) {
            let inside = path.isEmpty ? "the file" : "'\(path)'"
            report(location, "missing key '\(key)' in \(inside)")
        }
        return fields
    }

    /// The entries of a mapping whose keys are names the planner chooses (channels, groups);
    /// nil when `node` is not a mapping (then the names are unknown, and references to them are
    /// not checked). A name is letters, digits, `_` and `-`: it is written unquoted into CSV
    /// cells, measure paths (`messaging.service_level`) and `--set` paths.
    package func namedEntries(_ node: ParameterNode, _ path: String, what: String) -> [ParameterEntry]? {
        guard case let .mapping(entries, _) = node else {
            report(node, path, "expected a mapping of \(what) by name, found \(node.kindDescription)")
            return nil
        }
        if entries.isEmpty { report(node, path, "no \(what) given") }
        for entry in entries where !Self.isUsableName(entry.key) {
            report(entry.keyLocation, Self.prefix(path) + "'\(entry.key)' is not a usable name; "
                   + "use only letters, digits, '_' or '-' (no dots, spaces, commas or quotes)")
        }
        return entries
    }

    /// Whether `name` is non-empty and only letters, digits, `_` and `-`.
    package static func isUsableName(_ name: String) -> Bool {
        !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isWholeNumber || $0 == "_" || $0 == "-" }
    }

    // MARK: Scalars

    /// The text of a scalar; reports a mapping, list or empty value.
    package func text(_ node: ParameterNode, _ path: @autoclosure () -> String, expected: @autoclosure () -> String) -> String? {
        guard let text = node.text else {
            report(node, path(), "expected \(expected()), found \(node.kindDescription)")
            return nil
        }
        return text
    }

    /// A quantity read by `parse` (one of the `Quantity` parsers); its message is prefixed with the path.
    package func quantity<T>(_ node: ParameterNode, _ path: String, expected: String, _ parse: (String) throws -> T) -> T? {
        guard let text = text(node, path, expected: expected) else { return nil }
        do { return try parse(text) } catch {
            report(node, path, "\(error)")
            return nil
        }
    }

    /// Seconds from a duration with a unit; `positive` refuses 0. Durations the engine cannot represent
    /// (see ``ContactCenterModel/Limits/durationProblem(_:)``) are refused here, where they are written.
    package func duration(_ node: ParameterNode, _ path: String, positive: Bool = true) -> Double? {
        guard let seconds = quantity(node, path, expected: "a duration like 20s, 5m or 1.5h", Quantity.duration) else { return nil }
        if positive && seconds <= 0 {
            report(node, path, "must be longer than 0s")
            return nil
        }
        if let problem = ContactCenterModel.Limits.durationProblem(seconds) {
            report(node, path, "\(node.text ?? "") \(problem)")
            return nil
        }
        return seconds
    }

    package func share(_ node: ParameterNode, _ path: String) -> Double? {
        quantity(node, path, expected: "a share like 22% or 0.22", Quantity.share)
    }

    package func serviceLevel(_ node: ParameterNode, _ path: String) -> ServiceLevelTarget? {
        guard let target = quantity(node, path, expected: "a service level like \"80% within 20s\"", Quantity.serviceLevel) else { return nil }
        if let problem = ContactCenterModel.Limits.durationProblem(target.threshold) {
            report(node, path, "the time limit in '\(node.text ?? "")' \(problem)")
            return nil
        }
        return target
    }

    /// Opening hours (or, with `parse`, another span of the day such as a break window); with a
    /// `horizon`, they must open and close on its interval boundaries (the one rule for channel and
    /// group hours and break windows, as for shift times and staffing rows).
    func openingHours(_ node: ParameterNode, _ path: String, on horizon: Horizon? = nil,
                      expected: String = "opening hours like \"08:00-20:00\"",
                      _ parse: (String) throws -> OpeningHours = Quantity.openingHours) -> OpeningHours? {
        guard let hours = quantity(node, path, expected: expected, parse) else { return nil }
        if let horizon, !horizon.isBoundary(hours.open) || !horizon.isBoundary(hours.close) {
            report(node, path, "the hours must start and end on \(Describe.duration(horizon.intervalLength)) "
                   + "interval boundaries (the horizon's interval)")
            return nil
        }
        return hours
    }

    /// A time of day `HH:MM`, seconds since midnight (24:00 allowed).
    package func timeOfDay(_ node: ParameterNode, _ path: String) -> Double? {
        guard let text = text(node, path, expected: "a time of day like \"08:00\"") else { return nil }
        guard let seconds = IntervalStart.timeOfDay(text.trimmingCharacters(in: .whitespaces)) else {
            report(node, path, "'\(text)' is not a time of day\(IntervalStart.whyNotNote(text)); write HH:MM, e.g. \"08:00\"")
            return nil
        }
        return seconds
    }

    /// `text` without surrounding spaces and `_` digit separators (Foundation only when there are some:
    /// a list of half a million numbers is read in a fraction of a second).
    package static func numeral(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) else { return text }
        return text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")
    }

    /// A whole number from `minimum` to `maximum`; `what` names it in messages ("a number of agents").
    /// Whole numbers written with an exponent (`1e6`) are read too; ones too large for the engine are
    /// reported against `maximum`, not as "not a number".
    package func integer(_ node: ParameterNode, _ path: @autoclosure () -> String, minimum: Int, maximum: Int = Int.max,
                 what: String = "a whole number") -> Int? {
        guard let text = text(node, path(), expected: what) else { return nil }
        let t = Self.numeral(text)
        let digits = t.drop { $0 == "-" || $0 == "+" }
        let real = Double(t)
        let value: Int
        if let exact = Int(t) {
            value = exact
        } else if let real, real.isFinite, real == real.rounded(), abs(real) < 9e18 {
            value = Int(real)
        } else if let real, !digits.isEmpty && digits.allSatisfy({ $0.isASCII && $0.isNumber }) || real == real.rounded() {
            report(node, path(), real < 0 ? "\(text) must be at least \(minimum)" : "\(text) is above the supported \(maximum)")
            return nil
        } else {
            report(node, path(), real == nil ? "expected \(what), found '\(text)'" : "'\(text)' is not a whole number")
            return nil
        }
        guard value >= minimum else {
            report(node, path(), "\(value) must be at least \(minimum)")
            return nil
        }
        guard value <= maximum else {
            report(node, path(), "\(text) is above the supported \(maximum)")
            return nil
        }
        return value
    }

    /// A finite number, `> 0` when `positive`, otherwise `>= 0`, and at most `maximum`.
    package func number(_ node: ParameterNode, _ path: @autoclosure () -> String, positive: Bool, maximum: Double = .greatestFiniteMagnitude,
                what: String = "a number") -> Double? {
        guard let text = text(node, path(), expected: what) else { return nil }
        let t = Self.numeral(text)
        guard let value = Double(t), value.isFinite else {
            report(node, path(), Double(t) == nil ? "expected \(what), found '\(text)'" : "\(text) is not a finite number")
            return nil
        }
        if positive && value <= 0 {
            report(node, path(), "\(text) must be greater than 0")
            return nil
        }
        if value < 0 {
            report(node, path(), "\(text) must not be negative")
            return nil
        }
        if value > maximum {
            report(node, path(), "\(text) is above the supported \(ContactCenterModel.Limits.text(maximum))")
            return nil
        }
        return value
    }

    package func bool(_ node: ParameterNode, _ path: String) -> Bool? {
        guard let text = text(node, path, expected: "true or false") else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            report(node, path, "expected true or false, found '\(text)'")
            return nil
        }
    }

    /// A reference to one of `names` (a channel or a group), with the closest name suggested.
    /// When `names` is nil (the part that defines them could not be read, and was reported
    /// there), the reference cannot be checked: nil, silently.
    package func reference(_ node: ParameterNode, _ path: String, to names: [String]?, what: String) -> String? {
        guard let name = text(node, path, expected: "the name of \(what)"), let names else { return nil }
        guard names.contains(name) else {
            report(node, path, "unknown \(what) '\(name)'" + Suggestion.hint(for: name, in: names))
            return nil
        }
        return name
    }

    /// The items of a list; a single scalar is not accepted as a list.
    package func list(_ node: ParameterNode, _ path: String, expected: String) -> [ParameterNode]? {
        guard case let .sequence(items, _) = node else {
            report(node, path, "expected \(expected), found \(node.kindDescription)")
            return nil
        }
        return items
    }
}
