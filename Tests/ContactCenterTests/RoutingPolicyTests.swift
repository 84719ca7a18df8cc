import DiscreteEvent
import Foundation
import Queueing
import XCTest
@testable import ContactCenter

/// Each routing policy, chosen by name as a model file would, on a small floor where it should
/// make a measurable difference; differences are paired by replication (common random numbers)
/// and must have a 95% interval that excludes zero.
final class RoutingPolicyTests: XCTestCase {
    func voice(_ name: String, aht: Double = 300, patience: Double? = 300, priority: Int = 0) throws -> Channel {
        Channel(name: name, kind: .voice, handleTime: try .exponential(mean: aht), patience: try patience.map { try .exponential(mean: $0) },
                serviceLevel: ServiceLevelTarget(fraction: 0.8, threshold: 20), priority: priority)
    }

    func run(_ model: ContactCenterModel, replications: Int = 12) -> [ReplicationMeasures] {
        XCTAssertEqual(model.problems(), [])
        return Replications.run(model, count: replications, seed: 20261129, jobs: 2)
    }

    /// The paired difference `f(a) - f(b)` over replications, as an estimate with its 95% interval.
    func difference(_ a: [ReplicationMeasures], _ b: [ReplicationMeasures], _ f: (ReplicationMeasures) -> Double?) throws -> Estimate {
        try XCTUnwrap(Estimate(zip(a, b).map { x, y in f(x).flatMap { u in f(y).map { u - $0 } } }))
    }

    func share(_ r: ReplicationMeasures, group g: Int) -> Double {
        Double(r.groups[g].handled) / Double(r.groups.map(\.handled).reduce(0, +))
    }

    /// Specialists listed before generalists: with `group_priority` the specialists answer most calls
    /// (the generalists only when every specialist is busy); with `longest_idle` the two share them.
    func test_groupPriority_sendsCallsToTheFirstListedGroupFirst() throws {
        func model(_ policy: String) throws -> ContactCenterModel {
            ContactCenterModel(
                name: "priority", channels: [try voice("phone")],
                groups: [AgentGroup(name: "specialists", skills: [Skill(channel: 0)], staffing: [8]),
                         AgentGroup(name: "generalists", skills: [Skill(channel: 0)], staffing: [8])],
                intervalLength: 8 * 3600, intervalCount: 1, arrivalRates: [[8.0 / 300]],
                routing: RoutingSpecification(agentSelection: policy))
        }
        let priority = run(try model("group_priority")), idle = run(try model("longest_idle"))
        let shift = try difference(priority, idle) { self.share($0, group: 0) }
        XCTAssertTrue(shift.excludesZero && shift.mean > 0.2, "specialists' share rises by \(shift.mean) ± \(shift.ci95 ?? 0)")
    }

    /// An N-design: specialists answer phone only, generalists phone and chat. `fewest_skills_first`
    /// keeps the generalists free for chat, which then waits less than under `longest_idle`.
    func test_fewestSkillsFirst_keepsGeneralistsFreeForWhatOnlyTheyCanTake() throws {
        func model(_ policy: String) throws -> ContactCenterModel {
            ContactCenterModel(
                name: "N design", channels: [try voice("phone"), try voice("chat", aht: 240, patience: 120)],
                groups: [AgentGroup(name: "generalists", skills: [Skill(channel: 0), Skill(channel: 1)], staffing: [6]),
                         AgentGroup(name: "specialists", skills: [Skill(channel: 0)], staffing: [10])],
                intervalLength: 8 * 3600, intervalCount: 1, arrivalRates: [[8.0 / 300], [3.0 / 240]],
                routing: RoutingSpecification(agentSelection: policy))
        }
        let fewest = run(try model("fewest_skills_first")), idle = run(try model("longest_idle"))
        let chatWait = try difference(fewest, idle) { $0.channels[1].waitProbability }
        XCTAssertTrue(chatWait.excludesZero && chatWait.mean < 0, "chat's P(wait) changes by \(chatWait.mean) ± \(chatWait.ci95 ?? 0)")
        let generalistsOnPhone = try difference(fewest, idle) { Double($0.groups[0].busyByChannel[0]) }
        XCTAssertTrue(generalistsOnPhone.excludesZero && generalistsOnPhone.mean < 0)
    }

    /// One team answers two phone lines. `channel_priority` always serves the first-listed line
    /// first, so the second waits longer; `oldest_first` serves whoever has waited longest, which
    /// brings the two lines' waits together. A `priority` on the second line reverses the first rule.
    func test_contactSelection_channelPriority_oldestFirst_andPriorityPerChannel() throws {
        func model(_ selection: String, secondPriority: Int = 0) throws -> ContactCenterModel {
            ContactCenterModel(
                name: "two lines", channels: [try voice("sales", patience: nil), try voice("service", patience: nil, priority: secondPriority)],
                groups: [AgentGroup(name: "team", skills: [Skill(channel: 0), Skill(channel: 1)], staffing: [10])],
                intervalLength: 8 * 3600, intervalCount: 1, arrivalRates: [[4.6 / 300], [4.6 / 300]],
                routing: RoutingSpecification(contactSelection: selection))
        }
        let byChannel = run(try model("channel_priority")), oldest = run(try model("oldest_first"))
        let prioritised = run(try model("channel_priority", secondPriority: 1))
        func gap(_ r: ReplicationMeasures) -> Double? { r.channels[1].asa.flatMap { s in r.channels[0].asa.map { s - $0 } } }
        let firstRule = try XCTUnwrap(Estimate(byChannel.map(gap)))
        XCTAssertTrue(firstRule.excludesZero && firstRule.mean > 0, "service waits longer than sales: \(firstRule.mean)")
        let narrowed = try difference(oldest, byChannel) { gap($0).map(abs) }
        XCTAssertTrue(narrowed.excludesZero && narrowed.mean < 0, "oldest_first narrows the gap by \(narrowed.mean)")
        let reversed = try XCTUnwrap(Estimate(prioritised.map(gap)))
        XCTAssertTrue(reversed.excludesZero && reversed.mean < 0, "with priority 1, service waits less than sales: \(reversed.mean)")
    }

    /// Every policy combination conserves work: no idle agent is left with work it would take.
    func test_everyBuiltInCombination_conservesWork() throws {
        for agents in ["longest_idle", "group_priority", "fewest_skills_first"] {
            for contacts in ["channel_priority", "oldest_first"] {
                let model = ContactCenterModel(
                    name: "mix", channels: [try voice("phone"), try voice("chat", aht: 240, patience: 120),
                                            Channel(name: "email", kind: .deferred, handleTime: try .exponential(mean: 600),
                                                    serviceLevel: ServiceLevelTarget(fraction: 0.9, threshold: 86400))],
                    groups: [AgentGroup(name: "a", skills: [Skill(channel: 0), Skill(channel: 2)], staffing: [5, 3], voiceReserve: 1),
                             AgentGroup(name: "b", skills: [Skill(channel: 1), Skill(channel: 0, overflowDelay: 30), Skill(channel: 2)],
                                        staffing: [4, 6])],
                    intervalLength: 3600, intervalCount: 2, arrivalRates: [[4.0 / 300, 3.0 / 300], [2.0 / 240, 3.0 / 240], [0.01, 0.01]],
                    routing: RoutingSpecification(agentSelection: agents, contactSelection: contacts))
                var violations = -1
                RoutedRun.run(model, observer: NoObserver(), seed: 3, replication: 0, checkingWorkConservation: true) { _, _, v in
                    violations = v
                }
                XCTAssertEqual(violations, 0, "\(agents) + \(contacts)")
            }
        }
    }
}
