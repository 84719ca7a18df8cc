import Foundation
import Yams

/// A YAML parameter file read into a ``ParameterNode`` tree, with every reason it cannot be:
/// missing or unreadable, binary, empty, too large once aliases are expanded or nested too deep
/// (``YAMLSizeCheck``), or not valid YAML (located at libyaml's mark).
package enum ParameterFile {
    /// Largest YAML file read (16 MB): a model written out in full is a few kilobytes.
    package static let maximumBytes = 16_000_000
    /// Largest CSV table read (64 MB): ten years of 30-minute rows for 5 channels is about 30 MB.
    package static let maximumTableBytes = 64_000_000

    /// The size of the file at `path` in bytes (0 when unknown), read before the file is.
    package static func bytes(_ path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
    }

    /// A problem when the CSV table at `path` is larger than ``maximumTableBytes``.
    package static func tableSizeProblem(_ path: String) -> FileIssue? {
        let size = bytes(path)
        guard size > maximumTableBytes else { return nil }
        return FileIssue(file: path, message: "is \(size / 1_000_000) MB; tables of more than \(maximumTableBytes / 1_000_000) MB "
                         + "are not supported (they would hold more intervals than a horizon can)")
    }

    /// Reads and composes the YAML file at `path`; the root must be a mapping, of one of the `expected`
    /// kinds: a file that looks like another kind (a sweep file where a model is expected, a CSV
    /// table) is refused in one message saying so (``FileKind``).
    package static func read(path: String, expected: [FileKind] = [.model, .scenario]) -> Result<ParameterNode, FileErrors> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(FileErrors([FileIssue(file: path, message: "no such file")]))
        }
        if isDirectory.boolValue {
            return .failure(FileErrors([FileIssue(file: path, message: "is a directory, not a YAML file")]))
        }
        let size = bytes(path)
        guard size <= maximumBytes else {
            return .failure(FileErrors([FileIssue(file: path, message: "is \(size / 1_000_000) MB; model, scenario and sweep files of "
                                                  + "more than \(maximumBytes / 1_000_000) MB are not supported (put long series in CSV files)")]))
        }
        OutputFile.noteInput(path)   // no output of this run may replace it
        guard let data = FileManager.default.contents(atPath: path) else {
            let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
            if let type, type != .typeRegular {
                return .failure(FileErrors([FileIssue(file: path, message: "is not a regular file (a device or a pipe); give a YAML file")]))
            }
            return .failure(FileErrors([FileIssue(file: path, message: "cannot be read (check its permissions)")]))
        }
        return parse(data, path: path, expected: expected)
    }

    /// Where the first byte that cannot be in a YAML text file is (a NUL, or a byte that is not
    /// UTF-8), counted in lines and characters, so the message can point at it.
    static func firstBadByte(_ data: Data) -> (line: Int, column: Int, what: String)? {
        var line = 1, column = 1
        var parser = Unicode.UTF8.ForwardParser()
        var bytes = data.makeIterator()
        while true {
            switch parser.parseScalar(from: &bytes) {
            case let .valid(encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                if scalar == "\0" { return (line, column, "a NUL byte") }
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput: return nil
            case .error: return (line, column, "a byte that is not UTF-8")
            }
        }
    }

    /// What a file of each kind needs, for the message about an empty one.
    static func needs(_ kind: FileKind) -> String {
        switch kind {
        case .model: "a model needs name, channels, demand and agent_groups"
        case .scenario: "a scenario needs name, base and changes"
        case .sweep: "a sweep needs base, parameters and measures"
        case .shifts: "a shifts file needs shifts: with one template or more"
        case .staffingTable: "a staffing table needs a header interval_start,agents"
        case .forecast: "a forecast needs a header interval_start,channel,volume"
        }
    }

    /// Composes YAML `data` of one of the `expected` kinds (nil: any); `path` names it in messages.
    package static func parse(_ data: Data, path: String, expected: [FileKind]? = nil) -> Result<ParameterNode, FileErrors> {
        func fail(_ issue: FileIssue) -> Result<ParameterNode, FileErrors> { .failure(FileErrors([issue])) }
        guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
            let bad = firstBadByte(data)
            return fail(FileIssue(file: path, line: bad?.line, column: bad?.column,
                                  message: "not a YAML text file: \(bad?.what ?? "it is not UTF-8") (binary data, or another encoding than UTF-8)"))
        }
        if let size = YAMLSizeCheck.problem(in: text) {
            return fail(FileIssue(file: path, line: size.line, column: size.column, message: size.message))
        }
        let composed: Node?
        do {
            composed = try Yams.compose(yaml: text)
        } catch {
            let syntax = YAMLSyntax.describe(error, text: text)
            return fail(FileIssue(file: path, line: syntax.line, column: syntax.column, message: syntax.message))
        }
        let wanted = expected ?? [.model, .scenario]
        guard let composed else {
            return fail(FileIssue(file: path, message: "the file is empty; " + wanted.map(needs).joined(separator: ", ")))
        }
        var issues: [FileIssue] = []
        let root = ParameterNode(composed, file: path, issues: &issues)
        guard case .mapping = root else {
            let location = root.location
            if let expected, let mismatch = FileKind.mismatch(FileKind.guess(text: text), expected: expected, file: path, line: 1) {
                return fail(mismatch)
            }
            let keys = wanted.contains(.model) ? "name:, channels:, ... or name:, base:, changes:"
                : wanted == [.sweep] ? "base:, parameters:, measures:" : wanted == [.shifts] ? "shifts:" : "keys"
            return fail(FileIssue(file: path, line: location.line, column: location.column,
                                  message: "expected a mapping of keys (\(keys)), found \(root.kindDescription)"))
        }
        if let expected, let found = FileKind.guess(keys: root.keys) {
            let at = root.keyLocation(found.evidence.first ?? "")
            if let mismatch = FileKind.mismatch(found, expected: expected, file: path, line: at?.line, column: at?.column) {
                return fail(mismatch)
            }
        }
        return issues.isEmpty ? .success(root) : .failure(FileErrors(issues))
    }
}

