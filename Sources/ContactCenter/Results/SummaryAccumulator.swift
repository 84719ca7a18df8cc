/// Folds replications into a ``SimulationSummary`` one at a time, in replication order, keeping
/// only their measure values (``ReplicationValues``) and running sums for the interval series:
/// memory is flat in the number of replications, and the result is the same as folding them all
/// at once.
public struct SummaryAccumulator: Sendable {
    public let model: ContactCenterModel
    /// Each replication's measure values, in order (for intervals and paired differences).
    public private(set) var values: [ReplicationValues] = []
    private var offered: [[Double]]
    private var levelSum: [[Double]]
    private var levelCount: [[Int]]
    private var queueArea: [[Double]]
    private var backlog: [[Double]]
    private var onDuty: [[Double]]

    public init(model: ContactCenterModel) {
        self.model = model
        let cells = Array(repeating: [Double](repeating: 0, count: model.intervalCount), count: model.channels.count)
        offered = cells
        levelSum = cells
        levelCount = Array(repeating: [Int](repeating: 0, count: model.intervalCount), count: model.channels.count)
        queueArea = cells
        backlog = cells
        onDuty = Array(repeating: [Double](repeating: 0, count: model.intervalCount), count: model.groups.count)
    }

    /// Folds in the next replication.
    public mutating func add(_ r: ReplicationMeasures) {
        values.append(ReplicationValues(r, model: model))
        guard model.customerLimit == nil else { return }
        for c in r.intervals.indices {
            for (i, cell) in r.intervals[c].enumerated() {
                offered[c][i] += Double(cell.offered)
                if let level = cell.serviceLevel {
                    levelSum[c][i] += level
                    levelCount[c][i] += 1
                }
                queueArea[c][i] += cell.queueArea
                backlog[c][i] += Double(cell.backlogAtEnd)
            }
        }
        for g in r.groupIntervals.indices {
            for (i, cell) in r.groupIntervals[g].enumerated() { onDuty[g][i] += cell.onDutySeconds }
        }
    }

    /// The estimates of everything folded in so far.
    public func summary() -> SimulationSummary {
        let n = Double(values.count)
        var series: [[IntervalSummary]] = model.channels.map { _ in [] }
        var agents: [[Double]] = []
        if n > 0 && model.customerLimit == nil {
            series = model.channels.indices.map { c in
                (0..<model.intervalCount).map { i in
                    IntervalSummary(start: Double(i) * model.intervalLength, offered: offered[c][i] / n,
                                    serviceLevel: levelCount[c][i] > 0 ? levelSum[c][i] / Double(levelCount[c][i]) : nil,
                                    meanQueueLength: queueArea[c][i] / n / model.intervalLength, backlogAtEnd: backlog[c][i] / n)
                }
            }
            agents = onDuty.map { row in row.map { $0 / n / model.intervalLength } }
        }
        return SimulationSummary(model: model, values: values, intervals: series, agentsOnDuty: agents)
    }
}
