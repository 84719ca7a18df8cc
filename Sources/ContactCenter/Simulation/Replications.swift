import Dispatch
import Foundation

/// Runs independent replications of a model in parallel.
///
/// Replication r uses the random streams of (seed, r, stream name), whichever thread runs it,
/// and results are returned in replication order, so the output is byte-identical for any
/// number of jobs.
public enum Replications {
    /// Runs replications `0..<count` on `jobs` threads; `progress` is called (from worker
    /// threads) with the number finished so far.
    public static func run(_ model: ContactCenterModel, count: Int, seed: UInt64, jobs: Int,
                           progress: (@Sendable (Int) -> Void)? = nil) -> [ReplicationMeasures] {
        // Without a trace nothing can fail.
        try! run(model, count: count, seed: seed, jobs: jobs, tracePath: nil, progress: progress)
    }

    /// Runs replications as above and, with a `tracePath`, writes one CSV row per measured contact
    /// (see `ContactTrace`): each replication writes its own part file, and the parts are joined in
    /// replication order into `tracePath` (replaced atomically), so the trace too is identical for
    /// any number of jobs. Throws when the trace cannot be written.
    public static func run(_ model: ContactCenterModel, count: Int, seed: UInt64, jobs: Int, tracePath: String?,
                           progress: (@Sendable (Int) -> Void)? = nil) throws -> [ReplicationMeasures] {
        var results: [ReplicationMeasures] = []
        results.reserveCapacity(count)
        try forEach(model, count: count, seed: seed, jobs: jobs, tracePath: tracePath, progress: progress) { results.append($0) }
        return results
    }

    /// Runs replications and folds each into a ``SummaryAccumulator`` as soon as it and every
    /// earlier one are done: memory is flat in the number of replications (a thousand one-day
    /// replications of the seed model keep their measure values, not their wait histograms).
    /// `journeyTracePath` (with journeys) writes one CSV row per journey (see `JourneyTrace`).
    public static func summarize(_ model: ContactCenterModel, count: Int, seed: UInt64, jobs: Int, tracePath: String? = nil,
                                 journeyTracePath: String? = nil,
                                 progress: (@Sendable (Int) -> Void)? = nil) throws -> SummaryAccumulator {
        var accumulator = SummaryAccumulator(model: model)
        try forEach(model, count: count, seed: seed, jobs: jobs, tracePath: tracePath, journeyTracePath: journeyTracePath,
                    progress: progress) { accumulator.add($0) }
        return accumulator
    }

    /// Runs replications `0..<count` on `jobs` threads (``WorkPool``) and hands each to `body` in
    /// replication order; writes the traces asked for, each replication into its own part file,
    /// joined in replication order at the end.
    static func forEach(_ model: ContactCenterModel, count: Int, seed: UInt64, jobs: Int, tracePath: String?,
                        journeyTracePath: String? = nil,
                        progress: (@Sendable (Int) -> Void)?, _ body: (ReplicationMeasures) -> Void) throws {
        let contactParts = tracePath.map { path in (0..<count).map { "\(path).part\($0)" } }
        let journeyParts = journeyTracePath.map { path in (0..<count).map { "\(path).part\($0)" } }
        let failure = FirstFailure()
        var delivered = 0
        WorkPool.run(count: count, jobs: jobs, work: { (r: Int) -> ReplicationMeasures? in
            do {
                let trace = try contactParts.map { try ContactTrace(path: $0[r], replication: r, model: model) }
                let journeyTrace = try journeyParts.map { try JourneyTrace(path: $0[r], replication: r, model: model) }
                return replicate(model, seed: seed, replication: r, trace: trace, journeyTrace: journeyTrace)
            } catch {
                failure.record(error)
                return nil
            }
        }, deliver: { (_: Int, measures: ReplicationMeasures) in
            delivered += 1
            body(measures)
        }, finished: progress)
        if let error = failure.error ?? (delivered < count ? CocoaError(.fileWriteUnknown) : nil) {
            for part in (contactParts ?? []) + (journeyParts ?? []) { try? FileManager.default.removeItem(atPath: part) }
            throw error
        }
        if let tracePath, let contactParts { try joinTrace(parts: contactParts, header: ContactTrace.header, into: tracePath) }
        if let journeyTracePath, let journeyParts { try joinTrace(parts: journeyParts, header: JourneyTrace.header, into: journeyTracePath) }
    }

    /// One replication with the standard observers (measures, and the traces when given).
    static func replicate(_ model: ContactCenterModel, seed: UInt64, replication r: Int, trace: ContactTrace? = nil,
                          journeyTrace: JourneyTrace? = nil) -> ReplicationMeasures {
        var measures: ReplicationMeasures?
        RoutedRun.run(model, observer: StandardObserver(model: model, trace: trace, journeyTrace: journeyTrace), seed: seed,
                      replication: r) { observer, events, _ in
            measures = observer.result(events: events)
        }
        return measures!
    }

    /// Runs replication `replication` of `model` with a researcher's own observer (a collector of
    /// events the standard measures do not keep) and returns the observer after the run.
    public static func observe<Observer: SimulationObserver>(_ model: ContactCenterModel, seed: UInt64, replication: Int,
                                                             with observer: Observer) -> Observer {
        var result: Observer?
        RoutedRun.run(model, observer: observer, seed: seed, replication: replication) { observer, _, _ in result = copy observer }
        return result!
    }

    static func joinTrace(parts: [String], header: String, into path: String) throws {
        let temporary = path + ".tmp"
        defer { parts.forEach { try? FileManager.default.removeItem(atPath: $0) } }
        guard FileManager.default.createFile(atPath: temporary, contents: Data(header.utf8)) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary])
        }
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
        try out.seekToEnd()
        for part in parts {
            let input = try FileHandle(forReadingFrom: URL(fileURLWithPath: part))
            while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty { try out.write(contentsOf: chunk) }
            try input.close()
        }
        try out.close()
        try OutputFile.replace(path, with: temporary)   // never removes a folder or a device in the way
    }

    /// The number of jobs to use by default: one per core.
    public static var defaultJobs: Int { ProcessInfo.processInfo.activeProcessorCount }
}

/// The first error of a pool's work items, kept under a lock.
package final class FirstFailure: @unchecked Sendable {
    package init() {}

    private let lock = NSLock()
    private var first: Error?

    package func record(_ error: Error) {
        lock.lock()
        defer { lock.unlock() }
        if first == nil { first = error }
    }

    package var error: Error? {
        lock.lock()
        defer { lock.unlock() }
        return first
    }
}
