import Foundation
import Queueing

/// How a channel is staffed in a plan.
public enum ChannelTreatment: Sendable, Equatable {
    /// Answered live (phone, social answered live): Erlang C, or Erlang A when a patience is known.
    case realTime
    /// Messaging with concurrency (approximation, see `ChatConcurrency`).
    case chat(ChatConcurrency)
    /// Deferred work with a response target (approximation, see `DeferredWork`).
    case deferred(ServiceLevelTarget)
}

/// Settings of a staffing plan built from a forecast.
public struct PlanSettings: Sendable {
    /// Interval length, seconds; nil infers it from the forecast's interval starts.
    public var interval: Double?
    /// Targets for every real-time and chat channel (deferred channels use `maxOccupancy` only).
    public var targets: StaffingTargets
    /// Per-channel service-level targets that replace `targets.serviceLevel`.
    public var channelServiceLevels: [String: ServiceLevelTarget] = [:]
    /// Channels answered with concurrency or deferred; others are real-time.
    public var treatments: [String: ChannelTreatment] = [:]
    /// Mean patience applied to real-time rows without their own (selects Erlang A).
    public var patience: Double?
    public var shrinkage: Double?
    /// Cost of one paid agent-hour.
    public var costPerHour: Double?
    /// Mean handle time, seconds, of rows without their own (no `aht` column, or an empty cell).
    public var handleTime: Double?
    /// Per-channel handle times of rows without their own; they take precedence over `handleTime`.
    public var channelHandleTimes: [String: Double] = [:]
    /// Hours agents work on a deferred channel. Default: the smallest daily window that holds
    /// every interval in which the forecast gives the channel contacts.
    public var hours: [String: OpeningHours] = [:]

    public init(targets: StaffingTargets) { self.targets = targets }
}
