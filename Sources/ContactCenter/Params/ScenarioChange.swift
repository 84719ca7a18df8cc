/// A name in a scenario (a group or channel) with the node that wrote it, for located messages.
struct NameReference: Sendable {
    var name: String
    var node: ParameterNode
}

/// A group or channel a change names, under `key` of the change (`from`, `channel`, ...).
struct ChangeReference: Sendable {
    var key: String
    var name: NameReference
    var isChannel: Bool
}

/// One item of `changes:` as read: the change when every value of it is valid, and the names it
/// refers to. The names are checked against the model even when another value of the change is
/// wrong, so a change with two mistakes reports both.
struct ChangeItem: Sendable {
    var change: ScenarioChange?
    /// `move_agents`, `add_skill`, ... (one of ``ScenarioChange/kinds``).
    var kind: String
    /// `changes.0.move_agents`, prefixing messages.
    var path: String
    var references: [ChangeReference]
    /// Where the change is written (its kind's key in the scenario file), for problems it causes elsewhere.
    var location: SourceLocation

    /// Whether the change edits the YAML tree (`set`, `set_staffing`) rather than the decoded model.
    var editsTree: Bool { kind == "set" || kind == "set_staffing" }
}

/// One change of a scenario, decoded but not yet applied.
///
/// Changes act in two steps. `set` and `set_staffing` edit the model file's YAML tree, so their
/// values are checked exactly like values written in the model. Then the tree is decoded and
/// `move_agents`, `add_skill` and `scale_demand` act on the model, in the order written
/// (a base scenario's changes before its own).
enum ScenarioChange: Sendable {
    /// `count` agents leave `from` in every interval where it has agents (all of them where it
    /// has fewer) and join `to` in every interval `to` is rostered in (its hours, shifts or
    /// staffing rows); if `to` is rostered nowhere they keep `from`'s hours.
    case moveAgents(from: NameReference, to: NameReference, count: Int, countNode: ParameterNode)
    /// The group also answers the channel, after its other skills (lowest priority).
    case addSkill(group: NameReference, channel: NameReference, overflowAfter: Double)
    /// Every arrival rate of the channel times `factor`.
    case scaleDemand(channel: NameReference, factor: Double, factorNode: ParameterNode)
    /// The value at a dotted path of the model's tree replaced (or added).
    case set(path: String, pathNode: ParameterNode, value: ParameterNode)
    /// The group's staffing keys (agents, hours, shifts, staffing) replaced by `entries`.
    case setStaffing(group: NameReference, entries: [ParameterEntry])

    static let kinds = ["move_agents", "add_skill", "scale_demand", "set", "set_staffing"]

    /// The change in plain words, e.g. "Move 20 agents from phone to digital".
    var summary: String {
        switch self {
        case let .moveAgents(from, to, count, _):
            "Move \(count) agent\(count == 1 ? "" : "s") from \(from.name) to \(to.name)"
        case let .addSkill(group, channel, overflow):
            "Cross-train \(group.name) on \(channel.name)"
                + (overflow > 0 ? " (taking contacts that waited \(Describe.duration(overflow)) or more)" : "")
        case let .scaleDemand(channel, factor, _):
            "Scale \(channel.name) demand by \(Describe.number(factor)) (\(factor >= 1 ? "+" : "")\(Describe.percent(factor - 1)))"
        case let .set(path, _, value):
            "Set \(path) to \(value.flowText)"
        case let .setStaffing(group, entries):
            "Replace the staffing of \(group.name) with "
                + entries.map { "\($0.key): \($0.value.flowText)" }.joined(separator: ", ")
        }
    }

    /// Decodes one item of `changes:`, a mapping with a single change kind: the change when it is
    /// valid, and the names it refers to in any case (nil when the item is not a change at all).
    static func read(_ node: ParameterNode, _ path: String, _ reader: ParameterReader) -> ChangeItem? {
        guard case let .mapping(entries, _) = node, entries.count == 1, let entry = entries.first else {
            reader.report(node, path, "expected one change such as { move_agents: { from: phone, to: digital, count: 20 } }, "
                          + "found \(node.kindDescription)")
            return nil
        }
        let inner = path + "." + entry.key
        var references: [ChangeReference] = []
        func name(_ fields: [String: ParameterNode], _ key: String, _ what: String) -> NameReference? {
            guard let node = fields[key], let text = reader.text(node, inner + "." + key, expected: "the name of \(what)") else {
                return nil
            }
            let reference = NameReference(name: text, node: node)
            references.append(ChangeReference(key: key, name: reference, isChannel: what == "a channel"))
            return reference
        }
        let change = readChange(entry, path, name, reader)
        guard ScenarioChange.kinds.contains(entry.key) else { return nil }
        return ChangeItem(change: change, kind: entry.key, path: inner, references: references, location: entry.keyLocation)
    }

