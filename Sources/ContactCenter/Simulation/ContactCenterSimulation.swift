import DiscreteEvent
import GSL

/// One replication of a contact-center model: the state and the run loop; what happens to
/// contacts and agents is in the extensions (`+Admission`: arrivals, routing, waiting and
/// abandonment; `+Service`: sessions, chat processor sharing, freed agents; `+Staffing`).
///
/// Every contact, whatever its origin, enters through ``admit(_:)``. The router (``RoutingPolicy``)
/// decides who answers what; observers (``SimulationObserver``) keep every measure. Time is in
/// seconds from the start of the horizon. Contacts carry their work and patience from arrival,
/// drawn from per-channel streams, so two scenarios that differ only in staffing or routing see the
/// same customers (common random numbers).
///
/// Pending events live in six places, merged by ``EventKey`` into one `(time, priority, sequence)`
/// order: the calendar (interval starts, meetings), `journeyContacts` (each journey's scheduled
/// next contact, never moved), `exclusiveCompletions`
/// (the session end of each agent holding one contact), `completions` (each busy chat agent's next
/// session end, one entry per agent, moved in place when a chat session starts or ends), `timers`
/// (each waiting contact's next overflow moment, call-back offer or its patience running out,
/// removed in place when it is answered) and `nextArrival` (each channel's next arrival). No event
/// is ever stale.
struct ContactCenterSimulation<Routing: RoutingPolicy, Observer: SimulationObserver & ~Copyable>: ~Copyable {
    let model: ContactCenterModel
    let router: Routing
    var observer: Observer
    var floor: Floor
    var calendar = EventCalendar<QuaternaryEventHeap<SimulationEvent>>()
    /// Owner = agent holding one contact (not chat): the end of that session, never moved.
    var exclusiveCompletions = OwnedEventHeap(priority: EventPriority.completion.rawValue)
    /// Owner = journey row: the customer's next contact (its channel and cause are in the row).
    /// Journeys beyond ``OwnedEventHeap/maximumOwner`` schedule theirs in the calendar instead.
    var journeyContacts = OwnedEventHeap(priority: EventPriority.journeyContact.rawValue)
    /// The largest journey row `journeyContacts` takes (a test lowers it to run the calendar path).
    var journeyContactOwnerLimit = OwnedEventHeap.maximumOwner
    /// The earliest key of the calendar and `journeyContacts`, kept as they change (`schedule`,
    /// `scheduleJourneyContact`, `refreshScheduledKey`), so the run loop reads one word for both.
    var scheduledKey = EventKey.never
    /// Owner = chat agent: the end of its session that finishes first, moved as sessions start and end.
    var completions = IndexedEventHeap()
    /// Owner = contact row: its next overflow moment or its patience deadline, whichever is first.
    var timers = IndexedEventHeap()

    // Random streams: the objects are kept alive here; the hot path draws from their uniform sources.
    let streams: RandomStreams
    let arrivalRNG: StateTable<UniformSource>
    let handleRNG: StateTable<UniformSource>
    let patienceRNG: StateTable<UniformSource>
    let handleTime: StateTable<Distribution>
    /// Per channel, its opening hours (journeys move customers who come back while it is closed).
    let openingHours: [OpeningHours]
    let slowdown: [Double]
    /// Per channel, the distinct overflow delays (> 0) of the groups answering it, ascending.
    let overflowDelays: PackedLists<Double>
    /// Arrival rate of (channel, interval), day-level busyness included: `rates[c * intervalCount + i]`.
    let rates: StateTable<Double>
    let intervalLength: Double
    let warmup: Double
    let customerLimit: Int
    /// Where agent time stops being credited: the last customer's arrival in a customer-limited run
    /// (infinity otherwise), as the observers' time-based measures (``SimulationObserver/arrivalsEnded(now:)``).
    var measuredUntil = Double.infinity
    let horizonMode: Bool
    let maxSessions: Int
    /// Whether the center is large enough (more than 2,048 agents) for its agent and contact rows
    /// to fall out of the caches between events, so that prefetching them pays (`prefetchNextSessionEnds`).
    let prefetches: Bool

