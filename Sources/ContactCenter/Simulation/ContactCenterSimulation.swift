import CGSL
import DiscreteEvent

/// One replication of a contact-center model: the event handlers and the state they change.
///
/// Time is in seconds from the start of the horizon. Contacts carry their handle time (work)
/// and patience from arrival, drawn from per-channel streams, so that two scenarios that
/// differ only in staffing or routing see the same customers (common random numbers).
/// Chat sessions share their agent: with m sessions open, each advances at speed
/// `1 / (1 + slowdown x (m - 1))`, and the end times of an agent's sessions are recomputed
/// whenever m changes (an exact processor-sharing treatment).
///
/// The state changed on every event lives in ``StateTable``s and ``IndexQueues`` (no
/// copy-on-write checks, no reference counting); a replication is run once and never copied.
struct ContactCenterSimulation<Agents: AgentSelection, Contacts: ContactSelection, Blending: BlendingRule>: ~Copyable {
    let model: ContactCenterModel
    let policy: Router<Agents, Contacts, Blending>
    /// 4-ary heap with branch-free bottom-up deletion: measured ~3% faster than the binary
    /// heap on the M/M/c+M benchmark (c = 520), where popping events is a quarter of the run.
    var calendar = EventCalendar<QuaternaryEventHeap<SimulationEvent>>()
    var routing: RoutingState
    /// What ``run()`` returns, assembled at the end from the tables below.
    private var channelMeasures: StateTable<ChannelMeasures>
    private var groupMeasures: StateTable<GroupMeasures>
    /// `intervalMeasures[channel * model.intervalCount + interval]`
    private var intervalMeasures: StateTable<IntervalMeasures>

    // Random streams: the objects are kept alive here; the hot path uses raw generator pointers.
    private let streams: RandomStreams
    private let arrivalRNG: [UnsafeMutablePointer<gsl_rng>]
    private let handleRNG: [UnsafeMutablePointer<gsl_rng>]
    private let patienceRNG: [UnsafeMutablePointer<gsl_rng>]
    private let handleTime: StateTable<Distribution>
    /// Patience per channel; where contacts never abandon (`abandons[c]` false) the entry is a
    /// placeholder that is never sampled. (Not `Distribution?`: reading an optional copies it.)
    private let patience: StateTable<Distribution>
    private let abandons: [Bool]
    private let target: [Double]
    private let slowdown: [Double]
    /// Arrival rate of (channel, interval), day-level busyness included: `rates[c * intervalCount + i]`.
    private let rates: StateTable<Double>
    private let intervalLength: Double
    private let warmup: Double
    private let customerLimit: Int
    private let horizonMode: Bool
    private let maxSessions: Int

    /// Chat sessions: `sessions[agent * maxSessions + slot]`.
    private var sessions = StateTable<Session>()
    private var groupAgents: [[Int32]]
    private var offDuty: [[Int32]]
    /// Agents on duty and not leaving, per group.
    private var staffed: [Int]
    /// Agents on duty including those finishing before leaving, per group.
    private var present: [Int]
    private var groupClock: [Double]
    private var maxChatConcurrency: [Int32]
    private var queueClock: StateTable<Double>
    private var measuredWaiting: StateTable<Int>
    private var intervalQueueArea: StateTable<Double>
    private var currentInterval = 0
    private var arrivals = 0
    /// The next arrival time of each channel (infinity: none). Arrival streams are generated lazily
    /// beside the calendar rather than in it: the next arrival is always known, so keeping it out
    /// of the heap saves a push and a pop per contact without changing the order of events.
    private var nextArrival: StateTable<Double>
    private var earliestArrival = Double.infinity
    private var earliestChannel = -1
    private var finished = false

    struct Session {
        var channel: Int32 = -1
        /// Remaining work (seconds at full speed) as of `since`.
        var remaining = 0.0
        var since = 0.0
        var generation: UInt32 = 0
        var measured = false
        /// When the contact arrived and was answered (for the optional trace).
        var arrival = 0.0
        var answered = 0.0
    }

