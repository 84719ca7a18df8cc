import Foundation
import XCTest

/// `ccsim plan --by-day`: a plan per kind of day of the model's week, each on a one-day horizon of that
/// kind, and a `staffing:` by day kind that drops back into the model.
final class PlanByDayCommandTests: XCTestCase {
    /// Weekdays of 600 calls over ten hours, Saturdays of 300 over four; Sunday closed.
    static let model = """
        name: Small week
        horizon: { days: 7, interval: 1h, start: monday }
        calendar: { day_types: { weekday: [monday, tuesday, wednesday, thursday, friday] }, closed: [sunday] }
        simulation: { replications: 3, seed: 5 }
        channels:
          phone: { kind: voice, hours: "08:00-18:00", handle_time: 4m, patience: 2m, service_level: 80% within 20s }
        demand:
          contacts_per_day: 600
          mix: { phone: 100% }
          weekly: { phone: [1, 1, 1, 1, 1, 0.5, 0] }
          profile: { phone: { weekday: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1], saturday: [1, 1, 1, 1, 0, 0, 0, 0, 0, 0] } }
        agent_groups:
          phone: { skills: [phone], agents: { weekday: 6, saturday: 4 }, hours: { weekday: "08:00-18:00", saturday: "08:00-12:00" },
                   shrinkage: 10%, cost_per_hour: 20 }

        """

    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ccsim-plan-days-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Self.model.write(to: directory.appendingPathComponent("week.yaml"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    func plan(_ extra: [String]) throws -> CommandResult {
        try CCSimBinary.run(["plan", "week.yaml", "--by-day", "--search-replications", "3", "--max-patterns", "60"] + extra, in: directory)
    }

    func test_byDay_plansEachDayKind_onItsOwnDay_andTheStaffingDropsBackIntoTheModel() throws {
        let r = try plan(["--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let days = try XCTUnwrap(r.json()["by_day"] as? [[String: Any]])
        XCTAssertEqual(days.map { $0["day_kind"] as? String }, ["weekday", "saturday"], "Sunday is closed")
        XCTAssertEqual(days.map { $0["day"] as? String }, ["Mon", "Sat"])
        for day in days { XCTAssertEqual((day["plan"] as? [String: Any])?["days"] as? Int, 1) }

        let out = try plan(["--output", "out"])
        XCTAssertEqual(out.status, 0, out.stderr)
        let folder = directory.appendingPathComponent("out")
        let saturday = try String(contentsOf: folder.appendingPathComponent("saturday/staffing/phone.csv"), encoding: .utf8)
        let agents = saturday.split(separator: "\n").dropFirst().map { $0.split(separator: ",") }
        XCTAssertEqual(agents.last.map { String($0[1]) }, "0", "nobody after Saturday's four hours")
        XCTAssertTrue(agents.contains { $0[0] == "08:00" && Int($0[1])! > 0 })
        // The by-day staffing, pasted into the model, loads and runs.
        let yaml = try String(contentsOf: folder.appendingPathComponent("staffing-by-day.yaml"), encoding: .utf8)
        let staffing = try XCTUnwrap(yaml.split(separator: "\n").first { $0.contains("staffing:") })
        let planned = Self.model.replacingOccurrences(
            of: #"agents: { weekday: 6, saturday: 4 }, hours: { weekday: "08:00-18:00", saturday: "08:00-12:00" },"#,
            with: staffing.trimmingCharacters(in: .whitespaces) + ",")
        try planned.write(to: folder.appendingPathComponent("planned.yaml"), atomically: true, encoding: .utf8)
        let run = try CCSimBinary.run(["run", "out/planned.yaml", "--format", "json"], in: directory)
        XCTAssertEqual(run.status, 0, run.stderr)
        let runDays = try XCTUnwrap(run.json()["days"] as? [[String: Any]])
        XCTAssertEqual(runDays.count, 7)
    }

    func test_byDay_withoutNamedDays_isRefused() throws {
        try Self.model.replacingOccurrences(of: ", start: monday", with: "")
            .replacingOccurrences(of: "calendar: { day_types: { weekday: [monday, tuesday, wednesday, thursday, friday] }, closed: [sunday] }\n", with: "")
            .replacingOccurrences(of: "  weekly: { phone: [1, 1, 1, 1, 1, 0.5, 0] }\n", with: "")
            .replacingOccurrences(of: "{ weekday: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1], saturday: [1, 1, 1, 1, 0, 0, 0, 0, 0, 0] }", with: "[1]")
            .replacingOccurrences(of: "{ weekday: 6, saturday: 4 }", with: "6")
            .replacingOccurrences(of: #"{ weekday: "08:00-18:00", saturday: "08:00-12:00" }"#, with: #""08:00-18:00""#)
            .write(to: directory.appendingPathComponent("week.yaml"), atomically: true, encoding: .utf8)
        let r = try plan([])
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertEqual(r.stdout, "")
        XCTAssertTrue(r.stderr.contains("--by-day needs named days: give the model a horizon.start"), r.stderr)
    }
}
