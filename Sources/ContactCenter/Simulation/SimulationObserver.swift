/// Listens to a replication: the simulator announces what happens to contacts and agents, and
/// observers keep the books (ContactCenters' listeners). Measures (``MeasureCollector``), the
/// per-contact trace (``ContactTrace``) and anything a researcher adds are observers; the
/// simulator itself does no bookkeeping. Every method has an empty default, so an observer
/// implements only what it needs.
///
/// Calls come in time order. A contact's life is `admitted`, then `answered` (at once, or after
/// `queued`) and `completed`, or `queued` and `abandoned`; contacts still in the system at the end
/// are reported by `unfinished` before `ended`. `agentsPresent` follows every change of a group's
/// agents on duty (those finishing their last contact after their shift included), and
/// `intervalEnded` closes each planning interval before the next one's staffing changes.
public protocol SimulationObserver: ~Copyable {
    mutating func admitted(_ contact: borrowing Contact, now: Double)
    mutating func queued(_ contact: borrowing Contact, now: Double)
    /// `contact.agent` and `contact.group` say who answered.
    mutating func answered(_ contact: borrowing Contact, now: Double)
    mutating func abandoned(_ contact: borrowing Contact, now: Double)
    /// A waiting caller accepted a call-back and left the queue (the call-back is admitted next).
    mutating func calledBack(_ contact: borrowing Contact, now: Double)
    mutating func completed(_ contact: borrowing Contact, now: Double)
    mutating func agentsPresent(group: Int, count: Int, now: Double)
    mutating func intervalEnded(_ interval: Int, now: Double)
    /// A contact still waiting (`state == .waiting`) or in service at the end of the run.
    mutating func unfinished(_ contact: borrowing Contact, now: Double)
    mutating func ended(now: Double)
    /// Customer-limited runs: the last customer has arrived. Time-based measures (occupancy, queue
    /// length, agents on duty) stop here, so they describe the center under its arrival process and
    /// not the queue draining afterwards; contacts still in the system go on to their outcomes.
    mutating func arrivalsEnded(now: Double)
    /// With journeys: a customer's need was resolved or lost (`journey.state`).
    mutating func journeyEnded(_ journey: borrowing Journey, now: Double)
    /// With journeys: a journey still open at the end of the run (before `ended`).
    mutating func journeyOpen(_ journey: borrowing Journey, now: Double)
    /// `agents` agents of group `group` leave for a meeting (they follow as `agentsPresent`: idle
    /// ones at once, busy ones when their contacts end).
    mutating func meetingStarted(group: Int, agents: Int, now: Double)
    /// The agents of a meeting are back on duty (reported before their `agentsPresent`).
    mutating func meetingEnded(group: Int, agents: Int, now: Double)
}

extension SimulationObserver where Self: ~Copyable {
    public mutating func admitted(_ contact: borrowing Contact, now: Double) {}
    public mutating func queued(_ contact: borrowing Contact, now: Double) {}
    public mutating func answered(_ contact: borrowing Contact, now: Double) {}
    public mutating func abandoned(_ contact: borrowing Contact, now: Double) {}
    public mutating func calledBack(_ contact: borrowing Contact, now: Double) {}
    public mutating func completed(_ contact: borrowing Contact, now: Double) {}
    public mutating func agentsPresent(group: Int, count: Int, now: Double) {}
    public mutating func intervalEnded(_ interval: Int, now: Double) {}
    public mutating func unfinished(_ contact: borrowing Contact, now: Double) {}
    public mutating func ended(now: Double) {}
    public mutating func arrivalsEnded(now: Double) {}
    public mutating func journeyEnded(_ journey: borrowing Journey, now: Double) {}
    public mutating func journeyOpen(_ journey: borrowing Journey, now: Double) {}
    public mutating func meetingStarted(group: Int, agents: Int, now: Double) {}
    public mutating func meetingEnded(group: Int, agents: Int, now: Double) {}
}

/// Two observers, each told everything, the first first.
public struct ObserverPair<First: SimulationObserver & ~Copyable, Second: SimulationObserver & ~Copyable>: SimulationObserver, ~Copyable {
    public var first: First
    public var second: Second

    public init(_ first: consuming First, _ second: consuming Second) {
        self.first = first
        self.second = second
    }

    @inline(__always) public mutating func admitted(_ contact: borrowing Contact, now: Double) {
        first.admitted(contact, now: now)
        second.admitted(contact, now: now)
    }
    @inline(__always) public mutating func queued(_ contact: borrowing Contact, now: Double) {
        first.queued(contact, now: now)
        second.queued(contact, now: now)
    }
    @inline(__always) public mutating func answered(_ contact: borrowing Contact, now: Double) {
        first.answered(contact, now: now)
        second.answered(contact, now: now)
    }
    @inline(__always) public mutating func abandoned(_ contact: borrowing Contact, now: Double) {
        first.abandoned(contact, now: now)
        second.abandoned(contact, now: now)
    }
    @inline(__always) public mutating func completed(_ contact: borrowing Contact, now: Double) {
        first.completed(contact, now: now)
        second.completed(contact, now: now)
    }
    @inline(__always) public mutating func calledBack(_ contact: borrowing Contact, now: Double) {
        first.calledBack(contact, now: now)
        second.calledBack(contact, now: now)
    }
    @inline(__always) public mutating func agentsPresent(group: Int, count: Int, now: Double) {
        first.agentsPresent(group: group, count: count, now: now)
        second.agentsPresent(group: group, count: count, now: now)
    }
    @inline(__always) public mutating func intervalEnded(_ interval: Int, now: Double) {
        first.intervalEnded(interval, now: now)
        second.intervalEnded(interval, now: now)
    }
    @inline(__always) public mutating func unfinished(_ contact: borrowing Contact, now: Double) {
        first.unfinished(contact, now: now)
        second.unfinished(contact, now: now)
    }
    @inline(__always) public mutating func ended(now: Double) {
        first.ended(now: now)
        second.ended(now: now)
    }
    @inline(__always) public mutating func arrivalsEnded(now: Double) {
        first.arrivalsEnded(now: now)
        second.arrivalsEnded(now: now)
    }
    @inline(__always) public mutating func journeyEnded(_ journey: borrowing Journey, now: Double) {
        first.journeyEnded(journey, now: now)
        second.journeyEnded(journey, now: now)
    }
    @inline(__always) public mutating func journeyOpen(_ journey: borrowing Journey, now: Double) {
        first.journeyOpen(journey, now: now)
        second.journeyOpen(journey, now: now)
    }
    @inline(__always) public mutating func meetingStarted(group: Int, agents: Int, now: Double) {
        first.meetingStarted(group: group, agents: agents, now: now)
        second.meetingStarted(group: group, agents: agents, now: now)
    }
    @inline(__always) public mutating func meetingEnded(group: Int, agents: Int, now: Double) {
        first.meetingEnded(group: group, agents: agents, now: now)
        second.meetingEnded(group: group, agents: agents, now: now)
    }
}

/// An observer that does nothing (for runs that only need another observer's results).
public struct NoObserver: SimulationObserver {
    public init() {}
}
