import Foundation

/// Deferred work (email, letters, posts answered later): contacts wait in a backlog and need an
/// answer within a response target such as 24 h, so work can move in time, but only into the
/// intervals agents work.
///
/// **Approximation (cyclic backlog model).** The cycle (a day, or the k days of a dated forecast)
/// repeats, so work left at its end is there at its start. Contacts arrive as a Poisson stream,
/// evenly within each interval, with exponential handle times; agents answer them first come,
/// first served, each at `occupancyCap` of full speed. `BacklogDistribution` follows the law of
/// the backlog through the cycle (normal arriving work, M/M/n behaviour when agents are idle),
/// which gives the share of each interval's contacts answered within the target, their expected
/// wait and the expected backlog. It reproduces Erlang C in a steady state and is a little
/// pessimistic when staffing changes; the simulator is the judge. Waits of a few handle times are
/// coarse: the target should span at least two intervals.
public struct DeferredWork: Sendable {
    /// Interval length, seconds.
    public let slotLength: Double
    /// Contacts arriving in each interval of the cycle.
    public let volumes: [Double]
    /// Mean handle time of the contacts of each interval, seconds (ignored where the volume is 0).
    public let handleTimes: [Double]
    /// Whether agents may work in each interval (the working hours).
    public let working: [Bool]
    /// The response target: `fraction` answered within `threshold` seconds.
    public let target: ServiceLevelTarget
    /// Share of an agent's time spent on the work, in (0, 1] (the occupancy cap).
    public let occupancyCap: Double

    /// Checks the inputs, naming the offending one.
    public init(slotLength: Double, volumes: [Double], handleTimes: [Double], working: [Bool],
                target: ServiceLevelTarget, occupancyCap: Double = 1) throws {
        try requirePositive(slotLength, "interval length")
        guard !volumes.isEmpty, handleTimes.count == volumes.count, working.count == volumes.count else {
            throw QueueingError.invalidParameter(name: "intervals", value: Double(volumes.count),
                reason: "volumes, handle times and working hours must be given for the same intervals (at least one)")
        }
        for (v, h) in zip(volumes, handleTimes) {
            try requireNonNegative(v, "volume")
            if v > 0 { try requirePositive(h, "aht") }
        }
        try requirePositive(target.fraction, "response target share")
        guard target.fraction < 1 else {
            throw QueueingError.invalidParameter(name: "response target share", value: target.fraction,
                reason: "must be below 100%: no finite staffing answers every contact within a time limit")
        }
        try requirePositive(target.threshold, "response target time")
        try requirePositive(occupancyCap, "maximum occupancy")
        guard occupancyCap <= 1 else {
            throw QueueingError.invalidParameter(name: "maximum occupancy", value: occupancyCap, reason: "must be at most 100%")
        }
        let peak = (zip(volumes, handleTimes).map { $0 > 0 ? $0 * $1 : 0 }.max() ?? 0) / (slotLength * occupancyCap)
        guard peak <= maximumLoad else {
            throw QueueingError.invalidParameter(name: "load", value: peak,
                                                 reason: "must be at most \(formatValue(maximumLoad)) Erlangs in an interval")
        }
        self.slotLength = slotLength
        self.volumes = volumes
        self.handleTimes = handleTimes
        self.working = working
        self.target = target
        self.occupancyCap = occupancyCap
    }

    /// The label reports print next to numbers this approximation produced.
    public static func label(responseTarget: ServiceLevelTarget, hours: String) -> String {
        "approximation: deferred work, \(QueueingError.describe(responseTarget)): backlog model over the repeating "
            + "forecast cycle (first come first served, work carried over midnight, Poisson arrivals, exponential "
            + "handle times), agents \(hours)"
    }

    /// Work arriving per interval, agent-seconds.
    var work: [Double] { zip(volumes, handleTimes).map { $0 > 0 ? $0 * $1 : 0 } }

    /// The variance of that work: Poisson arrivals with exponential handle times (E[S^2] = 2 AHT^2).
    var workVariance: [Double] { zip(volumes, handleTimes).map { $0 > 0 ? 2 * $0 * $1 * $1 : 0 } }

    /// Mean handle time over all contacts (to express backlog in contacts).
    var meanHandleTime: Double {
        let contacts = volumes.reduce(0, +)
        return contacts > 0 ? work.reduce(0, +) / contacts : 1
    }

