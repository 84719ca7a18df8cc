import ContactCenter
import Foundation

/// Reading a sweep file: keys, base, fixed overrides, parameters, design, measures; each value is
/// checked against the model before anything runs.
extension Sweep {
    static func read(_ path: String, _ reader: ParameterReader) -> Sweep? {
        let tree: ParameterNode
        switch ParameterFile.read(path: path, expected: [.sweep]) {
        case let .failure(errors):
            reader.append(errors.issues)
            return nil
        case let .success(root): tree = root
        }
        let source = FileManager.default.contents(atPath: path).map { Array($0) } ?? []
        guard let f = reader.mapping(tree, "", known: keys, required: ["base", "measures"]) else { return nil }
        let name = f["name"].flatMap { reader.text($0, "name", expected: "the sweep's title") } ?? ((path as NSString).lastPathComponent)
        if let description = f["description"] { _ = reader.text(description, "description", expected: "text") }
        let replications = f["replications"].flatMap {
            reader.integer($0, "replications", minimum: 1, maximum: ContactCenterModel.Limits.replications, what: "a number of replications")
        }
        let seed = f["seed"].flatMap { readSeed($0, "seed", reader) }
        let crn = f["common_random_numbers"].flatMap { reader.bool($0, "common_random_numbers") } ?? true

        // The base, with the fixed overrides, located at the sweep file.
        guard let baseNode = f["base"], let written = reader.text(baseNode, "base", expected: "the path of a model or scenario file")
        else { return nil }
        let base = RelativePath.resolve(written, relativeTo: path)
        guard RelativePath.isReadableFile(base) else {
            reader.report(baseNode, "base", RelativePath.unusable("base file", written: written, resolved: base))
            return nil
        }
        if let problem = FileKind.baseProblem(base, written: written) {
            reader.report(baseNode, "base", problem)
            return nil
        }
        var fixed: [ParameterOverride] = []
        var fixedLocations: [String: SourceLocation] = [:]
        if let set = f["set"] {
            guard case let .mapping(entries, _) = set else {
                reader.report(set, "set", "expected a mapping of parameter paths to values, like { horizon.days: 1 }, found \(set.kindDescription)")
                return nil
            }
            for entry in entries {
                let o = ParameterOverride(path: entry.key, value: entry.value.flowText)
                fixed.append(o)
                fixedLocations[o.label] = entry.keyLocation
            }
        }
        let loadedBase: LoadedModel
        do { loadedBase = try ModelLoader.load(path: base, overrides: fixed) } catch let error as FileErrors {
            reader.append(error.issues.map { issue in
                fixedLocations[issue.file].map { $0.issue("set: \(issue.message)") } ?? issue
            })
            return nil
        } catch {
            reader.report(baseNode, "base", "\(error)")
            return nil
        }

        // Measures, against the base.
        var measures: [SweepMeasure] = []
        if let node = f["measures"], let items = reader.list(node, "measures", expected: "a list like [messaging.service_level, totals.cost]") {
            if items.isEmpty { reader.report(node, "measures", "no measures given; write e.g. [messaging.service_level, totals.cost]") }
            // A measure named twice is a slip; one that a pattern (`*.service_level`, `messaging.*`)
            // also matches is kept once, where it first came.
            var named: Set<String> = []
            for (i, item) in items.enumerated() {
                guard let text = reader.text(item, "measures.\(i)", expected: "a measure like messaging.service_level") else { continue }
                let isPattern = text.contains("*")
                do {
                    for m in try SweepMeasure.resolve(text, in: loadedBase.model) {
                        if !isPattern && named.contains(m.name) {
                            reader.report(item, "measures.\(i)", "'\(m.name)' is listed twice")
                        } else if !measures.contains(m) {
                            measures.append(m)
                        }
                        if !isPattern { named.insert(m.name) }
                    }
                } catch {
                    reader.report(item, "measures.\(i)", "\(error)")
                }
            }
        }

        // Parameters and design.
        var parameters: [SweepParameter] = []
        var design = SweepDesign.grid
        let designNode = f["design"]
        var designKind = "grid"
        var designFields: ParameterNode?
        if let designNode {
            if let text = designNode.text {
                designKind = text
                if text != "grid" {
                    let hint = ["random", "latin_hypercube"].contains(text) ? "; write design: { \(text): { points: 100, seed: 1 } }"
                        : Suggestion.hint(for: text, in: designs)
                    reader.report(designNode, "design", "unknown design '\(text)'" + hint)
                    return nil
                }
            } else if case let .mapping(entries, _) = designNode, entries.count == 1, designs.contains(entries[0].key) {
                designKind = entries[0].key
                designFields = entries[0].value
            } else {
                if case let .mapping(entries, _) = designNode, entries.count == 1 {
                    reader.report(entries[0].keyLocation, "design: unknown design '\(entries[0].key)'" + Suggestion.hint(for: entries[0].key, in: designs))
                } else {
                    reader.report(designNode, "design", "expected grid, { random: { points: N, seed: S } }, "
                                  + "{ latin_hypercube: { points: N, seed: S } } or { points: [...] }, found \(designNode.kindDescription)")
                }
                return nil
            }
        }
        if designKind == "points" {
            if let p = f["parameters"] {
                reader.report(p, "parameters", "a list of points gives the values itself; remove 'parameters' (each point names its paths)")
                return nil
            }
            guard let list = designFields.flatMap({ reader.list($0, "design.points", expected: "a list of points like - { channels.messaging.concurrency: 2 }") })
            else { return nil }
            guard let (ps, values) = readPoints(list, designFields!, reader) else { return nil }
            parameters = ps
            design = .list(values)
        } else {
            guard let node = f["parameters"] else {
                reader.report(tree.location, "missing key 'parameters' in the file (the paths to vary, e.g. channels.messaging.concurrency: [1, 2, 3, 4])")
                return nil
            }
            guard case let .mapping(entries, _) = node else {
                reader.report(node, "parameters", "expected a mapping of parameter paths to values or ranges, found \(node.kindDescription)")
                return nil
            }
            if entries.isEmpty {
                reader.report(node, "parameters", "no parameters given: the design would have no points")
                return nil
            }
            for entry in entries {
                if let p = readParameter(entry, reader) { parameters.append(p) }
            }
            guard parameters.count == entries.count else { return nil }
            if designKind == "grid" {
                for p in parameters where p.stepCount == nil {
                    reader.report(p.location, "parameters.\(p.path): a grid needs the range's steps; add step: or count:")
                }
            } else if let fields = designFields,
                      let d = reader.mapping(fields, "design.\(designKind)", known: ["points", "seed"], required: ["points"]) {
                let n = d["points"].flatMap {
                    reader.integer($0, "design.\(designKind).points", minimum: 1, maximum: maximumPoints, what: "a number of points")
                }
                let s = d["seed"].map { readSeed($0, "design.\(designKind).seed", reader) } ?? 1
                guard let n, let s else { return nil }
                design = designKind == "random" ? .random(points: n, seed: s) : .latinHypercube(points: n, seed: s)
            } else {
                return nil
            }
        }
        guard reader.issues.isEmpty else { return nil }

        // The design's size, counted before any point is listed or any value checked.
        let size = design.size(parameters)
        if size > Double(maximumPoints) {
            let factors = parameters.map { ContactCenterModel.Limits.text($0.stepTotal ?? 0) }.joined(separator: " x ")
            reader.report((designNode ?? f["parameters"])?.location ?? tree.location, "design: the grid has "
                          + "\(ContactCenterModel.Limits.text(size)) points (\(factors)); at most \(maximumPoints) are supported: "
                          + "use fewer steps, or a random or latin_hypercube design with a number of points")
            return nil
        }
        if size == 0 {
            reader.report(designNode?.location ?? tree.location, "design: the design has no points")
            return nil
        }

        // Every value against the model, located at the sweep file.
        let runner: SweepRunner
        do {
            runner = try SweepRunner(loadedBase: loadedBase, base: base, fixed: fixed, measures: measures,
                                     replications: replications, seed: seed, commonRandomNumbers: crn)
        } catch {
            reader.report(tree.location, "\(error)")
            return nil
        }
        for p in parameters {
            for value in Array(Set(p.valuesToCheck)).sorted(by: { $0.cell < $1.cell }) {
                let o = SweepParameter.override(path: p.path, value: value)
                do { _ = try runner.load([o]) } catch let error as FileErrors {
                    for issue in error.issues {
                        reader.report(issue.file == o.label ? p.location : SourceLocation(file: issue.file, line: issue.line, column: issue.column),
                                      (issue.file == o.label ? "parameters.\(p.path) = \(value.cell): " : "") + issue.message)
                    }
                    break
                } catch {
                    reader.report(p.location, "parameters.\(p.path): \(error)")
                    break
                }
            }
        }
        guard reader.issues.isEmpty else { return nil }
        let warnings = loadedBase.warnings.map { warning in
            fixedLocations[warning.file].map { $0.issue("set: \(warning.message)", severity: .warning) } ?? warning
        }
        return Sweep(path: path, name: name, runner: runner, parameters: parameters, design: design,
                     points: SweepPoints(design: design, parameters: parameters), warnings: warnings,
                     source: source, baseDescription: String(reflecting: loadedBase.model) + "\n" + loadedBase.routingPolicy)
    }

