import Foundation
import XCTest

/// Outputs (`--output`, `--trace`, `--journey-trace`) replace only regular files or create new ones:
/// a folder, an input of the command or another output's file is refused before any work, a symbolic
/// link is followed, and a failed write to standard output is an error, not a crash. (Found by
/// fuzzing: `--trace DIR` deleted the folder and everything in it.)
final class OutputFileCommandTests: XCTestCase {
    var directory: URL!
    let quick = ["--replications", "2", "--set", "simulation.customer_limit=200", "--set", "simulation.warmup=0s", "--jobs", "1"]

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ccsim-outputs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func test_aFolderAsAnOutput_isRefused_andKeepsItsFiles() throws {
        let folder = path("victim")
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        try "keep".write(toFile: folder + "/a.txt", atomically: true, encoding: .utf8)
        for flag in ["--trace", "--output"] {
            for name in [folder, folder + "/"] {
                try assertRefused(["run", "models/single-queue.yaml"] + quick + [flag, name], mentions: [flag, "is a folder"])
            }
        }
        try assertRefused(["run", "models/seed-retail-multichannel.yaml", "--replications", "2", "--set", "horizon.days=1",
                           "--set", "simulation.warmup=0s", "--journey-trace", folder], mentions: ["--journey-trace", "is a folder"])
        XCTAssertEqual(try String(contentsOfFile: folder + "/a.txt", encoding: .utf8), "keep")
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/sub"))
    }

    func test_anInputOrAnotherOutputsFile_isRefused_andTheInputIsKept() throws {
        let model = path("m.yaml")
        try FileManager.default.copyItem(atPath: CCSimBinary.root.appendingPathComponent("models/single-queue.yaml").path, toPath: model)
        let original = try String(contentsOfFile: model, encoding: .utf8)
        try assertRefused(["run", model] + quick + ["--format", "json", "--output", model], mentions: ["--output", "files this command reads"])
        try assertRefused(["run", model] + quick + ["--trace", model], mentions: ["--trace", "files this command reads"])
        try assertRefused(["compare", model, model] + quick + ["--output", model], mentions: ["files this command reads"])
        XCTAssertEqual(try String(contentsOfFile: model, encoding: .utf8), original)
        try assertRefused(["run", model] + quick + ["--output", path("same.csv"), "--trace", path("same.csv")],
                          mentions: ["--trace", "also the file of --output"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("same.csv")))
    }

