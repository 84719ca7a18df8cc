import Foundation

/// Arrival rates decoded from a model's `demand:`.
struct DecodedDemand: Sendable {
    /// Contacts per second, `rates[channel][interval]`.
    var rates: [[Double]]
    var dayToDayCV: Double
}

/// Reads `demand:` into arrival rates per channel and interval (contacts per second).
///
/// Two forms:
/// - `contacts_per_day: 10000` with `mix: { phone: 22%, ... }` (every channel named, shares adding
///   up to 100% within half a point). A channel's daily volume is spread over its opening hours by
///   its `profile:` entry, a list of n non-negative weights that splits the open hours into n equal
///   parts (12 weights for 08:00-20:00 are hourly; 24 for 08:00-20:00 are half-hourly); without a
///   profile the volume is spread evenly. Every day of the horizon is the same.
/// - `forecast: forecasts/day.csv`: a forecast CSV (see ``Forecast``), path relative to the YAML
///   file. Rows give contacts per interval; the forecast's own interval length is the smallest gap
///   between its starts; times of day place the rows, and a forecast of k dated days is repeated
///   every k days. Its `aht` and `patience` columns are not used: the channels define them.
///
/// `day_to_day_cv: 10%` (either form) sets the day-level busyness variation.
enum DemandDecoder {
    static let keys = ["contacts_per_day", "mix", "profile", "weekly", "day_to_day_cv", "forecast"]

    static func read(_ node: ParameterNode, _ context: ModelContext, _ reader: ParameterReader) -> DecodedDemand? {
        guard let fields = reader.mapping(node, "demand", known: keys,
                                          expected: "a mapping with contacts_per_day and mix, or forecast") else { return nil }
        let before = reader.problemCount
        let cv = fields["day_to_day_cv"].map { readDayToDayCV($0, reader) } ?? 0
        let weekly = fields["weekly"].map { readWeekly($0, context, reader) } ?? [:]
        var rates: [[Double]]?
        if let forecast = fields["forecast"] {
            for key in ["contacts_per_day", "mix", "profile"] {
                if let other = fields[key] {
                    reader.report(other, "demand.\(key)", "give either forecast or contacts_per_day with mix, not both")
                }
            }
            rates = readForecast(forecast, context, weekly, reader)
        } else {
            for key in ["contacts_per_day", "mix"] where fields[key] == nil {
                reader.report(node.location, "missing key '\(key)' in 'demand' (or give forecast: FILE.csv instead)")
            }
            let perDay = fields["contacts_per_day"].flatMap { node in
                reader.number(node, "demand.contacts_per_day", positive: true, what: "a number of contacts").flatMap { perDay in
                    let days = Double(context.horizon?.days ?? 1)
                    guard let problem = ModelSize.contactsProblem(perDay * days) else { return perDay }
                    reader.report(node, "demand.contacts_per_day", "\(node.text ?? "") contacts a day for \(Int(days)) "
                                  + "day\(days == 1 ? "" : "s") are \(problem)")
                    return nil
                }
            }
            let mix = fields["mix"].flatMap { readMix($0, context, reader) }
            let profiles = fields["profile"].map { readProfiles($0, context, reader) } ?? [:]
            if let perDay, let mix, let horizon = context.horizon, let calendar = context.calendar,
               let hours = context.hours(of: Array(mix.indices)), let kinds = context.kinds(of: Array(mix.indices)) {
                rates = mix.indices.map { c in
                    spreadOverDays(perDay * mix[c], profile: profiles[c], factors: weekly[c], over: hours[c],
                                   realTime: kinds[c].isRealTime, horizon, calendar)
                }
                if let total = rates?.joined().reduce(0, +), let problem = ModelSize.contactsProblem(total * horizon.intervalLength) {
                    reader.report(fields["weekly"] ?? fields["contacts_per_day"]!, fields["weekly"] == nil ? "demand.contacts_per_day" : "demand.weekly",
                                  "the demand over \(horizon.days) day\(horizon.days == 1 ? "" : "s") means \(problem)")
                    rates = nil
                }
            }
        }
        guard reader.problemCount == before, let cv, let rates else { return nil }
        return DecodedDemand(rates: rates, dayToDayCV: cv)
    }

