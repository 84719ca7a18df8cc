import Foundation

/// Size checks a model file passes before anything proportional to its size is built: counts of
/// channels and groups, channel-intervals of the horizon, expected contacts and session slots, each
/// computed arithmetically (in Double, so nothing overflows) against ``ContactCenterModel/Limits``
/// and reported at the value that makes the model too large.
enum ModelSize {
    typealias Limits = ContactCenterModel.Limits

    /// Whether the numbers of channels and groups are within the limits (reported at `channels:` and
    /// `agent_groups:` otherwise); the rest of the file is not decoded when they are not.
    static func countsFit(_ fields: [String: ParameterNode], channels: Int, _ reader: ParameterReader) -> Bool {
        var fit = true
        if channels > Limits.channels, let node = fields["channels"] {
            reader.report(node, "channels", "\(channels) channels; at most \(Limits.channels) are supported")
            fit = false
        }
        if case let .mapping(entries, _)? = fields["agent_groups"], entries.count > Limits.groups {
            reader.report(fields["agent_groups"]!, "agent_groups", "\(entries.count) agent groups; at most \(Limits.groups) are supported")
            fit = false
        }
        return fit
    }

    /// `horizon` when its channel-intervals fit ``Limits/intervalCells``; otherwise nil, reported at
    /// `horizon.days` (or `horizon:`), so no per-interval array is ever built for it.
    static func fits(_ horizon: Horizon, channels: Int, _ node: ParameterNode?, _ reader: ParameterReader) -> Horizon? {
        let cells = Double(horizon.days) * Double(horizon.intervalsPerDay) * Double(max(1, channels))
        guard cells > Double(Limits.intervalCells) else { return horizon }
        let located = node?["days"] ?? node
        let message = "\(horizon.days) day\(horizon.days == 1 ? "" : "s") of \(Describe.duration(horizon.intervalLength)) intervals for "
            + "\(channels) channel\(channels == 1 ? "" : "s") are \(Limits.text(cells)) channel-intervals; at most "
            + "\(Limits.intervalCells) are supported (shorten the horizon or lengthen the interval)"
        if let located {
            reader.report(located, located.text == nil ? "horizon" : "horizon.days", message)
        }
        return nil
    }

    /// Why `expected` contacts per replication are too many, with both numbers and `advice`; nil when they fit.
    static func contactsProblem(_ expected: Double, advice: String = "reduce the demand or the horizon") -> String? {
        // A demand written as the limit and split by a mix sums back to it only up to rounding.
        guard !(expected <= Limits.contactsPerReplication * (1 + 1e-9)) else { return nil }
        let limit = Limits.text(Limits.contactsPerReplication)
        guard expected.isFinite else {
            return "more than \(limit) contacts per replication, the most supported (\(advice))"
        }
        return "about \(Limits.text(expected.rounded())) contacts per replication; at most \(limit) are supported "
            + "(\(advice))"
    }

    /// Why the agents and chat sessions of `model` need more session slots than a replication may hold.
    static func sessionSlotsProblem(_ model: ContactCenterModel) -> String? {
        let sessions = Double(model.groups.flatMap(\.skills).map(\.concurrency).max() ?? 1)
        let agents = model.groups.reduce(0.0) { $0 + Double($1.staffing.max() ?? 0) }
        guard agents * sessions > Double(Limits.sessionSlots) else { return nil }
        return "\(Limits.text(agents)) agents (every group's peak) holding up to \(Limits.text(sessions)) sessions each need "
            + "\(Limits.text(agents * sessions)) session slots; at most \(Limits.sessionSlots) are supported"
    }

    /// Why the customers of a model with journeys may make more contacts, with their repeats, than a
    /// replication may hold (``JourneyModel/contactsPerCustomerBound``); nil when they fit.
    static func repeatsProblem(_ model: ContactCenterModel) -> String? {
        guard let journeys = model.journeys else { return nil }
        let customers = model.customerLimit.map(Double.init) ?? model.expectedContacts
        let bound = customers * journeys.contactingShare * journeys.contactsPerCustomerBound
        guard contactsProblem(customers) == nil,
              let problem = contactsProblem(bound, advice: "lower max_attempts or the retry probabilities, or the demand") else { return nil }
        return "customers coming back (up to \(journeys.maxAttempts) contacts each, at the largest retry or transfer probability) "
            + "may make \(problem)"
    }