    static func readSeed(_ node: ParameterNode, _ path: String, _ reader: ParameterReader) -> UInt64? {
        guard let text = reader.text(node, path, expected: "a seed (a whole number >= 0)") else { return nil }
        guard let seed = UInt64(text.trimmingCharacters(in: .whitespaces)) else {
            reader.report(node, path, "expected a seed (a whole number >= 0), found '\(text)'")
            return nil
        }
        return seed
    }

    /// A value written in a list or a point: its kind and the value the model and the output get.
    static func readValue(_ node: ParameterNode, _ path: String, _ reader: ParameterReader) -> (SweepValue, SweepValueKind)? {
        guard case let .scalar(text, isNull, _) = node else { return (SweepValue(yaml: node.flowText, cell: node.flowText, isNumber: false), .other) }
        if isNull {
            reader.report(node, path, "expected a value, found nothing")
            return nil
        }
        let (kind, number) = SweepValueKind.read(text)
        switch kind {
        case .integer, .real: return (SweepValue(yaml: text, cell: SweepNumber.text(number!), isNumber: true), kind)
        case .duration: return (SweepValue(yaml: text, cell: SweepNumber.text(number!), isNumber: true), kind)
        case .other: return (SweepValue(yaml: node.flowText, cell: text, isNumber: false), kind)
        }
    }

