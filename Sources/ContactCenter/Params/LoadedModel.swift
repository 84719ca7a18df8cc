/// A model or scenario file loaded and checked: the runtime model, the run settings written in
/// its `simulation:` section, and plain-words descriptions for reports.
public struct LoadedModel: Sendable {
    public var model: ContactCenterModel
    /// From `simulation: { replications: }` (default 10).
    public var replications: Int
    /// From `simulation: { seed: }` (default 1).
    public var seed: UInt64
    /// The file loaded (model or scenario), as given.
    public var path: String
    /// The file's `name:` (for a scenario, the scenario's; `model.name` stays the base model's).
    public var title: String
    /// Scenario changes in plain words, the base scenario's first ("Move 20 agents from phone to digital"),
    /// then any overrides; empty for a model loaded without overrides.
    public var changes: [String]
    /// Whether `path` is a scenario (it has `base:`).
    public var isScenario: Bool
    /// `routing: { policy: }`; `longest_idle` is the only policy so far.
    public var routingPolicy: String
    /// `currency:` of the model file (e.g. `EUR`); nil when the file gives none (costs are plain numbers).
    public var currency: String? = nil

    /// The model file at the root of the `base:` chain (`path` itself for a model), resolved
    /// against the working directory (`models/bank-phone-email.yaml`).
    public var rootModel: String
    /// Inputs that are legal but almost surely wrong, as `FILE:LINE:COLUMN: warning: message`
    /// (a group with no agents, a channel open with nobody on duty, demand scaled by 250, ...);
    /// the commands print them on stderr and go on.
    public var warnings: [FileIssue]
    /// Where scenario `set`/`set_staffing` changes and overrides wrote each value, by dotted path (every
    /// key inside a written mapping too; a later write replaces what an earlier one wrote under its
    /// path), so a later stage locates a problem with such a value where it was written (see
    /// ``location(of:)``). Internal and of public types only: a `package` stored property made test
    /// modules compute another layout of this struct (a crash when they destroyed a copy).
    var written: [String: SourceLocation] = [:]
}

extension LoadedModel {
    /// `written` with `node` written at the dotted `path` (see ``written``).
    static func recording(_ node: ParameterNode, at path: String, in written: inout [String: SourceLocation]) {
        for key in written.keys where key == path || key.hasPrefix(path + ".") { written[key] = nil }
        func walk(_ node: ParameterNode, _ path: String) {
            written[path] = node.location
            switch node {
            case let .mapping(entries, _): for entry in entries { walk(entry.value, path + "." + entry.key) }
            case let .sequence(items, _): for (i, item) in items.enumerated() { walk(item, path + ".\(i)") }
            case .scalar: break
            }
        }
        walk(node, path)
    }
}

extension LoadedModel {
    /// Why this file cannot be compared with `base`, or nil when it can: a comparison pairs runs
    /// of one contact center, so both must rest on the same model file (the root of their `base:`
    /// chains, compared by resolved real path, symbolic links followed). A model compared with
    /// itself, or two scenarios on the same model, can be compared.
    public func comparisonProblem(withBase base: LoadedModel) -> FileIssue? {
        guard RelativePath.identity(rootModel) != RelativePath.identity(base.rootModel) else {
            // Costs are subtracted as they are: a scenario in another currency would be read in the base's.
            guard currency != base.currency else { return nil }
            func named(_ c: String?) -> String { c.map { "costs in \($0)" } ?? "costs without a currency" }
            return FileIssue(file: path, message: "cannot be compared with the base \(base.path): it has \(named(currency)), the base "
                             + "\(named(base.currency)); costs are compared as they are, so give both the same currency")
        }
        func described(_ loaded: LoadedModel) -> String {
            loaded.path == loaded.rootModel ? "is the model \(loaded.rootModel)" : "is built on the model \(loaded.rootModel)"
        }
        return FileIssue(file: path, message: "cannot be compared with the base \(base.path): it \(described(self)), the base "
                         + "\(described(base)); compare a scenario with the model it is built on, or with another scenario on that model")
    }

    /// Checks that every scenario derives from the same model as `base` (see ``comparisonProblem(withBase:)``).
    ///
    /// - Throws: ``FileErrors`` naming each scenario that does not, with both models.
    public static func checkComparable(base: LoadedModel, scenarios: [LoadedModel]) throws {
        let problems = scenarios.compactMap { $0.comparisonProblem(withBase: base) }
        if !problems.isEmpty { throw FileErrors(problems) }
    }
}
