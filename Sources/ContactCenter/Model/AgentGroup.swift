/// A skill of an agent group: a channel it answers, in priority order within the group.
public struct Skill: Sendable, Equatable {
    /// Index of the channel in the model.
    public var channel: Int
    /// Sessions of this channel an agent holds at once (chat); 1 for other kinds.
    public var concurrency: Int
    /// Seconds a contact must have waited before this group may take it (overflow); 0 = at once.
    public var overflowDelay: Double

    public init(channel: Int, concurrency: Int = 1, overflowDelay: Double = 0) {
        self.channel = channel
        self.concurrency = concurrency
        self.overflowDelay = overflowDelay
    }
}

/// A team of agents with the same skills and schedule.
///
/// Two staffings: ``scheduled``, the agents on the schedule (paid: costs use them), and ``staffing``, the
/// agents available to answer contacts, which the simulator puts on duty. They differ by shrinkage (breaks,
/// absence, training): ``schedule(_:unavailableShare:)`` sets both. Without shrinkage they are the same.
public struct AgentGroup: Sendable {
    public var name: String
    /// Skills in priority order: a freed agent takes work from the first skill with a waiting contact.
    public var skills: [Skill]
    /// Agents available (on duty, answering contacts) in each interval of the horizon. Setting it directly
    /// sets the agents on duty and drops any shrinkage: ``scheduled`` is then the same.
    public var staffing: [Int] {
        get { available }
        set {
            available = newValue
            scheduledAgents = nil
            unavailableShare = []
        }
    }
    /// Agents on the schedule in each interval: ``staffing`` plus those on a break, absent or in training.
    public var scheduled: [Int] { scheduledAgents ?? available }
    /// Per interval, the expected share of scheduled agents unavailable; empty without shrinkage.
    public private(set) var unavailableShare: [Double] = []
    public var costPerHour: Double
    /// Idle agents kept free for voice: deferred work is only taken when more agents than this are idle.
    public var voiceReserve: Int
    private var available: [Int]
    private var scheduledAgents: [Int]?

    public init(name: String, skills: [Skill], staffing: [Int], costPerHour: Double = 0, voiceReserve: Int = 0) {
        self.name = name
        self.skills = skills
        self.available = staffing
        self.costPerHour = costPerHour
        self.voiceReserve = voiceReserve
    }

    /// Whether some scheduled agents are unavailable at some time (a shrinkage was given).
    public var hasShrinkage: Bool { scheduledAgents != nil }

    /// Schedules `scheduled` agents per interval, of whom the share `unavailableShare[i]` is unavailable in
    /// interval i: ``staffing`` becomes ``available(scheduled:unavailableShare:)``.
    public mutating func schedule(_ scheduled: [Int], unavailableShare: [Double]) {
        available = Self.available(scheduled: scheduled, unavailableShare: unavailableShare)
        scheduledAgents = scheduled
        self.unavailableShare = unavailableShare
    }

    /// Sets the scheduled agents per interval, keeping the group's shrinkage (each interval's share away):
    /// how a scenario moves agents between groups. Without shrinkage, the agents on duty.
    public mutating func reschedule(_ scheduled: [Int]) {
        if hasShrinkage { schedule(scheduled, unavailableShare: unavailableShare) } else { staffing = scheduled }
    }

    /// Whole agents available when `(1 - share[i]) x scheduled[i]` are expected: the fractional parts are
    /// carried from interval to interval (error diffusion, starting from one half), so each interval has the
    /// expected number rounded down or up, never more than scheduled, and every run of intervals from the
    /// start has within half an agent-interval of the expected total. Deterministic: every replication
    /// and scenario sees the same available agents, so common random numbers still pair them.
    public static func available(scheduled: [Int], unavailableShare: [Double]) -> [Int] {
        var carry = 0.5
        return scheduled.indices.map { i in
            let share = i < unavailableShare.count ? min(1, max(0, unavailableShare[i])) : 0
            let expected = Double(scheduled[i]) * (1 - share)
            let whole = min(scheduled[i], Int((expected + carry).rounded(.down)))
            carry += expected - Double(whole)
            return whole
        }
    }
}