    /// Per-contact rows, when asked for (nil: no cost beyond a branch).
    private let trace: ContactTrace?

    init(model: ContactCenterModel, policy: Router<Agents, Contacts, Blending>, seed: UInt64, replication: Int, trace: ContactTrace? = nil) {
        self.trace = trace
        self.model = model
        self.policy = policy
        routing = RoutingState(model: model)
        nextArrival = StateTable(repeating: .infinity, count: model.channels.count)
        let channelCount = model.channels.count
        let binWidths = model.channels.map { max(0.01, 20 * max(60, $0.serviceLevel.threshold) / 4096) }
        channelMeasures = StateTable(binWidths.map { ChannelMeasures(binWidth: $0) })
        groupMeasures = StateTable(repeating: GroupMeasures(), count: model.groups.count)
        intervalMeasures = StateTable(repeating: IntervalMeasures(), count: channelCount * model.intervalCount)
        let streams = RandomStreams(masterSeed: seed, replication: replication)
        self.streams = streams
        arrivalRNG = model.channels.map { streams.stream(named: "arrivals/" + $0.name).rng }
        handleRNG = model.channels.map { streams.stream(named: "handle_time/" + $0.name).rng }
        patienceRNG = model.channels.map { streams.stream(named: "patience/" + $0.name).rng }
        handleTime = StateTable(model.channels.map(\.handleTime))
        patience = StateTable(model.channels.map { $0.patience ?? $0.handleTime })
        abandons = model.channels.map { $0.patience != nil }
        target = model.channels.map(\.serviceLevel.threshold)
        slowdown = model.channels.map { $0.kind == .chat ? $0.slowdownPerExtraSession : 0 }
        intervalLength = model.intervalLength
        warmup = model.warmup
        customerLimit = model.customerLimit ?? Int.max
        horizonMode = model.customerLimit == nil
        let days = (model.intervalCount + model.intervalsPerDay - 1) / model.intervalsPerDay
        let busyness = streams.stream(named: "busyness").rng
        let cv = model.dayToDayCV
        let dayFactor = (0..<max(1, days)).map { _ in cv > 0 ? gsl_ran_gamma(busyness, 1 / (cv * cv), cv * cv) : 1 }
        let perDay = model.intervalsPerDay
        rates = StateTable(model.arrivalRates.flatMap { channelRates in
            channelRates.enumerated().map { i, rate in rate * dayFactor[min(dayFactor.count - 1, i / perDay)] }
        })
        maxSessions = max(1, model.groups.flatMap(\.skills).map(\.concurrency).max() ?? 1)
        groupAgents = Array(repeating: [], count: model.groups.count)
        offDuty = Array(repeating: [], count: model.groups.count)
        staffed = Array(repeating: 0, count: model.groups.count)
        present = staffed
        groupClock = Array(repeating: 0, count: model.groups.count)
        let chatFlags = model.channels.map { $0.kind == .chat }
        maxChatConcurrency = model.groups.map { g in
            Int32(g.skills.filter { chatFlags[$0.channel] }.map(\.concurrency).max() ?? 0)
        }
        queueClock = StateTable(repeating: 0, count: channelCount)
        measuredWaiting = StateTable(repeating: 0, count: channelCount)
        intervalQueueArea = StateTable(repeating: 0, count: channelCount)
        let expectedAgents = model.groups.map { $0.staffing.max() ?? 0 }.reduce(0, +)
        routing.agents.reserveCapacity(expectedAgents)
        sessions.reserveCapacity(expectedAgents * maxSessions)
        calendar.reserveCapacity(2 * expectedAgents + 64)
    }

    // MARK: - Running

