/// An agent as routing policies see it.
public struct AgentState: Sendable {
    /// Index of the agent's group in the model.
    public internal(set) var group: Int32
    /// Contacts in hand (chat sessions, or 1 for any other kind).
    public internal(set) var sessions: Int32 = 0
    public internal(set) var onDuty = false
    /// Staffing dropped: it finishes what it holds, takes nothing new, then leaves.
    public internal(set) var leaving = false
    /// Holds a contact that allows no other (voice, social, deferred).
    public internal(set) var exclusive = false
    /// In its group's list of idle agents.
    public internal(set) var isIdle = false
    /// The contact (row) of its exclusive session, or -1; chat sessions are in the simulation's
    /// session table. (Kept here, in the padding after the flags, so that starting and ending an
    /// exclusive session touches one record per agent.)
    var exclusiveContact: Int32 = -1
    /// While idle: when it became idle; while holding contacts: the time up to which its open
    /// sessions have been credited with agent time. (One field for both keeps the record at 32
    /// bytes, half a cache line.)
    var clock = 0.0
    /// Position in its group's list of chat agents with room, or -1.
    var partialIndex: Int32 = -1
    /// The session that ends first (its pending completion), or -1.
    var completingSlot: Int32 = -1

    /// When it last became idle (meaningful while it is idle).
    public var idleSince: Double { clock }
    /// Time up to which its open sessions have been credited with agent time (while it holds some).
    var creditedUntil: Double {
        get { clock }
        set { clock = newValue }
    }

    init(group: Int32) { self.group = group }
}

/// A group's skill for one channel, as seen from the channel: which group may answer it and how.
public struct Eligibility: Sendable {
    public var group: Int32
    public var skill: Skill
}

/// The contact center's floor during a replication: agents (idle, busy, with room for another chat),
/// the contacts in the system and the channels' queues. Routing policies read it (`borrowing`);
/// only the simulator changes it.
///
/// Memory is O(agents + contacts in the system): contact rows are reused once a contact has left.
/// The mutable parts live in ``StateTable`` and ``IndexQueues`` (owned by one replication, no
/// copy-on-write checks), so the floor is `~Copyable`.
public struct Floor: ~Copyable {
    /// The current simulated time, seconds.
    public internal(set) var now = 0.0

    var agents = StateTable<AgentState>()
    /// Idle agents per group, longest idle first.
    var idle: IndexQueues
    /// Chat agents per group holding some sessions but with room for more.
    var partial: [[Int32]]
    /// Waiting contacts (rows) per channel, oldest first. The simulator keeps every queue's front a
    /// contact that is still waiting; further back, contacts that left are skipped when reached.
    var queues: IndexQueues
    /// Contacts actually waiting per channel.
    var waiting: StateTable<Int>
    var contacts = ContactTable()

    /// Per channel, the groups with the skill, in the model's group order.
    let eligibility: PackedLists<Eligibility>
    /// Per group, its skills in the order a freed agent looks at them: channel priority (higher
    /// first), then real-time before deferred, then the order the model lists them.
    let skillOrder: PackedLists<Skill>
    /// `skillTable[group * channelCount + channel]`: the group's skill for the channel
    /// (`channel == -1`: none).
    let skillTable: [Skill]
    let realTime: [Bool]
    let chat: [Bool]
    let voiceReserve: [Int]
    let skillCounts: [Int]
    /// Number of channels and of groups.
    public let channelCount: Int
    public let groupCount: Int

    init(model: ContactCenterModel) {
        channelCount = model.channels.count
        groupCount = model.groups.count
        idle = IndexQueues(count: groupCount)
        partial = Array(repeating: [], count: groupCount)
        queues = IndexQueues(count: channelCount)
        waiting = StateTable(repeating: 0, count: channelCount)
        let realTime = model.channels.map { $0.kind.isRealTime }
        self.realTime = realTime
        chat = model.channels.map { $0.kind == .chat }
        voiceReserve = model.groups.map(\.voiceReserve)
        skillCounts = model.groups.map(\.skills.count)
        var eligibility = Array(repeating: [Eligibility](), count: channelCount)
        var table = Array(repeating: Skill(channel: -1), count: groupCount * channelCount)
        for (g, group) in model.groups.enumerated() {
            for skill in group.skills {
                eligibility[skill.channel].append(Eligibility(group: Int32(g), skill: skill))
                table[g * channelCount + skill.channel] = skill
            }
        }
        self.eligibility = PackedLists(eligibility)
        skillTable = table
        let channels = model.channels
        skillOrder = PackedLists(model.groups.map { group in
            group.skills.enumerated().sorted { a, b in
                let (x, y) = (channels[a.element.channel], channels[b.element.channel])
                if x.priority != y.priority { return x.priority > y.priority }
                if x.kind.isRealTime != y.kind.isRealTime { return x.kind.isRealTime }
                return a.offset < b.offset
            }.map(\.element)
        })
    }