    /// The most contacts of channel `c` that must be waiting at once, at least: arrivals expected in
    /// each interval beyond what every group with the skill could answer in it (all their agents on
    /// duty, at the channel's mean handle time, as many sessions as they may hold), carried over.
    /// Customers who abandon (patience) or give up (deferred work's `give_up`) leave the backlog
    /// as a fluid does: with mean patience θ it moves toward (arrivals - answers) × θ, exponentially
    /// in time/θ. Without either it only grows or drains.
    static func waitingBound(_ model: ContactCenterModel, channel c: Int) -> Double {
        let channel = model.channels[c]
        guard channel.handleTime.mean > 0, c < model.arrivalRates.count else { return 0 }
        let patience = model.waitLimit(channel: c)?.mean ?? .infinity
        guard patience > 0 else { return 0 }
        let skilled = model.groups.compactMap { group in group.skills.first { $0.channel == c }.map { (group, $0.concurrency) } }
        let length = model.intervalLength
        let decay = patience.isFinite ? exp(-length / patience) : 1
        var backlog = 0.0, most = 0.0
        for (i, rate) in model.arrivalRates[c].enumerated() {
            let agents = skilled.reduce(0.0) { $0 + Double(i < $1.0.staffing.count ? $1.0.staffing[i] : 0) * Double(max(1, $1.1)) }
            let excess = rate - agents / channel.handleTime.mean   // contacts a second beyond what the agents answer
            if patience.isFinite {
                let level = excess * patience
                backlog = max(0, level + (backlog - level) * decay)
            } else {
                backlog = max(0, backlog + excess * length)
            }
            most = max(most, backlog)
        }
        return most
    }

    /// Why channel `c` would pile up more waiting contacts than a replication may hold; nil when it fits.
    static func waitingProblem(_ model: ContactCenterModel, channel c: Int) -> String? {
        let bound = waitingBound(model, channel: c)
        guard bound > Limits.waitingContacts else { return nil }
        let leaving = model.waitLimit(channel: c) != nil
        return "about \(Limits.text(bound.rounded())) contacts would be waiting at once (arrivals beyond what every group "
            + "with this skill can answer\(leaving ? ", less those whose patience runs out" : "")); at most \(Limits.text(Limits.waitingContacts)) are supported (reduce the demand "
            + "or add agents)"
    }

    /// The checks that need the whole model, once every scenario change has applied, each reported where
    /// the model file wrote the thing it concerns: a customer limit the demand cannot use, more session
    /// slots than a replication may hold, and a channel with demand that no group answers.
    static func checkWhole(_ file: ModelFile, _ reader: ParameterReader) {
        let model = file.model, locations = file.locations
        if let location = locations.customerLimit {
            for problem in model.customerLimitProblems() { reader.report(location, "simulation.customer_limit: " + problem) }
        }
        if let location = locations.agentGroups, let problem = sessionSlotsProblem(model) {
            reader.report(location, "agent_groups: " + problem)
        }
        for (c, channel) in model.channels.enumerated() where c < locations.channels.count
            && model.arrivalRates[c].contains(where: { $0 > 0 }) && !model.groups.contains(where: { $0.skills.contains { $0.channel == c } }) {
            reader.report(locations.channels[c], "channels.\(channel.name): the channel has arrivals but no agent group with this skill")
        }
        for (c, channel) in model.channels.enumerated() where c < locations.channels.count {
            if let problem = waitingProblem(model, channel: c) { reader.report(locations.channels[c], "channels.\(channel.name): " + problem) }
        }
        if let location = locations.journeys, let problem = repeatsProblem(model) {
            reader.report(location, "journeys.max_attempts: " + problem)
        }
    }
}
