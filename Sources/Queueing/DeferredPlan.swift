/// The staffing of one deferred channel over its cycle, with what the backlog model expects of it.
public struct DeferredPlan: Sendable, Equatable {
    /// One interval (slot) of the cycle.
    public struct Slot: Sendable, Equatable {
        /// Agents at work on the channel.
        public var agents: Int
        /// Share of the contacts arriving in the slot answered within the target; nil without arrivals.
        public var serviceLevel: Double?
        /// Expected (fluid) wait of the contacts arriving in the slot, seconds; nil without arrivals.
        public var meanWait: Double?
        /// Backlog at the end of the slot: agent-seconds of work waiting.
        public var backlogWork: Double
        /// Backlog at the end of the slot in contacts (work / the channel's mean handle time).
        public var backlogContacts: Double
        /// Share of the agents' time spent on work; nil without agents.
        public var occupancy: Double?
    }

    public var slots: [Slot]
    /// Share of all contacts of the cycle answered within the target (volume-weighted).
    public var serviceLevel: Double
    /// Mean expected wait of all contacts of the cycle, seconds.
    public var meanWait: Double
    /// Longest expected wait (fluid) of any contact, seconds.
    public var maxWait: Double
    /// Work arriving over the cycle, agent-seconds.
    public var workload: Double
    /// Agent-seconds staffed over the cycle.
    public var agentSeconds: Double
    /// Whether the staffing gets through the work of a cycle (otherwise the backlog grows without bound).
    public var isStable: Bool
    /// What set a planned staffing: `workload` (level staffing over the working hours already meets
    /// the target) or `serviceLevel` (agents follow the arrivals more closely to meet it); nil for a
    /// staffing that was given, not planned.
    public var binding: BindingTarget?
}
