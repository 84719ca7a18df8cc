import XCTest
@testable import ContactCenter

/// Warnings: inputs that are legal but almost surely wrong load (the model runs) and come back
/// located, as `FILE:LINE:COLUMN: warning: message`.
final class ModelWarningTests: XCTestCase {
    /// The warnings of loading `path`, with the sandbox directory removed.
    func warnings(_ path: String, _ sandbox: FileSandbox, file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        try ModelLoader.load(path: path).warnings.map { $0.description.replacingOccurrences(of: sandbox.directory.path + "/", with: "") }
    }

    func test_aSoundModel_hasNoWarnings_andNeitherHaveTheShippedFiles() throws {
        let sandbox = try FileSandbox()
        XCTAssertEqual(try warnings(try sandbox.write("m.yaml", smallModel), sandbox), [])
        XCTAssertEqual(try warnings(try sandbox.write("i.yaml", issueExampleModel), sandbox), [])
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var paths: [String] = []
        for folder in ["models", "scenarios"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)
            paths += names.filter { $0.hasSuffix(".yaml") }.map { root.appendingPathComponent(folder).appendingPathComponent($0).path }
        }
        XCTAssertEqual(ModelLoader.warnings(paths: paths), [])
    }

    func test_aGroupWithNoAgentsAtAnyTime() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", smallModel.replacingOccurrences(
            of: "  team: { skills: [phone], agents: 10, hours: \"08:00-12:00\" }",
            with: "  team: { skills: [phone], agents: 10, hours: \"08:00-12:00\" }\n  spare: { skills: [phone], shifts: [{ start: \"08:00\", end: \"12:00\", agents: 0 }] }"))
        XCTAssertEqual(try warnings(path, sandbox), [
            "m.yaml:10:37: warning: agent_groups.spare: the group has no agents on duty at any time, so it answers nothing; "
                + "give it agents (or remove it)",
        ])
    }

    func test_aChannelWithContactsWhenNobodyWithItsSkillIsOnDuty() throws {
        let sandbox = try FileSandbox()
        // The phone opens at 08:00 but the team starts at 09:00; the deferred channel is worked next day.
        let path = try sandbox.write("m.yaml", smallModel
            .replacingOccurrences(of: "agents: 10, hours: \"08:00-12:00\"", with: "agents: 10, hours: \"09:00-12:00\"")
            .replacingOccurrences(of: "  phone: { kind", with: "  email: { kind: deferred, handle_time: 5m, service_level: 80% within 1d }\n  phone: { kind")
            .replacingOccurrences(of: "mix: { phone: 100% }", with: "mix: { phone: 90%, email: 10% }")
            .replacingOccurrences(of: "skills: [phone]", with: "skills: [phone, email]"))
        XCTAssertEqual(try warnings(path, sandbox), [
            "m.yaml:5:3: warning: channels.phone: contacts arrive in 1 interval when nobody with this skill is on duty "
                + "(the first: day 1, 08:00-09:00); they wait or abandon there",
        ])
        // A deferred channel nobody ever works is warned about.
        let never = try sandbox.write("n.yaml", smallModel
            .replacingOccurrences(of: "  phone: { kind", with: "  email: { kind: deferred, handle_time: 5m, service_level: 80% within 1d }\n  phone: { kind")
            .replacingOccurrences(of: "mix: { phone: 100% }", with: "mix: { phone: 90%, email: 10% }")
            .replacingOccurrences(of: "  team: { skills: [phone], agents: 10, hours: \"08:00-12:00\" }",
                                  with: "  team: { skills: [phone], agents: 10, hours: \"08:00-12:00\" }\n  back: { skills: [email], agents: 0 }"))
        XCTAssertEqual(try warnings(never, sandbox), [
            "n.yaml:11:36: warning: agent_groups.back: the group has no agents on duty at any time, so it answers nothing; "
                + "give it agents (or remove it)",
            "n.yaml:4:3: warning: channels.email: contacts arrive but nobody with this skill is on duty at any time, so the backlog only grows",
        ])
    }

    func test_scaleDemandByABareFactorOf10OrMore_andAMoveThatEmptiesAGroup() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("m.yaml", issueExampleModel)
        let path = try sandbox.write("s.yaml", """
            name: S
            base: m.yaml
            changes:
              - scale_demand: { channel: email, factor: 250 }
              - scale_demand: { channel: social, factor: 2 }
              - scale_demand: { channel: messaging, factor: +250% }
              - move_agents: { from: email, to: digital, count: 13 }
            """)
        XCTAssertEqual(try warnings(path, sandbox), [
            "s.yaml:4:45: warning: changes.0.scale_demand.factor: 250 multiplies the demand by 250 (+24900%); did you mean +250%?",
            "s.yaml:7:53: warning: changes.3.move_agents.count: moving 13 agents leaves group 'email' with no agents at any time, "
                + "so it answers nothing (move fewer to keep it working)",
            // Caused by the move, so reported there (ChangeAttributionTests).
            "s.yaml:7:5: warning: changes.3.move_agents: with this change, channels.email: contacts arrive but nobody with this skill "
                + "is on duty at any time, so the backlog only grows (m.yaml:12:3)",
        ])
    }

    func test_aFileWithProblems_stillCarriesItsWarnings_forValidate() throws {
        let sandbox = try FileSandbox()
        try sandbox.write("m.yaml", issueExampleModel)
        let path = try sandbox.write("s.yaml", """
            name: S
            base: m.yaml
            changes:
              - scale_demand: { channel: email, factor: 65 }
              - move_agents: { from: phone, to: digtal, count: 1 }
            """)
        XCTAssertThrowsError(try ModelLoader.load(path: path)) { error in
            let errors = error as? FileErrors
            XCTAssertEqual(errors?.issues.count, 1)
            XCTAssertEqual(errors?.warnings.map(\.message), ["changes.0.scale_demand.factor: 65 multiplies the demand by 65 (+6400%); did you mean +65%?"])
        }
    }
}
