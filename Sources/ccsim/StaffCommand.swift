import ArgumentParser
import ContactCenter
import Queueing
import Reporting

struct Staff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Least agents meeting service-level, ASA, abandonment and occupancy targets.",
        discussion: """
            One queue:      ccsim staff --load 100 --aht 300s --service-level 80%/20s
            With patience:  ccsim staff --load 100 --aht 300s --service-level 80%/20s --model a --patience 120s
            From forecast:  ccsim staff --forecast forecast.csv --service-level 80%/20s --interval 30m
            """)

    @OptionGroup var load: LoadOptions
    @Option(parsing: .unconditional, help: "Mean handle time, e.g. 300s.") var aht: String?
    @Option(name: .customLong("service-level"), parsing: .unconditional, help: "Target share answered within a time, e.g. 80%/20s.")
    var serviceLevel: String?
    @Option(help: "Queue model: c (Erlang C, no abandonment) or a (Erlang A, needs --patience).")
    var model: String?
    @Option(parsing: .unconditional, help: "Mean patience before abandoning, e.g. 120s (Erlang A).") var patience: String?
    @Option(name: .customLong("max-asa"), parsing: .unconditional, help: "Largest acceptable average speed of answer, e.g. 15s.")
    var maxASA: String?
    @Option(name: .customLong("max-abandon"), parsing: .unconditional, help: "Largest acceptable abandonment share, e.g. 5% (Erlang A).")
    var maxAbandon: String?
    @Option(name: .customLong("max-occupancy"), parsing: .unconditional, help: "Largest acceptable occupancy, e.g. 85%.")
    var maxOccupancy: String?
    @Option(parsing: .unconditional, help: "Share of paid time agents are unavailable (breaks, training), e.g. 30%.")
    var shrinkage: String?
    @Flag(help: "Also report the continuous (fractional) requirement.") var fractional = false
    @OptionGroup var forecastOptions: ForecastOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let targets = try staffingTargets()
        let shrink = try shrinkage.map { try readOption("--shrinkage", $0, Quantity.share) }
        if let forecastPath = forecastOptions.forecast {
            try runForecast(path: forecastPath, targets: targets, shrinkage: shrink)
            return
        }
        guard let aht else { throw InputError("--aht is required (e.g. --aht 300s)") }
        let h = try requiredDuration("--aht", aht)
        let a = try load.erlangs(aht: h)
        let queueModel = try chosenModel()
        let requirement = try StaffingSolver.solve(load: a, aht: h, model: queueModel, targets: targets,
                                                   shrinkage: shrink, fractional: fractional)
        try output.emit(QueueReports.staffing(requirement, model: queueModel, target: targets.threshold))
    }

    func staffingTargets() throws -> StaffingTargets {
        var t = StaffingTargets()
        t.serviceLevel = try serviceLevel.map { try readOption("--service-level", $0, Quantity.serviceLevel) }
        t.maxASA = try maxASA.map { try requiredDuration("--max-asa", $0) }
        t.maxAbandon = try maxAbandon.map { try readOption("--max-abandon", $0, Quantity.share) }
        t.maxOccupancy = try maxOccupancy.map { try readOption("--max-occupancy", $0, Quantity.share) }
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
