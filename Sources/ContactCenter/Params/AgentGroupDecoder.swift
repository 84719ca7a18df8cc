import Foundation

/// A group decoded from `agent_groups:`, with the intervals it is rostered in.
struct DecodedGroup: Sendable {
    var group: AgentGroup
    var rostered: [Bool]
    /// Where its staffing (`agents`, `shifts` or `staffing`) is written.
    var staffingLocation: SourceLocation
}

/// Reads `agent_groups:`: per group its `skills`, its staffing and its cost.
///
/// - `skills`: channel names in priority order (`[messaging, social]`), or maps
///   `{ channel: phone, overflow_after: 30s }` for a skill used only once a contact has waited
///   that long. A chat skill's sessions per agent come from the channel's `concurrency`.
/// - staffing, exactly one of:
///   `agents: 77` on duty during `hours: "08:00-20:00"` every day (hours default to the span of
///   the skills' channel hours); `shifts: [{ start: "08:00", end: "16:00", agents: 10 }, ...]`
///   (an end before the start runs past midnight; overlapping shifts add up); or
///   `staffing: file.csv` (see ``StaffingTable``, path relative to the YAML file); each written
///   once or by weekday and day type (``GroupStaffingDecoder``).
///   Hours and shift times must fall on interval boundaries.
/// - `cost_per_hour` (default 0) per agent on duty; `voice_reserve` (default 0) idle agents kept for voice.
enum AgentGroupDecoder {
    static let keys = ["skills", "agents", "hours", "shifts", "staffing", "shrinkage", "cost_per_hour", "voice_reserve"]
    static let staffingKeys: Set<String> = ["agents", "hours", "shifts", "staffing"]

    static func readAll(_ node: ParameterNode, _ context: ModelContext, _ reader: ParameterReader) -> [DecodedGroup?] {
        (reader.namedEntries(node, "agent_groups", what: "agent groups") ?? []).map { read($0, context, reader) }
    }

    static func read(_ entry: ParameterEntry, _ context: ModelContext, _ reader: ParameterReader) -> DecodedGroup? {
        let path = "agent_groups." + entry.key
        guard let fields = reader.mapping(entry.value, path, known: keys, required: ["skills"],
                                          expected: "a mapping with skills and agents, shifts or staffing") else { return nil }
        let before = reader.problemCount
        let skills = fields["skills"].flatMap { readSkills($0, path + ".skills", context, reader) }
        let cost = fields["cost_per_hour"].map {
            reader.number($0, path + ".cost_per_hour", positive: false, maximum: ContactCenterModel.Limits.costPerHour, what: "a cost per agent hour")
        } ?? 0
        let reserve = fields["voice_reserve"].map {
            reader.integer($0, path + ".voice_reserve", minimum: 0, maximum: ContactCenterModel.Limits.agentsPerGroup, what: "a number of agents")
        } ?? 0
        let given = ["agents", "shifts", "staffing"].filter { fields[$0] != nil }
        var staffing: DecodedStaffing?
        if given.count > 1 {
            reader.report(fields[given[1]]!.location, "\(path): give one of agents (with hours), shifts or staffing, not "
                          + given.joined(separator: " and "))
        } else if given.isEmpty {
            reader.report(entry.value.location, "\(path): give agents (with hours), shifts or staffing")
        } else if let horizon = context.horizon {
            if fields["hours"] != nil && given[0] != "agents" {
                reader.report(fields["hours"]!, path + ".hours", "hours go with agents; \(given[0]) already says when agents are on duty")
            }
            switch given[0] {
            case "agents":
                let defaultHours = skills.flatMap { skillSpan($0, context) }
                staffing = GroupStaffingDecoder.readFlat(fields["agents"]!, fields["hours"], defaultHours, path, horizon, context.calendar, reader)
            case "shifts": staffing = GroupStaffingDecoder.readShifts(fields["shifts"]!, path + ".shifts", horizon, context.calendar, reader)
            default: staffing = GroupStaffingDecoder.readTables(fields["staffing"]!, path + ".staffing", horizon, context.calendar, reader)
            }
        }
        let shrinkage = fields["shrinkage"].map { node in
            ByDay<Double>.read(node, path + ".shrinkage", context.calendar, reader) { node, path in
                guard let share = reader.share(node, path) else { return nil }
                guard share < 1 else {
                    reader.report(node, path, "\(node.text ?? "") leaves no agent available; shrinkage must be below 100%")
                    return nil
                }
                return share
            }
        }
        if let reserve, reserve > 0, let kinds = skills.flatMap({ context.kinds(of: $0.map(\.channel)) }), !kinds.contains(.voice) {
            reader.report(fields["voice_reserve"]!, path + ".voice_reserve", "the group has no voice skill to keep agents for")
        }
        guard reader.problemCount == before, let skills, let cost, let reserve, let staffing, let horizon = context.horizon,
              let calendar = context.calendar else { return nil }
        var group = AgentGroup(name: entry.key, skills: skills, staffing: staffing.agents, costPerHour: cost, voiceReserve: reserve)
        if let shrinkage = shrinkage ?? nil {
            group.schedule(staffing.agents, unavailableShare: unavailableShare(staffing, shrinkage, horizon, calendar))
        } else if !staffing.onBreak.isEmpty {
            group.schedule(staffing.agents, unavailableShare: unavailableShare(staffing, .everyDay(0), horizon, calendar))
        }
        return DecodedGroup(group: group, rostered: staffing.rostered, staffingLocation: fields[given[0]]!.location)
    }