    /// Runs the replication to the end of the horizon (or, with a customer limit, until the
    /// last customer has left) and returns what it measured.
    mutating func run() -> ReplicationMeasures {
        for g in model.groups.indices { setStaffing(group: g, to: model.groups[g].staffing[0]) }
        for c in model.channels.indices { scheduleNextArrival(channel: c, after: 0) }
        refreshEarliestArrival()
        if horizonMode {
            for i in 1...model.intervalCount {
                calendar.schedule(at: Double(i) * intervalLength, priority: 0, payload: .interval(Int32(i)))
            }
        }
        var events = 0
        while true {
            // Arrivals rank after staffing, departures and abandonments at the same instant (priority 3).
            if let top = calendar.next, top.time < earliestArrival || (top.time == earliestArrival && top.priority < 3) {
                // the calendar's event comes first
            } else if earliestChannel >= 0 {
                events += 1
                calendar.advance(to: earliestArrival)
                arrive(channel: earliestChannel)
                if finished { break }
                continue
            }
            guard let event = calendar.popNext() else { break }
            events += 1
            switch event.payload {
            case let .interval(i): startInterval(Int(i))
            case let .sessionEnd(a, slot, generation): endSession(agent: Int(a), slot: Int(slot), generation: generation)
            case let .abandon(id, generation): abandon(contact: Int(id), generation: generation)
            case let .arrival(c): arrive(channel: Int(c))
            case let .overflow(id, generation): overflow(contact: Int(id), generation: generation)
            }
            if finished { break }
        }
        finish()
        var intervals: [[IntervalMeasures]] = []
        for c in model.channels.indices {
            intervals.append((0..<model.intervalCount).map { intervalMeasures[intervalSlot(c, $0)] })
        }
        return ReplicationMeasures(channels: channelMeasures.array, groups: groupMeasures.array, intervals: intervals,
                                   measuredSeconds: max(0, now - warmup), events: events)
    }

    var now: Double { calendar.now }

    /// The position of (channel, interval) in `intervalMeasures`.
    private func intervalSlot(_ c: Int, _ i: Int) -> Int { c * model.intervalCount + i }

    private func interval(at t: Double) -> Int {
        horizonMode ? min(model.intervalCount - 1, Int(t / intervalLength)) : 0
    }

    // MARK: - Arrivals and abandonment

    /// Schedules the next arrival of a channel after `t`: an exact non-homogeneous Poisson process with
    /// piecewise-constant rates (memorylessness lets each interval restart the exponential clock).
    private mutating func scheduleNextArrival(channel c: Int, after start: Double) {
        guard arrivals < customerLimit else {
            nextArrival[c] = .infinity
            return
        }
        var t = start
        var i = Int(t / intervalLength)
        while i < model.intervalCount {
            let rate = rates[c * model.intervalCount + i]
            let end = horizonMode ? Double(i + 1) * intervalLength : Double.infinity
            if rate > 0 {
                let next = t - log(gsl_rng_uniform_pos(arrivalRNG[c])) / rate   // Exp(rate) by inversion, as Distribution.exponential
                if next < end {
                    nextArrival[c] = next
                    return
                }
            }
            t = end
            i += 1
        }
        nextArrival[c] = .infinity
    }

    private mutating func refreshEarliestArrival() {
        earliestArrival = .infinity
        earliestChannel = -1
        for c in 0..<nextArrival.count where nextArrival[c] < earliestArrival {
            earliestArrival = nextArrival[c]
            earliestChannel = c
        }
    }

