import XCTest
@testable import ContactCenter
import DiscreteEvent

final class ModelLoaderTests: XCTestCase {
    func test_issueExample_loadsAsWritten_withRatesSpreadOverOpenHours() throws {
        let sandbox = try FileSandbox()
        let loaded = try ModelLoader.load(path: try sandbox.write("m.yaml", issueExampleModel))
        let model = loaded.model
        XCTAssertEqual(loaded.title, "Retail customer service, multichannel baseline")
        XCTAssertEqual(loaded.replications, 20)
        XCTAssertEqual(loaded.seed, 20261122)
        XCTAssertFalse(loaded.isScenario)
        XCTAssertEqual(loaded.changes, [])
        XCTAssertEqual(model.intervalLength, 1800)
        XCTAssertEqual(model.intervalCount, 5 * 48)
        XCTAssertEqual(model.channels.map(\.name), ["phone", "messaging", "social", "email"])
        XCTAssertEqual(model.dayToDayCV, 0.1, accuracy: 1e-12)
        // phone: 22% of 10,000 = 2,200 calls a day, flat over 12 open hours.
        let phone = model.arrivalRates[0]
        XCTAssertEqual(phone[16], 2200.0 / 43200, accuracy: 1e-12)          // 08:00
        XCTAssertEqual(phone[39], 2200.0 / 43200, accuracy: 1e-12)          // 19:30
        XCTAssertEqual(phone[15], 0)                                         // 07:30: closed
        XCTAssertEqual(phone[40], 0)                                         // 20:00: closed
        XCTAssertEqual(phone[48 + 16], phone[16])                            // every day the same
        for (c, share) in [0.22, 0.26, 0.17, 0.35].enumerated() {
            let perDay = model.arrivalRates[c].reduce(0, +) * 1800 / 5
            XCTAssertEqual(perDay, 10000 * share, accuracy: 1e-6)
        }
        let messaging = model.channels[1]
        XCTAssertEqual(messaging.kind, .chat)
        XCTAssertEqual(messaging.concurrency, 3)
        XCTAssertEqual(messaging.slowdownPerExtraSession, 0.15, accuracy: 1e-12)
        XCTAssertEqual(messaging.patience?.specification, .weibull(mean: 240, shape: 0.8))
        XCTAssertEqual(model.channels[0].handleTime.specification, .lognormal(mean: 360, sd: 240))
        XCTAssertEqual(model.channels[0].serviceLevel.threshold, 20)
        XCTAssertNil(model.channels[3].patience)
        // groups: agents on duty during their hours, every day
        let email = model.groups[1]
        XCTAssertEqual(email.staffing.count, 240)
        XCTAssertEqual(Array(email.staffing[17...18]), [0, 13])              // 08:30, 09:00
        XCTAssertEqual(Array(email.staffing[33...34]), [13, 0])              // 16:30, 17:00
        XCTAssertEqual(email.staffing.reduce(0, +), 13 * 16 * 5)
        let digital = model.groups[2]
        XCTAssertEqual(digital.skills, [Skill(channel: 1, concurrency: 3), Skill(channel: 2)])
        XCTAssertEqual(digital.costPerHour, 30)
        XCTAssertTrue(model.problems().isEmpty)
    }

    func test_profile_splitsOpenHoursIntoEqualWeightedParts() throws {
        let sandbox = try FileSandbox()
        let text = smallModel.replacingOccurrences(of: "  mix: { phone: 100% }", with: """
              mix: { phone: 100% }
              profile: { phone: [1, 3] }
            """)
        let model = try ModelLoader.load(path: try sandbox.write("m.yaml", text)).model
        // 480 calls: 120 in 08:00-10:00, 360 in 10:00-12:00, hourly intervals.
        XCTAssertEqual(model.arrivalRates[0][8] * 3600, 60, accuracy: 1e-9)
        XCTAssertEqual(model.arrivalRates[0][9] * 3600, 60, accuracy: 1e-9)
        XCTAssertEqual(model.arrivalRates[0][10] * 3600, 180, accuracy: 1e-9)
        XCTAssertEqual(model.arrivalRates[0][11] * 3600, 180, accuracy: 1e-9)
    }

