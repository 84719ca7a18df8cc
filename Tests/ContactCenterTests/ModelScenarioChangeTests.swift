import XCTest
@testable import ContactCenter

/// Every mistake in a scenario's changes is reported at once: a change with a wrong value still
/// has its group and channel names checked against the model.
final class ModelScenarioChangeTests: XCTestCase {
    func test_twoMistakesInEachOfTwoChanges_areAllReported() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("m.yaml", issueExampleModel)
        let path = try sandbox.write("s.yaml", """
            name: S
            base: m.yaml
            changes:
              - add_skill: { group: phone, channel: emial, overflow_after: 30 }
              - scale_demand: { channel: chatt, factor: 250% }
            """)
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "s.yaml:4:64: changes.0.add_skill.overflow_after: '30' has no unit; write e.g. 30s or 30m "
                + "(units: s (sec, seconds), m (min, minutes), h (hr, hours) or d (days))",
            "s.yaml:5:45: changes.1.scale_demand.factor: '250%' is ambiguous; write +250% for growth or a factor like 1.65",
            "s.yaml:4:41: changes.0.add_skill.channel: unknown channel 'emial'; did you mean 'email'?",
            "s.yaml:5:30: changes.1.scale_demand.channel: unknown channel 'chatt'; expected one of: phone, messaging, social, email",
        ])
    }

    func test_aMoveWithABadCountAndUnknownGroups_reportsAllThree() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("m.yaml", issueExampleModel)
        let path = try sandbox.write("s.yaml", """
            name: S
            base: m.yaml
            changes:
              - move_agents: { from: phnoe, to: digtal, count: twenty }
            """)
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "s.yaml:4:52: changes.0.move_agents.count: expected a number of agents, found 'twenty'",
            "s.yaml:4:26: changes.0.move_agents.from: unknown group 'phnoe'; did you mean 'phone'?",
            "s.yaml:4:37: changes.0.move_agents.to: unknown group 'digtal'; did you mean 'digital'?",
        ])
    }

    func test_aGroupAddedByAnEarlierSet_canBeNamedByALaterChange() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("m.yaml", issueExampleModel)
        let path = try sandbox.write("s.yaml", """
            name: S
            base: m.yaml
            changes:
              - set: { path: agent_groups.social, value: { skills: [social], agents: 0, hours: "08:00-22:00" } }
              - move_agents: { from: phone, to: social, count: 5 }
            """)
        let model = try ModelLoader.load(path: path).model
        XCTAssertEqual(model.groups[3].staffing[16], 5)
    }

    /// `--set routing.policy=...` (and a scenario's `set`) on a model without a `routing:` section
    /// starts the section, as `--set "routing={policy: ...}"` did; a mistyped section is still refused.
    func test_settingAKeyOfAnOptionalSectionTheFileLacks_startsTheSection() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", smallModel)
        let loaded = try ModelLoader.load(path: path, overrides: [ParameterOverride(path: "routing.policy", value: "fewest_skills_first")])
        XCTAssertEqual(loaded.routingPolicy, "fewest_skills_first")
        let scenario = try sandbox.write("s.yaml", "name: S\nbase: m.yaml\nchanges:\n  - set: { path: routing.policy, value: fewest_skills_first }\n")
        XCTAssertEqual(try ModelLoader.load(path: scenario).routingPolicy, "fewest_skills_first")
        XCTAssertEqual(issues(loading: path, in: sandbox, overrides: [ParameterOverride(path: "routng.policy", value: "longest_idle")]),
                       ["--set routng.policy=longest_idle: cannot set 'routng.policy': the top level has no key 'routng'; did you mean 'routing'?"])
    }
}
