import ContactCenter
import Dispatch
import Foundation

/// Runs a sweep (or one shard of it) into an output file, resuming where an earlier run stopped.
///
/// Points run in parallel on `jobs` threads (when fewer points than jobs remain, each point's
/// replications share the spare threads). Each finished point's row is appended durably; at the
/// end the rows are sorted by point id, so the final file is the same for any `jobs`, any
/// interruptions and, after `SweepResultFile.merge`, any sharding.
public struct SweepExecution: Sendable {
    public var sweep: Sweep
    public var output: String
    public var format: SweepOutputFormat
    public var shard: SweepShard?
    public var jobs: Int

    public init(sweep: Sweep, output: String, format: SweepOutputFormat = .csv, shard: SweepShard? = nil,
                jobs: Int = Replications.defaultJobs) {
        self.sweep = sweep
        self.output = output
        self.format = format
        self.shard = shard
        self.jobs = max(1, jobs)
    }

    /// What a run did.
    public struct Outcome: Sendable, Equatable {
        /// Points of this run (the shard's, or all).
        public var points: Int
        /// Points found finished in the output and skipped.
        public var alreadyDone: Int
        /// Whether a torn last row was dropped.
        public var droppedTornRow: Bool
    }

    public var header: SweepHeader {
        SweepHeader(fingerprint: sweep.fingerprint, points: sweep.points.count, replications: sweep.runner.replications,
                    seed: sweep.runner.seed, commonRandomNumbers: sweep.runner.commonRandomNumbers, shard: shard)
    }

    public var table: SweepTable {
        SweepTable(format: format, parameters: sweep.parameters.map(\.path), measures: sweep.runner.measures.map(\.name))
    }

    /// Runs the points not yet in the output. `started` is called once with (points to run, points already done);
    /// `progress` with the number of points finished so far (from worker threads).
    ///
    /// - Throws: ``SweepError`` for an output of another sweep, ``FileErrors`` when a point's model cannot be loaded.
    @discardableResult
    public func run(started: (Int, Int) -> Void = { _, _ in },
                    progress: (@Sendable (Int) -> Void)? = nil) throws -> Outcome {
        let mine = Array(stride(from: shard?.index ?? 1, through: sweep.points.count, by: shard?.count ?? 1))
        let (done, appender, dropped) = try SweepResultFile.open(output, header: header, table: table, expected: sweep.points)
        defer { appender.close() }
        let pending = mine.filter { !done.contains($0) }
        started(pending.count, done.count)
        if !pending.isEmpty {
            // Every model is checked first, so a bad combination fails before any simulation time is spent;
            // models are not kept (memory stays flat in the number of points), each is loaded again to run.
            try sweep.checkModels(pending, jobs: jobs)
            let workers = min(jobs, pending.count)
            let inner = max(1, jobs / workers)
            let table = self.table, sweep = self.sweep
            let failure = FirstFailure()
            WorkPool.run(count: pending.count, jobs: workers, work: { (k: Int) -> Void? in
                let point = sweep.points[pending[k] - 1]
                let model: ContactCenterModel
                switch sweep.loadModel(point: point.id) {
                case let .success(loaded): model = loaded
                case let .failure(error):
                    failure.record(SweepError(error.description))
                    return nil
                }
                let estimates = sweep.runner.evaluate(model, point: point.id, jobs: inner)
                do { try appender.append(table.row(point, estimates)) } catch let error as SweepError {
                    failure.record(error)
                    return nil
                } catch {
                    failure.record(SweepError("\(error)"))
                    return nil
                }
                return ()
            }, deliver: { (_: Int, _: Void) in }, finished: progress)
            if let error = failure.error { throw error }
        }
        try SweepResultFile.sort(output, table: table, expected: sweep.points)
        return Outcome(points: mine.count, alreadyDone: done.count, droppedTornRow: dropped)
    }
}
