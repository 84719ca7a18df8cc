import DiscreteEvent
import Queueing
import XCTest
@testable import ContactCenter

/// docs/DESIGN.md's "How to add a new kind of event", done as it says: the `meetingStarts` case of
/// `SimulationEvent` is scheduled on the calendar with `EventPriority.meeting`, the run loop's switch
/// hands it to `meetingStarts(group:agents:duration:)`, and observers hear of it.
final class AgentMeetingTests: XCTestCase {
    /// What a meeting changes, as an observer sees it.
    struct MeetingObserver: SimulationObserver {
        var meetings: [(started: Bool, group: Int, agents: Int, now: Double)] = []
        var present: [(now: Double, count: Int)] = []
        var admitted = 0
        var abandoned = 0

        mutating func meetingStarted(group: Int, agents: Int, now: Double) { meetings.append((true, group, agents, now)) }
        mutating func meetingEnded(group: Int, agents: Int, now: Double) { meetings.append((false, group, agents, now)) }
        mutating func agentsPresent(group: Int, count: Int, now: Double) { present.append((now, count)) }
        mutating func admitted(_ contact: borrowing Contact, now: Double) { admitted += 1 }
        mutating func abandoned(_ contact: borrowing Contact, now: Double) { abandoned += 1 }
    }

    /// Ten phone agents for two hours at 8 Erlangs; callers wait a minute on average.
    func phoneTeam() throws -> ContactCenterModel {
        let phone = Channel(name: "phone", kind: .voice, handleTime: try .exponential(mean: 300),
                            patience: try .exponential(mean: 60), serviceLevel: ServiceLevelTarget(fraction: 0.8, threshold: 20))
        return ContactCenterModel(name: "meeting", channels: [phone],
                                  groups: [AgentGroup(name: "phone", skills: [Skill(channel: 0)], staffing: [10, 10])],
                                  intervalLength: 3600, intervalCount: 2, arrivalRates: [[8.0 / 300, 8.0 / 300]])
    }

    /// Runs one replication; with `meeting`, 4 agents leave at 30 min for an hour (across the
    /// interval boundary at 60 min).
    func run(_ model: ContactCenterModel, meeting: Bool) -> MeetingObserver {
        let router = Router(agents: LongestIdle(), contacts: ChannelPriority(), overflow: DelayedOverflow(),
                            blending: DeferredWhenRealTimeIsServed())
        var simulation = ContactCenterSimulation(model: model, router: router, observer: MeetingObserver(), seed: 11, replication: 0)
        if meeting {
            simulation.calendar.schedule(at: 1800, priority: EventPriority.meeting.rawValue,
                                         payload: .meetingStarts(group: 0, agents: 4, duration: 3600))
        }
        simulation.run()
        return simulation.observer
    }

    func test_meeting_takesAgentsOffDutyForItsDuration_acrossAnIntervalBoundary() throws {
        let seen = run(try phoneTeam(), meeting: true)
        XCTAssertEqual(seen.meetings.count, 2)
        XCTAssertEqual(seen.meetings.first?.started, true)
        XCTAssertEqual(seen.meetings.first?.agents, 4)
        XCTAssertEqual(seen.meetings.first?.now, 1800)
        XCTAssertEqual(seen.meetings.last?.started, false)
        XCTAssertEqual(seen.meetings.last?.agents, 4)
        XCTAssertEqual(seen.meetings.last?.now, 5400)

        XCTAssertEqual(seen.present.last { $0.now < 1800 }?.count, 10, "the whole team before the meeting")
        let during = seen.present.filter { $0.now >= 1800 && $0.now < 5400 }.map(\.count)
        XCTAssertEqual(during.last, 6, "four agents are away during the meeting")
        XCTAssertEqual(during, during.sorted(by: >), "agents only leave during the meeting (the interval at 60 min keeps them away)")
        XCTAssertEqual(seen.present.last?.count, 10, "back after the meeting")
        XCTAssertEqual(seen.present.last?.now, 5400)
    }

    func test_meeting_keepsTheCustomers_andMoreOfThemAbandon() throws {
        let model = try phoneTeam()
        let with = run(model, meeting: true), without = run(model, meeting: false)
        XCTAssertEqual(with.admitted, without.admitted, "common random numbers: a meeting changes agents, not customers")
        XCTAssertTrue(without.meetings.isEmpty)
        XCTAssertGreaterThan(with.abandoned, without.abandoned, "6 agents for 8 Erlangs for an hour")
    }
}
