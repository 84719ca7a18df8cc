import Foundation
import XCTest

/// Every table-format output of every command fits a 100-column terminal, on every shipped
/// model, scenario and forecast: `erlang`, `staff` (one queue and forecasts), `simulate queue`,
/// `run`, `compare`, `report --format text` and `ccsim-bench`. Simulations run one or two days with
/// two replications: the layout, not the statistics, is under test.
final class TerminalWidthTests: XCTestCase {
    static let width = 100

    func assertFits(_ arguments: [String], program: String = "ccsim", file: StaticString = #filePath, line: UInt = #line) throws {
        let r = try CCSimBinary.run(arguments, program: program)
        XCTAssertEqual(r.status, 0, "\(arguments): \(r.stderr)", file: file, line: line)
        XCTAssertFalse(r.stdout.isEmpty, "\(arguments) printed nothing", file: file, line: line)
        for text in r.stdout.split(separator: "\n") where text.count > Self.width {
            XCTFail("\(text.count) columns in `\(program) \(arguments.joined(separator: " "))`:\n\(text)", file: file, line: line)
        }
    }

    func shipped(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: CCSimBinary.root.appendingPathComponent(folder).path)
            .filter { $0.hasSuffix(".yaml") }.sorted().map { folder + "/" + $0 }
    }

    func test_queueCommands_fit() throws {
        try assertFits(["erlang", "b", "--agents", "12.5", "--load", "10"])
        try assertFits(["erlang", "c", "--agents", "110", "--load", "100", "--aht", "5m", "--target", "20s"])
        try assertFits(["erlang", "a", "--agents", "90", "--load", "100", "--aht", "5m", "--patience", "2m"])
        try assertFits(["staff", "--load", "100", "--aht", "300s", "--service-level", "80%/20s", "--shrinkage", "30%", "--fractional"])
        try assertFits(["staff", "--load", "50", "--aht", "5m", "--service-level", "90%/30s", "--model", "a", "--patience", "90s",
                        "--max-asa", "15s", "--max-abandon", "2%", "--max-occupancy", "85%"])
        try assertFits(["simulate", "queue", "--agents", "20", "--load", "18", "--aht", "5m", "--patience", "2m",
                        "--customers", "2000", "--replications", "2"])
        try assertFits(["erlang", "--repetitions", "1"], program: "ccsim-bench")
        try assertFits(["heap", "--operations", "200"], program: "ccsim-bench")
    }

    func test_staffFromForecasts_fits() throws {
        let forecast = "models/forecasts/retail-weekday.csv"
        try assertFits(["staff", "--forecast", forecast, "--service-level", "80%/20s", "--chat", "messaging=3,15%",
                        "--deferred", "email=90%/24h"])
        try assertFits(["staff", "--forecast", forecast, "--service-level", "80%/20s", "--chat", "messaging=3,15%",
                        "--deferred", "email=90%/24h", "--channel-service-level", "social=80%/1h", "--cost-per-hour", "30",
                        "--shrinkage", "35%", "--model", "a", "--patience", "3m"])
    }

    func test_runCompareAndReport_fit_onEveryShippedModelAndScenario() throws {
        let quick = ["--replications", "2", "--set", "horizon.days=1", "--set", "simulation.warmup=0s"]
        for model in try shipped("models") { try assertFits(["run", model] + quick) }
        let bases = ["scenarios/messaging-growth-9-to-25.yaml": "scenarios/bank-adds-messaging.yaml",
                     "scenarios/email-plus-65.yaml": "models/bank-phone-email.yaml",
                     "scenarios/bank-adds-messaging.yaml": "models/bank-phone-email.yaml"]
        for scenario in try shipped("scenarios") {
            let base = bases[scenario] ?? "models/seed-retail-multichannel.yaml"
            try assertFits(["compare", base, scenario] + quick)
            try assertFits(["report", base, scenario, "--format", "text"] + quick)
        }
        try assertFits(["report", "models/seed-retail-multichannel.yaml", "--format", "text", "--set", "currency=EUR"] + quick)
    }
}
