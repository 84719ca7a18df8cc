import XCTest
@testable import Queueing

/// The deferred-work planner: the backlog model against Erlang C in a steady state, and plans
/// that cover the work, stay inside the working hours and say how late contacts are answered.
final class DeferredWorkTests: XCTestCase {
    let halfHour = 1800.0

    /// A day of half-hours: `volume(k)` contacts in interval k, 9-minute handle times.
    func day(_ volume: (Int) -> Double, working: (Int) -> Bool = { _ in true }, target: ServiceLevelTarget,
             cap: Double = 1) throws -> DeferredWork {
        try DeferredWork(slotLength: halfHour, volumes: (0..<48).map(volume), handleTimes: [Double](repeating: 540, count: 48),
                         working: (0..<48).map(working), target: target, occupancyCap: cap)
    }

    /// Evening-heavy email whose peak runs past midnight: most work arrives 20:00-02:00.
    func eveningPeak(_ k: Int) -> Double { (k >= 40 || k < 4) ? 150 : 20 }

    func test_steadyState_reproducesErlangC() throws {
        // Flat arrivals and agents around the clock: the backlog model's steady state is M/M/n's.
        // Approximation accuracy documented in DeferredWork: SL within 2 points, waits within 10% + 5 s.
        let target = ServiceLevelTarget(fraction: 0.8, threshold: 600)
        for (agents, load) in [(11, 10.0), (11, 10.8), (27, 24.0), (53, 50.0), (100, 95.0)] {
            let work = try day({ _ in load * self.halfHour / 540 }, target: target)
            let plan = try work.evaluate(agents: [Int](repeating: agents, count: 48))
            let exact = try ErlangC.metrics(agents: Double(agents), load: load, aht: 540, target: 600)
            XCTAssertEqual(plan.serviceLevel, exact.serviceLevel, accuracy: 0.02, "\(agents) agents, \(load) Erlangs")
            XCTAssertEqual(plan.meanWait, exact.asa, accuracy: 0.1 * exact.asa + 5, "\(agents) agents, \(load) Erlangs")
            XCTAssertTrue(plan.isStable)
        }
    }

    func test_plan_coversTheWork_atTheOccupancyCap_insideTheHours() throws {
        let cases: [(String, (Int) -> Double, (Int) -> Bool, ServiceLevelTarget, Double)] = [
            ("evening peak past midnight, 24h", eveningPeak, { _ in true }, ServiceLevelTarget(fraction: 0.9, threshold: 86400), 1),
            ("evening peak, 85% occupancy", eveningPeak, { _ in true }, ServiceLevelTarget(fraction: 0.9, threshold: 86400), 0.85),
            ("evening peak, 4h target", eveningPeak, { _ in true }, ServiceLevelTarget(fraction: 0.8, threshold: 4 * 3600), 1),
            ("office hours 09-17", { k in k >= 16 && k < 40 ? 120 : 30 }, { k in k >= 18 && k < 34 },
             ServiceLevelTarget(fraction: 0.9, threshold: 86400), 0.9),
            ("hours past midnight 16:00-04:00", eveningPeak, { k in k >= 32 || k < 8 },
             ServiceLevelTarget(fraction: 0.8, threshold: 12 * 3600), 1),
        ]
        for (name, volume, working, target, cap) in cases {
            let work = try day(volume, working: working, target: target, cap: cap)
            let plan = try work.plan()
            let workload = (0..<48).map { volume($0) * 540 }.reduce(0, +)
            XCTAssertGreaterThanOrEqual(plan.agentSeconds * cap, workload, name)
            XCTAssertEqual(plan.workload, workload, accuracy: 1e-6 * workload, name)
            XCTAssertTrue(plan.isStable, name)
            XCTAssertGreaterThanOrEqual(plan.serviceLevel, target.fraction, name)
            for (k, slot) in plan.slots.enumerated() where !working(k) {
                XCTAssertEqual(slot.agents, 0, "\(name): nobody works at interval \(k)")
            }
            for slot in plan.slots {
                if let occupancy = slot.occupancy { XCTAssertLessThanOrEqual(occupancy, cap + 1e-9, name) }
            }
        }
    }

