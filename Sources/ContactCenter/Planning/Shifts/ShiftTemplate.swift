/// One kind of shift a roster may use: when it may start, how long it lasts, its break, its cost
/// and how many agents may work it. Read from a shifts file (`ccsim plan --shifts`, docs/PLANNING.md).
public struct ShiftTemplate: Sendable {
    /// When shifts of this template may start.
    public enum Starts: Sendable, Equatable {
        /// These times of day, seconds since midnight.
        case times([Double])
        /// Every `every` seconds (nil: every interval of the model) from `from` to `to`, both included.
        case range(from: Double, to: Double, every: Double?)
    }

    /// A break inside the shift: it starts between `earliest` and `latest` after the shift starts
    /// (both included) and lasts `length`; the agent is off duty meanwhile.
    public struct Break: Sendable, Equatable {
        public var earliest: Double
        public var latest: Double
        public var length: Double

        public init(earliest: Double, latest: Double, length: Double) {
            self.earliest = earliest
            self.latest = latest
            self.length = length
        }
    }

    public var name: String
    public var starts: Starts
    /// Allowed lengths, seconds (break included).
    public var lengths: [Double]
    public var breakRule: Break?
    /// Cost of one shift; nil: its length in hours x the group's `cost_per_hour`.
    public var cost: Double?
    public var minAgents: Int
    public var maxAgents: Int?
    /// Groups that may work it; nil: every group.
    public var groups: [String]?
    /// Where each field is written (`starts`, `length`, `break`, `groups`, ... and `name` for the
    /// template itself), for messages the model-dependent checks give.
    public var locations: [String: SourceLocation]

    /// The start times of day, seconds, for a model with intervals of `intervalLength` seconds.
    public func startTimes(intervalLength: Double) -> [Double] {
        switch starts {
        case let .times(list): return list
        case let .range(from, to, every):
            let step = every ?? intervalLength
            guard step > 0 else { return [from] }
            return Array(stride(from: from, through: to, by: step))
        }
    }

    /// The location of `field` (or of the template).
    public func location(_ field: String) -> SourceLocation {
        locations[field] ?? locations["name"] ?? SourceLocation(file: "shifts")
    }

    /// A template built in code (no file locations).
    public init(name: String, starts: Starts, lengths: [Double], breakRule: Break? = nil, cost: Double? = nil,
                minAgents: Int = 0, maxAgents: Int? = nil, groups: [String]? = nil,
                locations: [String: SourceLocation] = [:]) {
        self.name = name
        self.starts = starts
        self.lengths = lengths
        self.breakRule = breakRule
        self.cost = cost
        self.minAgents = minAgents
        self.maxAgents = maxAgents
        self.groups = groups
        self.locations = locations
    }
}
