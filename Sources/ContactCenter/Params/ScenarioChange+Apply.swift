/// Applying scenario changes: tree edits before decoding, model edits after.
extension ScenarioChange {
    /// Applies a `set` or `set_staffing` to the model file's tree. `path` (e.g. `changes.0.set`) prefixes messages.
    ///
    /// - Returns: whether the change applied (a problem is reported otherwise, or stays silent
    ///   when it lies in a part of the tree that is itself broken and reported by the decoder).
    @discardableResult
    func apply(to tree: inout ParameterNode, _ path: String, _ reader: ParameterReader) -> Bool {
        switch self {
        case let .set(dotted, pathNode, value):
            let components = ParameterNode.components(of: dotted)
            if let problem = tree.set(components, to: value, keyLocation: pathNode.location, sections: ModelFileDecoder.keys) {
                reader.report(pathNode, path + ".path", "cannot set '\(dotted)': \(problem)")
                return false
            }
            return true
        case let .setStaffing(group, entries):
            // Without a mapping of groups the decoder reports agent_groups itself; no group can be named.
            guard let groupsNode = tree["agent_groups"], case .mapping = groupsNode else { return false }
            let groups = groupsNode.keys
            guard var node = tree.node(at: ["agent_groups", group.name]), groups.contains(group.name) else {
                reader.report(group.node, path + ".group", "unknown group '\(group.name)'" + Suggestion.hint(for: group.name, in: groups))
                return false
            }
            node.remove(keys: AgentGroupDecoder.staffingKeys)
            if case let .mapping(kept, location) = node {
                node = .mapping(kept + entries, location)
            }
            _ = tree.set(["agent_groups", group.name], to: node, keyLocation: group.node.location)
            return true
        default:
            return true
        }
    }

    /// Applies `move_agents`, `add_skill` or `scale_demand` to the decoded model; its names are
    /// known to be the model's (see ``ChangeItem/checkReferences(in:_:)``).
    ///
    /// A check that consults a group some earlier change failed to edit (`outcome`) stays silent:
    /// its staffing or skills are not what the scenario meant, so any verdict on them would be false.
    ///
    /// - Returns: whether the change applied.
    func apply(to file: inout ModelFile, _ path: String, _ reader: ParameterReader, _ outcome: inout ChangeOutcome) -> Bool {
        switch self {
        case let .moveAgents(fromReference, toReference, count, countNode):
            guard let from = file.model.groupIndex(fromReference.name), let to = file.model.groupIndex(toReference.name) else { return false }
            // Agents on the schedule move; each group's shrinkage then decides how many of them are available.
            var fromScheduled = file.model.groups[from].scheduled, toScheduled = file.model.groups[to].scheduled
            let peak = fromScheduled.max() ?? 0
            guard count <= peak else {
                if !outcome.isUncertain(fromReference.name) {
                    reader.report(countNode, path + ".count", "cannot move \(count) agents: group '\(fromReference.name)' has "
                                  + (peak == 0 ? "no agents" : "at most \(peak) on duty"))
                }
                return false
            }
            var moved = [Int](repeating: 0, count: file.model.intervalCount)
            for i in moved.indices where fromScheduled[i] > 0 {
                moved[i] = min(count, fromScheduled[i])
                fromScheduled[i] -= moved[i]
            }
            if count > 0, !fromScheduled.contains(where: { $0 > 0 }), !outcome.isUncertain(fromReference.name) {
                reader.warn(countNode, path + ".count", "moving \(count) agents leaves group '\(fromReference.name)' with no agents "
                            + "at any time, so it answers nothing (move fewer to keep it working)")
                outcome.emptiedGroups.insert(fromReference.name)
            }
            let rostered = file.rosteredIntervals[to]
            if rostered.contains(true) {
                for i in moved.indices where rostered[i] { toScheduled[i] += count }
            } else {
                for i in moved.indices { toScheduled[i] += moved[i] }
                file.rosteredIntervals[to] = moved.map { $0 > 0 }
            }
            file.model.groups[from].reschedule(fromScheduled)
            file.model.groups[to].reschedule(toScheduled)
            let limit = ContactCenterModel.Limits.agentsPerGroup
            if let most = file.model.groups[to].scheduled.max(), most > limit {
                reader.report(countNode, path + ".count", "group '\(toReference.name)' would have \(most) agents on duty; "
                              + "at most \(limit) in a group are supported")
                return false
            } else if let problem = ModelSize.sessionSlotsProblem(file.model) {
                reader.report(countNode, path + ".count", "after the move, " + problem)
                return false
            }
            return true
        case let .addSkill(groupReference, channelReference, overflow):
            guard let g = file.model.groupIndex(groupReference.name), let c = file.model.channelIndex(channelReference.name) else { return false }
            guard !file.model.groups[g].skills.contains(where: { $0.channel == c }) else {
                if !outcome.isUncertain(groupReference.name) {
                    reader.report(channelReference.node, path + ".channel", "group '\(groupReference.name)' already answers '\(channelReference.name)'")
                }
                return false
            }
            file.model.groups[g].skills.append(Skill(channel: c, concurrency: file.model.channels[c].concurrency, overflowDelay: overflow))
            return true
        case let .scaleDemand(channelReference, factor, factorNode):
            guard let c = file.model.channelIndex(channelReference.name) else { return false }
            file.model.arrivalRates[c] = file.model.arrivalRates[c].map { $0 * factor }
            if file.model.customerLimit == nil, let problem = ModelSize.contactsProblem(file.model.expectedContacts) {
                reader.report(factorNode, path + ".factor", "scaling \(channelReference.name) by \(factorNode.text ?? "") gives \(problem)")
                return false
            }
            return true
        case .set, .setStaffing:
            return true
        }
    }
}

