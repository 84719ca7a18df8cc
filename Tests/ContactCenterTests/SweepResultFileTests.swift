import Foundation
import XCTest
@testable import ContactCenter
@testable import Experiments

/// Output files: resuming, torn rows, other sweeps' files, shards and merging.
final class SweepResultFileTests: XCTestCase {
    func sweep(_ sandbox: FileSandbox) throws -> Sweep {
        try Sweep.load(path: try SweepFixtures.write(SweepFixtures.grid, in: sandbox))
    }

    func text(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    func test_run_writesSortedRows_identicalForOneOrTwoJobs_inBothFormats() throws {
        let sandbox = try FileSandbox()
        let s = try sweep(sandbox)
        for format in SweepOutputFormat.allCases {
            let one = sandbox.path("one.\(format)"), two = sandbox.path("two.\(format)")
            try SweepExecution(sweep: s, output: one, format: format, jobs: 1).run()
            try SweepExecution(sweep: s, output: two, format: format, jobs: 2).run()
            XCTAssertEqual(try text(one), try text(two))
            let lines = try text(one).split(separator: "\n")
            XCTAssertEqual(lines.count, format == .csv ? 8 : 7)
            XCTAssertTrue(lines[0].contains("hash=\(s.fingerprint)") || lines[0].contains("\"hash\":\"\(s.fingerprint)\""))
        }
        let csv = try text(sandbox.path("one.csv")).split(separator: "\n")
        XCTAssertEqual(csv[1], "point,changes.0.move_agents.count,channels.chat.concurrency,chat.service_level.mean,chat.service_level.ci95,"
                       + "phone.abandon_rate.mean,phone.abandon_rate.ci95,groups.digital.occupancy.mean,groups.digital.occupancy.ci95,"
                       + "totals.cost.mean,totals.cost.ci95")
        XCTAssertEqual(csv.dropFirst(2).map { $0.split(separator: ",")[0] }, ["1", "2", "3", "4", "5", "6"])
        let json = try JSONSerialization.jsonObject(with: Data(try text(sandbox.path("one.jsonl")).split(separator: "\n")[1].utf8))
        let row = try XCTUnwrap(json as? [String: Any])
        XCTAssertEqual(row["point"] as? Int, 1)
        XCTAssertNotNil(row["chat.service_level.mean"] as? Double)
    }

    func test_resume_skipsFinishedPoints_dropsATornRow_andEndsIdentical() throws {
        let sandbox = try FileSandbox()
        let s = try sweep(sandbox)
        let whole = sandbox.path("whole.csv"), cut = sandbox.path("cut.csv")
        try SweepExecution(sweep: s, output: whole, jobs: 2).run()
        // Points 1, 4 and 5 finished (in completion order) and a torn half of point 2.
        let lines = try text(whole).split(separator: "\n", omittingEmptySubsequences: false)
        let partial = [lines[0], lines[1], lines[2], lines[5], lines[6]].joined(separator: "\n") + "\n" + lines[3].prefix(20)
        try Data(partial.utf8).write(to: URL(fileURLWithPath: cut))
        let outcome = try SweepExecution(sweep: s, output: cut, jobs: 2).run()
        XCTAssertEqual(outcome.alreadyDone, 3)
        XCTAssertTrue(outcome.droppedTornRow)
        XCTAssertEqual(try text(cut), try text(whole))
        // A finished output is left as it is.
        XCTAssertEqual(try SweepExecution(sweep: s, output: cut, jobs: 2).run().alreadyDone, 6)
        XCTAssertEqual(try text(cut), try text(whole))
    }

    func test_resume_refusesAnotherSweepsOutput_anotherShard_andForeignFiles() throws {
        let sandbox = try FileSandbox()
        var s = try sweep(sandbox)
        let out = sandbox.path("out.csv")
        try SweepExecution(sweep: s, output: out, jobs: 2).run()
        s.runner.replications = 3
        XCTAssertThrowsError(try SweepExecution(sweep: s, output: out).run()) { error in
            XCTAssertTrue("\(error)".contains("holds results of a different sweep"), "\(error)")
        }
        s.runner.replications = 2
        XCTAssertThrowsError(try SweepExecution(sweep: s, output: out, shard: try SweepShard(index: 1, count: 2)).run()) { error in
            XCTAssertTrue("\(error)".contains("holds the whole sweep, not shard 1/2"), "\(error)")
        }
        XCTAssertThrowsError(try SweepExecution(sweep: s, output: out, format: .jsonl).run()) { error in
            XCTAssertTrue("\(error)".contains("but --format is jsonl"), "\(error)")
        }
        let foreign = try sandbox.write("notes.csv", "a,b\n1,2\n")
        XCTAssertThrowsError(try SweepExecution(sweep: s, output: foreign).run()) { error in
            XCTAssertTrue("\(error)".contains("is not a ccsim sweep output"), "\(error)")
        }
        XCTAssertEqual(try text(foreign), "a,b\n1,2\n", "a file that is not a sweep output is never touched")
    }

    func test_shardsMerged_equalTheUnshardedRun_andMergeChecksEveryPoint() throws {
        let sandbox = try FileSandbox()
        let s = try sweep(sandbox)
        let whole = sandbox.path("whole.csv")
        try SweepExecution(sweep: s, output: whole, jobs: 2).run()
        let parts = try (1...4).map { i -> String in
            let part = sandbox.path("part-\(i).csv")
            try SweepExecution(sweep: s, output: part, shard: try SweepShard(index: i, count: 4), jobs: 1).run()
            return part
        }
        XCTAssertEqual(try text(parts[3]).split(separator: "\n").count, 3, "shard 4/4 of 6 points: point 4 only")
        let merged = sandbox.path("merged.csv")
        XCTAssertEqual(try SweepResultFile.merge(parts.reversed(), into: merged), 6)
        XCTAssertEqual(try text(merged), try text(whole))

        XCTAssertThrowsError(try SweepResultFile.merge(Array(parts.prefix(3)), into: merged)) { error in
            XCTAssertTrue("\(error)".contains("1 of 6 points are missing (4)"), "\(error)")
        }
        XCTAssertThrowsError(try SweepResultFile.merge(parts + [parts[0]], into: merged)) { error in
            XCTAssertTrue("\(error)".contains("point 1 is in both"), "\(error)")
        }
        var other = s
        other.runner.seed = 99
        let foreign = sandbox.path("foreign.csv")
        try SweepExecution(sweep: other, output: foreign, shard: try SweepShard(index: 4, count: 4), jobs: 1).run()
        XCTAssertThrowsError(try SweepResultFile.merge(Array(parts.prefix(3)) + [foreign], into: merged)) { error in
            XCTAssertTrue("\(error)".contains("comes from a different sweep"), "\(error)")
        }
        XCTAssertEqual(try text(merged), try text(whole), "a refused merge leaves the output alone")
    }
}
