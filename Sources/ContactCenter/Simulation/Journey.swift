/// Where a customer's need stands.
public enum JourneyState: UInt8, Sendable {
    /// A contact is in the system, or the customer will come back.
    case open
    /// A contact (or the website) resolved the need.
    case resolved
    /// The customer gave up for good: a bad outcome with no further attempt.
    case lost
}

/// One customer's need, from the first contact (or a visit to the website) to its end, with what
/// happened on the way: the record journey measures and customer economics are computed from.
public struct Journey: Sendable {
    // Layout: 64 bytes (no room is left), one cache line of the (64-byte aligned) journey table: a journey is reached
    // at random when its contact ends, and an 88-byte row straddled two lines. Counts fit 16 bits:
    // contacts per journey are at most `journeys.max_attempts` (<= 1,000) plus a call-back, and a
    // model has at most 1,000 channels.

    /// The customer: new customers are numbered 0, 1, 2, ... in arrival order.
    public var customer: Int
    /// The longest any of its contacts waited, seconds.
    public var longestWait: Double
    public var started: Double
    /// When it was resolved or lost (NaN while open).
    public var ended: Double
    /// The customer's own decisions (retry or not, where, whether the answer resolved the need) come
    /// from a generator seeded by the customer, so two scenarios that treat a customer alike see
    /// the same decisions (common random numbers at the level of the customer).
    var choices: UInt64
    /// The channel of the first contact (-1: the website resolved it before any contact).
    public var firstChannel: Int16
    /// The channel of the latest contact.
    public var lastChannel: Int16
    /// Contacts so far (first contact, retries, transfers, call-backs).
    public var contacts: Int16
    public var abandoned: Int16
    public var unanswered: Int16
    public var unresolved: Int16
    public var transfers: Int16
    public var callbacks: Int16
    public var state: JourneyState
    /// Whether it counts in the measures (it started after the warm-up).
    public var measured: Bool
    /// Whether the customer used more than one channel.
    public var multichannel: Bool
    /// Whether a later contact is scheduled (a retry or a transfer after a delay).
    public var pending: Bool
    /// While `pending`: the channel of the next contact, the outcome that brings the customer
    /// back, and whether the contact carries the customer's history.
    var nextChannel: Int16 = 0
    var nextCause: JourneyModel.Outcome = .abandoned
    var nextWithContext = false

    /// A uniform variate in [0, 1) from the customer's generator (SplitMix64).
    mutating func uniform() -> Double {
        choices &+= 0x9E37_79B9_7F4A_7C15
        var z = choices
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Double(z >> 11) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// The part of a customer's generator seed that is the same for every customer of replication
    /// `replication` under `seed` (computed once per replication; see ``choiceSeed(replicationKey:customer:)``).
    static func replicationKey(seed: UInt64, replication: Int) -> UInt64 {
        mix(mix(seed ^ 0x6A6F_7572_6E65_7973) ^ UInt64(bitPattern: Int64(replication)))
    }

    /// The seed of customer `customer`'s generator, from its replication's key.
    @inline(__always)
    static func choiceSeed(replicationKey: UInt64, customer: Int) -> UInt64 {
        mix(replicationKey ^ UInt64(bitPattern: Int64(customer)))
    }

    /// SplitMix64's finaliser.
    @inline(__always)
    private static func mix(_ v: UInt64) -> UInt64 {
        var z = v &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The journeys of one replication, in reusable rows (memory is O(open journeys)).
struct JourneyTable: ~Copyable {
    private(set) var rows = StateTable<Journey>()
    private var free = StateTable<Int32>()

    subscript(row: Int) -> Journey {
        unsafeAddress { rows.withAddress(of: row) }
        unsafeMutableAddress { rows.withMutableAddress(of: row) }
    }

    /// The address of a row, for handing the journey to observers without a copy (see ``ContactTable/address(of:)``).
    @inline(__always)
    func address(of row: Int) -> UnsafePointer<Journey> { rows.withAddress(of: row) }

    mutating func add(_ journey: Journey) -> Int {
        if let row = free.popLast() {
            rows[Int(row)] = journey
            return Int(row)
        }
        rows.append(journey)
        return rows.count - 1
    }

    mutating func release(_ row: Int) { free.append(Int32(row)) }

    mutating func reserveCapacity(_ n: Int) { rows.reserveCapacity(n) }

    var indices: Range<Int> { rows.indices }
}
