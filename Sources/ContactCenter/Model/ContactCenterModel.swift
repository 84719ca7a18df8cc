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

    public init(name: String, channels: [Channel], groups: [AgentGroup], intervalLength: Double, intervalCount: Int,
                arrivalRates: [[Double]], dayToDayCV: Double = 0, warmup: Double = 0, customerLimit: Int? = nil,
                routing: RoutingSpecification = .default) {
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
    }

    /// Simulated time, seconds.
    public var horizon: Double { intervalLength * Double(intervalCount) }

    /// Intervals per day (at least 1).
    public var intervalsPerDay: Int { max(1, Int((86400 / intervalLength).rounded())) }

    /// Index of the channel named `name`.
    public func channelIndex(_ name: String) -> Int? { channels.firstIndex { $0.name == name } }

    /// Index of the group named `name`.
    public func groupIndex(_ name: String) -> Int? { groups.firstIndex { $0.name == name } }

    /// Sizes above which a model is refused rather than left to exhaust memory or run for days.
    public enum Limits {
        /// Agents on duty in one group at once.
        public static let agentsPerGroup = 1_000_000
        /// Expected contacts in one replication.
        public static let contactsPerReplication = 1_000_000_000.0
        /// Channels x intervals (the per-interval statistics kept for reports).
        public static let intervalCells = 5_000_000
    }

    /// Problems that make the model impossible to simulate, each naming the parameter.
    public func problems() -> [String] {
        var out: [String] = []
        if channels.count * max(0, intervalCount) > Limits.intervalCells {
            out.append("the horizon has \(intervalCount) intervals for \(channels.count) channels; at most "
                       + "\(Limits.intervalCells) channel-intervals are supported (shorten the horizon or lengthen the interval)")
        }
        if let limit = customerLimit {
            if Double(limit) > Limits.contactsPerReplication {
                out.append("customer_limit \(limit) is above the supported \(Int(Limits.contactsPerReplication)) contacts per replication")
            }
        } else if intervalLength.isFinite {
            let expected = arrivalRates.joined().reduce(0, +) * intervalLength
            if expected > Limits.contactsPerReplication {
                out.append("the demand means about \(String(format: "%.3g", expected)) contacts per replication; at most "
                           + "\(Int(Limits.contactsPerReplication)) are supported (reduce the demand or the horizon)")
            }
        }
        if RoutingRegistry.agentSelection(named: routing.agentSelection) == nil {
            out.append("unknown routing policy '\(routing.agentSelection)'; known: \(RoutingRegistry.agentSelectionNames.joined(separator: ", "))")
        }
        if RoutingRegistry.contactSelection(named: routing.contactSelection) == nil {
            out.append("unknown contact selection '\(routing.contactSelection)'; known: "
                       + RoutingRegistry.contactSelectionNames.joined(separator: ", "))
        }
        if channels.isEmpty { out.append("the model has no channels") }
        if !(intervalLength > 0 && intervalLength.isFinite) { out.append("interval length must be > 0") }
        if intervalCount < 1 { out.append("the horizon must contain at least one interval") }
        if !(dayToDayCV >= 0 && dayToDayCV.isFinite) { out.append("day_to_day_cv must be >= 0") }
        if !(warmup >= 0 && warmup.isFinite) { out.append("warmup must be >= 0") }
        if arrivalRates.count != channels.count { out.append("arrival rates must be given for every channel") }
        for (c, rates) in arrivalRates.enumerated() where c < channels.count {
            if rates.count != intervalCount {
                out.append("channel \(channels[c].name): \(rates.count) arrival rates for \(intervalCount) intervals")
            }
            if let bad = rates.first(where: { !($0 >= 0 && $0.isFinite) }) {
                out.append("channel \(channels[c].name): arrival rate \(bad) must be a finite number >= 0")
            }
        }
        for ch in channels {
            if ch.concurrency < 1 { out.append("channel \(ch.name): concurrency must be at least 1") }
            if !(ch.slowdownPerExtraSession >= 0) { out.append("channel \(ch.name): slowdown must be >= 0") }
            if !(ch.handleTime.mean > 0) { out.append("channel \(ch.name): the handle time must have a mean > 0") }
        }
        for g in groups {
            if g.skills.isEmpty { out.append("group \(g.name): has no skills") }
            for s in g.skills where s.channel < 0 || s.channel >= channels.count {
                out.append("group \(g.name): skill refers to channel #\(s.channel), which does not exist")
            }
            if g.staffing.count != intervalCount {
                out.append("group \(g.name): staffing has \(g.staffing.count) intervals, the horizon \(intervalCount)")
            }
            if g.staffing.contains(where: { $0 < 0 }) { out.append("group \(g.name): agents on duty must be >= 0") }
            if let most = g.staffing.max(), most > Limits.agentsPerGroup {
                out.append("group \(g.name): \(most) agents on duty is above the supported \(Limits.agentsPerGroup)")
            }
            if !(g.costPerHour >= 0) { out.append("group \(g.name): cost per hour must be >= 0") }
        }
        for (c, ch) in channels.enumerated() where c < arrivalRates.count {
            let served = groups.contains { $0.skills.contains { $0.channel == c } }
            if !served && arrivalRates[c].contains(where: { $0 > 0 }) {
                out.append("channel \(ch.name) has arrivals but no agent group with this skill")
            }
        }
        return out
    }
}
