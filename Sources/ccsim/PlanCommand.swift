import ArgumentParser
import ContactCenter
import Foundation
import Planner
import Reporting

struct Plan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Plan staffing by simulation: least cost meeting every target, or the best use of a budget; optionally a shift roster (CBC).",
        discussion: """
            Targets mode (default): agents per group and interval of the day so that every channel meets its \
            service level (and max_abandon / max_asa where the model gives them; a deferred channel's load, its \
            work over its agents' time, at most 95%) at least cost. It starts from \
            per-channel Erlang staffing and improves it by simulation with common random numbers, then checks \
            the plan on independent replications and says per channel and interval whether each target is met \
            with 95% confidence, met on average, or missed.

            Budget mode (--budget 1150h or --budget-cost 34500, per day): the allocation of that budget across \
            groups and intervals with the most weighted service-level attainment.

            --shifts FILE turns the plan into a roster of shifts at least cost (an integer program solved by CBC) \
            and checks the roster by simulation too. --output DIR writes the report, one staffing table per group \
            (staffing/GROUP.csv, the format `staffing:` reads) and the roster. The plan is one day's pattern, \
            repeated on every day of the model's horizon (plan one day with --set horizon.days=1); --by-day plans \
            each kind of day of the model's week (day type or weekday) on its own.
            """)

    @Argument(help: "A model or scenario file (YAML).") var file: String
    @Option(parsing: .unconditional, help: "Budget mode: agent-hours a day to allocate, e.g. 1150h.") var budget: String?
    @Option(name: .customLong("budget-cost"), parsing: .unconditional, help: "Budget mode: staff cost a day to allocate, e.g. 34500.") var budgetCost: String?
    @Option(parsing: .unconditional, help: "Shift templates (YAML) to roster the plan with; see docs/PLANNING.md.") var shifts: String?
    @Flag(name: .customLong("roster-only"), help: "Roster the model's own staffing with --shifts instead of planning one.")
    var rosterOnly = false
    @Option(name: .customLong("search-replications"), parsing: .unconditional, help: "Replications per staffing tried in the search (default: 10).",
            transform: countArgument("replications", example: 10, most: 10_000))
    var searchReplications = 10
    @Option(parsing: .unconditional, help: "Independent replications the plan is checked on (default: the model's simulation.replications).",
            transform: countArgument("replications", example: 20, most: 100_000))
    var replications: Int?
    @Option(parsing: .unconditional, help: "Master seed of the search; the check uses independent streams (default: the model's seed).",
            transform: seedArgument)
    var seed: UInt64?
    @Option(parsing: .unconditional, help: "Threads (default: one per core); results do not depend on it.", transform: countArgument("threads", example: 4, most: Int.max)) var jobs: Int?
    @Option(name: .customLong("max-patterns"), parsing: .unconditional, help: "Staffing patterns the search may simulate (default: 400).",
            transform: countArgument("patterns", example: 400, most: 100_000))
    var maxPatterns = 400
    @Option(name: .customLong("roster-time-limit"), parsing: .unconditional, help: "Time CBC may spend on the roster.")
    var rosterTimeLimit = "10s"
    @Flag(name: .customLong("by-day"), help: ArgumentHelp(
        "Plan each kind of day of the model's week (each day type, or each weekday) on its own.",
        discussion: "Needs horizon.start. Each kind is planned on a one-day horizon starting on its first open day (no warm-up); --output writes a folder per kind and staffing-by-day.yaml."))
    var byDay = false
    @OptionGroup var model: ModelOptions
    @Option(name: .customLong("format"), parsing: .unconditional, help: ArgumentHelp(DataFormat.help)) var choice = DataFormat(.table)
    var format: OutputFormat { choice.format }
    @Option(parsing: .unconditional, help: ArgumentHelp("Write the report and the staffing tables into this directory.",
                               discussion: "Files: plan.txt|json|csv|md, staffing/GROUP.csv, roster.csv, roster-staffing/GROUP.csv."))
    var output: String?

    func run() throws {
        guard choice.isAccepted else { throw OutputFormat.htmlRefused }
        if let output { try checkOutputDirectory(output) }
        var settings = PlannerSettings()
        settings.objective = try objective()
        guard (1...10_000).contains(searchReplications) else { throw InputError("--search-replications must be from 1 to 10,000") }
        guard (1...100_000).contains(maxPatterns) else { throw InputError("--max-patterns must be from 1 to 100,000") }
        settings.searchReplications = searchReplications
        settings.maxEvaluations = maxPatterns
        settings.rosterTimeLimit = try requiredDuration("--roster-time-limit", rosterTimeLimit)
        if rosterOnly {
            guard shifts != nil else { throw InputError("--roster-only needs --shifts FILE, the shift templates to roster with") }
            guard settings.objective == .targets else { throw InputError("--roster-only rosters today's staffing; leave out --budget") }
            settings.rosterCurrentStaffing = true
        }
        let loaded = try ModelLoader.load(path: file, overrides: try model.overrides())
        printWarnings(loaded.warnings)
        settings.shifts = try shifts.map { try ShiftTemplates.load(path: $0) }
        if let output, !byDay {
            // The files the plan will write, checked before the search: one of them may be an input.
            try checkFiles([Self.reportName(format)] + PlanFiles.names(groups: loaded.model.groups.map(\.name), roster: shifts != nil),
                           in: output)
        }
        let run = try RunOptions.parse(runArguments()).settings(defaultReplications: loaded.replications, defaultSeed: loaded.seed)
        settings.verifyReplications = run.replications
        settings.seed = run.seed
        settings.jobs = run.jobs
        let interactive = isatty(STDERR_FILENO) != 0
        var progress: (@Sendable (String) -> Void)?
        if interactive { progress = Self.announce }
        if byDay { return try planByDay(loaded, settings: settings, progress: progress) }
        let result: PlanResult
        do {
            result = try Planner.plan(loaded, settings: settings, progress: progress)
        } catch let error as PlannerError {
            throw InputError(error.description)
        }
        FileHandle.standardError.write(Data(String(format: "ccsim plan: %d replications simulated in %.1f s\n",
                                                   result.statistics.replicationsSimulated, result.statistics.seconds).utf8))
        let report = PlannerReport(result, title: loaded.title)
        let rendered = format.render(report) ?? report.text()
        let name = Self.reportName(format)
        guard let output else {
            try OutputOptions.write(rendered, to: nil)
            return
        }
        try write([(name, rendered)] + PlanFiles.files(result), into: output)
        FileHandle.standardError.write(Data("ccsim plan: wrote \(name) and the staffing tables to \(output)\n".utf8))
    }

    /// The report's file name in the output folder.
    static func reportName(_ format: OutputFormat) -> String {
        ["json": "plan.json", "csv": "plan.csv", "markdown": "plan.md"][format.rawValue] ?? "plan.txt"
    }

    /// Refuses the folder when one of `names` in it could not be written (a folder, or a file the
    /// command reads, such as the model's own staffing table).
    func checkFiles(_ names: [String], in output: String) throws {
        for name in names {
            if let conflict = OutputFile.conflict((output as NSString).appendingPathComponent(name)) {
                throw InputError("--output: \(conflict)")
            }
        }
    }

    /// Writes `files` (names relative to `output`), creating their folders; each file atomically,
    /// and none when one of them could not be written.
    func write(_ files: [(name: String, content: String)], into output: String) throws {
        try checkFiles(files.map(\.name), in: output)
        for (file, content) in files {
            let path = (output as NSString).appendingPathComponent(file)
            let directory = (path as NSString).deletingLastPathComponent
            do { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) } catch {
                throw InputError("--output: cannot create '\(directory)': \(error.localizedDescription)")
            }
            try OutputOptions.write(content, to: path)
        }
    }

    /// Says on stderr what the planner is doing (when stderr is a terminal).
    @Sendable static func announce(_ message: String) {
        FileHandle.standardError.write(Data("ccsim plan: \(message)...\n".utf8))
    }

    /// The objective from --budget / --budget-cost.
    func objective() throws -> PlanObjective {
        switch (budget, budgetCost) {
        case (nil, nil): return .targets
        case (_?, _?): throw InputError("give either --budget (agent-hours a day) or --budget-cost (cost a day), not both")
        case let (hours?, nil):
            let t = hours.trimmingCharacters(in: .whitespaces)
            guard t.hasSuffix("h") || t.hasSuffix("hours") || t.hasSuffix("hour") else {
                throw InputError("--budget: '\(hours)' needs the unit h (agent-hours a day), e.g. --budget 1150h; for money use --budget-cost")
            }
            let seconds = try readOption("--budget", t, Quantity.duration)
            guard seconds > 0, seconds.isFinite, seconds / 3600 <= 1e8 else {
                throw InputError("--budget: '\(hours)' must be more than 0h and at most 100,000,000h a day")
            }
            return .budgetHours(seconds / 3600)
        case let (nil, cost?):
            let value = try readOption("--budget-cost", cost, Quantity.positiveNumber)
            guard value.isFinite, value <= 1e12 else { throw InputError("--budget-cost: '\(cost)' is above the supported 1e12 a day") }
            return .budgetCost(value)
        }
    }

    /// The --replications/--seed/--jobs options in the shape `RunOptions` reads.
    func runArguments() -> [String] {
        var args: [String] = []
        if let replications { args += ["--replications", String(replications)] }
        if let seed { args += ["--seed", String(seed)] }
        if let jobs { args += ["--jobs", String(jobs)] }
        return args
    }

    /// Refuses an --output that exists and is not a directory, or that cannot be created (its
    /// nearest existing folder is a file or not writable), before any work is done: the plan was
    /// otherwise computed and then lost when its files could not be written.
    func checkOutputDirectory(_ path: String) throws {
        guard !path.isEmpty else { throw InputError("--output: no folder name given") }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw InputError("--output: '\(path)' is a file; plan writes a directory (the report and the staffing tables)")
            }
            guard FileManager.default.isWritableFile(atPath: path) else {
                throw InputError("--output: cannot write into the folder '\(path)' (check its permissions)")
            }
            return
        }
        var ancestor = (OutputFile.resolved(path) as NSString).deletingLastPathComponent
        while !ancestor.isEmpty, ancestor != "/", !FileManager.default.fileExists(atPath: ancestor) {
            ancestor = (ancestor as NSString).deletingLastPathComponent
        }
        guard FileManager.default.fileExists(atPath: ancestor, isDirectory: &isDirectory), isDirectory.boolValue,
              FileManager.default.isWritableFile(atPath: ancestor) else {
            throw InputError("--output: cannot create the folder '\(path)': '\(ancestor)' is not a writable folder")
        }
    }
}