    // MARK: Reading the floor (the API routing policies use)

    /// The agent `a`.
    @inline(__always)
    public func agent(_ a: Int) -> AgentState { agents[a] }

    /// The contact in row `row`.
    @inline(__always)
    public func contact(_ row: Int) -> Contact { contacts[row] }

    /// Positions of the groups that answer `channel`, for ``eligibility(at:)``.
    @inline(__always)
    public func groups(answering channel: Int) -> Range<Int> { eligibility.positions(of: channel) }

    /// One group's skill for a channel, from ``groups(answering:)``.
    @inline(__always)
    public func eligibility(at position: Int) -> Eligibility { eligibility[position] }

    /// Group `g`'s skill for `channel`, or nil when it has none.
    @inline(__always)
    public func skill(group g: Int, channel: Int) -> Skill? {
        let skill = skillTable[g * channelCount + channel]
        return skill.channel < 0 ? nil : skill
    }

    /// Positions of group `g`'s skills in contact-selection order, for ``skill(at:)``.
    @inline(__always)
    public func skillPositions(of g: Int) -> Range<Int> { skillOrder.positions(of: g) }

    @inline(__always)
    public func skill(at position: Int) -> Skill { skillOrder[position] }

    /// Number of skills of group `g`.
    @inline(__always)
    public func skillCount(of g: Int) -> Int { skillCounts[g] }

    /// Idle agents of group `g`.
    @inline(__always)
    public func idleCount(_ g: Int) -> Int { idle.count(g) }

    /// The agent of group `g` idle longest, or nil.
    @inline(__always)
    public func longestIdleAgent(_ g: Int) -> Int? { idle.first(g).map { Int($0) } }

    /// Chat agents of group `g` holding sessions with room for more: `chatAgentWithRoom(g, k)` for
    /// `k < chatAgentsWithRoomCount(g)` (in no particular order).
    @inline(__always)
    public func chatAgentsWithRoomCount(_ g: Int) -> Int { partial[g].count }
    @inline(__always)
    public func chatAgentWithRoom(_ g: Int, _ k: Int) -> Int { Int(partial[g][k]) }

    /// The oldest contact (row) still waiting in `channel`'s queue, or nil.
    @inline(__always)
    public func oldestWaiting(_ channel: Int) -> Int? { queues.first(channel).map { Int($0) } }

    /// Contacts waiting in `channel`.
    @inline(__always)
    public func waitingCount(_ channel: Int) -> Int { waiting[channel] }

    @inline(__always)
    public func isRealTime(_ channel: Int) -> Bool { realTime[channel] }
    @inline(__always)
    public func isChat(_ channel: Int) -> Bool { chat[channel] }

    /// Idle agents group `g` keeps free for real-time work (`voice_reserve`).
    @inline(__always)
    public func voiceReserve(_ g: Int) -> Int { voiceReserve[g] }

    /// Whether a real-time contact waits in any channel group `g` answers.
    @inline(__always)
    public func realTimeWaiting(forGroup g: Int) -> Bool {
        skillOrder.contains(in: g) { realTime[$0.channel] && waiting[$0.channel] > 0 }
    }

    /// Whether agent `a` could hold one more contact of `skill`'s channel: free, or a chat agent
    /// with room that is not leaving.
    @inline(__always)
    public func hasRoom(agent a: Int, for skill: Skill) -> Bool {
        let agent = agents[a]
        guard agent.onDuty, !agent.leaving else { return false }
        if agent.sessions == 0 { return true }
        return !agent.exclusive && chat[skill.channel] && Int(agent.sessions) < skill.concurrency
    }
}
