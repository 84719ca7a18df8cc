import ArgumentParser
import ContactCenter
import Foundation
import Reporting

/// The M/M/c+M model of ../shared/bench/peers, through the general engine, printing the same
/// one-line JSON result as the peers' scripts so `run_bench.py` can drive it.
struct PeerBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "peer",
        abstract: "The peers' M/M/c+M benchmark (100 calls/min, AHT 5 min, patience 2 min, c = 520).")
    @Option(help: "Arriving customers.") var n: Int = 1_000_000
    @Option(help: "mmc+m (with abandonment) or mmc.") var variant: String = "mmc+m"
    @Option(help: "Seed.") var seed: UInt64 = 1
    @Option(help: "Agents.") var c: Int = 520
    @Option(help: "Arrivals per minute (the peers' --lam; 100 gives 500 Erlangs).") var lam: Double = 100

    func run() throws {
        guard n >= 1, c >= 1, lam > 0, lam.isFinite else { throw InputError("--n and --c must be at least 1, --lam above 0") }
        guard variant == "mmc+m" || variant == "mmc" else { throw InputError("--variant must be mmc+m or mmc") }
        let model = try ContactCenterModel.singleQueue(
            agents: c, load: lam * 5, aht: 300, patience: variant == "mmc+m" ? 120 : nil, target: 20,
            customers: n, warmup: 6000)
        let cpu0 = Self.processCPUSeconds()
        let wall0 = DispatchTime.now().uptimeNanoseconds
        let r = Replications.run(model, count: 1, seed: seed, jobs: 1)[0]
        let wall = Double(DispatchTime.now().uptimeNanoseconds - wall0) / 1e9
        let cpu = Self.processCPUSeconds() - cpu0
        let m = r.channels[0]
        let line: JSONValue = .object([
            ("tool", .string("ccsim")), ("variant", .string(variant)), ("n", .int(n)), ("seed", .int(Int(seed))),
            ("sim_s", .number((wall * 1e4).rounded() / 1e4)), ("cust_per_s", .int(Int(Double(n) / wall))),
            ("cpu_s", .number((cpu * 1e4).rounded() / 1e4)), ("cust_per_cpu_s", .int(Int(Double(n) / cpu))),
            ("counted", .int(m.offered)),
            ("p_wait", .number(m.waitProbability ?? 0)),
            ("mean_wait_served", .number((m.asa ?? 0) / 60)),
            ("p_abandon", .number(m.abandonRate ?? 0)),
            ("events", .int(r.events)),
        ])
        print(line.serialized(pretty: false))
    }

    /// User plus system CPU time of this process so far, in seconds (`getrusage`).
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }
}
