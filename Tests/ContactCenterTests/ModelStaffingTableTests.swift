import XCTest
@testable import ContactCenter

/// Staffing CSVs as docs/MODELS.md describes them: a row lasts until the next row's start, the
/// last row of the day past midnight until the first row of the next day (dated tables: until the
/// first row of the next repetition).
final class ModelStaffingTableTests: XCTestCase {
    /// A two-day model whose group `table` is staffed by `table.csv`; its channel gets no contacts,
    /// so agents are on duty exactly as the table says.
    static let model = """
        name: Tables
        horizon: { days: 2, interval: 30m }
        channels:
          phone: { kind: voice, handle_time: 5m, service_level: 80% within 20s }
          back:  { kind: deferred, handle_time: 5m, service_level: 80% within 24h }
        demand:
          contacts_per_day: 100
          mix: { phone: 100%, back: 0% }
        agent_groups:
          team:  { skills: [phone], agents: 1 }
          table: { skills: [back], staffing: table.csv }

        """

    /// The table group's agents per half hour, for `rows` (`HH:MM,agents` lines).
    func staffing(_ rows: String, days: Int = 2) throws -> [Int] {
        let sandbox = try FileSandbox()
        try sandbox.write("table.csv", "interval_start,agents\n" + rows)
        let text = Self.model.replacingOccurrences(of: "days: 2", with: "days: \(days)")
        return try ModelLoader.load(path: try sandbox.write("m.yaml", text)).model.groups[1].staffing
    }

    /// Agents from `from` (inclusive) to `to` (exclusive) half hours of one day.
    func halfHours(_ agents: Int, _ from: Int, _ to: Int) -> [Int] { [Int](repeating: agents, count: to - from) }

    func test_unevenGaps_eachRowLastsUntilTheNext() throws {
        let agents = try staffing("08:00,10\n10:00,20\n18:00,0\n")
        let day = halfHours(0, 0, 16) + halfHours(10, 16, 20) + halfHours(20, 20, 36) + halfHours(0, 36, 48)
        XCTAssertEqual(agents, day + day)
        // 10 agents x 2 h + 20 x 8 h = 180 agent-hours a day (the old reading gave 60).
        XCTAssertEqual(Double(agents.reduce(0, +)) / 2 / 2, 180)
    }

    func test_aZeroRowAtMidnight_leavesTheDayUnstaffedOnlyUntilTheNextRow() throws {
        let agents = try staffing("00:00,0\n08:00,10\n18:00,0\n")
        let day = halfHours(0, 0, 16) + halfHours(10, 16, 36) + halfHours(0, 36, 48)
        XCTAssertEqual(agents, day + day, "staffed 08:00-18:00, not 08:00-16:00")
    }

    func test_theLastRow_runsPastMidnight_untilTheFirstRowOfTheNextDay() throws {
        // Night shift 22:00-02:00, a day team from 06:00; rows in any order.
        let agents = try staffing("22:00,5\n02:00,0\n06:00,3\n")
        let day = halfHours(5, 0, 4) + halfHours(0, 4, 12) + halfHours(3, 12, 44) + halfHours(5, 44, 48)
        XCTAssertEqual(agents, day + day)
        // One row is the whole day.
        XCTAssertEqual(try staffing("08:00,4\n"), [Int](repeating: 4, count: 96))
    }

    func test_midnightWrittenAs2400_isTheStartOfTheDay() throws {
        XCTAssertEqual(try staffing("08:00,2\n24:00,1\n"), try staffing("08:00,2\n00:00,1\n"))
        let sandbox = try FileSandbox()
        try sandbox.write("table.csv", "interval_start,agents\n00:00,1\n24:00,2\n")
        XCTAssertEqual(issues(loading: try sandbox.write("m.yaml", Self.model), in: sandbox), ["table.csv:3: 24:00 is already on line 2"])
    }

    func test_datedTable_repeatsItsDays_andItsLastRowRunsIntoTheFirstRowOfTheNextRepetition() throws {
        // Two dated days repeated over four: day 1 08:00 until day 2 08:00 has 10 agents (through
        // the night), day 2 08:00-18:00 has 20, then 0 until day 1 08:00 of the next repetition.
        let agents = try staffing("2026-11-23 08:00,10\n2026-11-24 08:00,20\n2026-11-24 18:00,0\n", days: 4)
        let first = halfHours(0, 0, 16) + halfHours(10, 16, 48)
        let second = halfHours(10, 0, 16) + halfHours(20, 16, 36) + halfHours(0, 36, 48)
        XCTAssertEqual(agents, first + second + first + second)
    }

    func test_mixingTimesOfDayAndDates_isRefusedAtTheLine() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("table.csv", "interval_start,agents\n08:00,1\n2026-11-23 18:00,0\n")
        XCTAssertEqual(issues(loading: try sandbox.write("m.yaml", Self.model), in: sandbox), [
            "table.csv:3:1: column 'interval_start': '2026-11-23 18:00' has a date but line 2 has only a time of day; "
                + "write every start as HH:MM, or every start as YYYY-MM-DD HH:MM",
        ])
    }

    func test_rowsOffTheHorizonsIntervals_areStillRefused() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("table.csv", "interval_start,agents\n08:00,1\n08:45,2\n")
        XCTAssertEqual(issues(loading: try sandbox.write("m.yaml", Self.model), in: sandbox), [
            "table.csv:3:1: 08:45 is not on a 30m interval boundary (the horizon's interval in m.yaml)",
        ])
    }
}
