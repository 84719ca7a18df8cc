import ArgumentParser
import ContactCenter
import Foundation
import Queueing
import Reporting

/// A problem with what the user typed, reported as `ccsim: error: <description>` with exit status 2.
struct InputError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Reads an option's text with a quantity parser, prefixing any error with the option's name.
func readOption<T>(_ flag: String, _ text: String, _ parser: (String) throws -> T) throws -> T {
    do { return try parser(text) } catch let error as QuantityError {
        throw InputError("\(flag): \(error.description)")
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, markdown, html

    /// `result` in this format, nil for html (which only some commands render, each its own way).
    func render(_ result: some Rendering) -> String? {
        switch self {
        case .table: return TextLayout.fit(result.text())
        case .json: return result.json().serialized() + "\n"
        case .csv: return result.csv()
        case .markdown: return result.markdown()
        case .html: return nil
        }
    }

    /// The refusal for commands that have no HTML rendering (only run, compare and report have one).
    static let htmlRefused = InputError("--format html: this command has no HTML report; use table, json, csv or markdown "
                                        + "(HTML reports come from 'ccsim run', 'ccsim compare' and 'ccsim report')")
}

/// The `--format` values one command takes, as its help lists them: the help of a command without an
/// HTML page used to list html too (the one `OutputFormat` type's values), and the command then refused it.
protocol FormatChoice: ExpressibleByArgument {
    var format: OutputFormat { get }
    init(_ format: OutputFormat)
    /// The formats the command renders, in the order its help lists them.
    static var accepted: [OutputFormat] { get }
    /// The option's help.
    static var help: String { get }
}

extension FormatChoice {
    /// Reads every format, html too where the command has none, so that `--format html` gets the
    /// refusal saying where HTML reports come from rather than the parser's bare "invalid value".
    init?(argument: String) {
        guard let format = OutputFormat(rawValue: argument) else { return nil }
        self.init(format)
    }
    static var allValueStrings: [String] { accepted.map(\.rawValue) }
    var defaultValueDescription: String { format.rawValue }
    /// Whether the command renders this format (`--format html` of a command without a page is not).
    var isAccepted: Bool { Self.accepted.contains(format) }
}

/// `--format` of the commands that print tables: table, json, csv or markdown.
struct DataFormat: FormatChoice {
    let format: OutputFormat
    init(_ format: OutputFormat) { self.format = format }
    static let accepted: [OutputFormat] = [.table, .json, .csv, .markdown]
    static let help = "Output format: table (for people), json, csv or markdown."
}

/// `--format` of `run` and `compare`, which also render the executive summary as an HTML page.
struct PageFormat: FormatChoice {
    let format: OutputFormat
    init(_ format: OutputFormat) { self.format = format }
    static let accepted: [OutputFormat] = OutputFormat.allCases
    static let help = "Output format: table (for people), json, csv, markdown, or html (the executive summary as one page)."
}

/// `--format` and `--output` of the commands without an HTML page.
typealias OutputOptions = FormattedOutput<DataFormat>

/// `--format` and `--output`, shared by every command that prints results; `Choice` says which formats
/// the command takes.
struct FormattedOutput<Choice: FormatChoice>: ParsableArguments {
    @Option(name: .customLong("format"), parsing: .unconditional, help: ArgumentHelp(Choice.help))
    var choice: Choice = Choice(.table)

    @Option(parsing: .unconditional, help: ArgumentHelp("Write the result to this file instead of standard output.",
                               discussion: "An existing file is replaced only once the new one is complete."))
    var output: String?

    var format: OutputFormat { choice.format }

    /// Refuses an `--output` that cannot be written (a folder, a missing folder) before any work.
    /// Every command calls it first thing in `run()`, not from the argument parser's `validate()`:
    /// an error thrown there is printed as the parser's "Error:" with the whole usage, not as
    /// `ccsim: error: ...` like every other input problem.
    func check() throws {
        guard choice.isAccepted else { throw OutputFormat.htmlRefused }
        try Self.check(output, flag: "--output")
    }

    /// Refuses `path` as the file of `flag` when it cannot be written (a folder, a missing folder)
    /// or another output of the command already writes it.
    static func check(_ path: String?, flag: String) throws {
        guard let path else { return }
        if let problem = OutputFile.problem(path) ?? OutputFile.claim(path, for: flag) {
            throw InputError("\(flag): \(problem)")
        }
    }

    /// Checks `output` again once the input files are read (they are known only then), so an
    /// output that would replace one of them is refused before the simulation, not after it.
    static func checkAfterLoading(_ output: String?) throws {
        if let output, let problem = OutputFile.problem(output) { throw InputError("--output: \(problem)") }
    }

    /// Writes the rendering of `result` in the chosen format: the one place `--format` is decided.
    /// `html` renders the executive page for commands that have one (run, compare); without it
    /// `--format html` is refused.
    func emit(_ result: some Rendering, html: (() -> String)? = nil) throws {
        if let text = format.render(result) { return try write(text) }
        guard let html else { throw OutputFormat.htmlRefused }
        try write(html())
    }

    /// Writes text for people (`--format table`): every line at most `TextLayout.width` columns.
    /// The renderers lay their tables out to that width; any prose line still longer is wrapped here.
    func writeTable(_ text: String) throws {
        try write(TextLayout.fit(text))
    }

    /// Writes `text` to standard output or, atomically, to `--output`.
    func write(_ text: String) throws {
        try Self.write(text, to: output)
    }

    /// Writes `text` to standard output or, atomically, to `output`.
    static func write(_ text: String, to output: String?) throws {
        guard let output else {
            do { try FileHandle.standardOutput.write(contentsOf: Data(text.utf8)) } catch {
                throw InputError("cannot write to standard output: \(OutputFile.reason(error))")
            }
            return
        }
        do {
            try OutputFile.write(Data(text.utf8), to: output)
        } catch {
            throw InputError("--output: \(error)")
        }
    }
}

/// The offered load, given directly (`--load 12.5`) or as volume over a period with a handle time.
struct LoadOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: "Offered load in Erlangs (arrival rate x mean handle time).")
    var load: String?

    @Option(parsing: .unconditional, help: "Contacts arriving per period (use with --per and --aht instead of --load).")
    var calls: String?

    @Option(parsing: .unconditional, help: "The period --calls arrive in, e.g. 30m or 1h.")
    var per: String?

    /// The load in Erlangs; `aht` (seconds) is needed only when the load comes from --calls.
    func erlangs(aht: Double?) throws -> Double {
        switch (load, calls) {
        case let (load?, nil):
            if per != nil { throw InputError("--per goes with --calls, not with --load") }
            let erlangs = try readOption("--load", load, Quantity.positiveNumber)
            guard erlangs <= Queueing.maximumLoad else {
                throw InputError("--load: '\(load)' is too large: at most \(ContactCenterModel.Limits.text(Queueing.maximumLoad)) Erlangs are supported")
            }
            return erlangs
        case let (nil, calls?):
            guard let per else { throw InputError("--calls needs --per, the period they arrive in (e.g. --per 30m)") }
            let volume = try readOption("--calls", calls, Quantity.positiveNumber)
            let period = try durationOption("--per", per)
            guard period > 0 else { throw InputError("--per: the period must be longer than 0s") }
            guard let aht else { throw InputError("--calls needs --aht, the mean handle time (e.g. --aht 300s)") }
            let erlangs = volume * aht / period
            guard erlangs.isFinite, erlangs <= Queueing.maximumLoad else {
                throw InputError("--calls \(calls) --per \(per) with --aht make a load of \(ContactCenterModel.Limits.text(erlangs)) Erlangs; "
                                 + "at most \(ContactCenterModel.Limits.text(Queueing.maximumLoad)) Erlangs are supported")
            }
            guard erlangs > 0 else { throw InputError("--calls \(calls) --per \(per) with --aht make a load of 0 Erlangs; give more calls or a shorter period") }
            return erlangs
        case (nil, nil):
            throw InputError("give the offered load: --load ERLANGS, or --calls N --per PERIOD --aht TIME")
        case (_?, _?):
            throw InputError("give either --load or --calls/--per, not both")
        }
    }
}

