import DiscreteEvent
import Queueing

/// The days and intervals a model covers: `horizon: { days: 5, interval: 30m }`.
struct Horizon: Sendable {
    var days: Int
    var intervalLength: Double
    /// `start:` the weekday of the first day (and its date, days since 1970-01-01, when a date was given).
    var startWeekday: Weekday?
    var startDate: Int?
    /// Whether `start:` was written but could not be read (checks that need day names then stay silent).
    var startIsBroken = false
    var intervalsPerDay: Int { Int((86400 / intervalLength).rounded()) }
    var intervalCount: Int { days * intervalsPerDay }

    /// Whether `seconds` of the day is an interval boundary (hours, shift times and staffing rows must be).
    func isBoundary(_ seconds: Double) -> Bool {
        (seconds / intervalLength).rounded() * intervalLength == seconds
    }

    static let standard = Horizon(days: 1, intervalLength: 1800)
}

/// A model file decoded: the runtime model plus the run settings written beside it.
struct ModelFile: Sendable {
    var model: ContactCenterModel
    var replications: Int
    var seed: UInt64
    var routingPolicy: String
    /// `currency:` (e.g. `EUR`), written after every cost in reports; nil: plain numbers.
    var currency: String?
    /// For each group, the intervals it is rostered in (its hours, shifts or staffing rows),
    /// even while it has 0 agents: agents moved into the group work these intervals.
    var rosteredIntervals: [[Bool]]
    /// Where each channel is named in the file (its key), for warnings about it.
    var channelLocations: [SourceLocation]
    /// Where each group's staffing is written (its `agents`, `shifts` or `staffing` value), for warnings.
    var staffingLocations: [SourceLocation]
    /// Where the checks of the whole model (after every scenario change) report.
    var locations: ModelLocations
}

/// Where a model file wrote what the checks of the whole model refer to.
struct ModelLocations: Sendable {
    /// Each channel's key.
    var channels: [SourceLocation]
    var agentGroups: SourceLocation?
    var customerLimit: SourceLocation?
    /// `journeys.max_attempts` (or the `journeys:` section when it has none).
    var journeys: SourceLocation? = nil
}

/// Decodes a model file's tree into a ``ModelFile``, reporting every problem to the reader.
///
/// Top-level keys: `name` (required), `description`, `currency`, `horizon`, `simulation`, `channels`
/// (required), `demand` (required), `agent_groups` (required), `routing`. The parts are read
/// by ``DemandDecoder`` and ``AgentGroupDecoder``; afterwards `ContactCenterModel.problems()`
/// is consulted as a last check.
enum ModelFileDecoder {
    static let keys = ["name", "description", "currency", "horizon", "calendar", "simulation", "channels", "demand", "agent_groups",
                       "routing", "journeys", "economics"]
    static let channelKeys = ["kind", "hours", "handle_time", "patience", "service_level", "concurrency",
                              "slowdown_per_extra_session", "priority", "max_abandon", "max_asa"]

    static func decode(_ root: ParameterNode, _ reader: ParameterReader) -> ModelFile? {
        let before = reader.problemCount
        guard let fields = reader.mapping(root, "", known: keys, required: ["name", "channels", "demand", "agent_groups"]) else {
            return nil
        }
        let name = fields["name"].flatMap { reader.text($0, "name", expected: "the model's title") }
        if let description = fields["description"] { _ = reader.text(description, "description", expected: "text") }
        let currency = fields["currency"].flatMap { readCurrency($0, reader) }
        let channelEntries = fields["channels"].flatMap { reader.namedEntries($0, "channels", what: "channels") }
        guard ModelSize.countsFit(fields, channels: channelEntries?.count ?? 0, reader) else { return nil }
        let horizonCheck = fields["horizon"].map { readHorizon($0, reader) } ?? (.standard, .standard)
        let checking = horizonCheck.checking.flatMap { ModelSize.fits($0, channels: channelEntries?.count ?? 0, fields["horizon"], reader) }
        let horizon = checking == nil ? nil : horizonCheck.valid
        let settings = readSimulation(fields["simulation"], horizon, reader)
        let calendar = CalendarDecoder.read(fields["calendar"], checking, reader)
        let read = (channelEntries ?? []).map { readChannel($0, checking, reader) }
        let channels = read.map(\.channel)
        let context = ModelContext(horizon: checking, calendar: calendar, channelNames: channelEntries?.map(\.key),
                                   channels: read.map(\.parts))
        let demand = fields["demand"].flatMap { DemandDecoder.read($0, context, reader) }
        let groups = fields["agent_groups"].map { AgentGroupDecoder.readAll($0, context, reader) } ?? []
        let routing = fields["routing"].map { readRouting($0, reader) } ?? .default
        guard reader.problemCount == before, let name, let horizon, let settings, let demand, let calendar else { return nil }
        let decodedChannels = channels.compactMap { $0 }
        let decodedGroups = groups.compactMap { $0 }
        guard decodedChannels.count == channels.count, decodedGroups.count == groups.count else { return nil }
        let journeyContext = JourneyDecoder.Context(channels: decodedChannels.map(\.name), kinds: decodedChannels.map(\.kind),
                                                    groups: decodedGroups.map(\.group.name))
        let journeys = fields["journeys"].flatMap { JourneyDecoder.read($0, journeyContext, reader) }
        let economics = fields["economics"].flatMap { EconomicsDecoder.read($0, channels: journeyContext.channels, reader) }
        guard reader.problemCount == before else { return nil }
        var model = ContactCenterModel(
            name: name, channels: decodedChannels, groups: decodedGroups.map(\.group),
            intervalLength: horizon.intervalLength, intervalCount: horizon.intervalCount,
            arrivalRates: demand.rates, dayToDayCV: demand.dayToDayCV, warmup: settings.warmup,
            customerLimit: settings.customerLimit, routing: routing, calendar: calendar.runtime)
        model.journeys = journeys
        model.economics = economics
        let locations = ModelLocations(channels: (channelEntries ?? []).map(\.keyLocation), agentGroups: fields["agent_groups"]?.location,
                                       customerLimit: fields["simulation"]?["customer_limit"]?.location,
                                       journeys: (fields["journeys"]?["max_attempts"] ?? fields["journeys"])?.location)
        return ModelFile(model: model, replications: settings.replications, seed: settings.seed, routingPolicy: routing.agentSelection,
                         currency: currency,
                         rosteredIntervals: decodedGroups.map(\.rostered),
                         channelLocations: (channelEntries ?? []).map(\.keyLocation),
                         staffingLocations: decodedGroups.map(\.staffingLocation), locations: locations)
    }

