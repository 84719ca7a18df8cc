import XCTest
@testable import ContactCenter

/// Per-day measures: computed per replication from the interval measures, estimated over
/// replications in the summary, and paired day by day in differences.
final class DayMeasureTests: XCTestCase {
    func load() throws -> ContactCenterModel {
        let sandbox = try FileSandbox()
        return try ModelLoader.load(path: try sandbox.write("m.yaml", WeekSimulationTests.weekend)).model
    }

    func test_theDaysIntervals_andTheClosingInterval_followTheChannelsHours() throws {
        let model = try load()
        XCTAssertEqual(model.intervals(ofDay: 1), 48..<96)
        let phone = model.channelIndex("phone")!, email = model.channelIndex("email")!
        XCTAssertEqual(model.closingInterval(channel: phone, day: 1), 48 + 35, "phone closes at 18:00: the 08:00-18:00 day's 36th half-hour")
        XCTAssertEqual(model.closingInterval(channel: email, day: 3), 4 * 48 - 1, "email is open around the clock: midnight")
    }

    func test_dayValues_areTheSumsOfTheDaysIntervals_andTheBacklogAtClose() throws {
        let model = try load()
        let runs = Replications.run(model, count: 3, seed: 5, jobs: 2)
        for r in runs {
            let values = SimulationSummary.dayValues(r, model: model)
            XCTAssertEqual(values.count, 4)
            for d in 0..<4 {
                for c in model.channels.indices {
                    let cells = r.intervals[c][d * 48..<(d + 1) * 48]
                    let offered = cells.map(\.offered).reduce(0, +), abandoned = cells.map(\.abandoned).reduce(0, +)
                    let known = cells.map { $0.answered + $0.abandoned + $0.waitingBeyondTargetAtEnd }.reduce(0, +)
                    let within = cells.map(\.answeredWithinTarget).reduce(0, +)
                    let v = values[d][c]
                    XCTAssertEqual(v[DayMeasure.allCases.firstIndex(of: .offered)!], Double(offered))
                    XCTAssertEqual(v[DayMeasure.allCases.firstIndex(of: .serviceLevel)!], known > 0 ? Double(within) / Double(known) : nil)
                    XCTAssertEqual(v[DayMeasure.allCases.firstIndex(of: .abandonRate)!], offered > 0 ? Double(abandoned) / Double(offered) : nil)
                    XCTAssertEqual(v[DayMeasure.allCases.firstIndex(of: .backlogAtClose)!],
                                   Double(r.intervals[c][model.closingInterval(channel: c, day: d)].backlogAtEnd))
                }
            }
            // Every contact is counted on exactly one day, and so is every contact still waiting
            // beyond the target at the end (a missed contact, as in the channel's service level).
            for c in model.channels.indices {
                XCTAssertEqual(values.map { $0[c][0]! }.reduce(0, +), Double(r.channels[c].offered))
                XCTAssertEqual(r.intervals[c].map(\.waitingBeyondTargetAtEnd).reduce(0, +), r.channels[c].waitingBeyondTargetAtEnd)
            }
        }
        let summary = SimulationSummary(model: model, replications: runs)
        XCTAssertEqual(summary.days.map(\.closed), [false, true, true, false])
        XCTAssertEqual(summary.days.map(\.label), ["Fri", "Sat", "Sun", "Mon"])
        XCTAssertEqual(summary.day(1, channel: "phone", .offered)?.mean, 0, "no calls on a closed Saturday")
        XCTAssertEqual(summary.days[1].channelsBelowTarget(model), ["email"], "Saturday's email waits past its 24h target")
        // A run paired with itself differs by zero on every day.
        let same = SimulationSummary(differenceOf: runs, minus: runs, scenarioModel: model, baseModel: model)
        XCTAssertEqual(same.days.count, 4)
        XCTAssertEqual(same.day(3, channel: "phone", .serviceLevel)?.mean, 0)
    }

    func test_daysWhollyWithinTheWarmup_areLeftOut_andTheOthersKeepTheirPlaceInTheHorizon() throws {
        var model = try load()
        model.warmup = 86400
        let summary = SimulationSummary(model: model, replications: Replications.run(model, count: 2, seed: 5, jobs: 1))
        XCTAssertEqual(summary.days.map(\.day), [1, 2, 3])
        XCTAssertEqual(summary.days.map(\.label), ["Sat", "Sun", "Mon"])
        XCTAssertNil(summary.day(0, channel: "phone", .offered), "Friday is the warm-up")
        XCTAssertNotNil(summary.day(3, channel: "phone", .offered))
    }

    func test_aCustomerLimitedRun_hasNoDays() throws {
        let model = try ContactCenterModel.singleQueue(agents: 3, load: 2, aht: 60, patience: nil, target: 20, customers: 500, warmup: 0)
        let runs = Replications.run(model, count: 2, seed: 1, jobs: 1)
        XCTAssertEqual(SimulationSummary(model: model, replications: runs).days.count, 0)
    }

    /// A day whose email is still waiting past its target at the end has missed it: its service
    /// level is 0% and it is below target (it read "n/a" and was not listed: only answered and
    /// abandoned contacts were counted per day, unlike the channel's own service level).
    func test_aDayWhoseContactsStillWaitPastTheTarget_missesIt() throws {
        let sandbox = try FileSandbox()
        let model = try ModelLoader.load(path: try sandbox.write("m.yaml", """
            name: Backlog
            horizon: { days: 3, interval: 1h }
            channels:
              email: { kind: deferred, handle_time: 10m, service_level: 90% within 1h }
            demand: { contacts_per_day: 240, mix: { email: 100% } }
            agent_groups:
              office: { skills: [email], agents: 1, hours: "09:00-10:00" }

            """)).model
        let runs = Replications.run(model, count: 3, seed: 2, jobs: 2)
        for r in runs {
            let values = SimulationSummary.dayValues(r, model: model)
            let sl = DayMeasure.allCases.firstIndex(of: .serviceLevel)!
            XCTAssertEqual(values[2][0][sl], 0, "day 3: nothing answered within the hour, hundreds still waiting")
            XCTAssertEqual(r.intervals[0].map(\.waitingBeyondTargetAtEnd).reduce(0, +), r.channels[0].waitingBeyondTargetAtEnd)
            XCTAssertGreaterThan(r.channels[0].waitingBeyondTargetAtEnd, 200)
            XCTAssertEqual(r.intervals[0][70].serviceLevel, 0, "day 3, 22:00: its emails wait past the hour")
        }
        let summary = SimulationSummary(model: model, replications: runs)
        XCTAssertEqual(summary.days[2].channelsBelowTarget(model), ["email"])
    }
}
