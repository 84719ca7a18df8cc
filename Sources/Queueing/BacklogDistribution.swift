import Foundation

/// The law of a deferred channel's backlog over its cycle, and what it means for the contacts
/// arriving (see `DeferredWork` for the approximation).
///
/// The state is `Y = (work in the system) - (agents x AHT)`: the work waiting when positive, and
/// minus the idle agents' share (`idle x AHT`) when negative. In each step (a quarter interval)
/// the arriving work is normal (Poisson arrivals, exponential handle times); the agents work at
/// their capacity while all are busy, and below that the busy agents' work decays towards the
/// arrivals as in M/M/n (an Ornstein-Uhlenbeck pull with the handle time as its time constant).
/// The law is kept on a grid; each point moves by the step's flow and spreads by the arriving
/// work's noise, shared between neighbouring levels so that means are kept. When agents join,
/// they take waiting work at once; when they leave, they are idle ones, or they finish what they
/// hold (as in the simulator). The cycle starts where the fluid backlog is lowest, with the
/// carry-over from earlier cycles as the exponential law of a reflected Brownian motion with the
/// cycle's drift and variance; two cycles settle it before the cycle that is reported.
struct BacklogDistribution {
    /// Steps per interval.
    static let stepsPerSlot = 4
    /// Levels of the grid above zero (the waiting work); the idle region below adds its own.
    static let levels = 400
    /// Cycles run before the reported one.
    static let settlingCycles = 2
    /// Fractional offsets at which the spreading kernel is tabulated.
    static let offsets = 16

    /// Per interval: the share of its arrivals answered within the target, their expected wait
    /// (seconds, when asked for), the expected backlog at its end (agent-seconds of waiting work)
    /// and the work done in it (agent-seconds).
    struct Slot {
        var serviceLevel: Double
        var meanWait: Double?
        var backlogEnd: Double
        var processed: Double
    }

    let slots: [Slot]

