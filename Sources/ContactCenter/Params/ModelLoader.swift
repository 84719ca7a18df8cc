import Foundation

/// Loads model and scenario files (YAML) into a ``LoadedModel``, reporting every problem in
/// every file involved at once, each as `FILE:LINE:COLUMN: message`.
///
/// A file with `base:` is a scenario: its base (a model or another scenario, path relative to
/// the scenario) is loaded first, so scenarios stack; a cycle of bases is an error. The model
/// file's YAML tree is edited by every `set` and `set_staffing` of the stack (base first), then
/// by `overrides`, then decoded; then `move_agents`, `add_skill` and `scale_demand` apply in order.
///
/// ```swift
/// let loaded = try ModelLoader.load(path: "scenarios/shift-phone-to-messaging.yaml",
///                                   overrides: [ParameterOverride(path: "simulation.replications", value: "40")])
/// print(loaded.changes)   // ["Move 20 agents from phone to digital", "Set simulation.replications to 40"]
/// ```
public enum ModelLoader {
    static let scenarioKeys = ["name", "description", "base", "changes"]

    /// Loads the model or scenario at `path`; `overrides` set parameters by dotted path (see ``ParameterOverride``).
    ///
    /// - Throws: ``FileErrors`` with every problem found.
    public static func load(path: String, overrides: [ParameterOverride] = []) throws -> LoadedModel {
        let reader = ParameterReader()
        let loaded = load(path, overrides, reader)
        guard reader.issues.isEmpty, let loaded else {
            throw FileErrors(reader.issues.isEmpty ? [FileIssue(file: path, message: "could not be loaded")] : reader.issues,
                             warnings: reader.warnings)
        }
        return loaded
    }

    /// Every problem in every file (and the files they build on), without duplicates; empty when all are valid.
    /// Warnings are not problems: see ``warnings(paths:)``.
    public static func validate(paths: [String]) -> [FileIssue] {
        check(paths).problems
    }

    /// Every warning in every file (and the files they build on), without duplicates.
    public static func warnings(paths: [String]) -> [FileIssue] {
        check(paths).warnings
    }

    /// The problems and warnings of loading each of `paths`, each listed once.
    static func check(_ paths: [String]) -> (problems: [FileIssue], warnings: [FileIssue]) {
        var problems: [FileIssue] = [], warnings: [FileIssue] = []
        for path in paths {
            var found: [FileIssue] = []
            do { found = try load(path: path).warnings } catch let error as FileErrors {
                for issue in error.issues where !problems.contains(issue) { problems.append(issue) }
                found = error.warnings
            } catch {
                problems.append(FileIssue(file: path, message: "\(error)"))
            }
            for warning in found where !warnings.contains(warning) { warnings.append(warning) }
        }
        return (problems, warnings)
    }

    /// A scenario of the stack with its changes as read, each with its path for messages (`changes.0.move_agents`).
    struct Layer {
        var path: String
        var name: String
        var changes: [ChangeItem]
    }

    static func isScenario(_ tree: ParameterNode) -> Bool { tree["base"] != nil || tree["changes"] != nil }