    /// Shares per channel, in channel order. Without the channels' names (`channels:` unreadable)
    /// only the shares themselves are checked.
    static func readMix(_ node: ParameterNode, _ context: ModelContext, _ reader: ParameterReader) -> [Double]? {
        guard case let .mapping(entries, location) = node else {
            reader.report(node, "demand.mix", "expected a mapping of channel shares like { phone: 22%, email: 35% }, "
                          + "found \(node.kindDescription)")
            return nil
        }
        let names = context.channelNames
        var shares = [Double?](repeating: nil, count: names?.count ?? 0)
        var ok = true
        var total = 0.0
        for entry in entries {
            let share = reader.share(entry.value, "demand.mix." + entry.key)
            total += share ?? 0
            if share == nil { ok = false }
            guard let names else { continue }
            guard let c = names.firstIndex(of: entry.key) else {
                reader.report(entry.keyLocation, "demand.mix: unknown channel '\(entry.key)'" + Suggestion.hint(for: entry.key, in: names))
                ok = false
                continue
            }
            shares[c] = share
        }
        for (c, name) in (names ?? []).enumerated() where shares[c] == nil && !entries.contains(where: { $0.key == name }) {
            reader.report(location, "demand.mix: channel '\(name)' has no share; give it 0% if it gets no contacts")
            ok = false
        }
        guard ok else { return nil }
        guard abs(total - 1) <= 0.005 else {
            reader.report(location, "demand.mix: the shares add up to \(percent(total)), not 100%")
            return nil
        }
        guard names != nil else { return nil }
        return shares.map { ($0 ?? 0) / total }
    }

    /// Intraday weights per channel index: one list for every day, or lists by weekday and day type
    /// (`phone: { weekday: [...], saturday: [...] }`).
    static func readProfiles(_ node: ParameterNode, _ context: ModelContext, _ reader: ParameterReader) -> [Int: ByDay<[Double]>] {
        guard case let .mapping(entries, _) = node else {
            reader.report(node, "demand.profile", "expected a mapping of channel profiles like { phone: [1, 2, 3] }, "
                          + "found \(node.kindDescription)")
            return [:]
        }
        var profiles: [Int: ByDay<[Double]>] = [:]
        for entry in entries {
            let path = "demand.profile." + entry.key
            let c = context.channelNames?.firstIndex(of: entry.key)
            if let names = context.channelNames, c == nil {
                reader.report(entry.keyLocation, "demand.profile: unknown channel '\(entry.key)'" + Suggestion.hint(for: entry.key, in: names))
                continue
            }
            let profile = ByDay<[Double]>.read(entry.value, path, context.calendar, reader) { readWeights($0, $1, reader) }
            if let c, let profile { profiles[c] = profile }
        }
        return profiles
    }

    /// One profile: non-negative weights, at least one above 0.
    static func readWeights(_ node: ParameterNode, _ path: String, _ reader: ParameterReader) -> [Double]? {
        guard let items = reader.list(node, path, expected: "a list of weights, one per part of the open hours") else { return nil }
        let weights = items.enumerated().map {
            reader.number($1, path + ".\($0)", positive: false, maximum: ContactCenterModel.Limits.profileWeight, what: "a weight")
        }
        guard weights.allSatisfy({ $0 != nil }) else { return nil }
        let values = weights.map { $0! }
        guard values.reduce(0, +) > 0 else {
            reader.report(node, path, "needs at least one weight above 0")
            return nil
        }
        return values
    }

