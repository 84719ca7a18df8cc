import ArgumentParser
import ContactCenter
import Foundation
import Queueing
import Reporting

/// Options of `ccsim staff --forecast`.
struct ForecastOptions: ParsableArguments {
    @Option(help: "Forecast CSV: interval_start,channel,volume,aht[,patience] -> a staffing table.")
    var forecast: String?

    @Option(help: "Interval length, e.g. 30m (default: inferred from the interval starts).")
    var interval: String?

    @Option(name: .customLong("channel-service-level"), parsing: .singleValue,
            help: "Per-channel target, e.g. messaging=80%/60s (repeatable).")
    var channelServiceLevel: [String] = []

    @Option(parsing: .singleValue, help: "Chat channel with concurrency, e.g. messaging=3,15% (sessions, slowdown per extra session).")
    var chat: [String] = []

    @Option(parsing: .singleValue, help: "Deferred channel with its response target, e.g. email=90%/24h.")
    var deferred: [String] = []

    @Option(name: .customLong("cost-per-hour"), help: "Cost of one paid agent-hour, for the totals.")
    var costPerHour: String?

    /// Splits `name=value` of a repeatable option.
    static func pair(_ flag: String, _ text: String) throws -> (String, String) {
        guard let eq = text.firstIndex(of: "="), eq != text.startIndex else {
            throw InputError("\(flag): '\(text)' should be CHANNEL=VALUE")
        }
        return (String(text[..<eq]), String(text[text.index(after: eq)...]))
    }
}

extension Staff {
    func runForecast(path: String, targets: StaffingTargets, shrinkage: Double?) throws {
        if load.load != nil || load.calls != nil {
            throw InputError("--forecast takes its volumes from the file; drop --load/--calls")
        }
        if aht != nil { throw InputError("--forecast takes handle times from the file's aht column; drop --aht") }
        let f = forecastOptions
        var settings = PlanSettings(targets: targets)
        settings.shrinkage = shrinkage
        settings.interval = try f.interval.map { try requiredDuration("--interval", $0) }
        settings.costPerHour = try f.costPerHour.map { try readOption("--cost-per-hour", $0, Quantity.positiveNumber) }
        if let model, model.lowercased() == "a" || model.lowercased() == "erlang_a" {
            guard let patience else { throw InputError("--model a needs --patience (or a patience column in the forecast)") }
            settings.patience = try requiredDuration("--patience", patience)
        } else if let patience {
            settings.patience = try requiredDuration("--patience", patience)
        }
        for text in f.channelServiceLevel {
            let (channel, value) = try ForecastOptions.pair("--channel-service-level", text)
            settings.channelServiceLevels[channel] = try readOption("--channel-service-level", value, Quantity.serviceLevel)
        }
        for text in f.chat {
            let (channel, value) = try ForecastOptions.pair("--chat", text)
            let parts = value.split(separator: ",").map(String.init)
            guard (1...2).contains(parts.count), let k = Int(parts[0]), k >= 1 else {
                throw InputError("--chat: '\(text)' should be CHANNEL=SESSIONS[,SLOWDOWN], e.g. messaging=3,15%")
            }
            let slowdown = parts.count == 2 ? try readOption("--chat", parts[1], Quantity.share) : 0
            settings.treatments[channel] = .chat(try ChatConcurrency(sessions: k, slowdown: slowdown))
        }
        for text in f.deferred {
            let (channel, value) = try ForecastOptions.pair("--deferred", text)
            settings.treatments[channel] = .deferred(try readOption("--deferred", value, Quantity.serviceLevel))
        }
        let forecast = try Forecast.load(path: path)
        for name in settings.treatments.keys.sorted() + settings.channelServiceLevels.keys.sorted()
        where !forecast.channels.contains(name) {
            throw InputError("channel '\(name)' is not in \(path) (channels: \(forecast.channels.joined(separator: ", ")))")
        }
        let plan = try StaffingPlan.make(forecast, settings: settings)
        let report = PlanReport(plan)
        switch output.format {
        case .table: try output.writeTable(report.text())
        case .json: try output.write(report.json().serialized() + "\n")
        case .csv: try output.write(report.table.csv())
        case .markdown: try output.write(report.markdown())
        case .html: throw OutputFormat.htmlRefused
        }
    }
}
