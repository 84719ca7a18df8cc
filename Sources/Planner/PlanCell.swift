import ContactCenter
import Queueing

/// A target a plan must meet in one cell.
public enum CellTarget: Sendable, Hashable {
    /// At least this share answered within the channel's service-level time.
    case serviceLevel(Double)
    /// At most this share of contacts abandons.
    case maxAbandon(Double)
    /// Average speed of answer at most this many seconds.
    case maxASA(Double)
    /// A deferred channel's load at most this: its work a day (contacts times the mean handle time)
    /// over the time a day its agents have for it (on duty, not on their other channels). Staffing
    /// short of the workload (load above 100%) piles work up day after day, which a service level
    /// measured over a few days from an empty inbox does not show.
    case maxLoad(Double)

    /// The JSON name of the measure (`service_level`, `abandon_rate`, `asa_seconds`, `load`).
    public var measure: String {
        switch self {
        case .serviceLevel: return "service_level"
        case .maxAbandon: return "abandon_rate"
        case .maxASA: return "asa_seconds"
        case .maxLoad: return "load"
        }
    }

    /// The target's bound.
    public var bound: Double {
        switch self {
        case let .serviceLevel(x), let .maxAbandon(x), let .maxASA(x), let .maxLoad(x): return x
        }
    }

    /// Whether larger values are better (service level) or worse (abandonment, ASA).
    public var isLowerBound: Bool {
        if case .serviceLevel = self { return true }
        return false
    }

    /// The value of this target's measure in `sample`; nil where undefined (no contacts).
    public func value(_ sample: CellSample) -> Double? {
        switch self {
        case .serviceLevel: return sample.known > 0 ? Double(sample.answeredWithinTarget) / Double(sample.known) : nil
        case .maxAbandon: return sample.offered > 0 ? Double(sample.abandoned) / Double(sample.offered) : nil
        case .maxASA: return sample.answered > 0 ? sample.answeredWaitSum / Double(sample.answered) : nil
        case .maxLoad: return sample.availablePerDay > 0 ? sample.workPerDay / sample.availablePerDay : nil
        }
    }

    /// How far `value` falls short of the target, >= 0 (0 when met); ASA relative to its bound.
    public func shortfall(_ value: Double?) -> Double {
        guard let value else { return 0 }
        switch self {
        case let .serviceLevel(x): return max(0, x - value)
        case let .maxAbandon(x), let .maxLoad(x): return max(0, value - x)
        case let .maxASA(x): return max(0, value / x - 1) * 0.1
        }
    }

    /// Attainment in [0, 1]: 1 when met, the share of the target reached otherwise.
    public func attainment(_ value: Double?) -> Double {
        guard let value else { return 1 }
        switch self {
        case let .serviceLevel(x): return min(1, max(0, value) / x)
        case let .maxAbandon(x): return value <= x ? 1 : max(0, (1 - value) / (1 - x))
        case let .maxLoad(x): return value <= x ? 1 : x / value
        case let .maxASA(x): return value <= x ? 1 : x / value
        }
    }
}

/// Where targets are checked: one channel in one interval of the day (a real-time channel's service
/// level and abandonment, pooled over the days of the horizon), or one channel over the whole
/// horizon (a deferred channel's within-target share; a real-time channel's average speed of answer).
public struct PlanCell: Sendable, Hashable {
    /// The interval of the day, or nil for the whole horizon.
    public var interval: Int?
    /// Index of the channel in the model.
    public var channel: Int
    /// Expected contacts per day in the cell (from the demand).
    public var expectedContacts: Double
    /// The targets to meet here.
    public var targets: [CellTarget]

    /// The cells of `model`: every interval of the day with contacts of a real-time channel, and one
    /// horizon cell per deferred channel (its service level and its load) and per
    /// channel with a `max_asa`.
    public static func cells(of model: ContactCenterModel) -> [PlanCell] {
        let perDay = model.intervalsPerDay
        let days = Double(model.horizonDays)
        var out: [PlanCell] = []
        let firstContactRates = model.firstContactRates
        for (c, channel) in model.channels.enumerated() {
            let rates = firstContactRates[c]
            let expected = (0..<perDay).map { k in
                stride(from: k, to: rates.count, by: perDay).map { rates[$0] }.reduce(0, +) * model.intervalLength / days
            }
            let daily = expected.reduce(0, +)
            guard daily > 0 else { continue }
            if channel.kind.isRealTime {
                var targets: [CellTarget] = [.serviceLevel(channel.serviceLevel.fraction)]
                if let ab = channel.maxAbandon { targets.append(.maxAbandon(ab)) }
                for k in 0..<perDay where expected[k] >= minimumContacts {
                    out.append(PlanCell(interval: k, channel: c, expectedContacts: expected[k], targets: targets))
                }
                if let asa = channel.maxASA {
                    out.append(PlanCell(interval: nil, channel: c, expectedContacts: daily, targets: [.maxASA(asa)]))
                }
            } else {
                out.append(PlanCell(interval: nil, channel: c, expectedContacts: daily,
                                    targets: [.serviceLevel(channel.serviceLevel.fraction), .maxLoad(maximumDeferredLoad)]))
            }
        }
        return out
    }

