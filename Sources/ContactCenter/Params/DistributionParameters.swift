import DiscreteEvent

/// Reads a distribution of durations as planners write it:
/// `{ lognormal: { mean: 6m, sd: 4m } }`, or a bare duration (`5m`) for a constant.
///
/// Families and their keys (durations take a unit; `shape` and `k` are plain numbers):
/// `exponential {mean}`, `lognormal {mean, sd}`, `gamma {mean, sd}`, `weibull {mean, shape}`,
/// `erlang {mean, k}`, `deterministic {value}`, `uniform {min, max}`,
/// `empirical {values: [..], interpolated: false}`.
enum DistributionParameters {
    /// Keys of each family, in the order they are documented.
    static let families: [(name: String, keys: [String])] = [
        ("exponential", ["mean"]), ("lognormal", ["mean", "sd"]), ("gamma", ["mean", "sd"]),
        ("weibull", ["mean", "shape"]), ("erlang", ["mean", "k"]), ("deterministic", ["value"]),
        ("uniform", ["min", "max"]), ("empirical", ["values", "interpolated"]),
    ]

    /// Largest Erlang `k`: a million phases already vary by 0.1% (use `deterministic` for no variation).
    static let maximumPhases = 1_000_000

    static func read(_ node: ParameterNode, _ path: String, _ reader: ParameterReader) -> Distribution? {
        let example = "a distribution like { lognormal: { mean: 6m, sd: 4m } } or a duration like 5m"
        if case .scalar = node {
            guard let value = reader.duration(node, path, positive: false) else { return nil }
            return make(.deterministic(value: value), node, path, reader)
        }
        guard case let .mapping(entries, _) = node else {
            reader.report(node, path, "expected \(example), found \(node.kindDescription)")
            return nil
        }
        guard entries.count == 1, let entry = entries.first else {
            reader.report(node, path, "expected one distribution family (\(families.map(\.name).joined(separator: ", "))), "
                          + "found \(entries.isEmpty ? "none" : entries.map { "'\($0.key)'" }.joined(separator: ", "))")
            return nil
        }
        guard let family = families.first(where: { $0.name == entry.key }) else {
            reader.report(entry.keyLocation, ParameterReader.prefix(path) + "unknown distribution '\(entry.key)'"
                          + Suggestion.hint(for: entry.key, in: families.map(\.name)))
            return nil
        }
        let inner = ParameterReader.join(path, family.name)
        let required = family.name == "empirical" ? ["values"] : family.keys
        guard let fields = reader.mapping(entry.value, inner, known: family.keys, required: required,
                                          expected: "the parameters of \(family.name) (\(family.keys.joined(separator: ", ")))")
        else { return nil }
        func duration(_ key: String, positive: Bool) -> Double? {
            fields[key].flatMap { reader.duration($0, ParameterReader.join(inner, key), positive: positive) }
        }
        let specification: DistributionSpecification?
        switch family.name {
        case "exponential":
            specification = duration("mean", positive: true).map { .exponential(mean: $0) }
        case "lognormal", "gamma":
            let mean = duration("mean", positive: true), sd = duration("sd", positive: false)
            guard let mean, let sd else { return nil }
            specification = family.name == "gamma" ? .gamma(mean: mean, sd: sd) : .lognormal(mean: mean, sd: sd)
        case "weibull":
            let mean = duration("mean", positive: true)
            let shape = fields["shape"].flatMap { reader.number($0, ParameterReader.join(inner, "shape"), positive: true) }
            guard let mean, let shape else { return nil }
            specification = .weibull(mean: mean, shape: shape)
        case "erlang":
            let mean = duration("mean", positive: true)
            let k = fields["k"].flatMap { reader.integer($0, ParameterReader.join(inner, "k"), minimum: 1, maximum: maximumPhases) }
            guard let mean, let k else { return nil }
            specification = .erlang(mean: mean, k: k)
        case "deterministic":
            specification = duration("value", positive: false).map { .deterministic(value: $0) }
        case "uniform":
            let min = duration("min", positive: false), max = duration("max", positive: false)
            guard let min, let max else { return nil }
            if max < min {
                reader.report(fields["max"]!, ParameterReader.join(inner, "max"), "must not be shorter than min")
                return nil
            }
            specification = .uniform(min: min, max: max)
        default:
            let valuesPath = ParameterReader.join(inner, "values")
            guard let list = fields["values"].flatMap({ reader.list($0, valuesPath, expected: "a list of durations") }) else { return nil }
            if list.isEmpty { reader.report(fields["values"]!, valuesPath, "give at least one observed duration") }
            let values = list.enumerated().map { reader.duration($1, valuesPath + ".\($0)", positive: false) }
            let interpolated = fields["interpolated"].flatMap { reader.bool($0, ParameterReader.join(inner, "interpolated")) } ?? false
            guard !list.isEmpty, values.allSatisfy({ $0 != nil }) else { return nil }
            specification = .empirical(values: values.map { $0! }, interpolated: interpolated)
        }
        return specification.flatMap { make($0, node, path, reader) }
    }

    private static func make(_ specification: DistributionSpecification, _ node: ParameterNode, _ path: String,
                             _ reader: ParameterReader) -> Distribution? {
        do { return try Distribution(specification) } catch {
            reader.report(node, path, "\(error)")
            return nil
        }
    }
}
