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
                       ["--set horizon.start=2026-02-30: horizon.start: '2026-02-30' is neither a weekday nor a date (February 2026 has 28 days); "
                        + "write a weekday like monday, or a date like 2026-11-23"])
        let holiday = issues(loading: path, in: sandbox, overrides: [ParameterOverride(path: "horizon.start", value: "2026-04-27"),
                                                                     ParameterOverride(path: "calendar", value: "{ holidays: [2026-04-31] }")])
        XCTAssertEqual(holiday.count, 1, "\(holiday)")
        XCTAssertTrue(holiday.first?.hasPrefix("--set calendar={ holidays: [2026-04-31] }: calendar.holidays.0:") == true, "\(holiday)")
        XCTAssertTrue(holiday.first?.contains("'2026-04-31' is not a date (April 2026 has 30 days)") == true, "\(holiday)")
    }

    /// A date or time written in the right shape that does not exist says why, not only "is not a date"
    /// or "is not opening hours": the day past its month's end, the month, the hour past 24:00, the minute.
    func test_aDateOrTimeThatDoesNotExist_saysWhy() throws {
        let cases: [(String, String?)] = [
            ("2026-02-30", "February 2026 has 28 days"), ("2025-02-29", "February 2025 has 28 days"), ("2024-02-29", nil),
            ("2026-13-01", "there is no month 13"), ("2026-00-10", "there is no month 0"), ("0000-01-01", "years run from 1 to 9999"),
            ("25:00", "a day runs from 00:00 to 24:00"), ("24:30", "a day runs from 00:00 to 24:00"), ("24:00", nil),
            ("08:61", "there is no minute 61"), ("08:00:75", "there is no second 75"), ("2026-04-31 08:00", "April 2026 has 30 days"),
            ("2026-04-30 26:00", "a day runs from 00:00 to 24:00"), ("monday", nil), ("8am", nil),
        ]
        for (text, why) in cases { XCTAssertEqual(IntervalStart.whyNot(text), why, text) }
        XCTAssertThrowsError(try Quantity.openingHours("08:00-25:00")) { error in
            XCTAssertEqual("\(error)", "'08:00-25:00' is not opening hours (a day runs from 00:00 to 24:00); write e.g. \"08:00-20:00\" "
                           + "(\"00:00-24:00\" for around the clock)")
        }
    }
}
