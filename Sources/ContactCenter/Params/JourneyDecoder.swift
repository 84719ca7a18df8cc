import DiscreteEvent

/// Reads the optional `journeys:` section (see ``JourneyModel`` and docs/MODELS.md "Journeys"):
///
/// ```yaml
/// journeys:
///   max_attempts: 4                        # contacts per journey, retries and transfers included (default 5)
///   shared_history: false                  # true: no context loss
///   context_loss: { same_channel: 20%, cross_channel: 40%, resolution_drop: 10% }
///   resolution: { phone: 85%, email: 69% } # per channel; channels not listed resolve every answered contact
///   resolution_by_group: { specialists: 95% }
///   give_up: { email: 2d }                 # deferred channels: the customer stops waiting for an answer (a DIST)
///   retry:
///     abandoned:  { phone: { probability: 60%, delay: { exponential: { mean: 30m } }, to: { phone: 70%, messaging: 30% } } }
///     unanswered: { email: { probability: 50%, delay: 2h, to: { phone: 100% } } }
///     unresolved: { email: { probability: 70%, delay: 1d } }      # `to` defaults to the same channel
///   transfers: { messaging: { probability: 10%, to: { phone: 100% }, delay: 0s, context: false } }
///   callbacks: { phone: { offer_after: 60s, accept: 40%, deadline: 2h, reach: 85%, attempt_time: 1m } }
///   web: { share: 71%, resolves: 35% }
/// ```
enum JourneyDecoder {
    static let keys = ["max_attempts", "shared_history", "context_loss", "resolution", "resolution_by_group", "give_up", "retry",
                       "transfers", "callbacks", "web"]
    static let ruleKeys = ["probability", "delay", "to", "context"]

    /// What the decoder needs of the rest of the model.
    struct Context {
        var channels: [String]
        var kinds: [ChannelKind]
        var groups: [String]
    }

    static func read(_ node: ParameterNode, _ context: Context, _ reader: ParameterReader) -> JourneyModel? {
        let before = reader.problemCount
        guard let fields = reader.mapping(node, "journeys", known: keys, expected: "a mapping like { resolution: { phone: 85% } }")
        else { return nil }
        let channelCount = context.channels.count
        var model = JourneyModel(resolution: Array(repeating: 1, count: channelCount), giveUp: Array(repeating: nil, count: channelCount))
        if let n = fields["max_attempts"] {
            model.maxAttempts = reader.integer(n, "journeys.max_attempts", minimum: 1, maximum: 1000, what: "a number of contacts") ?? 1
        }
        if let n = fields["shared_history"] { model.sharedHistory = reader.bool(n, "journeys.shared_history") ?? false }
        if let n = fields["context_loss"],
           let loss = reader.mapping(n, "journeys.context_loss", known: ["same_channel", "cross_channel", "resolution_drop"]) {
            model.sameChannelPenalty = loss["same_channel"].flatMap { reader.share($0, "journeys.context_loss.same_channel") } ?? 0
            model.crossChannelPenalty = loss["cross_channel"].flatMap { reader.share($0, "journeys.context_loss.cross_channel") } ?? 0
            model.repeatResolutionChange = -(loss["resolution_drop"].flatMap { reader.share($0, "journeys.context_loss.resolution_drop") } ?? 0)
        }
        if let n = fields["resolution"] {
            for (c, share) in perChannel(n, "journeys.resolution", context, reader, { reader.share($0, $1) }) { model.resolution[c] = share }
        }
        if let n = fields["resolution_by_group"] {
            model.resolutionByGroup = Array(repeating: nil, count: context.groups.count)
            for entry in reader.namedEntries(n, "journeys.resolution_by_group", what: "groups") ?? [] {
                let path = "journeys.resolution_by_group." + entry.key
                guard let g = context.groups.firstIndex(of: entry.key) else {
                    reader.report(entry.keyLocation, "journeys.resolution_by_group: unknown group '\(entry.key)'"
                                  + Suggestion.hint(for: entry.key, in: context.groups))
                    continue
                }
                model.resolutionByGroup[g] = reader.share(entry.value, path)
            }
        }
        if let n = fields["give_up"] {
            for (c, time) in perChannel(n, "journeys.give_up", context, reader, { DistributionParameters.read($0, $1, reader) }) {
                if context.kinds[c] != .deferred {
                    reader.report(n[context.channels[c]] ?? n, "journeys.give_up." + context.channels[c],
                                  "only deferred channels (email, letters) have a give-up time; a \(context.kinds[c].rawValue) "
                                  + "channel's customers abandon by their patience")
                } else {
                    model.giveUp[c] = time
                }
            }
        }
        if let n = fields["retry"],
           let outcomes = reader.mapping(n, "journeys.retry", known: ["abandoned", "unanswered", "unresolved"],
                                         expected: "a mapping of outcomes (abandoned, unanswered, unresolved) to rules per channel") {
            for (key, rulesNode) in outcomes {
                let outcome = JourneyModel.Outcome(rawValue: key)!
                model.retry[outcome] = rules(rulesNode, "journeys.retry." + key, outcome, context, reader)
            }
        }
        if let n = fields["transfers"] {
            model.retry[.transferred] = rules(n, "journeys.transfers", .transferred, context, reader)
        }
        if let n = fields["web"], let web = reader.mapping(n, "journeys.web", known: ["share", "resolves"], required: ["share", "resolves"]) {
            let share = web["share"].flatMap { reader.share($0, "journeys.web.share") }
            let resolves = web["resolves"].flatMap { reader.share($0, "journeys.web.resolves") }
            if let share, let resolves { model.web = WebRule(share: share, resolves: resolves) }
        }
        if let n = fields["callbacks"] {
            model.callbacks = Array(repeating: nil, count: channelCount)
            for (c, rule) in perChannel(n, "journeys.callbacks", context, reader, { callback($0, $1, reader) }) {
                if context.kinds[c] != .voice {
                    reader.report(n[context.channels[c]] ?? n, "journeys.callbacks." + context.channels[c],
                                  "call-backs are offered to waiting callers: only voice channels have them (this one is \(context.kinds[c].rawValue))")
                } else if context.channels.contains(context.channels[c] + "_callback") {
                    reader.report(n[context.channels[c]] ?? n, "journeys.callbacks." + context.channels[c],
                                  "ccsim adds a channel '\(context.channels[c])_callback' for the call-backs; the model already has one by that name")
                } else {
                    model.callbacks[c] = rule
                }
            }
        }
        return reader.problemCount == before ? model : nil
    }

