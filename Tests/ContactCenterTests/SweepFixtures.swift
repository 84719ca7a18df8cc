import Foundation
@testable import ContactCenter
@testable import Experiments

/// A small two-channel model and a scenario on it, cheap enough to sweep in unit tests.
enum SweepFixtures {
    static let model = """
        name: Small two-channel center
        horizon: { days: 1, interval: 1h }
        simulation: { replications: 3, seed: 7 }
        channels:
          phone: { kind: voice, hours: "08:00-12:00", handle_time: { exponential: { mean: 4m } },
                   patience: { exponential: { mean: 2m } }, service_level: 80% within 20s }
          chat:  { kind: chat, hours: "08:00-12:00", concurrency: 2, handle_time: { exponential: { mean: 6m } },
                   patience: { exponential: { mean: 3m } }, service_level: 80% within 60s }
        demand:
          contacts_per_day: 400
          mix: { phone: 60%, chat: 40% }
        agent_groups:
          voice:   { skills: [phone], agents: 8, hours: "08:00-12:00", cost_per_hour: 30 }
          digital: { skills: [chat], agents: 4, hours: "08:00-12:00", cost_per_hour: 25 }
        """

    static let scenario = """
        name: Move voice agents to digital
        base: model.yaml
        changes:
          - move_agents: { from: voice, to: digital, count: 2 }
        """

    /// A sandbox with model.yaml, scenario.yaml and `sweep` written as sweep.yaml; returns the sweep's path.
    static func write(_ sweep: String, in sandbox: FileSandbox) throws -> String {
        try sandbox.write("model.yaml", model)
        try sandbox.write("scenario.yaml", scenario)
        return try sandbox.write("sweep.yaml", sweep)
    }

    static let grid = """
        name: Moves against concurrency
        base: scenario.yaml
        parameters:
          changes.0.move_agents.count: { from: 0, to: 4, step: 2 }
          channels.chat.concurrency: [1, 3]
        replications: 2
        measures: [chat.service_level, phone.abandon_rate, groups.digital.occupancy, totals.cost]
        """
}

/// The issues of loading a sweep file that should fail, as text.
func sweepIssues(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
    let sandbox = try FileSandbox()
    let path = try SweepFixtures.write(text, in: sandbox)
    do {
        _ = try Sweep.load(path: path)
    } catch let error as FileErrors {
        return error.description.replacingOccurrences(of: sandbox.directory.path + "/", with: "")
    }
    return ""
}
