/// Which routing policies a model uses, by name (the model file's `routing:` section).
///
/// `agentSelection` answers "which agent takes this contact?" (`routing.policy`: `longest_idle`,
/// `group_priority`, `fewest_skills_first`, or a policy registered with ``RoutingRegistry``);
/// `contactSelection` answers "which contact does a freed agent take?" (`routing.contact_selection`:
/// `channel_priority` or `oldest_first`). See docs/ROUTING.md.
public struct RoutingSpecification: Sendable, Equatable, Hashable {
    public var agentSelection: String
    public var contactSelection: String

    public init(agentSelection: String = RoutingSpecification.default.agentSelection,
                contactSelection: String = RoutingSpecification.default.contactSelection) {
        self.agentSelection = agentSelection
        self.contactSelection = contactSelection
    }

    /// Longest idle agent; a freed agent serves its channels by priority, oldest contact first.
    public static let `default` = RoutingSpecification(agentSelection: "longest_idle", contactSelection: "channel_priority")
}
