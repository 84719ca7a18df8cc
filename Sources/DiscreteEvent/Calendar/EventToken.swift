/// A handle to one scheduled event, returned by ``EventCalendar/schedule(at:priority:payload:)``
/// and used to cancel it.
///
/// The token is the event's scheduling sequence number, which is unique within the
/// calendar that issued it; a token from one calendar means nothing to another.
public struct EventToken: Hashable, Sendable {
    /// The ``Event/sequence`` of the event this token refers to.
    public let sequence: UInt64

    /// Wraps a sequence number; normally obtained from the calendar or ``Event/token``.
    @inlinable
    public init(sequence: UInt64) { self.sequence = sequence }
}
