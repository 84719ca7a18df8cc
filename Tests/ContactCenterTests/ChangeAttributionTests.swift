import XCTest
@testable import ContactCenter

/// A problem that a scenario's change or a `--set` causes somewhere else in the model is reported at
/// that change, with the place it shows in; the base model's own problems stay where they are.
/// (Found by fuzzing: a scenario's `set` that took a channel's only group off it was reported at
/// the channel in the base model, and `--set demand.contacts_per_day=1e-308` at the model's
/// `customer_limit`, as if the model file were wrong.)
final class ChangeAttributionTests: XCTestCase {
    func test_aScenariosSet_thatBreaksAnotherPartOfTheModel_isReportedAtTheSet() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("m.yaml", issueExampleModel)
        let path = try sandbox.write("s.yaml", """
            name: S
            base: m.yaml
            changes:
              - set: { path: agent_groups.phone.agents, value: 70 }
              - set: { path: agent_groups.digital.skills, value: [social] }
            """)
        XCTAssertEqual(issues(loading: path, in: sandbox), [
            "s.yaml:5:5: changes.1.set: with this change, channels.messaging: the channel has arrivals but no agent group "
                + "with this skill (m.yaml:7:3)",
        ])
    }

    func test_aChangedIntervalLength_isReportedAtTheChange_forEveryHoursItBreaks() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("m.yaml", smallModel)
        let path = try sandbox.write("s.yaml", """
            name: S
            base: m.yaml
            changes:
              - set: { path: horizon.interval, value: 45m }
            """)
        let found = issues(loading: path, in: sandbox)
        XCTAssertEqual(found.count, 2, "\(found)")
        for issue in found {
            XCTAssertTrue(issue.hasPrefix("s.yaml:4:5: changes.0.set: with this change, "), issue)
            XCTAssertTrue(issue.contains("must start and end on 45m interval boundaries"), issue)
        }
        XCTAssertTrue(found[0].hasSuffix("(m.yaml:4:32)"), found[0])
    }

    func test_aScenarioThatBreaksItsBaseScenariosChange_isReportedAtItsOwnChange() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("m.yaml", issueExampleModel)
        try sandbox.write("a.yaml", """
            name: A
            base: m.yaml
            changes:
              - move_agents: { from: phone, to: digital, count: 5 }
            """)
        let path = try sandbox.write("b.yaml", """
            name: B
            base: a.yaml
            changes:
              - set: { path: agent_groups.phone.agents, value: 2 }
            """)
        let found = issues(loading: path, in: sandbox)
        XCTAssertEqual(found.count, 1, "\(found)")
        XCTAssertTrue(found[0].hasPrefix("b.yaml:4:5: changes.0.set: with this change, changes.0.move_agents.count: cannot move 5 agents"),
                      found[0])
        XCTAssertTrue(found[0].hasSuffix("(a.yaml:4:53)"), found[0])
    }

    func test_anOverride_thatMakesADerivedQuantityInvalid_isReportedAtTheOverride() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("q.yaml", """
            name: Q
            horizon: { days: 1, interval: 1h }
            simulation: { replications: 2, seed: 1, warmup: 0s, customer_limit: 1000 }
            channels:
              calls: { kind: voice, hours: "00:00-24:00", handle_time: 5m, service_level: 80% within 20s }
            demand:
              contacts_per_day: 1000
              mix: { calls: 100% }
            agent_groups:
              agents: { skills: [calls], agents: 10, hours: "00:00-24:00" }
            """)
        let found = issues(loading: path, in: sandbox, overrides: [ParameterOverride(path: "demand.contacts_per_day", value: "1e-308")])
        XCTAssertEqual(found.count, 1, "\(found)")
        XCTAssertTrue(found[0].hasPrefix("--set demand.contacts_per_day=1e-308: with this change, simulation.customer_limit: "), found[0])
        XCTAssertTrue(found[0].hasSuffix("(q.yaml:3:69)"), found[0])
    }

    func test_problemsAndWarningsOfTheBaseItself_stayAtTheBase_andAValueAChangeWroteStaysAtTheValue() throws {
        let sandbox = try FileSandbox()
        // The base itself has a problem (mix not 100%); the scenario's change is unrelated.
        try sandbox.write("m.yaml", smallModel.replacingOccurrences(of: "phone: 100%", with: "phone: 90%"))
        let path = try sandbox.write("s.yaml", """
            name: S
            base: m.yaml
            changes:
              - set: { path: agent_groups.team.agents, value: -5 }
            """)
        let found = issues(loading: path, in: sandbox)
        XCTAssertEqual(found, ["m.yaml:7:8: demand.mix: the shares add up to 90%, not 100%",
                               "s.yaml:4:51: agent_groups.team.agents: -5 must be at least 0"])
        try sandbox.write("m.yaml", smallModel.replacingOccurrences(of: "phone: 100%", with: "phone: 90%"))
        let path2 = try sandbox.write("s2.yaml", """
            name: S
            base: m.yaml
            changes:
              - set: { path: agent_groups.team.agents, value: 5 }
            """)
        let base = issues(loading: path2, in: sandbox)
        XCTAssertEqual(base.count, 1, "\(base)")
        XCTAssertTrue(base[0].hasPrefix("m.yaml:"), "the base's own problem is the base's: \(base)")
    }

    func test_aWarningCausedByAChange_isAtTheChange() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("m.yaml", smallModel)
        let path = try sandbox.write("s.yaml", """
            name: S
            base: m.yaml
            changes:
              - set: { path: agent_groups.team.hours, value: "10:00-12:00" }
            """)
        let loaded = try ModelLoader.load(path: path)
        let warnings = loaded.warnings.map { $0.description.replacingOccurrences(of: sandbox.directory.path + "/", with: "") }
        XCTAssertFalse(warnings.isEmpty)
        for warning in warnings {
            XCTAssertTrue(warning.hasPrefix("s.yaml:4:5: warning: changes.0.set: with this change, channels.phone:"), warning)
        }
    }

    func test_amongManyChanges_theOneThatCausedIt_isNamed_quickly() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("m.yaml", issueExampleModel)
        let before = (0..<100).map { "  - set: { path: agent_groups.phone.cost_per_hour, value: \($0 + 1) }" }
        let after = (0..<100).map { "  - set: { path: agent_groups.email.cost_per_hour, value: \($0 + 1) }" }
        let path = try sandbox.write("s.yaml", (["name: S", "base: m.yaml", "changes:"] + before
                                                + ["  - set: { path: agent_groups.digital.skills, value: [social] }"] + after).joined(separator: "\n"))
        let started = Date()
        let found = issues(loading: path, in: sandbox)
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
        XCTAssertEqual(found, ["s.yaml:104:5: changes.100.set: with this change, channels.messaging: the channel has arrivals but no agent group "
                               + "with this skill (m.yaml:7:3)"])
    }

    /// A later stage (the planner) locating a value finds it where a scenario's `set` or a `--set` wrote it,
    /// not in the base model. (Found next to the above: `plan --set channels.email.service_level=...` named
    /// the base model's service-level line.)
    func test_aValueLocatedLater_isFoundWhereTheChangeOrOverrideWroteIt() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("m.yaml", issueExampleModel)
        let path = try sandbox.write("s.yaml", """
            name: S
            base: m.yaml
            changes:
              - set: { path: channels.email.service_level, value: 99% within 1h }
              - set: { path: channels.phone, value: { kind: voice, hours: "08:00-20:00", handle_time: 5m, service_level: 80% within 30s } }
              - set_staffing: { group: email, agents: 20, hours: "09:00-17:00" }
            """)
        let loaded = try ModelLoader.load(path: path)
        func at(_ dotted: String) -> String {
            let location = loaded.location(of: dotted)
            return "\((location.file as NSString).lastPathComponent):\(location.line ?? 0):\(location.column ?? 0)"
        }
        XCTAssertEqual(at("channels.email.service_level"), "s.yaml:4:55")
        XCTAssertEqual(at("channels.phone.service_level"), "s.yaml:5:110")
        XCTAssertEqual(at("agent_groups.email.agents"), "s.yaml:6:43")
        XCTAssertEqual(at("channels.social.service_level"), "m.yaml:11:72", "a value no change wrote is in the base")
        let overridden = try ModelLoader.load(path: path, overrides: [ParameterOverride(path: "channels.email.service_level", value: "90% within 2h")])
        XCTAssertEqual(overridden.location(of: "channels.email.service_level").file, "--set channels.email.service_level=90% within 2h")
    }
}

