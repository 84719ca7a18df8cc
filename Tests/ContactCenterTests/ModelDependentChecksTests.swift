import XCTest
@testable import ContactCenter

/// A mistake is reported once, where it is written: checks that consult a part that failed to
/// decode (a channel, the list of channels or groups, a change that did not apply) stay silent
/// instead of reporting a false consequence of it.
final class ModelDependentChecksTests: XCTestCase {
    func test_aVoiceChannelWithATypo_doesNotMakeItsGroupLoseItsVoiceSkill() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", smallModel
            .replacingOccurrences(of: "handle_time: 5m", with: "handel_time: 5m")
            .replacingOccurrences(of: "agents: 10,", with: "agents: 10, voice_reserve: 2,"))
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "m.yaml:4:47: channels.phone: unknown key 'handel_time'; did you mean 'handle_time'?",
        ])
    }

    func test_channelsThatAreNotAMapping_doNotMakeEveryReferenceUnknown() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", smallModel
            .replacingOccurrences(of: "  phone: { kind: voice, hours: \"08:00-12:00\", handle_time: 5m, service_level: 80% within 20s }",
                                  with: "  - phone")
            .replacingOccurrences(of: "  mix: { phone: 100% }", with: "  mix: { phone: 100% }\n  profile: { phone: [1, 2] }"))
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "m.yaml:4:3: channels: expected a mapping of channels by name, found a list",
        ])
        // Without channels at all, the same: one problem, not one per reference.
        let missing = try sandbox.write("n.yaml", smallModel.replacingOccurrences(
            of: "channels:\n  phone: { kind: voice, hours: \"08:00-12:00\", handle_time: 5m, service_level: 80% within 20s }\n", with: ""))
        XCTAssertEqual(issues(loading: missing, in: sandbox), ["n.yaml:1:1: missing key 'channels' in the file"])
    }

    func test_aChannelWithBrokenHours_isNotCheckedAgainstTheForecast() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("day.csv", "interval_start,channel,volume,aht\n07:00,phone,10,5m\n08:00,phone,50,5m\n")
        let path = try sandbox.write("m.yaml", smallModel
            .replacingOccurrences(of: "hours: \"08:00-12:00\", handle_time", with: "hours: \"8 to 12\", handle_time")
            .replacingOccurrences(of: "  contacts_per_day: 480\n  mix: { phone: 100% }", with: "  forecast: day.csv"))
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "m.yaml:4:32: channels.phone.hours: '8 to 12' is not opening hours; write e.g. \"08:00-20:00\" (\"00:00-24:00\" for around the clock)",
        ])
        // With the hours right but another part of the channel wrong, the forecast is still checked against them.
        let other = try sandbox.write("n.yaml", smallModel
            .replacingOccurrences(of: "handle_time: 5m", with: "handle_time: 5")
            .replacingOccurrences(of: "  contacts_per_day: 480\n  mix: { phone: 100% }", with: "  forecast: day.csv"))
        XCTAssertEqual(issues(loading: other, in: sandbox).count, 2)
        XCTAssertTrue(issues(loading: other, in: sandbox).contains("day.csv:2: 10 phone contacts at 07:00, when the channel is closed (hours 08:00-12:00)"))
    }

    func test_setStaffing_onAGroupListThatIsBroken_isNotAnUnknownGroup() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("m.yaml", smallModel.replacingOccurrences(of: "  team: { skills: [phone], agents: 10, hours: \"08:00-12:00\" }",
                                                                      with: "  - team"))
        let path = try sandbox.write("s.yaml", """
            name: S
            base: m.yaml
            changes:
              - set_staffing: { group: team, agents: 4 }
              - move_agents: { from: team, to: other, count: 1 }
            """)
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "m.yaml:9:3: agent_groups: expected a mapping of agent groups by name, found a list",
        ])
    }

    func test_aChangeThatFailed_silencesChecksOnTheGroupsItNamed() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("m.yaml", issueExampleModel)
        // Change 0 failed on phone's skills: whether 100 phone agents can move is unknown (and so is
        // digital's staffing after that move), but email is untouched, so moving 50 of its 13 is still wrong.
        let path = try sandbox.write("s.yaml", """
            name: S
            base: m.yaml
            changes:
              - set: { path: agent_groups.phone.skills.3, value: email }
              - move_agents: { from: phone, to: digital, count: 100 }
              - move_agents: { from: email, to: digital, count: 50 }
            """)
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "s.yaml:4:18: changes.0.set.path: cannot set 'agent_groups.phone.skills.3': 'agent_groups.phone.skills' is a list "
                + "of 1 item; '3' is not an index from 0 to 1",
            "s.yaml:6:53: changes.2.move_agents.count: cannot move 50 agents: group 'email' has at most 13 on duty",
        ])
    }

    func test_aMisspeltGroup_standsForTheGroupSuggested_andANameLikeNoGroupForAny() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("m.yaml", issueExampleModel)
        // Had change 0 reached 'email' (13 agents), moving 20 of them would be fine.
        let misspelt = try sandbox.write("s.yaml", """
            name: S
            base: m.yaml
            changes:
              - move_agents: { from: phone, to: emial, count: 10 }
              - move_agents: { from: email, to: digital, count: 20 }
              - scale_demand: { channel: emial, factor: 1.1 }
            """)
        XCTAssertEqual(issues(loading: misspelt, in: sandbox), [
            "s.yaml:4:37: changes.0.move_agents.to: unknown group 'emial'; did you mean 'email'?",
            "s.yaml:6:30: changes.2.scale_demand.channel: unknown channel 'emial'; did you mean 'email'?",
        ])
        // 'backoffice' could be any group: no check on a group's staffing or skills follows it.
        let unknown = try sandbox.write("t.yaml", """
            name: T
            base: m.yaml
            changes:
              - move_agents: { from: phone, to: backoffice, count: 10 }
              - move_agents: { from: digital, to: email, count: 20 }
              - add_skill: { group: digital, channel: messaging }
            """)
        XCTAssertEqual(issues(loading: unknown, in: sandbox), [
            "t.yaml:4:37: changes.0.move_agents.to: unknown group 'backoffice'; expected one of: phone, email, digital",
        ])
    }
}