    private mutating func arrive(channel c: Int) {
        arrivals += 1
        scheduleNextArrival(channel: c, after: now)
        if arrivals >= customerLimit { for k in 0..<nextArrival.count { nextArrival[k] = .infinity } }   // other channels too
        refreshEarliestArrival()
        let work = handleTime[c].sample(rng: handleRNG[c])
        let willingToWait = abandons[c] ? patience[c].sample(rng: patienceRNG[c]) : .infinity
        let measured = now >= warmup
        let i = interval(at: now)
        if measured {
            channelMeasures[c].offered += 1
            intervalMeasures[intervalSlot(c, i)].offered += 1
        }
        if let (agent, fromIdle) = policy.selectAgent(channel: c, waited: 0, state: routing) {
            claim(agent: Int(agent), fromIdle: fromIdle)
            startSession(agent: Int(agent), channel: c, work: work, arrival: now, measured: measured, interval: i)
            return
        }
        if measured { channelMeasures[c].waited += 1 }
        let id = newContact(channel: c, work: work, measured: measured, interval: i)
        touchQueue(c)
        routing.queues.append(Int32(id), to: c)
        routing.waiting[c] += 1
        if measured { measuredWaiting[c] += 1 }
        let generation = routing.contacts[id].generation
        if willingToWait.isFinite {
            calendar.schedule(at: now + willingToWait, priority: 2, payload: .abandon(contact: Int32(id), generation: generation))
        }
        var scheduledDelays: [Double] = []
        for k in routing.eligibility.positions(of: c) {
            let delay = routing.eligibility[k].overflowDelay
            guard delay > 0 && !scheduledDelays.contains(delay) else { continue }
            scheduledDelays.append(delay)
            calendar.schedule(at: now + delay, priority: 4, payload: .overflow(contact: Int32(id), generation: generation))
        }
    }

    private mutating func newContact(channel c: Int, work: Double, measured: Bool, interval i: Int) -> Int {
        let id: Int
        if let free = routing.freeContacts.popLast() {
            id = Int(free)
        } else {
            id = routing.contacts.count
            routing.contacts.append(WaitingContact())
        }
        routing.contacts[id].channel = Int32(c)
        routing.contacts[id].arrival = now
        routing.contacts[id].work = work
        routing.contacts[id].generation &+= 1
        routing.contacts[id].waiting = true
        routing.contacts[id].measured = measured
        routing.contacts[id].interval = Int32(i)
        return id
    }

    /// Takes a waiting contact out of the waiting count (it stays in its queue until skipped).
    private mutating func leaveQueue(contact id: Int) {
        let c = Int(routing.contacts[id].channel)
        touchQueue(c)
        routing.contacts[id].waiting = false
        routing.waiting[c] -= 1
        if routing.contacts[id].measured { measuredWaiting[c] -= 1 }
    }

    private mutating func abandon(contact id: Int, generation: UInt32) {
        guard routing.contacts[id].generation == generation, routing.contacts[id].waiting else { return }
        let contact = routing.contacts[id]
        leaveQueue(contact: id)
        guard contact.measured else { return }
        let c = Int(contact.channel)
        channelMeasures[c].abandoned += 1
        channelMeasures[c].abandonedWaitSum += now - contact.arrival
        intervalMeasures[intervalSlot(c, Int(contact.interval))].abandoned += 1
        trace?.record(channel: c, arrival: contact.arrival, outcome: "abandoned", wait: now - contact.arrival,
                      handling: nil, group: nil)
    }

    private mutating func overflow(contact id: Int, generation: UInt32) {
        guard routing.contacts[id].generation == generation, routing.contacts[id].waiting else { return }
        let contact = routing.contacts[id]
        let c = Int(contact.channel)
        guard let (agent, fromIdle) = policy.selectAgent(channel: c, waited: now - contact.arrival, state: routing) else { return }
        leaveQueue(contact: id)
        claim(agent: Int(agent), fromIdle: fromIdle)
        startSession(agent: Int(agent), channel: c, work: contact.work, arrival: contact.arrival,
                     measured: contact.measured, interval: Int(contact.interval))
    }

    // MARK: - Agents

    /// Removes a selected agent from the idle or partial list it was chosen from.
    private mutating func claim(agent a: Int, fromIdle: Bool) {
        let g = Int(routing.agents[a].group)
        if fromIdle {
            // The policy picks the head of some group's idle list (longest idle).
            routing.idle.remove(Int32(a), from: g)
        }
    }

