import DiscreteEvent

/// How a customer goes on after each outcome of a contact: the optional `journeys:` section of a
/// model. Without it every contact is independent (a customer who abandons simply vanishes) and
/// results are byte-identical to a model without the section.
///
/// A journey is one customer's need, from the first contact (or a visit to the website) to its
/// end: resolved, lost (gave up for good) or still open when the run ends. After each outcome the
/// customer may come back (``RetryRule``): after abandoning a real-time contact, after a deferred
/// contact went unanswered for `give_up`, after an answer that did not resolve the need, or when
/// an agent passed the contact on (a transfer). A repeat contact takes longer unless the center
/// shares customer history across channels (context loss), and may resolve less often.
public struct JourneyModel: Sendable, Equatable {
    /// What ended a contact, as the journey sees it.
    public enum Outcome: String, Sendable, CaseIterable {
        case abandoned, unanswered, unresolved, transferred
    }

    /// Whether the center shares customer history across contacts and channels (no context loss).
    public var sharedHistory: Bool
    /// Extra handle time of a repeat contact without shared history, as a fraction (0.3: +30%):
    /// on the same channel as the customer's previous contact, and on another one.
    public var sameChannelPenalty: Double
    public var crossChannelPenalty: Double
    /// Change of the resolution rate of a repeat contact without shared history (-0.1: 10 points less).
    public var repeatResolutionChange: Double
    /// Probability that an answered contact resolves the need, per channel.
    public var resolution: [Double]
    /// Per group, a resolution rate that replaces the channel's for contacts the group answers (nil: the channel's).
    public var resolutionByGroup: [Double?]
    /// Most contacts in one journey (retries and transfers included); afterwards a bad outcome loses the customer.
    public var maxAttempts: Int
    /// Per deferred channel, how long a customer waits for an answer before giving up, drawn per
    /// contact (a plain duration is deterministic; nil: forever).
    public var giveUp: [Distribution?]
    /// Per outcome and channel, whether and where the customer comes back.
    public var retry: OutcomeRules
    /// Per voice channel, call-backs offered to waiting callers (nil: none).
    public var callbacks: [CallbackRule?]
    /// Customers who try the website before any channel (nil: nobody).
    public var web: WebRule?
    /// Per channel, the voice channel whose call-backs it carries (-1 for an ordinary channel): the
    /// call-back channels ccsim adds (``ContactCenterModel/withCallbackChannels()``) follow their
    /// voice channel's resolution and retry rules.
    public var callbackParent: [Int] = []

    public init(sharedHistory: Bool = false, sameChannelPenalty: Double = 0, crossChannelPenalty: Double = 0,
                repeatResolutionChange: Double = 0, resolution: [Double], resolutionByGroup: [Double?] = [],
                maxAttempts: Int = 5, giveUp: [Distribution?], retry: OutcomeRules = [:], callbacks: [CallbackRule?] = [],
                web: WebRule? = nil) {
        self.sharedHistory = sharedHistory
        self.sameChannelPenalty = sameChannelPenalty
        self.crossChannelPenalty = crossChannelPenalty
        self.repeatResolutionChange = repeatResolutionChange
        self.resolution = resolution
        self.resolutionByGroup = resolutionByGroup
        self.maxAttempts = maxAttempts
        self.giveUp = giveUp
        self.retry = retry
        self.callbacks = callbacks
        self.web = web
    }

    /// The rule after `outcome` on channel `c` (a call-back channel: its voice channel's), if any.
    @inlinable
    public func rule(after outcome: Outcome, channel c: Int) -> RetryRule? {
        let owner = ruleChannel(c)
        guard let rules = retry[outcome], owner < rules.count else { return nil }
        return rules[owner]
    }

    /// The most contacts a customer makes on average, at most: each contact is followed by another
    /// with at most the largest probability `p` of any retry or transfer rule, up to `maxAttempts`
    /// contacts (1 + p + ... + p^(maxAttempts-1)), plus one call-back when a channel offers them.
    /// The size checks multiply the demand by it (a retry storm of 1,000 attempts is refused
    /// before it runs, not after hours).
    public var contactsPerCustomerBound: Double {
        let p = JourneyModel.Outcome.allCases.compactMap { retry[$0] }.joined().compactMap { $0?.probability }.max() ?? 0
        var total = 0.0, term = 1.0
        for _ in 0..<max(1, maxAttempts) {
            total += term
            term *= min(1, max(0, p))
            if term < 1e-12 { break }
        }
        return total + (callbacks.contains { $0 != nil } ? 1 : 0)
    }

