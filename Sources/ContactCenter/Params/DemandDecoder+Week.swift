/// Demand over a week: the `weekly:` volume factors, and each day of the horizon built from its
/// weekday's factor, its profile (by weekday or day type) and whether the center is closed.
extension DemandDecoder {
    static let weeklyExpectation = "7 factors, Monday to Sunday, like [1.2, 1, 1, 1, 0.9, 0.5, 0]"

    /// `weekly:` per channel index, 7 factors (Monday first) multiplying the day's volume. Written as one list of
    /// 7 for every channel, or per channel as such a list or a mapping `{ monday: 130%, sunday: 0 }` (weekdays
    /// not named keep 1).
    static func readWeekly(_ node: ParameterNode, _ context: ModelContext, _ reader: ParameterReader) -> [Int: [Double]] {
        if let calendar = context.calendar, !calendar.hasNames {
            reader.report(node, "demand.weekly", "weekly factors need named days: give horizon.start (\(CalendarDecoder.startExpectation))")
        }
        if case .sequence = node {
            guard let factors = readFactors(node, "demand.weekly", reader), let names = context.channelNames else { return [:] }
            return Dictionary(uniqueKeysWithValues: names.indices.map { ($0, factors) })
        }
        guard case let .mapping(entries, _) = node else {
            reader.report(node, "demand.weekly", "expected \(weeklyExpectation), or such factors per channel, found \(node.kindDescription)")
            return [:]
        }
        var weekly: [Int: [Double]] = [:]
        for entry in entries {
            let path = "demand.weekly." + entry.key
            let c = context.channelNames?.firstIndex(of: entry.key)
            if let names = context.channelNames, c == nil {
                reader.report(entry.keyLocation, "demand.weekly: unknown channel '\(entry.key)'" + Suggestion.hint(for: entry.key, in: names))
                continue
            }
            if let factors = readFactors(entry.value, path, reader), let c { weekly[c] = factors }
        }
        return weekly
    }

    /// One channel's 7 factors: a list Monday to Sunday, or a mapping of weekdays (others 1).
    static func readFactors(_ node: ParameterNode, _ path: String, _ reader: ParameterReader) -> [Double]? {
        switch node {
        case let .sequence(items, _):
            guard items.count == 7 else {
                reader.report(node, path, "expected \(weeklyExpectation); found \(items.count) factor\(items.count == 1 ? "" : "s")")
                return nil
            }
            let factors = items.enumerated().map { readFactor($1, "\(path).\($0)", reader) }
            return factors.contains { $0 == nil } ? nil : factors.map { $0! }
        case let .mapping(entries, _):
            var factors = [Double](repeating: 1, count: 7)
            var named = Set<Weekday>()
            var ok = true
            for entry in entries {
                guard let weekday = Weekday(named: entry.key) else {
                    reader.report(entry.keyLocation, "\(path): '\(entry.key)' is not a weekday"
                                  + Suggestion.hint(for: entry.key.lowercased(), in: Weekday.allCases.map(\.name)))
                    ok = false
                    continue
                }
                if !named.insert(weekday).inserted {
                    reader.report(entry.keyLocation, "\(path): \(weekday.name) is given twice")
                    ok = false
                }
                if let factor = readFactor(entry.value, "\(path).\(entry.key)", reader) { factors[weekday.rawValue] = factor } else { ok = false }
            }
            return ok ? factors : nil
        case .scalar:
            reader.report(node, path, "expected \(weeklyExpectation), or a mapping like { monday: 130%, sunday: 0 }, "
                          + "found \(node.kindDescription)")
            return nil
        }
    }

    /// A volume factor: `1.3` or `130%`, from 0 to ``ContactCenterModel/Limits/profileWeight``.
    static func readFactor(_ node: ParameterNode, _ path: String, _ reader: ParameterReader) -> Double? {
        guard let text = reader.text(node, path, expected: "a factor like 1.3 or 130%") else { return nil }
        let t = text.trimmingCharacters(in: .whitespaces)
        guard t.hasSuffix("%") else {
            return reader.number(node, path, positive: false, maximum: ContactCenterModel.Limits.profileWeight, what: "a factor like 1.3 or 130%")
        }
        let body = ParameterReader.numeral(String(t.dropLast()))
        guard let percent = Double(body), percent.isFinite, percent >= 0, percent / 100 <= ContactCenterModel.Limits.profileWeight else {
            reader.report(node, path, "'\(text)' is not a factor; write e.g. 1.3 or 130% (0 or more)")
            return nil
        }
        return percent / 100
    }

    /// Rates per second over the horizon for `volume` contacts a day: each day's volume times its weekday's
    /// factor, spread over `hours` by the day's profile (flat without one); nothing on closed days for a
    /// real-time channel (deferred work still arrives, and waits for an open day).
    static func spreadOverDays(_ volume: Double, profile: ByDay<[Double]>?, factors: [Double]?, over hours: OpeningHours,
                               realTime: Bool, _ horizon: Horizon, _ calendar: DecodedCalendar) -> [Double] {
        var cache: [String: [Double]] = [:]
        var rates: [Double] = []
        rates.reserveCapacity(horizon.intervalCount)
        for d in 0..<horizon.days {
            if realTime && calendar.isClosed(d) {
                rates += repeatElement(0, count: horizon.intervalsPerDay)
                continue
            }
            let factor = factors.flatMap { f in calendar.weekday(d).map { f[$0.rawValue] } } ?? 1
            let profileKey: String
            switch profile {
            case let .byDay(values)?: profileKey = calendar.key(forDay: d, in: values) ?? "-"
            default: profileKey = "*"
            }
            let key = profileKey + "|" + String(factor)
            if cache[key] == nil {
                cache[key] = spread(volume * factor, weights: profile?.value(onDay: d, calendar) ?? [1], over: hours, horizon)
            }
            rates += cache[key]!
        }
        return rates
    }

    /// Rates per second over the horizon from a forecast's days (contacts per interval of each day of its
    /// cycle), horizon day d taking cycle day (d + offset) mod k, times its weekday's factor; nothing on
    /// closed days for a real-time channel.
    static func forecastWeek(_ days: [[Double]], offset: Int, factors: [Double]?, realTime: Bool, _ horizon: Horizon,
                             _ calendar: DecodedCalendar) -> [Double] {
        var rates: [Double] = []
        rates.reserveCapacity(horizon.intervalCount)
        for d in 0..<horizon.days {
            if realTime && calendar.isClosed(d) {
                rates += repeatElement(0, count: horizon.intervalsPerDay)
                continue
            }
            let volumes = days[(d + offset) % days.count]
            if let factor = factors.flatMap({ f in calendar.weekday(d).map { f[$0.rawValue] } }) {
                rates += volumes.map { $0 * factor / horizon.intervalLength }
            } else {
                rates += volumes.map { $0 / horizon.intervalLength }
            }
        }
        return rates
    }
}
