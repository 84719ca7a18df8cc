import ContactCenter
import Experiments
import Foundation
import XCTest

/// The library examples of docs/SWEEPS.md (and the README), compiled and run as written.
final class LibraryExampleTests: XCTestCase {
    /// The examples use paths relative to the repository root, as a researcher's script would.
    override func setUp() {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(root.path))
    }

    func test_readmeExample_changesParametersInCode_andEstimatesMeasures() throws {
        var lines: [String] = []
        func print(_ items: Any...) { lines.append(items.map { "\($0)" }.joined(separator: " ")) }

        // --- docs/SWEEPS.md: "From Swift" (begin) ---
        // Load the seed model for one day, and say what to measure.
        let runner = try SweepRunner(base: "models/seed-retail-multichannel.yaml",
                                     set: [ParameterOverride(path: "horizon.days", value: "1"), ParameterOverride(path: "simulation.warmup", value: "0s")],
                                     measures: ["messaging.service_level", "groups.digital.occupancy", "totals.cost"],
                                     replications: 5)
        // Any design you can write in Swift: here chat concurrency 1...4 with 10 more digital agents per session.
        for concurrency in 1...4 {
            let variant = [ParameterOverride(path: "channels.messaging.concurrency", value: "\(concurrency)"),
                           ParameterOverride(path: "agent_groups.digital.agents", value: "\(7 + 10 * (concurrency - 1))")]
            let result = try runner.run(variant)          // common random numbers: the same seed for every variant
            let sl = result["messaging.service_level"]!
            print("concurrency \(concurrency): service level \(sl.mean) ± \(sl.ci95 ?? 0)")
        }

        // Or edit the model directly and run replications yourself.
        var model = try ModelLoader.load(path: "models/seed-retail-multichannel.yaml",
                                         overrides: [ParameterOverride(path: "horizon.days", value: "1"), ParameterOverride(path: "simulation.warmup", value: "0s")]).model
        let digital = model.groupIndex("digital")!
        model.groups[digital].staffing = model.groups[digital].staffing.map { $0 > 0 ? $0 + 5 : 0 }
        let runs = Replications.run(model, count: 5, seed: 1, jobs: 2)
        let summary = SimulationSummary(model: model, replications: runs)
        print("5 more digital agents: messaging service level", summary.channel("messaging", .serviceLevel)!.mean)

        // A sweep file, run point by point.
        let sweep = try Sweep.load(path: "scenarios/sweeps/phone-to-messaging-by-concurrency.yaml")
        let point = sweep.points[0]
        let estimates = try sweep.runner.run(sweep.overrides(point), point: point.id)
        print(point.values.map(\.cell), estimates["totals.cost"]!.mean)
        // --- docs/SWEEPS.md: "From Swift" (end) ---

        XCTAssertEqual(lines.count, 6)
        XCTAssertTrue(lines[0].hasPrefix("concurrency 1: service level "))
        let sls = lines.prefix(4).map { Double($0.split(separator: " ")[4])! }
        XCTAssertGreaterThan(sls[3], sls[0], "more sessions and agents: a better messaging service level")
        XCTAssertTrue(lines[5].hasPrefix("[\"0\", \"1\"] "), lines[5])
    }
}
