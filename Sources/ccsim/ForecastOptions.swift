import ArgumentParser
import ContactCenter
import Foundation
import Queueing
import Reporting

/// Options of `ccsim staff --forecast`.
struct ForecastOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: "Forecast CSV: interval_start,channel,volume[,aht][,patience] -> a staffing table.")
    var forecast: String?

    @Option(parsing: .unconditional, help: "Interval length, e.g. 30m; it must divide a day (default: read from the interval starts, which must lie on one grid).")
    var interval: String?

    @Option(name: .customLong("channel-service-level"), parsing: .singleValue,
            help: "Per-channel target, e.g. messaging=80%/60s (repeatable).")
    var channelServiceLevel: [String] = []

    @Option(parsing: .singleValue, help: "Chat channel with concurrency, e.g. messaging=3,15% (sessions, slowdown per extra session).")
    var chat: [String] = []

    @Option(parsing: .singleValue,
            help: "Deferred channel with its response target, e.g. email=90%/24h: a backlog carried over between intervals and days.")
    var deferred: [String] = []

    @Option(parsing: .singleValue,
            help: "Hours agents work on a deferred channel, e.g. email=09:00-17:00 (default: the hours the forecast gives it contacts).")
    var hours: [String] = []

    @Option(name: .customLong("cost-per-hour"), parsing: .unconditional, help: "Cost of one paid agent-hour, for the totals (with --forecast).")
    var costPerHour: String?

    /// Splits `name=value` of a repeatable option.
    static func pair(_ flag: String, _ text: String) throws -> (String, String) {
        guard let eq = text.firstIndex(of: "="), eq != text.startIndex else {
            throw InputError("\(flag): '\(text)' should be CHANNEL=VALUE")
        }
        return (String(text[..<eq]), String(text[text.index(after: eq)...]))
    }

    /// Refuses the forecast-only options when there is no forecast.
    func refuseWithoutForecast() throws {
        let given = [("--interval", interval != nil), ("--channel-service-level", !channelServiceLevel.isEmpty),
                     ("--chat", !chat.isEmpty), ("--deferred", !deferred.isEmpty), ("--hours", !hours.isEmpty),
                     ("--cost-per-hour", costPerHour != nil)].filter(\.1).map(\.0)
        if let first = given.first { throw InputError("\(first) goes with --forecast FILE.csv") }
    }
}

