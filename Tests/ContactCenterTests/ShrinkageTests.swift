import DiscreteEvent
import Queueing
import XCTest
@testable import ContactCenter

/// Shrinkage inside the simulator: scheduled agents become available agents (a group's `shrinkage:`
/// or its shifts' break windows); costs are paid on scheduled hours.
final class ShrinkageTests: XCTestCase {
    /// One day of one-hour intervals; a phone team of 10 from 08:00 to 16:00 at 20 an hour. GROUP is
    /// replaced by the rest of the group's keys.
    static let day = """
        name: Shrinkage
        horizon: { days: 1, interval: 1h }
        simulation: { replications: 4, seed: 3 }
        channels:
          phone: { kind: voice, hours: "08:00-16:00", handle_time: 4m, patience: 2m, service_level: 80% within 20s }
        demand: { contacts_per_day: 800, mix: { phone: 100% } }
        agent_groups:
          team: { skills: [phone], cost_per_hour: 20, GROUP }

        """

    func load(_ group: String, _ model: String = ShrinkageTests.day) throws -> ContactCenterModel {
        let sandbox = try FileSandbox()
        return try ModelLoader.load(path: try sandbox.write("m.yaml", model.replacingOccurrences(of: "GROUP", with: group))).model
    }

    func problems(_ group: String) throws -> [String] {
        let sandbox = try FileSandbox()
        return issues(loading: try sandbox.write("m.yaml", Self.day.replacingOccurrences(of: "GROUP", with: group)), in: sandbox)
    }

    // MARK: rounding

    func test_availableAgents_roundTheExpectedNumberUpOrDown_andKeepTheTotalWithinHalfAnAgent() {
        let scheduled = [10, 10, 10, 10, 0, 7, 3, 9]
        let share = [0.25, 0.25, 0.25, 0.25, 0.3, 0.3, 0.3, 0.3]
        let available = AgentGroup.available(scheduled: scheduled, unavailableShare: share)
        var expectedSoFar = 0.0, availableSoFar = 0
        for i in scheduled.indices {
            let expected = Double(scheduled[i]) * (1 - share[i])
            XCTAssertTrue(available[i] == Int(expected.rounded(.down)) || available[i] == Int(expected.rounded(.up)),
                          "interval \(i): \(available[i]) for \(expected) expected")
            expectedSoFar += expected
            availableSoFar += available[i]
            XCTAssertLessThanOrEqual(abs(Double(availableSoFar) - expectedSoFar), 0.5 + 1e-9, "after interval \(i)")
        }
        XCTAssertEqual(Array(available[0..<4]), [8, 7, 8, 7], "7.5 expected: 8 and 7 in turn")
        XCTAssertEqual(AgentGroup.available(scheduled: [4, 6], unavailableShare: [0, 1]), [4, 0])
    }

    // MARK: shrinkage 0 and a fraction

    func test_shrinkageZero_givesByteIdenticalResults_toNoShrinkage() throws {
        let plain = try load("agents: 10, hours: \"08:00-16:00\"")
        let zero = try load("agents: 10, hours: \"08:00-16:00\", shrinkage: 0%")
        XCTAssertEqual(zero.groups[0].staffing, plain.groups[0].staffing)
        XCTAssertEqual(zero.groups[0].scheduled, plain.groups[0].scheduled)
        let a = try Replications.summarize(plain, count: 4, seed: 3, jobs: 2).summary()
        let b = try Replications.summarize(zero, count: 4, seed: 3, jobs: 2).summary()
        for measure in GroupMeasure.allCases {
            XCTAssertEqual(a.group("team", measure), b.group("team", measure), measure.rawValue)
        }
        for measure in ChannelMeasure.allCases {
            XCTAssertEqual(a.channel("phone", measure), b.channel("phone", measure), measure.rawValue)
        }
        XCTAssertEqual(b.group("team", .scheduledHours)?.mean, b.group("team", .agentHours)?.mean)
    }

    func test_shrinkage_leavesFewerAgentsAvailable_andCostIsPaidOnScheduledHours() throws {
        let model = try load("agents: 10, hours: \"08:00-16:00\", shrinkage: 30%")
        XCTAssertEqual(model.groups[0].scheduled, day(10, from: 8, to: 16))
        XCTAssertEqual(model.groups[0].staffing, day(7, from: 8, to: 16))
        let summary = try Replications.summarize(model, count: 4, seed: 3, jobs: 2).summary()
        // Agent-hours are measured (agents finish their last contact after 16:00); the 3 away for 8 hours are added.
        let available = try XCTUnwrap(summary.group("team", .agentHours)?.mean)
        let scheduled = try XCTUnwrap(summary.group("team", .scheduledHours)?.mean)
        XCTAssertGreaterThanOrEqual(available, 56, "7 available for 8 hours, plus overtime")
        XCTAssertLessThan(available, 57)
        XCTAssertEqual(scheduled - available, 24, accuracy: 1e-9, "3 agents away for 8 hours")
        XCTAssertEqual(try XCTUnwrap(summary.group("team", .cost)?.mean), scheduled * 20, accuracy: 1e-9, "scheduled hours at 20")
        XCTAssertEqual(try XCTUnwrap(summary.total(.cost)?.mean), scheduled * 20, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(summary.total(.scheduledHours)?.mean), scheduled, accuracy: 1e-9)
    }

