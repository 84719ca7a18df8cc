import Foundation

/// Erlang C: the M/M/n queue (Poisson arrivals, exponential handle times, n agents, no
/// abandonment), for real n > A.
///
/// `P(wait) = C(n, A) = n B / (n - A (1 - B))` with B the Erlang B blocking;
/// `P(W <= t) = 1 - C e^{-(n - A) t / AHT}`; `ASA = C AHT / (n - A)`; occupancy `A / n`
/// (Kleinrock 1975, *Queueing Systems* vol. 1, 3.4; Gans, Koole & Mandelbaum 2003,
/// "Telephone call centers: tutorial, review, and research prospects", MSOM 5(2)).
///
/// ```swift
/// let m = try ErlangC.metrics(agents: 520, load: 500, aht: 300, target: 20)
/// m.pWait   // 0.27476...
/// ```
public enum ErlangC {
    /// Metrics of an M/M/n queue; throws `QueueingError.unstable` when `load >= agents`.
    public static func metrics(agents: Double, load: Double, aht: Double, target: Double) throws -> QueueMetrics {
        try validate(agents: agents, load: load, aht: aht, target: target)
        var recursion = try ErlangBRecursion(load: load, towards: agents)
        recursion.advance(to: agents)
        return metrics(recursion, aht: aht, target: target)
    }

    /// Checks the inputs of `metrics`, naming the offending parameter.
    public static func validate(agents: Double, load: Double, aht: Double, target: Double) throws {
        try requirePositive(agents, "agents")
        try requireLoad(load)
        try requirePositive(aht, "aht")
        try requireNonNegative(target, "target")
        guard agents > load else { throw QueueingError.unstable(agents: agents, load: load) }
    }

    /// Metrics at the agent count an Erlang B recursion stands at (which must exceed the load).
    static func metrics(_ r: ErlangBRecursion, aht: Double, target: Double) -> QueueMetrics {
        let n = r.agents, a = r.load
        // C = n / ((n - A) R + A) with R = 1/B; R = infinity gives C = 0.
        let pWait = n / ((n - a) * r.inverseBlocking + a)
        let gap = n - a
        let serviceLevel = 1 - pWait * exp(-gap * target / aht)
        let asa = pWait * aht / gap
        return QueueMetrics(
            agents: n, load: a, pWait: pWait, pAbandon: 0,
            serviceLevel: serviceLevel, serviceLevelOfAnswered: serviceLevel,
            asa: asa, meanWaitAll: asa, meanQueueLength: a / aht * asa, occupancy: a / n)
    }
}
