import XCTest
@testable import ContactCenter

/// Weeks in the simulator: deferred work of a closed weekend waits for Monday, and contacts are
/// conserved day by day.
final class WeekSimulationTests: XCTestCase {
    /// Friday to Monday; the weekend closed. Email arrives on Saturday only; phone on open days.
    static let weekend = """
        name: Closed weekend
        horizon: { days: 4, interval: 30m, start: friday }
        calendar: { closed: [saturday, sunday] }
        simulation: { replications: 3, seed: 5 }
        channels:
          phone: { kind: voice, hours: "08:00-18:00", handle_time: 4m, patience: 2m, service_level: 80% within 20s }
          email: { kind: deferred, handle_time: 6m, service_level: 90% within 24h }
        demand:
          contacts_per_day: 600
          mix: { phone: 50%, email: 50% }
          weekly: { email: [0, 0, 0, 0, 0, 1, 0] }
        agent_groups:
          phone: { skills: [phone], agents: 6, hours: "08:00-18:00" }
          email: { skills: [email], agents: 4, hours: "09:00-17:00" }

        """

    /// Per day: email arrivals and answers, and every channel's arrivals, answers, abandonments by the
    /// time they happen, with the contacts waiting at each midnight.
    struct DayLedger: SimulationObserver {
        let email: Int32
        var emailArrivals: [Double] = []
        var emailAnswers: [Double] = []
        var arrived = [Int](repeating: 0, count: 4)
        var left = [Int](repeating: 0, count: 4)
        var waiting = 0
        var waitingAtMidnight: [Int] = []
        var inService = 0
        var inSystemAtMidnight: [Int] = []

        static func day(_ t: Double) -> Int { min(3, Int(t / 86400)) }

        mutating func admitted(_ contact: borrowing Contact, now: Double) {
            arrived[Self.day(now)] += 1
            if contact.channel == email { emailArrivals.append(now) }
        }
        mutating func queued(_ contact: borrowing Contact, now: Double) { waiting += 1 }
        mutating func answered(_ contact: borrowing Contact, now: Double) {
            if contact.queued { waiting -= 1 }
            inService += 1
            if contact.channel == email { emailAnswers.append(now) }
        }
        mutating func abandoned(_ contact: borrowing Contact, now: Double) {
            waiting -= 1
            left[Self.day(now)] += 1
        }
        mutating func completed(_ contact: borrowing Contact, now: Double) {
            inService -= 1
            left[Self.day(now)] += 1
        }
        mutating func intervalEnded(_ interval: Int, now: Double) {
            if (interval + 1) % 48 == 0 {
                waitingAtMidnight.append(waiting)
                inSystemAtMidnight.append(waiting + inService)
            }
        }
    }

    func load() throws -> ContactCenterModel {
        let sandbox = try FileSandbox()
        return try ModelLoader.load(path: try sandbox.write("m.yaml", Self.weekend)).model
    }

    func test_emailArrivingOnAClosedSaturday_isAnsweredFromMondayWhenTheTeamStarts() throws {
        let model = try load()
        let email = Int32(model.channelIndex("email")!)
        for r in 0..<3 {
            let ledger = Replications.observe(model, seed: 5, replication: r, with: DayLedger(email: email))
            XCTAssertGreaterThan(ledger.emailArrivals.count, 200)
            XCTAssertTrue(ledger.emailArrivals.allSatisfy { $0 >= 86400 && $0 < 2 * 86400 }, "email arrives on Saturday only")
            let monday = 3 * 86400.0
            XCTAssertFalse(ledger.emailAnswers.isEmpty)
            XCTAssertTrue(ledger.emailAnswers.allSatisfy { $0 >= monday + 9 * 3600 }, "the first answer at Monday 09:00 or later")
            XCTAssertEqual(ledger.waitingAtMidnight[1], ledger.emailArrivals.count, "all of Saturday's email waits at Saturday midnight")
            XCTAssertEqual(ledger.waitingAtMidnight[2], ledger.emailArrivals.count, "and still at Sunday midnight")
        }
        let run = Replications.run(model, count: 3, seed: 5, jobs: 2)
        for r in run {
            XCTAssertEqual(r.channels[0].offered, r.intervals[0].prefix(48).map(\.offered).reduce(0, +)
                           + r.intervals[0].suffix(48).map(\.offered).reduce(0, +), "phone only on Friday and Monday")
        }
    }

    func test_contactsAreConserved_dayByDay() throws {
        let model = try load()
        for r in 0..<3 {
            let ledger = Replications.observe(model, seed: 5, replication: r, with: DayLedger(email: -1))
            let measures = Replications.run(model, count: r + 1, seed: 5, jobs: 1)[r]
            // In the system at midnight = in the system the midnight before + arrived - left during the day.
            var inSystem = 0
            for d in 0..<4 {
                inSystem += ledger.arrived[d] - ledger.left[d]
                XCTAssertEqual(inSystem, ledger.inSystemAtMidnight[d], "day \(d): waiting and in service at midnight")
                let perDayOffered = model.channels.indices.map { c in measures.intervals[c][d * 48..<(d + 1) * 48].map(\.offered).reduce(0, +) }
                XCTAssertEqual(perDayOffered.reduce(0, +), ledger.arrived[d], "day \(d): the interval measures count every arrival")
            }
            let end = measures.channels.map { $0.waitingAtEnd + $0.inServiceAtEnd }.reduce(0, +)
            XCTAssertEqual(inSystem, end, "what is left at the end is what the run reports still waiting or in service")
        }
    }
}
