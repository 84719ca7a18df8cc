import Foundation

/// The routing policies a model file can name (`routing: { policy: ..., contact_selection: ... }`).
///
/// Built-in policies are listed here, one line each; a policy written outside the package is added
/// at run time with ``register(agentSelection:_:)`` or ``register(contactSelection:_:)``.
/// Built-in combinations run fully specialised; any combination involving a registered policy runs
/// through type-erased wrappers (a dynamic call per routing decision), so it is a little slower.
/// See docs/ROUTING.md for how to write one.
public enum RoutingRegistry {
    /// Agent selection: `routing.policy`.
    static let builtInAgentSelections: [(name: String, policy: any AgentSelection)] = [
        ("longest_idle", LongestIdle()),
        ("group_priority", GroupPriority()),
        ("fewest_skills_first", FewestSkillsFirst()),
    ]

    /// Contact selection: `routing.contact_selection`.
    static let builtInContactSelections: [(name: String, policy: any ContactSelection)] = [
        ("channel_priority", ChannelPriority()),
        ("oldest_first", OldestFirst()),
    ]

    private static let registered = Registered()

    /// Makes `policy` available to model files as `routing: { policy: NAME }`.
    public static func register(agentSelection name: String, _ policy: some AgentSelection) {
        registered.withLock { $0.agents[name] = policy }
    }

    /// Makes `policy` available to model files as `routing: { contact_selection: NAME }`.
    public static func register(contactSelection name: String, _ policy: some ContactSelection) {
        registered.withLock { $0.contacts[name] = policy }
    }

    /// Every agent-selection name, built-in first.
    public static var agentSelectionNames: [String] {
        builtInAgentSelections.map(\.name) + registered.withLock { $0.agents.keys.sorted() }
    }

    /// Every contact-selection name, built-in first.
    public static var contactSelectionNames: [String] {
        builtInContactSelections.map(\.name) + registered.withLock { $0.contacts.keys.sorted() }
    }

    /// The routing in plain words, for reports.
    public static func describe(_ routing: RoutingSpecification) -> String {
        let agents: String
        switch routing.agentSelection {
        case "longest_idle": agents = "the agent idle longest takes the contact"
        case "group_priority": agents = "groups are tried in the order listed, the agent idle longest within the group"
        case "fewest_skills_first": agents = "the idle agent with the fewest skills takes the contact"
        default: agents = "policy \(routing.agentSelection)"
        }
        let contacts: String
        switch routing.contactSelection {
        case "channel_priority": contacts = "a free agent serves its channels by priority, oldest contact first"
        case "oldest_first": contacts = "a free agent takes the oldest contact across its channels"
        default: contacts = "contact selection \(routing.contactSelection)"
        }
        return agents + "; " + contacts
    }

    static func agentSelection(named name: String) -> (any AgentSelection)? {
        builtInAgentSelections.first { $0.name == name }?.policy ?? registered.withLock { $0.agents[name] }
    }

    static func contactSelection(named name: String) -> (any ContactSelection)? {
        builtInContactSelections.first { $0.name == name }?.policy ?? registered.withLock { $0.contacts[name] }
    }

    private final class Registered: @unchecked Sendable {
        struct Policies {
            var agents: [String: any AgentSelection] = [:]
            var contacts: [String: any ContactSelection] = [:]
        }
        private let lock = NSLock()
        private var policies = Policies()

        func withLock<T>(_ body: (inout Policies) -> T) -> T {
            lock.lock()
            defer { lock.unlock() }
            return body(&policies)
        }
    }
}

/// An agent-selection policy behind an existential, for combinations that are not built in.
struct AnyAgentSelection: AgentSelection {
    let base: any AgentSelection

    func selectAgent(for contact: Int, on floor: borrowing Floor, permissions: some RoutingPermissions) -> Int? {
        base.selectAgent(for: contact, on: floor, permissions: permissions)
    }
}

/// A contact-selection policy behind an existential.
struct AnyContactSelection: ContactSelection {
    let base: any ContactSelection

    func selectContact(for agent: Int, on floor: borrowing Floor, permissions: some RoutingPermissions) -> Int? {
        base.selectContact(for: agent, on: floor, permissions: permissions)
    }
}

/// Runs a replication of a model with the routing it names: the built-in combinations each with
/// their own specialised simulator, any other through ``AnyAgentSelection``/``AnyContactSelection``.
enum RoutedRun {
    static func run<Observer: SimulationObserver & ~Copyable>(
        _ model: ContactCenterModel, observer: consuming Observer, seed: UInt64, replication: Int,
        checkingWorkConservation: Bool = false, finish: (borrowing Observer, _ events: Int, _ violations: Int) -> Void
    ) {
        func simulate<A: AgentSelection, C: ContactSelection>(_ agents: A, _ contacts: C, _ observer: consuming Observer) {
            let router = Router(agents: agents, contacts: contacts, overflow: DelayedOverflow(), blending: DeferredWhenRealTimeIsServed())
            var simulation = ContactCenterSimulation(model: model, router: router, observer: observer, seed: seed, replication: replication)
            simulation.checksWorkConservation = checkingWorkConservation
            simulation.run()
            finish(simulation.observer, simulation.events, simulation.workConservationViolations)
        }
        func withContacts<A: AgentSelection>(_ agents: A, _ observer: consuming Observer) {
            switch model.routing.contactSelection {
            case "channel_priority": simulate(agents, ChannelPriority(), observer)
            case "oldest_first": simulate(agents, OldestFirst(), observer)
            default:
                guard let policy = RoutingRegistry.contactSelection(named: model.routing.contactSelection) else {
                    fatalError("unknown contact selection '\(model.routing.contactSelection)' (the model was not validated)")
                }
                simulate(agents, AnyContactSelection(base: policy), observer)
            }
        }
        switch model.routing.agentSelection {
        case "longest_idle": withContacts(LongestIdle(), observer)
        case "group_priority": withContacts(GroupPriority(), observer)
        case "fewest_skills_first": withContacts(FewestSkillsFirst(), observer)
        default:
            guard let policy = RoutingRegistry.agentSelection(named: model.routing.agentSelection) else {
                fatalError("unknown routing policy '\(model.routing.agentSelection)' (the model was not validated)")
            }
            withContacts(AnyAgentSelection(base: policy), observer)
        }
    }
}
