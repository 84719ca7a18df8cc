/// A measure of one channel on one day of the horizon, computed per replication from the interval
/// measures (contacts counted in the interval they arrived in): its JSON key is `rawValue`, under
/// `days[d].channels.<name>` of `ccsim run --format json`.
public enum DayMeasure: String, Measure {
    case offered
    /// Answered within the target / answered or abandoned, of the day's arrivals.
    case serviceLevel = "service_level"
    /// Abandoned / offered, of the day's arrivals.
    case abandonRate = "abandon_rate"
    /// Contacts waiting when the channel closes that day (at midnight for a channel open around the clock).
    case backlogAtClose = "backlog_at_close"

    public var unit: MeasureUnit {
        switch self {
        case .serviceLevel, .abandonRate: return .share
        case .offered, .backlogAtClose: return .count
        }
    }

    public var title: String {
        switch self {
        case .offered: return "Offered"
        case .serviceLevel: return "Service level"
        case .abandonRate: return "Abandonment"
        case .backlogAtClose: return "Backlog at close"
        }
    }

    /// The measure's value for channel `c` on day `d` (0-based) of one replication; nil where undefined
    /// (no contact whose fate is known, no contact offered).
    public func value(in r: ReplicationMeasures, channel c: Int, day d: Int, model: ContactCenterModel) -> Double? {
        let cells = r.intervals[c][model.intervals(ofDay: d)]
        switch self {
        case .offered: return Double(cells.map(\.offered).reduce(0, +))
        case .serviceLevel:
            let known = cells.map(\.known).reduce(0, +)
            return known > 0 ? Double(cells.map(\.answeredWithinTarget).reduce(0, +)) / Double(known) : nil
        case .abandonRate:
            let offered = cells.map(\.offered).reduce(0, +)
            return offered > 0 ? Double(cells.map(\.abandoned).reduce(0, +)) / Double(offered) : nil
        case .backlogAtClose:
            return Double(r.intervals[c][model.closingInterval(channel: c, day: d)].backlogAtEnd)
        }
    }
}

extension ContactCenterModel {
    /// The days with measured contacts: all but those that end within the warm-up.
    public var measuredDays: Range<Int> {
        let warm = warmup.isFinite && warmup > 0 ? Int((warmup / 86400).rounded(.down)) : 0
        return min(warm, dayCount)..<dayCount
    }

    /// The intervals of day `d` (0-based; the last day may be partial).
    public func intervals(ofDay d: Int) -> Range<Int> {
        let first = min(intervalCount, d * intervalsPerDay)
        return first..<min(intervalCount, first + intervalsPerDay)
    }

    /// The interval at whose end channel `c` closes on day `d` (the day's last interval for a channel
    /// open until midnight, or when the horizon ends earlier that day).
    public func closingInterval(channel c: Int, day d: Int) -> Int {
        let day = intervals(ofDay: d)
        let intoDay = Int((channels[c].hours.close / intervalLength).rounded(.up)) - 1
        return min(day.upperBound - 1, day.lowerBound + max(0, intoDay))
    }
}
