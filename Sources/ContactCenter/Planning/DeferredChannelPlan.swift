import Foundation
import Queueing

/// One deferred channel of a staffing plan: its forecast rows laid on the repeating cycle of
/// intervals (a day, or the days a dated forecast spans), the hours agents work, and the plan's
/// rows from the backlog model (`DeferredWork`).
struct DeferredChannelPlan {
    /// Rows of the plan: every interval with a forecast row or with agents, in cycle order.
    var rows: [PlanRow]
    var plan: DeferredPlan
    /// The working hours in words, for the approximation note.
    var hoursText: String

    /// Intervals in one cycle above which a deferred channel is refused (the model is quadratic in them).
    static let maximumIntervals = 1344

    init(forecast: Forecast, channel: String, handleTimes: [Double], interval: Double,
         response: ServiceLevelTarget, settings: PlanSettings) throws {
        let starts = forecast.rows.map(\.startSeconds)
        let firstDay = (starts.min()! / 86400).rounded(.down), lastDay = (starts.max()! / 86400).rounded(.down)
        let origin = firstDay * 86400
        let phase = (starts.min()! - origin).truncatingRemainder(dividingBy: interval)
        let perDay = Int((86400 / interval).rounded())
        let count = (Int(lastDay - firstDay) + 1) * perDay
        guard count <= Self.maximumIntervals else {
            throw FileErrors([FileIssue(file: forecast.path, message: "channel '\(channel)': the forecast spans \(count) intervals "
                + "of \(Describe.duration(interval)); deferred work is planned over at most \(Self.maximumIntervals) (the cycle "
                + "that repeats, e.g. a day or a week): shorten the forecast")])
        }
        let dated = forecast.rows.contains { $0.intervalStart.contains("-") }
        var volumes = [Double](repeating: 0, count: count), ahts = [Double](repeating: 0, count: count)
        var rowAt = [Int?](repeating: nil, count: count)
        for i in forecast.rows.indices where forecast.rows[i].channel == channel {
            let k = Int(((forecast.rows[i].startSeconds - origin - phase) / interval).rounded()) % count
            volumes[k] = forecast.rows[i].volume
            ahts[k] = handleTimes[i]
            rowAt[k] = i
        }
        let contacts = volumes.reduce(0, +)
        let meanAHT = contacts > 0 ? zip(volumes, ahts).map(*).reduce(0, +) / contacts
            : (ahts.first { $0 > 0 } ?? 0)
        let working: [Bool]
        if let hours = settings.hours[channel] {
            for edge in [hours.open, hours.close]
            where abs((edge - phase) / interval - ((edge - phase) / interval).rounded()) > 1e-9 {
                throw FileErrors([FileIssue(file: forecast.path, message: "channel '\(channel)': the hours "
                    + "\(Describe.hours(hours)) must start and end on the \(Describe.duration(interval)) interval grid")])
            }
            working = (0..<count).map { k in
                let t = (phase + Double(k) * interval).truncatingRemainder(dividingBy: 86400)
                return t >= hours.open - 1e-9 && t + interval <= hours.close + 1e-9
            }
            hoursText = "working \(Describe.hours(hours))"
        } else {
            let (daily, text) = Self.hoursFromVolume(volumes, perDay: perDay, phase: phase, interval: interval)
            working = (0..<count).map { daily[$0 % perDay] }
            hoursText = text
        }
        let work = try DeferredWork(slotLength: interval, volumes: volumes,
                                    handleTimes: ahts.map { $0 > 0 ? $0 : meanAHT }, working: working,
                                    target: response, occupancyCap: settings.targets.maxOccupancy ?? 1)
        plan = try work.plan()
        rows = []
        for k in 0..<count where rowAt[k] != nil || plan.slots[k].agents > 0 {
            let slot = plan.slots[k]
            let text = rowAt[k].map { forecast.rows[$0].intervalStart }
                ?? IntervalStart.text(origin + phase + Double(k) * interval, dated: dated)
            let aht = ahts[k] > 0 ? ahts[k] : meanAHT
            var row = PlanRow(interval: text, channel: channel, volume: volumes[k], aht: aht,
                              load: volumes[k] * aht / interval, method: "deferred_fluid")
            row.agents = slot.agents
            row.scheduledAgents = settings.shrinkage.map { StaffingSolver.scheduled(slot.agents, shrinkage: $0) }
            row.serviceLevel = slot.serviceLevel
            row.asa = slot.meanWait
            row.occupancy = slot.occupancy
            row.pAbandon = volumes[k] > 0 ? 0 : nil
            row.backlog = slot.backlogContacts
            row.binding = slot.agents > 0 ? plan.binding : nil
            rows.append(row)
        }
    }

    /// The default working hours: the smallest daily window (it may pass midnight) holding every
    /// interval of the day in which the channel has contacts on some day; nothing without contacts.
    static func hoursFromVolume(_ volumes: [Double], perDay: Int, phase: Double, interval: Double) -> ([Bool], String) {
        var busy = [Bool](repeating: false, count: perDay)
        for (k, v) in volumes.enumerated() where v > 0 { busy[k % perDay] = true }
        guard busy.contains(true) else { return (busy, "no working hours (no contacts)") }
        guard busy.contains(false) else { return (busy, "around the clock (as the forecast has contacts)") }
        // The longest circular run of empty intervals is when nobody works.
        var bestStart = 0, bestLength = 0
        for start in 0..<perDay where !busy[start] && busy[(start + perDay - 1) % perDay] {
            var length = 0
            while length < perDay && !busy[(start + length) % perDay] { length += 1 }
            if length > bestLength { (bestStart, bestLength) = (start, length) }
        }
        var working = [Bool](repeating: true, count: perDay)
        for i in 0..<bestLength { working[(bestStart + i) % perDay] = false }
        let open = phase + Double((bestStart + bestLength) % perDay) * interval
        let close = phase + Double(bestStart) * interval
        return (working, "working \(Describe.clock(open))-\(Describe.clock(close == 0 ? 86400 : close)) "
                + "(the intervals with contacts; set with --hours)")
    }
}
