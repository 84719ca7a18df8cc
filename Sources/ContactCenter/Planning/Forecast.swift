import CSV
import Foundation

/// One line of a forecast: expected contacts of a channel in one interval.
public struct ForecastRow: Sendable, Equatable {
    /// The interval start as written in the file (e.g. `2026-11-23 08:00` or `08:00`).
    public var intervalStart: String
    /// The interval start in seconds (since 1970-01-01 for dated starts, since midnight otherwise).
    public var startSeconds: Double
    public var channel: String
    /// Contacts expected in the interval (>= 0).
    public var volume: Double
    /// Mean handle time, seconds (> 0); nil when the file gives none (no `aht` column, or an empty
    /// cell): a staffing plan then takes it from its settings (`--aht`).
    public var aht: Double?
    /// Mean patience, seconds, when the file has a `patience` column (selects Erlang A for the row).
    public var patience: Double?
    /// Line in the file, for messages.
    public var line: Int
}

/// A contact forecast read from CSV: `interval_start,channel,volume[,aht][,patience]`.
///
/// `aht` and `patience` are durations with a unit (`300s`, `5m`); a column named
/// `aht_seconds` or `patience_seconds` holds plain numbers of seconds instead, as WFM exports do.
/// Both are optional (a model file gives handle times per channel; `ccsim staff` takes `--aht`).
/// Every problem in the file is collected and reported with its line and column name.
public struct Forecast: Sendable {
    public var path: String
    public var rows: [ForecastRow]
    /// The header's column names (lower case), for messages.
    public var header: [String]
    /// 1-based column of the interval starts.
    public var startColumn: Int
    /// 1-based column of the handle times, when the file has one.
    public var ahtColumn: Int?

    /// Channels in order of first appearance.
    public var channels: [String] {
        var seen = Set<String>()
        return rows.compactMap { seen.insert($0.channel).inserted ? $0.channel : nil }
    }

    public init(path: String, rows: [ForecastRow], header: [String] = ["interval_start", "channel", "volume", "aht"],
                startColumn: Int = 1, ahtColumn: Int? = 4) {
        self.path = path
        self.rows = rows
        self.header = header
        self.startColumn = startColumn
        self.ahtColumn = ahtColumn
    }

