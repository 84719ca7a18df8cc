import ContactCenter
import Foundation
import XCTest

/// A group's occupancy is a share: never above 1, also when the group never stops working.
final class OccupancyBoundTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `ccsim run models/seed-retail-multichannel.yaml --set horizon.days=1 --set simulation.warmup=0s
    /// --replications 2 --format json` gave the email group an occupancy of 1.0000000000000004 (busy
    /// and on-duty seconds are sums of many event-time differences), which sweeps wrote to their CSV.
    func test_neverIdleGroup_hasOccupancyOne_notAFewUlpsMore() throws {
        let loaded = try ModelLoader.load(path: Self.root.appendingPathComponent("models/seed-retail-multichannel.yaml").path,
                                          overrides: [ParameterOverride(path: "horizon.days", value: "1"),
                                                      ParameterOverride(path: "simulation.warmup", value: "0s")])
        let runs = Replications.run(loaded.model, count: 2, seed: loaded.seed, jobs: 2)
        for run in runs {
            for (g, group) in run.groups.enumerated() {
                let occupancy = try XCTUnwrap(group.occupancy)
                XCTAssertLessThanOrEqual(occupancy, 1, "\(loaded.model.groups[g].name): \(occupancy)")
            }
        }
        let summary = SimulationSummary(model: loaded.model, replications: runs)
        XCTAssertEqual(summary.group("email", .occupancy)?.mean, 1, "the email team never stops")
    }
}
