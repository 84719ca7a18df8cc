import ArgumentParser
import ContactCenter
import Experiments
import Foundation
import Reporting

/// `ccsim validate FILE...`: checks model and scenario files without running them.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check model, scenario, sweep and shift files and report every problem at once.",
        discussion: """
            Prints 'FILE: ok (...)' for each valid file. Problems go to standard error, one per line as \
            FILE:LINE:COLUMN: message (including problems in a scenario's base and in CSV files they name); \
            the exit status is then 2. Warnings (legal but almost surely wrong: a group with no agents, a \
            channel with contacts and nobody on duty, demand scaled by 250, ...) go to standard error as \
            FILE:LINE:COLUMN: warning: message and leave the exit status 0. A sweep file (ccsim sweep) is \
            checked as 'ccsim sweep' reads it, with its base; a shifts file (ccsim plan --shifts) on its own \
            ('ccsim plan MODEL --shifts FILE' also checks it against the model's groups and intervals).
            """)

    @Argument(help: "Model, scenario, sweep or shifts files (YAML).")
    var files: [String]

    func run() throws {
        var problems: [FileIssue] = []
        var warnings: [FileIssue] = []
        for file in files {
            do {
                switch Self.kind(of: file) {
                case .sweep:
                    let sweep = try Experiments.Sweep.load(path: file)
                    warnings += sweep.warnings
                    let points = sweep.points.count, measures = sweep.runner.measures.count
                    print("\(file): ok (sweep '\(sweep.name)', \(NumberText.counted(points, "point")), "
                          + "\(NumberText.counted(measures, "measure")), on '\(sweep.runner.base)')")
                    continue
                case .shifts:
                    let shifts = try ShiftTemplates.load(path: file)
                    print("\(file): ok (shift templates, \(NumberText.counted(shifts.templates.count, "template")); "
                          + "'ccsim plan MODEL --shifts \(file)' checks them against a model)")
                    continue
                default:
                    break
                }
                let loaded = try ModelLoader.load(path: file)
                warnings += loaded.warnings
                let model = loaded.model
                let shape = NumberText.counted(model.channels.count, "channel") + ", " + NumberText.counted(model.groups.count, "group")
                let summary = loaded.isScenario
                    ? "scenario '\(loaded.title)', \(NumberText.counted(loaded.changes.count, "change")) "
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

    /// What a file is, by its top-level keys (``FileKind``'s guess, as every command that reads a
    /// file tells a wrong kind); nil when nothing tells or it cannot be read, and then it is checked
    /// as a model or scenario (which reports why).
    static func kind(of file: String) -> FileKind? {
        guard case let .success(.mapping(entries, _)) = ParameterFile.read(path: file, expected: FileKind.allCases) else { return nil }
        return FileKind.guess(keys: entries.map(\.key))?.kind
    }
}
