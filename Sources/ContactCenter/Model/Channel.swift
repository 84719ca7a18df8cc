import DiscreteEvent
import Queueing

/// How contacts of a channel behave: whether they wait live, share an agent, or sit in a backlog.
public enum ChannelKind: String, Sendable, CaseIterable, Codable {
    /// Phone: one contact per agent, callers abandon.
    case voice
    /// Messaging: an agent holds several sessions at once, each extra one slowing all of them.
    case chat
    /// Public social posts: one at a time, long patience, targets in minutes or hours.
    case social
    /// Email, letters: no abandonment, a backlog carried over between days, a response target.
    case deferred

    /// Whether a contact of this kind is answered live (as opposed to from a backlog).
    public var isRealTime: Bool { self != .deferred }
}

/// Daily opening hours as seconds since midnight, `open < close <= 86400`.
public struct OpeningHours: Sendable, Equatable {
    public var open: Double
    public var close: Double

    public init(open: Double, close: Double) {
        self.open = open
        self.close = close
    }

    /// Open around the clock.
    public static let always = OpeningHours(open: 0, close: 86400)

    /// Whether the second-of-day `t` falls within the hours.
    public func contains(secondOfDay t: Double) -> Bool { t >= open && t < close }

    /// Hours open per day.
    public var hoursPerDay: Double { (close - open) / 3600 }
}

/// A channel customers use to reach the center.
public struct Channel: Sendable {
    public var name: String
    public var kind: ChannelKind
    /// When contacts arrive (arrivals outside are not generated).
    public var hours: OpeningHours
    /// Handle time of one contact handled alone, seconds.
    public var handleTime: Distribution
    /// Time a waiting contact is willing to wait before abandoning; nil: it never abandons.
    public var patience: Distribution?
    /// X% answered within T: the measure `service_level` is judged against it.
    public var serviceLevel: ServiceLevelTarget
    /// Sessions an agent may hold at once (chat only; 1 otherwise).
    public var concurrency: Int
    /// Slowdown of every session per extra open session (chat only).
    public var slowdownPerExtraSession: Double
    /// Rank among an agent's channels when it looks for its next contact (`channel_priority`
    /// contact selection): higher first; equal priorities keep real-time channels before
    /// deferred ones, then the order of the group's skills. Default 0.
    public var priority: Int
    /// Largest acceptable share of contacts that abandon (`max_abandon`), when the model sets one;
    /// the staffing planner meets it beside the service level. The simulator does not use it.
    public var maxAbandon: Double?
    /// Largest acceptable average speed of answer, seconds (`max_asa`), when the model sets one;
    /// the staffing planner meets it beside the service level. The simulator does not use it.
    public var maxASA: Double?

    public init(name: String, kind: ChannelKind, hours: OpeningHours = .always, handleTime: Distribution,
                patience: Distribution? = nil, serviceLevel: ServiceLevelTarget,
                concurrency: Int = 1, slowdownPerExtraSession: Double = 0, priority: Int = 0,
                maxAbandon: Double? = nil, maxASA: Double? = nil) {
        self.name = name
        self.kind = kind
        self.hours = hours
        self.handleTime = handleTime
        self.patience = patience
        self.serviceLevel = serviceLevel
        self.concurrency = concurrency
        self.slowdownPerExtraSession = slowdownPerExtraSession
        self.priority = priority
        self.maxAbandon = maxAbandon
        self.maxASA = maxASA
    }
}
