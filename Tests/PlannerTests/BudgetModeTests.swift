import ContactCenter
@testable import Planner
import XCTest

final class BudgetModeTests: XCTestCase {
    /// A budget below what keeps someone on duty for every channel is refused, naming the minimum.
    func testBudgetBelowTheMinimumIsRefused() throws {
        let loaded = try fixtureModel("n-design.yaml")
        var settings = testSettings(search: 2, check: 2)
        settings.objective = .budgetHours(2)
        XCTAssertThrowsError(try Planner.plan(loaded, settings: settings)) { error in
            let message = (error as? PlannerError)?.description ?? ""
            XCTAssertTrue(message.contains("below the minimum of 4h a day"), message)
        }
    }

    /// The allocation stays within the budget and does better than today's staffing of the same hours.
    func testBudgetIsRespectedAndRealignedBetterThanToday() throws {
        let loaded = try fixtureModel("n-design.yaml")
        var settings = testSettings(search: 10, check: 20)
        let todayHours = loaded.model.currentAgentHoursPerDay
        settings.objective = .budgetHours(todayHours)
        let result = try Planner.plan(loaded, settings: settings)
        XCTAssertLessThanOrEqual(result.plan.pattern.totalAgentHours, todayHours + 1e-9)
        let cells = result.cells
        let planValue = try XCTUnwrap(result.plan.cells.isEmpty ? nil : attainment(result.plan, cells))
        let todayValue = attainment(result.today, cells)
        XCTAssertGreaterThanOrEqual(planValue, todayValue)
    }

    /// A cost budget is spent in money: groups with different costs.
    func testCostBudgetCountsMoney() throws {
        let loaded = try fixtureModel("n-design.yaml")
        var settings = testSettings(search: 5, check: 5)
        settings.objective = .budgetCost(1200)
        let result = try Planner.plan(loaded, settings: settings)
        XCTAssertLessThanOrEqual(result.costPerDay(result.plan.pattern), 1200 + 1e-9)
    }

    private func attainment(_ check: Verification, _ cells: [PlanCell]) -> Double {
        let total = cells.map(\.expectedContacts).reduce(0, +)
        return check.cells.map { c in
            c.cell.expectedContacts * (c.measures.map { $0.target.attainment($0.estimate?.mean) }.min() ?? 1)
        }.reduce(0, +) / total
    }
}
