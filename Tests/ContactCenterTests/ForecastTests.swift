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
        // Years beyond 9999 are refused (their day count used to overflow and crash).
        XCTAssertNil(IntervalStart.seconds("9223372036854775807-01-01 08:00"))
        XCTAssertNil(IntervalStart.seconds("10000-01-01 08:00"))
        XCTAssertNotNil(IntervalStart.seconds("9999-12-31 23:30"))
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

/// The interval grid of forecasts, forecasts without handle times, and deferred channels laid
/// on the repeating cycle.
final class ForecastGridTests: XCTestCase {
    let sl8020 = StaffingTargets(serviceLevel: ServiceLevelTarget(fraction: 0.8, threshold: 20))

    func halfHours(_ channel: String, from: Int, to: Int, volume: Int = 30) -> [String] {
        (from..<to).map { String(format: "%02d:%02d,\(channel),\(volume),5m", $0 / 2, $0 % 2 * 30) }
    }

    func test_inferInterval_refusesAStartOffTheGrid_namingItsLineAndColumn() throws {
        var lines = ["channel,interval_start,volume,aht"]
        lines += halfHours("phone", from: 16, to: 40).map { row in
            let p = row.split(separator: ",")
            return "\(p[1]),\(p[0]),\(p[2]),\(p[3])"
        }
        lines[4] = "phone,09:10,30,5m"   // 09:30 mistyped
        let f = try Forecast.parse(lines.joined(separator: "\n"), path: "f.csv")
        XCTAssertThrowsError(try f.inferInterval()) { error in
            XCTAssertEqual((error as? FileErrors)?.issues.map(\.description), [
                "f.csv:5:2: column 'interval_start': '09:10' is not on the 30m grid of the other rows "
                    + "(the interval length is read from the starts); correct the time or give --interval",
            ])
        }
        XCTAssertThrowsError(try StaffingPlan.make(f, settings: PlanSettings(targets: sl8020)))
        XCTAssertThrowsError(try f.checkGrid(interval: 1800)) { XCTAssertTrue("\($0)".contains("f.csv:5:2:")) }
        XCTAssertNoThrow(try f.checkGrid(interval: 600), "ten-minute intervals fit every start")
    }

    func test_inferInterval_readsTheGrid_evenWithGapsAndClosedNights() throws {
        let rows = halfHours("phone", from: 16, to: 24) + halfHours("phone", from: 28, to: 40)   // no rows 12:00-14:00
        let f = try Forecast.parse("interval_start,channel,volume,aht\n" + rows.joined(separator: "\n"), path: "f.csv")
        XCTAssertEqual(try f.inferInterval(), 1800)
        let single = try Forecast.parse("interval_start,channel,volume,aht\n08:00,phone,1,5m", path: "s.csv")
        XCTAssertNil(try single.inferInterval())
    }

    func test_intervalLength_mustDivideADay() throws {
        XCTAssertNotNil(Forecast.intervalProblem(7 * 60))
        XCTAssertNotNil(Forecast.intervalProblem(0))
        XCTAssertNotNil(Forecast.intervalProblem(2 * 86400))
        for ok in [60.0, 300, 900, 1800, 3600, 86400] { XCTAssertNil(Forecast.intervalProblem(ok), "\(ok)") }
        let sevens = (0..<8).map { String(format: "08:%02d,phone,5,1m", $0 * 7) }
        let f = try Forecast.parse("interval_start,channel,volume,aht\n" + sevens.joined(separator: "\n"), path: "7.csv")
        XCTAssertThrowsError(try f.inferInterval()) { XCTAssertTrue("\($0)".contains("7m apart, which does not divide a day"), "\($0)") }
        var settings = PlanSettings(targets: sl8020)
        settings.interval = 7 * 60
        XCTAssertThrowsError(try StaffingPlan.make(f, settings: settings)) { XCTAssertTrue("\($0)".contains("does not divide a day")) }
    }

    func test_forecastWithoutAht_takesTheSettingsHandleTimes_andNamesAChannelWithout() throws {
        let f = try Forecast.parse("interval_start,channel,volume\n08:00,phone,120\n08:30,phone,100\n08:00,email,40\n08:30,email,10",
                                   path: "f.csv")
        XCTAssertNil(f.ahtColumn)
        XCTAssertNil(f.rows[0].aht)
        var settings = PlanSettings(targets: sl8020)
        XCTAssertThrowsError(try StaffingPlan.make(f, settings: settings)) { error in
            XCTAssertEqual((error as? FileErrors)?.issues.map(\.description), [
                "f.csv:2: channel 'phone' has no handle time (the forecast has no aht column); give --aht 300s for every channel or --aht phone=300s",
                "f.csv:4: channel 'email' has no handle time (the forecast has no aht column); give --aht 300s for every channel or --aht email=300s",
            ])
        }
        settings.handleTime = 300
        settings.channelHandleTimes["email"] = 540
        let plan = try StaffingPlan.make(f, settings: settings)
        XCTAssertEqual(plan.rows.filter { $0.channel == "phone" }.map(\.aht), [300, 300])
        XCTAssertEqual(plan.rows.filter { $0.channel == "email" }.map(\.aht), [540, 540])
        XCTAssertEqual(plan.rows[0].agents, try StaffingSolver.solve(load: 20, aht: 300, model: .erlangC, targets: sl8020).agents)
        // An empty aht cell falls back too; a filled one is kept.
        let mixed = try Forecast.parse("interval_start,channel,volume,aht\n08:00,phone,120,\n08:30,phone,100,4m", path: "m.csv")
        XCTAssertEqual(try StaffingPlan.make(mixed, settings: settings).rows.map(\.aht), [300, 240])
    }

