import XCTest
@testable import ContactCenter

/// A date past its month's end is not a date: 2026-02-30 was read as 2026-03-02 (and 2026-02-29,
/// 2026-04-31 as the 1st of the next month), in horizon.start, holidays and the dated rows of
/// staffing tables and forecasts. (Found while fuzzing horizon.start.)
final class CalendarDateTests: XCTestCase {
    func test_daysPastTheMonthsEnd_areNotDates_leapYearsAre() {
        for text in ["2026-02-30", "2026-02-29", "1900-02-29", "2026-04-31", "2026-06-31", "2026-09-31", "2026-11-31", "2026-01-32"] {
            XCTAssertNil(IntervalStart.days(text), text)
            XCTAssertNil(IntervalStart.seconds(text + " 08:00"), text)
        }
        for text in ["2024-02-29", "2000-02-29", "2026-02-28", "2026-01-31", "2026-04-30", "2026-12-31"] {
            XCTAssertNotNil(IntervalStart.days(text), text)
        }
        XCTAssertEqual(IntervalStart.days("2026-03-01")! - IntervalStart.days("2026-02-28")!, 1)
        XCTAssertEqual(IntervalStart.days("2024-03-01")! - IntervalStart.days("2024-02-29")!, 1)
    }

    func test_anImpossibleStartOrHoliday_isRefusedWhereWritten() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", smallModel)
        XCTAssertEqual(issues(loading: path, in: sandbox, overrides: [ParameterOverride(path: "horizon.start", value: "2026-02-30")]),
                       ["--set horizon.start=2026-02-30: horizon.start: '2026-02-30' is neither a weekday nor a date; "
                        + "write a weekday like monday, or a date like 2026-11-23"])
        let holiday = issues(loading: path, in: sandbox, overrides: [ParameterOverride(path: "horizon.start", value: "2026-04-27"),
                                                                     ParameterOverride(path: "calendar", value: "{ holidays: [2026-04-31] }")])
        XCTAssertEqual(holiday.count, 1, "\(holiday)")
        XCTAssertTrue(holiday.first?.hasPrefix("--set calendar={ holidays: [2026-04-31] }: calendar.holidays.0:") == true, "\(holiday)")
    }
}