    private mutating func startSession(agent a: Int, channel c: Int, work: Double, arrival: Double, measured: Bool, interval i: Int) {
        if routing.agents[a].sessions == 0 { routing.agents[a].busySince = now }
        let wait = now - arrival
        if measured {
            channelMeasures[c].answered += 1
            channelMeasures[c].answeredWaitSum += wait
            channelMeasures[c].answeredWaits.add(wait)
            intervalMeasures[intervalSlot(c, i)].answered += 1
            if wait <= target[c] {
                channelMeasures[c].answeredWithinTarget += 1
                intervalMeasures[intervalSlot(c, i)].answeredWithinTarget += 1
            }
        }
        let base = a * maxSessions
        if !routing.chat[c] {
            routing.agents[a].exclusive = true
            routing.agents[a].sessions = 1
            sessions[base].channel = Int32(c)
            sessions[base].generation &+= 1
            sessions[base].measured = measured
            sessions[base].arrival = arrival
            sessions[base].answered = now
            calendar.schedule(at: now + work, priority: 1,
                              payload: .sessionEnd(agent: Int32(a), slot: 0, generation: sessions[base].generation))
            return
        }
        let before = Int(routing.agents[a].sessions)
        advanceChatSessions(agent: a, openSessions: before)
        var slot = 0
        while sessions[base + slot].channel >= 0 { slot += 1 }
        sessions[base + slot].channel = Int32(c)
        sessions[base + slot].remaining = work
        sessions[base + slot].since = now
        sessions[base + slot].measured = measured
        sessions[base + slot].arrival = arrival
        sessions[base + slot].answered = now
        routing.agents[a].sessions += 1
        rescheduleChatSessions(agent: a)
        updatePartial(agent: a)
    }

    private mutating func endSession(agent a: Int, slot: Int, generation: UInt32) {
        let index = a * maxSessions + slot
        guard sessions[index].generation == generation, sessions[index].channel >= 0 else { return }
        let c = Int(sessions[index].channel)
        let g = Int(routing.agents[a].group)
        if sessions[index].measured {
            channelMeasures[c].handled += 1
            let s = sessions[index]
            trace?.record(channel: c, arrival: s.arrival, outcome: "handled", wait: s.answered - s.arrival,
                          handling: now - s.answered, group: g)
        }
        if now >= warmup { groupMeasures[g].handled += 1 }
        let wasChat = routing.chat[c]
        if wasChat { advanceChatSessions(agent: a, openSessions: Int(routing.agents[a].sessions)) }
        sessions[index].channel = -1
        sessions[index].generation &+= 1
        routing.agents[a].sessions -= 1
        if routing.agents[a].sessions == 0 {
            let from = max(routing.agents[a].busySince, warmup)
            if now > from { groupMeasures[g].busySeconds += now - from }
            routing.agents[a].exclusive = false
        } else if wasChat {
            rescheduleChatSessions(agent: a)
        }
        updatePartial(agent: a)
        findWork(agent: a)
    }

    /// Brings the remaining work of an agent's chat sessions up to now, at the speed of `m` open sessions.
    private mutating func advanceChatSessions(agent a: Int, openSessions m: Int) {
        guard m > 0 else { return }
        let base = a * maxSessions
        for s in base..<(base + maxSessions) where sessions[s].channel >= 0 {
            let speed = 1 / (1 + slowdown[Int(sessions[s].channel)] * Double(m - 1))
            sessions[s].remaining = max(0, sessions[s].remaining - (now - sessions[s].since) * speed)
            sessions[s].since = now
        }
    }

