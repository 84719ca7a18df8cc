import Queueing

/// The reports of `ccsim erlang` and `ccsim staff`: which metrics, under which JSON keys.
///
/// The keys are a contract that scripts depend on (see the README), so they are spelled
/// once, here.
public enum QueueReports {
    /// `ccsim erlang b`: the blocking probability.
    public static func erlangB(agents: Double, load: Double, blocking: Double) -> KeyValueReport {
        var r = KeyValueReport()
        r.add("agents", "Agents", .number(agents, decimals: agents == agents.rounded() ? 0 : 2))
        r.add("load", "Offered load (Erlangs)", .number(load, decimals: 3))
        r.add("blocking", "Blocking probability", .share(blocking, decimals: 4))
        return r
    }

    /// `ccsim erlang c`: P(wait), service level, ASA and occupancy of an M/M/n queue.
    public static func erlangC(_ m: QueueMetrics, target: Double) -> KeyValueReport {
        var r = header(m)
        r.add("p_wait", "Probability of waiting", .share(m.pWait, decimals: 2))
        r.add("service_level", "Service level (answered within \(seconds(target)))", .share(m.serviceLevel, decimals: 2))
        r.add("asa_seconds", "Average speed of answer (s)", .number(m.asa, decimals: 2))
        r.add("occupancy", "Occupancy", .share(m.occupancy, decimals: 2))
        return r
    }

    /// `ccsim erlang a`: the Erlang C metrics plus abandonment.
    public static func erlangA(_ m: QueueMetrics, target: Double) -> KeyValueReport {
        var r = header(m)
        r.add("p_wait", "Probability of waiting", .share(m.pWait, decimals: 2))
        r.add("p_abandon", "Probability of abandoning", .share(m.pAbandon, decimals: 2))
        r.add("service_level", "Service level, all arrivals (within \(seconds(target)))", .share(m.serviceLevel, decimals: 2))
        r.add("service_level_of_answered", "Service level, answered only", .share(m.serviceLevelOfAnswered, decimals: 2))
        r.add("asa_seconds", "Average speed of answer, answered (s)", .number(m.asa, decimals: 2))
        r.add("mean_wait_all_seconds", "Mean wait, all arrivals (s)", .number(m.meanWaitAll, decimals: 2))
        r.add("mean_queue_length", "Mean queue length", .number(m.meanQueueLength, decimals: 3))
        r.add("occupancy", "Occupancy", .share(m.occupancy, decimals: 2))
        return r
    }

    /// `ccsim staff`: the requirement, the target that sets it (`binding`) and the metrics it gives.
    public static func staffing(_ s: StaffingRequirement, model: QueueModel, target: Double) -> KeyValueReport {
        var r = KeyValueReport()
        r.add("agents", "Agents required", .integer(s.agents))
        if let f = s.fractionalAgents { r.add("agents_fractional", "Agents required (continuous)", .number(f, decimals: 2)) }
        if let sch = s.scheduledAgents { r.add("scheduled_agents", "Agents to schedule (after shrinkage)", .integer(sch)) }
        r.add("binding", "Binding target (one agent fewer misses it)", .text(s.binding.rawValue))
        let metrics = model == .erlangC ? erlangC(s.metrics, target: target) : erlangA(s.metrics, target: target)
        r.entries += metrics.entries.filter { $0.key != "agents" }
        r.add("model", "Model", .text(model == .erlangC ? "erlang_c" : "erlang_a"))
        return r
    }

    private static func header(_ m: QueueMetrics) -> KeyValueReport {
        var r = KeyValueReport()
        r.add("agents", "Agents", .number(m.agents, decimals: m.agents == m.agents.rounded() ? 0 : 2))
        r.add("load", "Offered load (Erlangs)", .number(m.load, decimals: 3))
        return r
    }

    static func seconds(_ t: Double) -> String {
        t == t.rounded() && abs(t) < 1e15 ? "\(Int(t))s" : "\(t)s"
    }
}
