import DiscreteEvent

/// What one replication measured for one channel. Counts refer to measured contacts: those
/// arriving after the warm-up.
///
/// Service level (documented definition): contacts answered within the target, divided by the
/// contacts whose outcome against the target is known at the end: answered, abandoned (at any
/// wait: abandoners count against it), or still waiting longer than the target. Contacts still
/// waiting at the end but for less than the target are left out (their outcome is unknown).
public struct ChannelMeasures: Sendable, Equatable {
    public var offered = 0
    /// Answered: an agent started on them.
    public var answered = 0
    /// Answered and finished within the horizon.
    public var handled = 0
    public var abandoned = 0
    /// Arrivals that found no agent free for them (had to queue).
    public var waited = 0
    public var answeredWithinTarget = 0
    /// Still waiting at the end, longer than the target.
    public var waitingBeyondTargetAtEnd = 0
    public var waitingAtEnd = 0
    public var inServiceAtEnd = 0
    /// Age of the oldest contact still waiting at the end, seconds (0 if none).
    public var oldestWaitingAtEnd = 0.0
    /// Sum of waits of answered contacts, seconds.
    public var answeredWaitSum = 0.0
    /// Sum of waits of abandoned contacts (time to abandon), seconds.
    public var abandonedWaitSum = 0.0
    /// Time integral of the number of measured contacts waiting, contact-seconds.
    public var queueArea = 0.0
    /// Time integral of the number of measured contacts in service (answered, not yet finished),
    /// contact-seconds: their time from answer to the end of handling or of the run.
    public var serviceArea = 0.0
    /// Quantiles of the waits of answered contacts.
    public var answeredWaits: WaitQuantiles

    public init(binWidth: Double) {
        answeredWaits = WaitQuantiles(binWidth: binWidth, binCount: 4096)
    }

    /// Answered within target / contacts with a known outcome (see the type's definition); nil if none.
    public var serviceLevel: Double? {
        let known = answered + abandoned + waitingBeyondTargetAtEnd
        return known > 0 ? Double(answeredWithinTarget) / Double(known) : nil
    }

    /// Mean wait of answered contacts, seconds; nil if nobody was answered.
    public var asa: Double? { answered > 0 ? answeredWaitSum / Double(answered) : nil }

    public var abandonRate: Double? { offered > 0 ? Double(abandoned) / Double(offered) : nil }

    public var waitProbability: Double? { offered > 0 ? Double(waited) / Double(offered) : nil }
}

/// What one replication measured in one interval for one channel (by arrival interval).
public struct IntervalMeasures: Sendable, Equatable {
    public var offered = 0
    public var answered = 0
    public var answeredWithinTarget = 0
    public var abandoned = 0
    /// Contacts waiting at the end of the interval (the backlog of deferred work).
    public var backlogAtEnd = 0
    /// Time integral of contacts waiting during the interval, contact-seconds.
    public var queueArea = 0.0
    /// Contacts of the interval still waiting at the end of the run, longer than the target: missed,
    /// as in the channel's service level.
    public var waitingBeyondTargetAtEnd = 0

    public init() {}

    /// Contacts whose outcome against the target is known: answered, abandoned, or still waiting
    /// beyond the target at the end.
    public var known: Int { answered + abandoned + waitingBeyondTargetAtEnd }

    public var serviceLevel: Double? {
        known > 0 ? Double(answeredWithinTarget) / Double(known) : nil
    }
}

/// What one replication measured for one agent group.
public struct GroupMeasures: Sendable, Equatable {
    /// Agent-seconds on duty (agents finishing work after their shift included).
    public var onDutySeconds = 0.0
    /// Agent-seconds with at least one contact in hand.
    public var busySeconds = 0.0
    /// Busy agent-seconds by channel (`busyByChannel[channel]`, summing to `busySeconds`): a chat
    /// agent's time is shared equally among its open sessions.
    public var busyByChannel: [Double]
    public var handled = 0

    public init(channels: Int = 0) { busyByChannel = Array(repeating: 0, count: channels) }

    /// Busy over on-duty time. Both are sums of many event-time differences, so an agent busy all
    /// the time can sum to a busy time a few ulps above its on-duty time: clamped to 1, so a never-idle
    /// group reads 1, not 1.0000000000000004, in JSON, CSV and sweeps.
    public var occupancy: Double? { onDutySeconds > 0 ? min(1, busySeconds / onDutySeconds) : nil }
    public var agentHours: Double { onDutySeconds / 3600 }
}

/// What one replication measured in one interval for one agent group.
public struct GroupIntervalMeasures: Sendable, Equatable {
    /// Agent-seconds on duty in the interval (agents finishing their last contact after their shift included).
    public var onDutySeconds = 0.0

    public init() {}
}

/// What one replication measured of customers' journeys (journeys that started after the warm-up).
public struct JourneyMeasures: Sendable, Equatable {
    public struct Channel: Sendable, Equatable {
        public var firstContacts = 0
        public var firstContactsResolved = 0
        public var repeatContacts = 0
        public var repeatWorkSeconds = 0.0
        /// Callers who left the queue for a call-back.
        public var callbacksRequested = 0
        /// Repeat contacts on this channel by the outcome that brought the customer back
        /// (``JourneyModel/Outcome`` order: abandoned, unanswered, unresolved, transferred).
        public var repeatsByCause = [0, 0, 0, 0]
        /// Contacts (all attempts) finished by an agent, and those of them that resolved the need.
        public var completed = 0
        public var completedResolved = 0
        public init() {}
    }

    public var started = 0
    public var resolved = 0
    public var lost = 0
    public var openAtEnd = 0
    public var resolvedByWeb = 0
    /// Journeys with at least one contact.
    public var withContact = 0
    public var multichannel = 0
    public var transfers = 0
    /// Contacts of resolved journeys, summed.
    public var contactsOfResolved = 0
    public var resolutionTimeSum = 0.0
    /// With economics: the customers' probabilities of leaving, summed over journeys (customers at risk).
    public var churnSum = 0.0
    /// The 90th percentile of the times to resolution (nil with no resolved journey).
    public var resolutionTimeP90: Double?
    public var channels: [Channel]

    public init(channels: Int) { self.channels = Array(repeating: Channel(), count: channels) }
}

/// Everything one replication measured.
public struct ReplicationMeasures: Sendable, Equatable {
    public var channels: [ChannelMeasures]
    public var groups: [GroupMeasures]
    /// `intervals[channel][interval]`
    public var intervals: [[IntervalMeasures]]
    /// `groupIntervals[group][interval]`
    public var groupIntervals: [[GroupIntervalMeasures]] = []
    /// Journeys (models with a `journeys:` section).
    public var journeys: JourneyMeasures?
    /// Measured time: from the warm-up to the end of the run, seconds.
    public var measuredSeconds = 0.0
    /// Events handled (for benchmarks).
    public var events = 0
}
