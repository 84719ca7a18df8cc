import Foundation
import XCTest

/// Runs the built `ccsim` binary as a user would, capturing its output and exit status.
struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String

    /// The standard output parsed as a JSON object.
    func json(file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8))
        return try XCTUnwrap(object as? [String: Any], "stdout is not a JSON object: \(stdout)", file: file, line: line)
    }
}

enum CCSimBinary {
    /// `.build/<config>/ccsim`, next to the test bundle.
    static var url: URL { url(of: "ccsim") }

    /// A built executable of the package (`ccsim`, `ccsim-bench`), next to the test bundle.
    static func url(of program: String) -> URL {
        Bundle.main.bundleURL.appendingPathComponent(program)
    }

    /// The repository root (models/, scenarios/ live there).
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static func fixture(_ name: String) -> String {
        Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil)!.path
    }

    /// Runs `program` (by default `ccsim`) with `arguments` in `directory` (by default the repository root).
    /// Runs `program`; `standardOutput` replaces the captured stdout (whose text is then empty).
    static func run(_ arguments: [String], in directory: URL? = nil, program: String = "ccsim",
                    standardOutput: FileHandle? = nil) throws -> CommandResult {
        let process = Process()
        process.executableURL = url(of: program)
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? root
        // Output goes to files, so a large output can never block the child on a full pipe.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ccsim-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = standardOutput ?? out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        let outData = try Data(contentsOf: outURL), errData = try Data(contentsOf: errURL)
        return CommandResult(status: process.terminationStatus,
                             stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self))
    }
}

extension XCTestCase {
    /// Asserts a clean refusal: exit status 2, nothing on stdout, one-line reasons on stderr
    /// containing `expected`, and no crash report or stack trace.
    func assertRefused(_ arguments: [String], mentions expected: [String], program: String = "ccsim",
                       file: StaticString = #filePath, line: UInt = #line) throws {
        let r = try CCSimBinary.run(arguments, program: program)
        XCTAssertEqual(r.status, 2, "exit status for \(arguments): stderr \(r.stderr)", file: file, line: line)
        XCTAssertEqual(r.stdout, "", "nothing on stdout for \(arguments)", file: file, line: line)
        for text in expected {
            XCTAssertTrue(r.stderr.contains(text), "stderr should mention '\(text)': \(r.stderr)", file: file, line: line)
        }
        for crash in ["Fatal error", "Stack dump", "Illegal instruction", "Segmentation"] {
            XCTAssertFalse(r.stderr.contains(crash), "'\(crash)' in stderr: \(r.stderr)", file: file, line: line)
        }
    }
}
