import DiscreteEvent
import Queueing
import XCTest
@testable import ContactCenter

/// The simulator's contact-center behaviour: staffing changes, deferred backlogs, overflow,
/// blending, chat concurrency and common random numbers.
final class SimulationBehaviourTests: XCTestCase {
    let halfHour = 1800.0

    func channel(_ name: String, _ kind: ChannelKind, handle: Distribution, patience: Distribution? = nil,
                 target: Double = 20, concurrency: Int = 1, slowdown: Double = 0) -> Channel {
        Channel(name: name, kind: kind, handleTime: handle, patience: patience,
                serviceLevel: ServiceLevelTarget(fraction: 0.8, threshold: target),
                concurrency: concurrency, slowdownPerExtraSession: slowdown)
    }

    func test_staffingDrop_agentsFinishTheirContacts_thenLeave() throws {
        let model = ContactCenterModel(
            name: "drop", channels: [channel("phone", .voice, handle: try .deterministic(600))],
            groups: [AgentGroup(name: "team", skills: [Skill(channel: 0)], staffing: [5, 0, 0])],
            intervalLength: halfHour, intervalCount: 3, arrivalRates: [[30 / halfHour, 0, 0]])
        XCTAssertEqual(model.problems(), [])
        let r = Replications.run(model, count: 3, seed: 1, jobs: 1)
        for run in r {
            let m = run.channels[0]
            XCTAssertEqual(m.answered, m.handled, "everyone answered is finished before the agents leave")
            XCTAssertGreaterThan(m.waitingAtEnd, 0, "nobody answers after the staffing drops to zero")
            XCTAssertEqual(m.offered, m.handled + m.waitingAtEnd)
            let onDuty = run.groups[0].onDutySeconds
            XCTAssertGreaterThan(onDuty, 5 * halfHour, "agents stay to finish their last contact")
            XCTAssertLessThanOrEqual(onDuty, 5 * halfHour + 5 * 600 + 1e-6)
        }
    }

    func test_deferredBacklog_carriesOverNight_andIsWorkedDownInOfficeHours() throws {
        let perDay = 48
        var staffing = [Int](repeating: 0, count: 2 * perDay)
        for day in 0..<2 { for i in (day * perDay + 18)..<(day * perDay + 34) { staffing[i] = 12 } }   // 09:00-17:00
        let model = ContactCenterModel(
            name: "email", channels: [channel("email", .deferred, handle: try .gamma(mean: 540, sd: 300), target: 86400)],
            groups: [AgentGroup(name: "back office", skills: [Skill(channel: 0)], staffing: staffing)],
            intervalLength: halfHour, intervalCount: 2 * perDay,
            arrivalRates: [[Double](repeating: 600 / 86400, count: 2 * perDay)])
        let r = Replications.run(model, count: 4, seed: 3, jobs: 2)
        for run in r {
            let backlog = run.intervals[0].map(\.backlogAtEnd)
            XCTAssertEqual(run.channels[0].abandoned, 0, "deferred work never abandons")
            XCTAssertGreaterThan(backlog[perDay + 17], backlog[16], "the night's email waits for the morning")
            XCTAssertLessThan(backlog[perDay + 33], backlog[perDay + 17], "office hours work the backlog down")
            XCTAssertGreaterThan(run.channels[0].handled, 0)
        }
    }

    func test_overflow_secondaryGroupHelpsOnlyAfterTheDelay() throws {
        func model(delay: Double) throws -> ContactCenterModel {
            ContactCenterModel(
                name: "overflow", channels: [channel("phone", .voice, handle: try .exponential(mean: 300),
                                                     patience: try .exponential(mean: 600))],
                groups: [AgentGroup(name: "primary", skills: [Skill(channel: 0)], staffing: [8]),
                         AgentGroup(name: "backup", skills: [Skill(channel: 0, overflowDelay: delay)], staffing: [4])],
                intervalLength: 4 * 3600, intervalCount: 1, arrivalRates: [[10 / 300]])
        }
        let withOverflow = Replications.run(try model(delay: 30), count: 3, seed: 5, jobs: 2)
        let never = Replications.run(try model(delay: 1e9), count: 3, seed: 5, jobs: 2)
        for (a, b) in zip(withOverflow, never) {
            XCTAssertGreaterThan(a.groups[1].handled, 0)
            XCTAssertEqual(b.groups[1].handled, 0)
            XCTAssertEqual(a.channels[0].offered, b.channels[0].offered, "same customers (common random numbers)")
            XCTAssertLessThan(a.channels[0].abandoned, b.channels[0].abandoned)
            // Nobody waits less than 30 s for the backup group, so answers within 20 s are the primary group's alone.
            XCTAssertGreaterThanOrEqual(a.channels[0].answeredWithinTarget, b.channels[0].answeredWithinTarget - 5)
        }
    }

