/// One interval of one channel, averaged over replications: the series behind the report's
/// charts (service level by interval, queue length and deferred backlog over the horizon).
public struct IntervalSummary: Sendable, Equatable {
    /// Interval start, seconds from the start of the horizon.
    public var start: Double
    public var offered: Double
    /// Mean over the replications where the interval had answered or abandoned contacts; nil if none had.
    public var serviceLevel: Double?
    /// Mean number of contacts waiting during the interval.
    public var meanQueueLength: Double
    /// Contacts waiting at the end of the interval (the deferred backlog).
    public var backlogAtEnd: Double

    /// `day 2 08:30` for an interval start.
    public static func label(_ start: Double) -> String {
        let day = Int(start / 86400) + 1
        let second = Int(start.truncatingRemainder(dividingBy: 86400))
        let h = second / 3600, m = (second % 3600) / 60
        return "day \(day) " + (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }
}
