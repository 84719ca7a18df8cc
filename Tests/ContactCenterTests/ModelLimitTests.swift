import XCTest
@testable import ContactCenter

/// Values the engine cannot represent, and sizes it should not attempt, are refused where they are
/// written (FILE:LINE:COLUMN and the dotted path), before anything proportional to them is built.
final class ModelLimitTests: XCTestCase {
    func test_durationsBeyondTheEnginesRange_areRefusedWhereWritten_inEveryDurationField() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", smallModel
            .replacingOccurrences(of: "handle_time: 5m", with: "handle_time: 1e308s, patience: 1e308h")
            .replacingOccurrences(of: "80% within 20s", with: "80% within 4000d")
            .replacingOccurrences(of: "horizon: { days: 1, interval: 1h }",
                                  with: "horizon: { days: 1, interval: 1h }\nsimulation: { warmup: 0.0000001s }"))
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "m.yaml:3:23: simulation.warmup: 0.0000001s is shorter than 1ms; write 0s or at least 1ms",
            "m.yaml:5:60: channels.phone.handle_time: 1e308s is longer than the longest supported duration, 3650d (10 years)",
            "m.yaml:5:78: channels.phone.patience: 1e308h is longer than the longest supported duration, 3650d (10 years)",
            "m.yaml:5:101: channels.phone.service_level: the time limit in '80% within 4000d' is longer than the longest "
                + "supported duration, 3650d (10 years)",
        ])
    }

    func test_distributionParameters_andOverflowDelays_areBoundedToo() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", smallModel
            .replacingOccurrences(of: "handle_time: 5m", with: "handle_time: { gamma: { mean: 5m, sd: 1e-300s } }")
            .replacingOccurrences(of: "skills: [phone]", with: "skills: [{ channel: phone, overflow_after: 1e20s }]"))
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "m.yaml:4:85: channels.phone.handle_time.gamma.sd: 1e-300s is shorter than 1ms; write 0s or at least 1ms",
            "m.yaml:9:54: agent_groups.team.skills.0.overflow_after: 1e20s is longer than the longest supported duration, "
                + "3650d (10 years)",
        ])
    }

    func test_aHugeHorizon_isRefusedArithmetically_inMilliseconds() throws {
        let sandbox = try FileSandbox()
        for (days, interval, expected) in [
            ("1000000000", "30m", "m.yaml:2:18: horizon.days: 1000000000 is above the supported 3650"),
            ("99999999999999999999", "30m", "m.yaml:2:18: horizon.days: 99999999999999999999 is above the supported 3650"),
            ("3650", "1m", "m.yaml:2:18: horizon.days: 3650 days of 1m intervals for 1 channel are 5256000 channel-intervals; "
                + "at most 1000000 are supported (shorten the horizon or lengthen the interval)"),
        ] {
            let path = try sandbox.write("m.yaml", smallModel
                .replacingOccurrences(of: "horizon: { days: 1, interval: 1h }", with: "horizon: { days: \(days), interval: \(interval) }")
                .replacingOccurrences(of: "08:00-12:00", with: "00:00-24:00"))
            let started = Date()
            XCTAssertEqual(issues(loading: path, in: sandbox), [expected])
            XCTAssertLessThan(Date().timeIntervalSince(started), 1, "refused before anything proportional to \(days) days is built")
        }
    }

    func test_contactsPerDay_1e308_isReportedAtTheField_withFiniteNumbers() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", issueExampleModel.replacingOccurrences(of: "contacts_per_day: 10000", with: "contacts_per_day: 1e308"))
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "m.yaml:15:21: demand.contacts_per_day: 1e308 contacts a day for 5 days are more than 1000000000 contacts per "
                + "replication, the most supported (reduce the demand or the horizon)",
        ])
        let many = try sandbox.write("n.yaml", issueExampleModel.replacingOccurrences(of: "contacts_per_day: 10000", with: "contacts_per_day: 3e8"))
        XCTAssertEqual(issues(loading: many, in: sandbox), [
            "n.yaml:15:21: demand.contacts_per_day: 3e8 contacts a day for 5 days are about 1500000000 contacts per "
                + "replication; at most 1000000000 are supported (reduce the demand or the horizon)",
        ])
    }

    func test_channelHoursOffIntervalBoundaries_areRefused_likeGroupHours() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", issueExampleModel
            .replacingOccurrences(of: "phone:     { kind: voice, hours: \"08:00-20:00\"", with: "phone:     { kind: voice, hours: \"08:00-20:15\"")
            .replacingOccurrences(of: "phone:   { skills: [phone], agents: 77, hours: \"08:00-20:00\"",
                                  with: "phone:   { skills: [phone], agents: 77, hours: \"08:00-20:15\""))
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "m.yaml:5:36: channels.phone.hours: the hours must start and end on 30m interval boundaries (the horizon's interval)",
            "m.yaml:19:50: agent_groups.phone.hours: the hours must start and end on 30m interval boundaries (the horizon's interval)",
        ])
    }

    func test_customerLimit_onADayWithOpeningHours_isRefusedWithTheReason() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", issueExampleModel.replacingOccurrences(
            of: "seed: 20261122 }", with: "seed: 20261122, customer_limit: 300000 }"))
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "m.yaml:3:65: simulation.customer_limit: customer_limit needs demand that is the same in every interval (one queue, "
                + "open around the clock); channel phone's demand changes over the day. Use the horizon's days instead",
        ])
    }

    /// Demand flat within each day but not from day to day (weekly factors) is refused too, and the
    /// message says so: it read "changes over the day" for a flat day.
    func test_customerLimit_withWeeklyFactors_isRefused_sayingTheDemandChangesFromDayToDay() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", """
            name: Flat days, weekly factors
            horizon: { days: 7, interval: 1h, start: monday }
            simulation: { replications: 2, customer_limit: 1000 }
            channels:
              phone: { kind: voice, handle_time: 5m, patience: { exponential: { mean: 2m } }, service_level: 80% in 20s }
            demand: { contacts_per_day: 1000, mix: { phone: 100% }, weekly: [1.3, 1, 1, 1, 1, 0.6, 0.5] }
            agent_groups:
              phone: { skills: [phone], agents: 5 }
            """)
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "m.yaml:3:48: simulation.customer_limit: customer_limit needs demand that is the same in every interval (one queue, "
                + "open around the clock); channel phone's demand changes from day to day (weekly factors, closed days or holidays). "
                + "Use the horizon's days instead",
        ])
    }

    func test_customerLimit_onAStationaryMultichannelModel_stopsAfterNArrivals_onEveryChannel() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", """
            name: Two queues around the clock
            horizon: { days: 2, interval: 1h }
            simulation: { customer_limit: 3000 }
            channels:
              phone: { kind: voice, handle_time: 4m, patience: 2m, service_level: 80% within 20s }
              chat: { kind: chat, concurrency: 2, handle_time: 6m, service_level: 80% within 60s }
            demand: { contacts_per_day: 4800, mix: { phone: 50%, chat: 50% } }
            agent_groups:
              voice: { skills: [phone], agents: 10 }
              digital: { skills: [chat], agents: 8 }
            """)
        let model = try ModelLoader.load(path: path).model
        XCTAssertEqual(model.problems(), [])
        let runs = Replications.run(model, count: 2, seed: 1, jobs: 1)
        for run in runs {
            XCTAssertEqual(run.channels.map(\.offered).reduce(0, +), 3000, "exactly customer_limit arrivals")
            XCTAssertTrue(run.channels.allSatisfy { $0.offered > 1000 }, "every channel gets its share: \(run.channels.map(\.offered))")
        }
    }

    func test_countsAboveTheLimits_areRefusedAtTheirFields() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", issueExampleModel
            .replacingOccurrences(of: "replications: 20", with: "replications: 1e6")
            .replacingOccurrences(of: "concurrency: 3", with: "concurrency: 1000")
            .replacingOccurrences(of: "day_to_day_cv: 10%", with: "day_to_day_cv: 1e-200")
            .replacingOccurrences(of: "agents: 77", with: "agents: 2000000")
            .replacingOccurrences(of: "agents: 13, hours: \"09:00-17:00\", cost_per_hour: 30", with: "agents: 13, hours: \"09:00-17:00\", cost_per_hour: 1e300"))
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "m.yaml:3:29: simulation.replications: 1e6 is above the supported 100000",
            "m.yaml:7:63: channels.messaging.concurrency: 1000 is above the supported 100",
            "m.yaml:17:18: demand.day_to_day_cv: 1e-200 is below the smallest supported variation, 0.01%; write 0 for none",
            "m.yaml:19:39: agent_groups.phone.agents: 2000000 is above the supported 1000000",
            "m.yaml:20:80: agent_groups.email.cost_per_hour: 1e300 is above the supported 1000000000",
        ])
    }

    func test_shiftsThatAddUpBeyondTheGroupLimit_andHugeStaffingRows_areLocated() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("team.csv", "interval_start,agents\n08:00,99999999999999999999\n")
        let path = try sandbox.write("m.yaml", smallModel.replacingOccurrences(
            of: "team: { skills: [phone], agents: 10, hours: \"08:00-12:00\" }",
            with: "team: { skills: [phone], shifts: [{ start: \"08:00\", end: \"12:00\", agents: 600000 },"
                + " { start: \"09:00\", end: \"10:00\", agents: 600000 }] }\n  other: { skills: [phone], staffing: team.csv }"))
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "m.yaml:9:36: agent_groups.team.shifts: the shifts add up to 1200000 agents at 09:00; at most 1000000 agents on duty "
                + "in a group are supported",
            "team.csv:2:2: column 'agents': 99999999999999999999 agents is above the supported 1000000",
        ])
    }

    func test_sessionSlots_ofAgentsTimesConcurrency_areBounded() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", issueExampleModel
            .replacingOccurrences(of: "concurrency: 3", with: "concurrency: 100")
            .replacingOccurrences(of: "agents: 77", with: "agents: 200000"))
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "m.yaml:19:3: agent_groups: 200020 agents (every group's peak) holding up to 100 sessions each need 20002000 "
                + "session slots; at most 10000000 are supported",
        ])
    }

    func test_tooManyChannels_isRefusedAtTheMapping_withoutDecodingThemAll() throws {
        let sandbox = try FileSandbox()
        let channels = (0..<5000).map { "  c\($0): { kind: voice, handle_time: 5m, service_level: 80% within 20s }\n" }.joined()
        let path = try sandbox.write("m.yaml", "name: Wide\nchannels:\n\(channels)demand: { contacts_per_day: 1, mix: { c0: 100% } }\n"
                                     + "agent_groups: { team: { skills: [c0], agents: 1 } }\n")
        let started = Date()
        XCTAssertEqual(issues(loading: path, in: sandbox), ["m.yaml:3:3: channels: 5000 channels; at most 1000 are supported"])
        XCTAssertLessThan(Date().timeIntervalSince(started), 3)
    }

    func test_thousandsOfProblems_areCounted_notAllListed_andReadInLinearTime() throws {
        let sandbox = try FileSandbox()
        let mix = (0..<40000).map { "    x\($0): 1%\n" }.joined()
        let path = try sandbox.write("m.yaml", smallModel.replacingOccurrences(of: "  mix: { phone: 100% }\n", with: "  mix:\n    phone: 100%\n\(mix)"))
        let started = Date()
        let found = issues(loading: path, in: sandbox)
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
        XCTAssertEqual(found.count, ParameterReader.maximumIssues + 1)
        XCTAssertEqual(found.first, "m.yaml:9:5: demand.mix: unknown channel 'x0'; expected one of: phone")
        XCTAssertEqual(found.last, "m.yaml: 39800 more problems not shown")
    }

    func test_scenarioChanges_goThroughTheSameLimits_atTheChangesLine() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("m.yaml", issueExampleModel)
        let path = try sandbox.write("s.yaml", """
            name: S
            base: m.yaml
            changes:
              - scale_demand: { channel: email, factor: 1e300 }
              - scale_demand: { channel: email, factor: 100000 }
              - move_agents: { from: phone, to: digital, count: 1e12 }
              - set: { path: channels.phone.handle_time, value: 1e308s }
            """)
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "s.yaml:4:45: changes.0.scale_demand.factor: '1e300' is above the largest supported factor, 1000000",
            "s.yaml:6:53: changes.2.move_agents.count: 1e12 is above the supported 1000000",
            "s.yaml:7:53: channels.phone.handle_time: 1e308s is longer than the longest supported duration, 3650d (10 years)",
        ])
        let second = try sandbox.write("t.yaml", """
            name: T
            base: m.yaml
            changes:
              - scale_demand: { channel: email, factor: 100000 }
              - set_staffing: { group: phone, agents: 1000000, hours: "08:00-20:00" }
              - move_agents: { from: phone, to: email, count: 1000000 }
            """)
        XCTAssertEqual(issues(loading: second, in: sandbox), [
            "t.yaml:4:45: changes.0.scale_demand.factor: scaling email by 100000 gives about 1750032500 contacts per replication; "
                + "at most 1000000000 are supported (reduce the demand or the horizon)",
            "t.yaml:6:51: changes.2.move_agents.count: group 'email' would have 1000013 agents on duty; at most 1000000 in a group "
                + "are supported",
        ])
    }

    func test_overrides_areCheckedLikeFileValues_atTheOverride() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", smallModel)
        XCTAssertEqual(issues(loading: path, in: sandbox, overrides: [ParameterOverride(path: "channels.phone.handle_time", value: "1e308s"),
                                                                       ParameterOverride(path: "horizon.days", value: "1e9")]), [
            "--set horizon.days=1e9: horizon.days: 1e9 is above the supported 3650",
            "--set channels.phone.handle_time=1e308s: channels.phone.handle_time: 1e308s is longer than the longest supported "
                + "duration, 3650d (10 years)",
        ])
    }

    /// Demand that outruns every agent who could answer it piles up in memory (deferred work, or callers
    /// who never hang up); above the limit it is refused before a run, at the change that caused it
    /// and naming where the channel is written.
    func test_demandThatPilesUpBeyondTheWaitingLimit_isRefusedAtTheChange_namingTheChannel() throws {
        let sandbox = try FileSandbox()
        // 480 calls in 4 hours for 10 agents at 5 minutes: capacity 480, nothing piles up.
        let model = try sandbox.write("m.yaml", smallModel)
        XCTAssertEqual(ModelSize.waitingBound(try ModelLoader.load(path: model).model, channel: 0), 0)
        // x20,000: 9.6 million calls, 9.6 million minus 480 of them waiting at the end (no patience).
        let scenario = try sandbox.write("s.yaml", "name: S\nbase: m.yaml\nchanges:\n  - scale_demand: { channel: phone, factor: 20000 }\n")
        let started = Date()
        XCTAssertEqual(issues(loading: scenario, in: sandbox), [
            "s.yaml:4:5: changes.0.scale_demand: with this change, channels.phone: about 9599520 contacts would be waiting at once "
                + "(arrivals beyond what every group with this skill can answer); at most 5000000 are supported (reduce the demand or add agents) "
                + "(m.yaml:4:3)"])
        XCTAssertLessThan(Date().timeIntervalSince(started), 1)
        // The same demand with patience: callers hang up, nothing piles up without bound.
        let patient = try sandbox.write("p.yaml", smallModel.replacingOccurrences(of: "handle_time: 5m,", with: "handle_time: 5m, patience: 2m,")
            .replacingOccurrences(of: "contacts_per_day: 480", with: "contacts_per_day: 9600000"))
        XCTAssertNoThrow(try ModelLoader.load(path: patient))
    }

    func test_warmupLongerThanTheHorizon_leavesNothingToMeasure_andIsRefused() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", smallModel.replacingOccurrences(
            of: "horizon: { days: 1, interval: 1h }", with: "horizon: { days: 1, interval: 1h }\nsimulation: { warmup: 2d }"))
        XCTAssertEqual(issues(loading: path, in: sandbox), ["m.yaml:3:23: simulation.warmup: 2d leaves nothing to measure: the horizon is 1 day"])
    }

    func test_tablesAbove64MB_andDatesPastYear9999_areRefusedBeforeTheyAreRead() throws {
        let sandbox = try FileSandbox()
        let big = sandbox.path("big.csv")
        FileManager.default.createFile(atPath: big, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: big))
        try handle.truncate(atOffset: 65_000_000)   // sparse: nothing written
        try handle.close()
        try sandbox.write("far.csv", "interval_start,agents\n99999-01-01 08:00,3\n")
        let path = try sandbox.write("m.yaml", smallModel.replacingOccurrences(
            of: "team: { skills: [phone], agents: 10, hours: \"08:00-12:00\" }",
            with: "team: { skills: [phone], staffing: big.csv }\n  other: { skills: [phone], staffing: far.csv }"))
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "big.csv: is 65 MB; tables of more than 64 MB are not supported (they would hold more intervals than a horizon can)",
            "far.csv:2:1: column 'interval_start': '99999-01-01 08:00' is not an interval start; write HH:MM or YYYY-MM-DD HH:MM",
        ])
    }

    func test_wholeModelChecks_runAfterTheScenarioChanges_andAreLocated() throws {
        let sandbox = try FileSandbox()
        let base = try sandbox.write("m.yaml", smallModel
            .replacingOccurrences(of: "  phone: { kind", with: "  chat: { kind: chat, handle_time: 5m, service_level: 80% within 20s }\n  phone: { kind")
            .replacingOccurrences(of: "mix: { phone: 100% }", with: "mix: { phone: 50%, chat: 50% }"))
        XCTAssertEqual(issues(loading: base, in: sandbox), ["m.yaml:4:3: channels.chat: the channel has arrivals but no agent group with this skill"])
        let scenario = try sandbox.write("s.yaml", "name: S\nbase: m.yaml\nchanges:\n  - add_skill: { group: team, channel: chat }\n")
        XCTAssertNoThrow(try ModelLoader.load(path: scenario), "the scenario answers the channel")
        let moved = try sandbox.write("d.yaml", """
            name: D
            base: m.yaml
            changes:
              - add_skill: { group: team, channel: chat }
              - set: { path: channels.chat.concurrency, value: 100 }
              - set: { path: agent_groups.team.agents, value: 60000 }
              - set: { path: agent_groups.other, value: { skills: [phone], agents: 50000 } }
              - move_agents: { from: team, to: other, count: 50000 }
            """)
        XCTAssertEqual(issues(loading: moved, in: sandbox), [
            "d.yaml:8:50: changes.4.move_agents.count: after the move, 110000 agents (every group's peak) holding up to 100 sessions "
                + "each need 11000000 session slots; at most 10000000 are supported",
        ])
    }

    func test_patienceTooLongForTheDemand_pilesUpLikeNoPatience_andIsRefused() throws {
        let sandbox = try FileSandbox()
        // 9.6 million calls in 4 hours for 10 agents: with a 10-year patience almost all of them wait
        // at once (a run died of memory before); with 2 minutes' patience about 80,000 do.
        let years = try sandbox.write("y.yaml", smallModel.replacingOccurrences(of: "handle_time: 5m,", with: "handle_time: 5m, patience: 3650d,")
            .replacingOccurrences(of: "contacts_per_day: 480", with: "contacts_per_day: 9600000"))
        XCTAssertEqual(issues(loading: years, in: sandbox), [
            "y.yaml:4:3: channels.phone: about 9599301 contacts would be waiting at once (arrivals beyond what every group with this "
                + "skill can answer, less those whose patience runs out); at most 5000000 are supported (reduce the demand or add agents)"])
        let model = try ModelLoader.load(path: try sandbox.write("p.yaml", smallModel
            .replacingOccurrences(of: "handle_time: 5m,", with: "handle_time: 5m, patience: 2m,")
            .replacingOccurrences(of: "contacts_per_day: 480", with: "contacts_per_day: 9600000"))).model
        // The fluid level (arrivals - answers a second) x mean patience: (9,600,000 - 480) / 14,400 s x 120 s.
        XCTAssertEqual(ModelSize.waitingBound(model, channel: 0), (9_600_000.0 - 480) / 14_400 * 120, accuracy: 1)
        // Deferred work whose customers give up (journeys) is bounded by the give-up time the same way;
        // four hours toward a level of an hour's excess: level x (1 - e^-4).
        let email = try sandbox.write("e.yaml", smallModel.replacingOccurrences(of: "kind: voice", with: "kind: deferred")
            .replacingOccurrences(of: "80% within 20s", with: "80% within 24h")
            .replacingOccurrences(of: "contacts_per_day: 480", with: "contacts_per_day: 9600000")
            + "journeys: { give_up: { phone: 1h } }\n")
        let level: Double = (9_600_000.0 - 480) / 14_400 * 3600
        let emailModel = try ModelLoader.load(path: email).model
        XCTAssertEqual(ModelSize.waitingBound(emailModel, channel: 0), level * (1 - exp(-4.0)), accuracy: 1)
    }

    func test_aRetryStorm_isRefusedAtMaxAttempts_beforeItRuns() throws {
        let sandbox = try FileSandbox()
        let storm = """
            journeys:
              max_attempts: 1000
              resolution: { phone: 0% }
              retry: { abandoned: { phone: { probability: 100%, delay: 0s } }, unresolved: { phone: { probability: 100%, delay: 0s } } }

            """
        let model = smallModel.replacingOccurrences(of: "handle_time: 5m,", with: "handle_time: 5m, patience: 2m,")
        // 2 million customers making 1,000 contacts each: 2 billion contacts, refused in milliseconds.
        let path = try sandbox.write("m.yaml", model.replacingOccurrences(of: "contacts_per_day: 480", with: "contacts_per_day: 2000000") + storm)
        let started = Date()
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "m.yaml:11:17: journeys.max_attempts: customers coming back (up to 1000 contacts each, at the largest retry or transfer "
                + "probability) may make about 2000000000 contacts per replication; at most 1000000000 are supported (lower "
                + "max_attempts or the retry probabilities, or the demand)"])
        XCTAssertLessThan(Date().timeIntervalSince(started), 1)
        // The bound: 1 + p + ... + p^(n-1) contacts a customer, of the customers the website leaves.
        var journeys = try XCTUnwrap(ModelLoader.load(path: try sandbox.write("n.yaml", model + storm)).model.journeys)
        XCTAssertEqual(journeys.contactsPerCustomerBound, 1000)
        journeys.retry[.abandoned] = [RetryRule(probability: 0.5, delay: try .deterministic(0), destinations: [(channel: 0, share: 1)])]
        journeys.retry[.unresolved] = nil
        journeys.maxAttempts = 4
        XCTAssertEqual(journeys.contactsPerCustomerBound, 1 + 0.5 + 0.25 + 0.125)
        journeys.web = WebRule(share: 0.8, resolves: 0.5)
        XCTAssertEqual(journeys.contactingShare, 0.6, accuracy: 1e-15)
        // The same storm for 480 customers is fine.
        XCTAssertNoThrow(try ModelLoader.load(path: try sandbox.write("s.yaml", model + storm)))
    }

    func test_aDemandOfExactlyTheLimit_splitByAMix_isNotRefusedForRounding() {
        XCTAssertNil(ModelSize.contactsProblem(0.5e9 + 0.25e9 + 0.25e9 * (1 + 1e-15)))
        XCTAssertNotNil(ModelSize.contactsProblem(1.001e9))
    }

    /// With a customer limit the measured period ends at the last arrival; customers coming back
    /// after it worked outside it (1,000 contacts handled in 0 agent-hours), so the pair is refused.
    func test_customerLimit_withJourneys_isRefusedAtTheLimit() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", smallModel.replacingOccurrences(of: "08:00-12:00", with: "00:00-24:00")
            .replacingOccurrences(of: "horizon: { days: 1, interval: 1h }",
                                  with: "horizon: { days: 1, interval: 1h }\nsimulation: { customer_limit: 50 }")
            + "journeys: { resolution: { phone: 0% }, retry: { unresolved: { phone: { probability: 100%, delay: 0s } } } }\n")
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "m.yaml:3:31: simulation.customer_limit: customer_limit stops a stationary queue at its last arrival, but with journeys "
                + "customers keep coming back after it, outside the measured period; use the horizon's days instead"])
    }
}
