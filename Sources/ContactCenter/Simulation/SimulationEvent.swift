/// Order of simultaneous events (lower first): staffing changes, then session ends, then
/// abandonments, then arrivals, then overflow moments, call-back offers, journeys' next contacts
/// and agent meetings. Named once, used everywhere an event is
/// scheduled, so equal-time events keep one documented order (and runs are reproducible bit for bit).
enum EventPriority: Int {
    case interval = 0
    case completion = 1
    case abandonment = 2
    case arrival = 3
    case overflow = 4
    /// A waiting caller is offered a call back (after overflow at the same instant).
    case callbackOffer = 5
    /// A journey's next contact (after the center's own events at the same instant).
    case journeyContact = 6
    /// Agents leave for a meeting or come back from one (after everything else at the same
    /// instant, the staffing change of an interval starting then included).
    case meeting = 7
}

/// Events kept in the calendar (session ends and waiting contacts' timers live in indexed heaps
/// beside it, arrivals in a per-channel table: see ``ContactCenterSimulation``).
enum SimulationEvent: Sendable {
    /// Interval `index` starts: the previous one is closed and staffing changes.
    case interval(Int32)
    /// A customer of a journey contacts the center again (a retry, or a transfer after a delay;
    /// the journey row says where and why). Only for journey rows beyond what
    /// `ContactCenterSimulation.journeyContacts` can own; the others are kept there.
    case journeyContact(journey: Int32)
    /// `agents` agents of group `group` leave for a meeting of `duration` seconds
    /// (ContactCenterSimulation+Meetings.swift; the worked example of docs/DESIGN.md's "How to add
    /// a new kind of event").
    case meetingStarts(group: Int32, agents: Int32, duration: Double)
    /// The agents of a meeting come back.
    case meetingEnds(group: Int32, agents: Int32)
}
