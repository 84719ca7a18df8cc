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
    /// Mean handle time, seconds (> 0).
    public var aht: Double
    /// Mean patience, seconds, when the file has a `patience` column (selects Erlang A for the row).
    public var patience: Double?
    /// Line in the file, for messages.
    public var line: Int
}

/// A contact forecast read from CSV: `interval_start,channel,volume,aht[,patience]`.
///
/// `aht` and `patience` are durations with a unit (`300s`, `5m`); a column named
/// `aht_seconds` or `patience_seconds` holds plain numbers of seconds instead, as WFM exports do.
/// Every problem in the file is collected and reported with its line and column name.
public struct Forecast: Sendable {
    public var path: String
    public var rows: [ForecastRow]

    /// Channels in order of first appearance.
    public var channels: [String] {
        var seen = Set<String>()
        return rows.compactMap { seen.insert($0.channel).inserted ? $0.channel : nil }
    }

    public init(path: String, rows: [ForecastRow]) {
        self.path = path
        self.rows = rows
    }

    /// Reads and validates the forecast at `path`.
    public static func load(path: String) throws -> Forecast {
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
                                        + "interval_start,channel,volume,aht and one row per interval and channel")])
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
        for (name, col) in [("interval_start", startCol), ("channel", channelCol), ("volume", volumeCol), ("aht", ahtCol)] where col == nil {
            issues.append(FileIssue(file: path, line: 1, message: "missing column '\(name)'; the header must name "
                                    + "interval_start, channel, volume and aht (found: \(header.joined(separator: ", ")))"))
        }
        guard issues.isEmpty, let startCol, let channelCol, let volumeCol, let ahtCol else { throw FileErrors(issues) }
        let ahtInSeconds = header[ahtCol] == "aht_seconds"
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
            let start = fields[startCol]
            let startSeconds = IntervalStart.seconds(start)
            if startSeconds == nil {
                problem(startCol, "'\(start)' is not an interval start; write HH:MM or YYYY-MM-DD HH:MM")
            }
            let channel = fields[channelCol]
            if channel.isEmpty { problem(channelCol, "the channel name is empty") }
            let volume = Double(fields[volumeCol])
            if volume == nil || !volume!.isFinite {
                problem(volumeCol, "'\(fields[volumeCol])' is not a number of contacts")
            } else if volume! < 0 {
                problem(volumeCol, "\(fields[volumeCol]) contacts is negative")
            }
            let aht = duration(fields[ahtCol], plainSeconds: ahtInSeconds) { problem(ahtCol, $0) }
            if let aht, aht <= 0 { problem(ahtCol, "the handle time must be longer than 0s") }
            var patience: Double?
            if let patienceCol, !fields[patienceCol].isEmpty {
                patience = duration(fields[patienceCol], plainSeconds: patienceInSeconds) { problem(patienceCol, $0) }
                if let p = patience, p <= 0 { problem(patienceCol, "the patience must be longer than 0s") }
            }
            if let startSeconds, !channel.isEmpty, let volume, volume.isFinite, volume >= 0, let aht, aht > 0,
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
        return Forecast(path: path, rows: rows)
    }

    private static func duration(_ text: String, plainSeconds: Bool, _ report: (String) -> Void) -> Double? {
        if plainSeconds {
            guard let v = Double(text), v.isFinite else { report("'\(text)' is not a number of seconds"); return nil }
            return v
        }
        do { return try Quantity.duration(text) } catch { report("\(error)"); return nil }
    }
}

/// Interval starts as planners write them: `HH:MM`, or a date and time `YYYY-MM-DD HH:MM[:SS]`
/// (a `T` may separate them).
enum IntervalStart {
    static func seconds(_ text: String) -> Double? {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "T" }).map(String.init)
        switch parts.count {
        case 1: return timeOfDay(parts[0])
        case 2:
            guard let day = days(parts[0]), let time = timeOfDay(parts[1]) else { return nil }
            return Double(day) * 86400 + time
        default: return nil
        }
    }

    static func timeOfDay(_ s: String) -> Double? {
        let p = s.split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
        guard p.count == 2 || p.count == 3, p.allSatisfy({ $0 != nil }) else { return nil }
        let h = p[0]!, m = p[1]!, sec = p.count == 3 ? p[2]! : 0
        guard (0...24).contains(h), (0..<60).contains(m), (0..<60).contains(sec), h < 24 || (m == 0 && sec == 0) else { return nil }
        return Double(h * 3600 + m * 60 + sec)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil).
    static func days(_ s: String) -> Int? {
        let p = s.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard p.count == 3, let y0 = p[0], let m = p[1], let d = p[2], (1...12).contains(m), (1...31).contains(d) else { return nil }
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }
}
