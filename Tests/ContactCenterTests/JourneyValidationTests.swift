import DiscreteEvent
import Foundation
import Queueing
import XCTest
@testable import ContactCenter

/// Journeys against exact results and invariants: redials against the exact two-dimensional
/// Markov chain, conservation of journeys and contacts, and no effect from a section that changes nothing.
final class JourneyValidationTests: XCTestCase {
    func interval(_ values: [Double], alpha: Double) -> (mean: Double, half: Double) {
        let stats = RunningStatistics(values)
        let t = ConfidenceInterval.studentTQuantile(1 - alpha / 2, degreesOfFreedom: values.count - 1)
        return (stats.mean!, t * stats.standardDeviation! / Double(values.count).squareRoot())
    }

    struct RetrialCase: Decodable {
        var name: String
        var agents: Int
        var arrivals_per_minute: Double
        var mean_handle_minutes: Double
        var mean_patience_minutes: Double
        var redial_probability: Double
        var mean_redial_minutes: Double
        var p_wait: Double
        var p_abandon: Double
        var mean_orbit: Double
        var lost_share: Double
    }

    func noChange(channels: Int) -> JourneyModel {
        JourneyModel(resolution: Array(repeating: 1, count: channels), giveUp: Array(repeating: nil, count: channels))
    }

