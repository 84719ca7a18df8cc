import Foundation
import XCTest

/// Options of the commands without a model file are held to the limits a model file's values have
/// (durations between 1ms and 3650d, at most 1,000,000 agents, loads of at most 1e9 Erlangs,
/// numbers in decimal), and the argument parser's own refusals exit 2 like every input error. Each
/// case here crashed, or printed nonsense with status 0, before (found by fuzzing the CLI).
final class OptionLimitTests: XCTestCase {
    func test_durationOptions_beyondTheModelLimits_areRefusedNamingTheOption() throws {
        try assertRefused(["erlang", "c", "--agents", "10", "--load", "8", "--aht", "5m", "--target", "1e19s"],
                          mentions: ["--target", "3650d"])
        try assertRefused(["erlang", "a", "--agents", "10", "--load", "8", "--aht", "5m", "--patience", "2m", "--target", "1e19s"],
                          mentions: ["--target", "3650d"])
        try assertRefused(["erlang", "c", "--agents", "10", "--load", "8", "--aht", "1e20s"], mentions: ["--aht", "3650d"])
        try assertRefused(["erlang", "c", "--agents", "10", "--load", "8", "--aht", "1e-308s"], mentions: ["--aht", "1ms"])
        try assertRefused(["staff", "--load", "100", "--aht", "5m", "--service-level", "80%/1e19s"],
                          mentions: ["--service-level", "3650d"])
        try assertRefused(["staff", "--forecast", "models/forecasts/retail-weekday.csv", "--service-level", "80%/20s",
                           "--deferred", "email=90%/1e25s"], mentions: ["--deferred", "3650d"])
        try assertRefused(["staff", "--forecast", "models/forecasts/retail-weekday.csv", "--service-level", "80%/20s",
                           "--interval", "1e308s"], mentions: ["--interval", "3650d"])
        try assertRefused(["erlang", "b", "--agents", "10", "--calls", "100", "--per", "1e20s", "--aht", "5m"], mentions: ["--per", "3650d"])
    }

    func test_agentsAndLoad_beyondTheLimits_orNotDecimal_areRefused() throws {
        try assertRefused(["erlang", "b", "--agents", "99999999999999999999", "--load", "8"], mentions: ["--agents", "1000000"])
        try assertRefused(["erlang", "a", "--agents", "1e308", "--load", "8", "--aht", "5m", "--patience", "2m"], mentions: ["--agents"])
        try assertRefused(["erlang", "b", "--agents", "0x10", "--load", "8"], mentions: ["--agents", "'0x10' is not a number"])
        try assertRefused(["erlang", "b", "--agents", "10", "--load", "inf"], mentions: ["--load"])
        try assertRefused(["erlang", "b", "--agents", "10", "--load", "1e308"], mentions: ["--load", "at most 1000000000 Erlangs"])
        try assertRefused(["erlang", "b", "--agents", "10", "--calls", "1e308", "--per", "1s", "--aht", "5m"], mentions: ["--calls", "Erlangs"])
        try assertRefused(["staff", "--load", "100", "--aht", "5m", "--service-level", "80%/20s", "--max-occupancy", "0%"],
                          mentions: ["--max-occupancy", "above 0%"])
    }

    /// A customer limit the warm-up uses up would measure nothing (all zeros, status 0, before).
    func test_aCustomerLimitReachedDuringTheWarmup_isRefused() throws {
        try assertRefused(["simulate", "queue", "--agents", "10", "--load", "8", "--aht", "5m", "--customers", "100"],
                          mentions: ["--customers 100", "during the warm-up", "--warmup"])
        try assertRefused(["run", "models/single-queue.yaml", "--set", "simulation.customer_limit=200"],
                          mentions: ["simulation.customer_limit", "reached during the warm-up"])
    }

