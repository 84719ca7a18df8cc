import Foundation
import Queueing

/// One interval of one channel in a staffing plan.
public struct PlanRow: Sendable {
    public var intervalStart: String
    public var channel: String
    public var volume: Double
    /// Mean handle time, seconds (for a deferred interval without a forecast row, the channel's mean).
    public var aht: Double
    /// Offered load, Erlangs: the work arriving in the interval per second of it.
    public var load: Double
    public var agents: Int
    public var scheduledAgents: Int?
    /// Queueing metrics of real-time and chat rows; nil for deferred rows and empty intervals.
    public var metrics: QueueMetrics?
    /// Share of the interval's contacts answered within the target; nil without contacts.
    public var serviceLevel: Double?
    /// Expected wait of the interval's answered contacts, seconds (deferred: the fluid backlog's
    /// expected wait of the interval's arrivals); nil without contacts.
    public var asa: Double?
    /// Share of the agents' time busy; nil without agents.
    public var occupancy: Double?
    /// Share of the interval's contacts that abandon; nil without contacts.
    public var pAbandon: Double?
    /// Deferred work: contacts waiting at the end of the interval (fluid backlog).
    public var backlog: Double?
    /// The target that sets the agents; nil when nobody is needed.
    public var binding: BindingTarget?
    /// `erlang_c`, `erlang_a`, `chat_slots` or `deferred_fluid`.
    public var method: String

    /// A row for a real-time or chat interval; its performance comes from `metrics`.
    init(interval: String, channel: String, volume: Double, aht: Double, load: Double, method: String) {
        intervalStart = interval
        self.channel = channel
        self.volume = volume
        self.aht = aht
        self.load = load
        agents = 0
        self.method = method
    }

    /// Whether the row's targets are met only because callers abandon (see `QueueMetrics.reliesOnAbandonment`).
    public var reliesOnAbandonment: Bool { metrics?.reliesOnAbandonment ?? false }
}

/// Sums over a set of plan rows.
public struct PlanTotals: Sendable, Equatable {
    public var contacts = 0.0
    public var agentHours = 0.0
    /// Agent-hours to schedule (paid), after shrinkage; equals `agentHours` without shrinkage.
    public var scheduledHours = 0.0
    public var cost: Double?
    /// Hours of work arriving (contacts x handle time).
    public var workloadHours = 0.0
    /// Share of the contacts answered within target (volume-weighted); nil over channels with
    /// different targets.
    public var serviceLevel: Double?
    /// Mean wait of answered contacts, seconds (weighted by contacts answered); nil as above.
    public var asa: Double?
}
