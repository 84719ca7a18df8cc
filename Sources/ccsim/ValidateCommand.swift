import ArgumentParser
import ContactCenter
import Foundation

/// `ccsim validate FILE...`: checks model and scenario files without running them.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check model and scenario files and report every problem at once.",
        discussion: """
            Prints 'FILE: ok (...)' for each valid file. Problems go to standard error, one per line as
            FILE:LINE:COLUMN: message (including problems in a scenario's base and in CSV files they name);
            the exit status is then 2. Warnings (legal but almost surely wrong: a group with no agents, a
            channel with contacts and nobody on duty, demand scaled by 250, ...) go to standard error as
            FILE:LINE:COLUMN: warning: message and leave the exit status 0.
            """)

    @Argument(help: "Model or scenario files (YAML).")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one model or scenario file") }
    }

    func run() throws {
        var problems: [FileIssue] = []
        var warnings: [FileIssue] = []
        for file in files {
            do {
                let loaded = try ModelLoader.load(path: file)
                warnings += loaded.warnings
                let model = loaded.model
                let shape = "\(model.channels.count) channel\(model.channels.count == 1 ? "" : "s"), "
                    + "\(model.groups.count) group\(model.groups.count == 1 ? "" : "s")"
                let summary = loaded.isScenario
                    ? "scenario '\(loaded.title)', \(loaded.changes.count) change\(loaded.changes.count == 1 ? "" : "s") "
                        + "on model '\(model.name)', \(shape)"
                    : "model '\(loaded.title)', \(shape)"
                print("\(file): ok (\(summary))")
            } catch let error as FileErrors {
                for issue in error.issues where !problems.contains(issue) { problems.append(issue) }
                warnings += error.warnings
            }
        }
        printWarnings(warnings)
        guard problems.isEmpty else {
            FileHandle.standardError.write(Data(problems.map { $0.description + "\n" }.joined().utf8))
            throw ExitCode(2)
        }
    }
}
