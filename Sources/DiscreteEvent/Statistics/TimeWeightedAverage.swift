/// The time average of a piecewise-constant quantity, such as a queue length or the
/// number of busy servers: the area under its path divided by the elapsed time.
///
/// Call ``update(to:at:)`` (or ``add(_:at:)``) whenever the quantity changes; the value is
/// held constant between updates, so the area grows by `value × (t − lastChange)`.
/// ``reset(at:)`` discards everything before a warm-up point while keeping the current value.
///
/// ```swift
/// var queue = TimeWeightedAverage(value: 0, at: 0)
/// queue.update(to: 2, at: 1)     // 0 on [0, 1)
/// queue.update(to: 1, at: 4)     // 2 on [1, 4)
/// queue.average(until: 5)        // (0·1 + 2·3 + 1·1) / 5 = 1.4
/// ```
public struct TimeWeightedAverage: Sendable, Equatable {
    /// When observation began (construction or the last ``reset(at:)``).
    public private(set) var startTime: Double
    /// When the value last changed (or observation began).
    public private(set) var lastChange: Double
    /// The current value.
    public private(set) var value: Double
    /// The largest value held since ``startTime``.
    public private(set) var maximum: Double
    /// ∫ value dt from ``startTime`` to ``lastChange``.
    private var accumulatedArea: Double = 0

    /// Starts observing a quantity that equals `value` at `time`.
    public init(value: Double = 0, at time: Double = 0) {
        precondition(value.isFinite && time.isFinite, "TimeWeightedAverage: value and time must be finite")
        startTime = time
        lastChange = time
        self.value = value
        maximum = value
    }

    /// Records that the quantity changed to `newValue` at `time`.
    ///
    /// - Precondition: `time >= lastChange`; `newValue` finite.
    /// - Complexity: O(1).
    public mutating func update(to newValue: Double, at time: Double) {
        precondition(time >= lastChange, "TimeWeightedAverage: time \(time) is before \(lastChange)")
        precondition(newValue.isFinite, "TimeWeightedAverage: value must be finite")
        accumulatedArea += value * (time - lastChange)
        lastChange = time
        value = newValue
        if newValue > maximum { maximum = newValue }
    }

    /// Records that the quantity changed by `delta` at `time` (e.g. +1 on arrival).
    public mutating func add(_ delta: Double, at time: Double) {
        update(to: value + delta, at: time)
    }

    /// ∫ value dt from ``startTime`` to `time` (`time >= lastChange`).
    public func area(until time: Double) -> Double {
        precondition(time >= lastChange, "TimeWeightedAverage: time \(time) is before \(lastChange)")
        return accumulatedArea + value * (time - lastChange)
    }

    /// The time average over [``startTime``, `time`], or `nil` if no time has elapsed.
    public func average(until time: Double) -> Double? {
        let elapsed = time - startTime
        return elapsed > 0 ? area(until: time) / elapsed : nil
    }

    /// Forgets the path before `time` (e.g. the end of a warm-up period) and starts a new
    /// observation window there, keeping the current value.
    public mutating func reset(at time: Double) {
        precondition(time >= lastChange, "TimeWeightedAverage: time \(time) is before \(lastChange)")
        startTime = time
        lastChange = time
        accumulatedArea = 0
        maximum = value
    }
}
