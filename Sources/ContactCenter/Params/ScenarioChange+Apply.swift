/// Applying scenario changes: tree edits before decoding, model edits after.
extension ScenarioChange {
    /// Applies a `set` or `set_staffing` to the model file's tree. `path` (e.g. `changes.0.set`) prefixes messages.
    func apply(to tree: inout ParameterNode, _ path: String, _ reader: ParameterReader) {
        switch self {
        case let .set(dotted, pathNode, value):
            let components = ParameterNode.components(of: dotted)
            if let problem = tree.set(components, to: value, keyLocation: pathNode.location) {
                reader.report(pathNode, path + ".path", "cannot set '\(dotted)': \(problem)")
            }
        case let .setStaffing(group, entries):
            let groups = tree["agent_groups"]?.keys ?? []
            guard var node = tree.node(at: ["agent_groups", group.name]), groups.contains(group.name) else {
                reader.report(group.node, path + ".group", "unknown group '\(group.name)'" + Suggestion.hint(for: group.name, in: groups))
                return
            }
            node.remove(keys: AgentGroupDecoder.staffingKeys)
            if case let .mapping(kept, location) = node {
                node = .mapping(kept + entries, location)
            }
            _ = tree.set(["agent_groups", group.name], to: node, keyLocation: group.node.location)
        default:
            break
        }
    }

    /// Applies `move_agents`, `add_skill` or `scale_demand` to the decoded model.
    func apply(to file: inout ModelFile, _ path: String, _ reader: ParameterReader) {
        let groupNames = file.model.groups.map(\.name), channelNames = file.model.channels.map(\.name)
        func group(_ reference: NameReference, _ key: String) -> Int? {
            guard let g = file.model.groupIndex(reference.name) else {
                reader.report(reference.node, path + "." + key, "unknown group '\(reference.name)'" + Suggestion.hint(for: reference.name, in: groupNames))
                return nil
            }
            return g
        }
        func channel(_ reference: NameReference, _ key: String) -> Int? {
            guard let c = file.model.channelIndex(reference.name) else {
                reader.report(reference.node, path + "." + key, "unknown channel '\(reference.name)'"
                              + Suggestion.hint(for: reference.name, in: channelNames))
                return nil
            }
            return c
        }
        switch self {
        case let .moveAgents(fromReference, toReference, count, countNode):
            let from = group(fromReference, "from"), to = group(toReference, "to")
            guard let from, let to else { return }
            let peak = file.model.groups[from].staffing.max() ?? 0
            guard count <= peak else {
                reader.report(countNode, path + ".count", "cannot move \(count) agents: group '\(fromReference.name)' has "
                              + (peak == 0 ? "no agents" : "at most \(peak) on duty"))
                return
            }
            var moved = [Int](repeating: 0, count: file.model.intervalCount)
            for i in moved.indices where file.model.groups[from].staffing[i] > 0 {
                moved[i] = min(count, file.model.groups[from].staffing[i])
                file.model.groups[from].staffing[i] -= moved[i]
            }
            let rostered = file.rosteredIntervals[to]
            if rostered.contains(true) {
                for i in moved.indices where rostered[i] { file.model.groups[to].staffing[i] += count }
            } else {
                for i in moved.indices { file.model.groups[to].staffing[i] += moved[i] }
                file.rosteredIntervals[to] = moved.map { $0 > 0 }
            }
            let limit = ContactCenterModel.Limits.agentsPerGroup
            if let most = file.model.groups[to].staffing.max(), most > limit {
                reader.report(countNode, path + ".count", "group '\(toReference.name)' would have \(most) agents on duty; "
                              + "at most \(limit) in a group are supported")
            } else if let problem = ModelSize.sessionSlotsProblem(file.model) {
                reader.report(countNode, path + ".count", "after the move, " + problem)
            }
        case let .addSkill(groupReference, channelReference, overflow):
            let g = group(groupReference, "group"), c = channel(channelReference, "channel")
            guard let g, let c else { return }
            guard !file.model.groups[g].skills.contains(where: { $0.channel == c }) else {
                reader.report(channelReference.node, path + ".channel", "group '\(groupReference.name)' already answers '\(channelReference.name)'")
                return
            }
            file.model.groups[g].skills.append(Skill(channel: c, concurrency: file.model.channels[c].concurrency, overflowDelay: overflow))
        case let .scaleDemand(channelReference, factor, factorNode):
            guard let c = channel(channelReference, "channel") else { return }
            file.model.arrivalRates[c] = file.model.arrivalRates[c].map { $0 * factor }
            if file.model.customerLimit == nil, let problem = ModelSize.contactsProblem(file.model.expectedContacts) {
                reader.report(factorNode, path + ".factor", "scaling \(channelReference.name) by \(factorNode.text ?? "") gives \(problem)")
            }
        case .set, .setStaffing:
            break
        }
    }
}
