import ContactCenter
/// A measure a sweep records for every point, named like the keys of `ccsim run --format json`:
/// `messaging.service_level` (a channel's; `channels.messaging.service_level` also works),
/// `groups.digital.occupancy`, `totals.cost`. A `*` stands for every channel, group or measure
/// (`*.service_level`, `groups.*.occupancy`, `totals.*`).
///
/// The output has two columns per measure, `<name>.mean` and `<name>.ci95` (the half-width of the
/// 95% Student-t interval over replications), computed as ``SimulationSummary`` computes them.
public struct SweepMeasure: Sendable, Equatable, Hashable, CustomStringConvertible {
    public enum Scope: Sendable, Equatable, Hashable {
        case channel(String)
        case group(String)
        case totals
    }

    /// The name as written (wildcards expanded); the stem of the output columns.
    public var name: String
    public var scope: Scope
    /// The measure's name within its scope (`service_level`, `occupancy`, `cost`).
    public var measure: String

    public var description: String { name }

    /// The measure names of each scope, as the measure enums spell them.
    static var knownNames: (channel: [String], group: [String], totals: [String]) {
        (ChannelMeasure.allCases.map(\.rawValue), GroupMeasure.allCases.map(\.rawValue), TotalMeasure.allCases.map(\.rawValue))
    }

    /// Reads one written measure against `model`, expanding `*`.
    ///
    /// - Throws: a ``SweepError`` saying what is unknown, with the closest known name.
    public static func resolve(_ text: String, in model: ContactCenterModel) throws -> [SweepMeasure] {
        let written = text.trimmingCharacters(in: .whitespaces)
        let parts = written.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let known = knownNames
        let channels = model.channels.map(\.name), groups = model.groups.map(\.name)
        let example = "write e.g. messaging.service_level, groups.digital.occupancy or totals.cost"
        func pick(_ name: String, _ candidates: [String], _ what: String, extra: [String] = []) throws -> [String] {
            if name == "*" { return candidates }
            guard candidates.contains(name) else {
                throw SweepError("measure '\(written)': unknown \(what) '\(name)'" + Suggestion.hint(for: name, in: candidates + extra))
            }
            return [name]
        }
        func expand(_ prefix: String, _ owners: [String], _ measure: String, _ measureNames: [String],
                    _ scope: (String) -> Scope) throws -> [SweepMeasure] {
            let ms = try pick(measure, measureNames, "measure")
            return owners.flatMap { owner in
                ms.map { m in SweepMeasure(name: prefix + (prefix.hasPrefix("totals") ? "" : owner + ".") + m,
                                           scope: scope(owner), measure: m) }
            }
        }
        switch parts.first {
        case "totals" where parts.count == 2:
            return try expand("totals.", [""], parts[1], known.totals) { _ in .totals }
        case "groups" where parts.count == 3:
            return try expand("groups.", try pick(parts[1], groups, "group"), parts[2], known.group) { .group($0) }
        case "channels" where parts.count == 3:
            return try expand("channels.", try pick(parts[1], channels, "channel"), parts[2], known.channel) { .channel($0) }
        case _ where parts.count == 2:
            let owners = try pick(parts[0], channels, "channel", extra: ["totals"])
            return try expand("", owners, parts[1], known.channel) { .channel($0) }
        default:
            throw SweepError("measure '\(written)' is not <channel>.<measure>, groups.<group>.<measure> or totals.<measure>; \(example)")
        }
    }

    /// The estimate of this measure over `runs` of `model` (nil where it is undefined in every replication).
    public func estimate(_ runs: [ReplicationMeasures], model: ContactCenterModel) -> Estimate? {
        let values: [Double?]
        switch scope {
        case let .channel(name):
            guard let c = model.channelIndex(name), let m = ChannelMeasure(rawValue: measure) else { return nil }
            values = runs.map { m.value(in: $0, channel: c) }
        case let .group(name):
            guard let g = model.groupIndex(name), let m = GroupMeasure(rawValue: measure) else { return nil }
            values = runs.map { m.value(in: $0, group: g, model: model) }
        case .totals:
            guard let m = TotalMeasure(rawValue: measure) else { return nil }
            values = runs.map { m.value(in: $0, model: model) }
        }
        return Estimate(values)
    }
}

/// A problem with a sweep, its output files or their merge, in one line a researcher can act on.
/// The command line reports it with exit status 2.
public struct SweepError: Error, Sendable, CustomStringConvertible, Equatable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
