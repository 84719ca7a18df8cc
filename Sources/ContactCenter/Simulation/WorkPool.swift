import Dispatch
import Foundation

/// The one pool that runs independent work items on several threads: replications of a model,
/// and sweep points (whose replications in turn use it with the threads left over).
///
/// Items `0..<count` are handed out in order; each result is passed to `deliver` in index order,
/// as soon as it and every item before it are done (under a lock, on whichever thread finished
/// last). So a caller can fold results as they come, in an order that does not depend on the
/// number of threads, and memory holds only the results that finished ahead of an earlier one.
public enum WorkPool {
    /// Runs `work` for every index on `jobs` threads and delivers the results in index order.
    /// `finished` is called (from worker threads) with the number of items done so far. `work`
    /// may return nil to stop the pool: no further items are handed out (items already running
    /// finish), and the items not run are not delivered.
    public static func run<Value>(count: Int, jobs: Int, work: @escaping @Sendable (Int) -> Value?,
                                  deliver: (Int, Value) -> Void, finished: (@Sendable (Int) -> Void)? = nil) {
        let state = PoolState<Value>()
        withoutActuallyEscaping(deliver) { deliver in
            let box = UncheckedBox(deliver)
            DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, count))) { _ in
                while let k = state.claim(below: count) {
                    let value = work(k)
                    let done = state.store(value, at: k) { index, value in box.value(index, value) }
                    finished?(done)
                }
            }
        }
    }
}

/// A closure that is only called under ``PoolState``'s lock, so handing it across threads is safe.
private struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

private final class PoolState<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var finished = 0
    private var stopped = false
    private var nextToDeliver = 0
    private var waiting: [Int: Value] = [:]

    func claim(below count: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard !stopped, next < count else { return nil }
        next += 1
        return next - 1
    }

    /// Stores a result and delivers every result that is now next in order; returns the items finished.
    func store(_ value: Value?, at index: Int, deliver: (Int, Value) -> Void) -> Int {
        lock.lock()
        defer { lock.unlock() }
        finished += 1
        guard let value else {
            stopped = true
            return finished
        }
        waiting[index] = value
        while let ready = waiting.removeValue(forKey: nextToDeliver) {
            deliver(nextToDeliver, ready)
            nextToDeliver += 1
        }
        return finished
    }
}
