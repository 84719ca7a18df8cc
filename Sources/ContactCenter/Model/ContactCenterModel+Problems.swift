import DiscreteEvent

/// The last line of defence before a simulation: every value the engine relies on, checked
/// against what it can represent (``ContactCenterModel/Limits``). Model files are checked where
/// each value is read, with its location; this catches models built or edited in code.
extension ContactCenterModel {
    /// Problems that make the model impossible to simulate, each naming the parameter; empty when
    /// `Replications.run` can run it without overflowing the clock, exhausting memory or trapping.
    public func problems() -> [String] {
        var out = shapeProblems()
        out += demandProblems()
        for channel in channels { out += problems(of: channel) }
        for group in groups { out += problems(of: group) }
        out += capacityProblems()
        out += warmupProblems()
        out += routingProblems()
        return out
    }

    /// Routing policies must be known to ``RoutingRegistry``.
    private func routingProblems() -> [String] {
        var out: [String] = []
        if RoutingRegistry.agentSelection(named: routing.agentSelection) == nil {
            out.append("unknown routing policy '\(routing.agentSelection)'; known: \(RoutingRegistry.agentSelectionNames.joined(separator: ", "))")
        }
        if RoutingRegistry.contactSelection(named: routing.contactSelection) == nil {
            out.append("unknown contact selection '\(routing.contactSelection)'; known: "
                       + RoutingRegistry.contactSelectionNames.joined(separator: ", "))
        }
        if channels.contains(where: { abs($0.priority) > 1000 }) { out.append("channel priorities must be from -1000 to 1000") }
        return out
    }

    /// Last, since `ccsim simulate queue` derives its default warm-up from the handle time.
    private func warmupProblems() -> [String] {
        if let problem = Limits.durationProblem(warmup) { return ["warmup \(problem)"] }
        if !stopsAtCustomerLimit && warmup >= horizon { return ["warmup \(Limits.text(warmup))s leaves nothing of the horizon to measure"] }
        return []
    }

    /// Whether arrivals stop after ``customerLimit`` contacts (then the system drains) rather than at the horizon.
    var stopsAtCustomerLimit: Bool { customerLimit != nil }

    private func shapeProblems() -> [String] {
        var out: [String] = []
        if channels.isEmpty { out.append("the model has no channels") }
        if channels.count > Limits.channels { out.append("the model has \(channels.count) channels; at most \(Limits.channels) are supported") }
        if groups.count > Limits.groups { out.append("the model has \(groups.count) agent groups; at most \(Limits.groups) are supported") }
        if !(intervalLength > 0) { out.append("interval length must be > 0") }
        if intervalCount < 1 { out.append("the horizon must contain at least one interval") }
        if Double(channels.count) * Double(max(0, intervalCount)) > Double(Limits.intervalCells) {
            out.append("the horizon has \(intervalCount) intervals for \(channels.count) channels; at most "
                       + "\(Limits.intervalCells) channel-intervals are supported (shorten the horizon or lengthen the interval)")
        }
        // Without a customer limit the clock runs to the horizon; with one, a single interval may span the whole run.
        if !stopsAtCustomerLimit && intervalLength > 0 {
            if intervalLength > 86400 { out.append("interval length \(Limits.text(intervalLength))s is longer than a day") }
            if !(horizon <= Double(Limits.horizonDays) * 86400) {
                out.append("the horizon of \(Limits.text(horizon / 86400)) days is longer than the supported \(Limits.horizonDays)")
            }
        }
        if !(dayToDayCV == 0 || (dayToDayCV >= Limits.smallestDayToDayCV && dayToDayCV <= 1)) {
            out.append("day_to_day_cv must be 0 or from 0.01% to 100%")
        }
        return out
    }