    /// Schedules the end of every open chat session of an agent at the current number of sessions.
    private mutating func rescheduleChatSessions(agent a: Int) {
        let m = Double(routing.agents[a].sessions)
        let base = a * maxSessions
        for s in 0..<maxSessions where sessions[base + s].channel >= 0 {
            let speed = 1 / (1 + slowdown[Int(sessions[base + s].channel)] * (m - 1))
            sessions[base + s].generation &+= 1
            calendar.schedule(at: now + sessions[base + s].remaining / speed, priority: 1,
                              payload: .sessionEnd(agent: Int32(a), slot: Int32(s), generation: sessions[base + s].generation))
        }
    }

    /// Keeps the agent in its group's list of chat agents with room, or out of it.
    private mutating func updatePartial(agent a: Int) {
        let g = Int(routing.agents[a].group)
        let agent = routing.agents[a]
        let shouldBe = agent.onDuty && !agent.leaving && !agent.exclusive && agent.sessions > 0
            && agent.sessions < maxChatConcurrency[g]
        let index = Int(agent.partialIndex)
        if shouldBe && index < 0 {
            routing.agents[a].partialIndex = Int32(routing.partial[g].count)
            routing.partial[g].append(Int32(a))
        } else if !shouldBe && index >= 0 {
            let last = routing.partial[g].removeLast()
            if Int(last) != a {
                routing.partial[g][index] = last
                routing.agents[Int(last)].partialIndex = Int32(index)
            }
            routing.agents[a].partialIndex = -1
        }
    }

    /// A freed (or newly arrived) agent looks for work by skill priority, oldest contact first.
    private mutating func findWork(agent a: Int) {
        let g = Int(routing.agents[a].group)
        if routing.agents[a].leaving {
            if routing.agents[a].sessions == 0 { goOffDuty(agent: a) }
            return
        }
        for k in policy.contacts.skillsToServe(group: g, state: routing) {
            let skill = routing.skillOrder[k]
            let c = skill.channel
            while canTake(agent: a, channel: c, concurrency: skill.concurrency) {
                if !routing.realTime[c] && routing.agents[a].sessions == 0
                    && !policy.blending.mayStartDeferred(group: g, otherIdleAgents: routing.idle.count(g), state: routing) {
                    break
                }
                guard let id = routing.takeOldest(c, waitedAtLeast: skill.overflowDelay, now: now) else { break }
                let contact = routing.contacts[Int(id)]
                leaveQueue(contact: Int(id))
                routing.freeContacts.append(id)
                startSession(agent: a, channel: c, work: contact.work, arrival: contact.arrival,
                             measured: contact.measured, interval: Int(contact.interval))
            }
        }
        if routing.agents[a].sessions == 0 {
            routing.agents[a].idleSince = now
            routing.idle.append(Int32(a), to: g)
        }
    }

    private func canTake(agent a: Int, channel c: Int, concurrency: Int) -> Bool {
        let agent = routing.agents[a]
        if agent.sessions == 0 { return true }
        if agent.exclusive || !routing.chat[c] { return false }
        return Int(agent.sessions) < concurrency
    }

    // MARK: - Staffing

    private mutating func startInterval(_ i: Int) {
        for c in model.channels.indices {
            touchQueue(c)
            intervalMeasures[intervalSlot(c, currentInterval)].queueArea = intervalQueueArea[c]
            intervalMeasures[intervalSlot(c, currentInterval)].backlogAtEnd = routing.waiting[c]
            intervalQueueArea[c] = 0
        }
        if i >= model.intervalCount {
            finished = true
            return
        }
        currentInterval = i
        for g in model.groups.indices where model.groups[g].staffing[i] != staffed[g] {
            setStaffing(group: g, to: model.groups[g].staffing[i])
        }
    }

