import Foundation

/// A group's staffing over the horizon as its file writes it: agents on the schedule per interval,
/// and the intervals it is rostered in (its hours, shifts or staffing rows, even with 0 agents).
struct DecodedStaffing: Sendable {
    var agents: [Int]
    var rostered: [Bool]
    /// Expected agents on a break per interval (shifts' `breaks`); empty when none are written.
    var onBreak: [Double] = []
}

/// One shift as written: `{ start: "08:00", end: "16:00", agents: 10, breaks: [...] }` (an end before the
/// start runs past midnight, into the next day).
struct ShiftSpec: Sendable {
    var start: Double
    var end: Double
    var agents: Int
    var breaks: [BreakWindow] = []

    /// Intervals the shift lasts (a whole day when it starts and ends at the same time of day).
    func length(_ horizon: Horizon) -> Int {
        let intervals = Int((((end - start) + 86400).truncatingRemainder(dividingBy: 86400) / horizon.intervalLength).rounded())
        return intervals == 0 ? horizon.intervalsPerDay : intervals
    }
}

/// A break every agent of a shift takes within a window: `{ window: "12:00-14:00", length: 30m }`. The
/// breaks are staggered evenly over the window, so in each of its intervals `agents x length / window`
/// agents are away (the whole shift when `length` is the window, the default).
struct BreakWindow: Sendable {
    /// Seconds from the shift's start to the window's opening, and the window's length.
    var offset: Double
    var window: Double
    var length: Double
}

/// Reads a group's staffing, each form written once for every day or by weekday and day type
/// (``ByDay``), and lays it on the horizon's days:
///
/// - `agents: 77` with `hours: "08:00-20:00"` (either may be by day: `agents: { weekday: 77, saturday: 40 }`,
///   `hours: { weekday: "08:00-20:00", saturday: "09:00-13:00" }`); a day with no agents or no hours is off.
/// - `shifts: [...]`, or `shifts: { weekday: [...], saturday: [...] }`: a shift past midnight runs into
///   the next day (day 0 gets the night shift of the day before the horizon).
/// - `staffing: file.csv`, or `staffing: { weekday: weekday.csv, saturday: saturday.csv }`: each row lasts
///   until the next row's start, across midnight into the next day's table; a day without a table has no
///   one on duty from 00:00. A table of dated rows repeats every k days (see ``DecodedCalendar/cycleOffset(firstDay:span:)``).
///
/// A closed day has nobody on duty, and nothing of it runs into the next day.
enum GroupStaffingDecoder {
    static func readFlat(_ agentsNode: ParameterNode, _ hoursNode: ParameterNode?, _ defaultHours: OpeningHours?, _ path: String,
                         _ horizon: Horizon, _ calendar: DecodedCalendar?, _ reader: ParameterReader) -> DecodedStaffing? {
        let agents = ByDay<Int>.read(agentsNode, path + ".agents", calendar, reader) {
            reader.integer($0, $1, minimum: 0, maximum: ContactCenterModel.Limits.agentsPerGroup, what: "a number of agents")
        }
        let hours = hoursNode.map { node in
            ByDay<OpeningHours>.read(node, path + ".hours", calendar, reader) { reader.openingHours($0, $1, on: horizon) }
        } ?? defaultHours.map { .everyDay($0) }
        guard let agents, let hours, let calendar else { return nil }
        var staffing = DecodedStaffing(agents: [], rostered: [])
        for d in 0..<horizon.days {
            let count = agents.value(onDay: d, calendar), open = hours.value(onDay: d, calendar)
            for i in 0..<horizon.intervalsPerDay {
                let on = !calendar.isClosed(d) && count != nil && open?.contains(secondOfDay: Double(i) * horizon.intervalLength) == true
                staffing.rostered.append(on)
                staffing.agents.append(on ? count! : 0)
            }
        }
        return staffing
    }

    // MARK: shifts