    private func demandProblems() -> [String] {
        var out: [String] = []
        if arrivalRates.count != channels.count { out.append("arrival rates must be given for every channel") }
        var valid = arrivalRates.count == channels.count
        for (c, rates) in arrivalRates.enumerated() where c < channels.count {
            if rates.count != intervalCount {
                out.append("channel \(channels[c].name): \(rates.count) arrival rates for \(intervalCount) intervals")
                valid = false
            }
            if let bad = rates.first(where: { !($0 >= 0 && $0.isFinite) }) {
                out.append("channel \(channels[c].name): arrival rate \(bad) must be a finite number >= 0")
                valid = false
            }
        }
        guard valid else { return out }
        if let limit = customerLimit {
            if limit < 1 || Double(limit) > Limits.contactsPerReplication {
                out.append("customer_limit \(limit) must be from 1 to \(Limits.text(Limits.contactsPerReplication)) contacts per replication")
            }
            out += customerLimitProblems()
        } else if let problem = ModelSize.contactsProblem(expectedContacts) {
            out.append("the demand means \(problem)")
        }
        if out.isEmpty, let problem = ModelSize.repeatsProblem(self) { out.append("journeys: " + problem) }
        return out
    }

    /// A customer limit stops a stationary queue after N arrivals (as `ccsim simulate queue` does): the
    /// simulator then has no interval boundaries, so a rate that changes over the horizon (opening hours, a
    /// profile) would apply from the interval of one arrival to the next, and a closed interval would end
    /// the channel's arrivals for good.
    func customerLimitProblems() -> [String] {
        var out: [String] = []
        for (c, rates) in arrivalRates.enumerated() where c < channels.count {
            if let first = rates.first, rates.contains(where: { $0 != first }) {
                // Within the first day (opening hours, a profile), or only from one day to the next
                // (weekly factors, closed days): the message said "over the day" for both.
                let withinDay = rates.prefix(intervalsPerDay).contains { $0 != first }
                let how = withinDay ? "changes over the day" : "changes from day to day (weekly factors, closed days or holidays)"
                out.append("customer_limit needs demand that is the same in every interval (one queue, open around the clock); "
                           + "channel \(channels[c].name)'s demand \(how). Use the horizon's days instead")
                break
            }
        }
        for (c, rates) in arrivalRates.enumerated() where c < channels.count {
            if let rate = rates.first, rate > 0, 1 / rate > Limits.longestDuration {
                out.append("channel \(channels[c].name) gets fewer than one contact per 10 years, too few to wait for with a "
                           + "customer_limit; give it no demand or more")
            }
        }
        if journeys != nil {
            // The measured period ends at the last new customer's arrival; customers coming back
            // after it would do their work outside it (0 agent-hours for 1,000 contacts handled).
            out.append("customer_limit stops a stationary queue at its last arrival, but with journeys customers keep coming back "
                       + "after it, outside the measured period; use the horizon's days instead")
        }
        // Customers who arrive during the warm-up count toward the limit but are not measured.
        if let limit = customerLimit, out.isEmpty {
            let perSecond = arrivalRates.compactMap(\.first).reduce(0, +)
            let duringWarmup = perSecond * warmup
            if duringWarmup >= Double(limit) {
                out.append("customer_limit \(limit) is reached during the warm-up (about \(Limits.text(duringWarmup.rounded())) customers "
                           + "arrive in its \(Limits.text(warmup))s), so nothing would be measured; raise the limit or shorten the warm-up")
            }
        }
        return out
    }

    private func problems(of ch: Channel) -> [String] {
        var out: [String] = []
        let name = "channel \(ch.name)"
        if ch.concurrency < 1 || ch.concurrency > Limits.concurrency {
            out.append("\(name): concurrency must be from 1 to \(Limits.concurrency)")
        }
        if !(ch.slowdownPerExtraSession >= 0 && ch.slowdownPerExtraSession <= 1) { out.append("\(name): slowdown must be from 0% to 100%") }
        if !(ch.handleTime.mean > 0) { out.append("\(name): the handle time must have a mean > 0") }
        out += Self.durationProblems(of: ch.handleTime).map { "\(name): handle time \($0)" }
        if let patience = ch.patience { out += Self.durationProblems(of: patience).map { "\(name): patience \($0)" } }
        if let problem = Limits.durationProblem(ch.serviceLevel.threshold) { out.append("\(name): service level threshold \(problem)") }
        if !(ch.serviceLevel.fraction > 0 && ch.serviceLevel.fraction < 1) { out.append("\(name): service level share must be between 0% and 100%") }
        if !(ch.hours.open >= 0 && ch.hours.open < ch.hours.close && ch.hours.close <= 86400) {
            out.append("\(name): hours must open before they close, within the day")
        }
        return out
    }

