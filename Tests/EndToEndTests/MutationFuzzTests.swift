import Foundation
import XCTest

/// A seeded mutation fuzzer over the shipped models, scenarios, sweeps and CSV tables: each mutant
/// (one or two edits: an extreme number or duration, a deleted, doubled or swapped line, a stray
/// character, a truncation, an alias bomb) is validated and, when valid, run for a day (sweeps: one
/// point), through /bin/sh with a memory cap and a time limit. Every command must end with status 0
/// or 2, by no signal, with no "nan"/"inf" in its output and every error located.
///
/// Runs for `CCSIM_FUZZ_SECONDS` (default 35) from `CCSIM_FUZZ_SEED` (default 20261129); a failure
/// prints the seed, the mutant's number and its edits, and keeps the mutant for replay.
final class MutationFuzzTests: XCTestCase {
    /// SplitMix64, so a seed gives the same mutants on every machine.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    /// A file to mutate, and the commands that read it (FILE is the sandbox path of `entry`).
    struct Target {
        var file: String
        var entry: String
        var kind: Kind
        enum Kind { case model, sweep, csv }
    }

    static let numbers = ["0", "-1", "1e308", "-1e308", "1e-300", "99999999999999999999", "9223372036854775807", "nan", ".inf",
                          "-.inf", "1e12", "0.5", "3.000000001", "1_000", "0x10", "~", "\"\"", "[]", "{}", "1e6", "2.5e-7"]
    static let durations = ["1e308s", "1e308h", "1e308d", "0s", "0ms", "1e-300s", "99999999999999999999s", "1e12d", "3651d", "-5m",
                            "5", "5x", "nan s", "inf s", "0.0001ms", "1e9h", "24h", "7d", "1ms"]
    static let characters = [":", "{", "}", "[", "]", ",", "&", "*", "!", "|", ">", "-", "#", "'", "\"", "\t", "%", " ", "\n", "?", "@", "\\"]
    static let bombs = ["&b [*b]", "&x0 [a, a, a, a, a, a, a, a, a, a]", "[*x0, *x0, *x0, *x0, *x0, *x0, *x0, *x0, *x0, *x0]",
                        "*undefined", "!!binary aGVsbG8=", "!!python/object:os.system ls", "<<: *x0", "{ <<: [1, 2] }"]
    static let dates = ["9999-12-31 08:00", "0001-01-01 08:00", "99999-01-01 08:00", "2026-02-30 08:00", "25:00", "08:61", "-08:00",
                        "2026-11-23T08:00", "1970-01-01 00:00", "9223372036854775807-01-01 08:00"]

    /// A model whose demand is the shipped forecast, so forecast mutations reach the model decoder.
    static let forecastModel = """
        name: Retail weekday from the forecast
        horizon: { days: 1, interval: 30m }
        channels:
          phone: { kind: voice, hours: "08:00-20:00", handle_time: 6m, patience: 3m, service_level: 80% within 20s }
          messaging: { kind: chat, hours: "08:00-22:00", concurrency: 3, handle_time: 12m, service_level: 80% within 60s }
          social: { kind: social, hours: "08:00-22:00", handle_time: 7m, service_level: 80% within 1h }
          email: { kind: deferred, handle_time: 9m, service_level: 90% within 24h }
        demand: { forecast: forecasts/retail-weekday.csv }
        agent_groups:
          phone: { skills: [phone], agents: 20 }
          digital: { skills: [messaging, social], agents: 12 }
          email: { skills: [email], agents: 8, hours: "08:00-18:00" }

        """

    func test_mutantsOfTheShippedFiles_neverCrashHangOrPrintNaN_andEveryErrorIsLocated() throws {
        let environment = ProcessInfo.processInfo.environment
        let budget = environment["CCSIM_FUZZ_SECONDS"].flatMap(Double.init) ?? 35
        let seed = environment["CCSIM_FUZZ_SEED"].flatMap(UInt64.init) ?? 20_261_129
        let sandbox = FileManager.default.temporaryDirectory.appendingPathComponent("ccsim-fuzz-\(UUID().uuidString)")
        for folder in ["models", "scenarios"] {
            try FileManager.default.createDirectory(at: sandbox, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: CCSimBinary.root.appendingPathComponent(folder), to: sandbox.appendingPathComponent(folder))
        }
        try Data(Self.forecastModel.utf8).write(to: sandbox.appendingPathComponent("models/fuzz-forecast.yaml"))
        let targets = try Self.targets(in: sandbox)
        XCTAssertGreaterThan(targets.count, 10)
        let baseline = try LimitedRun.run(["validate", "models/fuzz-forecast.yaml"], in: sandbox)
        XCTAssertEqual(baseline.result.status, 0, "the forecast model is valid before mutation: \(baseline.result.stderr)")

        var random = Random(state: seed)
        var failures: [String] = []
        var mutants = 0, accepted = 0
        let started = Date()
        while Date().timeIntervalSince(started) < budget && failures.count < 5 {
            mutants += 1
            let target = random.pick(targets)
            let url = sandbox.appendingPathComponent(target.file)
            let original = try String(contentsOf: url, encoding: .utf8)
            var text = original
            var edits: [String] = []
            for _ in 0...random.below(2) { edits.append(Self.mutate(&text, target.kind, &random)) }
            try Data(text.utf8).write(to: url)
            defer { try? Data(original.utf8).write(to: url) }
            for arguments in Self.commands(for: target, sandbox: sandbox) {
                let run = try LimitedRun.run(arguments, in: sandbox, timeout: 20)
                let problems = run.problems(files: [target.file, target.entry, url.path])
                if !problems.isEmpty {
                    let kept = FileManager.default.temporaryDirectory.appendingPathComponent("ccsim-fuzz-failure-\(mutants)-"
                        + (target.file as NSString).lastPathComponent)
                    try? Data(text.utf8).write(to: kept)
                    failures.append("seed \(seed), mutant \(mutants): \(target.file) after \(edits.joined(separator: "; "))\n"
                                    + "  ccsim \(arguments.joined(separator: " ")) -> \(problems.joined(separator: "; "))\n"
                                    + "  stderr: \(run.result.stderr.prefix(500))\n  mutant kept at \(kept.path)")
                }
                if run.result.status != 0 { break }
                if arguments[0] == "validate" { accepted += 1 }
            }
        }
        try? FileManager.default.removeItem(at: sandbox)
        print("mutation fuzz: \(mutants) mutants from seed \(seed) in \(Int(Date().timeIntervalSince(started))) s, "
              + "\(accepted) still valid and run, \(failures.count) failures")
        XCTAssertGreaterThanOrEqual(mutants, 20, "the fuzzer ran")
        XCTAssertEqual(failures, [], failures.joined(separator: "\n"))
    }