    /// A problem of the base model is said once, however many scenarios build on it.
    func test_aBadSetInCompare_isReportedOnce() throws {
        let r = try CCSimBinary.run(["compare", "models/seed-retail-multichannel.yaml", "scenarios/answer-email-within-24h.yaml",
                                     "--set", "channels.nosuch.concurrency=2", "--replications", "2"])
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr.components(separatedBy: "'channels' has no key 'nosuch'").count - 1, 1, r.stderr)
    }

    func test_theArgumentParsersRefusals_exitWithStatus2() throws {
        try assertRefused(["erlang", "b", "--load", "8"], mentions: ["--agents"])
        try assertRefused(["erlang", "b", "--agents", "10", "--load", "8", "--format", "xml"], mentions: ["xml", "--format"])
        try assertRefused(["run", "models/single-queue.yaml", "--seed", "-1"], mentions: ["'-1'", "--seed"])
        try assertRefused(["sweep", "run", "scenarios/sweeps/patience-handle-demand-lhs.yaml", "--output", "/dev/null", "--jobs", "0"],
                          mentions: ["--jobs"])
        let help = try CCSimBinary.run(["erlang", "--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("Erlang"))
    }

    /// A model whose Erlang staffing needs more agents than a group can have is refused by `plan`
    /// before any simulation (it ran the simulator out of memory, or for minutes, before).
    /// A whole-number option that is no whole number, or past the integer's range, says why: the
    /// argument parser said only "The value '-1' is invalid for '--seed <seed>'", and a count past
    /// Int's range did not say the supported most. `simulate queue --customers` past its limit named
    /// the model's `customer_limit`, not the option.
    func test_wholeNumberOptions_sayWhyTheyAreRefused() throws {
        let model = "models/single-queue.yaml"
        let cases: [([String], String)] = [
            (["run", model, "--seed", "-1"], "--seed <seed>': a seed is a whole number from 0 to 18446744073709551615"),
            (["run", model, "--seed", "18446744073709551616"], "a seed is a whole number from 0 to 18446744073709551615"),
            (["run", model, "--replications", "99999999999999999999"], "--replications <replications>': at most 100,000 replications are supported"),
            (["compare", model, model, "--replications", "1e3"], "give a whole number of replications, e.g. 20"),
            (["run", model, "--jobs", "-99999999999999999999"], "--jobs <jobs>': threads cannot be negative"),
            (["plan", model, "--max-patterns", "1e9"], "--max-patterns <max-patterns>': give a whole number of patterns"),
            (["plan", model, "--seed", "-5"], "a seed is a whole number"),
            (["sweep", "scenarios/sweeps/phone-to-messaging-by-concurrency.yaml", "--output", "unused.csv", "--seed", "x"],
             "a seed is a whole number"),
            (["simulate", "queue", "--agents", "10", "--load", "8", "--aht", "5m", "--customers", "99999999999"],
             "--customers 99999999999 is above the supported 1000000000 per replication"),
        ]
        for (arguments, expected) in cases {
            try assertRefused(arguments, mentions: [expected])
            let r = try CCSimBinary.run(arguments)
            XCTAssertTrue(r.stderr.hasPrefix("ccsim: error: "), r.stderr)
        }
    }

    func test_plan_refusesAModelNeedingMoreAgentsThanAGroupCanHave() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ccsim-limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let model = directory.appendingPathComponent("huge.yaml")
        try """
        name: q
        channels:
          calls: { kind: voice, handle_time: 3650d, service_level: 80% within 20s }
        demand:
          contacts_per_day: 1000
          mix: { calls: 100% }
        agent_groups:
          a: { skills: [calls], agents: 10 }

        """.write(to: model, atomically: true, encoding: .utf8)
        try assertRefused(["plan", model.path, "--jobs", "1"], mentions: ["group 'a'", "1000000 agents"])

        let sweep = directory.appendingPathComponent("sweep.yaml")
        try """
        name: s
        base: \(CCSimBinary.root.path)/models/single-queue.yaml
        parameters:
          demand.contacts_per_day: { from: 1, to: 9223372036854775807 }
        measures: ["*.service_level"]

        """.write(to: sweep, atomically: true, encoding: .utf8)
        try assertRefused(["sweep", "run", sweep.path, "--output", directory.appendingPathComponent("out.csv").path],
                          mentions: ["sweep.yaml:4:3", "demand.contacts_per_day"])
    }

    /// A forecast's volumes and durations are held to the model limits, and its starts are all dated
    /// or all times of day, each refused at its line and column.
    func test_forecastRows_beyondTheLimits_orMixingDatedAndUndatedStarts_areRefusedAtTheirLine() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ccsim-forecast-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        func forecast(_ name: String, _ rows: String) throws -> String {
            let url = directory.appendingPathComponent(name)
            try ("interval_start,channel,volume,aht\n" + rows).write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }
        let mixed = try forecast("mixed.csv", "2026-11-23 08:00,phone,10,5m\n08:30,phone,10,5m\n")
        try assertRefused(["staff", "--forecast", mixed, "--service-level", "80%/20s", "--interval", "30m"],
                          mentions: ["mixed.csv:3:1", "'08:30' has no date but line 2 has one"])
        let huge = try forecast("huge.csv", "08:00,email,1e308,5m\n08:30,email,10,5m\n")
        try assertRefused(["staff", "--forecast", huge, "--service-level", "80%/20s"], mentions: ["huge.csv:2:3", "column 'volume'"])
        let hex = try forecast("hex.csv", "08:00,email,0x10,5m\n08:30,email,10,5m\n")
        try assertRefused(["staff", "--forecast", hex, "--service-level", "80%/20s"], mentions: ["hex.csv:2:3", "'0x10' is not a number"])
        let long = try forecast("long.csv", "08:00,email,10,3651d\n08:30,email,10,5m\n")
        try assertRefused(["staff", "--forecast", long, "--service-level", "80%/20s"], mentions: ["long.csv:2:4", "3650d"])
    }
}
