/// Warnings about a loaded model: inputs that are legal but almost surely wrong, each located at
/// the text that causes it (in the model, or in the scenario that changed it).
///
/// - A group with no agents on duty at any time of the horizon answers nothing (unless a
///   `move_agents` emptied it: that change is warned about instead).
/// - A real-time channel (voice, chat, social) with arrivals in an interval where no group with
///   its skill has anyone on duty: those contacts wait or abandon. A deferred channel's contacts
///   wait in a backlog for the next shift, so it is warned about only when nobody with its skill
///   is on duty at any time of the horizon.
///
/// Warnings of the scenario changes themselves (`scale_demand` by a bare factor of 10 or more,
/// `move_agents` that empties a group) are found where those changes are read and applied.
enum ModelWarnings {
    static func check(_ file: ModelFile, emptiedGroups: Set<String>, _ reader: ParameterReader) {
        let model = file.model
        for (g, group) in model.groups.enumerated() where !group.staffing.contains(where: { $0 > 0 }) {
            guard !emptiedGroups.contains(group.name), file.staffingLocations.indices.contains(g) else { continue }
            reader.warn(file.staffingLocations[g], "agent_groups.\(group.name): the group has no agents on duty at any time, "
                        + "so it answers nothing; give it agents (or remove it)")
        }
        for (c, channel) in model.channels.enumerated() where file.channelLocations.indices.contains(c) {
            let rates = model.arrivalRates[c]
            guard rates.contains(where: { $0 > 0 }) else { continue }
            let skilled = model.groups.filter { $0.skills.contains { $0.channel == c } }
            let uncovered = rates.indices.filter { i in rates[i] > 0 && !skilled.contains { $0.staffing[i] > 0 } }
            guard let first = uncovered.first else { continue }
            let path = "channels.\(channel.name): "
            if channel.kind == .deferred {
                guard uncovered.count == rates.filter({ $0 > 0 }).count else { continue }
                reader.warn(file.channelLocations[c], path + "contacts arrive but nobody with this skill is on duty at any time, "
                            + "so the backlog only grows")
            } else {
                reader.warn(file.channelLocations[c], path + "contacts arrive in \(uncovered.count) interval"
                            + (uncovered.count == 1 ? "" : "s") + " when nobody with this skill is on duty (the first: "
                            + interval(first, model) + "); they wait or abandon there")
            }
        }
    }

    /// `day 1, 19:00-19:30` (`Mon 2026-11-23, 19:00-19:30` when the days have names).
    static func interval(_ i: Int, _ model: ContactCenterModel) -> String {
        let day = i / model.intervalsPerDay, start = Double(i % model.intervalsPerDay) * model.intervalLength
        return "\(model.calendar.label(ofDay: day)), \(Describe.clock(start))-\(Describe.clock(start + model.intervalLength))"
    }
}
