import ContactCenter
@testable import Planner
import XCTest

final class StaffingPatternTests: XCTestCase {
    func testAppliedRepeatsTheDayAndCountsHours() {
        let pattern = StaffingPattern(agents: [[1, 2, 0, 3]], intervalLength: 21600)
        XCTAssertEqual(pattern.agentHours(group: 0), 36)
        XCTAssertEqual(pattern.cost(costPerHour: [10]), 360)
        XCTAssertEqual(pattern.adding(-1, group: 0, at: [0, 2]).agents, [[0, 2, 0, 3]])
    }
}
