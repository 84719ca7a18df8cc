import Foundation
import DiscreteEvent
import Queueing

/// Quantities written back the way planners write them (`6m`, `1.5h`, `22%`, `80% within 20s`),
/// for the plain-words assumptions and changes of a loaded model.
public enum Describe {
    /// `20s`, `6m`, `1.5h`, `2d`: the largest unit that gives a short number.
    public static func duration(_ seconds: Double) -> String {
        for (unit, size) in [("d", 86400.0), ("h", 3600), ("m", 60)] where seconds >= size {
            let value = seconds / size
            if (value * 10).rounded() == value * 10 { return number(value) + unit }
        }
        return number(seconds) + "s"
    }

    /// A number without a needless `.0`, with at most 3 decimals.
    public static func number(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        var text = String(format: "%.3f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }   // a whole number above 1e15: "1000000000000000000", not "...000."
        return text
    }

    /// A number as `number` writes it, with the whole part grouped by thousands: `7,800`, `1,234.5`.
    public static func grouped(_ value: Double) -> String {
        let text = number(value)
        let negative = text.hasPrefix("-")
        let parts = text.dropFirst(negative ? 1 : 0).split(separator: ".", maxSplits: 1)
        var whole = ""
        for (k, digit) in parts[0].enumerated() {
            if k > 0 && (parts[0].count - k) % 3 == 0 { whole += "," }
            whole.append(digit)
        }
        return (negative ? "-" : "") + whole + (parts.count == 2 ? "." + parts[1] : "")
    }

    public static func percent(_ share: Double) -> String { number((share * 1000).rounded() / 10) + "%" }

    /// A service-level target as every output writes it (the assumptions, the tables, the plan):
    /// `80% in 20s`, `90% in 24h`, `92.5% in 1.5s`. The assumptions said "90% within 1d" while the
    /// tables of the same report said "90% in 24h".
    public static func serviceLevel(_ target: ServiceLevelTarget) -> String {
        "\(percent(target.fraction)) in \(targetTime(target.threshold))"
    }

    /// A target time: whole hours, else whole minutes, else seconds (`24h`, not `1d`: response
    /// targets are counted in hours): `20s`, `1m`, `90m`, `24h`, `1.5s`.
    public static func targetTime(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "n/a" }
        guard seconds < 1e15 else { return String(format: "%.3gs", seconds) }
        if seconds >= 3600 && seconds.truncatingRemainder(dividingBy: 3600) == 0 { return number(seconds / 3600) + "h" }
        if seconds >= 60 && seconds.truncatingRemainder(dividingBy: 60) == 0 { return number(seconds / 60) + "m" }
        return number(seconds) + "s"
    }

    public static func clock(_ seconds: Double) -> String {
        let minutes = Int((seconds / 60).rounded())
        return String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }

    /// `08:00-20:00`; a span past midnight (a break window closing the next day) `23:00-01:00`.
    public static func hours(_ hours: OpeningHours) -> String {
        "\(clock(hours.open))-\(clock(hours.close > 86400 ? hours.close - 86400 : hours.close))"
    }

    /// `lognormal mean 6m sd 4m`.
    public static func distribution(_ distribution: Distribution) -> String {
        switch distribution.specification {
        case let .exponential(mean): "exponential mean \(duration(mean))"
        case let .lognormal(mean, sd): "lognormal mean \(duration(mean)) sd \(duration(sd))"
        case let .gamma(mean, sd): "gamma mean \(duration(mean)) sd \(duration(sd))"
        case let .weibull(mean, shape): "weibull mean \(duration(mean)) shape \(number(shape))"
        case let .erlang(mean, k): "erlang mean \(duration(mean)) k \(k)"
        case let .deterministic(value): "always \(duration(value))"
        case let .uniform(min, max): "uniform \(duration(min)) to \(duration(max))"
        case let .empirical(values, _): "empirical, \(values.count) values, mean \(duration(distribution.mean))"
        }
    }
}
