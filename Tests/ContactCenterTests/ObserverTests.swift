import DiscreteEvent
import Queueing
import XCTest
@testable import ContactCenter

/// A researcher's own observer, and the simulator's busy-time accounting checked against it.
final class ObserverTests: XCTestCase {
    /// Busy time the old way: per agent, the time with at least one contact in hand, after the
    /// warm-up, from the answered/completed events alone.
    struct BusyTimeObserver: SimulationObserver {
        let warmup: Double
        var open: [Int: (count: Int, since: Double)] = [:]
        var agentGroup: [Int: Int] = [:]
        var busy: [Int: Double] = [:]
        var answeredByOrigin: [ContactOrigin: Int] = [:]

        mutating func answered(_ contact: borrowing Contact, now: Double) {
            let a = Int(contact.agent)
            agentGroup[a] = Int(contact.group)
            answeredByOrigin[contact.origin, default: 0] += 1
            var state = open[a] ?? (0, now)
            if state.count == 0 { state.since = now }
            state.count += 1
            open[a] = state
        }

        mutating func completed(_ contact: borrowing Contact, now: Double) {
            let a = Int(contact.agent)
            open[a]!.count -= 1
            if open[a]!.count == 0 { close(a, now) }
        }

        mutating func close(_ a: Int, _ now: Double) {
            let from = max(open[a]!.since, warmup)
            if now > from { busy[agentGroup[a]!, default: 0] += now - from }
        }

        mutating func ended(now: Double) {
            for (a, state) in open where state.count > 0 { close(a, now) }
        }
    }

    func test_busyTimePerGroup_equalsTheTimeAgentsHoldAContact_chatSharedAmongSessions() throws {
        var model = try ModelLoader.load(path: "models/seed-retail-multichannel.yaml",
                                         overrides: [ParameterOverride(path: "horizon.days", value: "2"),
                                                     ParameterOverride(path: "simulation.warmup", value: "3h")]).model
        model.journeys = nil   // every contact a first attempt (journeys have their own tests)
        for r in 0..<2 {
            let own = Replications.observe(model, seed: 5, replication: r, with: BusyTimeObserver(warmup: model.warmup))
            let measured = Replications.run(model, count: r + 1, seed: 5, jobs: 1)[r]
            for g in model.groups.indices {
                let expected = own.busy[g] ?? 0
                XCTAssertEqual(measured.groups[g].busySeconds, expected, accuracy: 1e-6 * max(1, expected),
                               "group \(model.groups[g].name), replication \(r)")
                XCTAssertEqual(measured.groups[g].busyByChannel.reduce(0, +), measured.groups[g].busySeconds, accuracy: 1e-6 * max(1, expected))
                XCTAssertLessThanOrEqual(measured.groups[g].busySeconds, measured.groups[g].onDutySeconds * (1 + 1e-12))
            }
            XCTAssertGreaterThanOrEqual(own.answeredByOrigin[.new] ?? 0, measured.channels.map(\.answered).reduce(0, +),
                                        "the observer sees every answer, the measures those after the warm-up")
            XCTAssertNil(own.answeredByOrigin[.retry], "without journeys every contact is a first attempt")
        }
    }
}
