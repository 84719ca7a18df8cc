import ContactCenter

/// The model the planner simulates, and the days of it that are measured.
///
/// Deferred work carries a backlog from day to day, and a contact's outcome against a target of
/// hours is only known once those hours have passed. So when the model has deferred channels, the
/// planner simulates one day before the horizon (the backlog of a day like the others is there when
/// the horizon starts) and one day after it (the horizon's contacts get their answers), with the
/// same staffing and demand, and measures the horizon's days only. A deferred contact still waiting
/// at the end counts as missed. Without deferred channels the model is simulated as it is.
public struct SteadyStateWindow: Sendable {
    /// The model simulated (padded with a day on each side when there is deferred work).
    public let model: ContactCenterModel
    /// The days of `model` whose arrivals are measured.
    public let measuredDays: Range<Int>

    /// The window for `base` (its horizon, padded when it has deferred demand).
    public init(_ base: ContactCenterModel) {
        let deferred = base.channels.indices.contains { c in
            !base.channels[c].kind.isRealTime && base.arrivalRates[c].contains { $0 > 0 }
        }
        let days = base.horizonDays
        guard deferred else {
            model = base
            measuredDays = 0..<days
            return
        }
        let perDay = base.intervalsPerDay
        let count = base.intervalCount
        var padded = base
        padded.intervalCount = count + 2 * perDay
        func pad<T>(_ values: [T], empty: T) -> [T] {
            (0..<padded.intervalCount).map { i in values.isEmpty ? empty : values[((i - perDay) % count + count) % values.count] }
        }
        padded.arrivalRates = base.arrivalRates.map { pad($0, empty: 0) }
        // Every per-interval staffing array is padded the same way: a group's shrinkage (its share
        // away in each interval) covered only the horizon, so the padding and the measured days
        // after the first had every scheduled agent available.
        for g in padded.groups.indices {
            let group = base.groups[g]
            if group.hasShrinkage {
                padded.groups[g].schedule(pad(group.scheduled, empty: 0), unavailableShare: pad(group.unavailableShare, empty: 0))
            } else {
                padded.groups[g].staffing = pad(group.staffing, empty: 0)
            }
        }
        padded.warmup = 0
        model = padded
        measuredDays = 1..<(days + 1)
    }

    /// Interval indices of `model` measured for interval `k` of the day.
    public func intervals(ofDay k: Int) -> [Int] {
        measuredDays.map { $0 * model.intervalsPerDay + k }
    }
}