    func test_forecastDemand_isReadRelativeToTheModel_andRepeatedDaily() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("forecasts/day.csv", """
            interval_start,channel,volume,aht
            08:00,phone,100,5m
            09:00,phone,50,5m
            10:00,phone,0,5m
            """)
        let text = smallModel
            .replacingOccurrences(of: "  contacts_per_day: 480\n  mix: { phone: 100% }", with: "  forecast: forecasts/day.csv")
            .replacingOccurrences(of: "days: 1", with: "days: 2")
        let model = try ModelLoader.load(path: try sandbox.write("m.yaml", text)).model
        XCTAssertEqual(model.arrivalRates[0][8] * 3600, 100, accuracy: 1e-9)
        XCTAssertEqual(model.arrivalRates[0][9] * 3600, 50, accuracy: 1e-9)
        XCTAssertEqual(model.arrivalRates[0][24 + 8] * 3600, 100, accuracy: 1e-9)
        XCTAssertEqual(model.arrivalRates[0].reduce(0, +) * 3600, 300, accuracy: 1e-9)
    }

    /// One mistyped start among half-hours must not turn every row into a 10-minute interval
    /// (which would triple the demand's rate): the row off the grid is named instead.
    func test_forecastDemand_withAStartOffTheGrid_isRefusedAtThatRow() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("forecasts/day.csv", """
            interval_start,channel,volume,aht
            08:00,phone,100,5m
            08:30,phone,50,5m
            09:10,phone,40,5m
            09:30,phone,10,5m
            10:00,phone,0,5m
            """)
        let text = smallModel.replacingOccurrences(of: "  contacts_per_day: 480\n  mix: { phone: 100% }", with: "  forecast: forecasts/day.csv")
        let path = try sandbox.write("m.yaml", text)
        let problems = issues(loading: path, in: sandbox)
        XCTAssertEqual(problems.count, 1, "\(problems)")
        XCTAssertTrue(problems.first?.hasPrefix("forecasts/day.csv:4:") == true, "\(problems)")
    }

    func test_shiftsAndStaffingTables_giveAgentsPerInterval() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("staff.csv", "interval_start,agents\n08:00,4\n10:00,6\n12:00,0\n")
        let text = smallModel.replacingOccurrences(of: "  team: { skills: [phone], agents: 10, hours: \"08:00-12:00\" }", with: """
              early: { skills: [phone], shifts: [{ start: "08:00", end: "11:00", agents: 3 }, { start: "10:00", end: "12:00", agents: 2 }] }
              table: { skills: [phone], staffing: staff.csv }
              night: { skills: [phone], shifts: [{ start: "22:00", end: "02:00", agents: 1 }] }
            """)
        let model = try ModelLoader.load(path: try sandbox.write("m.yaml", text)).model
        XCTAssertEqual(Array(model.groups[0].staffing[7...12]), [0, 3, 3, 5, 2, 0])
        // each row lasts until the next row's start: two hourly intervals each
        XCTAssertEqual(Array(model.groups[1].staffing[7...12]), [0, 4, 4, 6, 6, 0])
        XCTAssertEqual(model.groups[2].staffing.enumerated().filter { $0.element > 0 }.map(\.offset), [0, 1, 22, 23])
    }

    func test_scenario_movesAgentsOnTheTargetGroupsHours_andDescribesTheChange() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("models/m.yaml", issueExampleModel)
        let path = try sandbox.write("scenarios/s.yaml", """
            name: Move 20 phone agents to messaging and social
            base: ../models/m.yaml
            changes:
              - move_agents: { from: phone, to: digital, count: 20 }
            """)
        let loaded = try ModelLoader.load(path: path)
        XCTAssertTrue(loaded.isScenario)
        XCTAssertEqual(loaded.title, "Move 20 phone agents to messaging and social")
        XCTAssertEqual(loaded.model.name, "Retail customer service, multichannel baseline")
        XCTAssertEqual(loaded.changes, ["Move 20 agents from phone to digital"])
        XCTAssertEqual(loaded.model.groups[0].staffing[16], 57)       // phone 08:00
        XCTAssertEqual(loaded.model.groups[2].staffing[16], 27)       // digital 08:00
        XCTAssertEqual(loaded.model.groups[2].staffing[42], 27)       // digital 21:00, after phone closes
        XCTAssertEqual(loaded.model.groups[2].staffing[44], 0)        // digital closed at 22:00
    }

    func test_scenarios_stack_baseFirst_andSetWorksByPath() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("m.yaml", issueExampleModel)
        try sandbox.write("a.yaml", """
            name: A
            base: m.yaml
            changes:
              - set: { path: channels.messaging.concurrency, value: 4 }
              - scale_demand: { channel: email, factor: +65% }
            """)
        let path = try sandbox.write("b.yaml", """
            name: B
            base: a.yaml
            changes:
              - add_skill: { group: phone, channel: messaging, overflow_after: 30s }
              - set: { path: agent_groups.digital.skills, value: [social, messaging] }
            """)
        let loaded = try ModelLoader.load(path: path, overrides: [ParameterOverride(path: "simulation.replications", value: "40")])
        XCTAssertEqual(loaded.title, "B")
        XCTAssertEqual(loaded.changes, [
            "Set channels.messaging.concurrency to 4",
            "Scale email demand by 1.65 (+65%)",
            "Cross-train phone on messaging (taking contacts that waited 30s or more)",
            "Set agent_groups.digital.skills to [social, messaging]",
            "Set simulation.replications to 40 (--set simulation.replications=40)",
        ])
        let model = loaded.model
        XCTAssertEqual(loaded.replications, 40)
        XCTAssertEqual(model.channels[1].concurrency, 4)
        XCTAssertEqual(model.arrivalRates[3].reduce(0, +) * 1800 / 5, 3500 * 1.65, accuracy: 1e-6)
        XCTAssertEqual(model.groups[0].skills, [Skill(channel: 0), Skill(channel: 1, concurrency: 4, overflowDelay: 30)])
        XCTAssertEqual(model.groups[2].skills.map(\.channel), [2, 1])
    }

    func test_setStaffing_replacesTheGroupsStaffing_relativeToTheScenario() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("models/m.yaml", smallModel)
        try sandbox.write("scenarios/staffing/team.csv", "interval_start,agents\n08:00,12\n09:00,14\n10:00,0\n")
        let path = try sandbox.write("scenarios/s.yaml", """
            name: New roster
            base: ../models/m.yaml
            changes:
              - set_staffing: { group: team, staffing: staffing/team.csv }
            """)
        let loaded = try ModelLoader.load(path: path)
        XCTAssertEqual(Array(loaded.model.groups[0].staffing[7...11]), [0, 12, 14, 0, 0])
        XCTAssertEqual(loaded.changes, ["Replace the staffing of team with staffing: staffing/team.csv"])
    }

    func test_overrides_canVaryAScenarioChange_andReportBadPaths() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("m.yaml", issueExampleModel)
        let path = try sandbox.write("s.yaml", """
            name: S
            base: m.yaml
            changes:
              - move_agents: { from: phone, to: digital, count: 20 }
            """)
        let loaded = try ModelLoader.load(path: path, overrides: [ParameterOverride(path: "changes.0.move_agents.count", value: "30")])
        XCTAssertEqual(loaded.model.groups[0].staffing[16], 47)
        XCTAssertEqual(issues(loading: path, in: sandbox, overrides: [ParameterOverride(path: "channels.mesaging.concurrency", value: "4")]),
                       ["--set channels.mesaging.concurrency=4: cannot set 'channels.mesaging.concurrency': 'channels' has no key "
                        + "'mesaging'; did you mean 'messaging'?"])
        XCTAssertEqual(ParameterOverride(assignment: "a.b=c d"), ParameterOverride(path: "a.b", value: "c d"))
    }

    func test_shippedFiles_allLoad() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var paths: [String] = []
        for folder in ["models", "scenarios"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)
            paths += names.filter { $0.hasSuffix(".yaml") }.map { root.appendingPathComponent(folder).appendingPathComponent($0).path }
        }
        XCTAssertGreaterThanOrEqual(paths.count, 10)
        XCTAssertEqual(ModelLoader.validate(paths: paths), [])
    }
}
