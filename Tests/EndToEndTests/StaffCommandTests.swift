import Foundation
import XCTest

final class StaffCommandTests: XCTestCase {
    func test_staff_json_givesWholeAgents_fractional_andScheduled() throws {
        let r = try CCSimBinary.run(["staff", "--load", "100", "--aht", "300s", "--service-level", "80%/20s",
                                     "--shrinkage", "30%", "--fractional", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let j = try r.json()
        let agents = try XCTUnwrap(j["agents"] as? Int)
        let fractional = try XCTUnwrap(j["agents_fractional"] as? Double)
        XCTAssertEqual(agents, 108)    // a textbook value: 100 Erlangs, 80/20, AHT 300 s
        XCTAssertTrue(fractional > Double(agents - 1) && fractional <= Double(agents))
        XCTAssertEqual(j["scheduled_agents"] as? Int, Int((Double(agents) / 0.7).rounded(.up)))
        XCTAssertGreaterThanOrEqual(j["service_level"] as! Double, 0.8)
    }

    func test_staff_erlangA_withEveryTarget() throws {
        let r = try CCSimBinary.run(["staff", "--load", "50", "--aht", "5m", "--service-level", "0.9/30s", "--model", "a",
                                     "--patience", "90s", "--max-asa", "15s", "--max-abandon", "2%",
                                     "--max-occupancy", "85%", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let j = try r.json()
        XCTAssertGreaterThanOrEqual(j["service_level"] as! Double, 0.9)
        XCTAssertLessThanOrEqual(j["asa_seconds"] as! Double, 15)
        XCTAssertLessThanOrEqual(j["p_abandon"] as! Double, 0.02)
        XCTAssertLessThanOrEqual(j["occupancy"] as! Double, 0.85)
        XCTAssertEqual(j["model"] as? String, "erlang_a")
    }

    func test_staff_fromTheShippedForecast_givesATableWithTotals() throws {
        let r = try CCSimBinary.run(["staff", "--forecast", "models/forecasts/retail-weekday.csv", "--service-level", "80%/20s",
                                     "--chat", "messaging=3,15%", "--deferred", "email=90%/24h", "--cost-per-hour", "30",
                                     "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let j = try r.json()
        let rows = try XCTUnwrap(j["intervals"] as? [[String: Any]])
        XCTAssertEqual(rows.count, 128)
        let totals = try XCTUnwrap((j["totals"] as? [String: Any])?["all"] as? [String: Any])
        XCTAssertEqual(totals["contacts"] as? Double, 10000)
        let hours = try XCTUnwrap(totals["agent_hours"] as? Double)
        XCTAssertEqual(totals["cost"] as? Double ?? -1, 30 * hours, accuracy: 1e-6)
        XCTAssertEqual((j["approximations"] as? [String])?.count, 2)
        for row in rows where (row["volume"] as! Double) > 0 {
            XCTAssertGreaterThan(row["agents"] as! Int, 0)
        }
    }

    func test_staff_forecast_csvOutput_isTidy() throws {
        let r = try CCSimBinary.run(["staff", "--forecast", "models/forecasts/retail-weekday.csv", "--service-level", "80%/20s",
                                     "--format", "csv"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 129)
        XCTAssertTrue(lines[0].hasPrefix("interval_start,channel,volume,aht_seconds,load_erlangs,agents"))
    }

    func test_malformedForecast_namesEveryBadRowAndColumn() throws {
        try assertRefused(["staff", "--forecast", CCSimBinary.fixture("bad-forecast.csv"), "--service-level", "80%/20s"],
                          mentions: ["bad-forecast.csv:3:3: column 'volume': 'abc' is not a number",
                                     "bad-forecast.csv:4:4: column 'aht'", "unknown unit 'x'",
                                     "bad-forecast.csv:5:1: column 'interval_start'",
                                     "bad-forecast.csv:6:3: column 'volume': -4 contacts is negative",
                                     "bad-forecast.csv:7: expected 4 fields"])
        try assertRefused(["staff", "--forecast", CCSimBinary.fixture("missing-column.csv"), "--service-level", "80%/20s"],
                          mentions: ["missing-column.csv:1: missing column 'volume'", "missing column 'aht'"])
        try assertRefused(["staff", "--forecast", CCSimBinary.fixture("empty.csv"), "--service-level", "80%/20s"],
                          mentions: ["empty.csv: the forecast is empty"])
        try assertRefused(["staff", "--forecast", CCSimBinary.fixture("garbage.bin"), "--service-level", "80%/20s"],
                          mentions: ["garbage.bin:"])
        try assertRefused(["staff", "--forecast", "no/such/file.csv", "--service-level", "80%/20s"],
                          mentions: ["no/such/file.csv: the forecast file does not exist"])
    }

    func test_badTargets_areRefused() throws {
        try assertRefused(["staff", "--load", "10", "--aht", "5m"], mentions: ["give a target"])
        try assertRefused(["staff", "--load", "10", "--aht", "5m", "--service-level", "80%"], mentions: ["--service-level"])
        try assertRefused(["staff", "--load", "10", "--aht", "5m", "--service-level", "100%/20s"], mentions: ["below 100%"])
        try assertRefused(["staff", "--load", "10", "--aht", "5m", "--service-level", "80"], mentions: ["--service-level"])
        try assertRefused(["staff", "--load", "10", "--aht", "5m", "--service-level", "80%/20s", "--max-abandon", "5%"],
                          mentions: ["--max-abandon needs --model a"])
        try assertRefused(["staff", "--load", "10", "--aht", "5m", "--service-level", "80%/20s", "--model", "a"],
                          mentions: ["--patience"])
        try assertRefused(["staff", "--load", "10", "--aht", "5m", "--service-level", "80%/20s", "--shrinkage", "120%"],
                          mentions: ["--shrinkage", "above 100%"])
    }

    func test_output_isWrittenToAFile_andNotCreatedOnFailure() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ccsim-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = dir.appendingPathComponent("staff.json").path
        let r = try CCSimBinary.run(["staff", "--load", "10", "--aht", "5m", "--service-level", "80%/20s",
                                     "--format", "json", "--output", good])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "")
        XCTAssertTrue(try String(contentsOfFile: good, encoding: .utf8).contains("\"agents\""))
        let bad = dir.appendingPathComponent("bad.json").path
        _ = try CCSimBinary.run(["staff", "--load", "-10", "--aht", "5m", "--service-level", "80%/20s", "--output", bad])
        XCTAssertFalse(FileManager.default.fileExists(atPath: bad))
    }
}
