import ArgumentParser
import ContactCenter
import Foundation
import Queueing

@main
struct CCSim: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ccsim",
        abstract: "Contact-center simulator and staffing planner.",
        discussion: """
            Exact queueing analytics (Erlang B, C, A), staffing from forecasts, simulation of model and \
            scenario files (run, compare, report), simulation-based staffing plans and parameter sweeps.

            Durations take a unit (20s, 5m, 1.5h, 2d, or 20 sec, 5 minutes, 1.5 hours, 2 days); \
            shares are written 80% or 0.8; service levels 80%/20s, "80% within 20s" or "80% in 20s". \
            Bad input exits with status 2 and a message naming what is wrong.
            """,
        version: "0.1.0",
        subcommands: [Erlang.self, Staff.self, Simulate.self, Run.self, Compare.self, Report.self, Plan.self, Validate.self, Sweep.self])

    /// Runs the command; input errors are reported in one line on stderr with exit status 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as InputError {
            fail(error.description)
        } catch let error as QueueingError {
            fail(error.description)
        } catch let error as QuantityError {
            fail(error.description)
        } catch let error as FileErrors {
            fail(error.description.replacingOccurrences(of: "\n", with: "\nccsim: error: "))
        } catch {
            // The argument parser's own refusals (a missing or malformed option) exit 2 like every
            // other input error, not with its usage status 64; --help and --version stay 0.
            // Its first line is said the ccsim way ("ccsim: error: ..."), the usage after it.
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((parserMessage(fullMessage(for: error)) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }

    /// The argument parser's message with its leading "Error: " said as every other ccsim error.
    static func parserMessage(_ message: String) -> String {
        message.hasPrefix("Error: ") ? "ccsim: error: " + message.dropFirst("Error: ".count) : message
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("ccsim: error: \(message)\n".utf8))
        Foundation.exit(2)
    }
}
