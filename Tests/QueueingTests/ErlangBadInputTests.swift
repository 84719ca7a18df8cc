import XCTest
@testable import Queueing

final class ErlangBadInputTests: XCTestCase {
    func test_nonPositiveOrNonFiniteInputs_throwNamingTheParameter() {
        let cases: [(String, () throws -> Any)] = [
            ("load", { try ErlangB.blocking(agents: 5, load: 0) }),
            ("load", { try ErlangB.blocking(agents: 5, load: -1) }),
            ("agents", { try ErlangB.blocking(agents: .nan, load: 3) }),
            ("aht", { try ErlangC.metrics(agents: 5, load: 3, aht: 0, target: 20) }),
            ("target", { try ErlangC.metrics(agents: 5, load: 3, aht: 300, target: -1) }),
            ("patience", { try ErlangA.metrics(agents: 5, load: 3, aht: 300, patience: .infinity, target: 20) }),
            ("agents", { try ErlangA.metrics(agents: 0, load: 3, aht: 300, patience: 60, target: 20) }),
        ]
        for (name, call) in cases {
            XCTAssertThrowsError(try call()) { error in
                guard case let QueueingError.invalidParameter(param, _, _) = error else {
                    return XCTFail("expected invalidParameter for \(name), got \(error)")
                }
                XCTAssertEqual(param, name)
            }
        }
    }

    func test_erlangC_atOrAboveCapacity_saysTheQueueIsUnstable() {
        XCTAssertThrowsError(try ErlangC.metrics(agents: 10, load: 10, aht: 300, target: 20)) { error in
            XCTAssertEqual(error as? QueueingError, .unstable(agents: 10, load: 10))
            XCTAssertTrue("\(error)".contains("waits grow without bound"))
        }
    }

    func test_erlangA_overloaded_isFiniteAndConsistent() throws {
        let m = try ErlangA.metrics(agents: 50, load: 100, aht: 300, patience: 60, target: 20)
        for v in [m.pWait, m.pAbandon, m.serviceLevel, m.asa, m.meanWaitAll, m.meanQueueLength, m.occupancy] {
            XCTAssertTrue(v.isFinite)
        }
        // Half the offered work at most can be served: abandonment is at least 50%.
        XCTAssertGreaterThan(m.pAbandon, 0.5)
        XCTAssertLessThanOrEqual(m.occupancy, 1)
        // Flow balance: served work equals busy agents.
        XCTAssertEqual(m.occupancy * 50, 100 * (1 - m.pAbandon), accuracy: 1e-9)
    }

    func test_erlangB_farAboveTheLoad_underflowsToZeroNotNaN() throws {
        XCTAssertEqual(try ErlangB.blocking(agents: 100_000, load: 1), 0)
        let m = try ErlangA.metrics(agents: 100_000, load: 1, aht: 300, patience: 60, target: 20)
        XCTAssertEqual(m.serviceLevel, 1)
        XCTAssertEqual(m.pWait, 0)
    }
}
