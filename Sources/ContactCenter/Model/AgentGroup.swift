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
public struct AgentGroup: Sendable {
    public var name: String
    /// Skills in priority order: a freed agent takes work from the first skill with a waiting contact.
    public var skills: [Skill]
    /// Agents on duty in each interval of the horizon (the staffing table).
    public var staffing: [Int]
    public var costPerHour: Double
    /// Idle agents kept free for voice: deferred work is only taken when more agents than this are idle.
    public var voiceReserve: Int

    public init(name: String, skills: [Skill], staffing: [Int], costPerHour: Double = 0, voiceReserve: Int = 0) {
        self.name = name
        self.skills = skills
        self.staffing = staffing
        self.costPerHour = costPerHour
        self.voiceReserve = voiceReserve
    }
}