    /// Problems of each duration parameter of `distribution` (e.g. "sd is longer than ...").
    static func durationProblems(of distribution: Distribution) -> [String] {
        let parameters: [(String, Double)]
        switch distribution.specification {
        case let .exponential(mean), let .weibull(mean, _), let .erlang(mean, _): parameters = [("mean", mean)]
        case let .lognormal(mean, sd), let .gamma(mean, sd): parameters = [("mean", mean), ("sd", sd)]
        case let .deterministic(value): parameters = [("value", value)]
        case let .uniform(min, max): parameters = [("min", min), ("max", max)]
        case let .empirical(values, _): parameters = values.enumerated().map { ("values.\($0)", $1) }
        }
        return parameters.compactMap { name, value in Limits.durationProblem(value).map { "\(name) \(Limits.text(value))s \($0)" } }
    }

    private func problems(of g: AgentGroup) -> [String] {
        var out: [String] = []
        let name = "group \(g.name)"
        if g.skills.isEmpty { out.append("\(name): has no skills") }
        for s in g.skills {
            if s.channel < 0 || s.channel >= channels.count { out.append("\(name): skill refers to channel #\(s.channel), which does not exist") }
            if s.concurrency < 1 || s.concurrency > Limits.concurrency { out.append("\(name): concurrency must be from 1 to \(Limits.concurrency)") }
            if let problem = Limits.durationProblem(s.overflowDelay) { out.append("\(name): overflow delay \(problem)") }
        }
        if g.staffing.count != intervalCount { out.append("\(name): staffing has \(g.staffing.count) intervals, the horizon \(intervalCount)") }
        if g.staffing.contains(where: { $0 < 0 }) { out.append("\(name): agents on duty must be >= 0") }
        if let most = g.staffing.max(), most > Limits.agentsPerGroup {
            out.append("\(name): \(most) agents on duty is above the supported \(Limits.agentsPerGroup)")
        }
        if g.hasShrinkage {
            if g.scheduled.count != g.staffing.count { out.append("\(name): \(g.scheduled.count) scheduled intervals for \(g.staffing.count) on duty") }
            if g.unavailableShare.contains(where: { !($0 >= 0 && $0 <= 1) }) { out.append("\(name): shrinkage must be from 0% to 100%") }
            if zip(g.scheduled, g.staffing).contains(where: { $0 < $1 }) { out.append("\(name): more agents available than scheduled") }
        }
        if !(g.costPerHour >= 0 && g.costPerHour <= Limits.costPerHour) {
            out.append("\(name): cost per hour must be from 0 to \(Limits.text(Limits.costPerHour))")
        }
        if g.voiceReserve < 0 || g.voiceReserve > Limits.agentsPerGroup {
            out.append("\(name): voice reserve must be from 0 to \(Limits.agentsPerGroup)")
        }
        return out
    }

    private func capacityProblems() -> [String] {
        var out: [String] = []
        if let problem = ModelSize.sessionSlotsProblem(self) { out.append(problem) }
        for c in channels.indices { if let problem = ModelSize.waitingProblem(self, channel: c) { out.append("\(channels[c].name): " + problem) } }
        for (c, ch) in channels.enumerated() where c < arrivalRates.count {
            let served = groups.contains { $0.skills.contains { $0.channel == c } }
            if !served && arrivalRates[c].contains(where: { $0 > 0 }) {
                out.append("channel \(ch.name) has arrivals but no agent group with this skill")
            }
        }
        return out
    }
}
