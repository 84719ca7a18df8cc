/// An agent as the router and simulator see it.
struct AgentState {
    var group: Int32
    /// Contacts in hand (chat sessions, or 1 for any other kind).
    var sessions: Int32 = 0
    var onDuty = false
    /// Staffing dropped: finish what is in hand, take nothing new, then leave.
    var leaving = false
    /// Holds a contact that allows no other (voice, social, deferred).
    var exclusive = false
    /// When the agent last became idle (for longest-idle routing).
    var idleSince = 0.0
    /// When the agent last went from no contact to one (for occupancy).
    var busySince = 0.0
    /// Position in its group's list of chat agents with free capacity, or -1.
    var partialIndex: Int32 = -1
}

/// A contact waiting in a channel's queue (a slot in a reusable table; generations make stale events harmless).
struct WaitingContact {
    var channel: Int32 = 0
    var arrival = 0.0
    /// Work content: the handle time when handled alone, seconds.
    var work = 0.0
    var generation: UInt32 = 0
    /// 1 = waiting; 0 = gone (answered, abandoned, or a free slot).
    var waiting = false
    var measured = false
    var interval: Int32 = 0
}

/// Which groups may answer a channel, and when.
struct Eligibility {
    var group: Int32
    var concurrency: Int32
    var overflowDelay: Double
}

/// The state routing decisions read: who is free, who is waiting.
///
/// Memory is O(agents + waiting contacts): a contact's slot is reused once it leaves its queue.
/// The mutable parts live in ``StateTable`` and ``IndexQueues`` (owned by this replication, no
/// copy-on-write checks), so the state is `~Copyable` and the policy borrows it.
struct RoutingState: ~Copyable {
    var agents = StateTable<AgentState>()
    /// Idle agents per group, longest idle first.
    var idle: IndexQueues
    /// Chat agents per group holding some sessions but with room for more.
    var partial: [[Int32]]
    /// Waiting contacts per channel, oldest first (answered or abandoned ones are skipped lazily).
    var queues: IndexQueues
    /// Contacts actually waiting per channel.
    var waiting: StateTable<Int>
    var contacts = StateTable<WaitingContact>()
    var freeContacts = StateTable<Int32>()
    /// Per channel, the groups with the skill.
    let eligibility: PackedLists<Eligibility>
    /// Per group, its skills with real-time channels first (priority order kept), then deferred ones.
    let skillOrder: PackedLists<Skill>
    let realTime: [Bool]
    let chat: [Bool]
    let voiceReserve: [Int]

    init(model: ContactCenterModel) {
        let channelCount = model.channels.count
        idle = IndexQueues(count: model.groups.count)
        partial = Array(repeating: [], count: model.groups.count)
        queues = IndexQueues(count: channelCount)
        waiting = StateTable(repeating: 0, count: channelCount)
        realTime = model.channels.map { $0.kind.isRealTime }
        chat = model.channels.map { $0.kind == .chat }
        voiceReserve = model.groups.map(\.voiceReserve)
        var eligibility = Array(repeating: [Eligibility](), count: channelCount)
        for (g, group) in model.groups.enumerated() {
            for skill in group.skills {
                eligibility[skill.channel].append(Eligibility(group: Int32(g), concurrency: Int32(skill.concurrency),
                                                              overflowDelay: skill.overflowDelay))
            }
        }
        self.eligibility = PackedLists(eligibility)
        let realTimeFlags = realTime
        skillOrder = PackedLists(model.groups.map { group in
            group.skills.filter { realTimeFlags[$0.channel] } + group.skills.filter { !realTimeFlags[$0.channel] }
        })
    }

    /// The oldest contact still waiting in `channel`'s queue, left in place; entries of contacts
    /// that were answered or abandoned meanwhile are dropped from the front on the way.
    mutating func oldestWaiting(_ channel: Int) -> Int32? {
        while let id = queues.first(channel) {
            if contacts[Int(id)].waiting { return id }
            queues.removeFirst(from: channel)
            freeContacts.append(id)
        }
        return nil
    }

    /// The oldest contact of `channel` that has waited at least `delay`, removed from its queue.
    mutating func takeOldest(_ channel: Int, waitedAtLeast delay: Double, now: Double) -> Int32? {
        guard let id = oldestWaiting(channel), OverflowRule.allows(delay: delay, arrival: contacts[Int(id)].arrival, now: now) else { return nil }
        queues.removeFirst(from: channel)
        return id
    }

    /// Whether a deferred skill of group `g` has a waiting contact the group may take now
    /// (the oldest one has waited the skill's overflow delay).
    mutating func deferredWorkWaiting(forGroup g: Int, now: Double) -> Bool {
        for k in skillOrder.positions(of: g) {
            let skill = skillOrder[k]
            guard !realTime[skill.channel], let id = oldestWaiting(skill.channel) else { continue }
            if OverflowRule.allows(delay: skill.overflowDelay, arrival: contacts[Int(id)].arrival, now: now) { return true }
        }
        return false
    }

    /// Whether a real-time contact waits in any channel the group answers.
    func realTimeWaiting(forGroup g: Int) -> Bool {
        skillOrder.contains(in: g) { realTime[$0.channel] && waiting[$0.channel] > 0 }
    }
}
