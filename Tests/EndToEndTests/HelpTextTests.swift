import Foundation
import XCTest

/// The help a newcomer reads first: `ccsim --help` and every subcommand's.
final class HelpTextTests: XCTestCase {
    static let commands: [[String]] = [[], ["erlang"], ["erlang", "b"], ["erlang", "c"], ["erlang", "a"], ["staff"], ["simulate"],
                                       ["simulate", "queue"], ["run"], ["compare"], ["report"], ["plan"], ["validate"],
                                       ["sweep"], ["sweep", "run"], ["sweep", "merge"]]

    /// Every help exits 0. Its paragraphs are wrapped by the argument parser, not broken by the
    /// source's line ends: the root, `simulate queue` and `validate` help had lines cut after a few
    /// words ("2\ndays);\nshares ..."), because their discussions kept the source's newlines.
    /// A default is said once: `plan --help` read "(default 10). (default: 10)".
    func test_help_ofEveryCommand_isWrappedOnce_andSaysEachDefaultOnce() throws {
        for command in Self.commands {
            let r = try CCSimBinary.run(command + ["--help"])
            XCTAssertEqual(r.status, 0, "\(command): \(r.stderr)")
            let lines = r.stdout.components(separatedBy: "\n")
            guard let usage = lines.firstIndex(where: { $0.hasPrefix("USAGE:") }) else { XCTFail("\(command): no USAGE"); continue }
            // In the overview and discussion, a line much shorter than the width must end a
            // paragraph (a blank line follows) unless it belongs to an example (`ccsim ...`).
            for i in 0..<max(0, usage - 1) {
                let line = lines[i], next = lines[i + 1]
                if line.count < 50, !line.isEmpty, !next.isEmpty, !line.contains("ccsim "), !next.contains("ccsim "), !line.hasPrefix(" ") {
                    XCTFail("\(command): a line broken early in the help: '\(line)' then '\(next)'")
                }
            }
            XCTAssertFalse(r.stdout.range(of: #"\(default [^:)]*\)\.?\s*\(default:"#, options: .regularExpression) != nil,
                           "\(command): a default said twice:\n\(r.stdout)")
        }
    }

    /// The examples in a help run verbatim from the repository root. `staff --help` named a
    /// `forecast.csv` that does not exist, and its longer examples were wrapped by the parser
    /// ("--model a" on one line, "--patience 120s" on the next), so a pasted line lost options.
    /// An example is an indented line starting `ccsim `, with its continuation lines after ` \`.
    func test_staffHelp_examplesRunVerbatim_fromTheRepositoryRoot() throws {
        let help = try CCSimBinary.run(["staff", "--help"]).stdout
        var examples: [String] = []
        var continuing = false
        for line in help.components(separatedBy: "\n") {
            let text = line.trimmingCharacters(in: .whitespaces)
            if continuing {
                examples[examples.count - 1] += " " + text
            } else if line.hasPrefix(" "), text.hasPrefix("ccsim ") {
                examples.append(text)
            } else {
                continue
            }
            continuing = examples[examples.count - 1].hasSuffix("\\")
            if continuing { examples[examples.count - 1].removeLast() }
        }
        XCTAssertEqual(examples.count, 4, help)
        for example in examples {
            let words = example.split(separator: " ").map(String.init)
            XCTAssertEqual(words.first, "ccsim")
            let r = try CCSimBinary.run(Array(words.dropFirst()))
            XCTAssertEqual(r.status, 0, "\(example)\n\(r.stderr)")
        }
    }

    /// `staff --help` says what --model defaults to, that a target is required, and which options go
    /// with --forecast (--cost-per-hour alone is refused, and its help did not say so).
    func test_staffHelp_saysTheModelsDefault_andGroupsTheForecastOptions() throws {
        let help = try CCSimBinary.run(["staff", "--help"]).stdout
        let flat = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(flat.contains("(default: a with --patience, else c)"), help)
        XCTAssertTrue(flat.contains("is required"), help)
        // The section under the FORECAST OPTIONS heading, up to the next heading (a line at column 0).
        let lines = help.components(separatedBy: "\n")
        let start = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("FORECAST OPTIONS") }, help)
        let end = lines[(start + 1)...].firstIndex { !$0.isEmpty && !$0.hasPrefix(" ") } ?? lines.endIndex
        let section = lines[start..<end].joined(separator: "\n")
        for option in ["--forecast <", "--interval <", "--channel-service-level <", "--chat <", "--deferred <", "--hours <", "--cost-per-hour <"] {
            XCTAssertTrue(section.contains("  " + option), "\(option) is not among the forecast options:\n\(help)")
        }
        XCTAssertFalse(section.contains("--load <"), help)
    }

    /// `simulate queue` has no journeys, so its help offers no --journey-trace (it was listed and
    /// always refused), and it says its own defaults (no model file gives them).
    func test_simulateQueueHelp_offersNoJourneyTrace_andSaysItsDefaults() throws {
        let help = try CCSimBinary.run(["simulate", "queue", "--help"]).stdout
        XCTAssertFalse(help.contains("--journey-trace"), help)
        XCTAssertTrue(help.contains("--trace"), help)
        let flat = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(flat.contains("random streams; default: 10)"), help)
        XCTAssertTrue(flat.contains("byte-identical results (default: 1)"), help)
        XCTAssertTrue(flat.contains("per replication (default: 100000)"), help)
        let run = try CCSimBinary.run(["run", "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(run.contains("--journey-trace"))
        XCTAssertTrue(run.contains("default: the model's simulation.replications"), run)
        let refused = try CCSimBinary.run(["simulate", "queue", "--agents", "10", "--load", "8", "--aht", "5m", "--journey-trace", "j.csv"])
        XCTAssertEqual(refused.status, 2)
    }
}

/// Each command's `--format` help lists the formats that command takes, and only those.
final class FormatHelpTests: XCTestCase {
    /// The values `--format` lists in `command`'s help.
    func listedFormats(_ command: [String]) throws -> [String] {
        let help = try CCSimBinary.run(command + ["--help"]).stdout
        let flat = help.components(separatedBy: .whitespacesAndNewlines).filter { !$0.isEmpty }.joined(separator: " ")
        guard let option = flat.range(of: "--format <format> "),
              let values = flat.range(of: "(values: ", range: option.upperBound..<flat.endIndex) else { return [] }
        let rest = flat[values.upperBound...]
        let list = rest.prefix { $0 != ";" && $0 != ")" }
        return list.components(separatedBy: ", ")
    }

    /// `staff --help` (and erlang, simulate queue and plan) listed html, which each then refused with
    /// "this command has no HTML report": the one format type's values were shown for every command.
    func test_formatHelp_listsHTMLExactlyWhereTheCommandRendersIt() throws {
        let quick = ["--replications", "1", "--set", "simulation.customer_limit=200", "--set", "simulation.warmup=0s", "--jobs", "1"]
        let commands: [([String], [String])] = [
            (["erlang", "b"], ["--agents", "12", "--load", "10"]),
            (["erlang", "c"], ["--agents", "12", "--load", "10", "--aht", "5m"]),
            (["erlang", "a"], ["--agents", "12", "--load", "10", "--aht", "5m", "--patience", "1m"]),
            (["staff"], ["--load", "10", "--aht", "5m", "--service-level", "80%/20s"]),
            (["simulate", "queue"], ["--agents", "12", "--load", "10", "--aht", "5m", "--customers", "500", "--replications", "1"]),
            (["plan"], ["models/single-queue.yaml"]),
            (["run"], ["models/single-queue.yaml"] + quick),
            (["compare"], ["models/single-queue.yaml", "models/single-queue.yaml"] + quick),
        ]
        for (command, arguments) in commands {
            let listed = try listedFormats(command)
            XCTAssertTrue(listed.starts(with: ["table", "json", "csv", "markdown"]), "\(command): \(listed)")
            let html = try CCSimBinary.run(command + arguments + ["--format", "html"])
            XCTAssertEqual(listed.contains("html"), html.status == 0, "\(command) lists \(listed); --format html: \(html.stderr)")
            if !listed.contains("html") { XCTAssertTrue(html.stderr.hasPrefix("ccsim: error: --format html"), html.stderr) }
        }
        for format in try listedFormats(["erlang", "c"]) {
            let r = try CCSimBinary.run(["erlang", "c", "--agents", "12", "--load", "10", "--aht", "5m", "--format", format])
            XCTAssertEqual(r.status, 0, "erlang c --format \(format): \(r.stderr)")
        }
        XCTAssertEqual(try listedFormats(["report"]), ["html", "markdown", "text"])
    }
}