    func test_shrinkageByDayType_appliesEachDaysRate() throws {
        let week = Self.day.replacingOccurrences(of: "horizon: { days: 1, interval: 1h }",
                                                 with: "horizon: { days: 2, interval: 1h, start: friday }")
        let model = try load("agents: 10, hours: \"08:00-16:00\", shrinkage: { friday: 20%, saturday: 50% }", week)
        XCTAssertEqual(Array(model.groups[0].staffing[0..<24]), day(8, from: 8, to: 16))
        XCTAssertEqual(Array(model.groups[0].staffing[24..<48]), day(5, from: 8, to: 16))
    }

    // MARK: break windows

    func test_breakWindows_takeTheirShareOfTheShiftAway_staggeredOverTheWindow() throws {
        let model = try load("shifts: [{ start: \"08:00\", end: \"16:00\", agents: 10, "
                             + "breaks: [{ window: \"11:00-13:00\", length: 30m }, { window: \"15:00-16:00\" }] }]")
        XCTAssertEqual(model.groups[0].scheduled, day(10, from: 8, to: 16))
        // 10 agents x 30m over a 2-hour window: 2.5 away in each hour; the whole shift away 15:00-16:00.
        var expected = day(10, from: 8, to: 15)
        expected[11] = 8
        expected[12] = 7
        XCTAssertEqual(model.groups[0].staffing, expected)
        let summary = try Replications.summarize(model, count: 2, seed: 3, jobs: 1).summary()
        let available = try XCTUnwrap(summary.group("team", .agentHours)?.mean)
        XCTAssertEqual(try XCTUnwrap(summary.group("team", .scheduledHours)?.mean) - available, 15, accuracy: 1e-9,
                       "5 agent-hours on the staggered breaks and 10 in the last hour")
    }

    func test_breaksAndShrinkage_combine_breaksFirstThenTheRateOfTheRest() throws {
        let model = try load("shifts: [{ start: \"08:00\", end: \"16:00\", agents: 10, breaks: [{ window: \"12:00-13:00\", length: 1h }] }], "
                             + "shrinkage: 20%")
        XCTAssertEqual(model.groups[0].staffing[12], 0, "everyone on a break")
        XCTAssertEqual(model.groups[0].staffing[9], 8)
    }

    func test_aNightShiftsBreakWindow_mayPassMidnight() throws {
        let model = try load("shifts: [{ start: \"22:00\", end: \"02:00\", agents: 10, breaks: [{ window: \"23:00-01:00\", length: 1h }] }]",
                             Self.day.replacingOccurrences(of: "08:00-16:00", with: "00:00-24:00"))
        // 10 agents x 1h over a 2-hour window: 5 away in each of 23:00 and 00:00.
        XCTAssertEqual(model.groups[0].scheduled[23] - model.groups[0].staffing[23], 5)
        XCTAssertEqual(model.groups[0].scheduled[22] - model.groups[0].staffing[22], 0)
        XCTAssertEqual(model.groups[0].scheduled.reduce(0, +) - model.groups[0].staffing.reduce(0, +), 10)
        XCTAssertEqual(try problems("shifts: [{ start: \"22:00\", end: \"02:00\", agents: 10, breaks: [{ window: \"01:00-03:00\" }] }]"),
                       ["m.yaml:8:119: agent_groups.team.shifts.0.breaks.0.window: 01:00-03:00 is not within the shift 22:00-02:00"])
    }

    // MARK: mistakes

    func test_badShrinkageAndBreaks_areReportedAtTheirKey_allAtOnce() throws {
        XCTAssertEqual(try problems("agents: 10, hours: \"08:00-16:00\", shrinkage: 100%"),
                       ["m.yaml:8:92: agent_groups.team.shrinkage: 100% leaves no agent available; shrinkage must be below 100%"])
        XCTAssertEqual(try problems("agents: 10, hours: \"08:00-16:00\", shrinkage: lots"),
                       ["m.yaml:8:92: agent_groups.team.shrinkage: 'lots' is not a share; write e.g. 80% or 0.8"])
        XCTAssertEqual(try problems("agents: 10, hours: \"08:00-16:00\", shrinkag: 10%"),
                       ["m.yaml:8:81: agent_groups.team: unknown key 'shrinkag'; did you mean 'shrinkage'?"])
        XCTAssertEqual(try problems("shifts: [{ start: \"08:00\", end: \"16:00\", agents: 10, breaks: [{ window: \"16:00-17:00\" }, "
                                    + "{ window: \"10:00-11:00\", length: 2h }, { windw: \"10:00-11:00\" }] }]"), [
            "m.yaml:8:119: agent_groups.team.shifts.0.breaks.0.window: 16:00-17:00 is not within the shift 08:00-16:00",
            "m.yaml:8:169: agent_groups.team.shifts.0.breaks.1.length: a 2h break does not fit its 1h window",
            "m.yaml:8:177: agent_groups.team.shifts.0.breaks.2: unknown key 'windw'; did you mean 'window'?",
        ])
    }

