import Foundation
import XCTest

/// Per-day outputs as a user meets them: `days` in `ccsim run --format json` and `day:N` rows in its CSV,
/// per-day estimates and paired day differences in `ccsim compare --format json`, the day-by-day section
/// of `ccsim report`, and `scheduled_hours` beside `agent_hours` with shrinkage.
final class DayOutputCommandTests: XCTestCase {
    /// Friday to Monday, the weekend closed; phone is 50% busier on Monday with the same team, so Monday
    /// fails the phone target; email arrives on Friday and Saturday and waits for Monday.
    static let model = """
        name: Closed weekend
        horizon: { days: 4, interval: 30m, start: 2026-11-27 }
        calendar: { closed: [saturday, sunday] }
        simulation: { replications: 4, seed: 5 }
        channels:
          phone: { kind: voice, hours: "08:00-18:00", handle_time: 4m, patience: 2m, service_level: 80% within 20s }
          email: { kind: deferred, handle_time: 6m, service_level: 90% within 24h }
        demand:
          contacts_per_day: 1200
          mix: { phone: 50%, email: 50% }
          weekly: { phone: [1.6, 1, 1, 1, 1, 0, 0], email: [0, 0, 0, 0, 1, 1, 0] }
        agent_groups:
          phone: { skills: [phone], agents: 8, hours: "08:00-18:00", shrinkage: 12.5%, cost_per_hour: 20 }
          email: { skills: [email], agents: 4, hours: "09:00-17:00", cost_per_hour: 20 }

        """

    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ccsim-days-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Self.model.write(to: directory.appendingPathComponent("week.yaml"), atomically: true, encoding: .utf8)
        try "name: More phone staff\nbase: week.yaml\nchanges:\n  - set: { path: agent_groups.phone.agents, value: 12 }\n"
            .write(to: directory.appendingPathComponent("more.yaml"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    func run(_ arguments: [String]) throws -> CommandResult {
        let r = try CCSimBinary.run(arguments, in: directory)
        XCTAssertEqual(r.status, 0, r.stderr)
        return r
    }

    func test_run_json_hasDays_namedAndClosed_withEstimates_andTheFailingDayListed() throws {
        let j = try run(["run", "week.yaml", "--format", "json"]).json()
        let days = try XCTUnwrap(j["days"] as? [[String: Any]])
        XCTAssertEqual(days.map { $0["label"] as? String }, ["Fri 2026-11-27", "Sat 2026-11-28", "Sun 2026-11-29", "Mon 2026-11-30"])
        XCTAssertEqual(days.map { $0["weekday"] as? String }, ["friday", "saturday", "sunday", "monday"])
        XCTAssertEqual(days.map { $0["closed"] as? Bool }, [false, true, true, false])
        XCTAssertEqual(days.map { $0["below_target"] as? [String] }.last, ["phone"], "Monday's phone peak with Friday's team")
        XCTAssertFalse((days[0]["below_target"] as? [String] ?? []).contains("phone"))
        // Offered day by day adds up to the channel's offered, in the means.
        let channels = try XCTUnwrap(j["channels"] as? [String: [String: [String: Any]]])
        for name in ["phone", "email"] {
            let perDay = try days.map { day -> Double in
                let c = try XCTUnwrap((day["channels"] as? [String: [String: [String: Any]]])?[name])
                for key in ["offered", "service_level", "abandon_rate", "backlog_at_close"] { XCTAssertNotNil(c[key], "\(name).\(key)") }
                return try XCTUnwrap(c["offered"]?["mean"] as? Double)
            }
            XCTAssertEqual(perDay.reduce(0, +), try XCTUnwrap(channels[name]?["offered"]?["mean"] as? Double), accuracy: 1e-6, name)
        }
        // Email of Friday and Saturday still waits at Sunday's midnight; none of it is answered over the weekend.
        let sunday = try XCTUnwrap((days[2]["channels"] as? [String: [String: [String: Any]]])?["email"])
        XCTAssertGreaterThan(try XCTUnwrap(sunday["backlog_at_close"]?["mean"] as? Double), 250)
        // Shrinkage: 8 scheduled at 12.5% are 7 available; cost on the scheduled hours.
        let phone = try XCTUnwrap((j["groups"] as? [String: [String: [String: Any]]])?["phone"])
        let scheduled = try XCTUnwrap(phone["scheduled_hours"]?["mean"] as? Double)
        let available = try XCTUnwrap(phone["agent_hours"]?["mean"] as? Double)
        XCTAssertEqual(scheduled - available, 2 * 10 * (8 - 7), accuracy: 1e-6, "two open days of 10 hours, one agent away")
        XCTAssertEqual(try XCTUnwrap(phone["cost"]?["mean"] as? Double), 20 * scheduled, accuracy: 1e-6)
    }

    func test_run_csv_hasOneRowPerDayChannelAndMeasure() throws {
        let lines = try run(["run", "week.yaml", "--format", "csv"]).stdout.split(separator: "\n")
        let days = lines.filter { $0.hasPrefix("day:") }
        XCTAssertEqual(days.count, 4 * 2 * 4, "4 days x 2 channels x 4 measures")
        XCTAssertTrue(days.contains { $0.hasPrefix("day:4,phone,service_level,") && $0.hasSuffix(",share") })
        XCTAssertTrue(lines.contains { $0.hasPrefix("group,phone,scheduled_hours,") })
    }

    func test_compare_json_hasEachRunsDays_andPairedDayDifferences() throws {
        let j = try run(["compare", "week.yaml", "more.yaml", "--format", "json"]).json()
        let scenario = try XCTUnwrap((j["scenarios"] as? [[String: Any]])?.first)
        let days = try XCTUnwrap(scenario["days"] as? [[String: Any]])
        XCTAssertEqual(days.count, 4)
        XCTAssertEqual(days.last?["below_target"] as? [String], [], "12 agents meet Monday's phone target")
        let delta = try XCTUnwrap((scenario["delta"] as? [String: Any])?["days"] as? [[String: Any]])
        let monday = try XCTUnwrap((delta[3]["channels"] as? [String: [String: [String: Any]]])?["phone"]?["service_level"])
        XCTAssertGreaterThan(try XCTUnwrap(monday["mean"] as? Double), 0)
        XCTAssertEqual(monday["significant"] as? Bool, true)
        XCTAssertNotNil((j["base"] as? [String: Any])?["days"])
    }

    func test_report_text_listsTheDays_andMarksTheOneBelowTarget() throws {
        let text = try run(["report", "week.yaml", "--format", "text"]).stdout
        let section = try XCTUnwrap(text.range(of: "SERVICE LEVEL DAY BY DAY"))
        let lines = text[section.upperBound...].split(separator: "\n")
        XCTAssertTrue(lines.contains { $0.hasPrefix("Sat 2026-11-28 (closed)") })
        let monday = try XCTUnwrap(lines.first { $0.hasPrefix("Mon 2026-11-30") })
        XCTAssertTrue(monday.contains("below"), String(monday))
        let friday = try XCTUnwrap(lines.first { $0.hasPrefix("Fri 2026-11-27") })
        XCTAssertFalse(friday.split(separator: " ").prefix(6).contains("below"), String(friday))
    }
}
