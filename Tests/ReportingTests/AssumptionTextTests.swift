import ContactCenter
import Foundation
import XCTest
@testable import Reporting

/// The model's parameters in words, made from the model's values (nothing reads the words back).
final class AssumptionTextTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func test_seedModel_inWords_withAndWithoutTheFilesRunSettings() throws {
        let loaded = try ModelLoader.load(path: Self.root.appendingPathComponent("models/seed-retail-multichannel.yaml").path)
        let lines = AssumptionText.lines(loaded)
        XCTAssertEqual(lines.first, "Horizon: 5 days of 30m intervals; 20 replications, seed 20261122")
        XCTAssertTrue(lines.contains(
            "Channel phone (voice): 1,716 contacts a day (22%), open 08:00-20:00; handle time lognormal mean 6m sd 4m; "
                + "patience exponential mean 3m; target 80% within 20s"), "\(lines)")
        XCTAssertTrue(lines.contains(
            "Group digital: messaging, social; 7 agents on duty 08:00-22:00, 98 agent-hours a day, cost 30 per agent-hour"), "\(lines)")
        XCTAssertEqual(lines.last, "Routing: the agent idle longest takes the contact; a free agent serves its channels by priority, oldest contact first")
        XCTAssertEqual(AssumptionText.lines(loaded, runSettings: false).first, "Horizon: 5 days of 30m intervals")
        var warmed = loaded
        warmed.model.warmup = 3600
        XCTAssertEqual(AssumptionText.lines(warmed, runSettings: false).first,
                       "Horizon: 5 days of 30m intervals, first 1h not measured (warm-up)")
    }
}