    /// Rates (per second) in each interval of one day for `volume` contacts spread over `hours`,
    /// the open hours split into `weights.count` equal parts weighted by `weights`.
    static func spread(_ volume: Double, weights: [Double], over hours: OpeningHours, _ horizon: Horizon) -> [Double] {
        var perInterval = [Double](repeating: 0, count: horizon.intervalsPerDay)
        let total = weights.reduce(0, +)
        let part = (hours.close - hours.open) / Double(weights.count)
        for (j, weight) in weights.enumerated() where weight > 0 {
            let start = hours.open + Double(j) * part
            add(volume * weight / total, from: start, to: start + part, into: &perInterval, horizon.intervalLength)
        }
        return perInterval.map { $0 / horizon.intervalLength }
    }

    /// Adds `volume`, spread evenly over [from, to) seconds of the day, to the intervals it overlaps.
    static func add(_ volume: Double, from: Double, to: Double, into perInterval: inout [Double], _ length: Double) {
        guard to > from else { return }
        var i = max(0, Int(from / length))
        while i < perInterval.count, Double(i) * length < to {
            let overlap = min(to, Double(i + 1) * length) - max(from, Double(i) * length)
            if overlap > 0 { perInterval[i] += volume * overlap / (to - from) }
            i += 1
        }
    }

    static func percent(_ share: Double) -> String {
        let value = (share * 1000).rounded() / 10
        return value == value.rounded() ? "\(Int(value))%" : "\(value)%"
    }

    // MARK: forecast