    /// Brings the agents on duty in a group to `target`: newcomers look for work at once; when
    /// staffing drops, idle agents leave first (most recently idle first) and busy ones finish, then leave.
    private mutating func setStaffing(group g: Int, to target: Int) {
        touchGroup(g)
        if target > staffed[g] {
            for a in groupAgents[g] where staffed[g] < target && routing.agents[Int(a)].leaving {
                routing.agents[Int(a)].leaving = false
                staffed[g] += 1
                updatePartial(agent: Int(a))
            }
            while staffed[g] < target {
                let a: Int
                if let free = offDuty[g].popLast() {
                    a = Int(free)
                } else {
                    a = routing.agents.count
                    routing.agents.append(AgentState(group: Int32(g)))
                    sessions.append(repeating: Session(), count: maxSessions)
                    groupAgents[g].append(Int32(a))
                }
                routing.agents[a].onDuty = true
                staffed[g] += 1
                present[g] += 1
                findWork(agent: a)
            }
        } else if target < staffed[g] {
            while staffed[g] > target, let a = routing.idle.popLast(from: g) {
                staffed[g] -= 1
                goOffDuty(agent: Int(a))
            }
            for a in groupAgents[g] where staffed[g] > target {
                let agent = routing.agents[Int(a)]
                guard agent.onDuty, !agent.leaving, agent.sessions > 0 else { continue }
                routing.agents[Int(a)].leaving = true
                staffed[g] -= 1
                updatePartial(agent: Int(a))
            }
        }
    }

    private mutating func goOffDuty(agent a: Int) {
        let g = Int(routing.agents[a].group)
        touchGroup(g)
        routing.agents[a].onDuty = false
        routing.agents[a].leaving = false
        present[g] -= 1
        offDuty[g].append(Int32(a))
    }

    // MARK: - Time-weighted statistics

    /// Adds on-duty agent time up to now (call before the number of agents present changes).
    private mutating func touchGroup(_ g: Int) {
        let from = max(groupClock[g], warmup)
        if now > from {
            let dt = now - from
            groupMeasures[g].onDutySeconds += Double(present[g]) * dt
        }
        groupClock[g] = now
    }

    private mutating func touchQueue(_ c: Int) {
        let dt = now - queueClock[c]
        if dt > 0 {
            intervalQueueArea[c] += Double(routing.waiting[c]) * dt
            channelMeasures[c].queueArea += Double(measuredWaiting[c]) * dt
        }
        queueClock[c] = now
    }

    /// Closes the books at the end of the run: time-weighted sums, and what is still in the system.
    private mutating func finish() {
        for g in model.groups.indices { touchGroup(g) }
        for a in routing.agents.indices where routing.agents[a].sessions > 0 {
            let agent = routing.agents[a]
            let from = max(agent.busySince, warmup)
            if now > from { groupMeasures[Int(agent.group)].busySeconds += now - from }
        }
        for c in model.channels.indices { touchQueue(c) }
        if !horizonMode {
            for c in model.channels.indices {
                intervalMeasures[intervalSlot(c, 0)].queueArea = intervalQueueArea[c]
                intervalMeasures[intervalSlot(c, 0)].backlogAtEnd = routing.waiting[c]
            }
        }
        for id in routing.contacts.indices where routing.contacts[id].waiting && routing.contacts[id].measured {
            let contact = routing.contacts[id]
            let c = Int(contact.channel)
            let age = now - contact.arrival
            channelMeasures[c].waitingAtEnd += 1
            channelMeasures[c].oldestWaitingAtEnd = max(channelMeasures[c].oldestWaitingAtEnd, age)
            if age > target[c] { channelMeasures[c].waitingBeyondTargetAtEnd += 1 }
            trace?.record(channel: c, arrival: contact.arrival, outcome: "waiting_at_end", wait: age, handling: nil, group: nil)
        }
        for s in sessions.indices where sessions[s].channel >= 0 && sessions[s].measured {
            let session = sessions[s]
            channelMeasures[Int(session.channel)].inServiceAtEnd += 1
            trace?.record(channel: Int(session.channel), arrival: session.arrival, outcome: "in_service_at_end",
                          wait: session.answered - session.arrival, handling: nil,
                          group: Int(routing.agents[s / maxSessions].group))
        }
        trace?.flush()
    }
}