    func test_blending_deferredWorkIsLeftWhileTheVoiceReserveWouldBeUsed() throws {
        func model(reserve: Int) throws -> ContactCenterModel {
            ContactCenterModel(
                name: "blend",
                channels: [channel("phone", .voice, handle: try .exponential(mean: 300), patience: try .exponential(mean: 120)),
                           channel("email", .deferred, handle: try .exponential(mean: 600), target: 86400)],
                groups: [AgentGroup(name: "blended", skills: [Skill(channel: 1), Skill(channel: 0)], staffing: [6],
                                    voiceReserve: reserve)],
                intervalLength: 8 * 3600, intervalCount: 1, arrivalRates: [[2 / 300], [2 / 600]])
        }
        let blended = Replications.run(try model(reserve: 0), count: 2, seed: 9, jobs: 1)
        let reserved = Replications.run(try model(reserve: 6), count: 2, seed: 9, jobs: 1)
        for (a, b) in zip(blended, reserved) {
            XCTAssertGreaterThan(a.channels[1].handled, 0, "idle agents take email")
            XCTAssertEqual(b.channels[1].answered, 0, "a reserve of all six agents keeps them for voice")
            XCTAssertGreaterThanOrEqual(b.channels[0].answeredWithinTarget, a.channels[0].answeredWithinTarget)
        }
    }

    /// Reports how far the chat slot approximation (Queueing.ChatConcurrency) is from the simulated
    /// processor-sharing chat: the approximation assumes every session runs at full-concurrency
    /// speed, so it must not be more optimistic than the simulation.
    func test_chat_simulatedAgainstTheSlotApproximation() throws {
        let aht = 600.0, agents = 6, rate = 1.2 / 60
        let chat = channel("messaging", .chat, handle: try .exponential(mean: aht), patience: try .exponential(mean: 240),
                           target: 60, concurrency: 3, slowdown: 0.15)
        let model = ContactCenterModel(
            name: "chat", channels: [chat],
            groups: [AgentGroup(name: "digital", skills: [Skill(channel: 0, concurrency: 3)], staffing: [agents])],
            intervalLength: 8 * 3600, intervalCount: 1, arrivalRates: [[rate]], warmup: 3600)
        let runs = Replications.run(model, count: 10, seed: 11, jobs: 2)
        let sl = try XCTUnwrap(Estimate(runs.map { $0.channels[0].serviceLevel }))
        let abandon = try XCTUnwrap(Estimate(runs.map { $0.channels[0].abandonRate }))
        let approx = try ChatConcurrency(sessions: 3, slowdown: 0.15).metrics(
            agents: Double(agents), load: rate * aht, aht: aht, model: .erlangA(patience: 240), threshold: 60)
        print("chat: simulated SL \(sl.mean) ± \(sl.ci95 ?? 0), approximation \(approx.serviceLevel); "
              + "simulated abandonment \(abandon.mean) ± \(abandon.ci95 ?? 0), approximation \(approx.pAbandon)")
        XCTAssertGreaterThanOrEqual(sl.mean + (sl.ci95 ?? 0), approx.serviceLevel)
        XCTAssertLessThanOrEqual(abandon.mean - (abandon.ci95 ?? 0), approx.pAbandon)
    }

    func test_chatSlowdown_lengthensSessionsWhenAgentsHoldSeveral() throws {
        func run(_ slowdown: Double) throws -> [ReplicationMeasures] {
            let chat = channel("messaging", .chat, handle: try .exponential(mean: 600), target: 60, concurrency: 3,
                               slowdown: slowdown)
            let model = ContactCenterModel(
                name: "chat", channels: [chat],
                groups: [AgentGroup(name: "digital", skills: [Skill(channel: 0, concurrency: 3)], staffing: [4])],
                intervalLength: 4 * 3600, intervalCount: 1, arrivalRates: [[1.5 / 60]])
            return Replications.run(model, count: 3, seed: 2, jobs: 1)
        }
        let fast = try run(0), slow = try run(0.5)
        for (a, b) in zip(fast, slow) {
            XCTAssertEqual(a.channels[0].offered, b.channels[0].offered)
            // Saturated agents hold three chats; at half speed each they finish fewer in the same time.
            XCTAssertLessThan(b.channels[0].handled, a.channels[0].handled, "slower sessions mean fewer chats handled")
        }
    }

    func test_dayToDayVariation_spreadsDailyVolumesBeyondPoisson() throws {
        func offered(cv: Double) throws -> [Double] {
            let model = ContactCenterModel(
                name: "days", channels: [channel("phone", .voice, handle: try .exponential(mean: 60))],
                groups: [AgentGroup(name: "team", skills: [Skill(channel: 0)], staffing: [Int](repeating: 50, count: 48))],
                intervalLength: halfHour, intervalCount: 48, arrivalRates: [[Double](repeating: 2000 / 86400, count: 48)],
                dayToDayCV: cv)
            return Replications.run(model, count: 30, seed: 4, jobs: 2).map { Double($0.channels[0].offered) }
        }
        let flat = RunningStatistics(try offered(cv: 0)), busy = RunningStatistics(try offered(cv: 0.3))
        // Poisson: sd = sqrt(2000) ~ 45; with a 30% busyness factor: sd ~ 0.3 x 2000 = 600.
        XCTAssertLessThan(flat.standardDeviation!, 90)
        XCTAssertGreaterThan(busy.standardDeviation!, 300)
    }
}
