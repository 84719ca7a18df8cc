/// The events of a contact-center simulation. Small value payloads with indices into the
/// simulation's arrays (no references), so the event calendar holds plain values.
///
/// Events that may have become stale (an abandonment of a contact already answered, the end of
/// a chat session whose speed changed) carry a generation number and are ignored when it no
/// longer matches: lazy deletion, which costs the calendar nothing.
enum SimulationEvent: Sendable {
    /// Interval `index` starts: staffing changes, interval statistics are closed.
    case interval(Int32)
    /// A session of an agent ends.
    case sessionEnd(agent: Int32, slot: Int32, generation: UInt32)
    /// A waiting contact runs out of patience.
    case abandon(contact: Int32, generation: UInt32)
    /// A contact of a channel arrives.
    case arrival(channel: Int32)
    /// A waiting contact becomes eligible for overflow groups.
    case overflow(contact: Int32, generation: UInt32)

    /// Order of simultaneous events: staffing first, then departures, abandonments, arrivals.
    var priority: Int {
        switch self {
        case .interval: return 0
        case .sessionEnd: return 1
        case .abandon: return 2
        case .arrival: return 3
        case .overflow: return 4
        }
    }
}