    // MARK: scenarios

    func test_movingAgents_movesScheduledAgents_andEachGroupKeepsItsShrinkage() throws {
        let sandbox = try FileSandbox()
        let model = Self.day.replacingOccurrences(of: "GROUP", with: "agents: 10, hours: \"08:00-16:00\", shrinkage: 50%")
            + "  other: { skills: [phone], agents: 4, hours: \"08:00-16:00\" }\n"
        try sandbox.write("m.yaml", model)
        let scenario = try sandbox.write("s.yaml", "name: Move\nbase: m.yaml\nchanges:\n  - move_agents: { from: other, to: team, count: 2 }\n")
        let moved = try ModelLoader.load(path: scenario).model
        XCTAssertEqual(moved.groups[0].scheduled, day(12, from: 8, to: 16))
        XCTAssertEqual(moved.groups[0].staffing, day(6, from: 8, to: 16), "half of the 12 scheduled")
        XCTAssertEqual(moved.groups[1].staffing, day(2, from: 8, to: 16))
    }

    // MARK: against Erlang

    /// Shrinkage s on a single queue simulates as Erlang A with (1 - s) x agents: 25 scheduled at 20%
    /// shrinkage are 20 available. The exact values must lie within the simulation's intervals
    /// (Bonferroni-corrected over the four measures; seed 1, the model files' default), and the 25
    /// scheduled must not.
    func test_shrinkageOnASingleQueue_matchesErlangAWithTheAvailableAgents() throws {
        let model = try load("agents: 25, hours: \"00:00-24:00\", shrinkage: 20%", """
            name: Shrunk queue
            horizon: { days: 7, interval: 1h }
            simulation: { warmup: 100m, customer_limit: 30000 }
            channels:
              calls: { kind: voice, handle_time: { exponential: { mean: 5m } }, patience: { exponential: { mean: 2m } },
                       service_level: 80% within 20s }
            demand: { contacts_per_day: 5760, mix: { calls: 100% } }
            agent_groups:
              agents: { skills: [calls], GROUP }

            """)
        XCTAssertEqual(Set(model.groups[0].staffing), [20])
        XCTAssertEqual(Set(model.groups[0].scheduled), [25])
        let runs = Replications.run(model, count: 10, seed: 1, jobs: 2)
        var plain = model
        plain.groups[0].staffing = model.groups[0].staffing
        XCTAssertFalse(plain.groups[0].hasShrinkage)
        XCTAssertEqual(Replications.run(plain, count: 10, seed: 1, jobs: 2).map { $0.channels[0].waitProbability },
                       runs.map { $0.channels[0].waitProbability }, "the same as 20 agents without shrinkage, replication by replication")
        // 4 calls a minute at 5 minutes each: 20 Erlangs.
        let exact = try ErlangA.metrics(agents: 20, load: 20, aht: 300, patience: 120, target: 20)
        let unshrunk = try ErlangA.metrics(agents: 25, load: 20, aht: 300, patience: 120, target: 20)
        let checks: [(String, [Double], Double, Double)] = [
            ("p_wait", runs.map { $0.channels[0].waitProbability! }, exact.pWait, unshrunk.pWait),
            ("service_level", runs.map { $0.channels[0].serviceLevel! }, exact.serviceLevel, unshrunk.serviceLevel),
            ("asa", runs.map { $0.channels[0].asa! }, exact.asa, unshrunk.asa),
            ("p_abandon", runs.map { $0.channels[0].abandonRate! }, exact.pAbandon, unshrunk.pAbandon),
        ]
        for (name, values, truth, wrong) in checks {
            let stats = RunningStatistics(values)
            let t = ConfidenceInterval.studentTQuantile(1 - 0.05 / Double(checks.count) / 2, degreesOfFreedom: values.count - 1)
            let mean = stats.mean!, half = t * stats.standardDeviation! / Double(values.count).squareRoot()
            XCTAssertLessThanOrEqual(abs(mean - truth), half, "\(name): simulated \(mean) ± \(half), Erlang A with 20 agents \(truth)")
            XCTAssertGreaterThan(abs(mean - wrong), half, "\(name): Erlang A with the 25 scheduled \(wrong) must be told apart")
        }
    }

    /// `agents` from hour `from` to hour `to` (exclusive) of a 24-hour day, 0 elsewhere.
    func day(_ agents: Int, from: Int, to: Int) -> [Int] {
        (0..<24).map { $0 >= from && $0 < to ? agents : 0 }
    }
}