    static func load(_ path: String, _ overrides: [ParameterOverride], _ reader: ParameterReader) -> LoadedModel? {
        var layers: [Layer] = []
        var visited: [(identity: String, path: String)] = []
        var current = path
        var pointer: (node: ParameterNode, written: String)?
        var modelTree: ParameterNode
        let changeOverrides = overrides.filter { ParameterNode.components(of: $0.path).first == "changes" }
        while true {
            let identity = RelativePath.identity(current)
            if let pointer, visited.contains(where: { $0.identity == identity }) {
                let chain = (visited.map(\.path) + [current]).joined(separator: " -> ")
                reader.report(pointer.node, "base", "'\(pointer.written)' makes a cycle of bases: \(chain)")
                return nil
            }
            visited.append((identity, current))
            switch ParameterFile.read(path: current) {
            case let .failure(errors):
                if let pointer, let problem = FileKind.baseProblem(current, written: pointer.written) {
                    reader.report(pointer.node, "base", problem)
                } else if let pointer, errors.issues.count == 1, errors.issues[0].line == nil,
                   !RelativePath.isReadableFile(current) {
                    reader.report(pointer.node, "base", RelativePath.unusable("base file", written: pointer.written, resolved: current))
                } else {
                    reader.append(errors.issues)
                }
                return nil
            case .success(var tree):
                guard isScenario(tree) else {
                    modelTree = tree
                    break
                }
                if layers.isEmpty { apply(changeOverrides, to: &tree, reader) }
                let layer = readScenario(tree, current, reader)
                layers.append(layer.layer)
                guard let base = layer.base else { return nil }
                pointer = (base.node, base.written)
                current = RelativePath.resolve(base.written, relativeTo: current)
                continue
            }
            break
        }
        if layers.isEmpty, let stray = changeOverrides.first {
            reader.report(SourceLocation(file: stray.label), "only a scenario has changes; \(path) is a model")
        }
        let items = layers.reversed().flatMap(\.changes)
        let treeOverrides = overrides.filter { ParameterNode.components(of: $0.path).first != "changes" }
        let modelPath = visited.last?.path ?? path
        let stage = ParameterReader()
        let built = build(modelTree, items: items, overrides: treeOverrides, modelPath: modelPath, stage)
        reader.absorb(stage) { issues, warnings in
            attribute(issues: issues, warnings: warnings, tree: modelTree, items: items, overrides: treeOverrides, modelPath: modelPath)
        }
        guard reader.issues.isEmpty, let file = built else { return nil }
        let changes = items.compactMap { $0.change?.summary } + overrides.map { "Set \($0.path) to \($0.value) (\($0.label))" }
        var written: [String: SourceLocation] = [:]
        for item in items {
            switch item.change {
            case let .set(dotted, _, value)?:
                LoadedModel.recording(value, at: ParameterNode.components(of: dotted).joined(separator: "."), in: &written)
            case let .setStaffing(group, entries)?:
                for entry in entries { LoadedModel.recording(entry.value, at: "agent_groups.\(group.name).\(entry.key)", in: &written) }
            default: break
            }
        }
        for override in treeOverrides {
            if case let .success(node) = override.valueNode() {
                LoadedModel.recording(node, at: ParameterNode.components(of: override.path).joined(separator: "."), in: &written)
            }
        }
        return LoadedModel(model: file.model, replications: file.replications, seed: file.seed, path: path,
                           title: layers.first?.name ?? file.model.name, changes: changes,
                           isScenario: !layers.isEmpty,
                           routingPolicy: file.routingPolicy, currency: file.currency, rootModel: modelPath, warnings: reader.warnings,
                           written: written)
    }

    /// The model file's tree with `items` (a scenario stack's changes, base first) and `overrides` applied,
    /// decoded and checked; nil when `reader` got a problem.
    static func build(_ tree: ParameterNode, items: [ChangeItem], overrides: [ParameterOverride], modelPath: String,
                      _ reader: ParameterReader) -> ModelFile? {
        var modelTree = tree
        var failedEdits: [ChangeItem] = []
        for item in items where item.editsTree {
            if item.change?.apply(to: &modelTree, item.path, reader) != true { failedEdits.append(item) }
        }
        let failedOverrides = apply(overrides, to: &modelTree, reader)
        var outcome = ChangeOutcome(knownGroups: Set(modelTree["agent_groups"]?.keys ?? []))
        for item in failedEdits { outcome.failed(item) }
        for override in failedOverrides { outcome.failed(editing: override.path) }
        // Every name a model change refers to, also in changes with another mistake (all problems at once).
        let named = items.map { $0.editsTree || $0.checkReferences(in: modelTree, reader) }
        guard var file = ModelFileDecoder.decode(modelTree, reader) else { return nil }
        for (item, namesKnown) in zip(items, named) where !item.editsTree {
            var applied = false
            if namesKnown, let change = item.change { applied = change.apply(to: &file, item.path, reader, &outcome) }
            if !applied { outcome.failed(item) }
        }
        guard reader.issues.isEmpty else { return nil }
        file.model = file.model.withCallbackChannels()
        ModelSize.checkWhole(file, reader)
        guard reader.issues.isEmpty else { return nil }
        for problem in file.model.problems() { reader.report(SourceLocation(file: modelPath), problem) }
        guard reader.issues.isEmpty else { return nil }
        ModelWarnings.check(file, emptiedGroups: outcome.emptiedGroups, reader)
        return file
    }

