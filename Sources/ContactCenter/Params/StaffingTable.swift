import CSV
import Foundation

/// A staffing table read from CSV: agents on duty from each interval start,
/// `interval_start,agents` (e.g. `08:00,12` or `2026-11-23 08:00,12`).
///
/// A row lasts until the next row's start, so a table lists only the changes
/// (`08:00,10` / `10:00,20` / `18:00,0`). The table is a cycle: starts written as times of day
/// repeat every day, and the last row of the day lasts past midnight until the first row of the
/// next day. Dated starts span k days, from the first row's date to the last row's, and repeat
/// every k days (the horizon starts on the first date); the last row lasts until the first row's
/// time in the next repetition, so with one week of dates, Sunday's last row runs into Monday's first.
/// A table uses one form: times of day, or dates with times. `24:00` is midnight (`00:00`).
/// Every problem is collected with its line and column.
public struct StaffingTable: Sendable {
    public struct Row: Sendable, Equatable {
        public var intervalStart: String
        /// Seconds since midnight (below 86400) for `HH:MM` starts, since 1970-01-01 for dated ones.
        public var startSeconds: Double
        public var agents: Int
        public var line: Int
        /// Whether the start has a date (`2026-11-23 08:00`).
        public var isDated: Bool
    }

    public var path: String
    public var rows: [Row]

    /// Whether the rows' starts have dates (`2026-11-23 08:00`) rather than times of day.
    public var isDated: Bool { rows.first?.isDated ?? false }

    /// Agents on duty in the first `count` intervals (`intervalLength` seconds each) from midnight
    /// of the table's first day, the table repeating as a cycle (a day, or the k days of a dated
    /// table): each row lasts until the next row's start, the last row round to the first. Nil
    /// when a start is not on an interval boundary or the table is empty.
    public func agents(intervals count: Int, intervalLength: Double) -> [Int]? {
        guard let first = rows.map(\.startSeconds).min(), let last = rows.map(\.startSeconds).max() else { return nil }
        let firstDay = isDated ? floor(first / 86400) : 0
        let days = isDated ? Int(floor(last / 86400) - firstDay) + 1 : 1
        let cycle = days * Int((86400 / intervalLength).rounded())
        var starts: [(interval: Int, agents: Int)] = []
        for row in rows {
            let offset = (row.startSeconds - firstDay * 86400) / intervalLength
            guard offset == offset.rounded() else { return nil }
            starts.append((Int(offset), row.agents))
        }
        starts.sort { $0.interval < $1.interval }
        // Walk the horizon and the sorted starts together; before the first start, the last row holds.
        var agents = [Int](repeating: 0, count: max(0, count))
        var next = 0
        var current = starts[starts.count - 1].agents
        for i in agents.indices {
            let position = i % cycle
            if position == 0 {
                next = 0
                current = starts[starts.count - 1].agents
            }
            while next < starts.count && starts[next].interval <= position {
                current = starts[next].agents
                next += 1
            }
            agents[i] = current
        }
        return agents
    }