    func test_deferredChannel_crossingMidnight_isStaffedInTheHoursItHasContacts() throws {
        // Email arrives 20:00-02:00 only: the default hours are that window, across midnight.
        let rows = halfHours("email", from: 40, to: 48, volume: 60) + halfHours("email", from: 0, to: 4, volume: 60)
        let f = try Forecast.parse("interval_start,channel,volume,aht\n" + rows.joined(separator: "\n"), path: "night.csv")
        var settings = PlanSettings(targets: sl8020)
        settings.treatments["email"] = .deferred(ServiceLevelTarget(fraction: 0.9, threshold: 86400))
        let plan = try StaffingPlan.make(f, settings: settings)
        XCTAssertTrue(plan.approximations[0].contains("working 20:00-02:00"), plan.approximations[0])
        for row in plan.rows {
            let t = try XCTUnwrap(IntervalStart.seconds(row.intervalStart))
            XCTAssertTrue(t >= 20 * 3600 || t < 2 * 3600, "\(row.intervalStart) is outside the hours")
        }
        XCTAssertGreaterThanOrEqual(plan.totals.agentHours, plan.totals.workloadHours)
        XCTAssertEqual(plan.totals.workloadHours, 12 * 60 * 300 / 3600, accuracy: 1e-9)
        // Office hours given: agents work 09:00-17:00, in intervals the forecast has no row for.
        settings.hours["email"] = OpeningHours(open: 9 * 3600, close: 17 * 3600)
        let office = try StaffingPlan.make(f, settings: settings)
        let staffed = office.rows.filter { $0.agents > 0 }.map(\.intervalStart)
        XCTAssertEqual(staffed.first, "09:00")
        XCTAssertEqual(staffed.last, "16:30")
        XCTAssertEqual(office.rows.count, 12 + 16, "the forecast's rows and the staffed intervals")
        XCTAssertGreaterThanOrEqual(office.totals.agentHours, office.totals.workloadHours)
        settings.hours["email"] = OpeningHours(open: 9 * 3600 + 600, close: 17 * 3600)
        XCTAssertThrowsError(try StaffingPlan.make(f, settings: settings)) { XCTAssertTrue("\($0)".contains("interval grid"), "\($0)") }
    }

    func test_intervalStart_writtenBack() {
        XCTAssertEqual(IntervalStart.text(30600, dated: false), "08:30")
        XCTAssertEqual(IntervalStart.text(IntervalStart.seconds("2026-11-23 08:30")!, dated: true), "2026-11-23 08:30")
        XCTAssertEqual(IntervalStart.text(IntervalStart.seconds("2024-02-29 23:59:30")!, dated: true), "2024-02-29 23:59:30")
        XCTAssertEqual(IntervalStart.text(IntervalStart.seconds("1969-12-31 00:00")!, dated: true), "1969-12-31 00:00")
    }

    func test_midnightWrittenAs2400_isTheStartOf0000_inPlansAndModels() throws {
        let f = try Forecast.parse("interval_start,channel,volume,aht\n23:30,phone,10,5m\n24:00,phone,12,5m\n", path: "f.csv")
        XCTAssertEqual(f.rows.map(\.startSeconds), [84600, 0])
        XCTAssertEqual(f.rows.map(\.intervalStart), ["23:30", "00:00"])
        XCTAssertEqual(try f.inferInterval(), 1800, "23:30 and the next day's 00:00 are half an hour apart")
        XCTAssertThrowsError(try Forecast.parse("interval_start,channel,volume\n00:00,phone,10\n24:00,phone,12\n", path: "d.csv")) {
            XCTAssertEqual(($0 as? FileErrors)?.issues.map(\.description), ["d.csv:3: channel 'phone' at 00:00 is already on line 2"])
        }
        // In a model the 24:00 row's contacts arrive in the day's first interval (they were dropped).
        let sandbox = try FileSandbox()
        try sandbox.write("day.csv", "interval_start,channel,volume\n23:30,phone,10\n24:00,phone,12\n")
        let model = try ModelLoader.load(path: try sandbox.write("m.yaml", """
            name: M
            horizon: { days: 1, interval: 30m }
            channels:
              phone: { kind: voice, handle_time: 5m, patience: 2m, service_level: 80% within 20s }
            demand: { forecast: day.csv }
            agent_groups:
              a: { skills: [phone], agents: 3 }

            """)).model
        XCTAssertEqual(model.arrivalRates[0][0] * 1800, 12, accuracy: 1e-9)
        XCTAssertEqual(model.arrivalRates[0][47] * 1800, 10, accuracy: 1e-9)
        XCTAssertEqual(model.expectedContacts, 22, accuracy: 1e-9)
    }
}
