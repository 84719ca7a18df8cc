import ContactCenter
@testable import Planner
import XCTest

/// The plan is of scheduled agents, of whom each group's shrinkage leaves fewer available: the
/// planner's simulations and its analytic start must both apply it.
final class PlannerShrinkageTests: XCTestCase {
    /// The padded window (deferred work) keeps every group's available agents on every day.
    func testTheSteadyStateWindow_keepsEachGroupsShrinkage_onThePaddedDays() throws {
        let model = try fixtureModel("shrinkage-with-email.yaml").model
        let window = SteadyStateWindow(model)
        XCTAssertEqual(window.measuredDays, 1..<2)
        let perDay = model.intervalsPerDay
        for day in 0..<3 {
            XCTAssertEqual(Array(window.model.groups[0].staffing[day * perDay..<(day + 1) * perDay]), model.groups[0].staffing, "day \(day)")
            XCTAssertEqual(Array(window.model.groups[0].scheduled[day * perDay..<(day + 1) * perDay]), model.groups[0].scheduled)
        }
        XCTAssertEqual(model.groups[0].staffing.max(), 6, "70% of 20 away")
        // A pattern applied to the window keeps the shrinkage too: 20 scheduled, 6 available.
        let today = StaffingPattern(currentStaffingOf: model).applied(to: window.model)
        XCTAssertEqual(today.groups[0].staffing[perDay + 20], 6)
    }

    /// "Today" in the plan's check reads what `ccsim run` reads (27% service level, not 75%).
    func testTodaysCheck_seesTheAgentsShrinkageLeaves() throws {
        let loaded = try fixtureModel("shrinkage-with-email.yaml")
        let model = loaded.model
        let cells = PlanCell.cells(of: model)
        let check = Verification.run(StaffingPattern(currentStaffingOf: model), model: model, cells: cells, replications: 10, seed: 5, jobs: 2)
        let run = try Replications.summarize(model, count: 10, seed: 5, jobs: 2).summary()
        let simulated = try XCTUnwrap(run.channel("phone", .serviceLevel))
        let phoneCells = check.cells.filter { $0.cell.channel == 0 }
        let pooled = phoneCells.compactMap { $0.measures.first?.estimate?.mean }
        XCTAssertEqual(pooled.count, 24)
        let mean = pooled.reduce(0, +) / Double(pooled.count)
        XCTAssertLessThan(mean, 0.5, "today's 6 available phone agents miss the target in every interval (run: \(simulated.mean))")
        XCTAssertLessThan(simulated.mean, 0.5)
    }

    /// Erlang's agents answering become agents on the schedule: 70% away needs 1/0.3 as many.
    func testThePerChannelErlangStart_schedulesForTheShrinkage() throws {
        var loaded = try fixtureModel("shrinkage-with-email.yaml")
        let withShrinkage = try Planner.requirement(loaded)
        var group = loaded.model.groups[0]
        group.staffing = group.scheduled   // the same schedule without shrinkage
        loaded.model.groups[0] = group
        let without = try Planner.requirement(loaded)
        for k in 0..<loaded.model.intervalsPerDay where without.channelAgents[0][k] > 0 {
            let expected = Int((Double(without.channelAgents[0][k]) / 0.3 - 1e-9).rounded(.up))
            XCTAssertEqual(withShrinkage.channelAgents[0][k], expected, "interval \(k)")
            XCTAssertEqual(withShrinkage.pattern.agents[0][k], expected)
        }
    }
}