    // MARK: routing

    /// `routing: { policy: longest_idle, contact_selection: channel_priority }`, both optional.
    static func readRouting(_ node: ParameterNode, _ reader: ParameterReader) -> RoutingSpecification {
        var routing = RoutingSpecification.default
        guard let fields = reader.mapping(node, "routing", known: ["policy", "contact_selection"],
                                          expected: "a mapping like { policy: longest_idle, contact_selection: channel_priority }")
        else { return routing }
        func name(_ key: String, known: [String], what: String) -> String? {
            guard let node = fields[key], let text = reader.text(node, "routing." + key, expected: what) else { return nil }
            guard known.contains(text) else {
                reader.report(node, "routing." + key, "unknown \(what) '\(text)'" + Suggestion.hint(for: text, in: known))
                return nil
            }
            return text
        }
        if let policy = name("policy", known: RoutingRegistry.agentSelectionNames, what: "routing policy") {
            routing.agentSelection = policy
        }
        if let selection = name("contact_selection", known: RoutingRegistry.contactSelectionNames, what: "contact selection") {
            routing.contactSelection = selection
        }
        return routing
    }

    /// `currency: EUR`: a code or symbol of 1 to 8 characters, letters or currency signs, no spaces.
    static func readCurrency(_ node: ParameterNode, _ reader: ParameterReader) -> String? {
        guard let text = reader.text(node, "currency", expected: "a currency like EUR") else { return nil }
        let usable = (1...8).contains(text.count)
            && text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.generalCategory == .currencySymbol }
        guard usable else {
            reader.report(node, "currency", "'\(text)' is not a currency; write a code like EUR or USD, or a sign like €")
            return nil
        }
        return text
    }

    // MARK: horizon and simulation

    /// The horizon when valid, and one to check the rest of the file against: with a bad day count
    /// the interval is still known, so staffing and demand can still be checked.
    static func readHorizon(_ node: ParameterNode, _ reader: ParameterReader) -> (valid: Horizon?, checking: Horizon?) {
        guard let fields = reader.mapping(node, "horizon", known: ["days", "interval", "start"],
                                          expected: "a mapping like { days: 5, interval: 30m, start: monday }")
        else { return (nil, nil) }
        var horizon = Horizon.standard
        var daysValid = true
        if let days = fields["days"] {
            if let value = reader.integer(days, "horizon.days", minimum: 1, maximum: ContactCenterModel.Limits.horizonDays,
                                          what: "a number of days") {
                horizon.days = value
            } else {
                daysValid = false
            }
        }
        if let interval = fields["interval"] {
            guard let seconds = reader.duration(interval, "horizon.interval") else { return (nil, nil) }
            let perDay = 86400 / seconds
            guard seconds >= 60, perDay == perDay.rounded(), seconds == seconds.rounded() else {
                reader.report(interval, "horizon.interval", "\(interval.text ?? "") does not divide a day into whole intervals "
                              + "of at least a minute; use e.g. 15m, 30m or 1h")
                return (nil, nil)
            }
            horizon.intervalLength = seconds
        }
        if let start = fields["start"] {
            if let value = CalendarDecoder.readStart(start, reader) {
                (horizon.startWeekday, horizon.startDate) = value
            } else {
                horizon.startIsBroken = true
            }
        }
        return (daysValid ? horizon : nil, horizon)
    }

    struct Settings {
        var replications = 10
        var seed: UInt64 = 1
        var warmup = 0.0
        var customerLimit: Int?
    }

    /// The `simulation:` settings; the warm-up must end within `horizon` (when it is known).
    static func readSimulation(_ node: ParameterNode?, _ horizon: Horizon?, _ reader: ParameterReader) -> Settings? {
        var settings = Settings()
        guard let node else { return settings }
        guard let fields = reader.mapping(node, "simulation", known: ["replications", "seed", "warmup", "customer_limit"],
                                          expected: "a mapping like { replications: 20, seed: 1 }") else { return nil }
        var ok = true
        if let n = fields["replications"] {
            if let value = reader.integer(n, "simulation.replications", minimum: 2, maximum: ContactCenterModel.Limits.replications,
                                          what: "a number of replications") {
                settings.replications = value
            } else { ok = false }
        }
        if let s = fields["seed"] {
            if let text = reader.text(s, "simulation.seed", expected: "a whole number"),
               let value = UInt64(text.trimmingCharacters(in: .whitespaces)) {
                settings.seed = value
            } else {
                if s.text != nil { reader.report(s, "simulation.seed", "'\(s.text!)' is not a whole number from 0 to 18446744073709551615") }
                ok = false
            }
        }
        if let w = fields["warmup"] {
            if let value = reader.duration(w, "simulation.warmup", positive: false) {
                settings.warmup = value
                if let horizon, fields["customer_limit"] == nil, value >= Double(horizon.intervalCount) * horizon.intervalLength {
                    reader.report(w, "simulation.warmup", "\(w.text ?? "") leaves nothing to measure: the horizon is "
                                  + "\(horizon.days) day\(horizon.days == 1 ? "" : "s")")
                    ok = false
                }
            } else { ok = false }
        }
        if let c = fields["customer_limit"] {
            if let value = reader.integer(c, "simulation.customer_limit", minimum: 1,
                                          maximum: Int(ContactCenterModel.Limits.contactsPerReplication), what: "a number of contacts") {
                settings.customerLimit = value
            } else { ok = false }
        }
        return ok ? settings : nil
    }

    // MARK: channels

    /// One channel (its hours on `horizon`'s interval boundaries, when the horizon is known): the whole channel when every value is valid, and the parts that are (for the
    /// checks of demand and groups, which stay silent about parts that are not).
    static func readChannel(_ entry: ParameterEntry, _ horizon: Horizon?, _ reader: ParameterReader) -> (channel: Channel?, parts: ChannelParts) {
        let path = "channels." + entry.key
        guard let fields = reader.mapping(entry.value, path, known: channelKeys, required: ["kind", "handle_time", "service_level"],
                                          expected: "a mapping with kind, hours, handle_time, service_level, ...")
        else { return (nil, ChannelParts()) }
        let before = reader.problemCount
        var kind: ChannelKind?
        if let node = fields["kind"], let text = reader.text(node, path + ".kind", expected: "a channel kind") {
            kind = ChannelKind(rawValue: text)
            if kind == nil {
                let known = ChannelKind.allCases.map(\.rawValue)
                reader.report(node, path + ".kind", "unknown kind '\(text)'" + Suggestion.hint(for: text, in: known)
                              + (Suggestion.closest(to: text, in: known) == nil ? "" : " (kinds: \(known.joined(separator: ", ")))"))
            }
        }
        let hours = fields["hours"].map { reader.openingHours($0, path + ".hours", on: horizon) } ?? .always
        let handle = fields["handle_time"].flatMap { DistributionParameters.read($0, path + ".handle_time", reader) }
        if let handle, handle.mean <= 0, let node = fields["handle_time"] {
            reader.report(node, path + ".handle_time", "the mean handle time must be longer than 0s")
        }
        var patience: Distribution?
        if let node = fields["patience"], node.text?.trimmingCharacters(in: .whitespaces).lowercased() != "none" {
            if kind == .deferred {
                reader.report(node, path + ".patience", "a deferred channel's contacts wait in a backlog and never abandon; "
                              + "remove patience or make the channel voice, chat or social")
            } else if let text = node.text, !text.contains(where: \.isNumber) {
                reader.report(node, path + ".patience", "'\(text)' is not a patience; write a distribution like "
                              + "{ exponential: { mean: 3m } }, a duration like 3m, or none (contacts never abandon)")
            } else {
                patience = DistributionParameters.read(node, path + ".patience", reader)
            }
        }
        let target = fields["service_level"].flatMap { reader.serviceLevel($0, path + ".service_level") }
        var concurrency: Int? = 1
        if let node = fields["concurrency"] {
            if kind != nil && kind != .chat {
                reader.report(node, path + ".concurrency", "only chat channels hold several sessions at once (this one is \(kind!.rawValue))")
            } else {
                concurrency = reader.integer(node, path + ".concurrency", minimum: 1, maximum: ContactCenterModel.Limits.concurrency,
                                             what: "a number of sessions")
            }
        }
        var slowdown = 0.0
        if let node = fields["slowdown_per_extra_session"] {
            if kind != nil && kind != .chat {
                reader.report(node, path + ".slowdown_per_extra_session", "only chat channels have sessions to slow down (this one is \(kind!.rawValue))")
            } else if let value = reader.share(node, path + ".slowdown_per_extra_session") {
                slowdown = value
            }
        }
        var priority = 0
        if let node = fields["priority"] {
            if let value = reader.integer(node, path + ".priority", minimum: -1000, what: "a whole number (higher is served first)") {
                if value > 1000 {
                    reader.report(node, path + ".priority", "\(value) is above the largest priority, 1000")
                } else {
                    priority = value
                }
            }
        }
        let limits = readPlanningLimits(fields, path, kind: kind, patience: patience, reader)
        let parts = ChannelParts(kind: kind, hours: hours, concurrency: concurrency)
        guard reader.problemCount == before, let kind, let hours, let handle, let target, let concurrency else { return (nil, parts) }
        return (Channel(name: entry.key, kind: kind, hours: hours, handleTime: handle, patience: patience,
                        serviceLevel: target, concurrency: concurrency, slowdownPerExtraSession: slowdown, priority: priority,
                        maxAbandon: limits.maxAbandon, maxASA: limits.maxASA), parts)
    }

    /// `max_abandon: 5%` and `max_asa: 30s`, the targets `ccsim plan` meets beside the service
    /// level (real-time channels only; `max_abandon` needs contacts that can abandon).
    static func readPlanningLimits(_ fields: [String: ParameterNode], _ path: String, kind: ChannelKind?,
                                   patience: Distribution?, _ reader: ParameterReader) -> (maxAbandon: Double?, maxASA: Double?) {
        var maxAbandon: Double?, maxASA: Double?
        if let node = fields["max_abandon"] {
            if kind == .deferred {
                reader.report(node, path + ".max_abandon", "deferred contacts never abandon; remove max_abandon")
            } else if let value = reader.share(node, path + ".max_abandon") {
                if !(value > 0 && value < 1) {
                    reader.report(node, path + ".max_abandon", "must be above 0% and below 100%")
                } else if kind != nil && patience == nil
                            && (fields["patience"].map { $0.text?.trimmingCharacters(in: .whitespaces).lowercased() == "none" } ?? true) {
                    reader.report(node, path + ".max_abandon", "contacts of this channel never abandon (no patience); "
                                  + "give a patience or remove max_abandon")
                } else {
                    maxAbandon = value
                }
            }
        }
        if let node = fields["max_asa"] {
            if kind == .deferred {
                reader.report(node, path + ".max_asa", "deferred work is judged by its service level; remove max_asa")
            } else {
                maxASA = reader.duration(node, path + ".max_asa")
            }
        }
        return (maxAbandon, maxASA)
    }
}

