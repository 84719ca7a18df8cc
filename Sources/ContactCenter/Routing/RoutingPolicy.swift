/// Chooses the agent that answers a contact: ContactCenters' `selectAgent(contact)`.
///
/// Called when a contact arrives, and when a waiting contact's overflow delay passes. Return an
/// agent that `permissions` allows (`permits(contact:agent:skill:floor:)`), or nil to let the
/// contact wait. The floor lists candidates: ``Floor/groups(answering:)`` with each group's skill,
/// ``Floor/longestIdleAgent(_:)``, and for chat ``Floor/chatAgentWithRoom(_:_:)``.
public protocol AgentSelection: Sendable {
    func selectAgent(for contact: Int, on floor: borrowing Floor, permissions: some RoutingPermissions) -> Int?
}

/// Chooses the next contact for an agent that has become free (or has room for another chat):
/// ContactCenters' `selectContact(agentGroup)`. Return a waiting contact (a row from
/// ``Floor/oldestWaiting(_:)`` or anywhere in a queue) that `permissions` allows, or nil to leave
/// the agent idle.
public protocol ContactSelection: Sendable {
    func selectContact(for agent: Int, on floor: borrowing Floor, permissions: some RoutingPermissions) -> Int?
}

/// Overflow: whether a group whose skill has an overflow delay may take a contact yet.
public protocol OverflowRule: Sendable {
    func allows(skill: Skill, contact: borrowing Contact, now: Double) -> Bool
}

/// Blending: whether an agent may start deferred work (email, letters) rather than stay free for
/// real-time contacts. `otherIdleAgents` counts the group's idle agents besides this one.
public protocol BlendingRule: Sendable {
    func mayStartDeferred(group: Int, otherIdleAgents: Int, floor: borrowing Floor) -> Bool
}

/// What selection policies ask before they pick: may this agent take this contact now?
public protocol RoutingPermissions {
    /// Whether agent `agent`, through its group's `skill` for the contact's channel, may take the
    /// waiting or arriving contact in row `contact` now: it has room, the overflow rule allows it,
    /// and for deferred work the blending rule does.
    func permits(contact: Int, agent: Int, skill: Skill, floor: borrowing Floor) -> Bool
}

/// A router: the two selection policies plus the overflow and blending rules they consult.
///
/// The simulator is generic over the router, so for the built-in policies every call is specialised
/// and inlined; policies registered at run time go through ``AnyRouter``.
public struct Router<Agents: AgentSelection, Contacts: ContactSelection, Overflow: OverflowRule, Blending: BlendingRule>:
    Sendable, RoutingPermissions {
    public var agents: Agents
    public var contacts: Contacts
    public var overflow: Overflow
    public var blending: Blending

    public init(agents: Agents, contacts: Contacts, overflow: Overflow, blending: Blending) {
        self.agents = agents
        self.contacts = contacts
        self.overflow = overflow
        self.blending = blending
    }

    @inline(__always)
    public func permits(contact row: Int, agent a: Int, skill: Skill, floor: borrowing Floor) -> Bool {
        guard floor.hasRoom(agent: a, for: skill) else { return false }
        guard overflow.allows(skill: skill, contact: floor.contacts[row], now: floor.now) else { return false }
        if floor.realTime[skill.channel] { return true }
        let agent = floor.agents[a]
        let g = Int(agent.group)
        return blending.mayStartDeferred(group: g, otherIdleAgents: floor.idle.count(g) - (agent.isIdle ? 1 : 0), floor: floor)
    }

    @inline(__always)
    func selectAgent(for contact: Int, on floor: borrowing Floor) -> Int? {
        agents.selectAgent(for: contact, on: floor, permissions: self)
    }

    @inline(__always)
    func selectContact(for agent: Int, on floor: borrowing Floor) -> Int? {
        contacts.selectContact(for: agent, on: floor, permissions: self)
    }
}

/// What the simulator needs of a router (``Router`` or ``AnyRouter``).
protocol RoutingPolicy: Sendable {
    func selectAgent(for contact: Int, on floor: borrowing Floor) -> Int?
    func selectContact(for agent: Int, on floor: borrowing Floor) -> Int?
}

extension Router: RoutingPolicy {}
