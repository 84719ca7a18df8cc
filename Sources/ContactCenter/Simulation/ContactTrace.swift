import Foundation

/// An optional per-contact record of a replication, for researchers who want to analyse
/// contacts themselves (the simulator's own measures never need it: memory stays
/// O(agents + waiting contacts) because rows go to a file as contacts leave).
///
/// One CSV row per measured contact: `replication,channel,arrival_seconds,outcome,wait_seconds,
/// handle_seconds,group`, where `outcome` is `handled`, `abandoned`, `waiting_at_end` or
/// `in_service_at_end`; `wait_seconds` runs to the answer, the abandonment or the end of the run;
/// `handle_seconds` (handled contacts) is from answer to end of handling, chat slowdown included;
/// `group` is the agent group that answered. Rows are buffered and written in 1 MB blocks; names are
/// written by ``CSVRecord``, like every CSV ccsim writes.
final class ContactTrace {
    static let header = CSVRecord.line(["replication", "channel", "arrival_seconds", "outcome", "wait_seconds", "handle_seconds", "group"])

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
    func record(channel: Int, arrival: Double, outcome: String, wait: Double, handling: Double?, group: Int?) {
        buffer += "\(replication),\(channelNames[channel]),\(arrival),\(outcome),\(wait),"
        if let handling { buffer += "\(handling)" }
        buffer += ","
        if let group { buffer += groupNames[group] }
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