    static func readShifts(_ node: ParameterNode, _ path: String, _ horizon: Horizon, _ calendar: DecodedCalendar?,
                           _ reader: ParameterReader) -> DecodedStaffing? {
        let before = reader.problemCount
        guard let shifts = ByDay<[ShiftSpec]>.read(node, path, calendar, reader, readValue: { readShiftList($0, $1, horizon, reader) }),
              let calendar, reader.problemCount == before else { return nil }
        let perDay = horizon.intervalsPerDay
        var staffing = DecodedStaffing(agents: Array(repeating: 0, count: horizon.intervalCount),
                                       rostered: Array(repeating: false, count: horizon.intervalCount))
        let breaks = shifts.values.contains { $0.contains { !$0.breaks.isEmpty } }
        if breaks { staffing.onBreak = Array(repeating: 0, count: horizon.intervalCount) }
        for d in -1..<horizon.days where !calendar.isClosed(d) {
            for shift in shifts.value(onDay: d, calendar) ?? [] {
                let first = d * perDay + Int((shift.start / horizon.intervalLength).rounded())
                for k in 0..<shift.length(horizon) {
                    let index = first + k
                    guard staffing.agents.indices.contains(index), !calendar.isClosed(index / perDay) else { continue }
                    staffing.agents[index] += shift.agents
                    staffing.rostered[index] = true
                }
                for pause in shift.breaks {
                    let away = Double(shift.agents) * pause.length / pause.window
                    let from = first + Int((pause.offset / horizon.intervalLength).rounded())
                    for index in from..<(from + Int((pause.window / horizon.intervalLength).rounded()))
                    where staffing.agents.indices.contains(index) && !calendar.isClosed(index / perDay) {
                        staffing.onBreak[index] += away
                    }
                }
            }
        }
        if let most = staffing.agents.max(), most > ContactCenterModel.Limits.agentsPerGroup, let at = staffing.agents.firstIndex(of: most) {
            let day = horizon.days > 1 || calendar.hasNames ? " on \(calendar.runtime.label(ofDay: at / perDay))" : ""
            reader.report(node, path, "the shifts add up to \(most) agents at \(Describe.clock(Double(at % perDay) * horizon.intervalLength))\(day); "
                          + "at most \(ContactCenterModel.Limits.agentsPerGroup) agents on duty in a group are supported")
            return nil
        }
        return staffing
    }

    /// One list of shifts, each on the horizon's interval boundaries.
    static func readShiftList(_ node: ParameterNode, _ path: String, _ horizon: Horizon, _ reader: ParameterReader) -> [ShiftSpec]? {
        guard let items = reader.list(node, path, expected: "a list of shifts like [{ start: \"08:00\", end: \"16:00\", agents: 10 }]")
        else { return nil }
        if items.isEmpty { reader.report(node, path, "give at least one shift") }
        var shifts: [ShiftSpec] = []
        var ok = !items.isEmpty
        for (i, item) in items.enumerated() {
            let shiftPath = path + ".\(i)"
            guard let fields = reader.mapping(item, shiftPath, known: ["start", "end", "agents", "breaks"], required: ["start", "end", "agents"])
            else { ok = false; continue }
            let start = fields["start"].flatMap { reader.timeOfDay($0, shiftPath + ".start") }
            let end = fields["end"].flatMap { reader.timeOfDay($0, shiftPath + ".end") }
            let agents = fields["agents"].flatMap {
                reader.integer($0, shiftPath + ".agents", minimum: 0, maximum: ContactCenterModel.Limits.agentsPerGroup, what: "a number of agents")
            }
            guard let start, let end, let agents else { ok = false; continue }
            for (key, value) in [("start", start), ("end", end)] where !horizon.isBoundary(value) {
                reader.report(fields[key]!, shiftPath + "." + key, "must fall on a \(Describe.duration(horizon.intervalLength)) "
                              + "interval boundary (the horizon's interval)")
                ok = false
            }
            if start == end {
                reader.report(item, shiftPath, "the shift starts and ends at the same time")
                ok = false
            }
            var shift = ShiftSpec(start: start.truncatingRemainder(dividingBy: 86400), end: end, agents: agents)
            if let node = fields["breaks"], ok {
                if let breaks = readBreaks(node, shiftPath + ".breaks", shift, horizon, reader) { shift.breaks = breaks } else { ok = false }
            }
            shifts.append(shift)
        }
        return ok ? shifts : nil
    }

    /// A shift's `breaks: [{ window: "12:00-14:00", length: 30m }]`: windows on interval boundaries within the
    /// shift, each break at most its window long (by default the whole window).
    static func readBreaks(_ node: ParameterNode, _ path: String, _ shift: ShiftSpec, _ horizon: Horizon,
                           _ reader: ParameterReader) -> [BreakWindow]? {
        guard let items = reader.list(node, path, expected: "a list of breaks like [{ window: \"12:00-14:00\", length: 30m }]") else { return nil }
        var breaks: [BreakWindow] = []
        var ok = true
        let shiftLength = Double(shift.length(horizon)) * horizon.intervalLength
        for (i, item) in items.enumerated() {
            let breakPath = path + ".\(i)"
            guard let fields = reader.mapping(item, breakPath, known: ["window", "length"], required: ["window"]) else { ok = false; continue }
            let window = fields["window"].flatMap {
                reader.openingHours($0, breakPath + ".window", on: horizon, expected: "a break window like \"12:00-14:00\"", Quantity.breakWindow)
            }
            let length = fields["length"].map { reader.duration($0, breakPath + ".length") } ?? window.map { $0.close - $0.open }
            guard let window, let length else { ok = false; continue }
            let offset = (window.open - shift.start + 86400).truncatingRemainder(dividingBy: 86400)
            if offset + (window.close - window.open) > shiftLength + 1e-9 {
                reader.report(fields["window"]!, breakPath + ".window", "\(Describe.hours(window)) is not within the shift "
                              + "\(Describe.clock(shift.start))-\(Describe.clock(shift.end))")
                ok = false
            } else if length > window.close - window.open {
                reader.report(fields["length"]!, breakPath + ".length", "a \(Describe.duration(length)) break does not fit its "
                              + "\(Describe.duration(window.close - window.open)) window")
                ok = false
            } else {
                breaks.append(BreakWindow(offset: offset, window: window.close - window.open, length: length))
            }
        }
        return ok ? breaks : nil
    }

