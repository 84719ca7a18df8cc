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
///   `staffing: file.csv` (see ``StaffingTable``, path relative to the YAML file).
///   Hours and shift times must fall on interval boundaries.
/// - `cost_per_hour` (default 0) per agent on duty; `voice_reserve` (default 0) idle agents kept for voice.
enum AgentGroupDecoder {
    static let keys = ["skills", "agents", "hours", "shifts", "staffing", "cost_per_hour", "voice_reserve"]
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
        var staffing: (agents: [Int], rostered: [Bool])?
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
                staffing = readFlat(fields["agents"]!, fields["hours"], defaultHours, path, horizon, reader)
            case "shifts": staffing = readShifts(fields["shifts"]!, path + ".shifts", horizon, reader)
            default: staffing = readTable(fields["staffing"]!, path + ".staffing", horizon, reader)
            }
        }
        if let reserve, reserve > 0, let kinds = skills.flatMap({ context.kinds(of: $0.map(\.channel)) }), !kinds.contains(.voice) {
            reader.report(fields["voice_reserve"]!, path + ".voice_reserve", "the group has no voice skill to keep agents for")
        }
        guard reader.problemCount == before, let skills, let cost, let reserve, let staffing else { return nil }
        return DecodedGroup(group: AgentGroup(name: entry.key, skills: skills, staffing: staffing.agents, costPerHour: cost,
                                              voiceReserve: reserve),
                            rostered: staffing.rostered, staffingLocation: fields[given[0]]!.location)
    }

    static func readSkills(_ node: ParameterNode, _ path: String, _ context: ModelContext, _ reader: ParameterReader) -> [Skill]? {
        guard let items = reader.list(node, path, expected: "a list of channel names like [messaging, social]") else { return nil }
        if items.isEmpty { reader.report(node, path, "give at least one channel") }
        var skills: [Skill] = []
        var listed = Set<Int>()
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

    /// Whether `seconds` of the day is an interval boundary.
    static func aligned(_ seconds: Double, _ horizon: Horizon) -> Bool { horizon.isBoundary(seconds) }

    static func readFlat(_ agentsNode: ParameterNode, _ hoursNode: ParameterNode?, _ defaultHours: OpeningHours?, _ path: String,
                         _ horizon: Horizon, _ reader: ParameterReader) -> (agents: [Int], rostered: [Bool])? {
        let agents = reader.integer(agentsNode, path + ".agents", minimum: 0, maximum: ContactCenterModel.Limits.agentsPerGroup,
                                    what: "a number of agents")
        let hours = hoursNode.map { reader.openingHours($0, path + ".hours", on: horizon) } ?? defaultHours
        guard let agents, let hours else { return nil }
        let day = (0..<horizon.intervalsPerDay).map { i in hours.contains(secondOfDay: Double(i) * horizon.intervalLength) }
        let rostered = Array((0..<horizon.days).map { _ in day }.joined())
        return (rostered.map { $0 ? agents : 0 }, rostered)
    }

    static func readShifts(_ node: ParameterNode, _ path: String, _ horizon: Horizon,
                           _ reader: ParameterReader) -> (agents: [Int], rostered: [Bool])? {
        guard let items = reader.list(node, path, expected: "a list of shifts like [{ start: \"08:00\", end: \"16:00\", agents: 10 }]")
        else { return nil }
        if items.isEmpty { reader.report(node, path, "give at least one shift") }
        var day = [Int](repeating: 0, count: horizon.intervalsPerDay)
        var rosteredDay = [Bool](repeating: false, count: horizon.intervalsPerDay)
        var ok = !items.isEmpty
        for (i, item) in items.enumerated() {
            let shiftPath = path + ".\(i)"
            guard let fields = reader.mapping(item, shiftPath, known: ["start", "end", "agents"], required: ["start", "end", "agents"])
            else { ok = false; continue }
            let start = fields["start"].flatMap { reader.timeOfDay($0, shiftPath + ".start") }
            let end = fields["end"].flatMap { reader.timeOfDay($0, shiftPath + ".end") }
            let agents = fields["agents"].flatMap {
                reader.integer($0, shiftPath + ".agents", minimum: 0, maximum: ContactCenterModel.Limits.agentsPerGroup, what: "a number of agents")
            }
            guard let start, let end, let agents else { ok = false; continue }
            for (key, value) in [("start", start), ("end", end)] where !aligned(value, horizon) {
                reader.report(fields[key]!, shiftPath + "." + key, "must fall on a \(Describe.duration(horizon.intervalLength)) "
                              + "interval boundary (the horizon's interval)")
                ok = false
            }
            if start == end {
                reader.report(item, shiftPath, "the shift starts and ends at the same time")
                ok = false
            }
            guard ok else { continue }
            let first = Int((start / horizon.intervalLength).rounded())
            let length = Int((((end - start) + 86400).truncatingRemainder(dividingBy: 86400) / horizon.intervalLength).rounded())
            for k in 0..<(length == 0 ? horizon.intervalsPerDay : length) {
                let index = (first + k) % horizon.intervalsPerDay
                day[index] += agents
                rosteredDay[index] = true
            }
        }
        if let most = day.max(), most > ContactCenterModel.Limits.agentsPerGroup, let at = day.firstIndex(of: most) {
            reader.report(node, path, "the shifts add up to \(most) agents at \(Describe.clock(Double(at) * horizon.intervalLength)); "
                          + "at most \(ContactCenterModel.Limits.agentsPerGroup) agents on duty in a group are supported")
            ok = false
        }
        guard ok else { return nil }
        return (Array((0..<horizon.days).map { _ in day }.joined()), Array((0..<horizon.days).map { _ in rosteredDay }.joined()))
    }

    static func readTable(_ node: ParameterNode, _ path: String, _ horizon: Horizon,
                          _ reader: ParameterReader) -> (agents: [Int], rostered: [Bool])? {
        guard let written = reader.text(node, path, expected: "the path of a staffing CSV file (interval_start,agents)") else { return nil }
        let file = RelativePath.resolve(written, relativeTo: node.location.file)
        guard FileManager.default.isReadableFile(atPath: file) else {
            let reason = FileManager.default.fileExists(atPath: file) ? "cannot be read" : "does not exist"
            reader.report(node, path, "the staffing file '\(written)' \(reason) (looked for \(file))")
            return nil
        }
        let table: StaffingTable
        do { table = try StaffingTable.load(path: file) } catch let error as FileErrors {
            reader.append(error.issues)
            return nil
        } catch {
            reader.report(node, path, "cannot read '\(written)': \(error)")
            return nil
        }
        if table.isDated, let first = table.rows.map(\.startSeconds).min(), let last = table.rows.map(\.startSeconds).max() {
            let span = floor(last / 86400) - floor(first / 86400) + 1
            guard span <= Double(ContactCenterModel.Limits.horizonDays) else {
                reader.report(node, path, "'\(written)' spans \(ContactCenterModel.Limits.text(span)) days; a staffing table of dated rows may "
                              + "span at most \(ContactCenterModel.Limits.horizonDays) days (it repeats after its last day)")
                return nil
            }
        }
        var ok = true
        for row in table.rows {
            let time = row.startSeconds - floor(row.startSeconds / 86400) * 86400
            if !aligned(time, horizon) {
                reader.report(SourceLocation(file: file, line: row.line, column: 1), "\(row.intervalStart) is not on a "
                              + "\(Describe.duration(horizon.intervalLength)) interval boundary (the horizon's interval in \(node.location.file))")
                ok = false
            }
        }
        guard ok, let agents = table.agents(intervals: horizon.intervalCount, intervalLength: horizon.intervalLength) else { return nil }
        return (agents, agents.map { $0 > 0 })
    }
}
