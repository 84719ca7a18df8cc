import ContactCenter
import Queueing

/// The report of `ccsim simulate queue`: each measure's mean and 95% half-width over
/// replications, beside the exact Erlang value when there is one.
public struct QueueSimulationReport {
    public let estimates: [(key: String, title: String, estimate: Estimate?, exact: Double?, isShare: Bool)]
    public let customers: Int
    public let replications: Int
    public let model: String
    public let seconds: Double

    /// The estimates over `results` (one per replication) beside the exact Erlang metrics, if any.
    public init(results: [ReplicationMeasures], customers: Int, exact: QueueMetrics?, model: String, seconds: Double) {
        func values(_ f: (ChannelMeasures) -> Double?) -> Estimate? { Estimate(results.map { f($0.channels[0]) }) }
        estimates = [
            ("p_wait", "Probability of waiting", values(\.waitProbability), exact?.pWait, true),
            ("p_abandon", "Probability of abandoning", values(\.abandonRate), exact?.pAbandon, true),
            ("service_level", "Service level (all arrivals)", values(\.serviceLevel), exact?.serviceLevel, true),
            ("asa_seconds", "Average speed of answer (s)", values(\.asa), exact?.asa, false),
        ]
        self.customers = customers
        replications = results.count
        self.model = model
        self.seconds = seconds
    }

    /// Each measure: simulated mean, 95% half-width and exact value.
    public func table() -> DataTable {
        var t = DataTable(columns: [Column("measure", "Measure"), Column("mean", "Simulated"), Column("ci95", "± 95% CI"),
                                    Column("exact", "Exact (\(model == "erlang_a" ? "Erlang A" : "Erlang C"))")])
        for e in estimates {
            let cell: (Double?) -> Cell = { v in v.map { e.isShare ? .share($0, decimals: 3) : .number($0, decimals: 3) } ?? .missing }
            t.rows.append([.text(e.key), cell(e.estimate?.mean), cell(e.estimate?.ci95), cell(e.exact)])
        }
        return t
    }

    /// The table and the run size, for a terminal.
    public func text() -> String {
        table().text() + "\(Cell.grouped(customers)) customers x \(NumberText.counted(replications, "replication"))\n"
    }

    /// `{"<measure>": {"mean", "ci95", "exact"}, "customers", "replications", "model"}`.
    public func json() -> JSONValue {
        var fields: [(String, JSONValue)] = estimates.map { e in
            (e.key, .object([("mean", e.estimate.map { .number($0.mean) } ?? .null),
                             ("ci95", e.estimate?.ci95.map { .number($0) } ?? .null),
                             ("exact", e.exact.map { .number($0) } ?? .null)]))
        }
        fields += [("customers", .int(customers)), ("replications", .int(replications)), ("model", .string(model))]
        return .object(fields)
    }
}
