import Foundation
import XCTest

/// The help a newcomer reads first: `ccsim --help` and every subcommand's.
final class HelpTextTests: XCTestCase {
    static let commands: [[String]] = [[], ["erlang"], ["erlang", "b"], ["erlang", "c"], ["erlang", "a"], ["staff"], ["simulate"],
                                       ["simulate", "queue"], ["run"], ["compare"], ["report"], ["plan"], ["validate"],
                                       ["sweep"], ["sweep", "run"], ["sweep", "merge"]]

    /// Every help exits 0. Its paragraphs are wrapped by the argument parser, not broken by the
    /// source's line ends: the root, `simulate queue` and `validate` help had lines cut after a few
    /// words ("2\ndays);\nshares ..."), because their discussions kept the source's newlines.
    /// A default is said once: `plan --help` read "(default 10). (default: 10)".
    func test_help_ofEveryCommand_isWrappedOnce_andSaysEachDefaultOnce() throws {
        for command in Self.commands {
            let r = try CCSimBinary.run(command + ["--help"])
            XCTAssertEqual(r.status, 0, "\(command): \(r.stderr)")
            let lines = r.stdout.components(separatedBy: "\n")
            guard let usage = lines.firstIndex(where: { $0.hasPrefix("USAGE:") }) else { XCTFail("\(command): no USAGE"); continue }
            // In the overview and discussion, a line much shorter than the width must end a
            // paragraph (a blank line follows) unless it belongs to an example (`ccsim ...`).
            for i in 0..<max(0, usage - 1) {
                let line = lines[i], next = lines[i + 1]
                if line.count < 50, !line.isEmpty, !next.isEmpty, !line.contains("ccsim "), !next.contains("ccsim ") {
                    XCTFail("\(command): a line broken early in the help: '\(line)' then '\(next)'")
                }
            }
            XCTAssertFalse(r.stdout.range(of: #"\(default [^:)]*\)\.?\s*\(default:"#, options: .regularExpression) != nil,
                           "\(command): a default said twice:\n\(r.stdout)")
        }
    }
}