/// What the demand and group decoders need to know about the rest of the model.
///
/// A part that could not be decoded is nil here, never a default: its problem was reported where
/// it is written, and every check that would consult it stays silent instead of reporting a false
/// consequence (a group "with no voice skill" because its voice channel has a typo).
struct ModelContext {
    var horizon: Horizon?
    /// The days of the horizon (weekdays, day types, closed days); nil when they are unknown.
    var calendar: DecodedCalendar?
    /// The channels' names in file order; nil when `channels:` itself could not be read, so
    /// references to channels cannot be checked.
    var channelNames: [String]?
    /// Per channel (in the order of `channelNames`), the parts that decoded.
    var channels: [ChannelParts]

    /// The hours of every channel in `indices`, or nil when one of them is unknown.
    func hours(of indices: [Int]) -> [OpeningHours]? {
        let known = indices.compactMap { channels.indices.contains($0) ? channels[$0].hours : nil }
        return known.count == indices.count ? known : nil
    }

    /// The kind of every channel in `indices`, or nil when one of them is unknown.
    func kinds(of indices: [Int]) -> [ChannelKind]? {
        let known = indices.compactMap { channels.indices.contains($0) ? channels[$0].kind : nil }
        return known.count == indices.count ? known : nil
    }
}

/// The parts of a channel other parts of the model depend on, each nil when it failed to decode.
struct ChannelParts {
    var kind: ChannelKind?
    var hours: OpeningHours?
    var concurrency: Int?
}
