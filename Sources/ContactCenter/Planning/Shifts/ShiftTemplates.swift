import Foundation

/// The shift templates of a shifts file, for rostering a staffing plan (`ccsim plan --shifts`).
///
/// ```yaml
/// shifts:
///   early:
///     starts: "07:00-09:00"        # every interval from 07:00 to 09:00; or a list ["07:00", "08:30"]; every: 1h
///     length: 8h                   # or a list [6h, 8h]; the break is inside the length
///     break: { after: 3h, before: 5h, length: 30m }   # starts 3h to 5h after the shift starts
///     cost: 240                    # per shift; default: length x the group's cost_per_hour
///     min_agents: 0
///     max_agents: 40
///     groups: [phone]              # default: every group
/// ```
/// Every problem is reported at once as `FILE:LINE:COLUMN: shifts.NAME.FIELD: message`.
public struct ShiftTemplates: Sendable {
    public var path: String
    public var templates: [ShiftTemplate]

    public init(path: String, templates: [ShiftTemplate]) {
        self.path = path
        self.templates = templates
    }

    static let keys = ["starts", "every", "length", "break", "cost", "min_agents", "max_agents", "groups"]

    /// Reads and checks the shifts file at `path` (the checks that need no model).
    ///
    /// - Throws: ``FileErrors`` with every problem, located.
    public static func load(path: String) throws -> ShiftTemplates {
        let root: ParameterNode
        switch ParameterFile.read(path: path, expected: [.shifts]) {
        case let .success(node): root = node
        case let .failure(errors): throw errors
        }
        let reader = ParameterReader()
        var templates: [ShiftTemplate] = []
        if let fields = reader.mapping(root, "", known: ["shifts"], required: ["shifts"],
                                       expected: "a mapping with shifts:"),
           let node = fields["shifts"], let entries = reader.namedEntries(node, "shifts", what: "shift templates") {
            templates = entries.compactMap { read($0, reader) }
        }
        guard reader.issues.isEmpty else { throw FileErrors(reader.issues) }
        return ShiftTemplates(path: path, templates: templates)
    }

    /// One template; nil (with its problems reported) when a field is wrong.
    static func read(_ entry: ParameterEntry, _ reader: ParameterReader) -> ShiftTemplate? {
        let path = "shifts." + entry.key
        guard let fields = reader.mapping(entry.value, path, known: keys, required: ["starts", "length"],
                                          expected: "a mapping with starts, length, break, cost, ...") else { return nil }
        let before = reader.issues.count
        var locations = ["name": entry.keyLocation]
        for (key, node) in fields { locations[key] = node.location }
        var every: Double?
        if let node = fields["every"] { every = reader.duration(node, path + ".every") }
        var starts: ShiftTemplate.Starts?
        if let node = fields["starts"] {
            if case .sequence = node {
                let items = reader.list(node, path + ".starts", expected: "a list of times") ?? []
                let times = items.enumerated().compactMap { reader.timeOfDay($1, path + ".starts.\($0)") }
                if items.isEmpty { reader.report(node, path + ".starts", "no start times given") }
                if times.count == items.count { starts = .times(times) }
                if fields["every"] != nil {
                    reader.report(fields["every"]!, path + ".every", "every goes with a range of starts like \"07:00-09:00\", not a list")
                }
            } else if let text = reader.text(node, path + ".starts", expected: "start times like \"07:00-09:00\" or [\"07:00\", \"08:00\"]") {
                let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                let times = parts.map { IntervalStart.timeOfDay($0) }
                if parts.count == 1, let t = times[0], t < 86400 {
                    starts = .times([t])
                } else if parts.count == 2, let from = times[0], let to = times[1], from <= to, to < 86400 {
                    starts = .range(from: from, to: to, every: every)
                } else {
                    reader.report(node, path + ".starts", "'\(text)' is not a start time or a range of start times; write "
                                  + "\"07:00\", \"07:00-09:00\" (from 07:00 to 09:00, both included) or a list [\"07:00\", \"22:00\"]")
                }
            }
        }
        var lengths: [Double] = []
        if let node = fields["length"] {
            let items: [ParameterNode] = (node.text == nil ? reader.list(node, path + ".length", expected: "a duration or a list of durations") : [node]) ?? []
            for (i, item) in items.enumerated() {
                let itemPath = node.text == nil ? path + ".length.\(i)" : path + ".length"
                if let d = reader.duration(item, itemPath) {
                    if d > 86400 { reader.report(item, itemPath, "a shift of more than 24h is not supported") } else { lengths.append(d) }
                }
            }
        }
        var breakRule: ShiftTemplate.Break?
        if let node = fields["break"],
           let b = reader.mapping(node, path + ".break", known: ["after", "before", "length"], required: ["after", "before", "length"],
                                  expected: "a mapping like { after: 3h, before: 5h, length: 30m }") {
            let after = b["after"].flatMap { reader.duration($0, path + ".break.after", positive: false) }
            let beforeTime = b["before"].flatMap { reader.duration($0, path + ".break.before", positive: false) }
            let length = b["length"].flatMap { reader.duration($0, path + ".break.length") }
            if let after, let beforeTime, let length {
                if beforeTime < after {
                    reader.report(b["before"]!, path + ".break.before", "the window closes before it opens (after \(durationText(after)))")
                } else {
                    breakRule = .init(earliest: after, latest: beforeTime, length: length)
                }
            }
        }
        let cost = fields["cost"].flatMap { reader.number($0, path + ".cost", positive: false, what: "a cost per shift") }
        let minAgents = fields["min_agents"].flatMap { reader.integer($0, path + ".min_agents", minimum: 0, what: "a number of agents") } ?? 0
        let maxAgents = fields["max_agents"].flatMap { reader.integer($0, path + ".max_agents", minimum: 0, what: "a number of agents") }
        if let maxAgents, maxAgents < minAgents, let node = fields["max_agents"] {
            reader.report(node, path + ".max_agents", "\(maxAgents) is below min_agents (\(minAgents))")
        }
        var groups: [String]?
        if let node = fields["groups"], let items = reader.list(node, path + ".groups", expected: "a list of agent groups") {
            groups = items.enumerated().compactMap { reader.text($1, path + ".groups.\($0)", expected: "the name of an agent group") }
            for (i, item) in items.enumerated() { locations["groups.\(i)"] = item.location }
            if items.isEmpty { reader.report(node, path + ".groups", "no groups given; leave groups out for every group") }
        }
        guard reader.issues.count == before, let starts, !lengths.isEmpty else { return nil }
        return ShiftTemplate(name: entry.key, starts: starts, lengths: lengths, breakRule: breakRule, cost: cost,
                             minAgents: minAgents, maxAgents: maxAgents, groups: groups, locations: locations)
    }

    /// `3h`, `90m` or `45s`: a duration as a shifts file writes it, for messages.
    public static func durationText(_ seconds: Double) -> String {
        if seconds.truncatingRemainder(dividingBy: 3600) == 0 { return "\(Int(seconds / 3600))h" }
        if seconds.truncatingRemainder(dividingBy: 60) == 0 { return "\(Int(seconds / 60))m" }
        return "\(seconds)s"
    }

    /// `07:30` for seconds since midnight.
    public static func clock(_ seconds: Double) -> String {
        let m = Int(seconds.rounded()) / 60
        return String(format: "%02d:%02d", m / 60, m % 60)
    }
}
