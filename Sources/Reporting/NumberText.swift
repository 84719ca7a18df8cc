import Foundation

/// How every number meets a reader in table, Markdown, HTML and chart output (JSON and CSV keep
/// plain machine-readable numbers): digits grouped by thousands (`7,125.00`), durations in the
/// unit a person reads (`45 s`, `2 min 30 s`, `18.5 h`, `2.3 days`), and one sign rule: a value
/// that rounds to zero at the precision shown carries no sign (`0`, `0.0 pts`, never `-0.0` or `+0`).
public enum NumberText {
    /// Written for a value that is not a finite number.
    public static let notAvailable = "n/a"

    /// `1 replication`, `1,000 replications`: a count with its noun, singular for one.
    public static func counted(_ n: Int, _ noun: String) -> String {
        grouped(n) + " " + noun + (n == 1 ? "" : "s")
    }

    /// `1,234` / `-1,234`.
    public static func grouped(_ i: Int) -> String {
        let digits = String(i.magnitude)
        return (i < 0 ? "-" : "") + groupDigits(digits)
    }

    /// `7,125.00`, `-0.5`, `0.0` (never `-0.0`): `x` with `decimals` digits after the point.
    public static func grouped(_ x: Double, decimals: Int) -> String {
        guard x.isFinite else { return notAvailable }
        let magnitude = unsignedText(abs(x), decimals: decimals)
        return (x < 0 && !isZero(magnitude) ? "-" : "") + magnitude
    }

    /// `+1,234`, `-0.5`, `0` (no sign when the shown value is zero).
    public static func signed(_ x: Double, decimals: Int = 0) -> String {
        guard x.isFinite else { return notAvailable }
        let magnitude = unsignedText(abs(x), decimals: decimals)
        if isZero(magnitude) { return magnitude }
        return (x < 0 ? "-" : "+") + magnitude
    }

    /// A time span as a person reads it: `0.7 s`, `45 s`, `2 min 30 s`, `18.5 h`, `2.3 days`
    /// (negative spans get a `-`; zero is `0 s`).
    public static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite else { return notAvailable }
        let text = durationMagnitude(abs(seconds))
        return (seconds < 0 && !isZero(text) ? "-" : "") + text
    }

    /// A change in a time span: `+2 min 30 s`, `-18.4 h`, `0 s`.
    public static func signedDuration(_ seconds: Double) -> String {
        guard seconds.isFinite else { return notAvailable }
        let text = durationMagnitude(abs(seconds))
        if isZero(text) { return text }
        return (seconds < 0 ? "-" : "+") + text
    }

    /// A time span and the half-width of its interval in one unit, chosen by the span: `1.9 min ± 0.5`,
    /// `13.9 h ± 11.8`, `45 s ± 3` (the half-width without the unit, as `83.2% ± 1.1`).
    public static func duration(_ seconds: Double, plusMinus half: Double) -> String {
        guard seconds.isFinite, half.isFinite else { return notAvailable }
        let unit = durationUnit(seconds)
        return inUnit(seconds, unit, signed: false) + " ± " + inUnit(abs(half), unit, signed: false, symbol: false)
    }

    /// A change in a time span with the half-width of its interval, in the unit of the change:
    /// `-1.9 min ± 0.5`, `+13.1 h ± 11.3`.
    public static func signedDuration(_ seconds: Double, plusMinus half: Double) -> String {
        guard seconds.isFinite, half.isFinite else { return notAvailable }
        let unit = durationUnit(seconds)
        return inUnit(seconds, unit, signed: true) + " ± " + inUnit(abs(half), unit, signed: false, symbol: false)
    }

    /// A change and its interval's ends in the unit of the change: `-1.9 min (-2.4 to -1.4)`.
    public static func signedDuration(_ seconds: Double, from low: Double, to high: Double) -> String {
        guard seconds.isFinite, low.isFinite, high.isFinite else { return notAvailable }
        let unit = durationUnit(seconds)
        return inUnit(seconds, unit, signed: true) + " (" + inUnit(low, unit, signed: true, symbol: false) + " to "
            + inUnit(high, unit, signed: true, symbol: false) + ")"
    }

    // MARK: - Helpers

    /// The unit a span this long reads best in: seconds below a minute, minutes below an hour,
    /// hours below two days, then days.
    static func durationUnit(_ seconds: Double) -> (symbol: String, size: Double) {
        let a = abs(seconds)
        if a < 59.5 { return ("s", 1) }
        if a < 3599.5 { return ("min", 60) }
        if a < 47.95 * 3600 { return ("h", 3600) }
        return ("days", 86400)
    }

    /// `seconds` in `unit`: one decimal, except whole seconds from 10 s up.
    static func inUnit(_ seconds: Double, _ unit: (symbol: String, size: Double), signed: Bool, symbol: Bool = true) -> String {
        let value = seconds / unit.size
        let decimals = unit.size == 1 && abs(value) >= 9.95 ? 0 : 1
        let number = signed ? self.signed(value, decimals: decimals) : grouped(value, decimals: decimals)
        return symbol ? number + " " + unit.symbol : number
    }

    static func durationMagnitude(_ s: Double) -> String {
        if s == 0 { return "0 s" }
        guard s.isFinite else { return s.isNaN ? "n/a" : "unbounded" }
        if s < 9.95 { return String(format: "%.1f s", s) }
        if s < 3599.5 {
            let whole = Int(s.rounded())
            if whole < 60 { return "\(whole) s" }
            let (minutes, rest) = whole.quotientAndRemainder(dividingBy: 60)
            return rest == 0 ? "\(minutes) min" : "\(minutes) min \(rest) s"
        }
        if s < 47.95 * 3600 { return grouped(s / 3600, decimals: 1) + " h" }
        return grouped(s / 86400, decimals: 1) + " days"
    }

    /// `abs(x)` with `decimals` digits, the integer part grouped.
    static func unsignedText(_ x: Double, decimals: Int) -> String {
        let plain = String(format: "%.\(max(0, decimals))f", x)
        let parts = plain.split(separator: ".", maxSplits: 1)
        let integer = groupDigits(String(parts[0]))
        return parts.count == 2 ? integer + "." + parts[1] : integer
    }

    static func groupDigits(_ digits: String) -> String {
        var out = ""
        for (k, ch) in digits.enumerated() {
            if k > 0 && (digits.count - k) % 3 == 0 { out += "," }
            out.append(ch)
        }
        return out
    }

    /// Whether a formatted number shows as zero (`0`, `0.0`, `0 s`, `0.0 h`).
    static func isZero(_ text: String) -> Bool {
        !text.contains { $0.isNumber && $0 != "0" }
    }
}
