import GSL
import Foundation

/// Erlang A (Palm's M/M/n+M): Poisson arrivals, exponential handle times, n agents, and
/// exponential patience; waiting contacts abandon. Stable for any load, including A > n.
///
/// Definitions (those of `ccsim erlang a`):
/// - `pWait`: the arrival finds every agent busy (PASTA);
/// - `pAbandon`: the arrival abandons; `theta E[Q] = lambda pAbandon` (flow balance);
/// - `serviceLevel`: answered within the target, as a share of ALL arrivals;
/// - `asa`: mean wait of answered contacts; `meanWaitAll = E[Q]/lambda = pAbandon x patience`;
/// - `occupancy = A (1 - pAbandon) / n`.
///
/// Computation: the waiting states are summed in closed form through `PalmIntegrals`, and the
/// states with a free agent through the Erlang B recursion: `sum_{k<n} pi_k / pi_n = 1/B - 1`.
/// Works for real n > 0 (the analytic continuation in n).
///
/// ```swift
/// let m = try ErlangA.metrics(agents: 520, load: 500, aht: 300, patience: 120, target: 20)
/// m.pAbandon   // 0.006659...
/// ```
/// - Complexity: one Erlang B recursion plus three adaptive quadratures (tens of microseconds).
public enum ErlangA {
    /// Metrics of an M/M/n+M queue.
    public static func metrics(agents: Double, load: Double, aht: Double, patience: Double,
                               target: Double) throws -> QueueMetrics {
        try validate(agents: agents, load: load, aht: aht, patience: patience, target: target)
        var recursion = try ErlangBRecursion(load: load, towards: agents)
        recursion.advance(to: agents)
        return try metrics(recursion, aht: aht, patience: patience, target: target)
    }

    /// Checks the inputs of `metrics`, naming the offending parameter.
    public static func validate(agents: Double, load: Double, aht: Double, patience: Double, target: Double) throws {
        try requirePositive(agents, "agents")
        try requireLoad(load)
        try requirePositive(aht, "aht")
        try requirePositive(patience, "patience")
        try requireNonNegative(target, "target")
    }

    /// Metrics at the agent count an Erlang B recursion stands at.
    static func metrics(_ r: ErlangBRecursion, aht: Double, patience: Double, target: Double) throws -> QueueMetrics {
        let n = r.agents, a = r.load
        let gamma = aht / patience
        let lambda = a / aht
        // K = (1/B - 1) / (n g(mode)): the free-agent states on the scale of the integrals.
        let k = exp(log(r.inverseBlockingMinusOne) - log(n) - PalmIntegrals(agents: n, load: a, gamma: gamma).logPeak)
        guard k.isFinite else {
            // B has underflowed (n far above A): nobody waits, to double precision.
            return QueueMetrics(agents: n, load: a, pWait: 0, pAbandon: 0, serviceLevel: 1,
                                serviceLevelOfAnswered: 1, asa: 0, meanWaitAll: 0, meanQueueLength: 0,
                                occupancy: a / n)
        }
        let integrals = PalmIntegrals(agents: n, load: a, gamma: gamma)
        guard let workspace = QuadratureWorkspace(intervals: 500) else {
            throw QueueingError.numerical("cannot allocate a GSL integration workspace")
        }
        let t = target / aht
        let abandoned = try integrals.integral(.abandoned, workspace: workspace)
        let answeredInTime = try integrals.integral(.answered, to: t, workspace: workspace)
        let answeredLate = try integrals.integral(.answered, from: t, workspace: workspace)
        let answeredWait = try integrals.integral(.answeredWait, workspace: workspace)
        let waiting = abandoned + answeredInTime + answeredLate
        let total = k + waiting

        let pWait = waiting / total
        let pAbandon = abandoned / total
        // Both forms are sums of positive terms; take the one without cancellation.
        let failures = (abandoned + answeredLate) / total
        let serviceLevel = failures < 0.5 ? 1 - failures : (k + answeredInTime) / total
        let pAnswered = (k + answeredInTime + answeredLate) / total
        let meanWaitAll = pAbandon * patience
        return QueueMetrics(
            agents: n, load: a, pWait: pWait, pAbandon: pAbandon,
            serviceLevel: serviceLevel,
            serviceLevelOfAnswered: (k + answeredInTime) / (k + answeredInTime + answeredLate),
            asa: answeredWait / total * aht / pAnswered,
            meanWaitAll: meanWaitAll,
            meanQueueLength: lambda * meanWaitAll,
            occupancy: a * pAnswered / n)
    }
}
