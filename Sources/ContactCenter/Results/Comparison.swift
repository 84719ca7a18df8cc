/// What-if comparison with common random numbers, as a library call: the base and each scenario
/// run with the same seed and replications (replication r of every run sees the same customers),
/// and each scenario's measures differ from the base's, paired by replication.
///
/// ```swift
/// let base = try ModelLoader.load(path: "models/seed-retail-multichannel.yaml")
/// let move = try ModelLoader.load(path: "scenarios/shift-phone-to-messaging.yaml")
/// let comparison = try Comparison.run(base: base, scenarios: [move], replications: 20, seed: 1)
/// print(comparison.scenarios[0].delta.channel("messaging", .serviceLevel)!)   // mean and 95% half-width
/// ```
public struct Comparison: Sendable {
    /// One file's run: its model, estimates and per-replication measure values.
    public struct Run: Sendable {
        public var loaded: LoadedModel
        public var summary: SimulationSummary
        public var values: [ReplicationValues]
    }

    /// A scenario's run and its differences from the base (scenario - base, paired by replication).
    public struct Scenario: Sendable {
        public var run: Run
        public var delta: SimulationSummary
    }

    public var base: Run
    public var scenarios: [Scenario]
    public var replications: Int
    public var seed: UInt64

    /// Runs `base` and `scenarios` (each on `jobs` threads, one after the other) and pairs the differences.
    /// `progress` gets the replications finished over all runs.
    ///
    /// - Throws: ``FileErrors`` when a scenario does not rest on the base's model (see
    ///   ``LoadedModel/checkComparable(base:scenarios:)``), or a trace cannot be written.
    public static func run(base: LoadedModel, scenarios: [LoadedModel], replications: Int, seed: UInt64,
                           jobs: Int = Replications.defaultJobs, progress: (@Sendable (Int) -> Void)? = nil) throws -> Comparison {
        try LoadedModel.checkComparable(base: base, scenarios: scenarios)
        var runs: [Run] = []
        for (k, loaded) in ([base] + scenarios).enumerated() {
            let offset = k * replications
            var shifted: (@Sendable (Int) -> Void)?
            if let progress { shifted = { done in progress(offset + done) } }
            let accumulator = try Replications.summarize(loaded.model, count: replications, seed: seed, jobs: jobs, progress: shifted)
            runs.append(Run(loaded: loaded, summary: accumulator.summary(), values: accumulator.values))
        }
        let baseRun = runs[0]
        return Comparison(base: baseRun, scenarios: runs.dropFirst().map { run in
            Scenario(run: run, delta: SimulationSummary(differenceOf: run.values, minus: baseRun.values,
                                                        scenarioModel: run.loaded.model, baseModel: baseRun.loaded.model))
        }, replications: replications, seed: seed)
    }
}
