import Foundation
import XCTest
@testable import ContactCenter

/// Writes parameter files into a fresh temporary directory, so tests can load them by path.
final class FileSandbox {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ccsim-model-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// Writes `text` to `name` (subdirectories created) and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
}

/// The model from issue 4, exactly as written there.
let issueExampleModel = """
    name: Retail customer service, multichannel baseline
    horizon: { days: 5, interval: 30m }
    simulation: { replications: 20, seed: 20261122 }
    channels:
      phone:     { kind: voice, hours: "08:00-20:00", handle_time: { lognormal: { mean: 6m, sd: 4m } },
                   patience: { exponential: { mean: 3m } }, service_level: 80% within 20s }
      messaging: { kind: chat, hours: "08:00-22:00", concurrency: 3, slowdown_per_extra_session: 15%,
                   handle_time: { lognormal: { mean: 12m, sd: 6m } }, patience: { weibull: { mean: 4m, shape: 0.8 } },
                   service_level: 80% within 60s }
      social:    { kind: social, hours: "08:00-22:00", handle_time: { gamma: { mean: 7m, sd: 4m } },
                   patience: { exponential: { mean: 6h } }, service_level: 80% within 1h }
      email:     { kind: deferred, hours: "00:00-24:00", handle_time: { gamma: { mean: 9m, sd: 5m } },
                   service_level: 90% within 24h }
    demand:
      contacts_per_day: 10000
      mix: { phone: 22%, email: 35%, messaging: 26%, social: 17% }
      day_to_day_cv: 10%
    agent_groups:
      phone:   { skills: [phone], agents: 77, hours: "08:00-20:00", cost_per_hour: 30 }
      email:   { skills: [email], agents: 13, hours: "09:00-17:00", cost_per_hour: 30 }
      digital: { skills: [messaging, social], agents: 7, hours: "08:00-22:00", cost_per_hour: 30 }
    routing: { policy: longest_idle }

    """

/// A one-channel model small enough to break one line at a time (line numbers matter in tests).
let smallModel = """
    name: Small
    horizon: { days: 1, interval: 1h }
    channels:
      phone: { kind: voice, hours: "08:00-12:00", handle_time: 5m, service_level: 80% within 20s }
    demand:
      contacts_per_day: 480
      mix: { phone: 100% }
    agent_groups:
      team: { skills: [phone], agents: 10, hours: "08:00-12:00" }

    """

extension XCTestCase {
    /// The issues (as `FILE:LINE:COLUMN: message` text, with the sandbox directory removed) of loading `path`.
    func issues(loading path: String, in sandbox: FileSandbox, overrides: [ParameterOverride] = [],
                file: StaticString = #filePath, line: UInt = #line) -> [String] {
        do {
            _ = try ModelLoader.load(path: path, overrides: overrides)
            XCTFail("\(path) loaded, but problems were expected", file: file, line: line)
            return []
        } catch let error as FileErrors {
            return error.issues.map { $0.description.replacingOccurrences(of: sandbox.directory.path + "/", with: "") }
        } catch {
            XCTFail("unexpected error \(error)", file: file, line: line)
            return []
        }
    }
}
