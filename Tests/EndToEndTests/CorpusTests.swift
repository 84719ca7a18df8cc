import Foundation
import XCTest

/// The corpus of broken files (Fixtures/corpus, one broken thing per file, listed in cases.txt with the
/// message each must produce): every case exits with status 2, names FILE:LINE:COLUMN and the field,
/// within a few seconds and a 1 GiB memory cap, and writes nothing to stdout.
final class CorpusTests: XCTestCase {
    struct Case {
        var arguments: [String]
        var expected: String
        var line: Int
    }

    static var directory: URL { URL(fileURLWithPath: CCSimBinary.fixture("corpus")) }

    static func cases() throws -> [Case] {
        let text = try String(contentsOf: directory.appendingPathComponent("cases.txt"), encoding: .utf8)
        return text.split(separator: "\n").enumerated().compactMap { index, line in
            guard !line.hasPrefix("#"), let arrow = line.range(of: " => ") else { return nil }
            return Case(arguments: line[..<arrow.lowerBound].split(separator: " ").map(String.init),
                        expected: String(line[arrow.upperBound...]), line: index + 1)
        }
    }

    func test_everyCorpusFile_isRefusedLocated_quickly_inBoundedMemory() throws {
        let cases = try Self.cases()
        XCTAssertGreaterThanOrEqual(cases.count, 40)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ccsim-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        for c in cases {
            let output = scratch.appendingPathComponent("out-\(c.line).csv").path
            let arguments = c.arguments.map { $0 == "{out}" ? output : $0 }
            let run = try LimitedRun.run(arguments, in: Self.directory)
            let label = "cases.txt:\(c.line) \(c.arguments.joined(separator: " "))"
            XCTAssertEqual(run.result.status, 2, "\(label): \(run.result.stderr)")
            XCTAssertEqual(run.result.stdout, "", label)
            XCTAssertTrue(run.result.stderr.contains(c.expected), "\(label)\n  expected: \(c.expected)\n  stderr: \(run.result.stderr)")
            XCTAssertEqual(run.problems(files: c.arguments.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".csv") }), [], label)
            XCTAssertLessThan(run.seconds, 10, "\(label) took \(run.seconds) s")
            XCTAssertFalse(FileManager.default.fileExists(atPath: output), "\(label): a refused sweep writes no output")
        }
    }

    func test_theCorpusBase_isValid_soEachCaseBreaksOneThing() throws {
        let run = try LimitedRun.run(["validate", "base.yaml"], in: Self.directory)
        XCTAssertEqual(run.result.status, 0, run.result.stderr)
    }
}
