/// A model or scenario file loaded and checked: the runtime model, the run settings written in
/// its `simulation:` section, and plain-words descriptions for reports.
public struct LoadedModel: Sendable {
    public var model: ContactCenterModel
    /// From `simulation: { replications: }` (default 10).
    public var replications: Int
    /// From `simulation: { seed: }` (default 1).
    public var seed: UInt64
    /// The file loaded (model or scenario), as given.
    public var path: String
    /// The file's `name:` (for a scenario, the scenario's; `model.name` stays the base model's).
    public var title: String
    /// Scenario changes in plain words, the base scenario's first ("Move 20 agents from phone to digital"),
    /// then any overrides; empty for a model loaded without overrides.
    public var changes: [String]
    /// The model's parameters in plain words for reports: horizon, demand, one line per channel and group, routing.
    public var assumptions: [String]
    /// Whether `path` is a scenario (it has `base:`).
    public var isScenario: Bool
    /// `routing: { policy: }`; `longest_idle` is the only policy so far.
    public var routingPolicy: String
    /// `currency:` of the model file (e.g. `EUR`); nil when the file gives none (costs are plain numbers).
    public var currency: String? = nil
}
