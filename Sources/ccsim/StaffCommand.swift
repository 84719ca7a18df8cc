import ArgumentParser
import ContactCenter
import Foundation
import Queueing
import Reporting

struct Staff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Least agents meeting service-level, ASA, abandonment and occupancy targets.",
        discussion: """
            One queue (Erlang C), then with patience (Erlang A):
              ccsim staff --load 100 --aht 300s --service-level 80%/20s
              ccsim staff --load 100 --aht 300s --service-level 80%/20s --model a \\
                --patience 120s
            A staffing table per interval and channel from a forecast (run from the repository \
            root: models/forecasts/ holds one), then with email as deferred work:
              ccsim staff --forecast models/forecasts/retail-weekday.csv \\
                --service-level 80%/20s --interval 30m
              ccsim staff --forecast models/forecasts/retail-weekday.csv \\
                --service-level 80%/20s --deferred email=90%/24h --hours email=08:00-20:00
            A forecast without an aht column needs --aht 300s (every channel) or --aht email=9m \
            (one channel).

            Every result says which target sets the agents (binding: service_level, max_asa, max_abandon, \
            max_occupancy; stability when Erlang C's least stable staffing already meets them; workload when \
            deferred work is staffed level over its hours). A warning on stderr says when the targets are met \
            only because callers abandon (fewer agents than Erlangs, or occupancy of 99% or more).

            Deferred channels are planned on a backlog carried over between intervals and days (the forecast \
            repeats), with agents only in the channel's hours; each interval shows the share answered within \
            the target, the expected wait (ASA) and the backlog, from an approximation the output names.
            """)

    @OptionGroup var load: LoadOptions
    @Option(parsing: .unconditionalSingleValue,
            help: "Mean handle time, e.g. 300s. With --forecast: for rows without an aht, for every channel or one (email=9m; repeatable).")
    var aht: [String] = []
    @Option(name: .customLong("service-level"), parsing: .unconditional, help: "Target share answered within a time, e.g. 80%/20s (this, or at least one --max-... target, is required).")
    var serviceLevel: String?
    @Option(parsing: .unconditional, help: "Queue model: c (Erlang C, no abandonment) or a (Erlang A, needs --patience) (default: a with --patience, else c).")
    var model: String?
    @Option(parsing: .unconditional, help: "Mean patience before abandoning, e.g. 120s (Erlang A).") var patience: String?
    @Option(name: .customLong("max-asa"), parsing: .unconditional, help: "Largest acceptable average speed of answer, e.g. 15s.")
    var maxASA: String?
    @Option(name: .customLong("max-abandon"), parsing: .unconditional, help: "Largest acceptable abandonment share, e.g. 5% (Erlang A).")
    var maxAbandon: String?
    @Option(name: .customLong("max-occupancy"), parsing: .unconditional,
            help: "Largest acceptable occupancy, e.g. 85% (deferred work: the share of agent time spent on the backlog).")
    var maxOccupancy: String?
    @Option(parsing: .unconditional, help: "Share of paid time agents are unavailable (breaks, training), e.g. 30%.")
    var shrinkage: String?
    @Flag(help: "Also report the continuous (fractional) requirement.") var fractional = false
    @OptionGroup(title: "Forecast options (a staffing table per interval and channel)") var forecastOptions: ForecastOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try output.check()
        let targets = try staffingTargets()
        let shrink = try shrinkage.map { text in
            let share = try readOption("--shrinkage", text, Quantity.share)
            // Refused here, naming the option; the solver's own check would say 'shrinkage = 1 is invalid'.
            guard share < 1 else { throw InputError("--shrinkage: '\(text)' must be below 100%: no paid hour would be worked") }
            return share
        }
        if let forecastPath = forecastOptions.forecast {
            try runForecast(path: forecastPath, targets: targets, shrinkage: shrink)
            return
        }
        try forecastOptions.refuseWithoutForecast()
        guard let ahtText = aht.first else { throw InputError("--aht is required (e.g. --aht 300s)") }
        guard aht.count == 1, !ahtText.contains("=") else {
            throw InputError("--aht: give one handle time for a single queue, e.g. --aht 300s (per-channel values go with --forecast)")
        }
        let h = try requiredDuration("--aht", ahtText)
        let a = try load.erlangs(aht: h)
        let queueModel = try chosenModel()
        let requirement = try StaffingSolver.solve(load: a, aht: h, model: queueModel, targets: targets,
                                                   shrinkage: shrink, fractional: fractional)
        if requirement.reliesOnAbandonment {
            let m = requirement.metrics
            Self.warn("\(requirement.agents) agents for \(Self.number(a)) Erlangs: the targets are met only because "
                      + "\(String(format: "%.1f", 100 * m.pAbandon))% of callers abandon (occupancy "
                      + "\(String(format: "%.1f", 100 * m.occupancy))%); the service level counts them as failures, "
                      + "but their leaving keeps the queue short"
                      + (targets.maxAbandon == nil ? ". Bound abandonment with --max-abandon (e.g. 5%)" : ""))
        }
        try output.emit(QueueReports.staffing(requirement, model: queueModel, target: targets.threshold))
    }

    /// Writes `ccsim: warning: <message>` on stderr; the exit status is unaffected.
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("ccsim: warning: \(message)\n".utf8))
    }

    static func number(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(format: "%.2f", x)
    }

    func staffingTargets() throws -> StaffingTargets {
        var t = StaffingTargets()
        t.serviceLevel = try serviceLevel.map { try serviceLevelOption("--service-level", $0) }
        t.maxASA = try maxASA.map { try requiredDuration("--max-asa", $0) }
        t.maxAbandon = try maxAbandon.map { try readOption("--max-abandon", $0, Quantity.share) }
        t.maxOccupancy = try maxOccupancy.map { text in
            let share = try readOption("--max-occupancy", text, Quantity.share)
            guard share > 0 else { throw InputError("--max-occupancy: '\(text)' must be above 0%: no agent could ever be busy") }
            return share
        }
        if t.serviceLevel == nil && t.maxASA == nil && t.maxAbandon == nil && t.maxOccupancy == nil {
            throw InputError("give a target: --service-level 80%/20s, --max-asa, --max-abandon or --max-occupancy")
        }
        return t
    }

    func chosenModel() throws -> QueueModel {
        let name = model ?? (patience == nil ? "c" : "a")
        switch name.lowercased() {
        case "c", "erlang-c", "erlang_c":
            if patience != nil { throw InputError("--patience needs --model a (Erlang C has no abandonment)") }
            if maxAbandon != nil { throw InputError("--max-abandon needs --model a with --patience") }
            return .erlangC
        case "a", "erlang-a", "erlang_a":
            guard let patience else { throw InputError("--model a needs --patience, the mean time before abandoning (e.g. 120s)") }
            return .erlangA(patience: try requiredDuration("--patience", patience))
        default:
            throw InputError("--model: '\(name)' is not a model; use c (Erlang C) or a (Erlang A)")
        }
    }
}
