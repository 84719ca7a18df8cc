import ArgumentParser
import Foundation
import Queueing
import Reporting

/// Staffing solves and Erlang A evaluations, timed call by call: the analytic side of the benchmarks.
struct ErlangBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erlang",
        abstract: "Time staffing solves and Erlang A evaluations (median of repeated calls).")
    @Option(help: "Repetitions per case; the median time per call is reported.") var repetitions: Int = 200
    @OptionGroup var output: OutputOptions

    func run() throws {
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
