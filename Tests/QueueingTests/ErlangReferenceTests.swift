import Foundation
import XCTest
@testable import Queueing

/// Erlang B, C and A against high-precision reference values written by
/// `Vectors/generate_erlang_vectors.py` (mpmath, 50 digits; Erlang A by two independent methods).
/// The claim checked: relative error <= 1e-9, or absolute <= 1e-15 for values below 1e-12.
final class ErlangReferenceTests: XCTestCase {
    struct Vectors: Decodable {
        var erlang_b: [[String: Double]]
        var erlang_c: [[String: Double]]
        var erlang_a: [[String: Double]]
    }

    static let vectors: Vectors? = {
        guard let url = Bundle.module.url(forResource: "Vectors/erlang_vectors", withExtension: "json"),
              let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(Vectors.self, from: data)
    }()

    func vectors() throws -> Vectors { try XCTUnwrap(Self.vectors, "reference vectors missing or unreadable") }

    func assertExact(_ value: Double, _ reference: Double, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(value.isFinite, "\(what): \(value) is not finite", file: file, line: line)
        if abs(reference) < 1e-12 {
            XCTAssertLessThanOrEqual(abs(value - reference), 1e-15, "\(what): \(value) vs \(reference)", file: file, line: line)
        } else {
            let rel = abs(value - reference) / abs(reference)
            XCTAssertLessThanOrEqual(rel, 1e-9, "\(what): \(value) vs \(reference) (relative error \(rel))", file: file, line: line)
        }
    }

    func test_erlangB_matchesReference_forIntegerAndFractionalAgents() throws {
        let v = try vectors()
        XCTAssertGreaterThan(v.erlang_b.count, 20)
        for c in v.erlang_b {
            let n = c["agents"]!, a = c["load"]!
            assertExact(try ErlangB.blocking(agents: n, load: a), c["blocking"]!, "B(\(n), \(a))")
        }
    }

    func test_erlangC_matchesReference() throws {
        let v = try vectors()
        XCTAssertGreaterThan(v.erlang_c.count, 20)
        for c in v.erlang_c {
            let n = c["agents"]!, a = c["load"]!, aht = c["aht"]!, t = c["target"]!
            let m = try ErlangC.metrics(agents: n, load: a, aht: aht, target: t)
            let label = "C(n=\(n), A=\(a), t=\(t))"
            assertExact(m.pWait, c["p_wait"]!, label + " p_wait")
            assertExact(m.serviceLevel, c["service_level"]!, label + " service_level")
            assertExact(m.asa, c["asa_seconds"]!, label + " asa")
            assertExact(m.occupancy, c["occupancy"]!, label + " occupancy")
        }
    }

    func test_erlangA_matchesReference_includingOverload() throws {
        let v = try vectors()
        XCTAssertGreaterThan(v.erlang_a.count, 20)
        XCTAssertTrue(v.erlang_a.contains { $0["load"]! > $0["agents"]! }, "overloaded cases are covered")
        for c in v.erlang_a {
            let n = c["agents"]!, a = c["load"]!, aht = c["aht"]!, p = c["patience"]!, t = c["target"]!
            let m = try ErlangA.metrics(agents: n, load: a, aht: aht, patience: p, target: t)
            let label = "A(n=\(n), A=\(a), aht=\(aht), patience=\(p), t=\(t))"
            assertExact(m.pWait, c["p_wait"]!, label + " p_wait")
            assertExact(m.pAbandon, c["p_abandon"]!, label + " p_abandon")
            assertExact(m.serviceLevel, c["service_level"]!, label + " service_level")
            assertExact(m.serviceLevelOfAnswered, c["service_level_of_answered"]!, label + " service_level_of_answered")
            assertExact(m.asa, c["asa_seconds"]!, label + " asa")
            assertExact(m.meanWaitAll, c["mean_wait_all_seconds"]!, label + " mean_wait_all")
            assertExact(m.meanQueueLength, c["mean_queue_length"]!, label + " mean_queue_length")
            assertExact(m.occupancy, c["occupancy"]!, label + " occupancy")
        }
    }
}