    /// M/M/c+M where abandoners redial with probability p after an exponential delay: P(wait) and
    /// P(abandon) per attempt, the redial orbit (by Little's law from the redial rate) and the share
    /// of callers lost for good, against Vectors/generate_retrial_vectors.py's exact chain.
    func test_redials_matchTheExactTwoDimensionalMarkovChain() throws {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "retrial_vectors", withExtension: "json", subdirectory: "Vectors"))
        let cases = try JSONDecoder().decode([RetrialCase].self, from: Data(contentsOf: url))
        XCTAssertEqual(cases.count, 3)
        for k in cases {
            let phone = Channel(name: "phone", kind: .voice, handleTime: try .exponential(mean: 60 * k.mean_handle_minutes),
                                patience: try .exponential(mean: 60 * k.mean_patience_minutes),
                                serviceLevel: ServiceLevelTarget(fraction: 0.8, threshold: 20))
            var model = ContactCenterModel(
                name: k.name, channels: [phone],
                groups: [AgentGroup(name: "agents", skills: [Skill(channel: 0)], staffing: Array(repeating: k.agents, count: 300))],
                intervalLength: 3600, intervalCount: 300, arrivalRates: [Array(repeating: k.arrivals_per_minute / 60, count: 300)],
                warmup: 5 * 3600)
            var journeys = noChange(channels: 1)
            journeys.maxAttempts = 1000
            journeys.retry[.abandoned] = [RetryRule(probability: k.redial_probability,
                                                    delay: try .exponential(mean: 60 * k.mean_redial_minutes), destinations: [(0, 1)])]
            model.journeys = journeys
            XCTAssertEqual(model.problems(), [])
            let runs = Replications.run(model, count: 10, seed: 20261129, jobs: 2)
            let checks: [(String, [Double], Double)] = [
                ("p_wait", runs.map { $0.channels[0].waitProbability! }, k.p_wait),
                ("p_abandon", runs.map { $0.channels[0].abandonRate! }, k.p_abandon),
                ("mean_orbit", runs.map { Double($0.journeys!.channels[0].repeatContacts) / $0.measuredSeconds * 60 * k.mean_redial_minutes },
                 k.mean_orbit),
                ("lost_share", runs.map { Double($0.journeys!.lost) / Double($0.journeys!.started) }, k.lost_share),
            ]
            for (name, values, truth) in checks {
                let (mean, half) = interval(values, alpha: 0.05 / Double(checks.count))
                XCTAssertLessThanOrEqual(abs(mean - truth), half, "\(k.name) \(name): simulated \(mean) ± \(half), exact \(truth)")
            }
        }
    }

    /// A `journeys:` section that changes nothing (every answer resolves, nobody comes back) leaves every
    /// contact-level measure exactly as it is without the section: journeys draw from streams of their own.
    func test_aJourneySectionThatChangesNothing_leavesEveryMeasureIdentical() throws {
        // The seed model without its own journeys and economics.
        var plain = try ModelLoader.load(path: "models/seed-retail-multichannel.yaml",
                                         overrides: [ParameterOverride(path: "horizon.days", value: "2"),
                                                     ParameterOverride(path: "simulation.warmup", value: "0s")]).model
        plain.journeys = nil
        plain.economics = nil
        var withJourneys = plain
        withJourneys.journeys = noChange(channels: plain.channels.count)
        let a = Replications.run(plain, count: 3, seed: 5, jobs: 2)
        var b = Replications.run(withJourneys, count: 3, seed: 5, jobs: 2)
        for r in b.indices {
            // Without retry rules every abandoned contact is a journey lost; every other one is resolved or open.
            XCTAssertEqual(b[r].journeys?.lost, b[r].channels.map(\.abandoned).reduce(0, +))
            XCTAssertEqual(b[r].journeys!.started, b[r].journeys!.resolved + b[r].journeys!.lost + b[r].journeys!.openAtEnd)
            b[r].journeys = nil
        }
        XCTAssertEqual(a, b)
    }

    /// Every journey ends resolved, lost or open; every contact is a first contact or a repeat.
    func test_conservation_ofJourneysAndContacts_inEveryReplication() throws {
        let loaded = try ModelLoader.load(path: "Tests/ContactCenterTests/Fixtures/journeys-trial.yaml")
        for r in Replications.run(loaded.model, count: 4, seed: 9, jobs: 2) {
            let j = try XCTUnwrap(r.journeys)
            XCTAssertEqual(j.started, j.resolved + j.lost + j.openAtEnd)
            XCTAssertGreaterThan(j.lost, 0)
            XCTAssertGreaterThan(j.resolvedByWeb, 0)
            XCTAssertGreaterThan(j.transfers, 0)
            for (c, channel) in r.channels.enumerated() {
                XCTAssertEqual(channel.offered, j.channels[c].firstContacts + j.channels[c].repeatContacts, "channel \(c)")
            }
            // (The fixture has no warm-up: every journey and every first contact is measured.)
            XCTAssertEqual(j.started - j.resolvedByWeb, j.channels.map(\.firstContacts).reduce(0, +),
                           "each journey with a contact has exactly one first contact")
        }
    }

    /// Sharing customer history removes the context loss: repeat contacts take less agent time, paired by replication.
    func test_sharedHistory_shortensRepeatContacts_underCommonRandomNumbers() throws {
        let loaded = try ModelLoader.load(path: "Tests/ContactCenterTests/Fixtures/journeys-trial.yaml")
        var shared = loaded.model
        shared.journeys!.sharedHistory = true
        let a = Replications.run(loaded.model, count: 6, seed: 2, jobs: 2), b = Replications.run(shared, count: 6, seed: 2, jobs: 2)
        for (x, y) in zip(a, b) {
            XCTAssertEqual(x.journeys!.started, y.journeys!.started, "the same customers arrive")
            XCTAssertEqual(x.journeys!.channels[0].firstContacts, y.journeys!.channels[0].firstContacts)
        }
        let perRepeat = { (r: ReplicationMeasures) in r.journeys!.channels[0].repeatWorkSeconds / Double(max(1, r.journeys!.channels[0].repeatContacts)) }
        let change = try XCTUnwrap(Estimate(zip(b, a).map { perRepeat($0) - perRepeat($1) }))
        XCTAssertTrue(change.excludesZero && change.mean < 0, "agent time per repeat phone contact changes by \(change.mean) s")
    }

    /// For many agents the chain is too large to solve; the usual approximation is the fixed point
    /// lambda = lambda0 + p lambda P_ab(lambda) fed to Erlang A (redials as if they were Poisson).
    /// The test reports how far the simulation is from it (an approximation, so only a sanity bound).
    func test_redials_withManyAgents_nearTheErlangAFixedPoint() throws {
        let agents = 500, aht = 300.0, patience = 120.0, p = 0.5, lambda0 = 510.0 / aht
        let phone = Channel(name: "phone", kind: .voice, handleTime: try .exponential(mean: aht), patience: try .exponential(mean: patience),
                            serviceLevel: ServiceLevelTarget(fraction: 0.8, threshold: 20))
        var model = ContactCenterModel(name: "c500", channels: [phone],
                                       groups: [AgentGroup(name: "agents", skills: [Skill(channel: 0)], staffing: Array(repeating: agents, count: 6))],
                                       intervalLength: 3600, intervalCount: 6, arrivalRates: [Array(repeating: lambda0, count: 6)], warmup: 3600)
        var journeys = noChange(channels: 1)
        journeys.maxAttempts = 1000
        journeys.retry[.abandoned] = [RetryRule(probability: p, delay: try .exponential(mean: 600), destinations: [(0, 1)])]
        model.journeys = journeys
        let runs = Replications.run(model, count: 6, seed: 11, jobs: 2)
        let (abandon, half) = interval(runs.map { $0.channels[0].abandonRate! }, alpha: 0.05)
        var lambda = lambda0
        var fixed = 0.0
        for _ in 0..<200 {
            fixed = try ErlangA.metrics(agents: Double(agents), load: lambda * aht, aht: aht, patience: patience, target: 20).pAbandon
            lambda = lambda0 + p * lambda * fixed
        }
        print("c = 500 with redials: simulated P(abandon) \(abandon) ± \(half), fixed point \(fixed), gap \((abandon - fixed) / fixed * 100)%")
        XCTAssertLessThan(abs(abandon - fixed) / fixed, 0.15, "the fixed point should be close for many agents")
    }

    /// A journey's next contact is kept in an owned heap up to `journeyContactOwnerLimit` rows and
    /// in the calendar beyond: both keep the same event order, so a run whose journeys mostly take
    /// the calendar path measures exactly what the usual run measures.
    func test_journeyContactsBeyondTheOwnedHeap_takeTheCalendar_withIdenticalResults() throws {
        let model = try ModelLoader.load(path: "models/seed-retail-multichannel.yaml",
                                         overrides: [ParameterOverride(path: "horizon.days", value: "2"),
                                                     ParameterOverride(path: "simulation.warmup", value: "0s")]).model
        func run(ownerLimit: Int) -> ReplicationMeasures {
            let router = Router(agents: LongestIdle(), contacts: ChannelPriority(), overflow: DelayedOverflow(),
                                blending: DeferredWhenRealTimeIsServed())
            var simulation = ContactCenterSimulation(model: model, router: router, observer: StandardObserver(model: model, trace: nil),
                                                     seed: 3, replication: 0)
            simulation.journeyContactOwnerLimit = ownerLimit
            simulation.run()
            return simulation.observer.result(events: simulation.events)
        }
        let usual = run(ownerLimit: OwnedEventHeap.maximumOwner)
        let calendared = run(ownerLimit: 5)
        let repeats = try XCTUnwrap(usual.journeys).channels.map(\.repeatContacts).reduce(0, +)
        XCTAssertGreaterThan(repeats, 1000, "the run has journeys coming back")
        XCTAssertEqual(usual, calendared)
    }
}

