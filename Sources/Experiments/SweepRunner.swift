import ContactCenter
/// Runs variants of one base model or scenario and estimates chosen measures: the engine of
/// `ccsim sweep`, usable from Swift for designs a sweep file cannot express.
///
/// Every variant is the base loaded with the fixed overrides and the variant's own
/// (``ModelLoader/load(path:overrides:)``), so it is checked exactly like a file. With common random
/// numbers (the default) every variant runs replications `0..<replications` from the same seed, so
/// replication r of every variant sees the same arrivals, handle times and patience draws wherever
/// the variants agree, and differences between neighbouring points are not noise from different draws.
///
/// ```swift
/// let runner = try SweepRunner(base: "models/seed-retail-multichannel.yaml",
///                              set: [ParameterOverride(path: "horizon.days", value: "1")],
///                              measures: ["messaging.service_level", "totals.cost"], replications: 5)
/// for concurrency in 1...4 {
///     let result = try runner.run([ParameterOverride(path: "channels.messaging.concurrency", value: "\(concurrency)")])
///     print(concurrency, result["messaging.service_level"]!.mean)
/// }
/// ```
public struct SweepRunner: Sendable {
    /// The base model or scenario file.
    public var base: String
    /// Overrides applied to every variant, before the variant's own.
    public var fixed: [ParameterOverride]
    public var measures: [SweepMeasure]
    /// Replications per variant.
    public var replications: Int
    /// The master seed (default: the base's `simulation.seed`).
    public var seed: UInt64
    /// When false, point `id` runs from its own seed (see ``seed(forPoint:)``).
    public var commonRandomNumbers: Bool
    /// The base with the fixed overrides.
    public let loadedBase: LoadedModel

    /// Loads the base with `fixed` and resolves `measures` (see ``SweepMeasure``) against it.
    ///
    /// - Throws: ``FileErrors`` for a bad base or override, ``SweepError`` for an unknown measure.
    public init(base: String, set fixed: [ParameterOverride] = [], measures: [String], replications: Int? = nil,
                seed: UInt64? = nil, commonRandomNumbers: Bool = true) throws {
        let loaded = try ModelLoader.load(path: base, overrides: fixed)
        try self.init(loadedBase: loaded, base: base, fixed: fixed,
                      measures: measures.flatMap { try SweepMeasure.resolve($0, in: loaded.model) },
                      replications: replications, seed: seed, commonRandomNumbers: commonRandomNumbers)
    }

    init(loadedBase: LoadedModel, base: String, fixed: [ParameterOverride], measures: [SweepMeasure], replications: Int?,
         seed: UInt64?, commonRandomNumbers: Bool) throws {
        self.loadedBase = loadedBase
        self.base = base
        self.fixed = fixed
        self.measures = measures
        self.replications = replications ?? loadedBase.replications
        self.seed = seed ?? loadedBase.seed
        self.commonRandomNumbers = commonRandomNumbers
        if self.replications < 1 { throw SweepError("replications must be at least 1") }
        if measures.isEmpty { throw SweepError("give at least one measure, e.g. messaging.service_level") }
    }

    /// The base loaded with the fixed overrides and then `overrides`.
    public func load(_ overrides: [ParameterOverride]) throws -> LoadedModel {
        try ModelLoader.load(path: base, overrides: fixed + overrides)
    }

    /// The seed point `id` runs from: the master seed with common random numbers, otherwise
    /// SplitMix64's mix of (seed, id), so each point has independent streams.
    public func seed(forPoint id: Int) -> UInt64 {
        commonRandomNumbers ? seed : DesignRandom.mix(seed ^ DesignRandom.mix(UInt64(truncatingIfNeeded: id)))
    }

    /// Simulates `model` (a variant of the base) and estimates the measures; deterministic for any `jobs`.
    public func evaluate(_ model: ContactCenterModel, point id: Int = 1, jobs: Int = Replications.defaultJobs) -> SweepEstimates {
        let runs = Replications.run(model, count: replications, seed: seed(forPoint: id), jobs: jobs)
        return SweepEstimates(measures: measures, estimates: measures.map { $0.estimate(runs, model: model) })
    }

    /// Loads the variant given by `overrides`, simulates it and estimates the measures.
    public func run(_ overrides: [ParameterOverride], point id: Int = 1,
                    jobs: Int = Replications.defaultJobs) throws -> SweepEstimates {
        evaluate(try load(overrides).model, point: id, jobs: jobs)
    }
}

/// The estimates of a sweep's measures at one point, in the order of the measures.
public struct SweepEstimates: Sendable, Equatable {
    public var measures: [SweepMeasure]
    /// Nil where a measure is undefined in every replication (e.g. a service level with no contacts).
    public var estimates: [Estimate?]

    public init(measures: [SweepMeasure], estimates: [Estimate?]) {
        self.measures = measures
        self.estimates = estimates
    }

    /// The estimate of the measure named `name` (as written, e.g. `messaging.service_level`).
    public subscript(_ name: String) -> Estimate? {
        measures.firstIndex { $0.name == name }.flatMap { estimates[$0] }
    }
}