    /// Agents' sessions: `sessions[agent * maxSessions + slot]` = the contact row, or -1.
    var sessions = StateTable<Int32>()
    var groupAgents: [[Int32]]
    var offDuty: [[Int32]]
    /// Agents on duty and not leaving, per group.
    var staffed: [Int]
    /// Agents on duty including those finishing before leaving, per group.
    var present: [Int]
    /// Agents away in a meeting, per group (subtracted from the staffing table while it lasts).
    var inMeeting: [Int]
    var maxChatConcurrency: [Int32]
    var currentInterval = 0
    var arrivals = 0
    var events = 0
    /// The next arrival time of each channel (infinity: none), kept beside the calendar: the next
    /// arrival is always known, so it costs no heap operation.
    var nextArrival: StateTable<Double>
    var earliestArrival = Double.infinity
    var earliestChannel = -1
    /// The key of the earliest arrival (``EventKey/never``: none), kept with it.
    var arrivalKey = EventKey.never
    var finished = false
    /// Per real-time channel, the groups answering it that also have deferred skills: when the
    /// channel's queue empties, their idle agents may start deferred work (the blending rule).
    let releasableGroups: PackedLists<Int32>
    /// Real-time channels whose queue emptied during the current event (see `releaseDeferredWork`).
    var emptiedChannels = StateTable<Int32>()
    /// With journeys: the rules, the open journeys, and the streams of repeat contacts (kept apart
    /// from first contacts' streams, so first contacts stay the same with or without journeys).
    /// The model's journey rules as plain tables (empty without journeys: see `hasJourneys`).
    let journeyRules: JourneyRuleTable
    /// Per channel, its call-back rule (journeys).
    let callbackRules: [CallbackRule?]
    let hasJourneys: Bool
    var journeys = JourneyTable()
    /// `Journey.replicationKey(seed:replication:)`: what every customer's generator seed starts from.
    let journeyKey: UInt64
    let repeatHandleRNG: StateTable<UniformSource>
    let repeatPatienceRNG: StateTable<UniformSource>
    let journeyDelayRNG: StateTable<UniformSource>
    /// Per channel, how long a customer waits before giving up: the patience of real-time
    /// channels, the give-up time of deferred ones (journeys); `hasWaitLimit[c]` false: waits for
    /// ever, and the entry is a placeholder never sampled. (Not `Distribution?`: reading an optional copies it.)
    let waitLimit: StateTable<Distribution>
    let hasWaitLimit: [Bool]
    /// Per channel, when a waiting caller is offered a call-back (infinity: never).
    let callbackOfferAfter: [Double]
    /// Tests only: count events after which an idle agent would have taken waiting work.
    var checksWorkConservation = false
    var workConservationViolations = 0

