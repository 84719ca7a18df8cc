import ArgumentParser
import ContactCenter
import Foundation
import Queueing
import Reporting

struct Simulate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Discrete-event simulation with confidence intervals.",
        subcommands: [Queue.self])

    struct Queue: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Simulate one FCFS queue (M/M/n, or M/M/n+M with --patience) through the general engine.",
            discussion: """
                Definitions are those of `ccsim erlang a`: p_wait = the arrival finds every agent busy; \
                service_level = share of ALL arrivals answered within --target; asa_seconds = mean wait of \
                answered contacts. Each measure comes with the half-width of its 95% confidence interval \
                over replications, next to the exact Erlang value.
                """)
        @Option(parsing: .unconditional, help: "Agents (a whole number).") var agents: String
        @OptionGroup var load: LoadOptions
        @Option(parsing: .unconditional, help: "Mean handle time (exponential), e.g. 300s.") var aht: String
        @Option(parsing: .unconditional, help: "Mean patience (exponential), e.g. 120s; without it nobody abandons.")
        var patience: String?
        @Option(parsing: .unconditional, help: "Service-level answer time, e.g. 20s.") var target: String = "20s"
        @Option(parsing: .unconditional, help: "Customers arriving per replication (default: 100000).",
                transform: countArgument("customers", example: 100_000, most: 1_000_000_000)) var customers: Int = 100_000
        @OptionGroup var simulation: QueueRunOptions
        @OptionGroup var trace: ContactTraceOption
        @Option(parsing: .unconditional, help: "Customers arriving before this time are not measured (default: 20 x AHT).")
        var warmup: String?
        @OptionGroup var output: OutputOptions

        func run() throws {
            try output.check()
            let nText = agents.trimmingCharacters(in: .whitespaces)
            guard let n = Int(nText), n >= 1 else {
                throw InputError("--agents: '\(agents)' must be a whole number of agents >= 1 for the simulator")
            }
            let h = try requiredDuration("--aht", aht)
            let p = try patience.map { try requiredDuration("--patience", $0) }
            let t = try requiredDuration("--target", target, positive: false)
            let a = try load.erlangs(aht: h)
            guard customers >= 1 else { throw InputError("--customers must be at least 1") }
            // Checked here, naming the option: the model's own check said "customer_limit 99999999999 must be ...".
            let most = ContactCenterModel.Limits.contactsPerReplication
            guard Double(customers) <= most else {
                throw InputError("--customers \(customers) is above the supported \(ContactCenterModel.Limits.text(most)) per replication")
            }
            let w = try warmup.map { try requiredDuration("--warmup", $0, positive: false) } ?? 20 * h
            let duringWarmup = a / h * w
            guard duringWarmup < Double(customers) else {
                throw InputError("--customers \(customers): about \(Int(duringWarmup.rounded())) customers arrive during the warm-up "
                                 + "(--warmup \(Int(w))s\(warmup == nil ? ", 20 handle times by default" : "")), so nothing would be "
                                 + "measured; give more --customers or a shorter --warmup")
            }
            if p == nil && a >= Double(n) {
                throw QueueingError.unstable(agents: Double(n), load: a)
            }
            let settings = try simulation.settings()
            let model = try ContactCenterModel.singleQueue(agents: n, load: a, aht: h, patience: p, target: t,
                                                           customers: customers, warmup: w)
            if let problem = model.problems().first { throw InputError(problem) }
            let progress = ProgressBar(total: settings.replications, label: "replications")
            let started = Date()
            let results = try trace.run(model, settings: settings, progress: progress)
            let exact: QueueMetrics? = p.map { try? ErlangA.metrics(agents: Double(n), load: a, aht: h, patience: $0, target: t) }
                ?? (try? ErlangC.metrics(agents: Double(n), load: a, aht: h, target: t))
            let report = QueueSimulationReport(results: results, customers: customers, exact: exact,
                                               model: p == nil ? "erlang_c" : "erlang_a",
                                               seconds: Date().timeIntervalSince(started))
            try output.emit(report)
        }
    }
}

/// `--trace FILE`: one CSV row per measured contact, for researchers (`simulate queue`, and with
/// `--journey-trace` in ``TraceOption`` for model files).
struct ContactTraceOption: ParsableArguments {
    @Option(parsing: .unconditional, help: ArgumentHelp("Also write one CSV row per contact (replication, contact and customer ids, attempt, origin, "
                               + "channel, arrival, outcome, wait, handle time, group).", valueName: "file"))
    var trace: String?

    /// Runs the replications, writing the contact trace when asked.
    func run(_ model: ContactCenterModel, settings: RunOptions.Settings, progress: ProgressBar) throws -> [ReplicationMeasures] {
        try TraceOption.check(model, trace: trace, journeyTrace: nil)
        return try TraceOption.writing(progress) {
            try Replications.run(model, count: settings.replications, seed: settings.seed, jobs: settings.jobs,
                                 tracePath: trace, progress: progress.callback)
        }
    }
}

