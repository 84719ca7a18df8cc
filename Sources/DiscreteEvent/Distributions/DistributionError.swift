/// Why a ``DistributionSpecification`` cannot be turned into a ``Distribution``.
public enum DistributionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Parameter `name` of `distribution` has the impossible value `value`, for `reason`
    /// (e.g. `"must be > 0"`). For list parameters `name` carries the index
    /// (`"values[3]"`) and for an empty list `value` is its count, 0.
    case invalidParameter(distribution: String, name: String, value: Double, reason: String)

    /// The offending parameter's name, e.g. `"sd"`.
    public var parameterName: String {
        switch self {
        case .invalidParameter(_, let name, _, _): name
        }
    }

    /// A sentence a planner can act on, e.g. `lognormal: sd = -1.0 is invalid: must be >= 0`.
    public var description: String {
        switch self {
        case let .invalidParameter(distribution, name, value, reason):
            "\(distribution): \(name) = \(value) is invalid: \(reason)"
        }
    }
}
