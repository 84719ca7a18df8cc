import ArgumentParser
import ContactCenter
import Foundation
import Queueing

/// `ccsim-bench`: the benchmarks behind the README's Performance section, kept out of `ccsim` so
/// that only this target links swift-collections and the alternative event heaps it measures.
/// Run it from a release build (`make bench`).
@main
struct CCSimBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ccsim-bench",
        abstract: "Measure ccsim's speed (run on a release build: make bench).",
        subcommands: [ErlangBench.self, PeerBench.self, ModelBench.self, HeapBench.self])

    /// Runs the benchmark; bad input is reported in one line on stderr with exit status 2, as `ccsim` does.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as InputError {
            fail(error.description)
        } catch let error as QueueingError {
            fail(error.description)
        } catch let error as FileErrors {
            fail(error.description.replacingOccurrences(of: "\n", with: "\nccsim-bench: error: "))
        } catch {
            exit(withError: error)
        }
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("ccsim-bench: error: \(message)\n".utf8))
        Foundation.exit(2)
    }
}

/// A problem with what the user typed, reported as `ccsim-bench: error: <description>` with exit status 2.
struct InputError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
