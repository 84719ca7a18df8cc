/// Order of simultaneous events (lower first): staffing changes, then session ends, then
/// abandonments, then arrivals, then overflow moments. Named once, used everywhere an event is
/// scheduled, so equal-time events keep one documented order (and runs are reproducible bit for bit).
enum EventPriority: Int {
    case interval = 0
    case completion = 1
    case abandonment = 2
    case arrival = 3
    case overflow = 4
}

/// Events kept in the calendar (session ends and waiting contacts' timers live in indexed heaps
/// beside it, arrivals in a per-channel table: see ``ContactCenterSimulation``).
enum SimulationEvent: Sendable {
    /// Interval `index` starts: the previous one is closed and staffing changes.
    case interval(Int32)
}
