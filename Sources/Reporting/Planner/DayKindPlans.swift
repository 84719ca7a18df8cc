import ContactCenter
import Planner

/// `ccsim plan --by-day`: one plan per kind of day in the model's week (each day type, or each weekday
/// without types), each planned on a one-day horizon of that kind, rendered one after the other; JSON
/// `{"by_day": [{"day_kind", "day", "plan"}]}` and CSV with a leading `day_kind` column.
public struct DayKindPlans: Rendering {
    /// One kind of day: its key (`weekday`, `saturday`), the day it was planned as (`Sat 2026-11-28`) and its plan.
    public struct Entry {
        public var key: String
        public var day: String
        public var report: PlannerReport

        /// The plan of the day kind `key`, planned as `day`.
        public init(key: String, day: String, report: PlannerReport) {
            self.key = key
            self.day = day
            self.report = report
        }
    }

    public var entries: [Entry]

    /// The plans of `entries`, in the week's order.
    public init(_ entries: [Entry]) { self.entries = entries }

    func heading(_ e: Entry) -> String { "Plan for \(e.key) (planned as \(e.day))" }

    /// Each plan's report for a terminal under an underlined heading naming its day kind.
    public func text() -> String {
        entries.map { e in
            let title = heading(e)
            return title + "\n" + String(repeating: "=", count: title.count) + "\n" + e.report.text()
        }.joined(separator: "\n")
    }

    /// Each plan's Markdown under a heading naming its day kind (its own headings one level down).
    public func markdown() -> String {
        entries.map { e in
            let body = e.report.markdown().split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.hasPrefix("#") ? "#" + $0 : String($0) }.joined(separator: "\n")
            return "# " + heading(e) + "\n\n" + body
        }.joined(separator: "\n")
    }

    /// `{"by_day": [{"day_kind", "day", "plan"}]}`, each plan as `ccsim plan --format json` writes it.
    public func json() -> JSONValue {
        .object([("by_day", .array(entries.map { e in
            .object([("day_kind", .string(e.key)), ("day", .string(e.day)), ("plan", e.report.json())])
        }))])
    }

    /// Every plan's cell checks, one header, a leading `day_kind` column.
    public func csv() -> String {
        var out = ""
        for (k, e) in entries.enumerated() {
            let lines = e.report.csv().split(separator: "\n", omittingEmptySubsequences: false)
            for (i, line) in lines.enumerated() where !line.isEmpty {
                if i == 0 { if k == 0 { out += "day_kind," + line + "\n" } } else { out += CSVRecord.line([e.key]).dropLast() + "," + line + "\n" }
            }
        }
        return out
    }

    /// The files of every plan under a folder per day kind (`weekday/staffing/phone.csv`), and
    /// `staffing-by-day.yaml`: each group's `staffing:` by day kind, ready to paste into the model.
    public func files(_ results: [PlanResult]) -> [(name: String, content: String)] {
        var out: [(name: String, content: String)] = []
        for (e, result) in zip(entries, results) {
            out += PlanFiles.files(result).map { (e.key + "/" + $0.name, $0.content) }
        }
        guard let model = results.first?.model else { return out }
        var yaml = "# Paste under agent_groups (paths relative to this file's folder).\n"
        for group in model.groups {
            yaml += "\(group.name):\n  staffing: { " + entries.map { "\($0.key): \($0.key)/staffing/\(group.name).csv" }
                .joined(separator: ", ") + " }\n"
        }
        out.append(("staffing-by-day.yaml", yaml))
        return out
    }
}
