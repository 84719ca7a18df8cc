import ContactCenter
import Foundation

/// The two output formats of a sweep: CSV (one row per point after a `#` header line and the
/// column names) or JSON Lines (one object per point after a header object).
public enum SweepOutputFormat: String, Sendable, CaseIterable {
    case csv, jsonl
}

/// Which slice of the points a run computes: shard I of N takes the points whose id leaves
/// remainder I-1 when divided by N (ids I, I+N, I+2N, ...), so the slices are disjoint, cover
/// every point, and mix cheap and expensive corners of a grid.
public struct SweepShard: Sendable, Equatable, CustomStringConvertible {
    /// From 1 to `count`.
    public var index: Int
    public var count: Int

    public init(index: Int, count: Int) throws {
        guard count >= 1 else { throw SweepError("--shard: the number of shards must be at least 1, e.g. 1/4") }
        guard (1...count).contains(index) else {
            throw SweepError("--shard: shard \(index) of \(count) does not exist; shards are numbered 1 to \(count), e.g. 1/\(count)")
        }
        self.index = index
        self.count = count
    }

    /// Reads `I/N`.
    public init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0].trimmingCharacters(in: .whitespaces)),
              let n = Int(parts[1].trimmingCharacters(in: .whitespaces)) else {
            throw SweepError("--shard: '\(text)' is not I/N (the I-th of N slices, e.g. 1/4)")
        }
        try self.init(index: i, count: n)
    }

    public func contains(point id: Int) -> Bool { (id - 1) % count == index - 1 }

    public var description: String { "\(index)/\(count)" }
}

/// What an output's first line records, so a rerun or a merge can tell which sweep wrote it.
public struct SweepHeader: Sendable, Equatable {
    /// ``Sweep/fingerprint``.
    public var fingerprint: String
    /// Points in the whole sweep (not only the shard).
    public var points: Int
    public var replications: Int
    public var seed: UInt64
    public var commonRandomNumbers: Bool
    /// Nil for a whole sweep (and a merge).
    public var shard: SweepShard?

    public init(fingerprint: String, points: Int, replications: Int, seed: UInt64, commonRandomNumbers: Bool, shard: SweepShard?) {
        self.fingerprint = fingerprint
        self.points = points
        self.replications = replications
        self.seed = seed
        self.commonRandomNumbers = commonRandomNumbers
        self.shard = shard
    }

    /// The header line (without its newline).
    func line(_ format: SweepOutputFormat) -> String {
        let shardText = shard.map { "\($0)" } ?? "all"
        switch format {
        case .csv:
            return "# ccsim sweep v1 hash=\(fingerprint) points=\(points) replications=\(replications) seed=\(seed) "
                + "common_random_numbers=\(commonRandomNumbers) shard=\(shardText)"
        case .jsonl:
            return "{\"ccsim_sweep\":{\"version\":1,\"hash\":\"\(fingerprint)\",\"points\":\(points),\"replications\":\(replications),"
                + "\"seed\":\(seed),\"common_random_numbers\":\(commonRandomNumbers),\"shard\":\"\(shardText)\"}}"
        }
    }

    /// Reads a header line of either format; nil when it is not a sweep header at all.
    static func parse(_ line: Substring) -> (header: SweepHeader, format: SweepOutputFormat)? {
        if case let .success(found)? = read(line) { return found }
        return nil
    }

