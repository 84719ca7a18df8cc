import ContactCenter

/// How each simulation measure is shown to people: its title, and whether it is a share
/// (shown as a percentage), a time (shown as a duration), a count, hours or money (with the
/// model's currency). Numbers follow ``NumberText``: grouped by thousands, no sign on zero.
public enum MeasureFormat {
    /// What a measure counts, which decides how it is written (simulation measures carry theirs:
    /// ``Measure/unit``; the string forms below serve other keys, e.g. the staffing plan's).
    public typealias Kind = MeasureUnit

    /// The kind of a measure by its JSON key (`service_level` is a share, `*_seconds` a time, `cost` money).
    public static func kind(_ measure: String) -> Kind {
        switch measure {
        case "service_level", "abandon_rate", "p_wait", "share_of_contacts", "occupancy", "share_of_staff": return .share
        case let m where m.hasSuffix("_seconds"): return .seconds
        case "agent_hours": return .hours
        case "cost": return .money
        case "mean_queue_length": return .number
        default: return .count
        }
    }

    /// The title people read for a measure's JSON key (`asa_seconds`: `ASA`); unknown keys are returned as they are.
    public static func title(_ measure: String) -> String {
        [
            "offered": "Offered", "answered": "Answered", "handled": "Handled", "abandoned": "Abandoned",
            "service_level": "Service level", "asa_seconds": "ASA", "abandon_rate": "Abandon rate",
            "p_wait": "Waited", "wait_p50_seconds": "Wait p50", "wait_p90_seconds": "Wait p90",
            "wait_p99_seconds": "Wait p99", "mean_queue_length": "Queue length", "backlog_end": "Backlog at end",
            "oldest_waiting_end_seconds": "Oldest waiting at end", "in_service_end": "In service at end",
            "share_of_contacts": "Share of contacts", "occupancy": "Occupancy", "agent_hours": "Agent-hours",
            "cost": "Cost", "share_of_staff": "Share of staff",
        ][measure] ?? measure
    }

    /// A value for a table: `83.2%`, `2 min 30 s`, `1,234`, `4,623.3`, `173,086 EUR`.
    public static func value(_ x: Double, _ measure: String, currency: String? = nil) -> String {
        value(x, kind: kind(measure), currency: currency)
    }

    static func value(_ x: Double, kind: Kind, currency: String?) -> String {
        switch kind {
        case .share: return NumberText.grouped(100 * x, decimals: 1) + "%"
        case .seconds: return NumberText.duration(x)
        case .count: return NumberText.grouped(x, decimals: 0)
        case .money: return Currency.amount(NumberText.grouped(x, decimals: moneyDecimals(x)), currency)
        case .hours: return NumberText.grouped(x, decimals: 1)
        case .number: return NumberText.grouped(x, decimals: 2)
        }
    }

    /// A difference for a table: `+12.3 pts`, `-18.4 h`, `+120`, `0.0 pts` (no sign on zero).
    public static func delta(_ x: Double, _ measure: String, currency: String? = nil) -> String {
        delta(x, kind: kind(measure), currency: currency)
    }

    static func delta(_ x: Double, kind: Kind, currency: String?) -> String {
        switch kind {
        case .share: return NumberText.signed(100 * x, decimals: 1) + " pts"
        case .seconds: return NumberText.signedDuration(x)
        case .count: return NumberText.signed(x)
        case .money: return Currency.amount(NumberText.signed(x, decimals: moneyDecimals(x)), currency)
        case .hours: return NumberText.signed(x, decimals: 1)
        case .number: return NumberText.signed(x, decimals: 2)
        }
    }

    /// Cents for amounts under 100 (a cost per contact of 4.44 EUR), whole units above.
    static func moneyDecimals(_ x: Double) -> Int { abs(x) < 100 ? 2 : 0 }