    /// `{ channel: value }` entries read by `read`, with unknown channels reported.
    static func perChannel<T>(_ node: ParameterNode, _ path: String, _ context: Context, _ reader: ParameterReader,
                              _ read: (ParameterNode, String) -> T?) -> [(Int, T)] {
        var out: [(Int, T)] = []
        for entry in reader.namedEntries(node, path, what: "channels") ?? [] {
            guard let c = context.channels.firstIndex(of: entry.key) else {
                reader.report(entry.keyLocation, "\(path): unknown channel '\(entry.key)'" + Suggestion.hint(for: entry.key, in: context.channels))
                continue
            }
            if let value = read(entry.value, path + "." + entry.key) { out.append((c, value)) }
        }
        return out
    }

    /// `{ offer_after: 60s, accept: 40%, deadline: 2h, reach: 85%, attempt_time: 1m }`.
    static func callback(_ node: ParameterNode, _ path: String, _ reader: ParameterReader) -> CallbackRule? {
        guard let fields = reader.mapping(node, path, known: ["offer_after", "accept", "deadline", "reach", "attempt_time"],
                                          required: ["offer_after", "accept", "deadline"],
                                          expected: "a call-back offer like { offer_after: 60s, accept: 40%, deadline: 2h, reach: 85% }")
        else { return nil }
        let offer = fields["offer_after"].flatMap { reader.duration($0, path + ".offer_after", positive: false) }
        let accept = fields["accept"].flatMap { reader.share($0, path + ".accept") }
        let deadline = fields["deadline"].flatMap { reader.duration($0, path + ".deadline") }
        let reach = fields["reach"].map { reader.share($0, path + ".reach") } ?? 1
        let attempt = fields["attempt_time"].map { reader.duration($0, path + ".attempt_time") } ?? 60
        guard let offer, let accept, let deadline, let reach, let attempt else { return nil }
        return CallbackRule(offerAfter: offer, accept: accept, deadline: deadline, reach: reach, attemptTime: attempt, callbackChannel: -1)
    }

    /// Rules per channel for one outcome.
    static func rules(_ node: ParameterNode, _ path: String, _ outcome: JourneyModel.Outcome, _ context: Context,
                      _ reader: ParameterReader) -> [RetryRule?] {
        var rules = [RetryRule?](repeating: nil, count: context.channels.count)
        for (c, rule) in perChannel(node, path, context, reader, { rule($0, $1, outcome, context, reader) }) {
            let kind = context.kinds[c]
            if outcome == .abandoned && !kind.isRealTime {
                reader.report(node[context.channels[c]] ?? node, path + "." + context.channels[c],
                              "deferred contacts do not abandon; their customers give up waiting: use retry.unanswered with give_up")
                continue
            }
            if outcome == .unanswered && kind.isRealTime {
                reader.report(node[context.channels[c]] ?? node, path + "." + context.channels[c],
                              "only deferred channels go unanswered; a \(kind.rawValue) channel's customers abandon: use retry.abandoned")
                continue
            }
            rules[c] = rule.with(defaultChannel: c)
        }
        return rules
    }

    /// `{ probability: 60%, delay: 30m, to: { phone: 70%, messaging: 30% }, context: false }`.
    static func rule(_ node: ParameterNode, _ path: String, _ outcome: JourneyModel.Outcome, _ context: Context,
                     _ reader: ParameterReader) -> RetryRule? {
        let known = outcome == .transferred ? ruleKeys : ["probability", "delay", "to"]
        guard let fields = reader.mapping(node, path, known: known, required: ["probability"],
                                          expected: "a rule like { probability: 60%, delay: 30m, to: { phone: 100% } }") else { return nil }
        let probability = fields["probability"].flatMap { reader.share($0, path + ".probability") }
        let delay: Distribution? = fields["delay"].map { DistributionParameters.read($0, path + ".delay", reader) }
            ?? (try? .deterministic(0))
        var destinations: [(channel: Int, share: Double)] = []
        var ok = true
        if let to = fields["to"] {
            let shares = perChannel(to, path + ".to", context, reader) { reader.share($0, $1) }
            let total = shares.map(\.1).reduce(0, +)
            if abs(total - 1) > 0.005 {
                reader.report(to, path + ".to", "the shares add up to \(Describe.percent(total)), not 100%")
                ok = false
            }
            destinations = shares.map { ($0.0, $0.1 / max(total, 1e-12)) }
        }
        let withContext = fields["context"].flatMap { reader.bool($0, path + ".context") } ?? false
        guard ok, let probability, let delay else { return nil }
        return RetryRule(probability: probability, delay: delay, destinations: destinations, withContext: withContext)
    }
}

extension RetryRule {
    /// The rule with the same channel as its destination when it names none.
    func with(defaultChannel c: Int) -> RetryRule {
        guard destinations.isEmpty else { return self }
        var rule = self
        rule.destinations = [(c, 1)]
        return rule
    }
}
