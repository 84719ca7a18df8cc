import DiscreteEvent
import GSL

/// The model's journey rules, flattened into plain tables for the per-contact path.
///
/// Reading a ``RetryRule`` out of ``JourneyModel`` copies it, and with it retains and releases its
/// delay distribution and its destinations array: on the seed model that was a tenth of the cost of
/// journeys. Here every rule is a row of numbers, looked up by `(outcome, channel)` with the
/// call-back channels already mapped to the channel whose rules they follow, and resolution rates
/// are precomputed per `(group, channel)`. Nothing on the hot path copies a reference.
struct JourneyRuleTable: ~Copyable {
    /// One retry or transfer rule.
    struct Rule {
        var probability: Double
        /// The mean of an exponential delay (drawn from the customer's own generator), or NaN: the
        /// delay is `delays[rule]`, drawn from the destination's journey-delay stream.
        var exponentialMean: Double
        var withContext: Bool
        /// Positions of its destinations in `destinationChannel` / `destinationShare`.
        var destinationStart: Int32
        var destinationEnd: Int32
    }

    let channelCount: Int
    /// `ruleIndex[outcome * channelCount + channel]`: the rule's row, or -1 (no rule: the journey is lost).
    private let ruleIndex: StateTable<Int32>
    private let rules: StateTable<Rule>
    private let delays: StateTable<Distribution>
    private let destinationChannel: StateTable<Int32>
    private let destinationShare: StateTable<Double>
    /// `resolution[group * channelCount + channel]`: the chance that a contact the group handles
    /// resolves the need (the group's own rate, or the channel's).
    private let resolution: StateTable<Double>

    let sharedHistory: Bool
    let sameChannelPenalty: Double
    let crossChannelPenalty: Double
    let repeatResolutionChange: Double
    let maxAttempts: Int
    /// The chance that a new customer's need is resolved on the website (0 without a `web` rule).
    let webResolves: Double

    init(_ model: JourneyModel?, channelCount: Int, groupCount: Int) {
        self.channelCount = channelCount
        let journeys = model ?? JourneyModel(resolution: [], giveUp: [])
        var index = [Int32](repeating: -1, count: JourneyModel.Outcome.allCases.count * channelCount)
        var rows: [Rule] = []
        var delays: [Distribution] = []
        var channels: [Int32] = []
        var shares: [Double] = []
        // (Without journeys the model has no rules: every lookup gives -1.)
        for outcome in JourneyModel.Outcome.allCases {
            for c in 0..<channelCount {
                guard let rule = journeys.rule(after: outcome, channel: c) else { continue }
                index[OutcomeRules.index(outcome) * channelCount + c] = Int32(rows.count)
                var mean = Double.nan
                if case let .exponential(m) = rule.delay.specification { mean = m }
                rows.append(Rule(probability: rule.probability, exponentialMean: mean, withContext: rule.withContext,
                                 destinationStart: Int32(channels.count),
                                 destinationEnd: Int32(channels.count + rule.destinations.count)))
                delays.append(rule.delay)
                channels += rule.destinations.map { Int32($0.channel) }
                shares += rule.destinations.map(\.share)
            }
        }
        ruleIndex = StateTable(index)
        rules = StateTable(rows)
        self.delays = StateTable(delays)
        destinationChannel = StateTable(channels)
        destinationShare = StateTable(shares)
        var rates = [Double](repeating: 0, count: groupCount * channelCount)
        if model != nil {
            for g in 0..<groupCount {
                for c in 0..<channelCount {
                    let own = journeys.resolution[journeys.ruleChannel(c)]
                    rates[g * channelCount + c] = g < journeys.resolutionByGroup.count ? (journeys.resolutionByGroup[g] ?? own) : own
                }
            }
        }
        resolution = StateTable(rates)
        sharedHistory = journeys.sharedHistory
        sameChannelPenalty = journeys.sameChannelPenalty
        crossChannelPenalty = journeys.crossChannelPenalty
        repeatResolutionChange = journeys.repeatResolutionChange
        maxAttempts = journeys.maxAttempts
        webResolves = journeys.web.map { $0.share * $0.resolves } ?? 0
    }

    /// The rule for `outcome` on channel `c`, or -1.
    @inline(__always)
    func rule(after outcome: JourneyModel.Outcome, channel c: Int) -> Int {
        Int(ruleIndex[OutcomeRules.index(outcome) * channelCount + c])
    }

    @inline(__always)
    func probability(_ rule: Int) -> Double { rules[rule].probability }

    @inline(__always)
    func withContext(_ rule: Int) -> Bool { rules[rule].withContext }

    /// The rule's exponential mean delay, or NaN (see ``Rule/exponentialMean``).
    @inline(__always)
    func exponentialMean(_ rule: Int) -> Double { rules[rule].exponentialMean }

    /// A delay from the rule's distribution.
    @inline(__always)
    func sampleDelay(_ rule: Int, from source: UniformSource) -> Double { delays[rule].sample(from: source) }

    /// The destination channel for the customer's uniform draw `u` (shares add up to 1; rounding
    /// past the last share goes to the last destination).
    @inline(__always)
    func destination(_ rule: Int, _ u: Double) -> Int {
        let start = Int(rules[rule].destinationStart), end = Int(rules[rule].destinationEnd)
        var sum = 0.0
        for k in start..<end {
            sum += destinationShare[k]
            if u < sum { return Int(destinationChannel[k]) }
        }
        return end > start ? Int(destinationChannel[end - 1]) : 0
    }

    /// The chance that group `g` resolves a contact of channel `c`.
    @inline(__always)
    func resolution(group g: Int, channel c: Int) -> Double { resolution[g * channelCount + c] }
}