extension Staff {
    func runForecast(path: String, targets: StaffingTargets, shrinkage: Double?) throws {
        if load.load != nil || load.calls != nil {
            throw InputError("--forecast takes its volumes from the file; drop --load/--calls")
        }
        let f = forecastOptions
        var settings = PlanSettings(targets: targets)
        if let s = shrinkage {
            guard s < 1 else { throw InputError("--shrinkage: must be below 100%") }
            settings.shrinkage = s
        }
        settings.interval = try f.interval.map { text in
            let seconds = try requiredDuration("--interval", text)
            if let problem = Forecast.intervalProblem(seconds) { throw InputError("--interval: \(problem)") }
            return seconds
        }
        settings.costPerHour = try f.costPerHour.map { try readOption("--cost-per-hour", $0, Quantity.positiveNumber) }
        if let model, model.lowercased() == "a" || model.lowercased() == "erlang_a" {
            guard let patience else { throw InputError("--model a needs --patience (or a patience column in the forecast)") }
            settings.patience = try requiredDuration("--patience", patience)
        } else if let patience {
            settings.patience = try requiredDuration("--patience", patience)
        }
        // The option that named each channel, for a channel the forecast does not have.
        var namedBy: [String: String] = [:]
        // The --chat or --deferred that gave each channel its kind: a second one would silently replace it.
        var treatedBy: [String: String] = [:]
        // A per-channel value given twice (--aht email=9m --aht email=12m) would keep the last, silently.
        var given: Set<String> = []
        func once(_ option: String, _ channel: String, _ text: String) throws {
            guard given.insert(option + " " + channel).inserted else {
                throw InputError("\(option) \(text): \(channel) is given \(option) twice; give each channel one value")
            }
        }
        for text in aht {
            if text.contains("=") {
                let (channel, value) = try ForecastOptions.pair("--aht", text)
                try once("--aht", channel, text)
                namedBy[channel] = namedBy[channel] ?? "--aht \(text)"
                settings.channelHandleTimes[channel] = try requiredDuration("--aht", value)
            } else {
                if settings.handleTime != nil { throw InputError("--aht: give one default handle time; per channel write --aht email=9m") }
                settings.handleTime = try requiredDuration("--aht", text)
            }
        }
        for text in f.channelServiceLevel {
            let (channel, value) = try ForecastOptions.pair("--channel-service-level", text)
            try once("--channel-service-level", channel, text)
            namedBy[channel] = namedBy[channel] ?? "--channel-service-level \(text)"
            settings.channelServiceLevels[channel] = try serviceLevelOption("--channel-service-level", value)
        }
        for text in f.chat {
            let (channel, value) = try ForecastOptions.pair("--chat", text)
            namedBy[channel] = namedBy[channel] ?? "--chat \(text)"
            if let earlier = treatedBy[channel] {
                throw InputError("--chat \(text): \(channel) is already given by \(earlier); give each channel one --chat or --deferred")
            }
            treatedBy[channel] = "--chat \(text)"
            let parts = value.split(separator: ",").map(String.init)
            guard (1...2).contains(parts.count), let k = Int(parts[0]), k >= 1 else {
                throw InputError("--chat: '\(text)' should be CHANNEL=SESSIONS[,SLOWDOWN], e.g. messaging=3,15%")
            }
            let slowdown = parts.count == 2 ? try readOption("--chat", parts[1], Quantity.share) : 0
            settings.treatments[channel] = .chat(try ChatConcurrency(sessions: k, slowdown: slowdown))
        }
        for text in f.deferred {
            let (channel, value) = try ForecastOptions.pair("--deferred", text)
            if let earlier = treatedBy[channel] {
                throw InputError("--deferred \(text): \(channel) is already given by \(earlier); give each channel one --chat or --deferred")
            }
            treatedBy[channel] = "--deferred \(text)"
            namedBy[channel] = namedBy[channel] ?? "--deferred \(text)"
            settings.treatments[channel] = .deferred(try serviceLevelOption("--deferred", value))
        }
        for channel in settings.channelServiceLevels.keys.sorted() {
            if case .deferred = settings.treatments[channel] {
                throw InputError("--channel-service-level \(channel): \(channel) is deferred; its target is the one of --deferred")
            }
        }
        for text in f.hours {
            let (channel, value) = try ForecastOptions.pair("--hours", text)
            try once("--hours", channel, text)
            guard case .deferred = settings.treatments[channel] else {
                throw InputError("--hours \(text): hours apply to deferred channels (give --deferred \(channel)=90%/24h); "
                                 + "real-time channels are staffed in the intervals that have contacts")
            }
            settings.hours[channel] = try readOption("--hours", value, Quantity.openingHours)
        }
        let forecast = try Forecast.load(path: path)
        for name in settings.treatments.keys.sorted() + settings.channelServiceLevels.keys.sorted()
            + settings.channelHandleTimes.keys.sorted()
        where !forecast.channels.contains(name) {
            throw InputError("\(namedBy[name].map { $0 + ": " } ?? "")channel '\(name)' is not in \(path) "
                             + "(channels: \(forecast.channels.joined(separator: ", ")))")
        }
        try refuseUnusedHandleTimes(settings, forecast)
        let plan = try StaffingPlan.make(forecast, settings: settings)
        let report = PlanReport(plan)
        try output.emit(report)
        for warning in plan.warnings { Staff.warn(warning) }
    }

    /// An `--aht` that no row needs would be silently ignored: refuse it instead.
    func refuseUnusedHandleTimes(_ settings: PlanSettings, _ forecast: Forecast) throws {
        let missing = Set(forecast.rows.filter { $0.aht == nil }.map(\.channel))
        for channel in settings.channelHandleTimes.keys.sorted() where !missing.contains(channel) {
            throw InputError("--aht \(channel)=...: every \(channel) row of \(forecast.path) has its own aht, which is used; drop this --aht")
        }
        if settings.handleTime != nil && missing.subtracting(settings.channelHandleTimes.keys).isEmpty {
            throw InputError("--aht: every row of \(forecast.path) has its own aht (or a per-channel --aht), which is used; drop this --aht")
        }
    }
}
