import ContactCenter
@testable import Planner
import Queueing
import XCTest

final class TargetsModeTests: XCTestCase {
    /// A single queue in one interval: the plan equals the exact Erlang A staffing +-1 agent.
    func testSingleQueueMatchesErlangAWithinOneAgent() throws {
        let loaded = try fixtureModel("one-interval-queue.yaml")
        let result = try Planner.plan(loaded, settings: testSettings(search: 20))
        let erlang = try StaffingSolver.solve(load: 240 * 300 / 86400 * 24, aht: 300, model: .erlangA(patience: 120),
                                              targets: StaffingTargets(serviceLevel: ServiceLevelTarget(fraction: 0.8, threshold: 20)))
        let planned = result.plan.pattern.agents[0][10]
        XCTAssertEqual(result.analytic.pattern.agents[0][10], erlang.agents)
        XCTAssertLessThanOrEqual(abs(planned - erlang.agents), 1, "plan \(planned), Erlang A \(erlang.agents)")
        XCTAssertEqual(result.plan.pattern.agents[0].reduce(0, +), planned, "nobody outside the open hour")
    }

    /// Multi-skill pays: on an N-design the simulation-based plan costs less than per-channel Erlang
    /// staffing (the saving's paired interval excludes zero), and no cell is significantly below its
    /// target on independent replications.
    func testNDesignPlanCostsLessThanPerChannelErlang() throws {
        let loaded = try fixtureModel("n-design.yaml")
        let result = try Planner.plan(loaded, settings: testSettings())
        let planCost = result.costPerDay(result.plan.pattern)
        let analyticCost = result.costPerDay(result.analytic.pattern)
        XCTAssertLessThan(planCost, analyticCost)
        let saving = try XCTUnwrap(result.costChangeVersusAnalytic)
        XCTAssertLessThan(saving.mean + (saving.ci95 ?? .infinity), 0, "simulated saving excludes zero")
        // The search meets the targets on its own sample; on independent replications no cell may be
        // significantly below its target (a borderline cell can miss on average).
        for check in result.plan.cells {
            for m in check.measures {
                let e = try XCTUnwrap(m.estimate)
                let slack = e.ci95 ?? 0
                XCTAssertTrue(m.target.isLowerBound ? e.mean + slack >= m.target.bound : e.mean - slack <= m.target.bound,
                              "\(check.cell) \(m.target): \(e.mean) ± \(slack)")
            }
        }
        // The billing channel's max_abandon is a target of every billing cell.
        let billing = result.cells.filter { $0.channel == 1 && $0.interval != nil }
        XCTAssertFalse(billing.isEmpty)
        XCTAssertTrue(billing.allSatisfy { $0.targets.contains(.maxAbandon(0.1)) })
    }

    /// Same model and seed: the same plan whatever the number of threads.
    func testThePlanDoesNotDependOnJobs() throws {
        let loaded = try fixtureModel("n-design.yaml")
        var one = testSettings(search: 5, check: 5)
        one.jobs = 1
        var two = one
        two.jobs = 2
        let a = try Planner.plan(loaded, settings: one), b = try Planner.plan(loaded, settings: two)
        XCTAssertEqual(a.plan.pattern, b.plan.pattern)
        XCTAssertEqual(a.statistics.patternsSimulated, b.statistics.patternsSimulated)
    }

    /// A deferred target that no staffing meets (email around the clock, 1h target, a 09-17 team) is
    /// refused at the target's line in the model file.
    func testUnreachableDeferredTargetIsALocatedError() throws {
        let loaded = try fixtureModel("deferred-unreachable.yaml")
        XCTAssertThrowsError(try Planner.plan(loaded, settings: testSettings(search: 2, check: 2))) { error in
            let issues = (error as? FileErrors)?.issues ?? []
            XCTAssertEqual(issues.count, 1)
            XCTAssertEqual(issues.first?.line, 6)
            XCTAssertTrue(issues.first?.file.hasSuffix("deferred-unreachable.yaml") ?? false)
            XCTAssertTrue(issues.first?.message.hasPrefix("channels.email.service_level: cannot be met at any staffing") ?? false,
                          "\(issues)")
        }
    }
}