    /// Reads a header line of either format: nil when the line is not a sweep header at all, a
    /// failure naming the field when it is one with a field missing or out of range (an edited header).
    static func read(_ line: Substring) -> Result<(header: SweepHeader, format: SweepOutputFormat), RowProblem>? {
        var fields: [String: String] = [:]
        let format: SweepOutputFormat
        if line.hasPrefix("# ccsim sweep v1 ") {
            format = .csv
            for token in line.dropFirst("# ccsim sweep v1 ".count).split(separator: " ") {
                let kv = token.split(separator: "=", maxSplits: 1)
                if kv.count == 2 { fields[String(kv[0])] = String(kv[1]) }
            }
        } else if line.hasPrefix("{\"ccsim_sweep\"") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let meta = object["ccsim_sweep"] as? [String: Any] else {
                return .failure(RowProblem("the header is not a JSON object {\"ccsim_sweep\": {...}}"))
            }
            format = .jsonl
            for (key, value) in meta {
                if let b = value as? Bool, key == "common_random_numbers" { fields[key] = b ? "true" : "false" } else { fields[key] = "\(value)" }
            }
        } else {
            return nil
        }
        func bad(_ key: String, _ expected: String) -> Result<(header: SweepHeader, format: SweepOutputFormat), RowProblem> {
            .failure(RowProblem("the header's '\(key)' is \(fields[key].map { "'\($0)'" } ?? "missing"), not \(expected)", field: key))
        }
        guard let hash = fields["hash"], hash.count == 16, hash.allSatisfy(\.isHexDigit) else { return bad("hash", "16 hexadecimal digits") }
        guard let points = fields["points"].flatMap({ Int($0) }), (1...Sweep.maximumPoints).contains(points) else {
            return bad("points", "a number of points from 1 to \(Sweep.maximumPoints)")
        }
        guard let replications = fields["replications"].flatMap({ Int($0) }), replications >= 1 else {
            return bad("replications", "a whole number of at least 1")
        }
        guard let seed = fields["seed"].flatMap({ UInt64($0) }) else { return bad("seed", "a whole number from 0 to \(UInt64.max)") }
        guard let crn = fields["common_random_numbers"], crn == "true" || crn == "false" else {
            return bad("common_random_numbers", "true or false")
        }
        guard let shardText = fields["shard"] else { return bad("shard", "all or I/N") }
        var shard: SweepShard?
        if shardText != "all" {
            guard let s = try? SweepShard(parsing: shardText) else { return bad("shard", "all or I/N with 1 <= I <= N") }
            shard = s
        }
        return .success((SweepHeader(fingerprint: hash, points: points, replications: replications, seed: seed,
                                     commonRandomNumbers: crn == "true", shard: shard), format))
    }
}

/// The layout of a sweep's rows: `point`, the parameters, then `<measure>.mean` and `<measure>.ci95`
/// for each measure. Undefined estimates are empty cells (CSV) or null (JSON Lines).
public struct SweepTable: Sendable, Equatable {
    public var format: SweepOutputFormat
    public var columns: [String]

    public init(format: SweepOutputFormat, parameters: [String], measures: [String]) {
        self.format = format
        columns = ["point"] + parameters + measures.flatMap { [$0 + ".mean", $0 + ".ci95"] }
    }

    /// The lines before the rows: the header and, for CSV, the column names.
    func preamble(_ header: SweepHeader) -> String {
        switch format {
        case .csv: return header.line(.csv) + "\n" + CSVRecord.line(columns)
        case .jsonl: return header.line(.jsonl) + "\n"
        }
    }

    /// One point's row, newline included.
    public func row(_ point: SweepPoint, _ estimates: SweepEstimates) -> String {
        var cells: [(text: String, number: Bool)?] = [("\(point.id)", true)]
        cells += point.values.map { ($0.cell, $0.isNumber) }
        for estimate in estimates.estimates {
            cells.append(estimate.flatMap { $0.mean.isFinite ? (SweepNumber.text($0.mean), true) : nil })
            cells.append(estimate?.ci95.flatMap { $0.isFinite ? (SweepNumber.text($0), true) : nil })
        }
        switch format {
        case .csv:
            return CSVRecord.line(cells.map { $0?.text ?? "" })
        case .jsonl:
            let fields = zip(columns, cells).map { name, cell in
                Self.jsonString(name) + ":" + (cell.map { $0.number ? $0.text : Self.jsonString($0.text) } ?? "null")
            }
            return "{" + fields.joined(separator: ",") + "}\n"
        }
    }

    /// The point id of a complete row, or nil when the line is not a row of this table.
    func pointID(_ line: Substring) -> Int? {
        switch format {
        case .csv:
            guard let cells = CSVRecord.fields(of: line), cells.count == columns.count else { return nil }
            return Int(cells[0])
        case .jsonl:
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  columns.isEmpty || object.count == columns.count else { return nil }
            return (object["point"] as? NSNumber)?.intValue
        }
    }

    static func jsonString(_ text: String) -> String { JSONValue.string(text).serialized(pretty: false) }
}