extension ParameterNode {
    /// Where `key` of this mapping is written.
    func keyLocation(_ key: String) -> SourceLocation? {
        guard case let .mapping(entries, _) = self else { return nil }
        return entries.first { $0.key == key }?.keyLocation
    }
}

/// Turns Yams' errors into located messages a planner can act on.
package enum YAMLSyntax {
    package static func describe(_ error: Error, text: String = "") -> (line: Int?, column: Int?, message: String) {
        guard let yaml = error as? YamlError else { return (nil, nil, "not valid YAML: \(error)") }
        switch yaml {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            if problem.hasPrefix("Maximum nesting level") {
                return (mark.line, mark.column, "lists and mappings are nested too deeply here (more than "
                        + "\(YAMLSizeCheck.maximumDepth) levels); a model needs fewer than 10")
            }
            var message = "invalid YAML: \(problem)"
            if let context {
                message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
            }
            if lineContainsTab(text, mark.line) {
                message += "; YAML does not allow tabs for indentation, use spaces"
            }
            return (mark.line, mark.column, message)
        case let .reader(problem, offset, _, yaml):
            let position = offset.flatMap { lineAndColumn(in: yaml, characterOffset: $0) }
            return (position?.line, position?.column, "not a YAML text file: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return (context.mark.line, context.mark.column,
                    "key \(keys) appears more than once in the same mapping")
        default:
            return (nil, nil, "not valid YAML: \(yaml)")
        }
    }

    private static func lineContainsTab(_ text: String, _ line: Int) -> Bool {
        guard line >= 1 else { return false }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return line <= lines.count && lines[line - 1].contains("\t")
    }

    private static func lineAndColumn(in text: String, characterOffset: Int) -> (line: Int, column: Int)? {
        var line = 1, column = 1, index = 0
        for character in text {
            if index == characterOffset { return (line, column) }
            if character == "\n" { line += 1; column = 1 } else { column += 1 }
            index += 1
        }
        return index == characterOffset ? (line, column) : nil
    }
}
