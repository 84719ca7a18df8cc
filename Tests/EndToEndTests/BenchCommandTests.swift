import Foundation
import XCTest

/// `ccsim-bench`, the benchmarks' own executable: the peer benchmark's one-line JSON (read by
/// ../shared/bench/peers/run_bench.py), the model and heap benchmarks, and clean refusals.
final class BenchCommandTests: XCTestCase {
    func test_peer_printsOneJSONLine_withTheKeysRunBenchReads() throws {
        let r = try CCSimBinary.run(["peer", "--n", "3000", "--seed", "4"], program: "ccsim-bench")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout.filter { $0 == "\n" }.count, 1, "one line: \(r.stdout)")
        let keys = try XCTUnwrap(r.stdout.range(of: #"^\{"tool":"ccsim","variant":"mmc\+m","n":3000,"seed":4,"#,
                                                options: .regularExpression), "key order: \(r.stdout)")
        XCTAssertEqual(keys.lowerBound, r.stdout.startIndex)
        let json = try r.json()
        for key in ["sim_s", "cust_per_s", "cpu_s", "cust_per_cpu_s", "counted", "p_wait", "mean_wait_served",
                    "p_abandon", "events"] {
            XCTAssertNotNil(json[key], "\(key) in \(r.stdout)")
        }
    }

    func test_model_countsContactsOfAShippedModel() throws {
        let r = try CCSimBinary.run(["model", "models/single-queue.yaml", "--replications", "1"], program: "ccsim-bench")
        XCTAssertEqual(r.status, 0, r.stderr)
        let json = try r.json()
        XCTAssertEqual(json["replications"] as? Int, 1)
        // Contacts measured: the model's customer limit (100,000 arrivals) less those of its 100-minute
        // warm-up (Poisson, mean 10,000 at 100 a minute; ± 400 is four standard deviations).
        let contacts = try XCTUnwrap(json["contacts"] as? Int)
        XCTAssertEqual(Double(contacts), 90_000, accuracy: 400)
    }

    func test_heap_listsTheThreeHeaps_asJSON() throws {
        let r = try CCSimBinary.run(["heap", "--operations", "100", "--format", "json"], program: "ccsim-bench")
        XCTAssertEqual(r.status, 0, r.stderr)
        for heap in ["QuaternaryEventHeap", "BinaryEventHeap", "CollectionsEventHeap"] {
            XCTAssertTrue(r.stdout.contains(heap), "\(heap) in \(r.stdout)")
        }
    }

    func test_badInput_isRefusedWithStatus2() throws {
        try assertRefused(["peer", "--n", "0"], mentions: ["ccsim-bench: error: --n and --c must be at least 1"],
                          program: "ccsim-bench")
        try assertRefused(["erlang", "--repetitions", "0"], mentions: ["--repetitions must be at least 1"],
                          program: "ccsim-bench")
        try assertRefused(["model", "models/no-such-model.yaml"], mentions: ["no-such-model.yaml"], program: "ccsim-bench")
    }
}
