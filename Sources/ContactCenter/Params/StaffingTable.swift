import CSV
import Foundation

/// A staffing table read from CSV: agents on duty from each interval start,
/// `interval_start,agents` (e.g. `08:00,12` or `2026-11-23 08:00,12`).
///
/// Each row holds for the table's interval: the smallest gap between its starts. Starts
/// without a row have no agents. Starts written as times of day repeat every day; dated starts
/// give k days that repeat every k days. Every problem is collected with its line and column.
public struct StaffingTable: Sendable {
    public struct Row: Sendable, Equatable {
        public var intervalStart: String
        /// Seconds since midnight for `HH:MM` starts, since 1970-01-01 for dated ones.
        public var startSeconds: Double
        public var agents: Int
        public var line: Int
    }

    public var path: String
    public var rows: [Row]

    /// Reads and validates the table at `path`.
    public static func load(path: String) throws -> StaffingTable {
        if let tooLarge = ParameterFile.tableSizeProblem(path) { throw FileErrors([tooLarge]) }
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
            let seconds = IntervalStart.isInRange(start) ? IntervalStart.seconds(start) : nil
            if seconds == nil {
                issues.append(FileIssue(file: path, line: line, column: startCol + 1,
                                        message: "column 'interval_start': '\(start)' is not an interval start; write HH:MM or YYYY-MM-DD HH:MM"))
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
            seen[seconds] = line
            rows.append(Row(intervalStart: start, startSeconds: seconds, agents: agents, line: line))
        }
        if let error = reader.error { issues.append(FileIssue(file: path, line: line + 1, message: "not valid CSV: \(error)")) }
        if issues.isEmpty && rows.isEmpty { issues.append(FileIssue(file: path, line: 2, message: "the table has a header but no rows")) }
        guard issues.isEmpty else { throw FileErrors(issues) }
        return StaffingTable(path: path, rows: rows)
    }
}
