import Foundation
import XCTest

/// `ccsim sweep` as a user runs it: outputs, resuming after SIGKILL, shards and merge, bad input.
final class SweepCommandTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ccsim-sweep-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func text(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }

    /// A sweep of the seed scenario over one day, written in the temporary directory.
    @discardableResult
    func writeSweep(_ name: String = "sweep.yaml", counts: String = "[0, 10, 20]", concurrency: String = "[2, 4]",
                    replications: Int = 2,
                    measures: String = "[messaging.service_level, phone.abandon_rate, groups.digital.occupancy, totals.cost]") throws -> String {
        let scenario = CCSimBinary.root.appendingPathComponent("scenarios/shift-phone-to-messaging.yaml").path
        let text = """
            name: End-to-end sweep
            base: \(scenario)
            set: { horizon.days: 1, simulation.warmup: 0s }
            parameters:
              changes.0.move_agents.count: \(counts)
              channels.messaging.concurrency: \(concurrency)
            replications: \(replications)
            measures: \(measures)
            """
        try Data(text.utf8).write(to: URL(fileURLWithPath: path(name)))
        return path(name)
    }

    func run(_ arguments: [String]) throws -> CommandResult {
        let r = try CCSimBinary.run(arguments)
        XCTAssertEqual(r.status, 0, "\(arguments): \(r.stderr)")
        return r
    }

    func test_sweep_writesOneRowPerPoint_identicalForAnyJobs_inCsvAndJsonLines() throws {
        let sweep = try writeSweep()
        try run(["sweep", sweep, "--output", path("one.csv"), "--jobs", "1"])
        try run(["sweep", sweep, "--output", path("two.csv"), "--jobs", "2"])
        XCTAssertEqual(try text("one.csv"), try text("two.csv"))
        let lines = try text("one.csv").split(separator: "\n")
        XCTAssertEqual(lines.count, 2 + 6)
        XCTAssertTrue(lines[0].hasPrefix("# ccsim sweep v1 hash="), String(lines[0]))
        XCTAssertTrue(lines[1].hasPrefix("point,changes.0.move_agents.count,channels.messaging.concurrency,"
                                          + "messaging.service_level.mean,messaging.service_level.ci95,"), String(lines[1]))
        XCTAssertEqual(lines[2].split(separator: ",").prefix(3), ["1", "0", "2"])
        XCTAssertEqual(lines[7].split(separator: ",").prefix(3), ["6", "20", "4"])
        // More agents and more sessions per agent: a better messaging service level.
        let sl = lines.dropFirst(2).map { Double($0.split(separator: ",")[3])! }
        XCTAssertGreaterThan(sl[5], sl[0])

        try run(["sweep", "run", sweep, "--output", path("rows.jsonl"), "--format", "jsonl"])
        let json = try text("rows.jsonl").split(separator: "\n")
        XCTAssertEqual(json.count, 1 + 6)
        let header = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json[0].utf8)) as? [String: [String: Any]])
        XCTAssertEqual(header["ccsim_sweep"]?["points"] as? Int, 6)
        let row = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json[6].utf8)) as? [String: Any])
        XCTAssertEqual(row["point"] as? Int, 6)
        XCTAssertEqual(row["channels.messaging.concurrency"] as? Int, 4)
        XCTAssertEqual(try XCTUnwrap(row["messaging.service_level.mean"] as? Double), sl[5], accuracy: 1e-12)
    }

    func test_sweep_commonRandomNumbers_areTheDefault_andCanBeTurnedOff() throws {
        // Letters: no customer comes back to mail, so its contacts are all first contacts, which moving
        // agents cannot change (other channels see repeat contacts that staffing does change).
        let sweep = try writeSweep(counts: "[0, 10]", concurrency: "[3]", measures: "[mail.offered]")
        try run(["sweep", sweep, "--output", path("crn.csv")])
        try run(["sweep", sweep, "--output", path("independent.csv"), "--no-common-random-numbers"])
        // Moving agents does not change arrivals: with common random numbers both points see the same contacts.
        func offered(_ name: String) throws -> [String] {
            try text(name).split(separator: "\n").dropFirst(2).map { String($0.split(separator: ",")[3]) }
        }
        let crn = try offered("crn.csv"), independent = try offered("independent.csv")
        XCTAssertEqual(crn[0], crn[1])
        XCTAssertNotEqual(independent[0], independent[1])
        XCTAssertTrue(try text("independent.csv").contains("common_random_numbers=false"))
    }

    func test_sweep_killedWithSIGKILL_resumesToTheSameFileAsAnUninterruptedRun() throws {
        let sweep = try writeSweep(counts: "{ from: 0, to: 40, step: 8 }", concurrency: "[1, 2, 3, 4]", replications: 2)
        try run(["sweep", sweep, "--output", path("whole.csv"), "--jobs", "1"])
        let total = 6 * 4

        let process = Process()
        process.executableURL = CCSimBinary.url
        process.arguments = ["sweep", sweep, "--output", path("killed.csv"), "--jobs", "2"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var rowsAtKill = 0
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            rowsAtKill = ((try? text("killed.csv")) ?? "").split(separator: "\n").count - 2
            if rowsAtKill >= 3 { break }
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        if process.terminationReason == .uncaughtSignal {
            let partial = try text("killed.csv").split(separator: "\n", omittingEmptySubsequences: false).count - 3
            XCTAssertGreaterThanOrEqual(partial, 3)
            XCTAssertLessThan(partial, total, "the kill came before the end")
        } else {
            // A fast (release) build can finish before the kill lands: cut the file as a kill would have.
            let lines = try text("killed.csv").split(separator: "\n")
            let cut = lines.prefix(5).joined(separator: "\n") + "\n" + lines[5].prefix(10)
            try Data(cut.utf8).write(to: URL(fileURLWithPath: path("killed.csv")))
        }

        let resumed = try run(["sweep", sweep, "--output", path("killed.csv"), "--jobs", "2"])
        XCTAssertTrue(resumed.stderr.contains("already done"), resumed.stderr)
        XCTAssertEqual(try text("killed.csv"), try text("whole.csv"))
        XCTAssertEqual(try text("killed.csv").split(separator: "\n").count, 2 + total)
    }

    func test_sweep_tornLastRow_isDropped_andItsPointRunAgain() throws {
        let sweep = try writeSweep()
        try run(["sweep", sweep, "--output", path("whole.csv")])
        let lines = try text("whole.csv").split(separator: "\n")
        let torn = lines.prefix(4).joined(separator: "\n") + "\n" + lines[4].prefix(15)
        try Data(torn.utf8).write(to: URL(fileURLWithPath: path("torn.csv")))
        let r = try run(["sweep", sweep, "--output", path("torn.csv")])
        XCTAssertTrue(r.stderr.contains("dropped an incomplete last row"), r.stderr)
        XCTAssertEqual(try text("torn.csv"), try text("whole.csv"))
    }

    func test_sweep_shardsMerged_equalTheUnshardedRun_byteForByte() throws {
        let sweep = try writeSweep(counts: "[0, 10, 20, 30, 40]")
        try run(["sweep", sweep, "--output", path("whole.csv")])
        for i in 1...3 {
            try run(["sweep", sweep, "--shard", "\(i)/3", "--output", path("part-\(i).csv"), "--jobs", "1"])
        }
        XCTAssertTrue(try text("part-2.csv").contains("shard=2/3"))
        try run(["sweep", "merge", path("part-3.csv"), path("part-1.csv"), path("part-2.csv"), "--output", path("merged.csv")])
        XCTAssertEqual(try text("merged.csv"), try text("whole.csv"))
        // The same in JSON lines (merge refused every jsonl part before).
        try run(["sweep", sweep, "--format", "jsonl", "--output", path("whole.jsonl")])
        for i in 1...2 {
            try run(["sweep", sweep, "--format", "jsonl", "--shard", "\(i)/2", "--output", path("part-\(i).jsonl"), "--jobs", "1"])
        }
        try run(["sweep", "merge", path("part-2.jsonl"), path("part-1.jsonl"), "--output", path("merged.jsonl")])
        XCTAssertEqual(try text("merged.jsonl"), try text("whole.jsonl"))
        // Given the sweep file (as the Slurm merge job does), every row's parameter values are checked too.
        try run(["sweep", "merge", path("part-2.jsonl"), path("part-1.jsonl"), "--sweep", sweep, "--output", path("checked.jsonl")])
        XCTAssertEqual(try text("checked.jsonl"), try text("whole.jsonl"))
    }

    // MARK: Bad input: exit status 2 and a clear reason

    func test_badSweepFiles_areRefused_withLocatedReasons() throws {
        let scenario = CCSimBinary.root.appendingPathComponent("scenarios/shift-phone-to-messaging.yaml").path
        let cases: [(String, [String])] = [
            ("parameters: { channels.mesaging.concurrency: [1, 2] }", ["sweep.yaml:3:15:", "did you mean 'messaging'?"]),
            ("parameters: { channels.messaging.concurrency: [1, 2.5] }", ["channels.messaging.concurrency", "2.5", "is not a whole number"]),
            ("parameters: { channels.messaging.concurrency: [] }", ["the design would have no points"]),
            ("parameters: { demand.contacts_per_day: { from: 7000, to: 8000 } }\ndesign: { random: { points: 0 } }",
             ["design.random.points: 0 must be at least 1"]),
        ]
        for (parameters, expected) in cases {
            let text = "base: \(scenario)\nmeasures: [messaging.service_level]\n\(parameters)\n"
            try Data(text.utf8).write(to: URL(fileURLWithPath: path("sweep.yaml")))
            try assertRefused(["sweep", path("sweep.yaml"), "--output", path("out.csv")], mentions: expected)
            XCTAssertFalse(FileManager.default.fileExists(atPath: path("out.csv")), "nothing written for a bad sweep")
        }
        let measures = "base: \(scenario)\nparameters: { channels.messaging.concurrency: [1] }\nmeasures: [mesaging.service_level]\n"
        try Data(measures.utf8).write(to: URL(fileURLWithPath: path("sweep.yaml")))
        try assertRefused(["sweep", path("sweep.yaml"), "--output", path("out.csv")], mentions: ["did you mean 'messaging'?"])
    }

    /// A model or scenario given where a sweep file goes was refused with every top-level key listed
    /// as unknown ("unknown key 'currency'", "'horizon'", "'channels'", ...).
    func test_aModelOrScenarioInsteadOfASweepFile_isNamedAsSuch() throws {
        for file in ["models/seed-retail-multichannel.yaml", "scenarios/shift-phone-to-messaging.yaml"] {
            try assertRefused(["sweep", file, "--output", path("out.csv")],
                              mentions: ["\(file):", "but a sweep file is expected here"])
            let r = try CCSimBinary.run(["sweep", file, "--output", path("out.csv")])
            XCTAssertFalse(r.stderr.contains("unknown key"), r.stderr)
            XCTAssertFalse(FileManager.default.fileExists(atPath: path("out.csv")))
        }
    }

    func test_badShardSpecs_areRefused() throws {
        let sweep = try writeSweep()
        for (spec, expected) in [("5/4", "shard 5 of 4 does not exist"), ("0/4", "shard 0 of 4 does not exist"), ("x", "is not I/N")] {
            try assertRefused(["sweep", sweep, "--shard", spec, "--output", path("out.csv")], mentions: ["--shard", expected])
        }
    }

    func test_rerunAgainstAChangedSweep_refusesToMixResults() throws {
        let sweep = try writeSweep()
        try run(["sweep", sweep, "--output", path("out.csv")])
        let before = try text("out.csv")
        try writeSweep(replications: 3)
        try assertRefused(["sweep", sweep, "--output", path("out.csv")], mentions: ["holds results of a different sweep"])
        try writeSweep()
        try assertRefused(["sweep", sweep, "--output", path("out.csv"), "--replications", "5"],
                          mentions: ["holds results of a different sweep"])
        XCTAssertEqual(try text("out.csv"), before)
    }

    func test_merge_refusesOtherSweeps_missingAndDuplicatePoints() throws {
        let sweep = try writeSweep()
        for i in 1...2 { try run(["sweep", sweep, "--shard", "\(i)/2", "--output", path("part-\(i).csv")]) }
        let other = try writeSweep("other.yaml", counts: "[0, 10, 21]")
        try run(["sweep", other, "--shard", "2/2", "--output", path("other-2.csv")])
        try assertRefused(["sweep", "merge", path("part-1.csv"), path("other-2.csv"), "--output", path("m.csv")],
                          mentions: ["comes from a different sweep"])
        // Same sweep file, a header field edited: named as such (it showed two identical hashes).
        let edited = try text("part-2.csv").replacingOccurrences(of: "replications=", with: "replications=9")
        try Data(edited.utf8).write(to: URL(fileURLWithPath: path("edited-2.csv")))
        try assertRefused(["sweep", "merge", path("part-1.csv"), path("edited-2.csv"), "--output", path("m.csv")],
                          mentions: ["same sweep file but were run differently"])
        // Which shard to run: it said "run the missing shards" without naming one.
        try assertRefused(["sweep", "merge", path("part-1.csv"), "--output", path("m.csv")],
                          mentions: ["3 of 6 points are missing (2, 4, 6); no part was given for shard 2/2: run it"])
        // A part cut short (a shard killed between rows, then not rerun) is named as incomplete.
        let short = try text("part-2.csv").split(separator: "\n", omittingEmptySubsequences: false).prefix(3).joined(separator: "\n") + "\n"
        try Data(short.utf8).write(to: URL(fileURLWithPath: path("short-2.csv")))
        try assertRefused(["sweep", "merge", path("part-1.csv"), path("short-2.csv"), "--output", path("m.csv")],
                          mentions: ["2 of 6 points are missing (4, 6); the part of shard 2/2 is incomplete (an interrupted run): rerun its command"])
        try assertRefused(["sweep", "merge", path("part-1.csv"), path("part-2.csv"), path("part-1.csv"), "--output", path("m.csv")],
                          mentions: ["the part '\(path("part-1.csv"))' is given twice"])
        try FileManager.default.copyItem(atPath: path("part-1.csv"), toPath: path("copy-1.csv"))
        try assertRefused(["sweep", "merge", path("part-1.csv"), path("part-2.csv"), path("copy-1.csv"), "--output", path("m.csv")],
                          mentions: ["\(path("copy-1.csv")):3: point 1 is in both '\(path("part-1.csv"))' (line 3)"])
        try Data("a,b\n".utf8).write(to: URL(fileURLWithPath: path("junk.csv")))
        try assertRefused(["sweep", "merge", path("part-1.csv"), path("junk.csv"), "--output", path("m.csv")],
                          mentions: ["is not a ccsim sweep output", "give sweep merge only the parts"])
        // A part is the user's input: the message never tells them to remove it.
        let r = try CCSimBinary.run(["sweep", "merge", path("part-1.csv"), path("junk.csv"), "--output", path("m.csv")])
        XCTAssertFalse(r.stderr.contains("remove it"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("m.csv")))
    }

    func test_shippedExampleSweeps_load_andRunAShard() throws {
        for file in ["phone-to-messaging-by-concurrency.yaml", "patience-handle-demand-lhs.yaml"] {
            let out = path(file + ".csv")
            let r = try run(["sweep", "scenarios/sweeps/" + file, "--shard", "1/20", "--replications", "2", "--output", out])
            XCTAssertEqual(r.stdout, "")
            XCTAssertGreaterThanOrEqual(try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").count, 4)
        }
    }

    /// A results file edited by hand is refused at its line and field with status 2, and left as it was;
    /// merge names the user's files, not a temporary one. (Found by fuzzing: 'abc' in a measure was
    /// resumed into the results; a merge into a missing folder named 'FILE.tmp-PID'.)
    func test_tamperedRows_areRefusedLocated_andMergeNamesTheUsersFiles() throws {
        let sweep = try writeSweep(counts: "[0, 10]", concurrency: "[2]")
        try run(["sweep", sweep, "--output", path("out.csv")])
        let lines = try text("out.csv").split(separator: "\n").map(String.init)
        var cells = lines[2].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        cells[3] = "abc"
        let edited = ([lines[0], lines[1], cells.joined(separator: ",")]).joined(separator: "\n") + "\n"
        try Data(edited.utf8).write(to: URL(fileURLWithPath: path("edited.csv")))
        try assertRefused(["sweep", sweep, "--output", path("edited.csv")],
                          mentions: [path("edited.csv") + ":3: field 'messaging.service_level.mean' is 'abc', not a number"])
        XCTAssertEqual(try text("edited.csv"), edited)

        for i in 1...2 { try run(["sweep", sweep, "--shard", "\(i)/2", "--output", path("part-\(i).csv")]) }
        let r = try CCSimBinary.run(["sweep", "merge", path("part-1.csv"), path("part-2.csv"), "--output", path("nodir/m.csv")])
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertTrue(r.stderr.contains("'\(path("nodir/m.csv"))'"), r.stderr)
        XCTAssertFalse(r.stderr.contains(".tmp"), r.stderr)
        try assertRefused(["sweep", "merge", path("part-1.csv"), path("part-2.csv"), "--output", path("part-2.csv")],
                          mentions: ["--output: '\(path("part-2.csv"))' is one of the files this command reads"])
        try run(["sweep", "merge", path("part-1.csv"), path("part-2.csv"), "--output", path("m.csv")])
        XCTAssertEqual(try text("m.csv"), try text("out.csv"))
    }
}

