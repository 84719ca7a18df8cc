import DiscreteEvent

/// Everything the simulator needs to know about a contact center, validated and in base
/// units (seconds, contacts per second). Built from parameter files (see `Params/`) or in code.
public struct ContactCenterModel: Sendable {
    public var name: String
    public var channels: [Channel]
    public var groups: [AgentGroup]
    /// Length of a planning interval, seconds.
    public var intervalLength: Double
    /// Number of intervals simulated; the horizon is `intervalCount x intervalLength`.
    public var intervalCount: Int
    /// Arrival rate (contacts per second) of each channel in each interval: `arrivalRates[channel][interval]`.
    public var arrivalRates: [[Double]]
    /// Coefficient of variation of a day-level busyness factor shared by all channels
    /// (Gamma with mean 1); 0 means the forecast is taken as exact.
    public var dayToDayCV: Double
    /// Contacts arriving before this time are simulated but not measured, seconds.
    public var warmup: Double
    /// Stop generating arrivals after this many (then drain the system) instead of at the horizon.
    public var customerLimit: Int?
    /// The routing policies, by name.
    public var routing: RoutingSpecification
    /// The days of the horizon: weekdays, dates, day types and closed days (unnamed open days by default).
    public var calendar: ModelCalendar
    /// How customers go on after each outcome (retries, transfers, call-backs, the website); nil:
    /// every contact is independent.
    public var journeys: JourneyModel?
    /// Channel costs, customer value and churn (nil: staff cost only).
    public var economics: EconomicsModel?

    public init(name: String, channels: [Channel], groups: [AgentGroup], intervalLength: Double, intervalCount: Int,
                arrivalRates: [[Double]], dayToDayCV: Double = 0, warmup: Double = 0, customerLimit: Int? = nil,
                routing: RoutingSpecification = .default, calendar: ModelCalendar? = nil) {
        self.name = name
        self.channels = channels
        self.groups = groups
        self.intervalLength = intervalLength
        self.intervalCount = intervalCount
        self.arrivalRates = arrivalRates
        self.dayToDayCV = dayToDayCV
        self.warmup = warmup
        self.customerLimit = customerLimit
        self.routing = routing
        let ratio = 86400 / intervalLength
        let perDay = ratio.isFinite && ratio >= 1 && ratio < 1e9 ? Int(ratio.rounded()) : 1
        self.calendar = calendar ?? ModelCalendar(days: (max(0, intervalCount) + perDay - 1) / perDay)
    }

    /// Days the horizon touches (a partial last day counts).
    public var dayCount: Int { (max(0, intervalCount) + intervalsPerDay - 1) / intervalsPerDay }

    /// Simulated time, seconds.
    public var horizon: Double { intervalLength * Double(intervalCount) }

    /// Intervals per day (at least 1).
    public var intervalsPerDay: Int { max(1, Int((86400 / intervalLength).rounded())) }

    /// Index of the channel named `name`.
    public func channelIndex(_ name: String) -> Int? { channels.firstIndex { $0.name == name } }

    /// Index of the group named `name`.
    public func groupIndex(_ name: String) -> Int? { groups.firstIndex { $0.name == name } }

    /// What the engine can represent, and sizes above which a model is refused rather than left to
    /// overflow the simulated clock, exhaust memory or run for days. Model files are checked against
    /// these where each value is read (with its location); ``problems()`` checks a model built in code.
    /// docs/MODELS.md ("Limits") lists them with the reasons.
    public enum Limits {
        /// Longest duration anywhere in a model (distribution parameters, targets, warm-up, overflow
        /// delays): 10 years. The clock is a Double in seconds and events are scheduled at `now + duration`;
        /// with the horizon also at most 10 years, event times stay within about 1e10 s, where a Double
        /// still resolves microseconds.
        public static let longestDuration = 3650 * 86400.0
        /// Shortest duration other than 0: 1 ms (the smallest unit). Bounding both ends keeps the
        /// ratio sd/mean below 1e13, so the lognormal and gamma parameters derived from it are finite.
        public static let shortestDuration = 0.001
        /// Days in a horizon (10 years).
        public static let horizonDays = 3650
        /// Channels x intervals per replication (the arrival rates and per-interval statistics, about
        /// 100 bytes each, kept for every replication): 10 years of 30-minute intervals for 5 channels fit.
        public static let intervalCells = 1_000_000
        /// Channels in a model, and agent groups in a model.
        public static let channels = 1000
        public static let groups = 1000
        /// Agents on duty in one group at once.
        public static let agentsPerGroup = 1_000_000
        /// Chat sessions one agent holds at once (`concurrency`).
        public static let concurrency = 100
        /// Session slots of a replication: agents (every group's peak) x the largest concurrency,
        /// about 50 bytes each.
        public static let sessionSlots = 10_000_000
        /// Expected contacts in one replication (and `customer_limit`).
        public static let contactsPerReplication = 1_000_000_000.0
        /// Contacts waiting at once in a replication, at least (about 200 bytes each): demand that
        /// outruns every agent who could answer it piles up (deferred work, or callers who never hang
        /// up), and 5 million waiting contacts take about 1 GB.
        public static let waitingContacts = 5_000_000.0
        /// Replications of one run.
        public static let replications = 100_000
        /// Cost of one agent-hour.
        public static let costPerHour = 1e9
        /// A weight of an intraday profile.
        public static let profileWeight = 1e9
        /// Smallest day-to-day coefficient of variation other than 0 (0.01%): below it the Gamma
        /// factor's shape 1/cv^2 is not representable.
        public static let smallestDayToDayCV = 1e-4

        /// Why `seconds` cannot be a duration of a model (nil when it can): not finite, negative,
        /// longer than ``longestDuration`` or, other than 0, shorter than ``shortestDuration``.
        public static func durationProblem(_ seconds: Double) -> String? {
            if seconds.isNaN || seconds < 0 { return "must be a duration of 0s or more" }
            if seconds > longestDuration { return "is longer than the longest supported duration, 3650d (10 years)" }
            if seconds > 0 && seconds < shortestDuration { return "is shorter than 1ms; write 0s or at least 1ms" }
            return nil
        }

        /// `1000000`, or `1.5e+12` for numbers too large to write out, as messages show limits and values.
        public static func text(_ value: Double) -> String {
            if !value.isFinite { return value > 0 ? "more than 1.8e+308" : "not a number" }
            if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
            return String(format: "%.3g", value)
        }
    }

    /// The rates of first contacts that reach each channel: `arrivalRates` less the customers the
    /// website resolves (journeys' `web`), what analytic staffing and the planner's cells start from.
    public var firstContactRates: [[Double]] {
        guard let share = journeys?.contactingShare, share < 1 else { return arrivalRates }
        return arrivalRates.map { $0.map { $0 * share } }
    }

    /// How long a customer of channel `c` waits before leaving: the channel's patience (real-time),
    /// or the journeys' give-up time (deferred work); nil: waits for ever.
    public func waitLimit(channel c: Int) -> Distribution? {
        channels[c].patience ?? journeys.flatMap { c < $0.giveUp.count ? $0.giveUp[c] : nil }
    }

    /// Contacts a replication expects: the arrival rates times the interval length, summed
    /// (without a customer limit).
    public var expectedContacts: Double {
        arrivalRates.joined().reduce(0, +) * intervalLength
    }
}