    /// The forecast's rates over the horizon: its days laid on the horizon's (see
    /// ``DecodedCalendar/cycleOffset(firstDay:span:)``), times the `weekly` factors, with real-time
    /// contacts of closed days dropped (and warned about).
    static func readForecast(_ node: ParameterNode, _ context: ModelContext, _ weekly: [Int: [Double]],
                             _ reader: ParameterReader) -> [[Double]]? {
        guard let written = reader.text(node, "demand.forecast", expected: "the path of a forecast CSV file") else { return nil }
        let path = RelativePath.resolve(written, relativeTo: node.location.file)
        guard RelativePath.isReadableFile(path) else {
            reader.report(node, "demand.forecast", RelativePath.unusable("forecast file", written: written, resolved: path))
            return nil
        }
        if let tooLarge = ParameterFile.tableSizeProblem(path) {
            reader.append([tooLarge])
            return nil
        }
        let outOfRange = IntervalStart.outOfRangeStarts(inCSVAt: path)
        guard outOfRange.isEmpty else {
            reader.append(outOfRange)
            return nil
        }
        let forecast: Forecast
        do { forecast = try Forecast.load(path: path) } catch let error as FileErrors {
            reader.append(error.issues)
            return nil
        } catch {
            reader.report(node, "demand.forecast", "cannot read '\(written)': \(error)")
            return nil
        }
        guard let horizon = context.horizon, let names = context.channelNames else { return nil }
        let starts = Set(forecast.rows.map(\.startSeconds)).sorted()
        let firstDay = floor((starts.first ?? 0) / 86400)
        let span = floor((starts.last ?? 0) / 86400) - firstDay + 1
        guard span <= Double(ContactCenterModel.Limits.horizonDays) else {
            reader.report(node, "demand.forecast", "'\(written)' spans \(ContactCenterModel.Limits.text(span)) days; a forecast of dated "
                          + "rows may span at most \(ContactCenterModel.Limits.horizonDays) days (it repeats after its last day)")
            return nil
        }
        // The forecast's own interval, read from its starts only when they lie on one grid (a mistyped
        // start is named, rather than turning every row into a shorter interval); one start: the horizon's.
        let inferred: Double?
        do { inferred = try forecast.inferInterval() } catch let error as FileErrors {
            reader.append(error.issues)
            return nil
        } catch {
            reader.report(node, "demand.forecast", "cannot read '\(written)': \(error)")
            return nil
        }
        let length = min(inferred ?? horizon.intervalLength, 86400)
        let forecastDays = Int(span)
        var days = [[[Double]]](repeating: [[Double]](repeating: [Double](repeating: 0, count: horizon.intervalsPerDay),
                                                      count: names.count), count: forecastDays)
        var ok = true
        var named = Set<Int>()
        for row in forecast.rows {
            guard let c = names.firstIndex(of: row.channel) else {
                reader.report(SourceLocation(file: path, line: row.line), "channel '\(row.channel)' is not a channel of the model "
                              + "(\(node.location.file))" + Suggestion.hint(for: row.channel, in: names))
                ok = false
                continue
            }
            named.insert(c)
            let day = Int(floor(row.startSeconds / 86400) - firstDay)
            let time = row.startSeconds - floor(row.startSeconds / 86400) * 86400
            // Unknown hours (the channel's own problem is reported there): the row cannot be checked.
            guard let hours = context.channels[c].hours else {
                ok = false
                continue
            }
            if row.volume > 0 && (time < hours.open || time + length > hours.close + 1e-9) {
                reader.report(SourceLocation(file: path, line: row.line), "\(Describe.number(row.volume)) \(row.channel) contacts at "
                              + "\(row.intervalStart), when the channel is closed (hours \(clock(hours.open))-\(clock(hours.close)))")
                ok = false
            }
            add(row.volume, from: time, to: min(time + length, 86400), into: &days[day][c], horizon.intervalLength)
        }
        for (c, name) in names.enumerated() where !named.contains(c) {
            reader.report(node, "demand.forecast", "the forecast has no rows for channel '\(name)'")
            ok = false
        }
        guard ok, let calendar = context.calendar, let kinds = context.kinds(of: Array(names.indices)) else { return nil }
        var offset = 0
        if forecast.rows.contains(where: { $0.intervalStart.contains(where: { $0 == " " || $0 == "T" }) }) {
            switch calendar.cycleOffset(firstDay: Int(firstDay), span: forecastDays) {
            case let .success(value): offset = value
            case let .failure(problem):
                reader.report(node, "demand.forecast", "'\(written)': " + problem.message)
                return nil
            }
        }
        let rates = names.indices.map { c in
            forecastWeek(days.map { $0[c] }, offset: offset, factors: weekly[c], realTime: kinds[c].isRealTime, horizon, calendar)
        }
        for c in names.indices where kinds[c].isRealTime {
            let closedDays = (0..<horizon.days).filter { calendar.isClosed($0) && days[($0 + offset) % forecastDays][c].contains { $0 > 0 } }
            guard let first = closedDays.first else { continue }
            let dropped = closedDays.map { days[($0 + offset) % forecastDays][c].reduce(0, +) }.reduce(0, +)
            reader.warn(node, "demand.forecast", "\(Describe.number((dropped * 10).rounded() / 10)) \(names[c]) contacts fall on closed days "
                        + "(the first: \(calendar.runtime.label(ofDay: first))); a real-time channel gets no contacts when the center is closed")
        }
        let total = rates.joined().reduce(0, +) * horizon.intervalLength
        if let problem = ModelSize.contactsProblem(total) {
            reader.report(node, "demand.forecast", "'\(written)' over \(horizon.days) day\(horizon.days == 1 ? "" : "s") means \(problem)")
            return nil
        }
        return rates
    }

    /// `day_to_day_cv`: a share, 0 or at least ``ContactCenterModel/Limits/smallestDayToDayCV`` (the Gamma
    /// factor's shape 1/cv^2 must be representable).
    static func readDayToDayCV(_ node: ParameterNode, _ reader: ParameterReader) -> Double? {
        guard let cv = reader.share(node, "demand.day_to_day_cv") else { return nil }
        guard cv == 0 || cv >= ContactCenterModel.Limits.smallestDayToDayCV else {
            reader.report(node, "demand.day_to_day_cv", "\(node.text ?? "") is below the smallest supported variation, 0.01%; "
                          + "write 0 for none")
            return nil
        }
        return cv
    }

    /// `HH:MM` of a second of the day.
    static func clock(_ seconds: Double) -> String {
        let minutes = Int((seconds / 60).rounded())
        return String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }
}