    init(model: ContactCenterModel, router: Routing, observer: consuming Observer, seed: UInt64, replication: Int) {
        self.model = model
        self.router = router
        self.observer = observer
        floor = Floor(model: model)
        let channelCount = model.channels.count
        nextArrival = StateTable(repeating: .infinity, count: channelCount)
        let streams = RandomStreams(masterSeed: seed, replication: replication)
        self.streams = streams
        arrivalRNG = StateTable(model.channels.map { streams.stream(named: "arrivals/" + $0.name).uniforms })
        handleRNG = StateTable(model.channels.map { streams.stream(named: "handle_time/" + $0.name).uniforms })
        patienceRNG = StateTable(model.channels.map { streams.stream(named: "patience/" + $0.name).uniforms })
        handleTime = StateTable(model.channels.map(\.handleTime))
        openingHours = model.channels.map(\.hours)
        journeyRules = JourneyRuleTable(model.journeys, channelCount: channelCount, groupCount: model.groups.count)
        callbackRules = model.channels.indices.map { c in
            guard let journeys = model.journeys, c < journeys.callbacks.count else { return nil }
            return journeys.callbacks[c]
        }
        hasJourneys = model.journeys != nil
        journeyKey = Journey.replicationKey(seed: seed, replication: replication)
        let journeyStreams = model.journeys == nil ? [] : model.channels
        repeatHandleRNG = StateTable(journeyStreams.map { streams.stream(named: "handle_time/" + $0.name + "/repeat").uniforms })
        repeatPatienceRNG = StateTable(journeyStreams.map { streams.stream(named: "patience/" + $0.name + "/repeat").uniforms })
        journeyDelayRNG = StateTable(journeyStreams.map { streams.stream(named: "journey_delay/" + $0.name).uniforms })
        callbackOfferAfter = callbackRules.map { $0?.offerAfter ?? .infinity }
        waitLimit = StateTable(model.channels.indices.map { c in model.waitLimit(channel: c) ?? model.channels[c].handleTime })
        hasWaitLimit = model.channels.indices.map { c in model.waitLimit(channel: c) != nil }
        slowdown = model.channels.map { $0.kind == .chat ? $0.slowdownPerExtraSession : 0 }
        overflowDelays = PackedLists(model.channels.indices.map { c in
            Array(Set(model.groups.flatMap(\.skills).filter { $0.channel == c && $0.overflowDelay > 0 }.map(\.overflowDelay))).sorted()
        })
        intervalLength = model.intervalLength
        warmup = model.warmup
        customerLimit = model.customerLimit ?? Int.max
        horizonMode = model.customerLimit == nil
        let days = (model.intervalCount + model.intervalsPerDay - 1) / model.intervalsPerDay
        let busyness = streams.stream(named: "busyness").uniforms
        let cv = model.dayToDayCV
        let dayFactor = (0..<max(1, days)).map { _ in cv > 0 ? busyness.gamma(shape: 1 / (cv * cv), scale: cv * cv) : 1 }
        let perDay = model.intervalsPerDay
        rates = StateTable(model.arrivalRates.flatMap { channelRates in
            channelRates.enumerated().map { i, rate in rate * dayFactor[min(dayFactor.count - 1, i / perDay)] }
        })
        maxSessions = max(1, model.groups.flatMap(\.skills).map(\.concurrency).max() ?? 1)
        groupAgents = Array(repeating: [], count: model.groups.count)
        offDuty = Array(repeating: [], count: model.groups.count)
        staffed = Array(repeating: 0, count: model.groups.count)
        present = staffed
        inMeeting = staffed
        let chatFlags = model.channels.map { $0.kind == .chat }
        maxChatConcurrency = model.groups.map { g in
            Int32(g.skills.filter { chatFlags[$0.channel] }.map(\.concurrency).max() ?? 0)
        }
        let realTime = model.channels.map { $0.kind.isRealTime }
        releasableGroups = PackedLists(model.channels.indices.map { c in
            guard realTime[c] else { return [] }
            return model.groups.indices.filter { g in
                model.groups[g].skills.contains { $0.channel == c } && model.groups[g].skills.contains { !realTime[$0.channel] }
            }.map { Int32($0) }
        })
        let expectedAgents = model.groups.map { $0.staffing.max() ?? 0 }.reduce(0, +)
        prefetches = expectedAgents > 2048
        floor.agents.reserveCapacity(expectedAgents)
        sessions.reserveCapacity(expectedAgents * maxSessions)
        completions.reserveOwners(expectedAgents)
        exclusiveCompletions.reserveCapacity(expectedAgents)
        // Room for the contacts the run expects (at most 2^20 rows): rows are reused, so the tables
        // rarely grow past it, and growing an email backlog's table by doubling copied it each
        // time (6% of a seed-model run). Pages never touched cost no memory.
        let expectedContacts = model.customerLimit.map(Double.init) ?? model.expectedContacts
        let rows = expectedContacts.isFinite ? Int(min(Double(1 << 20), max(0, expectedContacts))) : 0
        floor.contacts.reserveCapacity(max(expectedAgents * maxSessions + 64, rows))
        if hasJourneys { journeys.reserveCapacity(rows) }
        timers.reserveOwners(expectedAgents * maxSessions + 64)
    }

    var now: Double {
        @inline(__always) get { calendar.now }
    }

    // MARK: - Running

    /// Runs the replication to the end of the horizon (or, with a customer limit, until the last
    /// customer has left), telling the observer everything on the way.
    mutating func run() {
        for g in model.groups.indices { setStaffing(group: g, to: model.groups[g].staffing[0]) }
        for c in model.channels.indices { scheduleNextArrival(channel: c, after: 0) }
        refreshEarliestArrival()
        if horizonMode {
            for i in 1...model.intervalCount {
                schedule(at: Double(i) * intervalLength, priority: .interval, payload: .interval(Int32(i)))
            }
        }
        refreshScheduledKey()   // events scheduled on the calendar before the run (tests, library code)
        while !finished {
            let arrival = arrivalKey
            let chatCompletion = completions.firstKey
            let exclusiveCompletion = exclusiveCompletions.firstKey
            let completion = min(chatCompletion, exclusiveCompletion)
            let timer = timers.firstKey
            let scheduled = scheduledKey
            events += 1
            if arrival < completion && arrival < timer && arrival < scheduled {
                advance(to: arrival.time)
                arrive(channel: earliestChannel)
            } else if completion < timer && completion < scheduled {
                advance(to: completion.time)
                if exclusiveCompletion < chatCompletion {
                    let agent = exclusiveCompletions.removeFirst()
                    if prefetches { prefetchNextSessionEnds() }
                    completeSession(agent: agent)
                } else {
                    completeSession(agent: completions.removeFirst())
                }
            } else if timer < scheduled {
                advance(to: timer.time)
                let row = timers.removeFirst()
                if hasJourneys { prefetchForNextTimer(after: row) }
                timerExpired(contact: row)
            } else if scheduled < .never {
                if scheduled == journeyContacts.firstKey {
                    advance(to: scheduled.time)
                    let j = journeyContacts.removeFirst()
                    // The next customer to come back: start loading their journey's row.
                    if journeyContacts.count > 0 { prefetch(journeys.address(of: journeyContacts.firstOwner)) }
                    journeyContactDue(journey: j)
                } else if let event = calendar.popNext() {
                    floor.now = calendar.now
                    switch event.payload {
                    case let .interval(i): startInterval(Int(i))
                    case let .journeyContact(j): journeyContactDue(journey: Int(j))
                    case let .meetingStarts(g, agents, duration): meetingStarts(group: Int(g), agents: Int(agents), duration: duration)
                    case let .meetingEnds(g, agents): meetingEnds(group: Int(g), agents: Int(agents))
                    }
                }
                refreshScheduledKey()
            } else {
                events -= 1
                break
            }
            if !emptiedChannels.isEmpty { releaseDeferredWork() }
            if checksWorkConservation && idleAgentWouldTakeWork() { workConservationViolations += 1 }
        }
        finish()
    }

