/// The requirement that sets a staffing: the target that one agent fewer would miss.
///
/// Reports print it as `binding`, so a planner sees which target to relax or tighten (and when
/// none of them does the work: `stability`, `workload`).
public enum BindingTarget: String, Sendable, Equatable, CaseIterable {
    /// The service-level target (X% answered within T).
    case serviceLevel = "service_level"
    /// The largest acceptable average speed of answer.
    case maxASA = "max_asa"
    /// The largest acceptable abandonment share (Erlang A).
    case maxAbandon = "max_abandon"
    /// The largest acceptable occupancy.
    case maxOccupancy = "max_occupancy"
    /// Erlang C needs more agents than Erlangs, and the least stable staffing already meets every target.
    case stability
    /// Deferred work: the agents that get through the work (at the occupancy cap) within the working
    /// hours already meet the response target.
    case workload
}
