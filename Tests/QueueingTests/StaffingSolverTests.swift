import XCTest
@testable import Queueing

final class StaffingSolverTests: XCTestCase {
    let sl8020 = StaffingTargets(serviceLevel: ServiceLevelTarget(fraction: 0.8, threshold: 20))

    func test_erlangC_requirement_isTheLeastAgentCountMeetingTheTarget() throws {
        for load in [0.5, 3.0, 10.0, 47.3, 100.0, 1000.0, 5000.0, 20000.0] {
            let r = try StaffingSolver.solve(load: load, aht: 300, model: .erlangC, targets: sl8020)
            XCTAssertGreaterThanOrEqual(r.metrics.serviceLevel, 0.8, "load \(load)")
            XCTAssertEqual(r.metrics.serviceLevel,
                           try ErlangC.metrics(agents: Double(r.agents), load: load, aht: 300, target: 20).serviceLevel,
                           accuracy: 1e-12)
            if Double(r.agents - 1) > load {
                let below = try ErlangC.metrics(agents: Double(r.agents - 1), load: load, aht: 300, target: 20)
                XCTAssertLessThan(below.serviceLevel, 0.8, "load \(load): one agent fewer must miss the target")
            }
        }
    }

    func test_erlangA_requirement_isTheLeastAgentCountMeetingEveryTarget() throws {
        let targets = StaffingTargets(serviceLevel: ServiceLevelTarget(fraction: 0.8, threshold: 20),
                                      maxAbandon: 0.03, maxOccupancy: 0.9)
        for load in [2.0, 25.0, 300.0, 5000.0] {
            let model = QueueModel.erlangA(patience: 120)
            let r = try StaffingSolver.solve(load: load, aht: 300, model: model, targets: targets)
            XCTAssertTrue(targets.areMet(by: r.metrics), "load \(load)")
            let below = try ErlangA.metrics(agents: Double(r.agents - 1), load: load, aht: 300, patience: 120, target: 20)
            XCTAssertFalse(targets.areMet(by: below), "load \(load): one agent fewer must miss a target")
        }
    }

    func test_fractionalRequirement_liesInTheLastAgentAndMeetsTheTargetExactly() throws {
        let r = try StaffingSolver.solve(load: 17.3, aht: 240, model: .erlangC, targets: sl8020, fractional: true)
        let f = try XCTUnwrap(r.fractionalAgents)
        XCTAssertGreaterThan(f, Double(r.agents - 1))
        XCTAssertLessThanOrEqual(f, Double(r.agents))
        let at = try ErlangC.metrics(agents: f, load: 17.3, aht: 240, target: 20)
        XCTAssertEqual(at.serviceLevel, 0.8, accuracy: 1e-7, "the continuous requirement sits on the target")
    }

    func test_shrinkage_convertsAvailableToScheduledAgents() throws {
        let r = try StaffingSolver.solve(load: 100, aht: 300, model: .erlangC, targets: sl8020, shrinkage: 0.3)
        XCTAssertEqual(r.scheduledAgents, Int((Double(r.agents) / 0.7).rounded(.up)))
    }

    func test_asaAndOccupancyTargets_bindWhenTheyAreTheTighterOnes() throws {
        let asa = try StaffingSolver.solve(load: 100, aht: 300, model: .erlangC,
                                           targets: StaffingTargets(serviceLevel: ServiceLevelTarget(fraction: 0.8, threshold: 20), maxASA: 2))
        XCTAssertLessThanOrEqual(asa.metrics.asa, 2)
        let below = try ErlangC.metrics(agents: Double(asa.agents - 1), load: 100, aht: 300, target: 20)
        XCTAssertGreaterThan(below.asa, 2)
        let occ = try StaffingSolver.solve(load: 100, aht: 300, model: .erlangC, targets: StaffingTargets(maxOccupancy: 0.8))
        XCTAssertEqual(occ.agents, 125)
    }

    func test_impossibleOrMissingTargets_areRefusedWithTheirName() {
        XCTAssertThrowsError(try StaffingSolver.solve(load: 10, aht: 300, model: .erlangC, targets: StaffingTargets())) {
            XCTAssertTrue("\($0)".contains("targets"))
        }
        XCTAssertThrowsError(try StaffingSolver.solve(load: 10, aht: 300, model: .erlangC,
                                                      targets: StaffingTargets(maxAbandon: 0.05))) {
            XCTAssertTrue("\($0)".contains("abandonment"))
        }
        XCTAssertThrowsError(try StaffingSolver.solve(load: 10, aht: 300, model: .erlangC, targets: sl8020, shrinkage: 1)) {
            XCTAssertTrue("\($0)".contains("shrinkage"))
        }
        XCTAssertThrowsError(try StaffingSolver.solve(load: .nan, aht: 300, model: .erlangC, targets: sl8020)) {
            XCTAssertTrue("\($0)".contains("load"))
        }
    }

    func test_chatSlotModel_needsFewerAgentsThanOneChatAtATime() throws {
        let single = try StaffingSolver.solve(load: 40, aht: 600, model: .erlangC, targets: sl8020)
        let chat = try ChatConcurrency(sessions: 3, slowdown: 0.15)
        let r = try chat.solve(load: 40, aht: 600, model: .erlangC, targets: sl8020)
        XCTAssertLessThan(r.agents, single.agents)
        // Slots: 3 per agent; effective load 40 x 1.3 = 52 Erlangs of slot time.
        let slots = try StaffingSolver.solve(load: 52, aht: 780, model: .erlangC, targets: sl8020)
        XCTAssertEqual(r.agents, (slots.agents + 2) / 3)
        XCTAssertThrowsError(try ChatConcurrency(sessions: 0, slowdown: 0.1))
    }
}
