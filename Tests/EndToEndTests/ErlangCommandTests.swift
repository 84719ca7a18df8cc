import Foundation
import XCTest

final class ErlangCommandTests: XCTestCase {
    func test_erlangB_json_hasBlocking() throws {
        let r = try CCSimBinary.run(["erlang", "b", "--agents", "10", "--load", "8", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let blocking = try XCTUnwrap(try r.json()["blocking"] as? Double)
        XCTAssertEqual(blocking, 0.12166106425295149, accuracy: 1e-12)
    }

    func test_erlangC_json_matchesThePeerBenchmarkTheory() throws {
        let r = try CCSimBinary.run(["erlang", "c", "--agents", "520", "--load", "500", "--aht", "300s",
                                     "--target", "20s", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let j = try r.json()
        XCTAssertEqual(Set(j.keys), ["agents", "load", "p_wait", "service_level", "asa_seconds", "occupancy"])
        // ../shared/bench/peers/theory.py: P(wait) = 0.27476, ASA = 0.06869 min.
        XCTAssertEqual(j["p_wait"] as! Double, 0.27476, accuracy: 5e-6)
        XCTAssertEqual(j["asa_seconds"] as! Double, 0.06869 * 60, accuracy: 0.0005 * 60)
    }

    func test_erlangA_json_hasEveryContractKey_andMatchesTheory() throws {
        let r = try CCSimBinary.run(["erlang", "a", "--agents", "520", "--load", "500", "--aht", "5m",
                                     "--patience", "2m", "--target", "20s", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let j = try r.json()
        for key in ["p_wait", "p_abandon", "service_level", "service_level_of_answered", "asa_seconds",
                    "mean_wait_all_seconds", "mean_queue_length", "occupancy"] {
            XCTAssertNotNil(j[key] as? Double, "missing \(key)")
        }
        // theory.py: P(wait) = 0.15402, P(abandon) = 0.006659, mean wait of served = 0.012919 min.
        XCTAssertEqual(j["p_wait"] as! Double, 0.15402, accuracy: 5e-6)
        XCTAssertEqual(j["p_abandon"] as! Double, 0.006659, accuracy: 5e-7)
        XCTAssertEqual(j["asa_seconds"] as! Double, 0.012919 * 60, accuracy: 5e-7 * 60)
    }

    func test_callsPerPeriod_givesTheSameLoadAsErlangs() throws {
        let a = try CCSimBinary.run(["erlang", "c", "--agents", "12", "--load", "10", "--aht", "3m", "--format", "json"])
        let b = try CCSimBinary.run(["erlang", "c", "--agents", "12", "--calls", "100", "--per", "30m", "--aht", "3m",
                                     "--format", "json"])
        XCTAssertEqual(b.status, 0, b.stderr)
        XCTAssertEqual(try a.json()["p_wait"] as! Double, try b.json()["p_wait"] as! Double, accuracy: 1e-15)
    }

    func test_fractionalAgents_areAccepted() throws {
        let r = try CCSimBinary.run(["erlang", "b", "--agents", "18.7", "--load", "15", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let low = try CCSimBinary.run(["erlang", "b", "--agents", "18", "--load", "15", "--format", "json"]).json()
        let high = try CCSimBinary.run(["erlang", "b", "--agents", "19", "--load", "15", "--format", "json"]).json()
        let mid = try r.json()["blocking"] as! Double
        XCTAssertLessThan(mid, low["blocking"] as! Double)
        XCTAssertGreaterThan(mid, high["blocking"] as! Double)
    }

    func test_tableAndCSV_formats() throws {
        let t = try CCSimBinary.run(["erlang", "a", "--agents", "20", "--load", "18", "--aht", "300s", "--patience", "60s"])
        XCTAssertEqual(t.status, 0, t.stderr)
        XCTAssertTrue(t.stdout.contains("Probability of abandoning"))
        let c = try CCSimBinary.run(["erlang", "c", "--agents", "20", "--load", "18", "--aht", "300s", "--format", "csv"])
        let lines = c.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        XCTAssertEqual(lines[0], "agents,load,p_wait,service_level,asa_seconds,occupancy")
    }

    func test_badValues_areRefusedWithAMessageNamingTheOption() throws {
        try assertRefused(["erlang", "b", "--agents", "-3", "--load", "2"], mentions: ["--agents", "must be > 0"])
        try assertRefused(["erlang", "b", "--agents", "0", "--load", "2"], mentions: ["--agents"])
        try assertRefused(["erlang", "b", "--agents", "nan", "--load", "2"], mentions: ["--agents"])
        try assertRefused(["erlang", "b", "--agents", "5", "--load", "abc"], mentions: ["--load", "not a number"])
        try assertRefused(["erlang", "c", "--agents", "5", "--load", "2", "--aht", "300x"], mentions: ["--aht", "unknown unit 'x'"])
        try assertRefused(["erlang", "c", "--agents", "5", "--load", "2", "--aht", "300"], mentions: ["--aht", "no unit"])
        try assertRefused(["erlang", "c", "--agents", "5", "--load", "2", "--aht", "-5m"], mentions: ["--aht", "negative"])
        try assertRefused(["erlang", "c", "--agents", "10", "--load", "10", "--aht", "5m"], mentions: ["unstable", "without bound"])
        try assertRefused(["erlang", "c", "--agents", "10", "--load", "12", "--aht", "5m"], mentions: ["unstable"])
        try assertRefused(["erlang", "c", "--agents", "10", "--aht", "5m"], mentions: ["--load"])
        try assertRefused(["erlang", "c", "--agents", "10", "--calls", "100", "--aht", "5m"], mentions: ["--per"])
        try assertRefused(["erlang", "a", "--agents", "10", "--load", "8", "--aht", "5m", "--patience", "0s"], mentions: ["--patience"])
    }

    func test_overloadedErlangA_works() throws {
        let r = try CCSimBinary.run(["erlang", "a", "--agents", "10", "--load", "15", "--aht", "5m", "--patience", "1m",
                                     "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertGreaterThan(try r.json()["p_abandon"] as! Double, 1.0 / 3.0)
    }
}
