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
            XCTAssertTrue("\(error)".contains("choose another --output"), "\(error)")
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
            XCTAssertTrue("\(error)".contains("the part '\(parts[0])' is given twice"), "\(error)")
        }
        let copy = sandbox.path("copy-of-part-1.csv")
        try FileManager.default.copyItem(atPath: parts[0], toPath: copy)
        XCTAssertThrowsError(try SweepResultFile.merge(parts + [copy], into: merged)) { error in
            XCTAssertTrue("\(error)".contains("\(copy):3: point 1 is in both '\(parts[0])' (line 3)"), "\(error)")
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

    /// Given the sweep file, merge checks each row's parameter values against its point, as a
    /// resumed run does: an edited value (still a valid number) is refused at its line and field.
    func test_merge_withTheSweep_checksParameterValues() throws {
        let sandbox = try FileSandbox()
        let s = try sweep(sandbox)
        let parts = try (1...2).map { i -> String in
            let part = sandbox.path("part-\(i).csv")
            try SweepExecution(sweep: s, output: part, shard: try SweepShard(index: i, count: 2), jobs: 1).run()
            return part
        }
        let merged = sandbox.path("merged.csv")
        XCTAssertEqual(try SweepResultFile.merge(parts, into: merged, sweep: s), 6)
        var lines = try text(parts[1]).split(separator: "\n").map(String.init)
        var cells = lines[2].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        cells[2] = cells[2] == "3" ? "1" : "3"   // channels.chat.concurrency of the part's first point: another point's value
        lines[2] = cells.joined(separator: ",")
        let edited = try sandbox.write("edited.csv", lines.joined(separator: "\n") + "\n")
        XCTAssertEqual(try SweepResultFile.merge([parts[0], edited], into: sandbox.path("unchecked.csv")), 6,
                       "without the sweep file a valid value cannot be told from the right one")
        XCTAssertThrowsError(try SweepResultFile.merge([parts[0], edited], into: sandbox.path("checked.csv"), sweep: s)) { error in
            XCTAssertTrue("\(error)".contains("\(edited):3: field 'channels.chat.concurrency' is '\(cells[2])', but point 2 of this sweep has"),
                          "\(error)")
        }
        let other = try Sweep.load(path: try sandbox.write("other.yaml", SweepFixtures.grid.replacingOccurrences(of: "chat.service_level",
                                                                                                              with: "chat.asa_seconds")))
        XCTAssertThrowsError(try SweepResultFile.merge(parts, into: sandbox.path("x.csv"), sweep: other)) { error in
            XCTAssertTrue("\(error)".contains("is not a part of the sweep"), "\(error)")
        }
    }

    /// A finished output with one row edited (`edit` gets the row lines, header excluded) and its
    /// last rows cut so that a run resumes; returns the paths of the whole output and the edited one.
    func tampered(_ sandbox: FileSandbox, _ s: Sweep, format: SweepOutputFormat, name: String,
                  _ edit: (inout [String]) -> Void) throws -> (whole: String, edited: String) {
        let whole = sandbox.path("whole.\(format)")
        if !FileManager.default.fileExists(atPath: whole) { try SweepExecution(sweep: s, output: whole, format: format, jobs: 2).run() }
        var lines = try text(whole).split(separator: "\n").map(String.init)
        let preamble = format == .csv ? 2 : 1
        var rows = Array(lines[preamble..<(preamble + 3)])   // points 1-3 done, 4-6 to run
        edit(&rows)
        lines = Array(lines.prefix(preamble)) + rows
        let edited = try sandbox.write(name, lines.joined(separator: "\n") + "\n")
        return (whole, edited)
    }

    /// Rows read back on resume are checked field by field: an edited measure, a NaN, a wrong number of
    /// fields, a point out of range or twice, a parameter that is not the point's, a negative half-width
    /// are each refused at their file, line and field, and the file is left as it was. (Found by fuzzing:
    /// a measure edited to 'abc' was carried into the results.)
    func test_resume_refusesTamperedRows_atTheirLineAndField_andLeavesTheFileAlone() throws {
        let sandbox = try FileSandbox()
        let s = try sweep(sandbox)
        let csvCases: [(String, (inout [String]) -> Void, [String])] = [
            ("abc", { r in var c = r[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init); c[3] = "abc"
                r[1] = c.joined(separator: ",") }, [":4: field 'chat.service_level.mean' is 'abc', not a number"]),
            ("nan", { r in var c = r[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init); c[9] = "nan"
                r[0] = c.joined(separator: ",") }, [":3: field 'totals.cost.mean' is 'nan', not a number"]),
            ("inf", { r in var c = r[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init); c[5] = "inf"
                r[0] = c.joined(separator: ",") }, [":3: field 'phone.abandon_rate.mean' is 'inf', not a number"]),
            ("fields", { r in r[2] += ",1" }, [":5: this line is not a row of the sweep: it has 12 fields, but the rows of this file have 11"]),
            ("fewer", { r in r[2] = String(r[2].prefix(while: { $0 != "," })) }, [":5: this line is not a row", "has 1 field,"]),
            ("range", { r in r[0] = "7" + r[0].drop(while: { $0 != "," }) }, [":3: field 'point' is 7, but the sweep has points 1 to 6"]),
            ("zero", { r in r[0] = "0" + r[0].drop(while: { $0 != "," }) }, [":3: field 'point' is 0, but the sweep has points 1 to 6"]),
            ("notpoint", { r in r[0] = "1.5" + r[0].drop(while: { $0 != "," }) }, [":3: field 'point' is '1.5', not a point number"]),
            ("twice", { r in r[2] = r[0] }, [":5: point 1 is here a second time (first at line 3)"]),
            ("param", { r in var c = r[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init); c[1] = "4"
                r[0] = c.joined(separator: ",") }, [":3: field 'changes.0.move_agents.count' is '4', but point 1 of this sweep has '0'"]),
            ("negative", { r in var c = r[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init); c[4] = "-0.5"
                r[0] = c.joined(separator: ",") }, [":3: field 'chat.service_level.ci95' is '-0.5', but a 95% half-width is never negative"]),
            ("blank", { r in r.insert("", at: 1) }, [":4: this line is not a row of the sweep", "an empty line"]),
            ("share", { r in var c = r[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init); c[3] = "1.5"
                r[0] = c.joined(separator: ",") }, [":3: field 'chat.service_level.mean' is '1.5', but a share is from 0 to 1"]),
            ("reformatted", { r in var c = r[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init); c[9] = "+" + c[9]
                r[0] = c.joined(separator: ",") }, [":3: field 'totals.cost.mean' is '+", "which is not how ccsim writes", "the row was changed"]),
        ]
        for (name, edit, expected) in csvCases {
            let (_, edited) = try tampered(sandbox, s, format: .csv, name: "\(name).csv", edit)
            let before = try text(edited)
            XCTAssertThrowsError(try SweepExecution(sweep: s, output: edited, jobs: 1).run(), name) { error in
                XCTAssertTrue(error is FileErrors, "\(name): a located error, not \(type(of: error))")
                for part in expected { XCTAssertTrue("\(error)".contains(part.hasPrefix(":") ? edited + part : part), "\(name): \(error)") }
            }
            XCTAssertEqual(try text(edited), before, "\(name): a refused resume leaves the file alone")
        }
        let jsonCases: [(String, (inout [String]) -> Void, [String])] = [
            ("abc", { r in r[1] = r[1].replacingOccurrences(of: "\"totals.cost.mean\":[^,]*", with: "\"totals.cost.mean\":\"abc\"",
                                                           options: .regularExpression) },
             [":3: field 'totals.cost.mean' is 'abc', not a number"]),
            ("extra", { r in r[1] = r[1].replacingOccurrences(of: "{\"point\":2,", with: "{\"point\":2,\"x\":1,") },
             [":3: this line is not a row of the sweep: it has a field 'x'"]),
            ("nan", { r in r[0] = r[0].replacingOccurrences(of: "\"totals.cost.mean\":[^,]*", with: "\"totals.cost.mean\":NaN", options: .regularExpression) },
             [":2: this line is not a row of the sweep", "an unexpected 'N'"]),
            ("bool", { r in r[0] = r[0].replacingOccurrences(of: "\"point\":1,", with: "\"point\":true,") },
             [":2: field 'point' is true, not a point number"]),
            ("param", { r in r[0] = r[0].replacingOccurrences(of: "\"changes.0.move_agents.count\":0", with: "\"changes.0.move_agents.count\":\"0\"") },
             [":2: field 'changes.0.move_agents.count' is '0', but point 1 of this sweep has 0"]),
            ("missing", { r in r[2] = r[2].replacingOccurrences(of: ",\"totals.cost.ci95\":[^}]*", with: "", options: .regularExpression) },
             [":4: this line is not a row of the sweep: it has no field 'totals.cost.ci95'"]),
            ("exponent", { r in r[0] = r[0].replacingOccurrences(of: "(\"totals.cost.mean\":[0-9.]*)", with: "$1e0", options: .regularExpression) },
             [":2: field 'totals.cost.mean' is ", "e0, which is not how ccsim writes"]),
        ]
        for (name, edit, expected) in jsonCases {
            let (_, edited) = try tampered(sandbox, s, format: .jsonl, name: "\(name).jsonl", edit)
            let before = try text(edited)
            XCTAssertNotEqual(before, try text(sandbox.path("whole.jsonl")))
            XCTAssertThrowsError(try SweepExecution(sweep: s, output: edited, format: .jsonl, jobs: 1).run(), name) { error in
                for part in expected { XCTAssertTrue("\(error)".contains(edited + part) || "\(error)".contains(part), "\(name): \(error)") }
                XCTAssertTrue("\(error)".hasPrefix(edited + ":"), "\(name): located at the file: \(error)")
            }
            XCTAssertEqual(try text(edited), before, "\(name): a refused resume leaves the file alone")
        }
        // Untouched rows resume as before.
        let (whole, intact) = try tampered(sandbox, s, format: .csv, name: "intact.csv") { _ in }
        XCTAssertEqual(try SweepExecution(sweep: s, output: intact, jobs: 1).run().alreadyDone, 3)
        XCTAssertEqual(try text(intact), try text(whole))
    }

    /// Merge checks every part's rows the same way, names the user's files (never a temporary file),
    /// and checks --output before reading the parts.
    func test_merge_refusesTamperedRows_andNamesTheUsersFiles() throws {
        let sandbox = try FileSandbox()
        let s = try sweep(sandbox)
        for format in SweepOutputFormat.allCases {
            let parts = try (1...2).map { i -> String in
                let part = sandbox.path("part-\(i).\(format)")
                try SweepExecution(sweep: s, output: part, format: format, shard: try SweepShard(index: i, count: 2), jobs: 1).run()
                return part
            }
            let merged = sandbox.path("merged.\(format)")
            let original = try text(parts[1])
            let bad = format == .csv
                ? original.replacingOccurrences(of: "\n4,", with: "\n4x,")
                : original.replacingOccurrences(of: "\"point\":4,", with: "\"point\":4.5,")
            XCTAssertNotEqual(bad, original)
            try Data(bad.utf8).write(to: URL(fileURLWithPath: parts[1]))
            XCTAssertThrowsError(try SweepResultFile.merge(parts, into: merged)) { error in
                XCTAssertTrue("\(error)".hasPrefix(parts[1] + ":\(format == .csv ? 4 : 3): field 'point' is"), "\(error)")
            }
            XCTAssertFalse(FileManager.default.fileExists(atPath: merged))
            let measure = format == .csv
                ? original.replacingOccurrences(of: ",(-?[0-9.e-]+)\n", with: ",1e999\n", options: .regularExpression)
                : original.replacingOccurrences(of: "\"totals.cost.ci95\":[^}]*", with: "\"totals.cost.ci95\":1e999", options: .regularExpression)
            try Data(measure.utf8).write(to: URL(fileURLWithPath: parts[1]))
            XCTAssertThrowsError(try SweepResultFile.merge(parts, into: merged)) { error in
                XCTAssertTrue("\(error)".contains(parts[1] + ":\(format == .csv ? 3 : 2): field 'totals.cost.ci95' is"), "\(error)")
                XCTAssertTrue("\(error)".contains("not a number"), "\(error)")
            }
            try Data(original.utf8).write(to: URL(fileURLWithPath: parts[1]))

            // Outputs: a missing folder, a folder, a part; errors name the given paths only.
            for (output, expected) in [(sandbox.path("nodir/m.\(format)"), "does not exist"), (sandbox.directory.path, "is a folder"),
                                       (parts[0], "one of the files this command reads")] {
                XCTAssertThrowsError(try SweepResultFile.merge(parts, into: output)) { error in
                    XCTAssertTrue("\(error)".contains(expected), "\(error)")
                    XCTAssertFalse("\(error)".contains(".tmp") || "\(error)".contains(".ccsim-"), "a temporary file named: \(error)")
                }
            }
            let whole = sandbox.path("whole.\(format)")
            try SweepExecution(sweep: s, output: whole, format: format, jobs: 1).run()
            XCTAssertEqual(try SweepResultFile.merge(parts, into: merged), 6)
            XCTAssertEqual(try text(merged), try text(whole))
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: sandbox.directory.path).filter { $0.contains(".ccsim-") }, [],
                           "no temporary file is left behind")
        }
    }

    /// An edited header field is named at line 1 (it was "not a ccsim sweep output"), and the file is left alone.
    func test_anEditedHeaderField_isNamed_atLineOne() throws {
        let sandbox = try FileSandbox()
        let s = try sweep(sandbox)
        let whole = sandbox.path("whole.csv")
        try SweepExecution(sweep: s, output: whole, jobs: 2).run()
        let original = try text(whole)
        for (find, replace, field) in [("replications=2", "replications=0", "'replications' is '0'"), ("seed=", "seed=-", "'seed' is '-"),
                                       ("shard=all", "shard=3/2", "'shard' is '3/2'"), ("common_random_numbers=true", "common_random_numbers=yes",
                                                                                         "'common_random_numbers' is 'yes'")] {
            // A file of its own each time: a merge notes its parts as inputs of the process, which no output may replace.
            let edited = try sandbox.write("edited-\(field.prefix(6).filter(\.isLetter)).csv", original.replacingOccurrences(of: find, with: replace))
            XCTAssertThrowsError(try SweepExecution(sweep: s, output: edited, jobs: 1).run(), find) { error in
                XCTAssertTrue("\(error)".hasPrefix(edited + ":1: the header's \(field)"), "\(error)")
            }
            XCTAssertThrowsError(try SweepResultFile.merge([edited], into: sandbox.path("m.csv"))) { error in
                XCTAssertTrue("\(error)".hasPrefix(edited + ":1: the header's \(field)"), "\(error)")
            }
            XCTAssertEqual(try text(edited), original.replacingOccurrences(of: find, with: replace))
        }
    }

    /// Two copies of a whole sweep list ten of the points found twice and count the rest, instead of one line per point.
    func test_mergingTwoCopies_listsTenDuplicates_andCountsTheRest() throws {
        let sandbox = try FileSandbox()
        let rows = (1...50).map { "\($0),\($0),0.5,0.1" }.joined(separator: "\n")
        let text = "# ccsim sweep v1 hash=0123456789abcdef points=50 replications=2 seed=1 common_random_numbers=true shard=all\n"
            + "point,agent_groups.team.agents,phone.service_level.mean,phone.service_level.ci95\n" + rows + "\n"
        let a = try sandbox.write("a.csv", text), b = try sandbox.write("b.csv", text)
        XCTAssertEqual(try SweepResultFile.merge([a], into: sandbox.path("one.csv")), 50)
        XCTAssertThrowsError(try SweepResultFile.merge([a, b], into: sandbox.path("m.csv"))) { error in
            let lines = "\(error)".split(separator: "\n")
            XCTAssertEqual(lines.count, 11, "\(error)")
            XCTAssertEqual(lines.last.map(String.init), "\(a): 40 more points in two parts not listed")
        }
    }
}