    /// What the backlog model expects of a given staffing (agents per interval); `binding` is nil.
    public func evaluate(agents: [Int]) throws -> DeferredPlan {
        guard agents.count == volumes.count, agents.allSatisfy({ $0 >= 0 }) else {
            throw QueueingError.invalidParameter(name: "agents", value: Double(agents.count),
                reason: "give a number >= 0 of agents for each of the \(volumes.count) intervals")
        }
        return evaluate(agents, binding: nil)
    }

    func evaluate(_ agents: [Int], binding: BindingTarget?, waits: Bool = true) -> DeferredPlan {
        let model = BacklogModel(work: work, variance: workVariance,
                                 capacity: agents.map { Double($0) * occupancyCap * slotLength })
        let contacts = volumes.reduce(0, +)
        let agentSeconds = Double(agents.reduce(0, +)) * slotLength
        guard model.isStable else {
            // The backlog grows from cycle to cycle: in the long run nobody is answered in time.
            let slots = zip(agents, volumes).map { a, v in
                DeferredPlan.Slot(agents: a, serviceLevel: v > 0 ? 0 : nil, meanWait: nil, backlogWork: .infinity,
                                  backlogContacts: .infinity, occupancy: a > 0 ? 1 : nil)
            }
            return DeferredPlan(slots: slots, serviceLevel: 0, meanWait: .infinity, maxWait: .infinity,
                                workload: model.totalWork, agentSeconds: agentSeconds, isStable: false, binding: binding)
        }
        let law = BacklogDistribution(model, aht: meanHandleTime, agents: agents, occupancyCap: occupancyCap,
                                      tau: target.threshold / slotLength, slotLength: slotLength, waits: waits)
        let meanAHT = meanHandleTime
        var slots: [DeferredPlan.Slot] = []
        var answeredInTime = 0.0, waitSum = 0.0, maxWait = 0.0
        for k in 0..<volumes.count {
            let s = law.slots[k]
            let arrivals = volumes[k] > 0
            if arrivals {
                answeredInTime += volumes[k] * s.serviceLevel
                waitSum += volumes[k] * (s.meanWait ?? 0)
                maxWait = max(maxWait, s.meanWait ?? 0)
            }
            slots.append(DeferredPlan.Slot(
                agents: agents[k], serviceLevel: arrivals ? s.serviceLevel : nil, meanWait: arrivals ? s.meanWait : nil,
                backlogWork: s.backlogEnd, backlogContacts: s.backlogEnd / meanAHT,
                occupancy: agents[k] > 0 ? min(occupancyCap, s.processed / (Double(agents[k]) * slotLength)) : nil))
        }
        return DeferredPlan(slots: slots, serviceLevel: contacts > 0 ? answeredInTime / contacts : 1,
                            meanWait: contacts > 0 ? waitSum / contacts : 0, maxWait: maxWait,
                            workload: model.totalWork, agentSeconds: agentSeconds, isStable: true, binding: binding)
    }

    /// The best share within target any staffing inside the working hours can reach: contacts
    /// arriving while nobody works wait at least until the next working interval. Arrivals are
    /// weighed as in `BacklogDistribution` (trapezoid over the steps of each interval).
    public var bestServiceLevel: Double {
        let n = volumes.count
        guard working.contains(true) else { return volumes.contains { $0 > 0 } ? 0 : 1 }
        var nextStart = [Double](repeating: 0, count: n)   // next working interval's start, in intervals from k's start
        var distance = 0.0
        for pass in 0..<2 {
            for k in stride(from: n - 1, through: 0, by: -1) {
                distance = working[k] ? 0 : distance + 1
                if pass == 1 { nextStart[k] = distance }
            }
        }
        let q = BacklogDistribution.stepsPerSlot, tau = target.threshold / slotLength
        var inTime = 0.0, contacts = 0.0
        // Time from step i of interval k to the next working moment, in intervals.
        func untilWork(_ k: Int, _ i: Int) -> Double {
            if i == q { return untilWork((k + 1) % n, 0) }
            return working[k] ? 0 : nextStart[k] - Double(i) / Double(q)
        }
        for k in 0..<n where volumes[k] > 0 {
            contacts += volumes[k]
            var share = 0.0
            for i in 0...q where untilWork(k, i) < tau { share += (i == 0 || i == q ? 0.5 : 1) / Double(q) }
            inTime += volumes[k] * share
        }
        return contacts > 0 ? inTime / contacts : 1
    }
}
