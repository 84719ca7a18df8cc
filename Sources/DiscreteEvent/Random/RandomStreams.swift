/// Hands out one ``RandomStream`` per name for a given `(masterSeed, replication)`.
///
/// Asking twice for the same name returns the *same* stream object (continuing its
/// sequence), never a fresh copy that would repeat the numbers already drawn. Names
/// should identify the random quantity, not the order of creation, so streams stay
/// synchronised across scenarios (common random numbers).
///
/// ```swift
/// let streams = RandomStreams(masterSeed: 42, replication: 3)
/// let arrivals = streams.stream(named: "sales.arrival")
/// ```
///
/// Not thread-safe: create one per replication.
public final class RandomStreams {
    /// The seed shared by every replication of an experiment.
    public let masterSeed: UInt64
    /// The replication index these streams belong to.
    public let replication: Int

    private var streams: [String: RandomStream] = [:]

    /// Creates the (initially empty) set of streams for one replication.
    public init(masterSeed: UInt64, replication: Int) {
        self.masterSeed = masterSeed
        self.replication = replication
    }

    /// The stream for `name`, created on first request.
    public func stream(named name: String) -> RandomStream {
        if let existing = streams[name] { return existing }
        let created = RandomStream(masterSeed: masterSeed, replication: replication, name: name)
        streams[name] = created
        return created
    }

    /// Names of the streams handed out so far, sorted.
    public var names: [String] { streams.keys.sorted() }
}

@available(*, unavailable, message: "RandomStreams belong to one replication on one thread")
extension RandomStreams: Sendable {}