/// `--trace FILE` and `--journey-trace FILE` for model files (`ccsim run`). `simulate queue` takes
/// ``ContactTraceOption`` alone: a single queue has no journeys, so its help does not offer a
/// journey trace that it would always refuse.
struct TraceOption: ParsableArguments {
    @OptionGroup var contacts: ContactTraceOption

    @Option(name: .customLong("journey-trace"), parsing: .unconditional,
            help: ArgumentHelp("With journeys: also write one CSV row per customer journey (outcome, contacts, channels, "
                               + "bad experiences, churn risk).", valueName: "file"))
    var journeyTrace: String?

    var trace: String? { contacts.trace }

    /// Runs the replications folding each into the summary as it finishes (memory flat in their number).
    func summarize(_ model: ContactCenterModel, settings: RunOptions.Settings, progress: ProgressBar) throws -> SummaryAccumulator {
        try Self.check(model, trace: trace, journeyTrace: journeyTrace)
        return try Self.writing(progress) {
            try Replications.summarize(model, count: settings.replications, seed: settings.seed, jobs: settings.jobs,
                                       tracePath: trace, journeyTracePath: journeyTrace, progress: progress.callback)
        }
    }

    /// Checks the traces' folders, and that a journey trace has journeys to write, before any simulation.
    static func check(_ model: ContactCenterModel, trace: String?, journeyTrace: String?) throws {
        for (flag, path) in [("--trace", trace), ("--journey-trace", journeyTrace)] {
            guard let path else { continue }
            if let problem = OutputFile.problem(path) ?? OutputFile.claim(path, for: flag) { throw InputError("\(flag): \(problem)") }
        }
        if journeyTrace != nil && model.journeys == nil {
            throw InputError("--journey-trace: there are no journeys to write: journeys come from a model file's journeys: section")
        }
    }

    /// Reports a trace that cannot be written as the option's problem.
    static func writing<T>(_ progress: ProgressBar, _ body: () throws -> T) throws -> T {
        defer { progress.finish() }
        do {
            return try body()
        } catch let problem as OutputFile.Problem {
            throw InputError("\(problem)")
        } catch {
            throw InputError("cannot write the trace: \(OutputFile.reason(error))")
        }
    }
}

/// `--replications`, `--seed`, `--jobs`: how a simulation of a model file is run (the defaults come
/// from the file's `simulation:` section).
struct RunOptions: ParsableArguments {
    @Option(parsing: .unconditional,
            help: "Independent replications (each gets its own random streams; default: the model's simulation.replications).",
            transform: countArgument("replications", example: 20, most: 100_000))
    var replications: Int?
    @Option(parsing: .unconditional, help: "Master seed; the same seed gives byte-identical results (default: the model's simulation.seed).",
            transform: seedArgument)
    var seed: UInt64?
    @Option(parsing: .unconditional, help: RunOptions.jobsHelp, transform: countArgument("threads", example: 4, most: Int.max))
    var jobs: Int?

    static let jobsHelp: ArgumentHelp = "Threads (default: one per core); results do not depend on it."

    struct Settings {
        var replications: Int
        var seed: UInt64
        var jobs: Int
    }

    func settings(defaultReplications: Int, defaultSeed: UInt64) throws -> Settings {
        try Self.settings(replications: replications ?? defaultReplications, seed: seed ?? defaultSeed, jobs: jobs)
    }

    static func settings(replications r: Int, seed: UInt64, jobs: Int?) throws -> Settings {
        guard r >= 1 else { throw InputError("--replications must be at least 1") }
        guard r <= 100_000 else { throw InputError("--replications \(r) is above the supported 100,000") }
        let j = jobs ?? Replications.defaultJobs
        guard j >= 1 else { throw InputError("--jobs must be at least 1") }
        return Settings(replications: r, seed: seed, jobs: j)
    }
}

/// `--replications`, `--seed`, `--jobs` of `simulate queue`, which has no file to take defaults from:
/// its help shows its own (10 replications, seed 1).
struct QueueRunOptions: ParsableArguments {
    // (A transformed option's default is not shown by the parser: the help says it.)
    @Option(parsing: .unconditional, help: "Independent replications (each gets its own random streams; default: 10).",
            transform: countArgument("replications", example: 20, most: 100_000))
    var replications: Int = 10
    @Option(parsing: .unconditional, help: "Master seed; the same seed gives byte-identical results (default: 1).", transform: seedArgument)
    var seed: UInt64 = 1
    @Option(parsing: .unconditional, help: RunOptions.jobsHelp, transform: countArgument("threads", example: 4, most: Int.max))
    var jobs: Int?

    func settings() throws -> RunOptions.Settings {
        try RunOptions.settings(replications: replications, seed: seed, jobs: jobs)
    }
}
