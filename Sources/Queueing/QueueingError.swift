/// Why an analytic queueing evaluation was refused.
///
/// Every public entry point validates its inputs and throws one of these instead of
/// returning NaN or infinity; the message names the parameter so the CLI can show it as is.
public enum QueueingError: Error, Equatable, CustomStringConvertible {
    /// A parameter is NaN, infinite, negative or zero where that makes no sense.
    case invalidParameter(name: String, value: Double, reason: String)
    /// Erlang C with offered load >= agents: the queue has no steady state.
    case unstable(agents: Double, load: Double)
    /// A staffing target cannot be met by any number of agents up to `limit`.
    case targetUnreachable(String, limit: Int)
    /// A numerical routine failed (should not happen; reported rather than hidden).
    case numerical(String)

    public var description: String {
        switch self {
        case let .invalidParameter(name, value, reason):
            return "\(name) = \(formatValue(value)) is invalid: \(reason)"
        case let .unstable(agents, load):
            return "the queue is unstable: offered load \(formatValue(load)) Erlangs >= \(formatValue(agents)) agents, "
                + "so waits grow without bound (Erlang C needs more agents than Erlangs; "
                + "use Erlang A with abandonment to model an overloaded queue)"
        case let .targetUnreachable(what, limit):
            return "\(what) cannot be met with up to \(limit) agents"
        case let .numerical(what):
            return "numerical failure: \(what)"
        }
    }
}

func formatValue(_ x: Double) -> String {
    if x.isNaN { return "NaN" }
    if x.isInfinite { return x > 0 ? "infinity" : "-infinity" }
    if x == x.rounded() && abs(x) < 1e15 { return String(Int64(x)) }
    return "\(x)"
}

/// Checks that `value` is finite and > 0, naming it in the error otherwise.
func requirePositive(_ value: Double, _ name: String) throws {
    guard value.isFinite else {
        throw QueueingError.invalidParameter(name: name, value: value, reason: "must be a finite number")
    }
    guard value > 0 else {
        throw QueueingError.invalidParameter(name: name, value: value, reason: "must be > 0")
    }
}

/// Checks that `value` is finite and >= 0, naming it in the error otherwise.
func requireNonNegative(_ value: Double, _ name: String) throws {
    guard value.isFinite else {
        throw QueueingError.invalidParameter(name: name, value: value, reason: "must be a finite number")
    }
    guard value >= 0 else {
        throw QueueingError.invalidParameter(name: name, value: value, reason: "must be >= 0")
    }
}

/// The largest offered load accepted, in Erlangs: far beyond any contact center, and small
/// enough that every recursion and search stays fast and inside machine integers.
public let maximumLoad = 1e9

/// Checks an offered load: finite, > 0 and at most `maximumLoad`.
func requireLoad(_ load: Double) throws {
    try requirePositive(load, "load")
    guard load <= maximumLoad else {
        throw QueueingError.invalidParameter(name: "load", value: load,
                                             reason: "must be at most \(formatValue(maximumLoad)) Erlangs")
    }
}
