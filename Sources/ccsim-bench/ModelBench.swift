import ArgumentParser
import ContactCenter
import Reporting

/// A model file's replications, one at a time on one thread, in simulated contacts per CPU-second:
/// the cost of the features a real center uses (several channels, chat, staffing changes) against
/// the single queue of `ccsim-bench peer`.
struct ModelBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model", abstract: "Simulated contacts per CPU-second for a model file (one thread).")
    @Argument(help: "A model or scenario file.") var file: String
    @Option(help: "Replications.") var replications: Int = 5
    @Option(help: "Seed.") var seed: UInt64 = 1
    @Option(name: .customLong("set"), help: "PATH=VALUE: override a model parameter (e.g. simulation.warmup=0s).")
    var overrides: [String] = []
    @Flag(help: "Drop the model's journeys and economics (the cost of the contact-level core alone).")
    var withoutJourneys = false

    func run() throws {
        guard replications >= 1 else { throw InputError("--replications must be at least 1") }
        let parsed = try overrides.map { text -> ParameterOverride in
            guard let o = ParameterOverride(assignment: text) else { throw InputError("--set \(text): write PATH=VALUE") }
            return o
        }
        var model = try ModelLoader.load(path: file, overrides: parsed).model
        if withoutJourneys {
            model.journeys = nil
            model.economics = nil
        }
        let cpu0 = PeerBench.processCPUSeconds()
        let runs = Replications.run(model, count: replications, seed: seed, jobs: 1)
        let cpu = PeerBench.processCPUSeconds() - cpu0
        let contacts = runs.map { $0.channels.map(\.offered).reduce(0, +) }.reduce(0, +)
        let events = runs.map(\.events).reduce(0, +)
        let line: JSONValue = .object([
            ("tool", .string("ccsim")), ("model", .string(file)), ("replications", .int(replications)),
            ("contacts", .int(contacts)), ("events", .int(events)), ("cpu_s", .number((cpu * 1e4).rounded() / 1e4)),
            ("contacts_per_cpu_s", .int(Int(Double(contacts) / cpu))),
        ])
        print(line.serialized(pretty: false))
    }
}