    /// Reads and validates the table at `path`.
    public static func load(path: String) throws -> StaffingTable {
        if let tooLarge = ParameterFile.tableSizeProblem(path) { throw FileErrors([tooLarge]) }
        OutputFile.noteInput(path)   // no output of this run may replace it
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "does not exist"
            throw FileErrors([FileIssue(file: path, message: "the staffing file \(reason)")])
        }
        guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
            throw FileErrors([FileIssue(file: path, message: "not a CSV text file (it contains binary data or is not UTF-8)")])
        }
        return try parse(text, path: path)
    }

    /// Parses staffing CSV text; `path` names it in messages.
    public static func parse(_ text: String, path: String) throws -> StaffingTable {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw FileErrors([FileIssue(file: path, message: "the staffing table is empty; expected a header "
                                        + "interval_start,agents and one row per interval")])
        }
        let reader: CSVReader
        do { reader = try CSVReader(string: text, hasHeaderRow: true, trimFields: true) } catch {
            throw FileErrors([FileIssue(file: path, line: 1, message: "not valid CSV: \(error)")])
        }
        let header = (reader.headerRow ?? []).map { $0.lowercased() }
        let startCol = header.firstIndex(of: "interval_start") ?? header.firstIndex(of: "start")
        let agentsCol = header.firstIndex(of: "agents")
        guard let startCol, let agentsCol else {
            if let mismatch = FileKind.mismatch(FileKind.guess(text: text), expected: [.staffingTable], file: path, line: 1) {
                throw FileErrors([mismatch])
            }
            throw FileErrors([FileIssue(file: path, line: 1, message: "the header must name interval_start and agents "
                                        + "(found: \(header.joined(separator: ", ")))")])
        }
        var issues: [FileIssue] = []
        var rows: [Row] = []
        var seen: [Double: Int] = [:]
        var line = 1
        while let fields = reader.next() {
            line += 1
            if fields.allSatisfy({ $0.isEmpty }) { continue }
            guard fields.count == header.count else {
                issues.append(FileIssue(file: path, line: line, message: "expected \(header.count) fields like the header, found \(fields.count)"))
                continue
            }
            let start = fields[startCol]
            let isDated = IntervalStart.isDated(start)
            // A time of day is seconds since midnight; 24:00 is the next midnight, the same start as 00:00.
            let seconds = (IntervalStart.isInRange(start) ? IntervalStart.seconds(start) : nil)
                .map { isDated ? $0 : $0.truncatingRemainder(dividingBy: 86400) }
            if seconds == nil {
                issues.append(FileIssue(file: path, line: line, column: startCol + 1,
                                        message: "column 'interval_start': '\(start)' is not an interval start\(IntervalStart.whyNotNote(start)); write HH:MM or YYYY-MM-DD HH:MM"))
            }
            let agents = Int(fields[agentsCol])
            let limit = ContactCenterModel.Limits.agentsPerGroup
            if agents == nil {
                let tooLarge = !fields[agentsCol].isEmpty && fields[agentsCol].allSatisfy { $0.isASCII && $0.isNumber }
                issues.append(FileIssue(file: path, line: line, column: agentsCol + 1, message: tooLarge
                                        ? "column 'agents': \(fields[agentsCol]) agents is above the supported \(limit)"
                                        : "column 'agents': '\(fields[agentsCol])' is not a whole number of agents"))
            } else if agents! < 0 {
                issues.append(FileIssue(file: path, line: line, column: agentsCol + 1,
                                        message: "column 'agents': \(agents!) agents is negative"))
            } else if agents! > limit {
                issues.append(FileIssue(file: path, line: line, column: agentsCol + 1,
                                        message: "column 'agents': \(agents!) agents is above the supported \(limit)"))
            }
            guard let seconds, let agents, agents >= 0, agents <= limit else { continue }
            if let first = seen[seconds] {
                issues.append(FileIssue(file: path, line: line, message: "\(start) is already on line \(first)"))
                continue
            }
            if let other = rows.first(where: { $0.isDated != isDated }) {
                issues.append(FileIssue(file: path, line: line, column: startCol + 1, message: "column 'interval_start': '\(start)' "
                                        + (isDated ? "has a date but line \(other.line) has only a time of day"
                                                   : "has no date but line \(other.line) has one")
                                        + "; write every start as HH:MM, or every start as YYYY-MM-DD HH:MM"))
                continue
            }
            seen[seconds] = line
            rows.append(Row(intervalStart: start, startSeconds: seconds, agents: agents, line: line, isDated: isDated))
        }
        if let error = reader.error { issues.append(FileIssue(file: path, line: line + 1, message: "not valid CSV: \(error)")) }
        if issues.isEmpty && rows.isEmpty { issues.append(FileIssue(file: path, line: 2, message: "the table has a header but no rows")) }
        guard issues.isEmpty else { throw FileErrors(issues) }
        return StaffingTable(path: path, rows: rows)
    }
}