    /// Problems and warnings that a change causes somewhere else are moved to that change: a scenario's
    /// `set` that takes a channel's only group off it is reported at the `set` in the scenario (not at
    /// the channel in the base model), a `--set` that makes a derived quantity invalid at the `--set`,
    /// a scenario's change that breaks its base scenario's change at the later one; each keeps the place
    /// the problem shows in. The base model alone is loaded once (what it reports itself stays where it
    /// is); then the changes one by one (base first, then the overrides) until the problem appears: the
    /// change that made it appear is named, unless the problem is already in that change's own file (a
    /// value the change wrote). Only runs for a load with changes that has problems or warnings, so a
    /// clean load costs nothing more.
    static func attribute(issues: [FileIssue], warnings: [FileIssue], tree: ParameterNode,
                          items: [ChangeItem], overrides: [ParameterOverride], modelPath: String) -> (issues: [FileIssue], warnings: [FileIssue]) {
        let steps: [(location: SourceLocation, label: String)] = items.map { ($0.location, $0.path + ": ") }
            + overrides.map { (SourceLocation(file: $0.label), "") }
        guard !steps.isEmpty, !issues.isEmpty || !warnings.isEmpty else { return (issues, warnings) }
        var loads: [Int: Set<FileIssue>] = [:]
        func found(after count: Int) -> Set<FileIssue> {
            if let known = loads[count] { return known }
            let probe = ParameterReader()
            let itemCount = min(count, items.count)
            _ = build(tree, items: Array(items.prefix(itemCount)), overrides: Array(overrides.prefix(count - itemCount)),
                      modelPath: modelPath, probe)
            let all = Set(probe.issues + probe.warnings)
            loads[count] = all
            return all
        }
        func sameSpot(_ a: FileIssue, _ b: FileIssue) -> Bool {
            a.file == b.file && a.line == b.line && a.column == b.column && a.severity == b.severity
        }
        func moved(_ issue: FileIssue) -> FileIssue {
            guard !found(after: 0).contains(where: { sameSpot($0, issue) }) else { return issue }
            let cause: Int
            if steps.count <= 32 {
                cause = (1...steps.count).first { found(after: $0).contains(issue) }
                    ?? (1...steps.count).first { found(after: $0).contains { sameSpot($0, issue) } } ?? steps.count
            } else {
                // Many changes: bisect (a load each time, about log2 of them), the problem absent after `low` steps.
                var low = 0, high = steps.count
                while high - low > 1 {
                    let middle = (low + high) / 2
                    if found(after: middle).contains(where: { sameSpot($0, issue) }) { high = middle } else { low = middle }
                }
                cause = high
            }
            let step = steps[cause - 1]
            guard step.location.file != issue.file else { return issue }
            var place = issue.file
            if let line = issue.line { place += ":\(line)" }
            if let column = issue.column { place += ":\(column)" }
            return step.location.issue(step.label + "with this change, " + issue.message + " (\(place))", severity: issue.severity)
        }
        return (issues.map(moved), warnings.map(moved))
    }

    /// Sets each override's value in `tree`, reporting at the override.
    ///
    /// - Returns: the overrides that could not be applied.
    @discardableResult
    static func apply(_ overrides: [ParameterOverride], to tree: inout ParameterNode, _ reader: ParameterReader) -> [ParameterOverride] {
        var failed: [ParameterOverride] = []
        for override in overrides {
            switch override.valueNode() {
            case let .failure(errors):
                reader.append(errors.issues)
                failed.append(override)
            case let .success(value):
                let location = SourceLocation(file: override.label)
                if let problem = tree.set(ParameterNode.components(of: override.path), to: value, keyLocation: location,
                                          sections: ModelFileDecoder.keys) {
                    reader.report(location, "cannot set '\(override.path)': \(problem)")
                    failed.append(override)
                }
            }
        }
        return failed
    }

    /// Decodes a scenario's name, base and changes.
    static func readScenario(_ tree: ParameterNode, _ path: String,
                             _ reader: ParameterReader) -> (layer: Layer, base: (node: ParameterNode, written: String)?) {
        var layer = Layer(path: path, name: "", changes: [])
        guard let fields = reader.mapping(tree, "", known: scenarioKeys, required: ["name", "base", "changes"]) else { return (layer, nil) }
        layer.name = fields["name"].flatMap { reader.text($0, "name", expected: "the scenario's title") } ?? ""
        if let description = fields["description"] { _ = reader.text(description, "description", expected: "text") }
        if let changes = fields["changes"],
           let items = reader.list(changes, "changes", expected: "a list of changes like - move_agents: { from: phone, to: digital, count: 20 }") {
            for (i, item) in items.enumerated() {
                if let change = ScenarioChange.read(item, "changes.\(i)", reader) { layer.changes.append(change) }
            }
        }
        var base: (ParameterNode, String)?
        if let node = fields["base"], let written = reader.text(node, "base", expected: "the path of the base model or scenario") {
            base = (node, written)
        }
        return (layer, base)
    }
}