    static func targets(in sandbox: URL) throws -> [Target] {
        var targets: [Target] = []
        for folder in ["models", "scenarios", "scenarios/sweeps"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: sandbox.appendingPathComponent(folder).path)
            for name in names.sorted() where name.hasSuffix(".yaml") {
                let file = "\(folder)/\(name)"
                targets.append(Target(file: file, entry: file, kind: folder.hasSuffix("sweeps") ? .sweep : .model))
            }
        }
        targets.append(Target(file: "models/staffing/bank-phone-weekday.csv", entry: "models/bank-phone-email.yaml", kind: .csv))
        targets.append(Target(file: "models/forecasts/retail-weekday.csv", entry: "models/fuzz-forecast.yaml", kind: .csv))
        return targets
    }

    /// Validate, then (when valid) run one cheap day of it; a sweep runs its first point only.
    static func commands(for target: Target, sandbox: URL) -> [[String]] {
        switch target.kind {
        case .sweep:
            let output = sandbox.appendingPathComponent("fuzz-out.csv").path
            try? FileManager.default.removeItem(atPath: output)
            return [["sweep", target.entry, "--output", output, "--replications", "1", "--jobs", "1", "--shard", "1/1000000"]]
        case .model, .csv:
            var run = ["run", target.entry, "--replications", "2", "--jobs", "1", "--set", "horizon.days=1", "--set", "simulation.warmup=0s", "--format", "json"]
            if target.entry.hasSuffix("single-queue.yaml") { run += ["--set", "simulation.customer_limit=2000"] }
            return [["validate", target.entry], run]
        }
    }

    /// Applies one random edit to `text`; returns what it did.
    static func mutate(_ text: inout String, _ kind: Target.Kind, _ random: inout Random) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let choice = random.below(kind == .csv ? 7 : 9)
        switch choice {
        case 0, 1:   // a number, or the number of a duration, replaced by an extreme one
            let pattern = choice == 0 ? "-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?" : "[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)\\b"
            let replacements = choice == 0 ? numbers : durations
            guard let regex = try? NSRegularExpression(pattern: pattern) else { return "no edit" }
            let matches = regex.matches(in: text, range: NSRange(text.startIndex..., in: text))
            guard !matches.isEmpty, let range = Range(matches[random.below(matches.count)].range, in: text) else { return "no number" }
            let replacement = random.pick(replacements)
            let old = String(text[range])
            text.replaceSubrange(range, with: replacement)
            return "\(old) -> \(replacement)"
        case 2:
            guard !lines.isEmpty else { return "no line" }
            let i = random.below(lines.count)
            let removed = lines.remove(at: i)
            text = lines.joined(separator: "\n")
            return "deleted line \(i + 1) '\(removed.prefix(40))'"
        case 3:
            guard !lines.isEmpty else { return "no line" }
            let i = random.below(lines.count)
            lines.insert(lines[i], at: i)
            text = lines.joined(separator: "\n")
            return "doubled line \(i + 1)"
        case 4:
            guard lines.count > 1 else { return "no lines" }
            let i = random.below(lines.count - 1)
            lines.swapAt(i, i + 1)
            text = lines.joined(separator: "\n")
            return "swapped lines \(i + 1) and \(i + 2)"
        case 5:
            let cut = random.below(text.utf8.count)
            text = String(decoding: text.utf8.prefix(cut), as: UTF8.self)
            return "truncated to \(cut) bytes"
        case 6:
            if kind == .csv {
                guard let regex = try? NSRegularExpression(pattern: "([0-9]{4}-[0-9]{2}-[0-9]{2} )?[0-9]{2}:[0-9]{2}"),
                      let match = regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).last,
                      let range = Range(match.range, in: text) else { return "no date" }
                let replacement = random.pick(dates)
                text.replaceSubrange(range, with: replacement)
                return "start -> \(replacement)"
            }
            let offset = random.below(text.count + 1)
            let character = random.pick(characters)
            text.insert(contentsOf: character, at: text.index(text.startIndex, offsetBy: offset))
            return "inserted '\(character)' at \(offset)"
        default:   // an alias, tag or merge where a value was
            guard let regex = try? NSRegularExpression(pattern: ": [^{\\[\\n#][^,}\\n#]*"),
                  case let matches = regex.matches(in: text, range: NSRange(text.startIndex..., in: text)), !matches.isEmpty,
                  let range = Range(matches[random.below(matches.count)].range, in: text) else { return "no value" }
            let bomb = random.pick(bombs)
            text.replaceSubrange(range, with: ": " + bomb)
            return "value -> \(bomb)"
        }
    }
}
