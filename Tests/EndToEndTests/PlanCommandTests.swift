import Foundation
import XCTest

final class PlanCommandTests: XCTestCase {
    private func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ccsim-plan-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// The plan's staffing tables drop straight into a model, and `ccsim run` on fresh seeds gives each
    /// channel the service level the plan states (the intervals overlap, and none is significantly below target).
    func test_plan_writesStaffingTables_thatMeetTheTargetsOnFreshSeeds() throws {
        let out = try scratch()
        let model = CCSimBinary.fixture("plan-n-design.yaml")
        let r = try CCSimBinary.run(["plan", model, "--format", "json", "--output", out.path, "--search-replications", "10",
                                     "--replications", "20", "--seed", "5", "--shifts", CCSimBinary.fixture("plan-n-design-shifts.yaml")])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "")
        let plan = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("plan.json"))) as? [String: Any])
        XCTAssertEqual(plan["mode"] as? String, "targets")
        let roster = try XCTUnwrap(plan["roster"] as? [String: Any])
        XCTAssertEqual(roster["proven_optimal"] as? Bool, true)
        XCTAssertTrue((roster["solver"] as? String)?.hasPrefix("CBC ") ?? false)
        XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent("roster.csv").path))
        // A model that uses the plan's tables.
        var yaml = try String(contentsOfFile: model, encoding: .utf8)
        for group in ["general", "billing"] {
            let table = out.appendingPathComponent("staffing/\(group).csv").path
            XCTAssertTrue(try String(contentsOfFile: table, encoding: .utf8).hasPrefix("interval_start,agents\n00:00,0\n"))
            let line = try XCTUnwrap(yaml.range(of: "  \(group): {"))
            let value = try XCTUnwrap(yaml.range(of: "agents: 10, hours: \"09:00-13:00\"", range: line.lowerBound..<yaml.endIndex))
            yaml.replaceSubrange(value, with: "staffing: \(table)")
        }
        let planned = out.appendingPathComponent("planned.yaml")
        try yaml.write(to: planned, atomically: true, encoding: .utf8)
        let run = try CCSimBinary.run(["run", planned.path, "--replications", "20", "--seed", "987654", "--format", "json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let channels = try XCTUnwrap(try run.json()["channels"] as? [String: Any])
        for entry in try XCTUnwrap(plan["channels"] as? [[String: Any]]) {
            let name = try XCTUnwrap(entry["channel"] as? String)
            let target = try XCTUnwrap((entry["target"] as? [String: Any])?["service_level"] as? Double)
            let stated = try XCTUnwrap((entry["plan"] as? [String: Any])?["service_level"] as? [String: Any])
            let fresh = try XCTUnwrap((channels[name] as? [String: Any])?["service_level"] as? [String: Any])
            let (m1, h1) = (stated["mean"] as! Double, stated["ci95"] as! Double)
            let (m2, h2) = (fresh["mean"] as! Double, fresh["ci95"] as! Double)
            XCTAssertLessThanOrEqual(abs(m1 - m2), h1 + h2, "\(name): plan \(m1) ± \(h1), fresh run \(m2) ± \(h2)")
            XCTAssertGreaterThanOrEqual(m2 + h2, target, "\(name) significantly below its target on fresh seeds")
        }
    }

    /// docs/PLANNING.md, "Running the plan": a scenario with one `set_staffing` per group (the tables
    /// named relative to the scenario), run with the check's seed and replications, reproduces the
    /// plan's checked figures exactly (a model without deferred channels), and `compare` pairs it with
    /// today's staffing. The doc said the tables "drop straight into a model" without saying how:
    /// `--set agent_groups.G.staffing=...` is refused beside the group's `agents`.
    func test_plannedStaffing_runAsAScenario_reproducesThePlansCheck() throws {
        let out = try scratch()
        let model = CCSimBinary.fixture("plan-n-design.yaml")
        let r = try CCSimBinary.run(["plan", model, "--format", "json", "--output", out.appendingPathComponent("plan").path,
                                     "--search-replications", "6", "--replications", "8", "--seed", "5"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let plan = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("plan/plan.json"))) as? [String: Any])
        let check = try XCTUnwrap(plan["check"] as? [String: Any])
        XCTAssertEqual(check["seed"] as? Int, 5 + 1_000_003)
        XCTAssertEqual(check["replications"] as? Int, 8)
        let scenario = out.appendingPathComponent("planned.yaml")
        try """
            name: The plan
            base: \(model)
            changes:
              - set_staffing: { group: general, staffing: plan/staffing/general.csv }
              - set_staffing: { group: billing, staffing: plan/staffing/billing.csv }
            """.write(to: scenario, atomically: true, encoding: .utf8)
        let run = try CCSimBinary.run(["run", scenario.path, "--replications", "8", "--seed", "1000008", "--format", "json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let channels = try XCTUnwrap(try run.json()["channels"] as? [String: Any])
        for entry in try XCTUnwrap(plan["channels"] as? [[String: Any]]) {
            let name = try XCTUnwrap(entry["channel"] as? String)
            let stated = try XCTUnwrap(entry["plan"] as? [String: Any])
            let measured = try XCTUnwrap(channels[name] as? [String: Any])
            for measure in ["service_level", "abandon_rate", "asa_seconds"] {
                let a = try XCTUnwrap(stated[measure] as? [String: Any]), b = try XCTUnwrap(measured[measure] as? [String: Any])
                XCTAssertEqual(a["mean"] as? Double, b["mean"] as? Double, "\(name) \(measure)")
                XCTAssertEqual(a["ci95"] as? Double, b["ci95"] as? Double, "\(name) \(measure)")
            }
        }
        let compare = try CCSimBinary.run(["compare", model, scenario.path, "--replications", "4"])
        XCTAssertEqual(compare.status, 0, compare.stderr)
        XCTAssertTrue(compare.stdout.contains("Scenario: The plan"), compare.stdout)
    }

    func test_plan_isByteIdenticalWhateverTheJobs() throws {
        let args = ["plan", CCSimBinary.fixture("plan-n-design.yaml"), "--search-replications", "4", "--replications", "4",
                    "--max-patterns", "20", "--format", "json"]
        let one = try CCSimBinary.run(args + ["--jobs", "1"]), two = try CCSimBinary.run(args + ["--jobs", "2"])
        XCTAssertEqual(one.status, 0, one.stderr)
        XCTAssertEqual(one.stdout, two.stdout)
    }

    /// The plan's targets read as the model writes them and as `ccsim run` prints them (`80% in 30s`);
    /// a target in seconds printed as `80% in 30.0s`.
    func test_plan_writesTargetTimesAsTheModelDoes() throws {
        let r = try CCSimBinary.run(["plan", CCSimBinary.fixture("plan-n-design.yaml"), "--search-replications", "4",
                                     "--replications", "4", "--max-patterns", "20"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("80% in 30s"), r.stdout)
        XCTAssertFalse(r.stdout.contains("30.0s"), r.stdout)
    }

    /// When the search keeps the per-channel Erlang staffing, the paired cost difference is zero in every
    /// replication: it reads "no change" (ChangeVerdict's rule for every paired difference), not
    /// "costs 0 a day (0%); simulated staff cost 0 ± 0".
    func test_planThatIsTheErlangStart_saysNoChange_notZeroPlusMinusZero() throws {
        let out = try scratch()
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let model = out.appendingPathComponent("one.yaml")
        try """
            name: One queue
            horizon: { days: 1, interval: 1h }
            simulation: { replications: 10, seed: 5 }
            channels:
              phone: { kind: voice, hours: "08:00-20:00", handle_time: { exponential: { mean: 5m } },
                       patience: { exponential: { mean: 2m } }, service_level: 80% within 20s }
            demand: { contacts_per_day: 2400, mix: { phone: 100% } }
            agent_groups:
              phone: { skills: [phone], agents: 15, hours: "08:00-20:00", cost_per_hour: 30 }
            """.write(to: model, atomically: true, encoding: .utf8)
        let r = try CCSimBinary.run(["plan", model.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        let text = r.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(text.contains("Per-channel Erlang 228.0 6,840"), r.stdout)
        XCTAssertTrue(text.contains("Plan 228.0 6,840"), r.stdout)
        XCTAssertTrue(text.contains("Against per-channel Erlang staffing the plan costs the same a day; simulated staff cost: no change "
                                    + "(the same in every replication)."), r.stdout)
        XCTAssertFalse(text.contains("0 ± 0"), r.stdout)
        // The per-channel start is `ccsim staff` of each interval: 200 calls an hour, 19 agents, x 12 hours.
        let staff = try CCSimBinary.run(["staff", "--calls", "200", "--per", "1h", "--aht", "5m", "--service-level", "80%/20s",
                                         "--model", "a", "--patience", "2m", "--format", "json"])
        XCTAssertEqual(staff.status, 0, staff.stderr)
        XCTAssertEqual(try staff.json()["agents"] as? Int, 19)
    }

    /// `plan --roster-only` rosters today's staffing; its header said "targets mode (least cost meeting
    /// every channel's targets)", a search it does not do.
    func test_rosterOnly_saysItRostersTodaysStaffing() throws {
        let r = try CCSimBinary.run(["plan", CCSimBinary.fixture("plan-n-design.yaml"), "--roster-only", "--replications", "4",
                                     "--shifts", CCSimBinary.fixture("plan-n-design-shifts.yaml")])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertFalse(r.stdout.contains("targets mode"), r.stdout)
        XCTAssertTrue(r.stdout.hasPrefix("Staffing plan for N-design, two call types: roster of today's staffing (no plan searched)"),
                      r.stdout)
        // The cell counts by channel are today's (no plan was searched); the column said "Plan cells".
        XCTAssertTrue(r.stdout.contains("Today's cells: met 95% / avg / missed"), r.stdout)
        XCTAssertFalse(r.stdout.contains("Plan cells"), r.stdout)
    }

    /// A scenario's plan is titled with the scenario, as `ccsim run` titles it; it read "Staffing plan
    /// for <its base model's name>" (bank-adds-messaging's plan, with a messaging channel, was "for
    /// Retail bank, phone and email").
    func test_planOfAScenario_isTitledWithTheScenario() throws {
        let dir = try scratch()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let scenario = dir.appendingPathComponent("busier.yaml")
        try """
            name: Ten percent more general calls
            base: \(CCSimBinary.fixture("plan-n-design.yaml"))
            changes:
              - scale_demand: { channel: general, factor: +10% }
            """.write(to: scenario, atomically: true, encoding: .utf8)
        for format in ["table", "markdown"] {
            let r = try CCSimBinary.run(["plan", scenario.path, "--search-replications", "4", "--replications", "4",
                                         "--max-patterns", "20", "--format", format])
            XCTAssertEqual(r.status, 0, r.stderr)
            XCTAssertTrue(r.stdout.contains("Staffing plan for Ten percent more general calls: targets mode"), r.stdout)
        }
    }

    func test_budgetBelowTheMinimum_isRefused_andNothingIsWritten() throws {
        let out = try scratch()
        try assertRefused(["plan", CCSimBinary.fixture("plan-n-design.yaml"), "--budget", "2h", "--output", out.path],
                          mentions: ["ccsim: error: --budget: 2h a day is below the minimum of 4h a day"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
    }

    func test_unreachableTarget_isRefusedAtItsLine() throws {
        try assertRefused(["plan", CCSimBinary.fixture("plan-deferred-unreachable.yaml")],
                          mentions: ["plan-deferred-unreachable.yaml:6:", "channels.email.service_level: cannot be met at any staffing"])
    }

    func test_badShiftsFile_isRefusedWithEveryProblemLocated() throws {
        try assertRefused(["plan", CCSimBinary.fixture("plan-n-design.yaml"), "--shifts", CCSimBinary.fixture("plan-broken-shifts.yaml")],
                          mentions: ["plan-broken-shifts.yaml:4:5: shifts.early: unknown key 'lenght'",
                                     "plan-broken-shifts.yaml:6:17: shifts.early.max_agents: -2 must be at least 0"])
    }

    func test_badOptions_areRefused() throws {
        let model = CCSimBinary.fixture("plan-n-design.yaml")
        try assertRefused(["plan", model, "--budget", "1150"], mentions: ["--budget: '1150' needs the unit h"])
        try assertRefused(["plan", model, "--budget", "10h", "--budget-cost", "300"], mentions: ["not both"])
        try assertRefused(["plan", model, "--roster-only"], mentions: ["--roster-only needs --shifts"])
        try assertRefused(["plan", model, "--format", "html"], mentions: ["--format html"])
        try assertRefused(["plan", model, "--output", model], mentions: ["is a file; plan writes a directory"])
    }
}
