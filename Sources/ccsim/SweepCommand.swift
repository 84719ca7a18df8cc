import Experiments
import ArgumentParser
import ContactCenter
import Foundation

/// `ccsim sweep`: research parameter sweeps. `ccsim sweep SWEEP.yaml ...` runs one (the default
/// subcommand `run`); `ccsim sweep merge PARTS... --output FILE` merges the shards of a sweep.
struct Sweep: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a parameter sweep (a grid, random, Latin hypercube or listed points), resumable and shardable.",
        discussion: """
            ccsim sweep SWEEP.yaml --output results.csv        run (or resume) a sweep
            ccsim sweep SWEEP.yaml --shard 2/8 --output part-2.csv
            ccsim sweep merge part-*.csv --output results.csv  merge the shards
            The sweep file format is described in docs/SWEEPS.md.
            """,
        subcommands: [SweepRun.self, SweepMerge.self],
        defaultSubcommand: SweepRun.self)
}

extension SweepOutputFormat: ExpressibleByArgument {}

struct SweepRun: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a sweep file: one row per point with each measure's mean and 95% half-width.",
        discussion: """
            Rows are appended as points finish and made durable, so a killed run (even SIGKILL) is resumed \
            by running the same command again: finished points are skipped and a torn last row is dropped. \
            When every point is done the rows are sorted by point id, so the file is the same for any --jobs. \
            Every point uses the same seed and replications 0..R-1 (common random numbers) unless \
            --no-common-random-numbers is given.
            """)

    @Argument(help: "The sweep file (YAML).") var file: String

    @Option(parsing: .unconditional, help: "The results file (created, or resumed when it holds part of this sweep).")
    var output: String

    @Option(parsing: .unconditional, help: "csv (a # header line, then the columns) or jsonl (a header object, then one object per point).")
    var format: SweepOutputFormat = .csv

    @Option(parsing: .unconditional, help: "Threads (default: one per core).", transform: countArgument("threads", example: 4, most: Int.max)) var jobs: Int?

    @Option(parsing: .unconditional, help: "Replications per point (default: the sweep file's, else the model's).",
            transform: countArgument("replications", example: 20, most: 100_000)) var replications: Int?

    @Option(parsing: .unconditional, help: "Master seed (default: the sweep file's, else the model's).", transform: seedArgument) var seed: UInt64?

    @Flag(inversion: .prefixedNo, help: "Run every point from the same seed and replication indices (default: the sweep file's, else on).")
    var commonRandomNumbers: Bool?

    @Option(parsing: .unconditional, help: ArgumentHelp("Run only the I-th of N disjoint slices of the points (points I, I+N, I+2N, ...).",
                               valueName: "I/N"))
    var shard: String?

    func run() throws {
        if let jobs, jobs < 1 { throw InputError("--jobs must be at least 1") }
        let shardSpec = try shard.map { text in try sweepInput { try SweepShard(parsing: text) } }
        if let replications, replications < 1 { throw InputError("--replications must be at least 1") }
        if let replications, replications > ContactCenterModel.Limits.replications {
            throw InputError("--replications \(replications) is above the supported \(ContactCenterModel.Limits.replications)")
        }
        var sweep = try Experiments.Sweep.load(path: file)
        printWarnings(sweep.warnings)
        if let replications { sweep.runner.replications = replications }
        if let seed { sweep.runner.seed = seed }
        if let commonRandomNumbers { sweep.runner.commonRandomNumbers = commonRandomNumbers }
        let execution = SweepExecution(sweep: sweep, output: output, format: format, shard: shardSpec,
                                       jobs: jobs ?? Replications.defaultJobs)
        let bar = ProgressHolder()
        let outcome = try sweepInput {
            try execution.run(started: { pending, done in
                if done > 0 { note("resuming '\(output)': \(done) point\(done == 1 ? "" : "s") already done, \(pending) to run") }
                bar.bar = ProgressBar(total: pending, label: "points")
            }, progress: { done in bar.bar?.update(done) })
        }
        bar.bar?.finish()
        if outcome.droppedTornRow { note("dropped an incomplete last row of '\(output)' (an interrupted write) and ran that point again") }
    }
}

struct SweepMerge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the shards of a sweep (ccsim sweep ... --shard I/N) into one results file.",
        discussion: """
            Checks that every part comes from the same sweep (the hash in its header) and that every point \
            is present exactly once; with --sweep, also that each row's parameter values are the ones the sweep \
            file gives its point. The result is byte for byte what an unsharded run writes.
            """)

    @Argument(help: "The parts (e.g. part-*.csv).") var parts: [String] = []

    @Option(parsing: .unconditional, help: "The merged results file (replaced atomically).") var output: String

    @Option(parsing: .unconditional, help: "The sweep file the parts were run from: each row's parameter values are then checked against its point.")
    var sweep: String?

    func run() throws {
        guard !parts.isEmpty else { throw InputError("give the parts to merge, e.g. ccsim sweep merge part-*.csv --output results.csv") }
        try sweepInput {
            let file = try sweep.map { try Experiments.Sweep.load(path: $0) }
            try SweepResultFile.merge(parts, into: output, sweep: file)
        }
    }
}

/// Runs `body`, turning a ``SweepError`` into an input error (exit status 2).
@discardableResult
private func sweepInput<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as SweepError { throw InputError(error.description) }
}

private func note(_ message: String) {
    FileHandle.standardError.write(Data("ccsim: \(message)\n".utf8))
}

/// The progress bar, created once the number of points to run is known.
private final class ProgressHolder: @unchecked Sendable {
    var bar: ProgressBar?
}