func requiredDuration(_ flag: String, _ text: String?, positive: Bool = true) throws -> Double {
    guard let text else { throw InputError("\(flag) is required") }
    let value = try durationOption(flag, text)
    if positive && value <= 0 { throw InputError("\(flag): '\(text)' must be longer than 0s") }
    return value
}

/// An agent count (`--agents`; fractions allowed for the formulas), at most a group's largest staffing.
func agentsOption(_ text: String) throws -> Double {
    let n = try readOption("--agents", text, Quantity.positiveNumber)
    let most = Double(ContactCenterModel.Limits.agentsPerGroup)
    guard n <= most else { throw InputError("--agents: '\(text)' is more than the \(ContactCenterModel.Limits.text(most)) agents supported") }
    return n
}

/// A duration option, held to the limits of a model file's durations (between 1ms and 3650d, or 0s),
/// so that the commands without a model file refuse what a model file would.
func durationOption(_ flag: String, _ text: String) throws -> Double {
    let value = try readOption(flag, text, Quantity.duration)
    if let problem = ContactCenterModel.Limits.durationProblem(value) { throw InputError("\(flag): '\(text)' \(problem)") }
    return value
}

/// A service-level option (`80%/20s`), its time held to the limits of `durationOption`.
func serviceLevelOption(_ flag: String, _ text: String) throws -> ServiceLevelTarget {
    let target = try readOption(flag, text, Quantity.serviceLevel)
    if let problem = ContactCenterModel.Limits.durationProblem(target.threshold) {
        throw InputError("\(flag): the time of '\(text)' \(problem)")
    }
    return target
}

/// Reads a whole-number option (`--replications`, `--jobs`, ...): the argument parser's own refusal of
/// `1e3` or of a number past Int's range said only "The value '...' is invalid"; this says why. Its
/// bounds (at least 1, at most `most`) are checked by the command, which names them in one line.
func countArgument(_ what: String, example: Int, most: Int) -> (String) throws -> Int {
    { text in
        let t = text.trimmingCharacters(in: .whitespaces)
        if let value = Int(t) { return value }
        let digits = t.hasPrefix("-") || t.hasPrefix("+") ? t.dropFirst() : Substring(t)
        if !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) {
            throw InputError(t.hasPrefix("-") ? "\(what) cannot be negative" : "at most \(NumberText.grouped(Double(most), decimals: 0)) \(what) are supported")
        }
        throw InputError("give a whole number of \(what), e.g. \(example)")
    }
}

/// Reads `--seed`: the argument parser refused `-1` or `2^64` with only "The value '-1' is invalid".
func seedArgument(_ text: String) throws -> UInt64 {
    guard let seed = UInt64(text.trimmingCharacters(in: .whitespaces)) else {
        throw InputError("a seed is a whole number from 0 to \(UInt64.max)")
    }
    return seed
}
