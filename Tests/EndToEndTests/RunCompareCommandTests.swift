import Foundation
import XCTest

final class RunCompareCommandTests: XCTestCase {
    let model = "models/seed-retail-multichannel.yaml"
    let scenario = "scenarios/shift-phone-to-messaging.yaml"

    func test_run_json_followsTheContract() throws {
        let r = try CCSimBinary.run(["run", model, "--replications", "3", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let j = try r.json()
        let channels = try XCTUnwrap(j["channels"] as? [String: [String: [String: Any]]])
        XCTAssertEqual(Set(channels.keys), ["phone", "messaging", "social", "email", "mail"])
        for (name, measures) in channels {
            for key in ["offered", "handled", "abandoned", "service_level", "asa_seconds", "abandon_rate", "backlog_end",
                        "share_of_contacts"] {
                let m = try XCTUnwrap(measures[key], "\(name).\(key) missing")
                XCTAssertNotNil(m["mean"] as? Double, "\(name).\(key).mean")
                XCTAssertNotNil(m["ci95"] as? Double, "\(name).\(key).ci95")
            }
        }
        let groups = try XCTUnwrap(j["groups"] as? [String: [String: [String: Any]]])
        for (_, measures) in groups {
            for key in ["occupancy", "agent_hours", "cost", "share_of_staff"] { XCTAssertNotNil(measures[key]?["mean"] as? Double) }
        }
        // Busy hours by channel, from the simulator: digital's add up to its busy hours, and phone agents never chat.
        let digital = try XCTUnwrap(groups["digital"])
        let split = try XCTUnwrap(digital["busy_hours_by_channel"] as? [String: [String: Any]])
        let digitalBusy = try XCTUnwrap(digital["busy_hours"]?["mean"] as? Double)
        XCTAssertEqual(split.values.compactMap { $0["mean"] as? Double }.reduce(0, +), digitalBusy, accuracy: 1e-6 * digitalBusy)
        XCTAssertGreaterThan(split["messaging"]?["mean"] as? Double ?? 0, 0)
        XCTAssertEqual((groups["phone"]?["busy_hours_by_channel"] as? [String: [String: Any]])?["messaging"]?["mean"] as? Double, 0)
        // Agents on duty per interval: the phone team's 77 from 08:00 to 20:00 (it may run over while finishing a call).
        let onDuty = try XCTUnwrap((j["agents_on_duty"] as? [String: [Double]])?["phone"])
        XCTAssertEqual(onDuty.count, 48 * 7)
        XCTAssertEqual(onDuty[20], 77, accuracy: 1e-9)
        XCTAssertEqual(onDuty[4], 0, accuracy: 1e-9)
        let totals = try XCTUnwrap(j["totals"] as? [String: [String: Any]])
        for key in ["offered", "handled", "abandoned", "cost"] { XCTAssertNotNil(totals[key]?["mean"] as? Double) }
        // Conservation per channel, on the means: offered = handled + abandoned + waiting + in service at the end.
        for (name, m) in channels {
            let offered = m["offered"]!["mean"] as! Double
            let rest = ["handled", "abandoned", "backlog_end", "in_service_end"].map { m[$0]!["mean"] as! Double }.reduce(0, +)
            XCTAssertEqual(offered, rest, accuracy: 1e-6, name)
        }
        // A non-finite value, not a key that happens to contain the letters ("unanswered_share").
        XCTAssertNil(r.stdout.firstMatch(of: /[:\[,]\s*-?(nan|NaN|inf|Inf|infinity|Infinity)\b/), "a non-finite number in the JSON")
    }

    /// One replication read "1 replications" in every header (run, compare, report, simulate queue).
    func test_oneReplication_isSingular() throws {
        let bank = "models/bank-phone-email.yaml"
        for arguments in [["run", bank], ["compare", bank, "scenarios/email-plus-65.yaml"], ["report", bank],
                          ["simulate", "queue", "--agents", "10", "--load", "7", "--aht", "5m", "--customers", "1000"]] {
            let r = try CCSimBinary.run(arguments + ["--replications", "1"])
            XCTAssertEqual(r.status, 0, r.stderr)
            XCTAssertTrue(r.stdout.contains("1 replication"), "\(arguments): \(r.stdout.prefix(200))")
            XCTAssertFalse(r.stdout.contains("1 replications"), "\(arguments): \(r.stdout.prefix(200))")
        }
    }

    func test_run_isByteIdentical_forOneOrTwoJobs() throws {
        let one = try CCSimBinary.run(["run", model, "--replications", "4", "--jobs", "1", "--format", "json"])
        let two = try CCSimBinary.run(["run", model, "--replications", "4", "--jobs", "2", "--format", "json"])
        XCTAssertEqual(one.status, 0, one.stderr)
        XCTAssertEqual(one.stdout, two.stdout)
        let seed = try CCSimBinary.run(["run", model, "--replications", "4", "--seed", "99", "--format", "json"])
        XCTAssertNotEqual(one.stdout, seed.stdout)
    }

    func test_compare_reportsPairedDeltas_withSignificanceMarkers() throws {
        let r = try CCSimBinary.run(["compare", model, scenario, "--replications", "4", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let j = try r.json()
        let scenarios = try XCTUnwrap(j["scenarios"] as? [[String: Any]])
        XCTAssertEqual(scenarios.count, 1)
        let delta = try XCTUnwrap(scenarios[0]["delta"] as? [String: Any])
        let channels = try XCTUnwrap(delta["channels"] as? [String: [String: [String: Any]]])
        // Common random numbers: the same customers arrive in base and scenario (their repeat contacts
        // differ: fewer come back when messaging answers them).
        let journeys = try XCTUnwrap(delta["journeys"] as? [String: [String: Any]])
        XCTAssertEqual(journeys["started"]?["mean"] as? Double, 0)
        XCTAssertEqual(journeys["started"]?["ci95"] as? Double, 0)
        XCTAssertEqual(channels["phone"]?["offered"]?["significant"] as? Bool, true, "phone sees fewer repeat calls")
        // Twenty more agents on messaging raise its service level, significantly.
        let sl = try XCTUnwrap(channels["messaging"]?["service_level"])
        XCTAssertGreaterThan(sl["mean"] as! Double, 0)
        XCTAssertEqual(sl["significant"] as? Bool, true)
        let table = try CCSimBinary.run(["compare", model, scenario, "--replications", "3"])
        XCTAssertTrue(table.stdout.contains("*"))
        XCTAssertTrue(table.stdout.contains("Move 20 agents from phone to digital"))
    }

    func test_compareAndReport_refuseAScenarioOfAnotherModel_namingBothModels() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ccsim-cmp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let message = "scenarios/email-plus-65.yaml: cannot be compared with the base \(model): it is built on the model "
            + "models/bank-phone-email.yaml, the base is the model \(model)"
        try assertRefused(["compare", model, "scenarios/email-plus-65.yaml", "--replications", "2"], mentions: [message])
        let out = dir.appendingPathComponent("report.html").path
        try assertRefused(["report", model, scenario, "scenarios/email-plus-65.yaml", "--replications", "2", "--output", out],
                          mentions: [message])
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
    }

    func test_compare_scenariosOnOneModel_andAModelWithItself_areAllowed() throws {
        let stacked = try CCSimBinary.run(["compare", "scenarios/bank-adds-messaging.yaml", "scenarios/messaging-growth-9-to-25.yaml",
                                           "models/bank-phone-email.yaml", "--replications", "2", "--set", "horizon.days=1", "--set", "simulation.warmup=0s",
                                           "--format", "json"])
        XCTAssertEqual(stacked.status, 0, stacked.stderr)
        XCTAssertEqual((try stacked.json()["scenarios"] as? [[String: Any]])?.count, 2)
        let same = try CCSimBinary.run(["compare", "models/single-queue.yaml", "models/single-queue.yaml", "--replications", "2",
                                        "--set", "horizon.days=1", "--set", "simulation.warmup=0s", "--format", "json"])
        XCTAssertEqual(same.status, 0, same.stderr)
    }

    func test_run_acceptsParameterOverrides() throws {
        let base = try CCSimBinary.run(["run", model, "--replications", "2", "--format", "json"]).json()
        let more = try CCSimBinary.run(["run", model, "--replications", "2", "--format", "json",
                                        "--set", "channels.messaging.concurrency=4"]).json()
        let sl = { (j: [String: Any]) in
            ((j["channels"] as! [String: [String: [String: Any]]])["messaging"]!["service_level"]!["mean"] as! Double)
        }
        XCTAssertGreaterThan(sl(more), sl(base))
    }

    func test_failedRun_writesNothing_andKeepsAnExistingOutput() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ccsim-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("result.json").path
        try "previous".write(toFile: out, atomically: true, encoding: .utf8)
        let r = try CCSimBinary.run(["run", CCSimBinary.fixture("model-unknown-key.yaml"), "--output", out])
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(try String(contentsOfFile: out, encoding: .utf8), "previous")
        let missing = dir.appendingPathComponent("never.json").path
        _ = try CCSimBinary.run(["compare", model, "scenarios/no-such.yaml", "--output", missing])
        XCTAssertFalse(FileManager.default.fileExists(atPath: missing))
    }

    func test_badFiles_areRefusedWithLocations() throws {
        try assertRefused(["run", "no/such/model.yaml"], mentions: ["no/such/model.yaml"])
        try assertRefused(["run", CCSimBinary.fixture("model-syntax-error.yaml")], mentions: ["model-syntax-error.yaml:"])
        try assertRefused(["run", CCSimBinary.fixture("garbage.bin")], mentions: ["garbage.bin", "not a YAML text file"])
        try assertRefused(["compare", model, CCSimBinary.fixture("scenario-moves-too-many.yaml")],
                          mentions: ["scenario-moves-too-many.yaml:"])
        try assertRefused(["run", model, "--replications", "0"], mentions: ["--replications"])
        try assertRefused(["run", model, "--set", "channels.mesaging.concurrency=4"], mentions: ["did you mean"])
    }
}

final class TraceTests: XCTestCase {
    func test_trace_hasOneRowPerMeasuredContact_andIsIdenticalForAnyJobs() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ccsim-trace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let one = dir.appendingPathComponent("one.csv").path, two = dir.appendingPathComponent("two.csv").path
        let args = ["run", "models/seed-retail-multichannel.yaml", "--set", "horizon.days=1", "--set", "simulation.warmup=0s", "--replications", "3",
                    "--format", "json"]
        let r1 = try CCSimBinary.run(args + ["--jobs", "1", "--trace", one])
        let r2 = try CCSimBinary.run(args + ["--jobs", "2", "--trace", two])
        XCTAssertEqual(r1.status, 0, r1.stderr)
        XCTAssertEqual(r1.stdout, r2.stdout, "the trace does not change the results")
        let text = try String(contentsOfFile: one, encoding: .utf8)
        XCTAssertEqual(text, try String(contentsOfFile: two, encoding: .utf8))
        let lines = text.split(separator: "\n")
        let header = lines[0].split(separator: ",").map(String.init)
        XCTAssertEqual(header, ["replication", "contact_id", "customer_id", "attempt", "origin", "channel", "arrival_seconds",
                                "outcome", "wait_seconds", "handle_seconds", "group"])
        let rows = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        func column(_ name: String) -> Int { header.firstIndex(of: name)! }
        let totals = try XCTUnwrap(try r1.json()["totals"] as? [String: [String: Any]])
        let offered = try XCTUnwrap(totals["offered"]?["mean"] as? Double)
        XCTAssertEqual(Double(rows.count), 3 * offered, accuracy: 1e-6)
        let handled = rows.filter { $0[column("outcome")] == "handled" }.count
        XCTAssertEqual(Double(handled), 3 * (totals["handled"]?["mean"] as! Double), accuracy: 1e-6)
        XCTAssertTrue(rows.allSatisfy { $0.count == header.count })
        // Contact ids are unique within a replication.
        for r in 0..<3 {
            let ids = rows.filter { $0[0] == "\(r)" }.map { $0[column("contact_id")] }
            XCTAssertEqual(Set(ids).count, ids.count, "replication \(r): contact ids are unique")
        }
        // Per channel too: a need the website resolved never appears (it was never offered).
        let channels = try XCTUnwrap(try r1.json()["channels"] as? [String: [String: [String: Any]]])
        for (name, measures) in channels {
            let offered = try XCTUnwrap(measures["offered"]?["mean"] as? Double)
            XCTAssertEqual(Double(rows.filter { $0[column("channel")] == name }.count), 3 * offered, accuracy: 1e-6, name)
        }
        // The seed model has journeys: a first attempt is a new customer's; a later one is a retry or a
        // transfer of a customer whose earlier attempt is in the trace.
        XCTAssertTrue(rows.contains { $0[column("attempt")] != "1" }, "the seed's customers come back")
        for r in 0..<3 {
            let own = rows.filter { $0[0] == "\(r)" }
            let firsts = Set(own.filter { $0[column("attempt")] == "1" }.map { $0[column("customer_id")] })
            XCTAssertTrue(own.allSatisfy { ($0[column("attempt")] == "1") == ($0[column("origin")] == "new") })
            XCTAssertTrue(own.allSatisfy { firsts.contains($0[column("customer_id")]) }, "replication \(r): every customer started once")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: one + ".part0"), "part files are removed")
    }

    func test_trace_toAMissingFolder_isRefusedBeforeRunning() throws {
        try assertRefused(["simulate", "queue", "--agents", "5", "--load", "4", "--aht", "5m", "--customers", "100",
                           "--trace", "/no/such/folder/t.csv"], mentions: ["--trace", "does not exist"])
    }

    func test_simulateQueue_badParameters_areRefused() throws {
        try assertRefused(["simulate", "queue", "--agents", "0", "--load", "4", "--aht", "5m"], mentions: ["--agents"])
        try assertRefused(["simulate", "queue", "--agents", "2.5", "--load", "2", "--aht", "5m"], mentions: ["whole number"])
        try assertRefused(["simulate", "queue", "--agents", "5", "--load", "-4", "--aht", "5m"], mentions: ["--load"])
        try assertRefused(["simulate", "queue", "--agents", "5", "--load", "4", "--aht", "5m", "--patience", "0s"],
                          mentions: ["--patience"])
        try assertRefused(["simulate", "queue", "--agents", "5", "--load", "6", "--aht", "5m"], mentions: ["unstable"])
        try assertRefused(["simulate", "queue", "--agents", "5", "--load", "4", "--aht", "5m", "--customers", "0"],
                          mentions: ["--customers"])
    }

    func test_simulateQueue_json_followsTheContract() throws {
        let r = try CCSimBinary.run(["simulate", "queue", "--agents", "20", "--load", "18", "--aht", "5m", "--patience", "2m",
                                     "--customers", "5000", "--replications", "4", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let j = try r.json()
        for key in ["p_wait", "p_abandon", "service_level", "asa_seconds"] {
            let m = try XCTUnwrap(j[key] as? [String: Any], key)
            XCTAssertNotNil(m["mean"] as? Double)
            XCTAssertNotNil(m["ci95"] as? Double)
        }
        XCTAssertEqual(j["customers"] as? Int, 5000)
        XCTAssertEqual(j["replications"] as? Int, 4)
    }
}

/// Inputs that are valid in form but absurd in size are refused up front, never left to crash
/// on memory or run for days.
final class SizeLimitTests: XCTestCase {
    func test_hugeLoads_agentsAndDemand_areRefusedWithAMessage() throws {
        try assertRefused(["staff", "--load", "1e300", "--aht", "5m", "--service-level", "80%/20s"],
                          mentions: ["load", "at most 1000000000 Erlangs"])
        try assertRefused(["erlang", "b", "--agents", "5", "--load", "2e9"], mentions: ["at most"])
        try assertRefused(["simulate", "queue", "--agents", "2000000", "--load", "10", "--aht", "5m"],
                          mentions: ["2000000 agents on duty is above the supported 1000000"])
        try assertRefused(["run", "models/single-queue.yaml", "--set", "agent_groups.agents.agents=1000000000"],
                          mentions: ["--set agent_groups.agents.agents=1000000000: agent_groups.agents.agents: 1000000000 is above "
                                     + "the supported 1000000"])
        try assertRefused(["run", "models/seed-retail-multichannel.yaml", "--set", "demand.contacts_per_day=1e12"],
                          mentions: ["contacts per replication"])
        try assertRefused(["run", "models/seed-retail-multichannel.yaml", "--replications", "1000000"],
                          mentions: ["--replications"])
    }
}
