/// Messaging with concurrency: an agent holds up to `sessions` chats at once, and every extra
/// session slows each of them by `slowdown` (15% means a chat takes 1.15x as long when two are
/// open, 1.30x with three).
///
/// **Approximation (slot model at full concurrency).** Each agent is treated as `sessions`
/// independent servers ("slots"), each working at the speed of a fully loaded agent: the
/// effective handle time is `aht x (1 + slowdown x (sessions - 1))`. Erlang C or A is then
/// applied to `agents x sessions` slots and the load `lambda x effective AHT`. It is pessimistic
/// when agents are rarely full (chats then run faster than assumed) and ignores that an agent's
/// sessions share one person's attention. The simulator is the judge of its accuracy; reports
/// label these numbers as approximate.
public struct ChatConcurrency: Sendable, Equatable {
    /// Chats an agent holds at once (>= 1).
    public var sessions: Int
    /// Fractional slowdown per extra open session (>= 0).
    public var slowdown: Double

    public init(sessions: Int, slowdown: Double) throws {
        guard sessions >= 1 else {
            throw QueueingError.invalidParameter(name: "concurrency", value: Double(sessions), reason: "must be at least 1")
        }
        try requireNonNegative(slowdown, "slowdown per extra session")
        self.sessions = sessions
        self.slowdown = slowdown
    }

    /// A chat's handle time when the agent holds `sessions` chats.
    public func effectiveHandleTime(_ aht: Double) -> Double {
        aht * (1 + slowdown * Double(sessions - 1))
    }

    /// The label reports print next to numbers this approximation produced.
    public var label: String {
        "approximation: chat slot model (\(sessions) sessions per agent at full concurrency, "
            + "handle time x\(String(format: "%.2f", 1 + slowdown * Double(sessions - 1))))"
    }

    /// Metrics with `agents` agents for a chat stream of `load` Erlangs measured at single-session
    /// handle time `aht`. Occupancy is the share of slots busy; `load` is the slot load per session
    /// (agents' worth of work at full concurrency), so that it compares with `agents`.
    public func metrics(agents: Double, load: Double, aht: Double, model: QueueModel, threshold: Double) throws -> QueueMetrics {
        let effectiveAHT = effectiveHandleTime(aht)
        var m = try StaffingSolver.metrics(agents: agents * Double(sessions), load: load / aht * effectiveAHT,
                                           aht: effectiveAHT, model: model, threshold: threshold)
        m.agents = agents
        m.load = m.load / Double(sessions)   // in agents' terms: agents >= load means the slots keep up
        return m
    }

    /// The least whole number of agents meeting `targets`, from the least number of slots (whose
    /// binding target is the agents').
    public func solve(load: Double, aht: Double, model: QueueModel, targets: StaffingTargets,
                      shrinkage: Double? = nil) throws -> StaffingRequirement {
        let effectiveAHT = effectiveHandleTime(aht)
        let slots = try StaffingSolver.solve(load: load / aht * effectiveAHT, aht: effectiveAHT, model: model,
                                             targets: targets)
        let agents = (slots.agents + sessions - 1) / sessions
        var requirement = StaffingRequirement(
            agents: agents,
            metrics: try metrics(agents: Double(agents), load: load, aht: aht, model: model, threshold: targets.threshold),
            binding: slots.binding)
        if let s = shrinkage {
            try StaffingSolver.requireShrinkage(s)
            requirement.scheduledAgents = StaffingSolver.scheduled(agents, shrinkage: s)
        }
        return requirement
    }
}
