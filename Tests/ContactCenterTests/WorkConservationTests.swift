import DiscreteEvent
import Queueing
import XCTest
@testable import ContactCenter

/// Blending must conserve work: whenever the blending rule lets an idle agent start deferred work
/// (no real-time contact of its group waits, the voice reserve stays idle) and such work waits, the
/// agent starts the oldest item at once, not when its next contact ends or new email arrives.
final class WorkConservationTests: XCTestCase {
    func channel(_ name: String, _ kind: ChannelKind, handle: Distribution, patience: Distribution? = nil,
                 target: Double = 20) -> Channel {
        Channel(name: name, kind: kind, handleTime: handle, patience: patience,
                serviceLevel: ServiceLevelTarget(fraction: 0.8, threshold: target))
    }

    /// A phone team, and a back office that answers email and helps phone after a call has waited 2
    /// minutes. Callers are impatient (1 minute on average), so most waiting calls are answered by
    /// the phone team or abandon before the back office may take them; while one waits, the back
    /// office holds back from email (blending), and must go back to email the moment the queue empties.
    func backOffice(overflowAfter: Double, reserve: Int = 0) throws -> ContactCenterModel {
        ContactCenterModel(
            name: "blend",
            channels: [channel("phone", .voice, handle: try .exponential(mean: 300), patience: try .exponential(mean: 60)),
                       channel("email", .deferred, handle: try .exponential(mean: 600), target: 86400)],
            groups: [AgentGroup(name: "phone", skills: [Skill(channel: 0)], staffing: [10]),
                     AgentGroup(name: "back office", skills: [Skill(channel: 1), Skill(channel: 0, overflowDelay: overflowAfter)],
                                staffing: [6], voiceReserve: reserve)],
            intervalLength: 8 * 3600, intervalCount: 1, arrivalRates: [[9.8 / 300], [5.4 / 600]])
    }

    func run(_ model: ContactCenterModel, replication: Int, seed: UInt64 = 7) -> (ReplicationMeasures, violations: Int) {
        var result: (ReplicationMeasures, Int)?
        RoutedRun.run(model, observer: StandardObserver(model: model, trace: nil), seed: seed,
                      replication: replication, checkingWorkConservation: true) { observer, events, violations in
            result = (observer.result(events: events), violations)
        }
        return result!
    }

    func test_blending_idleAgentsStartDeferredWorkAsSoonAsTheRealTimeQueueEmpties() throws {
        for reserve in [0, 2] {
            for r in 0..<3 {
                let (measures, violations) = run(try backOffice(overflowAfter: 120, reserve: reserve), replication: r)
                XCTAssertEqual(violations, 0, "reserve \(reserve), replication \(r): an idle agent left deferred work waiting")
                XCTAssertGreaterThan(measures.channels[0].abandoned, 0, "the case needs calls that leave the queue unanswered")
            }
        }
    }

    /// The difference shows in the backlog. Letters arrive with the morning post (80 in the first
    /// hour, 13 h of work) for 4 back-office agents on duty 8 h, who also help phone once a call has
    /// waited 2 minutes. Whenever a call waits, they hold back from letters; when it is answered by
    /// the phone team or abandons, they must go back to the letters. Left idle until their next
    /// event (the old behaviour), they waited for a letter that never came and ended the day with
    /// most of the post unanswered.
    func test_blending_morningPostIsAnswered_althoughCallsKeepInterrupting() throws {
        let model = ContactCenterModel(
            name: "post",
            channels: [channel("phone", .voice, handle: try .exponential(mean: 300), patience: try .exponential(mean: 60)),
                       channel("letters", .deferred, handle: try .exponential(mean: 600), target: 86400)],
            groups: [AgentGroup(name: "phone", skills: [Skill(channel: 0)], staffing: [10, 10]),
                     AgentGroup(name: "back office", skills: [Skill(channel: 1), Skill(channel: 0, overflowDelay: 120)],
                                staffing: [4, 4])],
            intervalLength: 4 * 3600, intervalCount: 2, arrivalRates: [[9.8 / 300, 9.8 / 300], [80.0 / 4 / 3600, 0]])
        for r in 0..<5 {
            let (measures, violations) = run(model, replication: r)
            XCTAssertEqual(violations, 0)
            XCTAssertGreaterThan(measures.channels[0].abandoned, 0)
            XCTAssertEqual(measures.channels[1].waitingAtEnd, 0,
                           "replication \(r): letters left unanswered by agents who were free to answer them")
        }
    }

    /// Random blended models (several groups, overflow delays, reserves, chat) keep the invariant.
    func test_blending_conservesWork_onRandomModels() throws {
        var generator = TestGenerator(seed: 2026)
        func uniform() -> Double { Double(generator.next() >> 11) / Double(1 << 53) }
        for trial in 0..<40 {
            let channels = [
                channel("phone", .voice, handle: try .exponential(mean: 200 + 400 * uniform()),
                        patience: try .exponential(mean: 30 + 200 * uniform())),
                Channel(name: "chat", kind: .chat, handleTime: try .exponential(mean: 400), patience: try .exponential(mean: 120),
                        serviceLevel: ServiceLevelTarget(fraction: 0.8, threshold: 60), concurrency: 2, slowdownPerExtraSession: 0.2),
                channel("email", .deferred, handle: try .exponential(mean: 300 + 600 * uniform()), target: 86400),
                channel("letters", .deferred, handle: try .exponential(mean: 900), target: 172800),
            ]
            var groups: [AgentGroup] = []
            for g in 0..<3 {
                var skills: [Skill] = []
                for c in [0, 1, 2, 3].shuffled(using: &generator) where uniform() < 0.6 {
                    let delay = uniform() < 0.3 ? 60 * uniform() * 5 : 0
                    skills.append(Skill(channel: c, concurrency: c == 1 ? 2 : 1, overflowDelay: delay))
                }
                if skills.isEmpty { skills = [Skill(channel: g % 4, concurrency: g % 4 == 1 ? 2 : 1)] }
                let staffing = (0..<8).map { _ in Int(2 + 8 * uniform()) }
                groups.append(AgentGroup(name: "g\(g)", skills: skills, staffing: staffing, voiceReserve: Int(3 * uniform())))
            }
            for c in 0..<4 where !groups.contains(where: { $0.skills.contains { $0.channel == c } }) {
                groups[0].skills.append(Skill(channel: c, concurrency: c == 1 ? 2 : 1))
            }
            let rates = (0..<4).map { _ in (0..<8).map { _ in 0.002 + 0.02 * uniform() } }
            let model = ContactCenterModel(name: "random \(trial)", channels: channels, groups: groups,
                                           intervalLength: 1800, intervalCount: 8, arrivalRates: rates)
            XCTAssertEqual(model.problems(), [])
            let (_, violations) = run(model, replication: trial)
            XCTAssertEqual(violations, 0, "trial \(trial): \(groups.map { ($0.name, $0.skills.map(\.channel), $0.voiceReserve) })")
        }
    }
}

/// A small seeded generator for test cases (SplitMix64).
struct TestGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
