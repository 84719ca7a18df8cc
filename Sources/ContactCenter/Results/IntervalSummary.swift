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

    /// The series of every channel: `result[channel][interval]`.
    public static func series(model: ContactCenterModel, replications: [ReplicationMeasures]) -> [[IntervalSummary]] {
        guard !replications.isEmpty, model.customerLimit == nil else { return model.channels.map { _ in [] } }
        let n = Double(replications.count)
        return model.channels.indices.map { c in
            (0..<model.intervalCount).map { i in
                let cells = replications.map { $0.intervals[c][i] }
                let levels = cells.compactMap(\.serviceLevel)
                return IntervalSummary(
                    start: Double(i) * model.intervalLength,
                    offered: Double(cells.map(\.offered).reduce(0, +)) / n,
                    serviceLevel: levels.isEmpty ? nil : levels.reduce(0, +) / Double(levels.count),
                    meanQueueLength: cells.map(\.queueArea).reduce(0, +) / n / model.intervalLength,
                    backlogAtEnd: Double(cells.map(\.backlogAtEnd).reduce(0, +)) / n)
            }
        }
    }

    /// `day 2 08:30` for an interval start.
    public static func label(_ start: Double) -> String {
        let day = Int(start / 86400) + 1
        let second = Int(start.truncatingRemainder(dividingBy: 86400))
        let h = second / 3600, m = (second % 3600) / 60
        return "day \(day) " + (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }
}
