/// The least staffing that meets a set of targets, with the metrics it gives.
public struct StaffingRequirement: Sendable, Equatable {
    /// The least whole number of agents meeting every target.
    public var agents: Int
    /// Metrics with `agents` agents.
    public var metrics: QueueMetrics
    /// The target that sets `agents`: the one that one agent fewer misses.
    public var binding: BindingTarget
    /// The continuous requirement (least real agent count meeting every target), when asked for.
    public var fractionalAgents: Double?
    /// Agents to schedule so that `agents` are available after shrinkage, when a shrinkage is given.
    public var scheduledAgents: Int?

    public init(agents: Int, metrics: QueueMetrics, binding: BindingTarget,
                fractionalAgents: Double? = nil, scheduledAgents: Int? = nil) {
        self.agents = agents
        self.metrics = metrics
        self.binding = binding
        self.fractionalAgents = fractionalAgents
        self.scheduledAgents = scheduledAgents
    }

    /// Whether the targets are met only because callers abandon (see `QueueMetrics.reliesOnAbandonment`).
    public var reliesOnAbandonment: Bool { metrics.reliesOnAbandonment }
}