    /// Intervals expecting fewer contacts a day than this are not judged on their own (their
    /// service level would be a coin toss); they still count in the channel's totals.
    public static let minimumContacts = 1.0

    /// The highest load a deferred channel may have (``CellTarget/maxLoad(_:)``): the slack left
    /// works off the backlog of a busier day. Back-office planning keeps 85-95%; at 100% a
    /// backlog never comes down.
    public static let maximumDeferredLoad = 0.95

    /// The shortfall summed over the cell's targets in `sample` (0 when every target is met).
    public func shortfall(_ sample: CellSample) -> Double {
        targets.map { $0.shortfall($0.value(sample)) }.reduce(0, +)
    }

    /// The least attainment over the cell's targets in `sample`.
    public func attainment(_ sample: CellSample) -> Double {
        targets.map { $0.attainment($0.value(sample)) }.min() ?? 1
    }
}

/// Counts of one cell in one replication (or pooled over several).
public struct CellSample: Sendable, Equatable {
    public var offered = 0
    public var answered = 0
    public var answeredWithinTarget = 0
    public var abandoned = 0
    /// Answered + abandoned (+ waiting beyond the target at the end, for horizon cells): the
    /// contacts whose outcome against the target is known.
    public var known = 0
    /// Sum of the waits of answered contacts, seconds (horizon cells only).
    public var answeredWaitSum = 0.0
    /// Deferred horizon cells: the work a measured day brings, agent-seconds (the contacts the
    /// model's demand expects times the channel's mean handle time: the same in every replication,
    /// so the load does not follow the day-to-day noise of arrivals; journeys' repeat contacts are
    /// not in it, the service level counts them), and the agent-seconds a day its agents had for
    /// it over the whole run (the staffing simulated, after shrinkage, less their time on other
    /// channels; the padding days have the same staffing and demand). For a group that answers
    /// only deferred work both are the same in every replication, so the search and the check agree.
    public var workPerDay = 0.0
    public var availablePerDay = 0.0

    public init() {}

    /// The counts of `cell` in one replication's measures, over the measured days of `window`:
    /// an interval cell pools its interval of every measured day; a deferred channel's horizon cell
    /// counts every contact arriving in the measured days (answered within target, or missed) and
    /// its agents' time over the whole run (the padding has the same staffing and demand); a
    /// real-time channel's horizon cell (ASA) takes the whole run.
    public init(_ cell: PlanCell, in r: ReplicationMeasures, window: SteadyStateWindow, simulated: ContactCenterModel) {
        let series = r.intervals[cell.channel]
        if let k = cell.interval {
            for i in window.intervals(ofDay: k) where i < series.count {
                let m = series[i]
                offered += m.offered
                answered += m.answered
                answeredWithinTarget += m.answeredWithinTarget
                abandoned += m.abandoned
                known += m.known
            }
        } else if !window.model.channels[cell.channel].kind.isRealTime {
            for k in 0..<window.model.intervalsPerDay {
                for i in window.intervals(ofDay: k) where i < series.count {
                    let m = series[i]
                    offered += m.offered
                    answered += m.answered
                    answeredWithinTarget += m.answeredWithinTarget
                    known += m.offered
                }
            }
            let model = window.model
            let rates = model.arrivalRates[cell.channel]
            // Without journeys, the contacts the demand expects (the same in every replication); with
            // them, the contacts that came (first contacts the website left, and repeats).
            let expected: Double
            if model.journeys != nil {
                expected = Double(offered)
            } else {
                expected = window.measuredDays.map { day in
                    (day * model.intervalsPerDay..<min(rates.count, (day + 1) * model.intervalsPerDay)).map { rates[$0] }.reduce(0, +)
                }.reduce(0, +) * model.intervalLength
            }
            workPerDay = expected * model.channels[cell.channel].handleTime.mean / Double(max(1, window.measuredDays.count))
            var available = 0.0
            for (g, group) in simulated.groups.enumerated()
            where g < r.groups.count && group.skills.contains(where: { $0.channel == cell.channel }) {
                let m = r.groups[g]
                let busy = cell.channel < m.busyByChannel.count ? m.busyByChannel[cell.channel] : 0
                let onDuty = Double(group.staffing.reduce(0, +)) * simulated.intervalLength
                available += max(0, onDuty - (m.busySeconds - busy))
            }
            availablePerDay = available / Double(max(1, simulated.horizonDays))
        } else {
            let m = r.channels[cell.channel]
            offered = m.offered
            answered = m.answered
            answeredWithinTarget = m.answeredWithinTarget
            abandoned = m.abandoned
            known = m.answered + m.abandoned + m.waitingBeyondTargetAtEnd
            answeredWaitSum = m.answeredWaitSum
        }
    }

    /// Sum of two samples.
    public static func + (a: CellSample, b: CellSample) -> CellSample {
        var s = a
        s.offered += b.offered
        s.answered += b.answered
        s.answeredWithinTarget += b.answeredWithinTarget
        s.abandoned += b.abandoned
        s.known += b.known
        s.answeredWaitSum += b.answeredWaitSum
        s.workPerDay += b.workPerDay
        s.availablePerDay += b.availablePerDay
        return s
    }
}