    /// The change of kind `entry.key`, or nil when a value is wrong (reported); `name` reads a name and records it.
    private static func readChange(_ entry: ParameterEntry, _ path: String,
                                   _ name: ([String: ParameterNode], String, String) -> NameReference?,
                                   _ reader: ParameterReader) -> ScenarioChange? {
        let inner = path + "." + entry.key
        switch entry.key {
        case "move_agents":
            guard let f = reader.mapping(entry.value, inner, known: ["from", "to", "count"], required: ["from", "to", "count"]) else { return nil }
            let from = name(f, "from", "a group"), to = name(f, "to", "a group")
            let count = f["count"].flatMap {
                reader.integer($0, inner + ".count", minimum: 0, maximum: ContactCenterModel.Limits.agentsPerGroup, what: "a number of agents")
            }
            if let from, let to, from.name == to.name {
                reader.report(to.node, inner + ".to", "moving agents from '\(from.name)' to itself changes nothing")
                return nil
            }
            guard let from, let to, let count else { return nil }
            return .moveAgents(from: from, to: to, count: count, countNode: f["count"]!)
        case "add_skill":
            guard let f = reader.mapping(entry.value, inner, known: ["group", "channel", "overflow_after"], required: ["group", "channel"])
            else { return nil }
            let group = name(f, "group", "a group"), channel = name(f, "channel", "a channel")
            let overflow = f["overflow_after"].map { reader.duration($0, inner + ".overflow_after", positive: false) } ?? 0
            guard let group, let channel, let overflow else { return nil }
            return .addSkill(group: group, channel: channel, overflowAfter: overflow)
        case "scale_demand":
            guard let f = reader.mapping(entry.value, inner, known: ["channel", "factor"], required: ["channel", "factor"]) else { return nil }
            let channel = name(f, "channel", "a channel")
            let factor = f["factor"].flatMap { readFactor($0, inner + ".factor", reader) }
            if let factor, let node = f["factor"], factor >= 10, node.text?.contains("%") == false {
                let written = Describe.number(factor)
                reader.warn(node, inner + ".factor", "\(written) multiplies the demand by \(written) "
                            + "(+\(Describe.number((factor - 1) * 100))%); did you mean +\(written)%?")
            }
            guard let channel, let factor else { return nil }
            return .scaleDemand(channel: channel, factor: factor, factorNode: f["factor"]!)
        case "set":
            guard let f = reader.mapping(entry.value, inner, known: ["path", "value"], required: ["path", "value"]),
                  let pathNode = f["path"], let value = f["value"],
                  let text = reader.text(pathNode, inner + ".path", expected: "a dotted path like channels.messaging.concurrency")
            else { return nil }
            return .set(path: text, pathNode: pathNode, value: value)
        case "set_staffing":
            guard let f = reader.mapping(entry.value, inner, known: ["group", "agents", "hours", "shifts", "staffing"], required: ["group"]),
                  let group = name(f, "group", "a group"), case let .mapping(all, location) = entry.value else { return nil }
            let replacement = all.filter { $0.key != "group" }
            if !replacement.contains(where: { ["agents", "shifts", "staffing"].contains($0.key) }) {
                reader.report(location, "\(inner): give the new staffing: staffing: FILE.csv, shifts: [...] or agents: N with hours")
                return nil
            }
            return .setStaffing(group: group, entries: replacement)
        default:
            reader.report(entry.keyLocation, "\(path): unknown change '\(entry.key)'" + Suggestion.hint(for: entry.key, in: kinds))
            return nil
        }
    }

    /// Largest `scale_demand` factor; the scaled demand must also fit ``ContactCenterModel/Limits/contactsPerReplication``.
    static let maximumFactor = 1e6

    /// A factor `1.65`, or a change in percent `+65%` / `-20%`; must stay above 0 and at most ``maximumFactor``.
    static func readFactor(_ node: ParameterNode, _ path: String, _ reader: ParameterReader) -> Double? {
        guard let text = reader.text(node, path, expected: "a factor like 1.65 or a change like +65%") else { return nil }
        let t = text.trimmingCharacters(in: .whitespaces)
        var factor: Double?
        if t.hasSuffix("%") {
            guard t.hasPrefix("+") || t.hasPrefix("-") else {
                reader.report(node, path, "'\(t)' is ambiguous; write +\(t.dropLast())% for growth or a factor like 1.65")
                return nil
            }
            factor = Double(t.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)).map { 1 + (t.hasPrefix("-") ? -$0 : $0) / 100 }
        } else {
            factor = Double(t)
        }
        guard let factor, factor.isFinite else {
            reader.report(node, path, "expected a factor like 1.65 or a change like +65%, found '\(t)'")
            return nil
        }
        guard factor > 0 else {
            reader.report(node, path, "'\(t)' would leave no demand; the factor must be above 0")
            return nil
        }
        guard factor <= maximumFactor else {
            reader.report(node, path, "'\(t)' is above the largest supported factor, \(ContactCenterModel.Limits.text(maximumFactor))")
            return nil
        }
        return factor
    }
}

extension ParameterNode {
    /// The value in YAML flow style, for plain-words descriptions: `4`, `[a, b]`, `{ mean: 5m }`.
    package var flowText: String {
        switch self {
        case let .scalar(text, isNull, _): isNull ? "null" : (text.contains(where: { ",:{}[]".contains($0) }) ? "\"\(text)\"" : text)
        case let .sequence(items, _): "[" + items.map(\.flowText).joined(separator: ", ") + "]"
        case let .mapping(entries, _): "{ " + entries.map { "\($0.key): \($0.value.flowText)" }.joined(separator: ", ") + " }"
        }
    }
}
