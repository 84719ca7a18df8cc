import ContactCenter
import Foundation
import Queueing

/// How numbers are written in the executive summary's sentences and tables: shares with their
/// interval (`21% (17–25%)`), counts (`10,070 (9,470–10,670)`), durations (`12 s`, `4 min 12 s`,
/// `1.3 h`), money with the model's currency (`6,307 EUR`), and `n/a` for anything undefined, so
/// no `NaN` or `inf` can appear. Grouping and signs follow ``NumberText``.
public enum SummaryFormat {
    public static let notAvailable = "n/a"

    /// Decimals for a share: one when the interval is narrower than a point or the value is near 0 or 100%.
    static func shareDecimals(_ e: Estimate) -> Int {
        let half = e.ci95 ?? 0
        return (half < 0.005 || e.mean > 0.99 || e.mean < 0.01) ? 1 : 0
    }

    /// `83%` or `99.5%`.
    public static func share(_ x: Double?, decimals: Int = 0) -> String {
        guard let x, x.isFinite else { return notAvailable }
        return NumberText.grouped(100 * x, decimals: decimals) + "%"
    }

    /// `21% (17–25%)`: the mean and its 95% interval, clamped to 0–100%.
    public static func share(_ e: Estimate?) -> String { share(e, minimumDecimals: 0) }

    /// `98.9% (98.0–99.8%)`: as `share(_:)`, with at least `minimumDecimals` decimals.
    public static func share(_ e: Estimate?, minimumDecimals: Int) -> String {
        guard let e, e.mean.isFinite else { return notAvailable }
        let d = max(shareDecimals(e), minimumDecimals)
        guard let half = e.ci95, half.isFinite, half > 0 else { return share(e.mean, decimals: d) }
        let lo = max(0, e.mean - half), hi = min(1, e.mean + half)
        return share(e.mean, decimals: d) + " (" + share(lo, decimals: d).dropLast() + "–" + share(hi, decimals: d) + ")"
    }

    /// `77%, 61–94%`: the mean and its interval without brackets, for use inside brackets.
    public static func shareAndRange(_ e: Estimate?) -> String {
        let text = share(e)
        guard let open = text.firstIndex(of: "(") else { return text }
        return text[..<open].trimmingCharacters(in: .whitespaces) + ", " + text[text.index(after: open)...].dropLast()
    }

    /// `from 98.9% (98.0–99.8%) to 98.8% (97.9–99.7%)`: two shares with the decimals `share(_:)`
    /// would use, or more (up to 3) when the two means would otherwise read the same, so a
    /// significant change never reads "from 99% to 99%".
    public static func shareChange(from: Estimate?, to: Estimate?) -> String {
        var decimals = 0
        while decimals < 3, let f = from, let t = to, f.mean.isFinite, t.mean.isFinite,
              share(f.mean, decimals: max(shareDecimals(f), decimals)) == share(t.mean, decimals: max(shareDecimals(t), decimals)) {
            decimals += 1
        }
        return "from \(share(from, minimumDecimals: decimals)) to \(share(to, minimumDecimals: decimals))"
    }

    /// The mean of a share with the decimals `share(_: Estimate?)` would use: `20%`, `99.5%`.
    public static func shareMean(_ e: Estimate?) -> String {
        guard let e else { return notAvailable }
        return share(e.mean, decimals: shareDecimals(e))
    }

    /// `+79.5 pts (73.9 to 85.1)`.
    public static func points(_ e: Estimate?) -> String {
        guard let e, e.mean.isFinite else { return notAvailable }
        let main = signed(100 * e.mean, decimals: 1) + " pts"
        guard let half = e.ci95, half.isFinite else { return main }
        return main + " (" + signed(100 * (e.mean - half), decimals: 1) + " to " + signed(100 * (e.mean + half), decimals: 1) + ")"
    }

    /// `1,234` (rounded).
    public static func count(_ x: Double?) -> String {
        guard let x, x.isFinite else { return notAvailable }
        return NumberText.grouped(x, decimals: 0)
    }

    /// `1,234 (1,100–1,370)`.
    public static func count(_ e: Estimate?) -> String {
        guard let e, e.mean.isFinite else { return notAvailable }
        guard let half = e.ci95, half.isFinite, half > 0 else { return count(e.mean) }
        return count(e.mean) + " (" + count(max(0, e.mean - half)) + "–" + count(e.mean + half) + ")"
    }

    /// `+1,234` / `-1,234` / `0` (no sign on a value that shows as zero).
    public static func signed(_ x: Double, decimals: Int = 0) -> String {
        NumberText.signed(x, decimals: decimals)
    }

    /// `+1,234 (1,100 to 1,370)` for a difference with its interval.
    public static func signedCount(_ e: Estimate?) -> String {
        guard let e, e.mean.isFinite else { return notAvailable }
        guard let half = e.ci95, half.isFinite else { return signed(e.mean) }
        return signed(e.mean) + " (" + signed(e.mean - half) + " to " + signed(e.mean + half) + ")"
    }

    /// A wait or response time: `0.6 s`, `45 s`, `4 min 12 s`, `3.1 h`, `1.8 days`.
    public static func duration(_ seconds: Double?) -> String {
        guard let s = seconds, s.isFinite, s >= 0 else { return notAvailable }
        return NumberText.duration(s)
    }

