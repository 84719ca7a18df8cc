import Foundation

/// An optional per-contact record of a replication, for researchers who want to analyse contacts
/// themselves (Ciw's `DataRecord`): an observer that writes one CSV row per measured contact as it
/// leaves, so memory stays O(contacts in the system).
///
/// Columns: `replication,contact_id,customer_id,attempt,origin,channel,arrival_seconds,outcome,
/// wait_seconds,handle_seconds,group`. `contact_id` is unique within the replication, `customer_id`
/// links a customer's attempts (`attempt` 1, 2, ...; `origin` new, retry, transfer or callback);
/// `outcome` is `handled`, `abandoned`, `waiting_at_end` or `in_service_at_end`; `wait_seconds`
/// runs to the answer, the abandonment or the end of the run; `handle_seconds` (handled contacts)
/// is from answer to end of handling, chat slowdown included; `group` is the agent group that
/// answered. Rows are buffered and written in 1 MB blocks; names are written by ``CSVRecord``, like
/// every CSV ccsim writes.
final class ContactTrace {
    static let header = CSVRecord.line(["replication", "contact_id", "customer_id", "attempt", "origin", "channel",
                                        "arrival_seconds", "outcome", "wait_seconds", "handle_seconds", "group"])

    private let handle: FileHandle
    private let replication: Int
    private let channelNames: [String]
    private let groupNames: [String]
    private var buffer = ""

    init(path: String, replication: Int, model: ContactCenterModel) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        self.replication = replication
        // Names as CSV fields once (numbers and outcomes never need quoting), so rows stay plain appends.
        channelNames = model.channels.map { CSVRecord.field($0.name) }
        groupNames = model.groups.map { CSVRecord.field($0.name) }
        buffer.reserveCapacity(1 << 20)
    }

    deinit { try? handle.close() }

    /// Appends one contact's row.
    func record(_ contact: borrowing Contact, outcome: String, now: Double) {
        guard contact.measured else { return }
        buffer += "\(replication),\(contact.id),\(contact.customer),\(contact.attempt),\(contact.origin.name),"
        buffer += "\(channelNames[Int(contact.channel)]),\(contact.arrival),\(outcome),\(contact.wait(at: now)),"
        if outcome == "handled" { buffer += "\(now - contact.answered)" }
        buffer += ","
        if contact.group >= 0 { buffer += groupNames[Int(contact.group)] }
        buffer += "\n"
        if buffer.utf8.count >= 1 << 20 { flush() }
    }

    /// Writes what is buffered.
    func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer.utf8))
        buffer.removeAll(keepingCapacity: true)
    }
}

/// The observers of an ordinary run: the measures, and the trace when one is asked for.
struct StandardObserver: SimulationObserver, ~Copyable {
    var measures: MeasureCollector
    let trace: ContactTrace?
    /// With journeys (nil otherwise: one branch per event).
    var journeys: JourneyCollector?

    init(model: ContactCenterModel, trace: ContactTrace?) {
        measures = MeasureCollector(model: model)
        self.trace = trace
        journeys = model.journeys == nil ? nil : JourneyCollector(channels: model.channels.count, churn: model.economics?.churn)
    }

    /// What the replication measured.
    func result(events: Int) -> ReplicationMeasures {
        var r = measures.result(events: events)
        r.journeys = journeys?.result()
        return r
    }

    @inline(__always) mutating func admitted(_ contact: borrowing Contact, now: Double) {
        measures.admitted(contact, now: now)
        journeys?.admitted(contact, now: now)
    }
    @inline(__always) mutating func queued(_ contact: borrowing Contact, now: Double) { measures.queued(contact, now: now) }
    @inline(__always) mutating func answered(_ contact: borrowing Contact, now: Double) { measures.answered(contact, now: now) }
    @inline(__always) mutating func abandoned(_ contact: borrowing Contact, now: Double) {
        measures.abandoned(contact, now: now)
        trace?.record(contact, outcome: "abandoned", now: now)
    }
    @inline(__always) mutating func completed(_ contact: borrowing Contact, now: Double) {
        measures.completed(contact, now: now)
        journeys?.completed(contact, now: now)
        trace?.record(contact, outcome: "handled", now: now)
    }
    mutating func calledBack(_ contact: borrowing Contact, now: Double) {
        measures.calledBack(contact, now: now)
        journeys?.calledBack(contact, now: now)
        trace?.record(contact, outcome: "called_back", now: now)
    }
    mutating func agentsPresent(group: Int, count: Int, now: Double) { measures.agentsPresent(group: group, count: count, now: now) }
    mutating func intervalEnded(_ interval: Int, now: Double) { measures.intervalEnded(interval, now: now) }
    mutating func unfinished(_ contact: borrowing Contact, now: Double) {
        measures.unfinished(contact, now: now)
        journeys?.unfinished(contact, now: now)
        trace?.record(contact, outcome: contact.state == .waiting ? "waiting_at_end" : "in_service_at_end", now: now)
    }
    mutating func ended(now: Double) {
        measures.ended(now: now)
        trace?.flush()
    }
    mutating func journeyEnded(_ journey: borrowing Journey, now: Double) { journeys?.journeyEnded(journey, now: now) }
    mutating func journeyOpen(_ journey: borrowing Journey, now: Double) { journeys?.journeyOpen(journey, now: now) }
}
