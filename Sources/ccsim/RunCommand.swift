import ArgumentParser
import ContactCenter
import Foundation
import Reporting

/// `--set PATH=VALUE` overrides, shared by commands that load model files.
struct ModelOptions: ParsableArguments {
    @Option(name: .customLong("set"), parsing: .singleValue,
            help: "Change a parameter for this run, e.g. --set channels.messaging.concurrency=4 (repeatable).")
    var assignments: [String] = []

    func overrides() throws -> [ParameterOverride] {
        try assignments.map {
            guard let o = ParameterOverride(assignment: $0) else {
                throw InputError("--set: '\($0)' should be PATH=VALUE, e.g. channels.messaging.concurrency=4")
            }
            return o
        }
    }
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Simulate a model or scenario file: every measure with its 95% confidence interval.",
        discussion: "Replications and seed come from the file's `simulation:` section unless given here.")

    @Argument(help: "A model or scenario file (YAML).") var file: String
    @OptionGroup var simulation: RunOptions
    @OptionGroup var model: ModelOptions
    @OptionGroup var trace: TraceOption
    @OptionGroup var output: FormattedOutput<PageFormat>

    func run() throws {
        try output.check()
        let loaded = try ModelLoader.load(path: file, overrides: try model.overrides())
        try OutputOptions.checkAfterLoading(output.output)
        printWarnings(loaded.warnings)
        let settings = try simulation.settings(defaultReplications: loaded.replications, defaultSeed: loaded.seed)
        let progress = ProgressBar(total: settings.replications, label: "replications")
        let summary = try trace.summarize(loaded.model, settings: settings, progress: progress).summary()
        let report = RunReport(loaded: loaded, summary: summary, seed: settings.seed)
        try output.emit(report) {
            let command = reproduceCommand("run", files: [file], settings: settings, assignments: model.assignments)
            return HTMLReport(ExecutiveSummary(run: report, command: command)).render()
        }
    }
}

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare what-if scenarios with a base, with common random numbers and paired 95% intervals.",
        discussion: """
            Every file runs with the base's replications and seed (unless given here), so replication r of \
            each run sees the same customers; differences are paired by replication. Every file must rest on \
            the base's model (the model file at the root of its base: chain); a scenario of another model is refused.
            """)

    @Argument(help: "The base model or scenario file.") var base: String
    @Argument(help: "One or more scenario (or model) files to compare with the base.") var scenarios: [String]
    @OptionGroup var simulation: RunOptions
    @OptionGroup var model: ModelOptions
    @OptionGroup var output: FormattedOutput<PageFormat>

    func run() throws {
        try output.check()
        let report = try simulateComparison(base: base, scenarios: scenarios, simulation: simulation, model: model,
                                            output: output.output)
        try output.emit(report.report) {
            let command = reproduceCommand("compare", files: [base] + scenarios, settings: report.settings,
                                           assignments: model.assignments)
            return HTMLReport(ExecutiveSummary(compare: report.report, command: command)).render()
        }
    }
}

/// Loads the base and scenario files (every problem reported before any simulation), runs each
/// with the same seed and replications (common random numbers: replication r of every run sees
/// the same customers) and pairs the differences by replication. Shared by `compare` and `report`.
func simulateComparison(base: String, scenarios: [String], simulation: RunOptions,
                        model: ModelOptions, output: String?) throws -> (report: CompareReport, settings: RunOptions.Settings) {
    let overrides = try model.overrides()
    // Load everything first: a bad file fails before any simulation time is spent.
    var problems: [FileIssue] = []
    var loadedFiles: [LoadedModel] = []
    for path in [base] + scenarios {
        do { loadedFiles.append(try ModelLoader.load(path: path, overrides: overrides)) } catch let e as FileErrors {
            problems += e.issues
        }
    }
    if !problems.isEmpty { throw FileErrors(problems) }
    try OutputOptions.checkAfterLoading(output)
    let baseLoaded = loadedFiles[0]
    try LoadedModel.checkComparable(base: baseLoaded, scenarios: Array(loadedFiles.dropFirst()))
    printWarnings(loadedFiles.flatMap(\.warnings))
    let settings = try simulation.settings(defaultReplications: baseLoaded.replications, defaultSeed: baseLoaded.seed)
    let progress = ProgressBar(total: settings.replications * loadedFiles.count, label: "replications")
    let comparison = try Comparison.run(base: baseLoaded, scenarios: Array(loadedFiles.dropFirst()), replications: settings.replications,
                                        seed: settings.seed, jobs: settings.jobs, progress: progress.callback)
    progress.finish()
    let report = CompareReport(
        base: RunReport(loaded: baseLoaded, summary: comparison.base.summary, seed: settings.seed),
        scenarios: comparison.scenarios.map { CompareReport.Scenario(loaded: $0.run.loaded, summary: $0.run.summary, delta: $0.delta) })
    return (report, settings)
}

/// Prints warnings (legal but almost surely wrong inputs) on stderr, each once, as
/// `FILE:LINE:COLUMN: warning: message`; the command goes on.
func printWarnings(_ warnings: [FileIssue]) {
    var printed: [FileIssue] = []
    for warning in warnings where !printed.contains(warning) { printed.append(warning) }
    guard !printed.isEmpty else { return }
    FileHandle.standardError.write(Data(printed.map { $0.description + "\n" }.joined().utf8))
}

/// The command line that reproduces a report: the files, the seed and replications actually
/// used, and any `--set` overrides (quoted for a POSIX shell where needed).
func reproduceCommand(_ subcommand: String, files: [String], settings: RunOptions.Settings, assignments: [String],
                      format: String = "html") -> String {
    func quoted(_ s: String) -> String {
        let safe = s.allSatisfy { $0.isLetter || $0.isNumber || "-_./=:,%@+".contains($0) }
        return safe && !s.isEmpty ? s : "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
    var words = ["ccsim", subcommand] + files.map(quoted)
    words += ["--replications", String(settings.replications), "--seed", String(settings.seed)]
    for a in assignments { words += ["--set", quoted(a)] }
    words += ["--format", format]
    return words.joined(separator: " ")
}

