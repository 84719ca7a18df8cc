import Foundation
import XCTest

/// The outputs quoted in README.md and docs/*.md are what their commands print now.
///
/// Each quote is marked with the command that produced it (`<!-- ccsim-output: COMMAND -->`
/// before a fenced block, or before Markdown closed by `<!-- /ccsim-output -->`);
/// `scripts/update-docs` reruns every marked command and rewrites the quotes, and with `--check`
/// only compares. This test runs the check with the binary under test, so a change that moves
/// any quoted number fails here until `scripts/update-docs` is run.
final class DocsOutputTests: XCTestCase {
    /// Runs `scripts/update-docs` with `arguments` (and the binary under test) from the repository root.
    func updateDocs(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", CCSimBinary.root.appendingPathComponent("scripts/update-docs").path,
                             "--ccsim", CCSimBinary.url.path] + arguments
        process.currentDirectoryURL = CCSimBinary.root
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("ccsim-docs-\(UUID().uuidString).log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, try String(contentsOf: log, encoding: .utf8))
    }

    func test_quotedOutputsInTheDocs_areWhatTheCommandsPrintNow() throws {
        let r = try updateDocs(["--check"])
        XCTAssertEqual(r.status, 0, "quoted outputs are stale; run scripts/update-docs:\n\(r.output)")
        let quotes = try ["README.md", "docs/SWEEPS.md"].map {
            try String(contentsOf: CCSimBinary.root.appendingPathComponent($0), encoding: .utf8)
        }.joined()
        XCTAssertGreaterThanOrEqual(quotes.components(separatedBy: "<!-- ccsim-output: ").count - 1, 4)
    }

    func test_theMechanism_findsAStaleQuote_rewritesIt_andIsIdempotent() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ccsim-docs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("page.md")
        let stale = """
            # Example

            <!-- ccsim-output: ccsim erlang b --agents 10 --load 5 -->
            ```
            Blocking probability  99%
            ```

            <!-- ccsim-output: ccsim erlang c --agents 10 --load 8 --aht 3m --format markdown | grep Occupancy -->
            | Occupancy | 1% |
            <!-- /ccsim-output -->

            ```
            <!-- ccsim-output: an example of the syntax inside a code block is left alone -->
            ```

            """
        try stale.write(to: page, atomically: true, encoding: .utf8)
        let check = try updateDocs(["--check", page.path])
        XCTAssertEqual(check.status, 1, check.output)
        XCTAssertTrue(check.output.contains("page.md:3: the quoted output of `ccsim erlang b --agents 10 --load 5` is stale"),
                      check.output)
        XCTAssertTrue(check.output.contains("run scripts/update-docs"), check.output)
        XCTAssertEqual(try String(contentsOf: page, encoding: .utf8), stale, "--check changes nothing")

        XCTAssertEqual(try updateDocs([page.path]).status, 0)
        let updated = try String(contentsOf: page, encoding: .utf8)
        let printed = try CCSimBinary.run(["erlang", "b", "--agents", "10", "--load", "5"]).stdout
        XCTAssertTrue(updated.contains("-->\n```\n" + printed + "```\n"), updated)
        XCTAssertTrue(updated.contains("| Occupancy | 80.00% |\n<!-- /ccsim-output -->"), updated)
        XCTAssertTrue(updated.contains("<!-- ccsim-output: an example of the syntax inside a code block is left alone -->\n```"))
        XCTAssertEqual(try updateDocs(["--check", page.path]).status, 0)
        XCTAssertEqual(try updateDocs([page.path]).status, 0)
        XCTAssertEqual(try String(contentsOf: page, encoding: .utf8), updated, "a second run changes nothing")

        // A command that fails is reported at its marker, and nothing is written.
        try "<!-- ccsim-output: ccsim run no/such/model.yaml -->\n```\n```\n".write(to: page, atomically: true, encoding: .utf8)
        let failed = try updateDocs([page.path])
        XCTAssertEqual(failed.status, 2)
        XCTAssertTrue(failed.output.contains("page.md:1: `ccsim run no/such/model.yaml` failed"), failed.output)
    }
}