/// Customers whose retry falls while its channel is closed come back in the first two hours after it
/// opens, spread out, not all at the opening instant (which would make a burst no staffing absorbs).
final class RetryAtReopeningTests: XCTestCase {
    struct RepeatArrivals: SimulationObserver {
        var times: [Double] = []
        mutating func admitted(_ contact: borrowing Contact, now: Double) {
            let attempt = contact.attempt, channel = contact.channel
            if attempt > 1 && channel == 0 { times.append(now) }
        }
    }

    func test_retriesWhileClosed_comeInTheFirstTwoOpenHours_spreadOut() throws {
        let sandbox = try FileSandbox()
        // Email around the clock, one agent by day: many give up at night and call the next morning.
        let path = try sandbox.write("m.yaml", """
            name: Night email
            horizon: { days: 3, interval: 30m }
            channels:
              phone: { kind: voice, hours: "08:00-20:00", handle_time: 5m, patience: { exponential: { mean: 2m } }, service_level: 80% in 20s }
              email: { kind: deferred, handle_time: 10m, service_level: 90% in 24h }
            demand: { contacts_per_day: 800, mix: { phone: 50%, email: 50% } }
            agent_groups:
              voice: { skills: [phone], agents: 10 }
              office: { skills: [email], agents: 1, hours: "09:00-17:00" }
            journeys:
              give_up: { email: { exponential: { mean: 6h } } }
              retry: { unanswered: { email: { probability: 100%, delay: 10m, to: { phone: 100% } } } }
            """)
        let model = try ModelLoader.load(path: path).model
        let seen = Replications.observe(model, seed: 4, replication: 0, with: RepeatArrivals())
        let secondsOfDay = seen.times.map { $0.truncatingRemainder(dividingBy: 86400) }
        XCTAssertTrue(secondsOfDay.allSatisfy { $0 >= 8 * 3600 && $0 < 20 * 3600 }, "every call-back on the phone comes while it is open")
        let morning = secondsOfDay.filter { $0 < 10 * 3600 }
        XCTAssertGreaterThan(morning.count, 50, "the night's give-ups call in the morning")
        XCTAssertLessThanOrEqual(secondsOfDay.filter { $0 == 8 * 3600 }.count, 1, "not all at 08:00:00")
        // Spread over 08:00-10:00: the first half-hour holds about a quarter of them, not the burst
        // of the whole night (binomial bound, 99.9%).
        let early = Double(morning.filter { $0 < 8.5 * 3600 }.count), n = Double(morning.count)
        XCTAssertLessThan(early, n * 0.25 + 3.3 * (n * 0.25 * 0.75).squareRoot(), "08:00-08:30: \(early) of \(n)")
    }