    /// Per interval, the share of the scheduled agents expected to be unavailable: those on a break are away,
    /// and the day's `shrinkage` of the rest (absence, training); the day's shrinkage where nobody is scheduled
    /// (agents moved in by a scenario are away at that rate).
    static func unavailableShare(_ staffing: DecodedStaffing, _ shrinkage: ByDay<Double>, _ horizon: Horizon,
                                 _ calendar: DecodedCalendar) -> [Double] {
        staffing.agents.indices.map { i in
            let rate = shrinkage.value(onDay: i / horizon.intervalsPerDay, calendar) ?? 0
            let scheduled = Double(staffing.agents[i])
            guard scheduled > 0 else { return rate }
            let breaks = i < staffing.onBreak.count ? min(scheduled, staffing.onBreak[i]) : 0
            return 1 - (scheduled - breaks) * (1 - rate) / scheduled
        }
    }

    static func readSkills(_ node: ParameterNode, _ path: String, _ context: ModelContext, _ reader: ParameterReader) -> [Skill]? {
        guard let items = reader.list(node, path, expected: "a list of channel names like [messaging, social]") else { return nil }
        if items.isEmpty { reader.report(node, path, "give at least one channel") }
        var skills: [Skill] = []
        var ok = !items.isEmpty
        for (i, item) in items.enumerated() {
            let itemPath = path + ".\(i)"
            var channelNode = item
            var overflow = 0.0
            if case .mapping = item {
                guard let fields = reader.mapping(item, itemPath, known: ["channel", "overflow_after"], required: ["channel"]),
                      let channel = fields["channel"] else { ok = false; continue }
                channelNode = channel
                if let node = fields["overflow_after"] {
                    if let seconds = reader.duration(node, itemPath + ".overflow_after", positive: false) { overflow = seconds } else { ok = false }
                }
            }
            guard let name = reader.reference(channelNode, itemPath, to: context.channelNames, what: "channel"),
                  let c = context.channelNames?.firstIndex(of: name) else { ok = false; continue }
            if skills.contains(where: { $0.channel == c }) {
                reader.report(channelNode, itemPath, "channel '\(name)' is listed twice")
                ok = false
                continue
            }
            // A channel whose concurrency failed to decode fails the model; 1 only stands in.
            skills.append(Skill(channel: c, concurrency: context.channels[c].concurrency ?? 1, overflowDelay: overflow))
        }
        return ok ? skills : nil
    }

    /// From the earliest opening to the latest closing of the skills' channels; nil when the
    /// hours of one of them are unknown.
    static func skillSpan(_ skills: [Skill], _ context: ModelContext) -> OpeningHours? {
        guard let hours = context.hours(of: skills.map(\.channel)) else { return nil }
        guard let open = hours.map(\.open).min(), let close = hours.map(\.close).max() else { return .always }
        return OpeningHours(open: open, close: close)
    }
}