extension ChangeItem {
    /// Reports every group or channel this change names that `tree` (the model's tree after every
    /// `set`) does not define, with the closest name. Names under a part of the tree that is not a
    /// mapping of names (itself reported by the decoder) cannot be checked and are not.
    ///
    /// - Returns: whether every name is known (or cannot be checked).
    func checkReferences(in tree: ParameterNode, _ reader: ParameterReader) -> Bool {
        var ok = true
        for reference in references {
            let section = reference.isChannel ? "channels" : "agent_groups"
            guard let node = tree[section], case .mapping = node else { continue }
            let names = node.keys
            let name = reference.name.name
            if !names.contains(name) {
                reader.report(reference.name.node, path + "." + reference.key, "unknown \(reference.isChannel ? "channel" : "group") '\(name)'"
                              + Suggestion.hint(for: name, in: names))
                ok = false
            }
        }
        return ok
    }

    /// The groups this change names, for ``ChangeOutcome`` when it fails.
    var groupNames: [String] { references.filter { !$0.isChannel }.map(\.name.name) }
}

/// What the changes applied so far leave uncertain: the groups named by a change that failed.
/// A misspelt name stands for the group it was suggested to mean (`digtal` for `digital`); a
/// name like no group, or a change whose names could not be read, may have meant any group, so
/// every group is uncertain. Checks that consult an uncertain group's staffing or skills stay
/// silent, reporting nothing rather than a false consequence.
struct ChangeOutcome {
    /// The model's groups (the tree's `agent_groups` keys after every `set`).
    var knownGroups: Set<String>
    var uncertainGroups = Set<String>()
    var everyGroupUncertain = false
    /// Groups a `move_agents` left with no agents at any time (warned there, not again).
    var emptiedGroups = Set<String>()

    init(knownGroups: Set<String> = []) { self.knownGroups = knownGroups }

    func isUncertain(_ group: String) -> Bool { everyGroupUncertain || uncertainGroups.contains(group) }

    /// Records that `item` did not apply.
    mutating func failed(_ item: ChangeItem) {
        if item.kind == "set" {
            if case let .set(dotted, _, _)? = item.change { failed(editing: dotted) } else { everyGroupUncertain = true }
        } else if item.kind != "scale_demand" {
            uncertain(item.groupNames, complete: item.change != nil || item.groupNames.count == (item.kind == "move_agents" ? 2 : 1))
        }
    }

    /// Records that an edit of the tree at the dotted path `dotted` did not apply.
    mutating func failed(editing dotted: String) {
        let components = ParameterNode.components(of: dotted)
        guard components.first == "agent_groups" else { return }
        uncertain(Array(components.dropFirst().prefix(1)), complete: components.count >= 2)
    }

    /// `groups` are uncertain (a misspelt one: the group suggested for it); every group is when
    /// one of them is like no group, or when the change's groups could not all be read (`complete` false).
    private mutating func uncertain(_ groups: [String], complete: Bool) {
        let known = Array(knownGroups).sorted()
        let meant = groups.map { knownGroups.contains($0) ? $0 : Suggestion.closest(to: $0, in: known) }
        if !complete || meant.contains(nil) {
            everyGroupUncertain = true
        } else {
            uncertainGroups.formUnion(meant.compactMap { $0 })
        }
    }
}