    /// A closed day (a closed weekday or a holiday) has no real-time contacts: customers coming back
    /// then come in the first open hours of the next open day (they came on the closed day's usual
    /// hours, found nobody and all abandoned).
    func test_retriesOnAClosedDay_comeOnTheNextOpenDay() throws {
        let sandbox = try FileSandbox()
        let path = try sandbox.write("m.yaml", """
            name: Closed Sunday
            horizon: { days: 3, interval: 30m, start: saturday }
            calendar: { closed: [sunday] }
            channels:
              phone: { kind: voice, hours: "08:00-18:00", handle_time: 5m, patience: { exponential: { mean: 1m } }, service_level: 80% in 20s }
            demand: { contacts_per_day: 600, mix: { phone: 100% } }
            agent_groups:
              voice: { skills: [phone], agents: 2, hours: "08:00-18:00" }
            journeys:
              retry: { abandoned: { phone: { probability: 90%, delay: { exponential: { mean: 20h } } } } }
            """)
        let model = try ModelLoader.load(path: path).model
        XCTAssertEqual(model.calendar.closed, [false, true, false])
        let seen = Replications.observe(model, seed: 4, replication: 0, with: RepeatArrivals())
        XCTAssertGreaterThan(seen.times.count, 100)
        XCTAssertTrue(seen.times.allSatisfy { Int($0 / 86400) != 1 }, "no repeat on the closed Sunday")
        let monday = seen.times.filter { Int($0 / 86400) == 2 }.map { $0.truncatingRemainder(dividingBy: 86400) }
        XCTAssertTrue(monday.allSatisfy { $0 >= 8 * 3600 && $0 < 18 * 3600 })
        XCTAssertGreaterThan(monday.filter { $0 < 10 * 3600 }.count, 50, "Saturday's and Sunday's come back on Monday morning")
    }
}
