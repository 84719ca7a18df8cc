import XCTest
@testable import ContactCenter
import Queueing

final class ForecastTests: XCTestCase {
    func test_forecast_readsUnitsPlainSecondsAndOptionalPatience() throws {
        let f = try Forecast.parse("""
            interval_start,channel,volume,aht_seconds,patience
            2026-11-23 08:00,phone,100,300,2m
            2026-11-23 08:30,phone,120,310,
            """, path: "f.csv")
        XCTAssertEqual(f.rows.count, 2)
        XCTAssertEqual(f.rows[0].aht, 300)
        XCTAssertEqual(f.rows[0].patience, 120)
        XCTAssertNil(f.rows[1].patience)
        XCTAssertEqual(f.rows[1].startSeconds - f.rows[0].startSeconds, 1800)
    }

    func test_forecast_reportsEveryProblemWithLineAndColumn() {
        XCTAssertThrowsError(try Forecast.parse("""
            interval_start,channel,volume,aht
            08:00,phone,x,5m
            08:30,,10,5m
            08:00,phone,10,5m
            08:00,phone,10,5m
            """, path: "f.csv")) { error in
            let issues = (error as? FileErrors)?.issues.map(\.description) ?? []
            XCTAssertEqual(issues, [
                "f.csv:2:3: column 'volume': 'x' is not a number of contacts",
                "f.csv:3:2: column 'channel': the channel name is empty",
                "f.csv:5: channel 'phone' at 08:00 is already on line 4",
            ])
        }
    }

    func test_intervalStarts_dateAndTimeForms() {
        XCTAssertEqual(IntervalStart.seconds("08:30"), 30600)
        XCTAssertEqual(IntervalStart.seconds("1970-01-02 00:00"), 86400)
        XCTAssertEqual(IntervalStart.seconds("2026-11-23T08:00:00"), IntervalStart.seconds("2026-11-23 08:00"))
        XCTAssertNil(IntervalStart.seconds("24:30"))
        XCTAssertNil(IntervalStart.seconds("2026-13-01 08:00"))
    }

    func test_plan_sumsAgentHoursAndCost_andLeavesEmptyIntervalsUnstaffed() throws {
        let f = try Forecast.parse("""
            interval_start,channel,volume,aht
            08:00,phone,120,5m
            08:30,phone,0,5m
            09:00,phone,60,5m
            """, path: "f.csv")
        var settings = PlanSettings(targets: StaffingTargets(serviceLevel: ServiceLevelTarget(fraction: 0.8, threshold: 20)))
        settings.costPerHour = 30
        let plan = try StaffingPlan.make(f, settings: settings)
        XCTAssertEqual(plan.interval, 1800)
        XCTAssertEqual(plan.rows[1].agents, 0)
        XCTAssertNil(plan.rows[1].metrics)
        let expected0 = try StaffingSolver.solve(load: 20, aht: 300, model: .erlangC, targets: settings.targets).agents
        XCTAssertEqual(plan.rows[0].agents, expected0)
        XCTAssertEqual(plan.totals.agentHours, Double(plan.rows.map(\.agents).reduce(0, +)) * 0.5)
        XCTAssertEqual(plan.totals.cost, 30 * plan.totals.agentHours)
    }

    func test_plan_withOneIntervalStart_asksForTheIntervalLength() throws {
        let f = try Forecast.parse("interval_start,channel,volume,aht\n08:00,phone,10,5m\n", path: "f.csv")
        let settings = PlanSettings(targets: StaffingTargets(maxOccupancy: 0.85))
        XCTAssertThrowsError(try StaffingPlan.make(f, settings: settings)) { XCTAssertTrue("\($0)".contains("--interval")) }
    }
}
