import XCTest
@testable import Queueing

/// Which target sets a staffing (`binding`), and when a staffing keeps up only because callers abandon.
final class BindingTargetTests: XCTestCase {
    func test_binding_isTheTargetThatOneAgentFewerMisses() throws {
        func solve(_ targets: StaffingTargets, model: QueueModel = .erlangC, load: Double = 100) throws -> StaffingRequirement {
            try StaffingSolver.solve(load: load, aht: 300, model: model, targets: targets)
        }
        let sl = ServiceLevelTarget(fraction: 0.8, threshold: 20)
        XCTAssertEqual(try solve(StaffingTargets(serviceLevel: sl)).binding, .serviceLevel)
        XCTAssertEqual(try solve(StaffingTargets(serviceLevel: sl, maxASA: 2)).binding, .maxASA)
        XCTAssertEqual(try solve(StaffingTargets(serviceLevel: sl, maxOccupancy: 0.8)).binding, .maxOccupancy)
        // A weak target that the least stable staffing (101 agents for 100 Erlangs) already meets.
        XCTAssertEqual(try solve(StaffingTargets(serviceLevel: ServiceLevelTarget(fraction: 0.01, threshold: 600))).binding, .stability)
        let a = QueueModel.erlangA(patience: 120)
        XCTAssertEqual(try solve(StaffingTargets(serviceLevel: sl, maxAbandon: 0.005), model: a).binding, .maxAbandon)
        XCTAssertEqual(try solve(StaffingTargets(serviceLevel: sl), model: a).binding, .serviceLevel)
        XCTAssertEqual(try solve(StaffingTargets(serviceLevel: sl), model: a, load: 0.01).binding, .serviceLevel, "one agent is the least")
        for targets in [StaffingTargets(serviceLevel: sl), StaffingTargets(serviceLevel: sl, maxASA: 2), StaffingTargets(maxOccupancy: 0.8)] {
            let r = try solve(targets)
            let below = try ErlangC.metrics(agents: Double(r.agents - 1), load: 100, aht: 300, target: 20)
            XCTAssertEqual(targets.firstMissed(by: below), r.binding)
        }
        let chat = try ChatConcurrency(sessions: 3, slowdown: 0.15)
        XCTAssertEqual(try chat.solve(load: 40, aht: 600, model: .erlangC, targets: StaffingTargets(serviceLevel: sl, maxASA: 1)).binding, .maxASA)
    }

    func test_erlangA_belowTheOfferedLoad_reliesOnAbandonment() throws {
        // 5,000 Erlangs, 80% in 20 s over all arrivals, patience 120 s: met with fewer agents than Erlangs.
        let sl = ServiceLevelTarget(fraction: 0.8, threshold: 20)
        let r = try StaffingSolver.solve(load: 5000, aht: 300, model: .erlangA(patience: 120), targets: StaffingTargets(serviceLevel: sl))
        XCTAssertLessThan(r.agents, 5000)
        XCTAssertGreaterThan(r.metrics.pAbandon, 0.1)
        XCTAssertTrue(r.reliesOnAbandonment)
        let bounded = try StaffingSolver.solve(load: 5000, aht: 300, model: .erlangA(patience: 120),
                                               targets: StaffingTargets(serviceLevel: sl, maxAbandon: 0.005))
        XCTAssertEqual(bounded.binding, .maxAbandon)
        let patient = try StaffingSolver.solve(load: 100, aht: 300, model: .erlangA(patience: 600), targets: StaffingTargets(serviceLevel: sl))
        XCTAssertGreaterThan(patient.agents, 100)
        XCTAssertFalse(patient.reliesOnAbandonment, "patient callers: more agents than Erlangs, occupancy below 99%")
        XCTAssertFalse(try StaffingSolver.solve(load: 5000, aht: 300, model: .erlangC,
                                                targets: StaffingTargets(maxOccupancy: 1)).reliesOnAbandonment,
                       "Erlang C at 99.98% occupancy has nobody abandoning")
    }
}
