/// Steady-state performance of one queue at a given staffing, as planners read it.
///
/// The same value type is returned by Erlang C (no abandonment: `pAbandon` is 0) and
/// Erlang A, so reports and staffing solvers treat both alike. Times are in seconds.
public struct QueueMetrics: Sendable, Equatable {
    /// Agents (servers); may be fractional.
    public var agents: Double
    /// Offered load in Erlangs (arrival rate x mean handle time).
    public var load: Double
    /// Probability that an arrival finds every agent busy (and so waits).
    public var pWait: Double
    /// Probability that an arrival abandons before being answered (0 without abandonment).
    public var pAbandon: Double
    /// Share of ALL arrivals answered within the target time; abandoners count as failures.
    public var serviceLevel: Double
    /// Share of answered arrivals answered within the target time.
    public var serviceLevelOfAnswered: Double
    /// Average speed of answer: mean wait of answered contacts (zero waits included), seconds.
    /// For Erlang C every contact is answered, so this is the mean wait over all callers.
    public var asa: Double
    /// Mean wait over all arrivals, abandoners' time to abandon included, seconds.
    public var meanWaitAll: Double
    /// Mean number of contacts waiting.
    public var meanQueueLength: Double
    /// Share of agent time spent handling contacts.
    public var occupancy: Double

    /// Whether the queue keeps up only because callers abandon: some abandon, and there are fewer
    /// agents than Erlangs offered or they are busy 99% of the time or more. A service level over
    /// all arrivals counts abandoners as failures, yet their leaving is what keeps the queue short:
    /// a planner usually wants to bound abandonment too.
    public var reliesOnAbandonment: Bool { pAbandon > 0 && (agents < load || occupancy >= 0.99) }
}

/// A service-level target: `fraction` of contacts answered within `threshold` seconds.
public struct ServiceLevelTarget: Sendable, Equatable {
    /// Required share, in (0, 1).
    public var fraction: Double
    /// Answer-time threshold, seconds (>= 0).
    public var threshold: Double

    public init(fraction: Double, threshold: Double) {
        self.fraction = fraction
        self.threshold = threshold
    }
}
