import XCTest
@testable import ContactCenter

/// Every kind of bad input, with the exact `FILE:LINE:COLUMN: message` a planner sees.
final class ModelFileErrorTests: XCTestCase {
    func test_yamlSyntaxError_isLocatedAtLibyamlsMark() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", "name: x\nchannels:\n  a: [1\n")
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "m.yaml:4:1: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence at line 3, column 6)",
        ])
    }

    func test_tabIndentation_saysSo() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", "name: t\n\tchannels: 1\n")
        XCTAssertEqual(issues(loading: path, in: sandbox).first?.hasSuffix("YAML does not allow tabs for indentation, use spaces"), true)
    }

    func test_unknownKeys_suggestTheClosestKnownKey_andMissingKeysAreNamed() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", smallModel
            .replacingOccurrences(of: "handle_time: 5m", with: "handle_tme: 5m")
            .replacingOccurrences(of: "  mix: { phone: 100% }\n", with: "  mix: { phone: 100% }\n  day_to_day: 10%\n")
            .replacingOccurrences(of: "name: Small\n", with: ""))
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "m.yaml:1:1: missing key 'name' in the file",
            "m.yaml:3:47: channels.phone: unknown key 'handle_tme'; did you mean 'handle_time'?",
            "m.yaml:7:3: demand: unknown key 'day_to_day'; did you mean 'day_to_day_cv'?",
        ])
    }

    func test_wrongTypes_sayWhatWasExpected() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", smallModel
            .replacingOccurrences(of: "horizon: { days: 1, interval: 1h }", with: "horizon: [1, 1h]")
            .replacingOccurrences(of: "service_level: 80% within 20s", with: "service_level: { share: 80% }")
            .replacingOccurrences(of: "agents: 10,", with: "agents: ten,"))
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "m.yaml:2:10: horizon: expected a mapping like { days: 5, interval: 30m, start: monday }, found a list",
            "m.yaml:4:79: channels.phone.service_level: expected a service level like \"80% within 20s\", found a mapping",
        ])
        let second = try sandbox.write("n.yaml", smallModel
            .replacingOccurrences(of: "handle_time: 5m", with: "handle_time: 5")
            .replacingOccurrences(of: "agents: 10,", with: "agents: ten,"))
        XCTAssertEqual(issues(loading: second, in: sandbox), [
            "n.yaml:4:60: channels.phone.handle_time: '5' has no unit; write e.g. 5s or 5m (units: s (sec, seconds), m (min, minutes), h (hr, hours) or d (days))",
            "n.yaml:9:36: agent_groups.team.agents: expected a number of agents, found 'ten'",
        ])
    }

    func test_negativeAndZeroValues_areRefusedWhereMeaningless() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", smallModel
            .replacingOccurrences(of: "days: 1", with: "days: 0")
            .replacingOccurrences(of: "handle_time: 5m", with: "handle_time: { exponential: { mean: 0s } }")
            .replacingOccurrences(of: "contacts_per_day: 480", with: "contacts_per_day: -480")
            .replacingOccurrences(of: "agents: 10,", with: "agents: -2,"))
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "m.yaml:2:18: horizon.days: 0 must be at least 1",
            "m.yaml:4:83: channels.phone.handle_time.exponential.mean: must be longer than 0s",
            "m.yaml:6:21: demand.contacts_per_day: -480 must be greater than 0",
            "m.yaml:9:36: agent_groups.team.agents: -2 must be at least 0",
        ])
    }

    func test_referencesToUnknownChannels_suggestTheClosest() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", smallModel
            .replacingOccurrences(of: "mix: { phone: 100% }", with: "mix: { phnoe: 100% }")
            .replacingOccurrences(of: "skills: [phone]", with: "skills: [phone, fax]"))
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "m.yaml:7:10: demand.mix: unknown channel 'phnoe'; did you mean 'phone'?",
            "m.yaml:7:8: demand.mix: channel 'phone' has no share; give it 0% if it gets no contacts",
            "m.yaml:9:27: agent_groups.team.skills.1: unknown channel 'fax'; expected one of: phone",
        ])
    }

    func test_mixNotAddingUpTo100_isReported() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", issueExampleModel.replacingOccurrences(of: "social: 17%", with: "social: 15%"))
        XCTAssertEqual(issues(loading: path, in: sandbox), ["m.yaml:16:8: demand.mix: the shares add up to 98%, not 100%"])
    }

    func test_unknownRoutingPolicy_listsTheKnownOnes() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", smallModel + "routing: { policy: longest_idel, contact_selection: random }\n")
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "m.yaml:10:20: routing.policy: unknown routing policy 'longest_idel'; did you mean 'longest_idle'?",
            "m.yaml:10:53: routing.contact_selection: unknown contact selection 'random'; expected one of: channel_priority, oldest_first",
        ])
    }

    func test_emptyBinaryAndMissingFiles() throws {
        let sandbox = try FileSandbox()
        let empty = try sandbox.write("empty.yaml", "# nothing but a comment\n")
        XCTAssertEqual(issues(loading: empty, in: sandbox), [
            "empty.yaml: the file is empty; a model needs name, channels, demand and agent_groups, a scenario needs name, base and changes",
        ])
        let binary = sandbox.path("garbage.yaml")
        try Data([0x6e, 0x00, 0xff, 0xfe, 0x01]).write(to: URL(fileURLWithPath: binary))
        XCTAssertEqual(issues(loading: binary, in: sandbox), ["garbage.yaml:1:2: not a YAML text file: a NUL byte (binary data, or another encoding than UTF-8)"])
        let invalidUTF8 = sandbox.path("latin1.yaml")
        try Data([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xe9, 0x0a]).write(to: URL(fileURLWithPath: invalidUTF8))
        XCTAssertEqual(issues(loading: invalidUTF8, in: sandbox), ["latin1.yaml:1:7: not a YAML text file: a byte that is not UTF-8 (binary data, or another encoding than UTF-8)"])
        XCTAssertEqual(issues(loading: sandbox.path("nope.yaml"), in: sandbox), ["nope.yaml: no such file"])
    }

    func test_missingCSV_isReportedAtTheLineThatNamesIt() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", smallModel.replacingOccurrences(of: "agents: 10, hours: \"08:00-12:00\"", with: "staffing: staff/team.csv"))
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "m.yaml:9:38: agent_groups.team.staffing: the staffing file 'staff/team.csv' does not exist (looked for staff/team.csv)",
        ])
    }

    func test_badCSVRows_areReportedInTheCSV() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("team.csv", "interval_start,agents\n08:00,x\n8 o'clock,3\n")
        let path = try sandbox.write("m.yaml", smallModel.replacingOccurrences(of: "agents: 10, hours: \"08:00-12:00\"", with: "staffing: team.csv"))
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "team.csv:2:2: column 'agents': 'x' is not a whole number of agents",
            "team.csv:3:1: column 'interval_start': '8 o'clock' is not an interval start; write HH:MM or YYYY-MM-DD HH:MM",
        ])
    }

    func test_missingBase_namesTheScenarioLine() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("s.yaml", "name: S\nbase: ../models/none.yaml\nchanges: []\n")
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "s.yaml:2:7: base: the base file '../models/none.yaml' does not exist (looked for \(RelativePath.normalize(sandbox.directory.path + "/../models/none.yaml")))",
        ])
    }

    func test_cycleOfBases_isDetected() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("a.yaml", "name: A\nbase: b.yaml\nchanges: []\n")
        try sandbox.write("b.yaml", "name: B\nbase: a.yaml\nchanges: []\n")
        XCTAssertEqual(issues(loading: sandbox.path("a.yaml"), in: sandbox),
                       ["b.yaml:2:7: base: 'a.yaml' makes a cycle of bases: a.yaml -> b.yaml -> a.yaml"])
    }

    func test_scenarioErrors_unknownChange_unknownGroup_andMovingTooMany() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("m.yaml", issueExampleModel)
        let path = try sandbox.write("s.yaml", """
            name: S
            base: m.yaml
            changes:
              - move_agent: { from: phone, to: digital, count: 20 }
              - move_agents: { from: phone, to: digtal, count: 20 }
              - move_agents: { from: email, to: digital, count: 14 }
              - scale_demand: { channel: email, factor: 65% }
            """)
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "s.yaml:4:5: changes.0: unknown change 'move_agent'; did you mean 'move_agents'?",
            "s.yaml:7:45: changes.3.scale_demand.factor: '65%' is ambiguous; write +65% for growth or a factor like 1.65",
            "s.yaml:5:37: changes.1.move_agents.to: unknown group 'digtal'; did you mean 'digital'?",
            "s.yaml:6:53: changes.2.move_agents.count: cannot move 14 agents: group 'email' has at most 13 on duty",
        ])
    }

    func test_setValues_areCheckedLikeTheModelsOwn_atTheScenariosLine() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("m.yaml", issueExampleModel)
        let path = try sandbox.write("s.yaml", """
            name: S
            base: m.yaml
            changes:
              - set: { path: channels.messaging.concurrency, value: many }
              - set: { path: channels.mesaging.concurrency, value: 4 }
            """)
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "s.yaml:5:18: changes.1.set.path: cannot set 'channels.mesaging.concurrency': 'channels' has no key 'mesaging'; "
                + "did you mean 'messaging'?",
            "s.yaml:4:57: channels.messaging.concurrency: expected a number of sessions, found 'many'",
        ])
    }

    func test_modelProblems_areReportedToo() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", smallModel.replacingOccurrences(of: "skills: [phone]", with: "skills: [{ channel: phone }]")
            .replacingOccurrences(of: "  phone: { kind", with: "  chat: { kind: chat, handle_time: 5m, service_level: 80% within 20s }\n  phone: { kind")
            .replacingOccurrences(of: "mix: { phone: 100% }", with: "mix: { phone: 50%, chat: 50% }"))
        XCTAssertEqual(issues(loading: path, in: sandbox), ["m.yaml:4:3: channels.chat: the channel has arrivals but no agent group with this skill"])
    }
}

/// Every problem is one line that starts with its location, whatever the input quoted in it holds.
final class FileIssueLineTests: XCTestCase {
    func test_controlCharactersInAMessage_areEscaped_soEveryLineStartsWithALocation() {
        let issue = FileIssue(file: "f.csv", line: 99, column: 5, message: "column 'patience': '\"\n2026-11-23 18:00,phone\r\t\u{1}' is bad")
        XCTAssertEqual(issue.description.split(separator: "\n").count, 1)
        XCTAssertTrue(issue.description.hasPrefix("f.csv:99:5: "))
        XCTAssertTrue(issue.description.contains("\\n2026-11-23 18:00,phone\\r\\t\\u{1}"))
        let long = FileIssue(file: "f", message: String(repeating: "x", count: 5000) + "\n")
        XCTAssertLessThan(long.description.count, 2100)
    }
}
