/// Deferred work (email, letters, social posts answered later): contacts wait in a backlog and
/// only need an answer within a response target such as 24 h, so work can be moved in time.
///
/// **Approximation (sliding-window fluid model).** What must be handled by the end of an
/// interval is, at the latest, the work that arrived one response target earlier; so the
/// capacity needed in an interval is the average workload over the trailing window of length
/// `responseTarget`. Erlang C is applied to that smoothed load with the answer-time threshold
/// set to the response target (an M/M/n with the same mean capacity), which gives a required
/// staffing slightly above the smoothed load and an indicative share answered within target.
/// It ignores that backlog carried between days and opening hours interact; the simulator,
/// which carries the backlog for real, is the judge. Reports label these numbers as approximate.
public enum DeferredWork {
    /// The label reports print next to numbers this approximation produced.
    public static func label(responseTarget: Double) -> String {
        "approximation: deferred work, fluid model over a \(Int(responseTarget / 3600 * 10) / 10)h window"
    }

    /// The smoothed load of each interval: the mean of `loads` over the trailing window of
    /// `windowIntervals` intervals (fewer at the start of the horizon).
    public static func smoothedLoads(_ loads: [Double], windowIntervals: Int) -> [Double] {
        let w = max(1, windowIntervals)
        var out: [Double] = []
        out.reserveCapacity(loads.count)
        var sum = 0.0
        for (i, x) in loads.enumerated() {
            sum += x
            if i >= w { sum -= loads[i - w] }
            out.append(max(0, sum) / Double(min(i + 1, w)))
        }
        return out
    }
}