    /// Schedules an event on the calendar (the simulation's own events go through here, so that
    /// `scheduledKey` stays the earliest scheduled key).
    mutating func schedule(at time: Double, priority: EventPriority, payload: SimulationEvent) {
        let token = calendar.schedule(at: time, priority: priority.rawValue, payload: payload)
        scheduledKey = min(scheduledKey, EventKey(time: time, priority: priority.rawValue, sequence: token.sequence))
    }

    /// Schedules journey `j`'s next contact at `time` (its channel and cause are in the row).
    mutating func scheduleJourneyContact(_ j: Int, at time: Double) {
        guard j <= journeyContactOwnerLimit else {
            schedule(at: time, priority: .journeyContact, payload: .journeyContact(journey: Int32(j)))
            return
        }
        let key = EventKey(time: time, priority: EventPriority.journeyContact.rawValue, sequence: calendar.takeSequence())
        journeyContacts.insert(j, key: key)
        scheduledKey = min(scheduledKey, key)
    }

    /// The earliest of the calendar's and `journeyContacts`' keys, after either lost its first event.
    mutating func refreshScheduledKey() {
        scheduledKey = min(calendar.next?.eventKey ?? .never, journeyContacts.firstKey)
    }

    /// Memory hints for large centers, whose agent and contact tables outgrow the caches, given
    /// when a session end is popped: the agent record of the session end after next (the earliest
    /// of the heap's second level) starts loading, and the next session end's contact row, found in
    /// its agent's record that the previous session end prefetched. Each session end then finds
    /// both loaded instead of waiting for memory twice.
    @inline(__always)
    func prefetchNextSessionEnds() {
        guard exclusiveCompletions.count > 0 else { return }
        let row = floor.agents[exclusiveCompletions.firstOwner].exclusiveContact
        if row >= 0 { prefetch(floor.contacts.address(of: Int(row))) }
        if let after = exclusiveCompletions.secondOwner { prefetch(floor.agents.withAddress(of: after)) }
    }

    /// With journeys, a timer that ends a wait reads the customer's journey row, last touched when
    /// the contact arrived (for an email, maybe days ago): this timer's journey row starts loading
    /// (its contact row was loaded by the previous timer's call), and the next timer's contact row.
    @inline(__always)
    func prefetchForNextTimer(after row: Int) {
        let j = floor.contacts[row].journey
        if j >= 0 { prefetch(journeys.address(of: Int(j))) }
        if timers.count > 0 { prefetch(floor.contacts.address(of: timers.firstOwner)) }
    }

    @inline(__always)
    mutating func advance(to time: Double) {
        calendar.advance(to: time)
        floor.now = time
    }

    /// Closes the books at the end of the run: contacts still in the system are reported.
    mutating func finish() {
        for a in floor.agents.indices where floor.agents[a].sessions > 0 {
            creditAgentTime(agent: a)
        }
        for row in floor.contacts.indices {
            let state = floor.contacts[row].state
            guard state == .waiting || state == .inService else { continue }
            observer.unfinished(floor.contacts.address(of: row).pointee, now: now)
        }
        for j in journeys.indices where journeys[j].state == .open { observer.journeyOpen(journeys.address(of: j).pointee, now: now) }
        observer.ended(now: now)
    }

    /// The interval containing time `t` (0 for customer-limited runs).
    @inline(__always)
    func interval(at t: Double) -> Int {
        horizonMode ? min(model.intervalCount - 1, Int(t / intervalLength)) : 0
    }
}
