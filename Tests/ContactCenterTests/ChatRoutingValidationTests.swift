import DiscreteEvent
import Foundation
import Queueing
import XCTest
@testable import ContactCenter

/// Chat concurrency and longest-idle routing against exact results. Each test compares several
/// measures, so intervals are Bonferroni-corrected (level 1 - 0.05/k for k comparisons), as in
/// ``SimulationValidationTests``.
final class ChatRoutingValidationTests: XCTestCase {
    func interval(_ values: [Double], alpha: Double) -> (mean: Double, half: Double) {
        let stats = RunningStatistics(values)
        let t = ConfidenceInterval.studentTQuantile(1 - alpha / 2, degreesOfFreedom: values.count - 1)
        return (stats.mean!, t * stats.standardDeviation! / Double(values.count).squareRoot())
    }

    func assertWithin(_ checks: [(String, [Double], Double)], _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        for (name, values, truth) in checks {
            let (mean, half) = interval(values, alpha: 0.05 / Double(checks.count))
            XCTAssertLessThanOrEqual(abs(mean - truth), half, "\(label) \(name): simulated \(mean) ± \(half), exact \(truth)",
                                     file: file, line: line)
        }
    }

    func chatModel(agents: Int, sessions: Int, slowdown: Double, aht: Double, rate: Double, patience: Double?,
                   target: Double = 60, hours: Double, warmup: Double) throws -> ContactCenterModel {
        let chat = Channel(name: "chat", kind: .chat, handleTime: try .exponential(mean: aht),
                           patience: try patience.map { try .exponential(mean: $0) },
                           serviceLevel: ServiceLevelTarget(fraction: 0.8, threshold: target),
                           concurrency: sessions, slowdownPerExtraSession: slowdown)
        return ContactCenterModel(
            name: "chat", channels: [chat],
            groups: [AgentGroup(name: "agents", skills: [Skill(channel: 0, concurrency: sessions)], staffing: [agents])],
            intervalLength: hours * 3600, intervalCount: 1, arrivalRates: [[rate]], warmup: warmup)
    }

    // MARK: chat without slowdown = Erlang with agents x sessions servers

    func assertChatMatchesErlang(agents: Int, sessions: Int, aht: Double, load: Double, patience: Double?,
                                 file: StaticString = #filePath, line: UInt = #line) throws {
        let servers = Double(agents * sessions)
        let model = try chatModel(agents: agents, sessions: sessions, slowdown: 0, aht: aht, rate: load / aht,
                                  patience: patience, target: 30, hours: 400, warmup: 3600)
        let runs = Replications.run(model, count: 10, seed: 20261129, jobs: 2)
        let exact = try patience.map { try ErlangA.metrics(agents: servers, load: load, aht: aht, patience: $0, target: 30) }
            ?? ErlangC.metrics(agents: servers, load: load, aht: aht, target: 30)
        var checks: [(String, [Double], Double)] = [
            ("p_wait", runs.map { $0.channels[0].waitProbability! }, exact.pWait),
            ("asa", runs.map { $0.channels[0].asa! }, exact.asa),
        ]
        if patience != nil { checks.append(("p_abandon", runs.map { $0.channels[0].abandonRate! }, exact.pAbandon)) }
        assertWithin(checks, "\(agents) agents x \(sessions) sessions, load \(load)", file: file, line: line)
    }

    func test_chatWithoutSlowdown_matchesErlangC_withAgentsTimesSessionsServers() throws {
        try assertChatMatchesErlang(agents: 3, sessions: 2, aht: 300, load: 5, patience: nil)
    }

    func test_chatWithoutSlowdown_matchesErlangA_withAgentsTimesSessionsServers() throws {
        try assertChatMatchesErlang(agents: 4, sessions: 3, aht: 600, load: 12.5, patience: 180)
    }

    // MARK: one agent with slowdown = an exact birth-death chain

    struct ChainCase: Decodable {
        var name: String
        var sessions: Int
        var slowdown: Double
        var mean_handle_seconds: Double
        var arrivals_per_second: Double
        var mean_patience_seconds: Double?
        var p_wait: Double
        var mean_in_system: Double
        var mean_queue: Double
        var p_abandon: Double
    }

    /// Vectors from Vectors/generate_chat_vectors.py (60-digit mpmath): with k sessions open the agent
    /// completes them at rate k mu / (1 + s (k - 1)); a chat whose sibling ends must speed up again.
    func test_oneChatAgentWithSlowdown_matchesTheExactBirthDeathChain() throws {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "chat_chain_vectors", withExtension: "json", subdirectory: "Vectors"))
        let cases = try JSONDecoder().decode([ChainCase].self, from: Data(contentsOf: url))
        XCTAssertEqual(cases.count, 4)
        for c in cases {
            let model = try chatModel(agents: 1, sessions: c.sessions, slowdown: c.slowdown, aht: c.mean_handle_seconds,
                                      rate: c.arrivals_per_second, patience: c.mean_patience_seconds, hours: 300, warmup: 7200)
            let runs = Replications.run(model, count: 12, seed: 20261129, jobs: 2)
            func perSecond(_ r: ReplicationMeasures, _ area: Double) -> Double { area / r.measuredSeconds }
            var checks: [(String, [Double], Double)] = [
                ("p_wait", runs.map { $0.channels[0].waitProbability! }, c.p_wait),
                ("mean_queue", runs.map { perSecond($0, $0.channels[0].queueArea) }, c.mean_queue),
                ("mean_in_system", runs.map { perSecond($0, $0.channels[0].queueArea + $0.channels[0].serviceArea) }, c.mean_in_system),
            ]
            if c.mean_patience_seconds != nil {
                checks.append(("p_abandon", runs.map { $0.channels[0].abandonRate! }, c.p_abandon))
            }
            assertWithin(checks, c.name)
        }
    }

    // MARK: longest-idle routing

    /// Two identical groups with the same skill share the calls evenly under longest-idle routing
    /// (a "first eligible group" rule would give the first group most of them at this load). The
    /// first group's share, per replication, has a 95% interval that must contain 1/2.
    func test_longestIdle_twoIdenticalGroups_shareTheCallsEvenly() throws {
        let phone = Channel(name: "phone", kind: .voice, handleTime: try .exponential(mean: 300),
                            serviceLevel: ServiceLevelTarget(fraction: 0.8, threshold: 20))
        let model = ContactCenterModel(
            name: "two teams", channels: [phone],
            groups: [AgentGroup(name: "north", skills: [Skill(channel: 0)], staffing: [6]),
                     AgentGroup(name: "south", skills: [Skill(channel: 0)], staffing: [6])],
            intervalLength: 24 * 3600, intervalCount: 1, arrivalRates: [[6.0 / 300]])
        let runs = Replications.run(model, count: 20, seed: 11, jobs: 2)
        let shares = runs.map { Double($0.groups[0].handled) / Double($0.groups[0].handled + $0.groups[1].handled) }
        let (mean, half) = interval(shares, alpha: 0.05)
        XCTAssertLessThanOrEqual(abs(mean - 0.5), half, "north's share \(mean) ± \(half)")
        XCTAssertLessThan(half, 0.02, "the interval is narrow enough to tell a biased rule apart")
    }
}
