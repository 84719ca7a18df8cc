/// What a staffing must achieve; every target that is set must hold at once.
public struct StaffingTargets: Sendable, Equatable {
    /// X% answered within T; for Erlang A, over ALL arrivals (abandoners count as failures).
    public var serviceLevel: ServiceLevelTarget?
    /// Upper bound on the average speed of answer, seconds.
    public var maxASA: Double?
    /// Upper bound on the share of arrivals that abandon (Erlang A only).
    public var maxAbandon: Double?
    /// Upper bound on agent occupancy, in (0, 1].
    public var maxOccupancy: Double?

    public init(serviceLevel: ServiceLevelTarget? = nil, maxASA: Double? = nil,
                maxAbandon: Double? = nil, maxOccupancy: Double? = nil) {
        self.serviceLevel = serviceLevel
        self.maxASA = maxASA
        self.maxAbandon = maxAbandon
        self.maxOccupancy = maxOccupancy
    }

    /// True when `metrics` meets every target that is set.
    public func areMet(by metrics: QueueMetrics) -> Bool {
        firstMissed(by: metrics) == nil
    }

    /// The first target (in the order service level, ASA, abandonment, occupancy) that `metrics`
    /// misses; nil when all are met.
    public func firstMissed(by metrics: QueueMetrics) -> BindingTarget? {
        if let sl = serviceLevel, metrics.serviceLevel < sl.fraction { return .serviceLevel }
        if let asa = maxASA, metrics.asa > asa { return .maxASA }
        if let ab = maxAbandon, metrics.pAbandon > ab { return .maxAbandon }
        if let occ = maxOccupancy, metrics.occupancy > occ { return .maxOccupancy }
        return nil
    }

    /// The first target that is set (in the same order): the one zero agents miss first.
    var firstSet: BindingTarget {
        if serviceLevel != nil { return .serviceLevel }
        if maxASA != nil { return .maxASA }
        if maxAbandon != nil { return .maxAbandon }
        return .maxOccupancy
    }

    /// The answer-time threshold metrics are evaluated at (the service-level threshold, or 0).
    public var threshold: Double { serviceLevel?.threshold ?? 0 }

    func validate(for model: QueueModel) throws {
        if serviceLevel == nil && maxASA == nil && maxAbandon == nil && maxOccupancy == nil {
            throw QueueingError.invalidParameter(name: "targets", value: 0,
                reason: "give at least one of a service level, a maximum ASA, a maximum abandonment or a maximum occupancy")
        }
        if let sl = serviceLevel {
            try requirePositive(sl.fraction, "service level share")
            guard sl.fraction < 1 else {
                throw QueueingError.invalidParameter(name: "service level share", value: sl.fraction,
                    reason: "must be below 100%: no finite staffing answers every contact within a time limit")
            }
            try requireNonNegative(sl.threshold, "service level time")
        }
        if let asa = maxASA { try requirePositive(asa, "maximum ASA") }
        if let ab = maxAbandon {
            try requirePositive(ab, "maximum abandonment")
            guard ab < 1 else {
                throw QueueingError.invalidParameter(name: "maximum abandonment", value: ab, reason: "must be below 100%")
            }
            if model == .erlangC {
                throw QueueingError.invalidParameter(name: "maximum abandonment", value: ab,
                    reason: "needs a model with abandonment (Erlang A: give a patience)")
            }
        }
        if let occ = maxOccupancy {
            try requirePositive(occ, "maximum occupancy")
            guard occ <= 1 else {
                throw QueueingError.invalidParameter(name: "maximum occupancy", value: occ, reason: "must be at most 100%")
            }
        }
    }
}
