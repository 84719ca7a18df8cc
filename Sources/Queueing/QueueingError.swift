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
    /// A response target for deferred work that no staffing inside the working hours can meet:
    /// at best `best` of the contacts are answered in time (those arriving while nobody works wait).
    case responseTargetUnreachable(target: ServiceLevelTarget, best: Double)
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
        case let .responseTargetUnreachable(target, best):
            return "the response target \(Self.describe(target)) cannot be met inside the working hours: even with "
                + "unlimited agents only \(formatShare(best)) of contacts are answered within \(formatDuration(target.threshold)) "
                + "(contacts arriving while nobody works wait for the next working interval); widen the hours or relax the target"
        case let .numerical(what):
            return "numerical failure: \(what)"
        }
    }

    /// `90% in 24h`, as the reports write a target.
    static func describe(_ target: ServiceLevelTarget) -> String {
        "\(formatShare(target.fraction)) in \(formatDuration(target.threshold))"
    }
}

/// `80%`, `92.5%`.
func formatShare(_ x: Double) -> String {
    let tenths = (x * 1000).rounded() / 10
    return tenths == tenths.rounded() ? "\(Int(tenths))%" : "\(tenths)%"
}

/// `20s`, `5m`, `24h`, `3d`: the largest unit giving a whole number (days from two on), or seconds.
func formatDuration(_ seconds: Double) -> String {
    for (unit, size) in [("d", 86400.0), ("h", 3600), ("m", 60)]
    where seconds >= (unit == "d" ? 2 * size : size) && seconds / size == (seconds / size).rounded() {
        return "\(Int(seconds / size))\(unit)"
    }
    return formatValue(seconds) + "s"
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
