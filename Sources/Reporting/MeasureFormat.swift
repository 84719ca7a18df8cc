import ContactCenter

/// How each simulation measure is shown to people: its title, and whether it is a share
/// (shown as a percentage), a time, a count or money.
public enum MeasureFormat {
    public enum Kind { case share, seconds, count, hours, money, number }

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

    public static func title(_ measure: String) -> String {
        [
            "offered": "Offered", "answered": "Answered", "handled": "Handled", "abandoned": "Abandoned",
            "service_level": "Service level", "asa_seconds": "ASA (s)", "abandon_rate": "Abandon rate",
            "p_wait": "Waited", "wait_p50_seconds": "Wait p50 (s)", "wait_p90_seconds": "Wait p90 (s)",
            "wait_p99_seconds": "Wait p99 (s)", "mean_queue_length": "Queue length", "backlog_end": "Backlog at end",
            "oldest_waiting_end_seconds": "Oldest waiting at end (s)", "in_service_end": "In service at end",
            "share_of_contacts": "Share of contacts", "occupancy": "Occupancy", "agent_hours": "Agent-hours",
            "cost": "Cost", "share_of_staff": "Share of staff",
        ][measure] ?? measure
    }

    /// A value for a table: `83.2%`, `12.4`, `1,234`.
    public static func value(_ x: Double, _ measure: String) -> String {
        switch kind(measure) {
        case .share: return String(format: "%.1f%%", 100 * x)
        case .seconds: return String(format: abs(x) >= 100 ? "%.0f" : "%.1f", x)
        case .count, .money: return Cell.grouped(Int(x.rounded()))
        case .hours: return String(format: "%.1f", x)
        case .number: return String(format: "%.2f", x)
        }
    }

    /// A difference for a table: `+12.3 pts`, `-4.1`, `+120`.
    public static func delta(_ x: Double, _ measure: String) -> String {
        let sign = x > 0 ? "+" : (x < 0 ? "-" : "±")
        let magnitude = abs(x)
        switch kind(measure) {
        case .share: return sign + String(format: "%.1f pts", 100 * magnitude)
        default: return sign + value(magnitude, measure)
        }
    }

    /// `83.2% ± 1.1` (the half-width in the measure's unit; `pts` omitted for shares).
    public static func estimate(_ e: Estimate?, _ measure: String) -> String {
        guard let e else { return "-" }
        guard let half = e.ci95 else { return value(e.mean, measure) }
        let halfText: String
        switch kind(measure) {
        case .share: halfText = String(format: "%.1f", 100 * half)
        default: halfText = value(half, measure)
        }
        return value(e.mean, measure) + " ± " + halfText
    }

    /// `{"mean": x, "ci95": h}` (`null` where undefined).
    static func json(_ e: Estimate?) -> JSONValue {
        .object([("mean", e.map { .number($0.mean) } ?? .null), ("ci95", e?.ci95.map { .number($0) } ?? .null)])
    }
}
