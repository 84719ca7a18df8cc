import DiscreteEvent
import Queueing
import XCTest
@testable import ContactCenter

/// The simulator against exact queueing results: the exact value must lie within the
/// simulation's confidence interval (fixed seed). Each test compares several measures, so the
/// interval's level is Bonferroni-corrected: 1 - 0.05/k for k comparisons in the test, which
/// keeps the chance of a false alarm per test at 5%.
final class SimulationValidationTests: XCTestCase {
    struct Case {
        var agents: Int
        var load: Double
        var aht: Double
        var patience: Double?
        var target: Double
        var customers: Int
        var replications: Int
    }

    /// Half-width at level 1 - alpha over per-replication values.
    func interval(_ values: [Double], alpha: Double) -> (mean: Double, half: Double) {
        let stats = RunningStatistics(values)
        let t = ConfidenceInterval.studentTQuantile(1 - alpha / 2, degreesOfFreedom: values.count - 1)
        return (stats.mean!, t * stats.standardDeviation! / Double(values.count).squareRoot())
    }

    func simulate(_ c: Case, seed: UInt64 = 20261122) throws -> [ReplicationMeasures] {
        let model = try ContactCenterModel.singleQueue(agents: c.agents, load: c.load, aht: c.aht, patience: c.patience,
                                                       target: c.target, customers: c.customers, warmup: 20 * c.aht)
        XCTAssertEqual(model.problems(), [])
        return Replications.run(model, count: c.replications, seed: seed, jobs: 2)
    }

    func assertMatchesExact(_ c: Case, file: StaticString = #filePath, line: UInt = #line) throws {
        let runs = try simulate(c)
        let exact = try c.patience.map {
            try ErlangA.metrics(agents: Double(c.agents), load: c.load, aht: c.aht, patience: $0, target: c.target)
        } ?? ErlangC.metrics(agents: Double(c.agents), load: c.load, aht: c.aht, target: c.target)
        var checks: [(String, [Double], Double)] = [
            ("p_wait", runs.map { $0.channels[0].waitProbability! }, exact.pWait),
            ("service_level", runs.map { $0.channels[0].serviceLevel! }, exact.serviceLevel),
            ("asa", runs.map { $0.channels[0].asa! }, exact.asa),
            // Time-based: over the warm-up's end to the last arrival, not the queue draining after it.
            ("occupancy", runs.map { $0.groups[0].occupancy! }, exact.occupancy),
            ("mean_queue_length", runs.map { $0.channels[0].queueArea / $0.measuredSeconds }, exact.meanQueueLength),
        ]
        if c.patience != nil { checks.append(("p_abandon", runs.map { $0.channels[0].abandonRate! }, exact.pAbandon)) }
        for (name, values, truth) in checks {
            let (mean, half) = interval(values, alpha: 0.05 / Double(checks.count))
            XCTAssertLessThanOrEqual(abs(mean - truth), half,
                                     "\(name): simulated \(mean) ± \(half), exact \(truth) (n=\(c.agents), A=\(c.load))",
                                     file: file, line: line)
        }
    }

    func test_mmn_lightLoad_matchesErlangC() throws {
        try assertMatchesExact(Case(agents: 10, load: 6, aht: 300, patience: nil, target: 20, customers: 20_000, replications: 10))
    }

    func test_mmn_heavyLoad_matchesErlangC() throws {
        try assertMatchesExact(Case(agents: 50, load: 46, aht: 300, patience: nil, target: 20, customers: 40_000, replications: 10))
    }

    func test_mm1_singleAgent_matchesErlangC() throws {
        try assertMatchesExact(Case(agents: 1, load: 0.7, aht: 180, patience: nil, target: 60, customers: 20_000, replications: 10))
    }

    func test_mmnPlusM_heavyLoad_matchesErlangA() throws {
        try assertMatchesExact(Case(agents: 20, load: 21, aht: 300, patience: 120, target: 20, customers: 30_000, replications: 10))
    }