    /// The share of customers who reach a channel (the rest are resolved by the website).
    public var contactingShare: Double { 1 - min(1, max(0, (web?.share ?? 0) * (web?.resolves ?? 0))) }

    /// The channel whose rules apply to channel `c`: itself, or for a call-back channel its voice channel.
    public func ruleChannel(_ c: Int) -> Int { c < callbackParent.count && callbackParent[c] >= 0 ? callbackParent[c] : c }
}

/// Whether and where a customer comes back after an outcome: with `probability`, after `delay`,
/// on a channel drawn from `destinations` (shares adding up to 1).
public struct RetryRule: Sendable, Equatable {
    public var probability: Double
    public var delay: Distribution
    public var destinations: [(channel: Int, share: Double)]
    /// For transfers: whether the contact is passed on with its history (no context loss).
    public var withContext: Bool

    public init(probability: Double, delay: Distribution, destinations: [(channel: Int, share: Double)], withContext: Bool = false) {
        self.probability = probability
        self.delay = delay
        self.destinations = destinations
        self.withContext = withContext
    }

    public static func == (a: RetryRule, b: RetryRule) -> Bool {
        a.probability == b.probability && a.delay == b.delay && a.withContext == b.withContext
            && a.destinations.map(\.channel) == b.destinations.map(\.channel) && a.destinations.map(\.share) == b.destinations.map(\.share)
    }
}

/// Virtual hold on a voice channel: a caller who has waited `offerAfter` is offered a call back and
/// accepts with probability `accept`, leaving the queue; the call back is outbound work on
/// `callbackChannel` (a deferred channel answered by the voice channel's groups, under the blending
/// rule) with a `deadline`; it reaches the customer with probability `reach`, otherwise the attempt
/// (`attemptTime` of an agent's time) leaves the need unresolved.
public struct CallbackRule: Sendable, Equatable {
    public var offerAfter: Double
    public var accept: Double
    public var deadline: Double
    public var reach: Double
    public var attemptTime: Double
    public var callbackChannel: Int

    public init(offerAfter: Double, accept: Double, deadline: Double, reach: Double, attemptTime: Double = 60, callbackChannel: Int) {
        self.offerAfter = offerAfter
        self.accept = accept
        self.deadline = deadline
        self.reach = reach
        self.attemptTime = attemptTime
        self.callbackChannel = callbackChannel
    }
}

/// Web self-service first: a `share` of new customers try the website before any channel, and it
/// resolves a fraction `resolves` of their needs; the others go on to the channel they would have used.
public struct WebRule: Sendable, Equatable {
    public var share: Double
    public var resolves: Double

    public init(share: Double, resolves: Double) {
        self.share = share
        self.resolves = resolves
    }
}

/// Per outcome, the retry rules of every channel (nil: no rule for that outcome). Kept in a fixed
/// order rather than a `Dictionary`, whose iteration order changes from one process to the next, so
/// a model's description (and a sweep's fingerprint made from it) is the same in every run.
public struct OutcomeRules: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    var rules: [[RetryRule?]?] = Array(repeating: nil, count: JourneyModel.Outcome.allCases.count)

    public init(dictionaryLiteral elements: (JourneyModel.Outcome, [RetryRule?])...) {
        for (outcome, rules) in elements { self[outcome] = rules }
    }

    /// The rules after `outcome`, one per channel.
    public subscript(outcome: JourneyModel.Outcome) -> [RetryRule?]? {
        get { rules[Self.index(outcome)] }
        set { rules[Self.index(outcome)] = newValue }
    }

    @inline(__always)
    static func index(_ outcome: JourneyModel.Outcome) -> Int {
        switch outcome {
        case .abandoned: return 0
        case .unanswered: return 1
        case .unresolved: return 2
        case .transferred: return 3
        }
    }
}
