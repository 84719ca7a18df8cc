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
        let results = ResultSlots(count: count)
        let workers = max(1, min(jobs, count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let r = results.claimNext() {
                var simulation = ContactCenterSimulation(model: model, policy: LongestIdleRouting(), seed: seed, replication: r)
                let done = results.store(simulation.run(), at: r)
                progress?(done)
            }
        }
        return results.values()
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

    func values() -> [ReplicationMeasures] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
