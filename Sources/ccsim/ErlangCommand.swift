import ArgumentParser
import ContactCenter
import Queueing
import Reporting

struct Erlang: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Exact Erlang B, C and A formulas for one queue.",
        subcommands: [B.self, C.self, A.self])

    struct B: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Erlang B: probability that a contact is blocked (M/M/n/n, no queue).")
        @Option(parsing: .unconditional, help: "Agents (trunks); fractions allowed, e.g. 18.7.") var agents: String
        @OptionGroup var load: LoadOptions
        @Option(parsing: .unconditional, help: "Mean handle time, e.g. 300s (needed with --calls).") var aht: String?
        @OptionGroup var output: OutputOptions

        func run() throws {
            try output.check()
            let n = try agentsOption(agents)
            let ahtSeconds = try aht.map { try requiredDuration("--aht", $0) }
            let a = try load.erlangs(aht: ahtSeconds)
            let b = try ErlangB.blocking(agents: n, load: a)
            try output.emit(QueueReports.erlangB(agents: n, load: a, blocking: b))
        }
    }

    struct C: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Erlang C: waiting, service level and ASA of an M/M/n queue (no abandonment).")
        @Option(parsing: .unconditional, help: "Agents; fractions allowed.") var agents: String
        @OptionGroup var load: LoadOptions
        @Option(parsing: .unconditional, help: "Mean handle time, e.g. 300s or 5m.") var aht: String
        @Option(parsing: .unconditional, help: "Service-level answer time, e.g. 20s.") var target: String = "20s"
        @OptionGroup var output: OutputOptions

        func run() throws {
            try output.check()
            let n = try agentsOption(agents)
            let h = try requiredDuration("--aht", aht)
            let t = try requiredDuration("--target", target, positive: false)
            let a = try load.erlangs(aht: h)
            let m = try ErlangC.metrics(agents: n, load: a, aht: h, target: t)
            try output.emit(QueueReports.erlangC(m, target: t))
        }
    }

    struct A: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Erlang A (M/M/n+M): waiting and abandonment with exponential patience; works when load > agents.")
        @Option(parsing: .unconditional, help: "Agents; fractions allowed.") var agents: String
        @OptionGroup var load: LoadOptions
        @Option(parsing: .unconditional, help: "Mean handle time, e.g. 300s or 5m.") var aht: String
        @Option(parsing: .unconditional, help: "Mean patience before abandoning, e.g. 120s.") var patience: String
        @Option(parsing: .unconditional, help: "Service-level answer time, e.g. 20s.") var target: String = "20s"
        @OptionGroup var output: OutputOptions

        func run() throws {
            try output.check()
            let n = try agentsOption(agents)
            let h = try requiredDuration("--aht", aht)
            let p = try requiredDuration("--patience", patience)
            let t = try requiredDuration("--target", target, positive: false)
            let a = try load.erlangs(aht: h)
            let m = try ErlangA.metrics(agents: n, load: a, aht: h, patience: p, target: t)
            try output.emit(QueueReports.erlangA(m, target: t))
        }
    }
}
