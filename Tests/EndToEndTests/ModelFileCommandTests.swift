import Foundation
import XCTest

/// Model files as a user meets them through the commands: staffing tables, warnings, names and
/// the accepted ways of writing quantities.
final class ModelFileCommandTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ccsim-models-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let path = directory.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Agent-hours of a time-of-day table over `days` days of 30-minute intervals, by the documented
    /// rule: in each interval, the row with the latest start at or before it; before the first row,
    /// the last row of the previous day.
    func integral(_ rows: [(minute: Int, agents: Int)], days: Int) -> Double {
        let sorted = rows.sorted { $0.minute < $1.minute }
        var hours = 0.0
        for interval in 0..<(days * 48) {
            let minute = (interval % 48) * 30
            let row = sorted.last { $0.minute <= minute } ?? sorted.last!
            hours += Double(row.agents) * 0.5
        }
        return hours
    }

    func test_run_agentHours_equalTheStaffingTablesIntegral_withUnevenGapsAndNightShifts() throws {
        let day: [(minute: Int, agents: Int)] = [(480, 10), (600, 20), (1080, 0)]            // 08:00, 10:00, 18:00
        let night: [(minute: Int, agents: Int)] = [(1320, 5), (120, 0), (360, 3), (930, 7)]  // 22:00, 02:00, 06:00, 15:30
        func csv(_ rows: [(minute: Int, agents: Int)]) -> String {
            "interval_start,agents\n" + rows.map { String(format: "%02d:%02d,%d\n", $0.minute / 60, $0.minute % 60, $0.agents) }.joined()
        }
        try write("day.csv", csv(day))
        try write("night.csv", csv(night))
        let model = try write("m.yaml", """
            name: Tables
            horizon: { days: 3, interval: 30m }
            simulation: { replications: 2 }
            channels:
              phone: { kind: voice, handle_time: 5m, service_level: 80% within 20s }
              back:  { kind: deferred, handle_time: 5m, service_level: 80% within 24h }
            demand: { contacts_per_day: 100, mix: { phone: 100%, back: 0% } }
            agent_groups:
              team:  { skills: [phone], agents: 1 }
              day:   { skills: [back], staffing: day.csv }
              night: { skills: [back], staffing: night.csv }

            """)
        let r = try CCSimBinary.run(["run", model, "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, "")
        let groups = try XCTUnwrap(try r.json()["groups"] as? [String: [String: [String: Any]]])
        // Nobody contacts the back office, so its agents are on duty exactly as rostered.
        XCTAssertEqual(integral(day, days: 3), 3 * 180)
        XCTAssertEqual(try XCTUnwrap(groups["day"]?["agent_hours"]?["mean"] as? Double), integral(day, days: 3), accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(groups["night"]?["agent_hours"]?["mean"] as? Double), integral(night, days: 3), accuracy: 1e-9)
    }

    func test_validate_listsWarnings_andExitsZero_runPrintsThemOnceAndRuns() throws {
        let scenario = try write("s.yaml", """
            name: Email growth typed as a factor
            base: \(CCSimBinary.root.path)/models/bank-phone-email.yaml
            changes:
              - scale_demand: { channel: email, factor: 65 }
            """)
        let warning = "\(scenario):4:45: warning: changes.0.scale_demand.factor: 65 multiplies the demand by 65 (+6400%); did you mean +65%?\n"
        let v = try CCSimBinary.run(["validate", scenario])
        XCTAssertEqual(v.status, 0, v.stderr)
        XCTAssertEqual(v.stderr, warning)
        XCTAssertTrue(v.stdout.hasPrefix("\(scenario): ok"))
        let r = try CCSimBinary.run(["run", scenario, "--set", "horizon.days=1", "--set", "simulation.warmup=0s", "--replications", "2", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, warning)
        XCTAssertNotNil(try r.json()["channels"])
    }

    func test_sweep_printsItsBasesWarningsOnce_locatedInTheSweepFile() throws {
        let sweep = try write("sweep.yaml", """
            name: Warned sweep
            base: \(CCSimBinary.root.path)/models/seed-retail-multichannel.yaml
            set: { horizon.days: 1, simulation.warmup: 0s, agent_groups.mail.agents: 0 }
            parameters:
              channels.messaging.concurrency: [2, 3]
            replications: 2
            measures: [messaging.service_level]
            """)
        let r = try CCSimBinary.run(["sweep", sweep, "--output", directory.appendingPathComponent("out.csv").path])
        XCTAssertEqual(r.status, 0, r.stderr)
        // The line of the seed model's mail channel (the file's comments move it).
        let seed = try String(contentsOf: CCSimBinary.root.appendingPathComponent("models/seed-retail-multichannel.yaml"), encoding: .utf8)
        let mailLine = try XCTUnwrap(seed.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("  mail:") }) + 1
        XCTAssertEqual(r.stderr.components(separatedBy: "\n").filter { $0.contains("warning:") }, [
            "\(sweep):3:48: warning: set: agent_groups.mail: the group has no agents on duty at any time, so it answers nothing; "
                + "give it agents (or remove it)",
            // Caused by the sweep's set, so reported there, with the place it shows in (ChangeAttributionTests).
            "\(sweep):3:48: warning: set: with this change, channels.mail: contacts arrive but nobody "
                + "with this skill is on duty at any time, so the backlog only grows "
                + "(\(CCSimBinary.root.path)/models/seed-retail-multichannel.yaml:\(mailLine):3)",
        ])
    }

    func test_aNameThatWouldBreakTheTrace_isRefused_andNoTraceIsWritten() throws {
        let model = try write("m.yaml", """
            name: Names
            channels:
              "ca,lls": { kind: voice, handle_time: 5m, service_level: 80% within 20s }
            demand: { contacts_per_day: 100, mix: { "ca,lls": 100% } }
            agent_groups:
              team: { skills: ["ca,lls"], agents: 5 }

            """)
        let trace = directory.appendingPathComponent("trace.csv").path
        try assertRefused(["run", model, "--trace", trace], mentions: [
            "\(model):3:3: channels: 'ca,lls' is not a usable name; use only letters, digits, '_' or '-'",
        ])
        XCTAssertFalse(FileManager.default.fileExists(atPath: trace))
    }

    func test_theFormsPeopleWrite_areAccepted() throws {
        let model = try write("m.yaml", """
            name: Forms
            horizon: { days: 1, interval: 30 minutes }
            channels:
              phone: { kind: voice, hours: "08:00-20:00", handle_time: 5 min, patience: none, service_level: 80% in 20 sec }
              email: { kind: deferred, handle_time: { gamma: { mean: 8 minutes, sd: 4 mins } }, service_level: 90% in 1 day }
            demand: { contacts_per_day: 1000, mix: { phone: 80%, email: 20% } }
            agent_groups:
              phone: { skills: [phone], agents: 20 }
              email: { skills: [email], agents: 3, hours: "08:00-16:00" }

            """)
        let r = try CCSimBinary.run(["validate", model])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, "")
        XCTAssertEqual(r.stdout, "\(model): ok (model 'Forms', 2 channels, 2 groups)\n")
    }
}
