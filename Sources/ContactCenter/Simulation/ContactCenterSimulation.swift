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
    var channelMeasures: StateTable<ChannelMeasures>
    var groupMeasures: StateTable<GroupMeasures>
    /// `intervalMeasures[channel * model.intervalCount + interval]`
    var intervalMeasures: StateTable<IntervalMeasures>

    // Random streams: the objects are kept alive here; the hot path uses raw generator pointers.
    let streams: RandomStreams
    let arrivalRNG: [UnsafeMutablePointer<gsl_rng>]
    let handleRNG: [UnsafeMutablePointer<gsl_rng>]
    let patienceRNG: [UnsafeMutablePointer<gsl_rng>]
    let handleTime: StateTable<Distribution>
    /// Patience per channel; where contacts never abandon (`abandons[c]` false) the entry is a
    /// placeholder that is never sampled. (Not `Distribution?`: reading an optional copies it.)
    let patience: StateTable<Distribution>
    let abandons: [Bool]
    let target: [Double]
    let slowdown: [Double]
    /// Arrival rate of (channel, interval), day-level busyness included: `rates[c * intervalCount + i]`.
    let rates: StateTable<Double>
    let intervalLength: Double
    let warmup: Double
    let customerLimit: Int
    let horizonMode: Bool
    let maxSessions: Int

    /// Chat sessions: `sessions[agent * maxSessions + slot]`.
    var sessions = StateTable<Session>()
    var groupAgents: [[Int32]]
    var offDuty: [[Int32]]
    /// Agents on duty and not leaving, per group.
    var staffed: [Int]
    /// Agents on duty including those finishing before leaving, per group.
    var present: [Int]
    var groupClock: [Double]
    var maxChatConcurrency: [Int32]
    var queueClock: StateTable<Double>
    var measuredWaiting: StateTable<Int>
    var intervalQueueArea: StateTable<Double>
    var currentInterval = 0
    var arrivals = 0
    /// The next arrival time of each channel (infinity: none). Arrival streams are generated lazily
    /// beside the calendar rather than in it: the next arrival is always known, so keeping it out
    /// of the heap saves a push and a pop per contact without changing the order of events.
    var nextArrival: StateTable<Double>
    var earliestArrival = Double.infinity
    var earliestChannel = -1
    var finished = false
    /// Per real-time channel, the groups answering it that also have deferred skills: when the
    /// channel's queue empties, their idle agents may start deferred work (the blending rule).
    let blendedGroups: PackedLists<Int32>
    /// Real-time channels whose queue emptied during the current event (see `releaseDeferredWork`).
    var emptiedChannels = StateTable<Int32>()
    /// Tests only: count events after which an idle agent could have started waiting deferred work.
    var checksWorkConservation = false
    var workConservationViolations = 0

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
    let trace: ContactTrace?

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
        let realTimeFlags = model.channels.map { $0.kind.isRealTime }
        blendedGroups = PackedLists(model.channels.indices.map { c in
            guard realTimeFlags[c] else { return [] }
            return model.groups.indices.filter { g in
                model.groups[g].skills.contains { $0.channel == c } && model.groups[g].skills.contains { !realTimeFlags[$0.channel] }
            }.map { Int32($0) }
        })
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
            if !emptiedChannels.isEmpty { releaseDeferredWork() }
            if checksWorkConservation && idleAgentCouldStartWork() { workConservationViolations += 1 }
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
    func intervalSlot(_ c: Int, _ i: Int) -> Int { c * model.intervalCount + i }

    func interval(at t: Double) -> Int {
        horizonMode ? min(model.intervalCount - 1, Int(t / intervalLength)) : 0
    }
}