    func test_mmnPlusM_lightLoad_matchesErlangA() throws {
        try assertMatchesExact(Case(agents: 30, load: 20, aht: 300, patience: 60, target: 10, customers: 20_000, replications: 10))
    }

    func test_mmnPlusM_520Agents_matchesErlangA() throws {
        try assertMatchesExact(Case(agents: 520, load: 500, aht: 300, patience: 120, target: 20, customers: 100_000, replications: 10))
    }

    /// When each measured contact waited, from the simulator's announcements, and where the
    /// arrivals ended: the queue's time integral rebuilt independently of ``MeasureCollector``.
    struct WaitingObserver: SimulationObserver {
        var since: [Int: Double] = [:]
        var waits: [(from: Double, to: Double)] = []
        var arrivalsEnd = Double.infinity

        mutating func queued(_ contact: borrowing Contact, now: Double) {
            if contact.measured { since[contact.id] = now }
        }
        mutating func answered(_ contact: borrowing Contact, now: Double) { leave(contact.id, now) }
        mutating func abandoned(_ contact: borrowing Contact, now: Double) { leave(contact.id, now) }
        mutating func leave(_ id: Int, _ now: Double) {
            if let from = since.removeValue(forKey: id) { waits.append((from, now)) }
        }
        mutating func arrivalsEnded(now: Double) { arrivalsEnd = now }

        /// The time integral of the measured queue up to `end`.
        func area(until end: Double) -> Double { waits.map { max(0, min($0.to, end) - $0.from) }.reduce(0, +) }
    }

    func test_conservation_andLittlesLaw_holdExactlyInEveryReplication() throws {
        let c = Case(agents: 12, load: 12.5, aht: 240, patience: 90, target: 20, customers: 5_000, replications: 3)
        let runs = try simulate(c)
        let model = try ContactCenterModel.singleQueue(agents: c.agents, load: c.load, aht: c.aht, patience: c.patience,
                                                       target: c.target, customers: c.customers, warmup: 20 * c.aht)
        for (i, r) in runs.enumerated() {
            let m = r.channels[0]
            // With a customer limit the run drains: everyone measured is handled or abandoned.
            XCTAssertEqual(m.offered, m.handled + m.abandoned + m.waitingAtEnd + m.inServiceAtEnd)
            XCTAssertEqual(m.waitingAtEnd + m.inServiceAtEnd, 0)
            XCTAssertEqual(m.answered, m.handled)
            // Little's law as an identity over the whole run: time-integral of the queue = sum of waits.
            let own = Replications.observe(model, seed: 20261122, replication: i, with: WaitingObserver())
            XCTAssertEqual(own.area(until: .infinity), m.answeredWaitSum + m.abandonedWaitSum, accuracy: 1e-6 * m.queueArea)
            // The measured queue integral stops at the last arrival (the drain is not the queue's steady state).
            XCTAssertLessThan(own.arrivalsEnd, .infinity)
            XCTAssertEqual(m.queueArea, own.area(until: own.arrivalsEnd), accuracy: 1e-6 * m.queueArea)
            XCTAssertLessThanOrEqual(m.queueArea, m.answeredWaitSum + m.abandonedWaitSum)
            XCTAssertEqual(r.measuredSeconds, own.arrivalsEnd - model.warmup, accuracy: 1e-9 * r.measuredSeconds)
        }
    }

    func test_sameSeed_givesIdenticalResults_forAnyNumberOfJobs() throws {
        let model = try ContactCenterModel.singleQueue(agents: 8, load: 7, aht: 300, patience: 200, target: 20,
                                                       customers: 3_000, warmup: 0)
        let one = Replications.run(model, count: 4, seed: 7, jobs: 1)
        let two = Replications.run(model, count: 4, seed: 7, jobs: 2)
        XCTAssertEqual(one, two)
        let other = Replications.run(model, count: 4, seed: 8, jobs: 2)
        XCTAssertNotEqual(one, other)
    }
}
