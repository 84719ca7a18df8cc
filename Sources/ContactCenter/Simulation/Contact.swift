/// Why a contact exists: a customer's first attempt, or a later one of the same journey.
public enum ContactOrigin: UInt8, Sendable, CaseIterable {
    /// A first contact from the arrival process.
    case new
    /// The customer tries again (after abandoning, an unanswered or unresolved contact).
    case retry
    /// Passed on from another channel or group (escalation).
    case transfer
    /// An outbound call back to a customer who asked for one.
    case callback

    /// The name used in traces.
    public var name: String {
        switch self {
        case .new: return "new"
        case .retry: return "retry"
        case .transfer: return "transfer"
        case .callback: return "callback"
        }
    }
}

/// Where a contact is in its life.
public enum ContactState: UInt8, Sendable {
    /// In a channel's queue (or backlog).
    case waiting
    /// An agent is working on it.
    case inService
    /// Handled: an agent finished it.
    case handled
    /// The customer gave up waiting.
    case abandoned
    /// The caller left the queue for a call-back (a new contact on the call-back channel).
    case calledBack
}

/// One contact: a customer's attempt on one channel, from admission to its outcome, with its
/// identity and history (ContactCenters' `Contact`, Ciw's `Individual`). It lives in one row of the
/// replication's contact table; the row is reused once the contact has left.
public struct Contact: Sendable {
    // Layout: the first 64 bytes hold what answering, ending and abandoning a contact read and
    // write, and a row is 128 bytes in a 64-byte aligned table, so a completion touches one cache
    // line of its contact (three, in a 133-byte row in the old field order: the cost of a large
    // center, where the row of a contact answered minutes ago is never in cache).

    /// When it was admitted, seconds.
    public var arrival: Double
    /// When an agent started on it (NaN until then).
    public var answered: Double
    /// When it left (handled or abandoned; NaN until then).
    public var ended: Double
    /// Agent time attributed to it after the warm-up, seconds: its whole service for a contact the
    /// agent holds alone; for chat, each moment is shared equally among the agent's open sessions.
    public var agentSeconds: Double
    /// Channel index in the model.
    public var channel: Int32
    /// The group and agent that answered it (-1 until then).
    public var group: Int32
    public var agent: Int32
    /// Arrival interval (for per-interval measures).
    public var interval: Int32
    /// The customer's attempt number: 1 for a first contact.
    public var attempt: Int32
    /// With journeys: the customer's journey (a row of the replication's journey table), or -1.
    var journey: Int32
    public var state: ContactState
    public var origin: ContactOrigin
    /// Whether it counts in the measures (arrived after the warm-up).
    public var measured: Bool
    /// Whether it had to wait: nobody was free to take it when it arrived.
    public var queued: Bool
    /// With journeys: whether handling it resolved the customer's need (set when it is handled).
    public var resolved: Bool
    /// With journeys: whether it carries the customer's history (shared history, or a transfer
    /// with context), so it suffers no context loss.
    public var withContext: Bool
    /// A call-back that will not reach the customer (its work is the attempt).
    public var unreachable: Bool
    /// The contact's row is still referenced by its channel's queue.
    var inQueue: Bool

    /// Its work: the handle time when handled alone, seconds.
    public var work: Double
    /// How long the customer is willing to wait; infinity: never abandons.
    public var patience: Double
    /// Chat: work left (seconds at full speed) as of `since`.
    var remaining: Double
    var since: Double
    /// Unique within the replication, in admission order (0, 1, 2, ...).
    public var id: Int
    /// The customer this is an attempt of: new customers are numbered in arrival order (without
    /// journeys every contact is a new customer's, and its id equals the contact's).
    public var customer: Int
    /// Index into its channel's overflow delays of the next overflow moment.
    var nextOverflow: Int32
    /// For a repeat contact, the outcome of the previous contact that brought the customer back.
    public var cause: JourneyModel.Outcome?
    /// A waiting caller who was offered a call-back (and declined, while still waiting).
    var callbackOffered: Bool
    /// Pads the row to 128 bytes (see the layout note above).
    var padding: UInt64 = 0

    /// The time it has waited by `now` (to its answer if answered).
    public func wait(at now: Double) -> Double { (answered.isNaN ? now : answered) - arrival }
}

/// The contacts of one replication, in reusable rows (memory is O(contacts in the system)).
struct ContactTable: ~Copyable {
    private(set) var rows = StateTable<Contact>()
    private var free = StateTable<Int32>()
    /// The id the next contact gets.
    private(set) var nextID = 0

    subscript(row: Int) -> Contact {
        unsafeAddress { rows.withAddress(of: row) }
        unsafeMutableAddress { rows.withMutableAddress(of: row) }
    }

    /// The address of a row, for handing the contact to observers: `address(of: row).pointee`
    /// passes it by reference where `self[row]` as an argument beside a mutation of the simulation
    /// made the compiler copy all 133 bytes first.
    @inline(__always)
    func address(of row: Int) -> UnsafePointer<Contact> { rows.withAddress(of: row) }

    /// A row for a new contact with the next id.
    mutating func add(customer: Int?, attempt: Int32, origin: ContactOrigin, channel: Int, interval: Int, measured: Bool,
                      arrival: Double, work: Double, patience: Double) -> Int {
        // (A contact of a journey gets its journey row, context and reachability from the caller.)
        let id = nextID
        nextID += 1
        let contact = Contact(arrival: arrival, answered: .nan, ended: .nan, agentSeconds: 0, channel: Int32(channel), group: -1,
                              agent: -1, interval: Int32(interval), attempt: attempt, journey: -1, state: .waiting, origin: origin,
                              measured: measured, queued: false, resolved: false, withContext: false, unreachable: false,
                              inQueue: false, work: work, patience: patience, remaining: work, since: arrival, id: id,
                              customer: customer ?? id, nextOverflow: 0, cause: nil, callbackOffered: false)
        if let row = free.popLast() {
            rows[Int(row)] = contact
            return Int(row)
        }
        rows.append(contact)
        return rows.count - 1
    }

    /// Uses up the next id without a row: a customer whose need the website resolved keeps the id
    /// it would have had, so the contacts after it are numbered as if it had contacted the center.
    mutating func skipID() { nextID += 1 }

    /// Gives the row back for reuse (the contact has left and no queue refers to it).
    @inline(__always)
    mutating func release(_ row: Int) {
        assert(rows[row].state.hasLeft, "ContactTable: row \(row) released before its contact left")
        free.append(Int32(row))
    }

    /// Rows in use or free.
    var indices: Range<Int> { rows.indices }

    mutating func reserveCapacity(_ n: Int) { rows.reserveCapacity(n) }
}
