import XCTest
@testable import ContactCenter

/// Staffing over a week: agents and hours, shifts and staffing tables by weekday and day type, with
/// the "a row lasts until the next row's start" rule across days, and closed days.
final class WeekStaffingTests: XCTestCase {
    /// A week of one-hour intervals from Monday; the group `team` is staffed by STAFFING; no contacts.
    static let model = """
        name: Week staffing
        horizon: { days: 7, interval: 1h, start: monday }
        calendar:
          day_types: { weekday: [monday, tuesday, wednesday, thursday, friday] }
          closed: [sunday]
        channels:
          back: { kind: deferred, handle_time: 5m, service_level: 80% within 24h }
        demand: { contacts_per_day: 0.001, mix: { back: 100% } }
        agent_groups:
          team: { skills: [back], STAFFING }

        """

    /// The team's agents per day (24 hours each) for the staffing written as `staffing`.
    func days(_ staffing: String, files: [String: String] = [:]) throws -> [[Int]] {
        let sandbox = try FileSandbox()
        for (name, content) in files { try sandbox.write(name, content) }
        let model = try ModelLoader.load(path: try sandbox.write("m.yaml", Self.model.replacingOccurrences(of: "STAFFING", with: staffing))).model
        return (0..<7).map { Array(model.groups[0].staffing[$0 * 24..<($0 + 1) * 24]) }
    }

    /// `agents` from hour `from` to hour `to` (exclusive) of a day, 0 elsewhere.
    func day(_ spans: (agents: Int, from: Int, to: Int)...) -> [Int] {
        var hours = [Int](repeating: 0, count: 24)
        for span in spans { for h in span.from..<span.to { hours[h] = span.agents } }
        return hours
    }

    func test_agentsAndHoursByDayType_aDayWithoutEitherIsOff_andClosedDaysHaveNobody() throws {
        let week = try days("agents: { weekday: 10, saturday: 4, sunday: 9 }, hours: { weekday: \"08:00-18:00\", saturday: \"09:00-13:00\" }")
        for d in 0..<5 { XCTAssertEqual(week[d], day((10, 8, 18)), "day \(d)") }
        XCTAssertEqual(week[5], day((4, 9, 13)))
        XCTAssertEqual(week[6], day(), "Sunday is closed")
    }

    func test_shiftsByDayType_runPastMidnightIntoTheNextDay_butNotIntoAClosedOne() throws {
        let week = try days("shifts: { weekday: [{ start: \"22:00\", end: \"06:00\", agents: 2 }, "
                            + "{ start: \"09:00\", end: \"17:00\", agents: 5 }], saturday: [{ start: \"20:00\", end: \"04:00\", agents: 3 }] }")
        // Monday's early hours come from the night shift of the day before the horizon, a Sunday: closed.
        XCTAssertEqual(week[0], day((5, 9, 17), (2, 22, 24)))
        for d in 1..<5 { XCTAssertEqual(week[d], day((2, 0, 6), (5, 9, 17), (2, 22, 24)), "day \(d)") }
        XCTAssertEqual(week[5], day((2, 0, 6), (3, 20, 24)), "Friday's night shift runs into Saturday")
        XCTAssertEqual(week[6], day(), "Saturday's night shift stops at closed Sunday")
    }

    func test_tablesByDayType_aRowLastsUntilTheNextRowStart_acrossMidnightIntoAnotherDaysTable() throws {
        let files = ["weekday.csv": "interval_start,agents\n08:00,10\n18:00,0\n22:00,2\n",
                     "saturday.csv": "interval_start,agents\n03:00,0\n10:00,4\n14:00,0\n"]
        let week = try days("staffing: { weekday: weekday.csv, saturday: saturday.csv }", files: files)
        // Monday starts with the last row of the day before, a closed Sunday: nobody until 08:00.
        XCTAssertEqual(week[0], day((10, 8, 18), (2, 22, 24)))
        XCTAssertEqual(week[1], day((2, 0, 8), (10, 8, 18), (2, 22, 24)))
        // Friday's last row (22:00, 2) lasts until Saturday's first row at 03:00.
        XCTAssertEqual(week[5], day((2, 0, 3), (4, 10, 14)))
        XCTAssertEqual(week[6], day())
    }

    func test_aTableForEveryDay_withADayMissingFromAByDayMapping_leavesThatDayEmpty() throws {
        let files = ["all.csv": "interval_start,agents\n00:00,1\n"]
        let week = try days("staffing: { weekday: all.csv }", files: files)
        for d in 0..<5 { XCTAssertEqual(week[d], [Int](repeating: 1, count: 24), "day \(d)") }
        XCTAssertEqual(week[5], day(), "no table for Saturday: nobody from 00:00")
    }

    func test_aDatedTable_isLaidOnTheHorizonFromItsStartWeekday_andClosedDaysHaveNobody() throws {
        // Tuesday 2026-11-24 to Monday 2026-11-30, k agents on day k from 00:00.
        let rows = (0..<7).map { "2026-11-\(24 + $0) 00:00,\($0 + 1)" }.joined(separator: "\n")
        let week = try days("staffing: dated.csv", files: ["dated.csv": "interval_start,agents\n" + rows + "\n"])
        XCTAssertEqual(week.map { $0[12] }, [7, 1, 2, 3, 4, 5, 0], "Monday is the table's last day; Sunday is closed")
    }

    func test_aDatedTableByDayType_isRefused() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("dated.csv", "interval_start,agents\n2026-11-24 08:00,3\n")
        let path = try sandbox.write("m.yaml", Self.model.replacingOccurrences(of: "STAFFING", with: "staffing: { weekday: dated.csv }"))
        XCTAssertEqual(issues(loading: path, in: sandbox),
                       ["m.yaml:10:37: agent_groups.team.staffing: 'dated.csv' has dated rows; a table per day or day type lists times of day (HH:MM)"])
    }

    func test_mistakesInValuesByDay_areLocatedAtTheirKey() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", Self.model.replacingOccurrences(
            of: "STAFFING", with: "agents: { weekdya: 3, mon: 2, monday: 4 }, hours: { saturday: \"25:00-26:00\" }"))
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "m.yaml:10:37: agent_groups.team.agents: unknown day or day type 'weekdya'; did you mean 'weekday'?",
            "m.yaml:10:57: agent_groups.team.agents: 'monday' is the same day as 'mon'",
            "m.yaml:10:89: agent_groups.team.hours.saturday: '25:00-26:00' is not opening hours (a day runs from 00:00 to 24:00); write e.g. \"08:00-20:00\" "
                + "(\"00:00-24:00\" for around the clock)",
        ])
    }
}