    /// Reads and validates the forecast at `path`.
    public static func load(path: String) throws -> Forecast {
        OutputFile.noteInput(path)   // no output of this run may replace it
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "does not exist"
            throw FileErrors([FileIssue(file: path, message: "the forecast file \(reason)")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw FileErrors([FileIssue(file: path, message: "not a UTF-8 text file (is it a CSV?)")])
        }
        return try parse(text, path: path)
    }

    /// Parses forecast CSV text; `path` names it in messages.
    public static func parse(_ text: String, path: String) throws -> Forecast {
        if text.contains("\0") {
            throw FileErrors([FileIssue(file: path, message: "binary data, not a CSV forecast")])
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw FileErrors([FileIssue(file: path, message: "the forecast is empty; expected a header "
                                        + "interval_start,channel,volume[,aht] and one row per interval and channel")])
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true, trimFields: true)
        } catch {
            throw FileErrors([FileIssue(file: path, line: 1, message: "not valid CSV: \(error)")])
        }
        let header = (reader.headerRow ?? []).map { $0.lowercased() }
        var issues: [FileIssue] = []
        func column(_ names: [String]) -> Int? { names.lazy.compactMap { header.firstIndex(of: $0) }.first }
        let startCol = column(["interval_start", "interval", "start"])
        let channelCol = column(["channel"])
        let volumeCol = column(["volume", "contacts", "calls"])
        let ahtCol = column(["aht", "aht_seconds"])
        let patienceCol = column(["patience", "patience_seconds"])
        for (name, col) in [("interval_start", startCol), ("channel", channelCol), ("volume", volumeCol)] where col == nil {
            issues.append(FileIssue(file: path, line: 1, message: "missing column '\(name)'; the header must name "
                                    + "interval_start, channel and volume, optionally aht and patience "
                                    + "(found: \(header.joined(separator: ", ")))"))
        }
        guard issues.isEmpty, let startCol, let channelCol, let volumeCol else {
            if let mismatch = FileKind.mismatch(FileKind.guess(text: text), expected: [.forecast], file: path, line: 1) {
                throw FileErrors([mismatch])
            }
            throw FileErrors(issues)
        }
        let ahtInSeconds = ahtCol.map { header[$0] == "aht_seconds" } ?? false
        let patienceInSeconds = patienceCol.map { header[$0] == "patience_seconds" } ?? false

        var rows: [ForecastRow] = []
        var line = 1
        while let fields = reader.next() {
            line += 1
            if fields.allSatisfy({ $0.isEmpty }) { continue }
            guard fields.count == header.count else {
                issues.append(FileIssue(file: path, line: line,
                                        message: "expected \(header.count) fields like the header, found \(fields.count)"))
                continue
            }
            func problem(_ col: Int, _ message: String) {
                issues.append(FileIssue(file: path, line: line, column: col + 1,
                                        message: "column '\(header[col])': \(message)"))
            }
            var start = fields[startCol]
            // A time of day is seconds since midnight; 24:00 is the next midnight, the same start as
            // 00:00 (as in staffing tables), and is written back as such.
            let startSeconds = IntervalStart.seconds(start).map { IntervalStart.isDated(start) ? $0 : $0.truncatingRemainder(dividingBy: 86400) }
            if let startSeconds, IntervalStart.isMidnightAsTwentyFour(start) {
                start = IntervalStart.text(startSeconds, dated: IntervalStart.isDated(start))
            }
            if startSeconds == nil {
                problem(startCol, "'\(start)' is not an interval start\(IntervalStart.whyNotNote(start)); write HH:MM or YYYY-MM-DD HH:MM")
            }
            let channel = fields[channelCol]
            if channel.isEmpty { problem(channelCol, "the channel name is empty") }
            let volume = Quantity.decimal(fields[volumeCol])
            if volume == nil || !volume!.isFinite {
                problem(volumeCol, "'\(fields[volumeCol])' is not a number of contacts")
            } else if volume! < 0 {
                problem(volumeCol, "\(fields[volumeCol]) contacts is negative")
            } else if volume! > ContactCenterModel.Limits.contactsPerReplication {
                problem(volumeCol, "\(fields[volumeCol]) contacts in one interval is more than the "
                        + "\(ContactCenterModel.Limits.text(ContactCenterModel.Limits.contactsPerReplication)) supported")
            }
            var aht: Double?
            var ahtOK = true
            if let ahtCol, !fields[ahtCol].isEmpty {
                aht = duration(fields[ahtCol], plainSeconds: ahtInSeconds) { problem(ahtCol, $0) }
                if let a = aht, a <= 0 { problem(ahtCol, "the handle time must be longer than 0s") }
                ahtOK = aht.map { $0 > 0 } ?? false
            }
            var patience: Double?
            if let patienceCol, !fields[patienceCol].isEmpty {
                patience = duration(fields[patienceCol], plainSeconds: patienceInSeconds) { problem(patienceCol, $0) }
                if let p = patience, p <= 0 { problem(patienceCol, "the patience must be longer than 0s") }
            }
            let dated = IntervalStart.isDated(start)
            if startSeconds != nil, let other = rows.first(where: { IntervalStart.isDated($0.intervalStart) != dated }) {
                problem(startCol, "'\(start)' " + (dated ? "has a date but line \(other.line) has only a time of day"
                                                        : "has no date but line \(other.line) has one")
                        + "; write every start as HH:MM, or every start as YYYY-MM-DD HH:MM")
                continue
            }
            if let startSeconds, !channel.isEmpty, let volume, volume.isFinite, volume >= 0,
               volume <= ContactCenterModel.Limits.contactsPerReplication, ahtOK,
               patience.map({ $0 > 0 }) ?? true {
                rows.append(ForecastRow(intervalStart: start, startSeconds: startSeconds, channel: channel,
                                        volume: volume, aht: aht, patience: patience, line: line))
            }
        }
        if let error = reader.error {
            issues.append(FileIssue(file: path, line: line + 1, message: "not valid CSV: \(error)"))
        }
        if issues.isEmpty && rows.isEmpty {
            issues.append(FileIssue(file: path, line: 2, message: "the forecast has a header but no rows"))
        }
        var seen: [String: Int] = [:]
        for row in rows {
            let key = row.channel + "\u{1}" + String(row.startSeconds)
            if let first = seen[key] {
                issues.append(FileIssue(file: path, line: row.line,
                                        message: "channel '\(row.channel)' at \(row.intervalStart) is already on line \(first)"))
            } else {
                seen[key] = row.line
            }
        }
        guard issues.isEmpty else { throw FileErrors(issues) }
        return Forecast(path: path, rows: rows, header: header, startColumn: startCol + 1, ahtColumn: ahtCol.map { $0 + 1 })
    }

    private static func duration(_ text: String, plainSeconds: Bool, _ report: (String) -> Void) -> Double? {
        let seconds: Double
        if plainSeconds {
            guard let v = Quantity.decimal(text), v.isFinite else { report("'\(text)' is not a number of seconds"); return nil }
            seconds = v
        } else {
            do { seconds = try Quantity.duration(text) } catch { report("\(error)"); return nil }
        }
        if let problem = ContactCenterModel.Limits.durationProblem(seconds) {
            report("'\(text)' \(problem)")
            return nil
        }
        return seconds
    }
}