    /// `plan --output DIR` where DIR holds the model's own staffing table: refused before the search,
    /// and nothing is written (the report was written, then the table refused).
    func test_aPlanFolderHoldingTheModelsStaffingTable_isRefusedBeforeTheSearch_andNothingIsWritten() throws {
        try FileManager.default.createDirectory(atPath: path("staffing"), withIntermediateDirectories: true)
        try "interval_start,agents\n00:00,0\n08:00,3\n12:00,0\n".write(toFile: path("staffing/a.csv"), atomically: true, encoding: .utf8)
        try """
            name: plan overwrite
            horizon: { days: 1, interval: 1h }
            channels:
              phone: { kind: voice, hours: "08:00-12:00", handle_time: 5m, patience: 2m, service_level: 80% within 20s }
            demand: { contacts_per_day: 100, mix: { phone: 100% } }
            agent_groups:
              a: { skills: [phone], staffing: staffing/a.csv, cost_per_hour: 10 }

            """.write(toFile: path("m.yaml"), atomically: true, encoding: .utf8)
        let result = try CCSimBinary.run(["plan", path("m.yaml"), "--search-replications", "2", "--replications", "2", "--output", directory.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("--output: '\(path("staffing/a.csv"))' is one of the files this command reads"), result.stderr)
        XCTAssertFalse(result.stderr.contains("replications simulated"), "refused before the search: \(result.stderr)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("plan.txt")))
        XCTAssertEqual(try String(contentsOfFile: path("staffing/a.csv"), encoding: .utf8), "interval_start,agents\n00:00,0\n08:00,3\n12:00,0\n")
    }

    func test_aMissingFolder_isRefusedBeforeTheRun_andAnOldTraceIsKept() throws {
        let old = path("keep.csv")
        try "OLD".write(toFile: old, atomically: true, encoding: .utf8)
        try assertRefused(["run", "models/single-queue.yaml"] + quick + ["--output", path("nodir/x.json"), "--trace", old],
                          mentions: ["--output", "does not exist"])
        XCTAssertEqual(try String(contentsOfFile: old, encoding: .utf8), "OLD")
    }

    func test_aSymbolicLink_isFollowed_andStays() throws {
        let target = path("target.json"), link = path("link.json")
        try "old".write(toFile: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let r = try CCSimBinary.run(["run", "models/single-queue.yaml"] + quick + ["--format", "json", "--output", link])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), target)
        XCTAssertTrue(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("{"))
    }

    /// Standard output on a full device: a one-line error and status 2 (it was a trap in `try!`).
    func test_aFailedWriteToStandardOutput_isAnError_notACrash() throws {
        let full = try XCTUnwrap(FileHandle(forWritingAtPath: "/dev/full"))
        let r = try CCSimBinary.run(["erlang", "c", "--agents", "10", "--load", "8", "--aht", "5m"], standardOutput: full)
        let stderr = r.stderr
        XCTAssertEqual(r.status, 2, stderr)
        XCTAssertTrue(stderr.contains("cannot write to standard output"), stderr)
        XCTAssertFalse(stderr.contains("Fatal error"), stderr)
    }

    /// `report --output` is checked before the simulation like every other command's, and an output that
    /// is one of the inputs is refused once the inputs are read, before the simulation (both were found
    /// only when writing at the end of a long run). 100 replications of the seed model's week take minutes,
    /// so a refusal within seconds shows that nothing was simulated.
    func test_reportAndRunOutputs_areCheckedBeforeTheSimulation() throws {
        let model = path("seed.yaml")
        try FileManager.default.copyItem(atPath: CCSimBinary.root.appendingPathComponent("models/seed-retail-multichannel.yaml").path,
                                         toPath: model)
        let original = try String(contentsOfFile: model, encoding: .utf8)
        let cases: [([String], [String])] = [
            (["report", model, "--output", path("nodir/r.html")], ["--output", "does not exist"]),
            (["report", model, "--output", directory.path], ["--output", "is a folder"]),
            (["report", model, "--output", model], ["--output", "files this command reads"]),
            (["run", model, "--output", model], ["--output", "files this command reads"]),
            (["compare", model, model, "--output", model], ["--output", "files this command reads"]),
        ]
        for (arguments, mentions) in cases {
            let started = Date()
            try assertRefused(arguments + ["--replications", "100"], mentions: mentions)
            XCTAssertLessThan(Date().timeIntervalSince(started), 10, "\(arguments) was refused only after simulating")
        }
        XCTAssertEqual(try String(contentsOfFile: model, encoding: .utf8), original)
    }

    /// A file or folder problem found before any work is one `ccsim: error: --output: ...` line, for every
    /// command that writes an output: `run --output DIR` printed the argument parser's "Error:" and its whole
    /// usage (the check was in `validate()`, whose errors the parser prints its own way), unlike every other
    /// input problem. The parser's own refusals (a missing argument) are said the ccsim way too.
    func test_everyCommandsOutputProblem_isOneCcsimErrorLine_withoutTheUsage() throws {
        let folder = path("existing")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let file = path("a-file")
        try "x".write(toFile: file, atomically: true, encoding: .utf8)
        let sweep = "scenarios/sweeps/" + (try XCTUnwrap(FileManager.default.contentsOfDirectory(
            atPath: CCSimBinary.root.appendingPathComponent("scenarios/sweeps").path).sorted().first { $0.hasSuffix(".yaml") }))
        let commands: [([String], String)] = [
            (["run", "models/single-queue.yaml", "--output", folder], "--output: '\(folder)' is a folder"),
            (["run", "models/single-queue.yaml", "--trace", folder], "--trace: '\(folder)' is a folder"),
            (["compare", "models/single-queue.yaml", "models/single-queue.yaml", "--output", folder], "--output: '\(folder)' is a folder"),
            (["report", "models/single-queue.yaml", "--output", folder], "--output: '\(folder)' is a folder"),
            (["report", "models/single-queue.yaml", "--output", path("nodir/r.html")], "--output: cannot write"),
            (["staff", "--load", "10", "--aht", "5m", "--service-level", "80%/20s", "--output", folder], "--output: '\(folder)' is a folder"),
            (["erlang", "b", "--agents", "12", "--load", "10", "--output", folder], "--output: '\(folder)' is a folder"),
            (["erlang", "c", "--agents", "12", "--load", "10", "--aht", "5m", "--output", folder], "--output: '\(folder)' is a folder"),
            (["erlang", "a", "--agents", "12", "--load", "10", "--aht", "5m", "--patience", "1m", "--output", folder],
             "--output: '\(folder)' is a folder"),
            (["simulate", "queue", "--agents", "12", "--load", "10", "--aht", "5m", "--output", folder], "--output: '\(folder)' is a folder"),
            (["plan", "models/single-queue.yaml", "--output", file], "--output: '\(file)' is a file"),
            (["plan", "models/single-queue.yaml", "--output", file + "/sub"], "--output: cannot create the folder"),
            (["sweep", sweep, "--output", folder], "--output: '\(folder)' is a folder"),
            (["sweep", sweep, "--output", path("s.csv"), "--jobs", "0"], "--jobs must be at least 1"),
            (["sweep", "merge", file, "--output", folder], "--output: '\(folder)' is a folder"),
        ]
        for (arguments, expected) in commands {
            let started = Date()
            let r = try CCSimBinary.run(arguments)
            XCTAssertEqual(r.status, 2, "\(arguments): \(r.stderr)")
            XCTAssertTrue(r.stderr.hasPrefix("ccsim: error: " + expected), "\(arguments): \(r.stderr)")
            XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, "\(arguments): one line, no usage: \(r.stderr)")
            XCTAssertLessThan(Date().timeIntervalSince(started), 10, "\(arguments) was refused only after working")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), [])
        let missing = try CCSimBinary.run(["run"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.hasPrefix("ccsim: error: Missing expected argument '<file>'"), missing.stderr)
    }
}

