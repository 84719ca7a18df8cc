import Foundation

/// The interval grid of a forecast: how long its intervals are, read from the starts or given.
///
/// One place decides it for `ccsim staff --forecast` and for model files (`demand: forecast:`):
/// the length must divide a day, and every start must lie on one grid, so a single mistyped
/// time cannot silently turn half-hours into ten-minute intervals.
extension Forecast {
    /// Why `seconds` cannot be an interval length (it must be > 0 and divide a day), or nil when it can.
    public static func intervalProblem(_ seconds: Double) -> String? {
        guard seconds.isFinite, seconds > 0 else { return "the interval length must be longer than 0s" }
        let perDay = 86400 / seconds
        guard seconds <= 86400, abs(perDay - perDay.rounded()) < 1e-9 else {
            return "an interval of \(Describe.duration(seconds)) does not divide a day into whole intervals; "
                + "use e.g. 15m, 30m or 1h"
        }
        return nil
    }

    /// The interval length the rows are written in, seconds: the most common gap between
    /// consecutive distinct starts, provided that every start lies on its grid and that it divides
    /// a day; nil when the forecast has a single start (nothing to infer from).
    /// - Throws: `FileErrors` naming every row off the grid (`FILE:LINE:COLUMN`), or the file when
    ///   the gap does not divide a day.
    public func inferInterval() throws -> Double? {
        let starts = Set(rows.map { Int64($0.startSeconds.rounded()) }).sorted()
        guard starts.count > 1 else { return nil }
        var gapCounts: [Int64: Int] = [:]
        for (a, b) in zip(starts, starts.dropFirst()) { gapCounts[b - a, default: 0] += 1 }
        // Times of day repeat every day: the last start is followed by the first one of the next day
        // (so `23:30` and `24:00`, which is `00:00`, are 30 minutes apart).
        if !rows.contains(where: { IntervalStart.isDated($0.intervalStart) }), let first = starts.first, let last = starts.last {
            gapCounts[first + 86400 - last, default: 0] += 1
        }
        let gap = gapCounts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
        let length = Describe.duration(Double(gap))
        if Self.intervalProblem(Double(gap)) != nil {
            // Located at the first row that starts `gap` after the previous start.
            let later = zip(starts, starts.dropFirst()).first { $1 - $0 == gap }.map { $0.1 }
            let row = rows.first { Int64($0.startSeconds.rounded()) == later }
            throw FileErrors([FileIssue(file: path, line: row?.line, column: row == nil ? nil : startColumn,
                                        message: "the interval starts are mostly \(length) apart, which does not "
                                        + "divide a day into whole intervals; correct the starts or give --interval (e.g. 30m)")])
        }
        try checkGrid(step: gap, what: "the \(length) grid of the other rows (the interval length is read from the "
                      + "starts); correct the time or give --interval")
        return Double(gap)
    }

    /// Checks a given interval length: it divides a day and every start lies on its grid.
    public func checkGrid(interval: Double) throws {
        if let problem = Self.intervalProblem(interval) { throw FileErrors([FileIssue(file: path, message: problem)]) }
        let step = Int64(interval.rounded())
        guard Double(step) == interval else {
            throw FileErrors([FileIssue(file: path, message: "the interval length must be a whole number of seconds")])
        }
        try checkGrid(step: step, what: "the grid of the \(Describe.duration(interval)) interval")
    }

    /// Reports every row whose start is off the grid of `step` seconds; the grid's phase is the one
    /// most starts have.
    private func checkGrid(step: Int64, what: String) throws {
        func phase(_ s: Double) -> Int64 {
            let t = Int64(s.rounded())
            return ((t % step) + step) % step
        }
        var phaseCounts: [Int64: Int] = [:]
        for s in Set(rows.map(\.startSeconds)) { phaseCounts[phase(s), default: 0] += 1 }
        guard let common = phaseCounts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key })?.key else { return }
        let issues = rows.filter { phase($0.startSeconds) != common }.map {
            FileIssue(file: path, line: $0.line, column: startColumn,
                      message: "column '\(header[startColumn - 1])': '\($0.intervalStart)' is not on \(what)")
        }
        if !issues.isEmpty { throw FileErrors(issues) }
    }
}