    // MARK: staffing tables

    static func readTables(_ node: ParameterNode, _ path: String, _ horizon: Horizon, _ calendar: DecodedCalendar?,
                           _ reader: ParameterReader) -> DecodedStaffing? {
        let before = reader.problemCount
        let tables = ByDay<StaffingTable>.read(node, path, calendar, reader) { readTable($0, $1, horizon, reader) }
        guard let tables, let calendar, reader.problemCount == before else { return nil }
        if case let .everyDay(table) = tables, table.isDated {
            return datedTable(table, node, path, horizon, calendar, reader)
        }
        for table in tables.values where table.isDated {
            reader.report(node, path, "'\(table.path)' has dated rows; a table per day or day type lists times of day (HH:MM)")
            return nil
        }
        let perDay = horizon.intervalsPerDay
        /// Each day's rows as (interval of the day, agents), in order; a closed day or one without a table: none from 00:00.
        func rows(_ d: Int) -> [(interval: Int, agents: Int)] {
            guard !calendar.isClosed(d), let table = tables.value(onDay: d, calendar) else { return [(0, 0)] }
            return table.rows.map { (Int(($0.startSeconds / horizon.intervalLength).rounded()), $0.agents) }.sorted { $0.interval < $1.interval }
        }
        var current = rows(-1).last!.agents
        var agents: [Int] = []
        agents.reserveCapacity(horizon.intervalCount)
        for d in 0..<horizon.days {
            let day = rows(d)
            var next = 0
            for i in 0..<perDay {
                while next < day.count && day[next].interval <= i {
                    current = day[next].agents
                    next += 1
                }
                agents.append(current)
            }
        }
        return DecodedStaffing(agents: agents, rostered: agents.map { $0 > 0 })
    }

    /// A table of dated rows: its k days repeat from the day the horizon's first day falls on; closed days have nobody.
    static func datedTable(_ table: StaffingTable, _ node: ParameterNode, _ path: String, _ horizon: Horizon, _ calendar: DecodedCalendar,
                           _ reader: ParameterReader) -> DecodedStaffing? {
        guard let first = table.rows.map(\.startSeconds).min(), let last = table.rows.map(\.startSeconds).max() else { return nil }
        let firstDay = Int(floor(first / 86400)), span = Int(floor(last / 86400)) - firstDay + 1
        let offset: Int
        switch calendar.cycleOffset(firstDay: firstDay, span: span) {
        case let .success(value): offset = value
        case let .failure(problem):
            reader.report(node, path, "'\(table.path)': " + problem.message)
            return nil
        }
        let perDay = horizon.intervalsPerDay, cycle = span * perDay
        guard let days = table.agents(intervals: cycle, intervalLength: horizon.intervalLength) else { return nil }
        let agents = (0..<horizon.intervalCount).map { i in calendar.isClosed(i / perDay) ? 0 : days[(i + offset * perDay) % cycle] }
        return DecodedStaffing(agents: agents, rostered: agents.map { $0 > 0 })
    }

    /// One staffing table file, its starts on the horizon's interval boundaries.
    static func readTable(_ node: ParameterNode, _ path: String, _ horizon: Horizon, _ reader: ParameterReader) -> StaffingTable? {
        guard let written = reader.text(node, path, expected: "the path of a staffing CSV file (interval_start,agents)") else { return nil }
        let file = RelativePath.resolve(written, relativeTo: node.location.file)
        guard RelativePath.isReadableFile(file) else {
            reader.report(node, path, RelativePath.unusable("staffing file", written: written, resolved: file))
            return nil
        }
        let table: StaffingTable
        do { table = try StaffingTable.load(path: file) } catch let error as FileErrors {
            reader.append(error.issues)
            return nil
        } catch {
            reader.report(node, path, "cannot read '\(written)': \(error)")
            return nil
        }
        if table.isDated, let first = table.rows.map(\.startSeconds).min(), let last = table.rows.map(\.startSeconds).max() {
            let span = floor(last / 86400) - floor(first / 86400) + 1
            guard span <= Double(ContactCenterModel.Limits.horizonDays) else {
                reader.report(node, path, "'\(written)' spans \(ContactCenterModel.Limits.text(span)) days; a staffing table of dated rows may "
                              + "span at most \(ContactCenterModel.Limits.horizonDays) days (it repeats after its last day)")
                return nil
            }
        }
        var ok = true
        for row in table.rows {
            let time = row.startSeconds - floor(row.startSeconds / 86400) * 86400
            if !horizon.isBoundary(time) {
                reader.report(SourceLocation(file: file, line: row.line, column: 1), "\(row.intervalStart) is not on a "
                              + "\(Describe.duration(horizon.intervalLength)) interval boundary (the horizon's interval in \(node.location.file))")
                ok = false
            }
        }
        return ok ? table : nil
    }
}
