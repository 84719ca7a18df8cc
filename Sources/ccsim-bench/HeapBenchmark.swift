import DiscreteEvent

/// A micro-benchmark of the ``EventHeap`` implementations on the classic *hold model*
/// (Jones, "An empirical comparison of priority-queue and event-set implementations",
/// CACM 1986): fill the calendar with `pendingEvents` events, then repeat "pop the next
/// event, schedule one at now + Exp(1)" `operations` times, so the calendar size stays
/// constant as in a simulation in steady state.
///
/// Increments come from a precomputed table (drawn once from a ``RandomStream``), so the
/// timing measures the calendar, not the random number generator. Meant to be called
/// from a release build (`ccsim-bench heap`), not from unit tests.
public enum HeapBenchmark {
    /// The measurement of one implementation.
    public struct Result: Sendable, CustomStringConvertible {
        /// Name of the heap implementation.
        public let implementation: String
        /// Calendar size held during the hold phase.
        public let pendingEvents: Int
        /// Number of hold operations (one pop plus one schedule each).
        public let operations: Int
        /// Best wall-clock time of the hold phase, in seconds.
        public let seconds: Double
        /// Sum of popped event times; identical across implementations (same event order).
        public let checksum: Double

        /// Hold operations (events processed) per second.
        public var eventsPerSecond: Double { Double(operations) / seconds }

        /// E.g. `QuaternaryEventHeap: 12.3 M events/s (n = 10000, 2000000 ops)`.
        public var description: String {
            let millions = (eventsPerSecond / 1e4).rounded() / 100
            return "\(implementation): \(millions) M events/s (n = \(pendingEvents), \(operations) ops)"
        }
    }

    /// Measures the implementations, interleaved, keeping each one's best of `repetitions` runs;
    /// returns DiscreteEvent's `QuaternaryEventHeap` (the simulator's) first, then
    /// ``BinaryEventHeap`` and ``CollectionsEventHeap``.
    public static func run(pendingEvents: Int = 10_000, operations: Int = 2_000_000,
                           repetitions: Int = 3, seed: UInt64 = 1) -> [Result] {
        precondition(pendingEvents >= 1 && operations >= 1 && repetitions >= 1,
                     "HeapBenchmark: sizes must be >= 1")
        let increments = incrementTable(seed: seed)
        var best: [Result] = []
        for repetition in 0..<repetitions {
            let results = [
                holdModel(QuaternaryEventHeap<Int>.self, name: "QuaternaryEventHeap",
                          pendingEvents: pendingEvents, operations: operations, increments: increments),
                holdModel(BinaryEventHeap<Int>.self, name: "BinaryEventHeap",
                          pendingEvents: pendingEvents, operations: operations, increments: increments),
                holdModel(CollectionsEventHeap<Int>.self, name: "CollectionsEventHeap (swift-collections Heap)",
                          pendingEvents: pendingEvents, operations: operations, increments: increments),
            ]
            best = repetition == 0 ? results
                : zip(best, results).map { $0.seconds <= $1.seconds ? $0 : $1 }
        }
        return best
    }

    /// One timed hold-model run on an `EventCalendar<Storage>`.
    static func holdModel<Storage: EventHeap>(
        _ storage: Storage.Type, name: String, pendingEvents: Int, operations: Int, increments: [Double]
    ) -> Result where Storage.Payload == Int {
        var calendar = EventCalendar<Storage>()
        calendar.reserveCapacity(pendingEvents + 1)
        let mask = increments.count - 1
        for index in 0..<pendingEvents {
            calendar.schedule(at: increments[index & mask], payload: index)
        }
        var checksum = 0.0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for index in 0..<operations {
                let event = calendar.popNext()!
                checksum += event.time
                calendar.schedule(at: event.time + increments[(index &+ pendingEvents) & mask],
                                  payload: event.payload)
            }
        }
        let (seconds, attoseconds) = elapsed.components
        return Result(implementation: name, pendingEvents: pendingEvents, operations: operations,
                      seconds: Double(seconds) + Double(attoseconds) * 1e-18, checksum: checksum)
    }

    /// 65,536 Exp(1) variates (a power of two, so the index wraps with a mask).
    static func incrementTable(seed: UInt64) -> [Double] {
        let stream = RandomStream(seed: seed, name: "heap-benchmark")
        let exponential = try! Distribution.exponential(mean: 1)
        return (0..<65_536).map { _ in exponential.sample(stream) }
    }
}