    /// A change in a wait with its interval, in the change's unit: `-1.9 min (-2.4 to -1.4)`.
    public static func signedDuration(_ e: Estimate?) -> String {
        guard let e, e.mean.isFinite else { return notAvailable }
        guard let half = e.ci95, half.isFinite else { return NumberText.signedDuration(e.mean) }
        return NumberText.signedDuration(e.mean, from: e.mean - half, to: e.mean + half)
    }

    /// `80% in 20s`, `90% in 24h`: the one wording of a target (``Describe/serviceLevel(_:)``).
    public static func target(_ t: ServiceLevelTarget) -> String {
        Describe.serviceLevel(t)
    }

    /// A target time: `20s`, `1m`, `24h` (``Describe/targetTime(_:)``).
    public static func threshold(_ s: Double) -> String {
        guard s.isFinite else { return notAvailable }
        return Describe.targetTime(s)
    }

    /// Money in the model's currency (none: the plain number): `6,316 EUR`, or `15.74 EUR` below 100.
    public static func money(_ x: Double?, _ currency: String?) -> String {
        guard let x, x.isFinite else { return notAvailable }
        return Currency.amount(NumberText.grouped(x, decimals: abs(x) < 100 ? 2 : 0), currency)
    }

    /// Money with its interval: `4.13 EUR (4.10–4.16)`. The amounts reported (costs, revenue at
    /// risk) cannot be negative, so a wide interval stops at 0, as counts do.
    public static func money(_ e: Estimate?, _ currency: String?) -> String {
        guard let e, e.mean.isFinite else { return notAvailable }
        let main = money(e.mean, currency)
        guard let half = e.ci95, half.isFinite, half > 0 else { return main }
        let decimals = abs(e.mean) < 100 ? 2 : 0
        let low = e.mean >= 0 ? max(0, e.mean - half) : e.mean - half
        return main + " (" + NumberText.grouped(low, decimals: decimals) + "–"
            + NumberText.grouped(e.mean + half, decimals: decimals) + ")"
    }

    /// A plain number with its interval: `1.15 (1.14–1.16)`.
    public static func number(_ e: Estimate?, decimals: Int) -> String {
        guard let e, e.mean.isFinite else { return notAvailable }
        let main = NumberText.grouped(e.mean, decimals: decimals)
        guard let half = e.ci95, half.isFinite, half > 0 else { return main }
        return main + " (" + NumberText.grouped(e.mean - half, decimals: decimals) + "–"
            + NumberText.grouped(e.mean + half, decimals: decimals) + ")"
    }

    /// A change in a plain number with its interval: `+0.05 (+0.01 to +0.09)`.
    public static func signedNumber(_ e: Estimate?, decimals: Int) -> String {
        guard let e, e.mean.isFinite else { return notAvailable }
        let main = signed(e.mean, decimals: decimals)
        guard let half = e.ci95, half.isFinite else { return main }
        return main + " (" + signed(e.mean - half, decimals: decimals) + " to " + signed(e.mean + half, decimals: decimals) + ")"
    }

    /// A time span with its interval in one unit: `1.4 h ± 0.1`.
    public static func duration(_ e: Estimate?) -> String {
        guard let e, e.mean.isFinite, e.mean >= 0 else { return notAvailable }
        guard let half = e.ci95, half.isFinite, half > 0 else { return duration(e.mean) }
        return NumberText.duration(e.mean, plusMinus: half)
    }

    /// A change in money with its interval: `+6,307 EUR (+6,290 to +6,324)`.
    public static func signedMoney(_ e: Estimate?, _ currency: String?) -> String {
        guard let e, e.mean.isFinite else { return notAvailable }
        let main = signedMoney(e.mean, currency)
        guard let half = e.ci95, half.isFinite else { return main }
        return main + " (" + signed(e.mean - half) + " to " + signed(e.mean + half) + ")"
    }

    /// A change in money, in whole units (cents below one): `+6,307 EUR`, `-31 EUR`, `+0.42 EUR`.
    public static func signedMoney(_ x: Double, _ currency: String?) -> String {
        Currency.amount(NumberText.signed(x, decimals: abs(x) < 0.995 ? 2 : 0), currency)
    }

    /// A change as a percentage of `base`: `+3.6%`, `-0.03%` (two decimals when one would show zero).
    public static func percentOf(_ x: Double, _ base: Double) -> String {
        let p = 100 * x / base
        return signed(p, decimals: abs(p) < 0.05 ? 2 : 1) + "%"
    }

    /// `the 5 days`, `the 36 hours`: the measured horizon in words.
    /// The model's interval in words, for sentences and chart titles: `half-hour`, `hour`,
    /// `quarter-hour`, else `10-minute interval`.
    public static func intervalName(_ model: ContactCenterModel) -> String {
        switch model.intervalLength {
        case 1800: return "half-hour"
        case 3600: return "hour"
        case 900: return "quarter-hour"
        case let s where s.truncatingRemainder(dividingBy: 3600) == 0: return "\(Int(s / 3600))-hour interval"
        case let s where s.truncatingRemainder(dividingBy: 60) == 0: return "\(Int(s / 60))-minute interval"
        case let s: return "\(ValueFormat.trim(s))-second interval"
        }
    }

    public static func horizon(_ run: ExecutiveSummary.Run) -> String {
        let seconds = run.measuredSeconds
        let days = seconds / 86400
        if days >= 1 && abs(days - days.rounded()) < 1e-9 { return days == 1 ? "the day" : "the \(Int(days)) days" }
        return "the \(ValueFormat.trim(seconds / 3600)) hours"
    }
}
