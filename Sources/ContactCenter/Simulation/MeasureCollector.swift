/// The observer behind every measure ccsim reports: counts, waits, queue lengths and agent time
/// per channel, group and interval, for contacts that arrive after the warm-up.
///
/// Service level counts answered within target against contacts whose outcome is known at the
/// end (see ``ChannelMeasures``). Time integrals (queue length, agents on duty) are kept with a
/// clock per channel and group, advanced whenever the value changes.
struct MeasureCollector: SimulationObserver, ~Copyable {
    let warmup: Double
    let intervalCount: Int
    let channelCount: Int
    let horizonMode: Bool
    let target: [Double]
    var channels: StateTable<ChannelMeasures>
    var groups: StateTable<GroupMeasures>
    /// `intervals[channel * intervalCount + interval]`
    var intervals: StateTable<IntervalMeasures>
    /// `groupIntervals[group * intervalCount + interval]`
    var groupIntervals: StateTable<GroupIntervalMeasures>
    /// Contacts waiting per channel (all, and measured ones), with the time they were last counted.
    var waitingAll: StateTable<Int>
    var waitingMeasured: StateTable<Int>
    var queueClock: StateTable<Double>
    var intervalQueueArea: StateTable<Double>
    /// Agents present per group, since `groupClock`.
    var present: StateTable<Int>
    var groupClock: StateTable<Double>
    var intervalOnDuty: StateTable<Double>
    /// Busy agent-seconds, `busy[group * channelCount + channel]`.
    var busy: StateTable<Double>
    var measuredSeconds = 0.0
    /// Where time-based measures stop: the last customer's arrival in a customer-limited run
    /// (infinity otherwise; see ``SimulationObserver/arrivalsEnded(now:)``).
    var measureEnd = Double.infinity

    init(model: ContactCenterModel) {
        warmup = model.warmup
        intervalCount = model.intervalCount
        channelCount = model.channels.count
        horizonMode = model.customerLimit == nil
        target = model.channels.map(\.serviceLevel.threshold)
        let binWidths = model.channels.map { max(0.01, 20 * max(60, $0.serviceLevel.threshold) / 4096) }
        channels = StateTable(binWidths.map { ChannelMeasures(binWidth: $0) })
        groups = StateTable(repeating: GroupMeasures(channels: channelCount), count: model.groups.count)
        intervals = StateTable(repeating: IntervalMeasures(), count: channelCount * model.intervalCount)
        groupIntervals = StateTable(repeating: GroupIntervalMeasures(), count: model.groups.count * model.intervalCount)
        waitingAll = StateTable(repeating: 0, count: channelCount)
        waitingMeasured = StateTable(repeating: 0, count: channelCount)
        queueClock = StateTable(repeating: 0, count: channelCount)
        intervalQueueArea = StateTable(repeating: 0, count: channelCount)
        present = StateTable(repeating: 0, count: model.groups.count)
        groupClock = StateTable(repeating: 0, count: model.groups.count)
        intervalOnDuty = StateTable(repeating: 0, count: model.groups.count)
        busy = StateTable(repeating: 0, count: model.groups.count * channelCount)
    }

    // MARK: contacts

    @inline(__always)
    mutating func admitted(_ contact: borrowing Contact, now: Double) {
        guard contact.measured else { return }
        let c = Int(contact.channel)
        channels[c].offered += 1
        intervals[c * intervalCount + Int(contact.interval)].offered += 1
    }

    @inline(__always)
    mutating func queued(_ contact: borrowing Contact, now: Double) {
        let c = Int(contact.channel)
        touchQueue(c, now)
        waitingAll[c] += 1
        if contact.measured {
            waitingMeasured[c] += 1
            channels[c].waited += 1
        }
    }

    @inline(__always)
    mutating func answered(_ contact: borrowing Contact, now: Double) {
        let c = Int(contact.channel)
        if contact.queued { leaveQueue(c, measured: contact.measured, now) }
        guard contact.measured else { return }
        let wait = now - contact.arrival
        let slot = c * intervalCount + Int(contact.interval)
        channels[c].answered += 1
        channels[c].answeredWaitSum += wait
        channels[c].answeredWaits.add(wait)
        intervals[slot].answered += 1
        if wait <= target[c] {
            channels[c].answeredWithinTarget += 1
            intervals[slot].answeredWithinTarget += 1
        }
    }

    @inline(__always)
    mutating func abandoned(_ contact: borrowing Contact, now: Double) {
        let c = Int(contact.channel)
        leaveQueue(c, measured: contact.measured, now)
        guard contact.measured else { return }
        channels[c].abandoned += 1
        channels[c].abandonedWaitSum += now - contact.arrival
        intervals[c * intervalCount + Int(contact.interval)].abandoned += 1
    }

