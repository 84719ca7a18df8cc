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
        let results = ResultSlots(count: count)
        let workers = max(1, min(jobs, count))
        let partPaths = tracePath.map { path in (0..<count).map { "\(path).part\($0)" } }
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let r = results.claimNext() {
                var trace: ContactTrace?
                if let partPaths {
                    do { trace = try ContactTrace(path: partPaths[r], replication: r, model: model) } catch {
                        results.fail(error)
                        continue
                    }
                }
                let done = results.store(replicate(model, seed: seed, replication: r, trace: trace), at: r)
                progress?(done)
            }
        }
        if let error = results.error {
            partPaths?.forEach { try? FileManager.default.removeItem(atPath: $0) }
            throw error
        }
        if let tracePath, let partPaths { try joinTrace(parts: partPaths, into: tracePath) }
        return results.values()
    }

    /// One replication with the standard observers (measures, and the trace when given).
    static func replicate(_ model: ContactCenterModel, seed: UInt64, replication r: Int, trace: ContactTrace? = nil) -> ReplicationMeasures {
        var measures: ReplicationMeasures?
        RoutedRun.run(model, observer: StandardObserver(measures: MeasureCollector(model: model), trace: trace), seed: seed,
                      replication: r) { observer, events, _ in
            measures = observer.measures.result(events: events)
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

    static func joinTrace(parts: [String], into path: String) throws {
        let temporary = path + ".tmp"
        defer { parts.forEach { try? FileManager.default.removeItem(atPath: $0) } }
        guard FileManager.default.createFile(atPath: temporary, contents: Data(ContactTrace.header.utf8)) else {
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
        if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
        try FileManager.default.moveItem(atPath: temporary, toPath: path)
    }

    /// The number of jobs to use by default: one per core.
    public static var defaultJobs: Int { ProcessInfo.processInfo.activeProcessorCount }
}

/// Hands out replication indices and collects their results, under a lock.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var finished = 0
    private var slots: [ReplicationMeasures?]
    private var firstError: Error?

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func claimNext() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ value: ReplicationMeasures, at index: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = value
        finished += 1
        return finished
    }

    /// Records a failure; the remaining replications still run, and the caller throws the first error.
    func fail(_ error: Error) {
        lock.lock()
        defer { lock.unlock() }
        if firstError == nil { firstError = error }
    }

    var error: Error? {
        lock.lock()
        defer { lock.unlock() }
        return firstError
    }

    func values() -> [ReplicationMeasures] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