    /// One entry of `parameters:`: a list of values or a range.
    static func readParameter(_ entry: ParameterEntry, _ reader: ParameterReader) -> SweepParameter? {
        let path = "parameters.\(entry.key)"
        let location = entry.keyLocation
        switch entry.value {
        case let .sequence(items, _):
            if items.isEmpty {
                reader.report(entry.value, path, "no values given: the design would have no points")
                return nil
            }
            var values: [SweepValue] = []
            var kinds = Set<SweepValueKind>()
            for (i, item) in items.enumerated() {
                guard let (value, kind) = readValue(item, "\(path).\(i)", reader) else { return nil }
                values.append(value)
                kinds.insert(kind == .integer ? .real : kind)
            }
            if kinds.contains(.duration) && kinds.count > 1 {
                reader.report(entry.value, path, "mixes durations with other values; write every value with a unit (e.g. [90s, 2m, 3m])")
                return nil
            }
            return SweepParameter(path: entry.key, domain: .list(values), location: location)
        case .mapping:
            let example = "a range like { from: 1, to: 4 }, { from: 2m, to: 6m, step: 1m } or { from: 0.5, to: 1.5, count: 5 }"
            guard let f = reader.mapping(entry.value, path, known: ["from", "to", "step", "count"], required: ["from", "to"],
                                         expected: example),
                  let fromNode = f["from"], let toNode = f["to"],
                  let fromText = reader.text(fromNode, path + ".from", expected: "a number or a duration"),
                  let toText = reader.text(toNode, path + ".to", expected: "a number or a duration") else { return nil }
            let from = SweepValueKind.read(fromText), to = SweepValueKind.read(toText)
            for (node, key, value) in [(fromNode, "from", from), (toNode, "to", to)] where value.kind == .other {
                reader.report(node, "\(path).\(key)", "expected a number or a duration like 2m, found '\(node.text ?? "")'")
            }
            guard let a = from.number, let b = to.number else { return nil }
            if (from.kind == .duration) != (to.kind == .duration) {
                reader.report(toNode, path + ".to", "from is \(from.kind.rawValue) but to is \(to.kind.rawValue); write both the same way")
                return nil
            }
            guard a <= b else {
                reader.report(toNode, path + ".to", "\(toText) is below from (\(fromText)); write the smaller value first")
                return nil
            }
            var step: Double?
            if let node = f["step"], let text = reader.text(node, path + ".step", expected: "a step like 1, 0.5 or 30s") {
                let s = SweepValueKind.read(text)
                guard let value = s.number, (s.kind == .duration) == (from.kind == .duration), value > 0 else {
                    reader.report(node, path + ".step", "expected a step greater than 0 written like from (\(fromText)), found '\(text)'")
                    return nil
                }
                step = value
            }
            let count = f["count"].flatMap { reader.integer($0, path + ".count", minimum: 1, maximum: maximumPoints, what: "a number of values") }
            if f["count"] != nil && count == nil { return nil }
            if step != nil && count != nil {
                reader.report(entry.value, path, "give either step or count, not both")
                return nil
            }
            // Whole-number bounds convert to Int below 2^63 (a bound written as 9223372036854775807
            // reads as the Double 2^63, where the conversion would trap).
            if from.kind == .integer && to.kind == .integer && count == nil && abs(a) < 0x1p63 && abs(b) < 0x1p63
                && (step.map { $0 == $0.rounded() && $0 < 9e18 } ?? true) {
                return SweepParameter(path: entry.key, domain: .integers(from: Int(a), to: Int(b), step: Int(step ?? 1)), location: location)
            }
            return SweepParameter(path: entry.key, domain: .reals(from: a, to: b, step: step, count: count, duration: from.kind == .duration),
                                  location: location)
        case .scalar:
            reader.report(entry.value, path, "expected a list of values like [1, 2, 4] or a range like { from: 1, to: 4 }, "
                          + "found \(entry.value.kindDescription); a value every point shares goes under set:")
            return nil
        }
    }