    /// A caller left the queue for a call-back: no longer waiting (the call-back is its own contact).
    mutating func calledBack(_ contact: borrowing Contact, now: Double) {
        leaveQueue(Int(contact.channel), measured: contact.measured, now)
    }

    @inline(__always)
    mutating func completed(_ contact: borrowing Contact, now: Double) {
        let c = Int(contact.channel), g = Int(contact.group)
        if contact.measured {
            channels[c].handled += 1
            channels[c].serviceArea += now - contact.answered
        }
        if now >= warmup { groups[g].handled += 1 }
        busy[g * channelCount + c] += contact.agentSeconds
    }

    mutating func unfinished(_ contact: borrowing Contact, now: Double) {
        let c = Int(contact.channel)
        if contact.state == .inService {
            busy[Int(contact.group) * channelCount + c] += contact.agentSeconds
            guard contact.measured else { return }
            channels[c].inServiceAtEnd += 1
            channels[c].serviceArea += now - contact.answered
        } else if contact.measured {
            let age = now - contact.arrival
            channels[c].waitingAtEnd += 1
            channels[c].oldestWaitingAtEnd = max(channels[c].oldestWaitingAtEnd, age)
            if age > target[c] {
                channels[c].waitingBeyondTargetAtEnd += 1
                intervals[c * intervalCount + Int(contact.interval)].waitingBeyondTargetAtEnd += 1
            }
        }
    }

    @inline(__always)
    mutating func leaveQueue(_ c: Int, measured: Bool, _ now: Double) {
        touchQueue(c, now)
        waitingAll[c] -= 1
        if measured { waitingMeasured[c] -= 1 }
    }

    @inline(__always)
    mutating func touchQueue(_ c: Int, _ now: Double) {
        let dt = min(now, measureEnd) - queueClock[c]
        if dt > 0 {
            intervalQueueArea[c] += Double(waitingAll[c]) * dt
            channels[c].queueArea += Double(waitingMeasured[c]) * dt
        }
        queueClock[c] = now
    }

    // MARK: agents and intervals

    mutating func agentsPresent(group g: Int, count: Int, now: Double) {
        touchGroup(g, now)
        present[g] = count
    }

    mutating func touchGroup(_ g: Int, _ now: Double) {
        let to = min(now, measureEnd)
        let from = max(groupClock[g], warmup)
        if to > from { groups[g].onDutySeconds += Double(present[g]) * (to - from) }
        if to > groupClock[g] { intervalOnDuty[g] += Double(present[g]) * (to - groupClock[g]) }
        groupClock[g] = now
    }

    mutating func intervalEnded(_ i: Int, now: Double) {
        for c in 0..<channelCount {
            touchQueue(c, now)
            intervals[c * intervalCount + i].queueArea = intervalQueueArea[c]
            intervals[c * intervalCount + i].backlogAtEnd = waitingAll[c]
            intervalQueueArea[c] = 0
        }
        for g in present.indices {
            touchGroup(g, now)
            groupIntervals[g * intervalCount + i].onDutySeconds = intervalOnDuty[g]
            intervalOnDuty[g] = 0
        }
    }

    mutating func arrivalsEnded(now: Double) {
        for g in present.indices { touchGroup(g, now) }
        for c in 0..<channelCount { touchQueue(c, now) }
        measureEnd = now
    }

    mutating func ended(now: Double) {
        for g in present.indices { touchGroup(g, now) }
        for c in 0..<channelCount { touchQueue(c, now) }
        if !horizonMode {
            for c in 0..<channelCount {
                intervals[c * intervalCount].queueArea = intervalQueueArea[c]
                intervals[c * intervalCount].backlogAtEnd = waitingAll[c]
            }
            for g in present.indices { groupIntervals[g * intervalCount].onDutySeconds = intervalOnDuty[g] }
        }
        measuredSeconds = max(0, min(now, measureEnd) - warmup)
    }

    /// What the replication measured.
    func result(events: Int) -> ReplicationMeasures {
        let channelIntervals = (0..<channelCount).map { c in (0..<intervalCount).map { intervals[c * intervalCount + $0] } }
        let perGroup = present.indices.map { g in (0..<intervalCount).map { groupIntervals[g * intervalCount + $0] } }
        var groupMeasures = groups.array
        for g in groupMeasures.indices {
            groupMeasures[g].busyByChannel = (0..<channelCount).map { busy[g * channelCount + $0] }
            groupMeasures[g].busySeconds = groupMeasures[g].busyByChannel.reduce(0, +)
        }
        var measures = ReplicationMeasures(channels: channels.array, groups: groupMeasures, intervals: channelIntervals,
                                           measuredSeconds: measuredSeconds, events: events)
        measures.groupIntervals = perGroup
        return measures
    }
}