    func test_tightTarget_showsLatenessPerInterval_notAConstant100Percent() throws {
        let target = ServiceLevelTarget(fraction: 0.8, threshold: 2 * 3600)
        let plan = try day(eveningPeak, target: target).plan()
        let levels = plan.slots.compactMap(\.serviceLevel)
        XCTAssertGreaterThanOrEqual(plan.serviceLevel, 0.8)
        XCTAssertLessThan(plan.serviceLevel, 0.999, "a plan sized to the target answers some contacts late")
        XCTAssertLessThan(levels.min()!, 0.95, "some intervals answer noticeably fewer in time")
        XCTAssertEqual(plan.binding, .serviceLevel)
        XCTAssertGreaterThan(plan.slots.map(\.backlogContacts).max()!, 1)
    }

    func test_expectedWait_followsTheBacklog_withoutJumps() throws {
        // First come, first served: a contact arriving one interval later is answered no earlier,
        // so its wait is at most one interval shorter.
        for (target, working) in [(ServiceLevelTarget(fraction: 0.9, threshold: 86400), { (_: Int) in true }),
                                  (ServiceLevelTarget(fraction: 0.8, threshold: 4 * 3600), { (_: Int) in true }),
                                  (ServiceLevelTarget(fraction: 0.9, threshold: 86400), { (k: Int) in k >= 18 && k < 34 })] {
            let plan = try day(eveningPeak, working: working, target: target).plan()
            let waits = plan.slots.map { $0.meanWait! }
            for k in 0..<48 {
                let next = waits[(k + 1) % 48]
                XCTAssertGreaterThanOrEqual(next, waits[k] - halfHour - 1, "interval \(k) -> \(k + 1): \(waits[k]) -> \(next)")
            }
        }
    }

    func test_levelStaffing_whenItMeetsTheTarget_bindsOnTheWorkload() throws {
        let plan = try day(eveningPeak, target: ServiceLevelTarget(fraction: 0.9, threshold: 86400)).plan()
        XCTAssertEqual(plan.binding, .workload)
        XCTAssertEqual(Set(plan.slots.map(\.agents)).count, 1, "the same agents all day")
    }

    func test_targetThatTheHoursCannotMeet_isRefusedWithTheBestShare() throws {
        // Contacts arrive all day, agents work 09:00-17:00: those arriving 01:00-09:00 wait over 8 hours.
        let work = try day({ _ in 50 }, working: { $0 >= 18 && $0 < 34 }, target: ServiceLevelTarget(fraction: 0.9, threshold: 8 * 3600))
        XCTAssertLessThan(work.bestServiceLevel, 0.9)
        XCTAssertThrowsError(try work.plan()) { error in
            XCTAssertEqual(error as? QueueingError, .responseTargetUnreachable(target: work.target, best: work.bestServiceLevel))
            XCTAssertTrue("\(error)".contains("90% in 8h cannot be met inside the working hours"), "\(error)")
        }
    }

    func test_tooFewAgents_areReportedUnstable() throws {
        let work = try day({ _ in 100 }, target: ServiceLevelTarget(fraction: 0.9, threshold: 86400))
        let plan = try work.evaluate(agents: [Int](repeating: 29, count: 48))   // 30 Erlangs of work
        XCTAssertFalse(plan.isStable)
        XCTAssertEqual(plan.serviceLevel, 0)
    }

    func test_badInputs_areRefusedByName() {
        let target = ServiceLevelTarget(fraction: 0.9, threshold: 3600)
        func refused(_ name: String, _ make: () throws -> DeferredWork) {
            XCTAssertThrowsError(try make()) { XCTAssertTrue("\($0)".contains(name), "\($0)") }
        }
        refused("volume") { try DeferredWork(slotLength: 1800, volumes: [-1], handleTimes: [60], working: [true], target: target) }
        refused("aht") { try DeferredWork(slotLength: 1800, volumes: [1], handleTimes: [0], working: [true], target: target) }
        refused("intervals") { try DeferredWork(slotLength: 1800, volumes: [1, 2], handleTimes: [60], working: [true], target: target) }
        refused("maximum occupancy") {
            try DeferredWork(slotLength: 1800, volumes: [1], handleTimes: [60], working: [true], target: target, occupancyCap: 1.5)
        }
        refused("load") { try DeferredWork(slotLength: 1800, volumes: [1e300], handleTimes: [60], working: [true], target: target) }
        refused("response target share") {
            try DeferredWork(slotLength: 1800, volumes: [1], handleTimes: [60], working: [true],
                             target: ServiceLevelTarget(fraction: 1, threshold: 60))
        }
        XCTAssertThrowsError(try DeferredWork(slotLength: 1800, volumes: [1], handleTimes: [60], working: [true], target: target)
            .evaluate(agents: [1, 2]))
    }
}
