import DiscreteEvent

// Agent meetings: the worked example of docs/DESIGN.md's "How to add a new kind of event" (a case
// of SimulationEvent, scheduled on the calendar with EventPriority.meeting, handled in the run
// loop's switch, told to the observers). No model-file key schedules one yet; tests and library
// code built on the simulator do (AgentMeetingTests).
extension ContactCenterSimulation where Observer: ~Copyable {
    /// `agents` agents of group `g` leave for a meeting of `duration` seconds, as when staffing
    /// drops: idle agents at once (most recently idle first), busy ones when their contacts end.
    /// A group with fewer agents on duty sends those it has. The meeting's end is scheduled here.
    mutating func meetingStarts(group g: Int, agents: Int, duration: Double) {
        let attending = max(0, min(agents, staffed[g]))
        inMeeting[g] += attending
        observer.meetingStarted(group: g, agents: attending, now: now)
        setStaffing(group: g, to: staffed[g] - attending)
        schedule(at: now + duration, priority: .meeting, payload: .meetingEnds(group: Int32(g), agents: Int32(attending)))
    }

    /// The meeting's agents come back to the staffing of the current interval (less any other
    /// meeting still under way) and look for work at once.
    mutating func meetingEnds(group g: Int, agents: Int) {
        inMeeting[g] -= agents
        observer.meetingEnded(group: g, agents: agents, now: now)
        setStaffing(group: g, to: max(0, model.groups[g].staffing[currentInterval] - inMeeting[g]))
    }
}
