import Queueing
import XCTest
@testable import ContactCenter

/// Customer economics computed by hand from counts: churn per journey, customers and revenue at
/// risk, channel and staff costs, cost per resolved journey, budget and usage shares.
final class EconomicsTests: XCTestCase {
    func journey(abandoned: Int16 = 0, unanswered: Int16 = 0, contacts: Int16 = 1, wait: Double = 0, state: JourneyState) -> Journey {
        Journey(customer: 0, longestWait: wait, started: 0, ended: 0, choices: 0, firstChannel: 0, lastChannel: 0, contacts: contacts,
                abandoned: abandoned, unanswered: unanswered, unresolved: 0, transfers: 0, callbacks: 0, state: state, measured: true,
                multichannel: false, pending: false)
    }

    func test_churnOfAJourney_combinesItsBadExperiences() {
        let churn = EconomicsModel.Churn(abandoned: 0.05, unanswered: 0.1, unresolved: 0.2, contactsOver: (2, 0.1), waitedOver: (600, 0.05))
        XCTAssertEqual(churn.probability(journey(state: .resolved)), 0)
        // Two abandons and a lost need: 1 - 0.95^2 x 0.8.
        XCTAssertEqual(churn.probability(journey(abandoned: 2, contacts: 2, state: .lost)), 1 - 0.95 * 0.95 * 0.8, accuracy: 1e-12)
        // One unanswered email, three contacts (over 2), a wait of 11 minutes, resolved in the end: 1 - 0.9 x 0.9 x 0.95.
        XCTAssertEqual(churn.probability(journey(unanswered: 1, contacts: 3, wait: 660, state: .resolved)), 1 - 0.9 * 0.9 * 0.95, accuracy: 1e-12)
    }

    /// Two channels, one group each (phone 10 agent-hours at 30, email 4 at 25: staff 400), over one week.
    func test_economicsMeasures_fromCounts() throws {
        let phone = Channel(name: "phone", kind: .voice, handleTime: try .exponential(mean: 300), serviceLevel: ServiceLevelTarget(fraction: 0.8, threshold: 20))
        let email = Channel(name: "email", kind: .deferred, handleTime: try .exponential(mean: 600), serviceLevel: ServiceLevelTarget(fraction: 0.9, threshold: 86400))
        var model = ContactCenterModel(name: "m", channels: [phone, email],
                                       groups: [AgentGroup(name: "p", skills: [Skill(channel: 0)], staffing: [1], costPerHour: 30),
                                                AgentGroup(name: "e", skills: [Skill(channel: 1)], staffing: [1], costPerHour: 25)],
                                       intervalLength: 7 * 86400, intervalCount: 1, arrivalRates: [[0], [0]])
        model.economics = EconomicsModel(perContact: [0.1, 0.05], perMinute: [0.02, 0], customerValue: 300)
        var phoneCounts = ChannelMeasures(binWidth: 1)
        phoneCounts.offered = 100
        phoneCounts.handled = 90
        phoneCounts.answeredWaitSum = 3000       // 50 minutes waited
        phoneCounts.serviceArea = 27000          // 450 minutes handled
        var emailCounts = ChannelMeasures(binWidth: 1)
        emailCounts.offered = 40
        emailCounts.handled = 20
        var phoneGroup = GroupMeasures(channels: 2)
        phoneGroup.onDutySeconds = 10 * 3600
        phoneGroup.busyByChannel = [7.5 * 3600, 0]
        var emailGroup = GroupMeasures(channels: 2)
        emailGroup.onDutySeconds = 4 * 3600
        emailGroup.busyByChannel = [0, 4 * 3600]
        var journeys = JourneyMeasures(channels: 2)
        journeys.started = 130
        journeys.resolved = 104
        journeys.resolvedByWeb = 4
        journeys.churnSum = 6.5
        journeys.channels[0].firstContacts = 90
        journeys.channels[1].firstContacts = 36
        var r = ReplicationMeasures(channels: [phoneCounts, emailCounts], groups: [phoneGroup, emailGroup], intervals: [],
                                    measuredSeconds: 7 * 86400)
        r.journeys = journeys
        // Channel costs: phone 100 x 0.10 + 500 min x 0.02 = 20; email 40 x 0.05 = 2. Staff: 300 + 100.
        let value = { (m: EconomicsMeasure) in m.value(in: r, model: model)! }
        XCTAssertEqual(value(.channelCost), 22, accuracy: 1e-9)
        XCTAssertEqual(value(.staffCost), 400, accuracy: 1e-9)
        XCTAssertEqual(value(.totalCost), 422, accuracy: 1e-9)
        XCTAssertEqual(value(.costPerResolvedJourney), 422.0 / 100, accuracy: 1e-9)
        XCTAssertEqual(value(.customersAtRiskPerWeek), 6.5, accuracy: 1e-9)
        XCTAssertEqual(value(.revenueAtRiskPerWeek), 6.5 * 300, accuracy: 1e-9)
        let channel = { (m: EconomicsChannelMeasure, c: Int) in m.value(in: r, channel: c, model: model)! }
        XCTAssertEqual(channel(.costPerContact, 0), 320.0 / 90, accuracy: 1e-9)
        XCTAssertEqual(channel(.budgetShare, 0), 320.0 / 422, accuracy: 1e-9)
        XCTAssertEqual(channel(.budgetShare, 1), 102.0 / 422, accuracy: 1e-9)
        XCTAssertEqual(channel(.usageShare, 0), 90.0 / 126, accuracy: 1e-9)
    }
}
