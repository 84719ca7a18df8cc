/// Chooses where a freed agent looks for its next contact.
protocol ContactSelection: Sendable {
    /// Positions in `state.skillOrder` of the group's skills, in the order to try them; within a
    /// skill the simulator takes the oldest contact that the overflow rule lets this group take.
    func skillsToServe(group: Int, state: borrowing RoutingState) -> Range<Int>
}

/// The group's skills by priority (real-time skills first, then deferred ones, each in the order
/// the model lists them), and the oldest waiting contact of a skill first.
struct SkillPriorityOldestFirst: ContactSelection {
    @inline(__always)
    func skillsToServe(group: Int, state: borrowing RoutingState) -> Range<Int> {
        state.skillOrder.positions(of: group)
    }
}