    /// `design: { points: [...] }`: every point names the same paths.
    static func readPoints(_ items: [ParameterNode], _ node: ParameterNode,
                           _ reader: ParameterReader) -> ([SweepParameter], [[SweepValue]])? {
        if items.isEmpty {
            reader.report(node, "design.points", "no points given: the design would have no points")
            return nil
        }
        var parameters: [SweepParameter] = []
        var rows: [[SweepValue]] = []
        for (i, item) in items.enumerated() {
            guard case let .mapping(entries, location) = item, !entries.isEmpty else {
                reader.report(item, "design.points.\(i)", "expected a point like { channels.messaging.concurrency: 2, demand.contacts_per_day: 8000 }, "
                              + "found \(item.kindDescription)")
                return nil
            }
            if parameters.isEmpty {
                parameters = entries.map { SweepParameter(path: $0.key, domain: .list([]), location: $0.keyLocation) }
            }
            let keys = entries.map(\.key), expected = parameters.map(\.path)
            guard Set(keys) == Set(expected), keys.count == expected.count else {
                let missing = expected.filter { !keys.contains($0) }, extra = keys.filter { !expected.contains($0) }
                reader.report(location, "design.points.\(i): every point gives the same parameters as the first ("
                              + expected.joined(separator: ", ") + ")"
                              + (missing.isEmpty ? "" : "; missing " + missing.joined(separator: ", "))
                              + (extra.isEmpty ? "" : "; not in the first point: " + extra.joined(separator: ", ")))
                continue
            }
            var row: [SweepValue] = []
            for p in parameters {
                let entry = entries.first { $0.key == p.path }!
                guard let (value, _) = readValue(entry.value, "design.points.\(i).\(p.path)", reader) else { return nil }
                row.append(value)
            }
            rows.append(row)
        }
        guard reader.issues.isEmpty else { return nil }
        for k in parameters.indices {
            var seen: [SweepValue] = []
            for row in rows where !seen.contains(row[k]) { seen.append(row[k]) }
            parameters[k].domain = .list(seen)
        }
        return (parameters, rows)
    }
}