    /// The half-width of an interval in the measure's unit (`pts` omitted for shares; no currency).
    public static func halfWidth(_ h: Double, _ measure: String) -> String { halfWidth(h, kind: kind(measure)) }

    static func halfWidth(_ h: Double, kind: Kind) -> String {
        switch kind {
        case .share: return NumberText.grouped(100 * h, decimals: 1)
        case .money: return NumberText.grouped(h, decimals: 0)
        default: return value(h, kind: kind, currency: nil)
        }
    }

    /// `83.2% ± 1.1`, `1.9 min ± 0.5`, `173,086 EUR ± 18` (the half-width in the value's unit).
    public static func estimate(_ e: Estimate?, _ measure: String, currency: String? = nil) -> String {
        estimate(e, kind: kind(measure), currency: currency)
    }

    static func estimate(_ e: Estimate?, kind: Kind, currency: String?) -> String {
        guard let e else { return "-" }
        guard let half = e.ci95 else { return value(e.mean, kind: kind, currency: currency) }
        if kind == .seconds { return NumberText.duration(e.mean, plusMinus: half) }
        if kind == .money { return value(e.mean, kind: kind, currency: currency) + " ± " + NumberText.grouped(half, decimals: moneyDecimals(e.mean)) }
        return value(e.mean, kind: kind, currency: currency) + " ± " + halfWidth(half, kind: kind)
    }

    /// A paired difference with its interval for a table: `+77.8 pts ± 1.6`, or `no change` when
    /// both runs gave the same value in every replication.
    public static func change(_ d: Estimate?, _ measure: String, currency: String? = nil) -> String {
        change(d, kind: kind(measure), currency: currency)
    }

    static func change(_ d: Estimate?, kind: Kind, currency: String?) -> String {
        guard let d else { return "-" }
        if ChangeVerdict(d) == .noChange { return ChangeVerdict.noChangeText }
        if kind == .seconds, let half = d.ci95 { return NumberText.signedDuration(d.mean, plusMinus: half) }
        if kind == .money, let half = d.ci95 {
            return delta(d.mean, kind: kind, currency: currency) + " ± " + NumberText.grouped(half, decimals: moneyDecimals(d.mean))
        }
        return delta(d.mean, kind: kind, currency: currency) + (d.ci95.map { " ± " + halfWidth($0, kind: kind) } ?? "")
    }

    /// The unit of a measure for CSV: `share`, `seconds`, `count`, `hours`, `number`, or for money
    /// the currency (`money` without one).
    public static func unit(_ measure: String, currency: String?) -> String { unit(kind: kind(measure), currency: currency) }

    static func unit(kind: Kind, currency: String?) -> String {
        switch kind {
        case .share: return "share"
        case .seconds: return "seconds"
        case .count: return "count"
        case .hours: return "hours"
        case .money: return currency ?? "money"
        case .number: return "number"
        }
    }

    /// `{"mean": x, "ci95": h}` (`null` where undefined).
    static func json(_ e: Estimate?) -> JSONValue {
        .object([("mean", e.map { .number($0.mean) } ?? .null), ("ci95", e?.ci95.map { .number($0) } ?? .null)])
    }

    // MARK: simulation measures (typed)

    public static func title(_ m: some Measure) -> String { m.title }
    public static func value(_ x: Double, _ m: some Measure, currency: String? = nil) -> String { value(x, kind: m.unit, currency: currency) }
    public static func delta(_ x: Double, _ m: some Measure, currency: String? = nil) -> String { delta(x, kind: m.unit, currency: currency) }
    public static func estimate(_ e: Estimate?, _ m: some Measure, currency: String? = nil) -> String {
        estimate(e, kind: m.unit, currency: currency)
    }
    public static func change(_ d: Estimate?, _ m: some Measure, currency: String? = nil) -> String { change(d, kind: m.unit, currency: currency) }
    public static func unit(_ m: some Measure, currency: String?) -> String { unit(kind: m.unit, currency: currency) }
}
