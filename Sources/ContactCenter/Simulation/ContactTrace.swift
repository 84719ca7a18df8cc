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

    private let file: TracePart
    private let replication: Int
    private let channelNames: [String]
    private let groupNames: [String]

    init(path: String, replication: Int, model: ContactCenterModel) throws {
        file = try TracePart(path: path)
        self.replication = replication
        // Names as CSV fields once (numbers and outcomes never need quoting), so rows stay plain appends.
        channelNames = model.channels.map { CSVRecord.field($0.name) }
        groupNames = model.groups.map { CSVRecord.field($0.name) }
    }

    /// Appends one contact's row.
    func record(_ contact: borrowing Contact, outcome: String, now: Double) {
        guard contact.measured else { return }
        var row = "\(replication),\(contact.id),\(contact.customer),\(contact.attempt),\(contact.origin.name),"
        row += "\(channelNames[Int(contact.channel)]),\(contact.arrival),\(outcome),\(contact.wait(at: now)),"
        if outcome == "handled" { row += "\(now - contact.answered)" }
        row += ","
        if contact.group >= 0 { row += groupNames[Int(contact.group)] }
        file.append(row + "\n")
    }

    func flush() { file.flush() }
}

/// An optional per-journey record of a replication (with a `journeys:` section): one CSV row per
/// measured customer journey as it ends, and for journeys still open at the end of the run.
///
/// Columns: `replication,customer_id,outcome,started_seconds,ended_seconds,contacts,first_channel,
/// last_channel,multichannel,abandoned,unanswered,unresolved,transfers,callbacks,longest_wait_seconds,
/// churn_probability`; `outcome` is `resolved`, `lost` or `open`; `first_channel` is `web` for needs the
/// website resolved; `churn_probability` (with an `economics:` section) the customer's risk of leaving.
final class JourneyTrace {
    static let header = CSVRecord.line(["replication", "customer_id", "outcome", "started_seconds", "ended_seconds", "contacts",
                                        "first_channel", "last_channel", "multichannel", "abandoned", "unanswered", "unresolved",
                                        "transfers", "callbacks", "longest_wait_seconds", "churn_probability"])

    private let file: TracePart
    private let replication: Int
    private let channelNames: [String]
    private let churn: EconomicsModel.Churn?

    init(path: String, replication: Int, model: ContactCenterModel) throws {
        file = try TracePart(path: path)
        self.replication = replication
        channelNames = model.channels.map { CSVRecord.field($0.name) }
        churn = model.economics?.churn
    }

    /// Appends one journey's row.
    func record(_ journey: borrowing Journey, outcome: String) {
        guard journey.measured else { return }
        let first = journey.firstChannel < 0 ? "web" : channelNames[Int(journey.firstChannel)]
        let last = journey.firstChannel < 0 ? "web" : channelNames[Int(journey.lastChannel)]
        var row = "\(replication),\(journey.customer),\(outcome),\(journey.started),"
        row += journey.ended.isNaN ? "," : "\(journey.ended),"
        row += "\(journey.contacts),\(first),\(last),\(journey.multichannel),\(journey.abandoned),\(journey.unanswered),"
        row += "\(journey.unresolved),\(journey.transfers),\(journey.callbacks),\(journey.longestWait),"
        if let churn { row += "\(churn.probability(journey))" }
        file.append(row + "\n")
    }

    func flush() { file.flush() }
}

/// One replication's part of a trace file, buffered and written in 1 MB blocks (the parts are
/// joined in replication order when the run ends, so the file is the same for any number of jobs).
final class TracePart {
    private let handle: FileHandle
    private var buffer = ""

    init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        buffer.reserveCapacity(1 << 20)
    }

    deinit { try? handle.close() }

    func append(_ row: String) {
        buffer += row
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
    let journeyTrace: JourneyTrace?
    /// With journeys (`hasJourneys`; otherwise an empty collector that is never called: an
    /// optional here was copied out and back on every event).
    var journeys: JourneyCollector
    let hasJourneys: Bool

    init(model: ContactCenterModel, trace: ContactTrace?, journeyTrace: JourneyTrace? = nil) {
        measures = MeasureCollector(model: model)
        self.trace = trace
        self.journeyTrace = journeyTrace
        hasJourneys = model.journeys != nil
        journeys = JourneyCollector(channels: hasJourneys ? model.channels.count : 0, churn: model.economics?.churn)
    }

    /// What the replication measured.
    func result(events: Int) -> ReplicationMeasures {
        var r = measures.result(events: events)
        r.journeys = hasJourneys ? journeys.result() : nil
        return r
    }

    @inline(__always) mutating func admitted(_ contact: borrowing Contact, now: Double) {
        measures.admitted(contact, now: now)
        if hasJourneys { journeys.admitted(contact, now: now) }
    }
    @inline(__always) mutating func queued(_ contact: borrowing Contact, now: Double) { measures.queued(contact, now: now) }
    @inline(__always) mutating func answered(_ contact: borrowing Contact, now: Double) { measures.answered(contact, now: now) }
    @inline(__always) mutating func abandoned(_ contact: borrowing Contact, now: Double) {
        measures.abandoned(contact, now: now)
        trace?.record(contact, outcome: "abandoned", now: now)
    }
    @inline(__always) mutating func completed(_ contact: borrowing Contact, now: Double) {
        measures.completed(contact, now: now)
        if hasJourneys { journeys.completed(contact, now: now) }
        trace?.record(contact, outcome: "handled", now: now)
    }
    mutating func calledBack(_ contact: borrowing Contact, now: Double) {
        measures.calledBack(contact, now: now)
        if hasJourneys { journeys.calledBack(contact, now: now) }
        trace?.record(contact, outcome: "called_back", now: now)
    }
    mutating func agentsPresent(group: Int, count: Int, now: Double) { measures.agentsPresent(group: group, count: count, now: now) }
    mutating func intervalEnded(_ interval: Int, now: Double) { measures.intervalEnded(interval, now: now) }
    mutating func unfinished(_ contact: borrowing Contact, now: Double) {
        measures.unfinished(contact, now: now)
        if hasJourneys { journeys.unfinished(contact, now: now) }
        trace?.record(contact, outcome: contact.state == .waiting ? "waiting_at_end" : "in_service_at_end", now: now)
    }
    mutating func arrivalsEnded(now: Double) { measures.arrivalsEnded(now: now) }
    mutating func ended(now: Double) {
        measures.ended(now: now)
        trace?.flush()
        journeyTrace?.flush()
    }
    mutating func journeyEnded(_ journey: borrowing Journey, now: Double) {
        if hasJourneys { journeys.journeyEnded(journey, now: now) }
        journeyTrace?.record(journey, outcome: journey.state == .resolved ? "resolved" : "lost")
    }
    mutating func journeyOpen(_ journey: borrowing Journey, now: Double) {
        if hasJourneys { journeys.journeyOpen(journey, now: now) }
        journeyTrace?.record(journey, outcome: "open")
    }
}
