import ContactCenter
import Foundation
import XCTest

// docs/ROUTING.md's worked example, written as a researcher outside ccsim writes it: with a plain
// `import ContactCenter` (not `@testable`), so it compiles only against the public API. ROUTING.md
// quotes this file; DocsFragmentTests fails when a quoted line is no longer here.

struct LastGroupFirst: AgentSelection {
    func selectAgent(for contact: Int, on floor: borrowing Floor, permissions: some RoutingPermissions) -> Int? {
        let channel = Int(floor.contact(contact).channel)
        for position in floor.groups(answering: channel).reversed() {
            let eligibility = floor.eligibility(at: position)
            if let agent = floor.longestIdleAgent(Int(eligibility.group)),
               permissions.permits(contact: contact, agent: agent, skill: eligibility.skill, floor: floor) {
                return agent
            }
        }
        return nil
    }
}

final class RoutingExtensionTests: XCTestCase {
    /// The policy is registered, named by a model file, and run from the researcher's own code
    /// (the `ccsim` command knows only the built-in policies); the group listed last answers most.
    func test_aPolicyAddedInOneFile_isSelectableFromAModelFile() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("two-teams.yaml", """
            name: Two teams
            horizon: { days: 1, interval: 1h }
            channels:
              phone: { kind: voice, handle_time: { exponential: { mean: 5m } }, service_level: 80% within 20s }
            demand: { contacts_per_day: 1500, mix: { phone: 100% } }
            agent_groups:
              first:  { skills: [phone], agents: 8 }
              second: { skills: [phone], agents: 8 }
            routing: { policy: last_group_first }
            """)

        RoutingRegistry.register(agentSelection: "last_group_first", LastGroupFirst())
        let model = try ModelLoader.load(path: path).model       // path: a model naming last_group_first
        let summary = SimulationSummary(model: model, replications: Replications.run(model, count: 5, seed: 1, jobs: 2))
        print("handled by the group listed last:", summary.group("second", .handled)!.mean)

        XCTAssertEqual(model.routing.agentSelection, "last_group_first")
        let first = summary.group("first", .handled)!.mean, second = summary.group("second", .handled)!.mean
        XCTAssertGreaterThan(second / (first + second), 0.75)
        XCTAssertTrue(ModelLoader.validate(paths: [path]).isEmpty)
    }
}
