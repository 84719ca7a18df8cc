import ArgumentParser
import ContactCenter
import DiscreteEvent
import Foundation
import Queueing
import Reporting

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure ccsim's speed (run on a release build: make bench).",
        subcommands: [ErlangBench.self, PeerBench.self, ModelBench.self, HeapBench.self])

    /// A model file's replications, one at a time on one thread, in simulated contacts per CPU-second:
    /// the cost of the features a real center uses (several channels, chat, staffing changes) against
    /// the single queue of `bench peer`.
    struct ModelBench: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "model", abstract: "Simulated contacts per CPU-second for a model file (one thread).")
        @Argument(help: "A model or scenario file.") var file: String
        @Option(help: "Replications.") var replications: Int = 5
        @Option(help: "Seed.") var seed: UInt64 = 1

        func run() throws {
            guard replications >= 1 else { throw InputError("--replications must be at least 1") }
            let model = try ModelLoader.load(path: file).model
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

        static func processCPUSeconds() -> Double {
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
                + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        }
    }

    /// The event-calendar heaps on a hold model (pop one event, schedule one), the choice the
    /// simulator's calendar rests on.
    struct HeapBench: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "heap", abstract: "Compare the event-calendar heaps (4-ary, binary, swift-collections Heap).")
        @Option(help: "Operations (pop + schedule) per measurement.") var operations: Int = 2_000_000
        @OptionGroup var output: OutputOptions

        func run() throws {
            guard operations >= 1 else { throw InputError("--operations must be at least 1") }
            var table = DataTable(columns: [Column("heap", "Heap"), Column("pending_events", "Pending events"),
                                            Column("million_events_per_second", "M events/s")])
            for pending in [100, 1_000, 10_000, 100_000] {
                for r in HeapBenchmark.run(pendingEvents: pending, operations: operations) {
                    table.rows.append([.text(r.implementation), .integer(pending), .number(r.eventsPerSecond / 1e6, decimals: 2)])
                }
            }
            try output.emit(table)
        }
    }

    struct ErlangBench: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "erlang",
            abstract: "Time staffing solves and Erlang A evaluations (median of repeated calls).")
        @Option(help: "Repetitions per case; the median time per call is reported.") var repetitions: Int = 200
        @OptionGroup var output: OutputOptions

        func run() throws {
            try output.refuseHTML()
            guard repetitions >= 1 else { throw InputError("--repetitions must be at least 1") }
            let sl = StaffingTargets(serviceLevel: ServiceLevelTarget(fraction: 0.8, threshold: 20))
            var table = DataTable(columns: [Column("case", "Case"), Column("result", "Result"),
                                            Column("median_ms", "Median ms/call"), Column("repetitions", "Calls")])
            func time(_ name: String, _ body: () throws -> String) rethrows {
                var samples: [Double] = []
                var result = ""
                for _ in 0..<repetitions {
                    let start = DispatchTime.now().uptimeNanoseconds
                    result = try body()
                    samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                }
                samples.sort()
                table.rows.append([.text(name), .text(result), .number(samples[samples.count / 2], decimals: 4),
                                   .integer(repetitions)])
            }
            for load in [10.0, 100.0, 1000.0, 5000.0, 20000.0] {
                try time("staff erlang_c 80%/20s A=\(Int(load))") {
                    "\(try StaffingSolver.solve(load: load, aht: 300, model: .erlangC, targets: sl).agents) agents"
                }
            }
            try time("staff erlang_a 80%/20s A=5000 patience 120s") {
                "\(try StaffingSolver.solve(load: 5000, aht: 300, model: .erlangA(patience: 120), targets: sl).agents) agents"
            }
            for n in [50.0, 5000.0, 100_000.0] {
                try time("erlang_a n=\(Int(n)) A=n patience 120s") {
                    let m = try ErlangA.metrics(agents: n, load: n, aht: 300, patience: 120, target: 20)
                    return String(format: "SL %.4f", m.serviceLevel)
                }
            }
            try time("erlang_b n=100000 A=99000") {
                String(format: "B %.3e", try ErlangB.blocking(agents: 100_000, load: 99_000))
            }
            try output.emit(table)
        }
    }
}