    /// - Parameters:
    ///   - fluid: the cycle's work, variance and capacity per interval (must be stable).
    ///   - aht: the mean handle time, seconds (the time constant of idle agents).
    ///   - occupancyCap: the share of an agent's time spent on the work.
    ///   - agents: agents per interval.
    ///   - tau: the target, in intervals.
    ///   - slotLength: seconds per interval.
    ///   - waits: whether to compute expected waits (reports need them, searches do not).
    init(_ fluid: BacklogModel, aht: Double, agents: [Int], occupancyCap: Double, tau: Double, slotLength: Double, waits: Bool) {
        let n = fluid.count, q = Self.stepsPerSlot
        let slack = fluid.totalCapacity - fluid.totalWork
        let carryScale = fluid.totalVariance > 0 ? fluid.totalVariance / (2 * slack) : 0
        var spread = 0.0, peak = 0.0
        for k in 0..<n {
            spread = max(spread, fluid.variance[k])
            peak = max(peak, fluid.backlogStart[k])
        }
        let top = peak + 8 * carryScale + 5 * fluid.totalVariance.squareRoot() + 6 * spread.squareRoot() + aht
        let h = top / Double(Self.levels - 1)
        let servers = agents.map { Double($0) * occupancyCap }
        let idleBins = min(4 * Self.levels, Int(((servers.max() ?? 0) * aht / h).rounded(.up)))
        let grid = Grid(h: h, zero: idleBins, count: idleBins + Self.levels)
        // Start where the fluid backlog is lowest, with the exponential carry-over above zero.
        let start = (0..<n).min { fluid.backlogStart[$0] < fluid.backlogStart[$1] } ?? 0
        var p = [Double](repeating: 0, count: grid.count)
        if carryScale > 0 {
            for i in grid.zero..<grid.count {
                let lo = max(0, grid.level(i) - 0.5 * h), hi = grid.level(i) + 0.5 * h
                p[i] = exp(-lo / carryScale) - (i == grid.count - 1 ? 0 : exp(-hi / carryScale))
            }
        } else {
            p[grid.zero] = 1
        }
        let answering = AnswerCapacity(capacity: fluid.capacity, servers: servers, aht: aht)
        var scratch = [Double](repeating: 0, count: grid.count)
        var late = [Double](repeating: 0, count: n * q + 1), wait = [Double](repeating: 0, count: n * q + 1)
        var startMean = [Double](repeating: 0, count: n), endMean = [Double](repeating: 0, count: n)
        var kernelCache = [Kernels?](repeating: nil, count: n)
        var endWaiting = [Double](repeating: 0, count: n)
        for cycle in 0...Self.settlingCycles {
            let report = cycle == Self.settlingCycles
            for slot in 0..<n {
                let k = (start + slot) % n
                let previous = servers[(k + n - 1) % n]
                if slot > 0 || cycle > 0 { grid.changeAgents(&p, &scratch, from: previous, to: servers[k], aht: aht) }
                if report { startMean[k] = grid.mean(p) }
                let flow = StepFlow(arrivals: fluid.work[k] / slotLength, servers: servers[k], aht: aht,
                                    duration: slotLength / Double(q))
                if kernelCache[k] == nil { kernelCache[k] = Kernels(sd: (fluid.variance[k] / Double(q)).squareRoot() / h) }
                let kernels = kernelCache[k]!
                for step in 0..<q {
                    if report {
                        let x = Double(k) + Double(step) / Double(q)
                        let within = answering.between(x, x + tau)
                        late[k * q + step] = within <= 0 ? 1 : grid.exceedance(p, within)
                        if waits { wait[k * q + step] = grid.expectedWait(p, AnswerCapacity.Walker(answering, from: x)) * slotLength }
                    }
                    grid.step(&p, &scratch, kernels, flow)
                }
                if report {
                    endMean[k] = grid.mean(p)
                    endWaiting[k] = grid.meanWaiting(p)
                }
            }
        }
        late[n * q] = late[0]
        wait[n * q] = wait[0]
        slots = (0..<n).map { k in
            func trapezoid(_ values: [Double]) -> Double {
                var sum = 0.5 * (values[k * q] + values[k * q + q])
                for i in 1..<q { sum += values[k * q + i] }
                return sum / Double(q)
            }
            return Slot(serviceLevel: 1 - trapezoid(late), meanWait: waits ? trapezoid(wait) : nil,
                        backlogEnd: endWaiting[k], processed: max(0, startMean[k] + fluid.work[k] - endMean[k]))
        }
    }
}

/// Spreading kernels for one step: the normal noise (in bins) discretised onto integer offsets
/// with hat functions (which keeps the mean), tabulated for `BacklogDistribution.offsets + 1`
/// fractional positions in one flat array of rows of `width`.
struct Kernels {
    let low: Int
    let width: Int
    let table: [Double]

    init(sd b: Double) {
        let count = BacklogDistribution.offsets
        low = Int((-6 * b).rounded(.down)) - 1
        let high = Int((6 * b).rounded(.up)) + 2
        width = high - low + 1
        // E[(Y - c)+] for Y ~ N(a, b^2).
        func excess(_ a: Double, _ c: Double) -> Double {
            guard b > 0 else { return max(0, a - c) }
            let z = (a - c) / b
            return (a - c) * 0.5 * erfc(-z / 2.0.squareRoot()) + b * exp(-0.5 * z * z) / (2 * Double.pi).squareRoot()
        }
        var table: [Double] = []
        table.reserveCapacity((count + 1) * width)
        for f in 0...count {
            let a = Double(f) / Double(count)
            let e: [Double] = ((low - 1)...(high + 1)).map { excess(a, Double($0)) }   // e[j - low + 1] = excess at j
            let row: [Double] = (0..<width).map { (i: Int) -> Double in max(0, e[i] - 2 * e[i + 1] + e[i + 2]) }
            let total = row.reduce(0, +)
            table += total > 0 ? row.map { $0 / total } : row
        }
        self.table = table
    }
}
