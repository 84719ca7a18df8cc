import ContactCenter
import Foundation
import Queueing
import XCTest
@testable import Reporting

/// The model's parameters in words, made from the model's values (nothing reads the words back).
final class AssumptionTextTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func test_seedModel_inWords_withAndWithoutTheFilesRunSettings() throws {
        let loaded = try ModelLoader.load(path: Self.root.appendingPathComponent("models/seed-retail-multichannel.yaml").path)
        let lines = AssumptionText.lines(loaded)
        XCTAssertEqual(lines.first, "Horizon: 7 days of 30m intervals; 20 replications, seed 20261122, first 2d not measured (warm-up)")
        // 10,400 customers, 71% of whom try the website, which resolves 35% of their needs: 7,816 reach the center.
        XCTAssertEqual(lines[1], "Demand: 10,400 customers a day with a need; after the website, 7,816 first contacts a day, "
                       + "day-to-day variation 10% (CV)")
        XCTAssertTrue(lines.contains(
            "Channel phone (voice): 1,704 first contacts a day (21.8%), open 08:00-20:00; handle time lognormal mean 6m sd 4m; "
                + "patience exponential mean 3m; target 80% in 20s"), "\(lines)")
        XCTAssertTrue(lines.contains(
            "Group digital: messaging, social; 3 agents on duty 08:00-22:00, 42 agent-hours a day, cost 30 EUR per agent-hour"), "\(lines)")
        XCTAssertTrue(lines.contains("Routing: the agent idle longest takes the contact; a free agent serves its channels by priority, "
                                     + "oldest contact first"), "\(lines)")
        XCTAssertTrue(lines.contains("Website first: 71% of customers try it before any channel; it resolves 35% of their needs"), "\(lines)")
        XCTAssertEqual(AssumptionText.lines(loaded, runSettings: false).first, "Horizon: 7 days of 30m intervals, first 2d not measured (warm-up)")
        var cold = loaded
        cold.model.warmup = 0
        XCTAssertEqual(AssumptionText.lines(cold, runSettings: false).first, "Horizon: 7 days of 30m intervals")
    }

    /// A target is written one way in the whole report: the assumptions said "target 90% within 1d"
    /// while the key-figures table said "90% in 24h" for the same email target.
    func test_aTarget_readsTheSameInTheAssumptionsAndTheTables() throws {
        let loaded = try ModelLoader.load(path: Self.root.appendingPathComponent("models/seed-retail-multichannel.yaml").path)
        let email = try XCTUnwrap(loaded.model.channels.first { $0.name == "email" })
        XCTAssertEqual(email.serviceLevel.threshold, 86_400)
        let line = try XCTUnwrap(AssumptionText.lines(loaded).first { $0.hasPrefix("Channel email") })
        XCTAssertTrue(line.hasSuffix("target 90% in 24h"), line)
        XCTAssertEqual(SummaryFormat.target(email.serviceLevel), "90% in 24h")
        let table = RunReport(loaded: loaded, summary: SimulationSummary(model: loaded.model, replications: []), seed: 1).channelTable()
        XCTAssertTrue(table.rows.contains { $0.count > 1 && $0[0] == .text("email") && $0[1] == .text("90% in 24h") }, "\(table.rows)")
        for (target, text) in [(ServiceLevelTarget(fraction: 0.925, threshold: 1.5), "92.5% in 1.5s"),
                               (ServiceLevelTarget(fraction: 0.8, threshold: 5400), "80% in 90m"),
                               (ServiceLevelTarget(fraction: 0.8, threshold: 172_800), "80% in 48h")] {
            XCTAssertEqual(Describe.serviceLevel(target), text)
            XCTAssertEqual(SummaryFormat.target(target), text)
        }
    }
}
