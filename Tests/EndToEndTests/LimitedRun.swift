import Foundation
import XCTest

/// Runs `ccsim` as a hostile user's input would: through /bin/sh with a virtual-memory cap
/// (`ulimit -v`) and a wall-clock limit (`timeout -s KILL`), recording how it ended.
struct LimitedRun {
    var result: CommandResult
    /// Wall-clock seconds.
    var seconds: Double
    /// Killed by a signal (a crash, or the memory or time limit).
    var signalled: Bool
    /// Killed by `timeout` (status 137 from the shell's exec).
    var timedOut: Bool

    /// Virtual memory the command may map, KiB (1 GiB: a refusal needs a few tens of MB).
    static let memoryKiB = 1_048_576

    static func run(_ arguments: [String], in directory: URL, timeout: Int = 30) throws -> LimitedRun {
        let started = Date()
        let script = "ulimit -v \(memoryKiB); exec timeout -s KILL \(timeout) \"$0\" \"$@\""
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, CCSimBinary.url.path] + arguments
        process.currentDirectoryURL = directory
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ccsim-limited-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        let result = CommandResult(status: process.terminationStatus,
                                   stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                                   stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
        // exec hands the shell's process to timeout, which reports its child's signal as 128 + n.
        let signalled = process.terminationReason == .uncaughtSignal || result.status > 128
        return LimitedRun(result: result, seconds: Date().timeIntervalSince(started), signalled: signalled,
                          timedOut: result.status == 137)
    }

    /// What is wrong with how the command ended, for a refusal or a success: a signal, a crash report,
    /// a status other than 0 or 2, "nan"/"inf" in the output, or an error line that names no location.
    func problems(files: [String]) -> [String] {
        var out: [String] = []
        if timedOut { out.append("did not finish (killed after the time limit)") }
        if signalled && !timedOut { out.append("killed by a signal, status \(result.status)") }
        if ![0, 2].contains(result.status) && !signalled { out.append("exit status \(result.status)") }
        for crash in ["Fatal error", "Stack dump", "Illegal instruction", "Segmentation", "Program crashed"]
        where result.stderr.contains(crash) {
            out.append("crash report '\(crash)' on stderr")
        }
        // A title or description the file gives ("Move nan agents") is echoed, not computed.
        let echoed = Set(files.flatMap { path -> [Substring] in
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            return text.split(separator: "\n").filter {
                let line = $0.drop { $0 == " " }
                return line.hasPrefix("name:") || line.hasPrefix("description:") || line.hasPrefix("title:")
            }.flatMap { $0.lowercased().split(whereSeparator: { !$0.isLetter }) }
        })
        let words = result.stdout.lowercased().split(whereSeparator: { !$0.isLetter }).filter { !echoed.contains($0) }
        if words.contains("nan") || words.contains("inf") || words.contains("infinity") { out.append("nan or inf in stdout") }
        if result.status == 2 {
            for line in result.stderr.split(separator: "\n") where !Self.isLocated(String(line), files: files) {
                out.append("error without a location: \(line)")
            }
        }
        return out
    }

    /// Whether an error line names where the problem is: `FILE:LINE[:COLUMN]: `, a `--set` or other
    /// option, or a whole-file problem (empty, binary, missing, too large).
    static func isLocated(_ line: String, files: [String]) -> Bool {
        let text = line.hasPrefix("ccsim: error: ") ? String(line.dropFirst("ccsim: error: ".count)) : line
        if text.hasPrefix("--") { return true }
        let wholeFile = ["the file is empty", "not a YAML text file", "more problem", "no such file", "MB; model", "MB; tables",
                         "is a directory", "the staffing table is empty", "not a CSV text file", "the forecast is empty",
                         "the staffing file", "the forecast file", "binary data", "could not be loaded"]
        // Output files of sweeps are named in quotes: 'part-1.csv' is not a ccsim sweep output ...
        if files.contains(where: { text.hasPrefix("'\($0)' ") }) { return true }
        for file in files where text.hasPrefix(file + ":") {
            let rest = text.dropFirst(file.count + 1)
            if rest.first?.isNumber == true { return true }
            if wholeFile.contains(where: { rest.contains($0) }) { return true }
        }
        // A located problem in another file (a base, a CSV): NAME:LINE:
        let parts = text.split(separator: ":", maxSplits: 2)
        return parts.count == 3 && Int(parts[1]) != nil
    }
}
