import Foundation

/// The grid of backlog states `Y` of `BacklogDistribution`: level `i` is `(i - zero) x h`
/// agent-seconds, from minus the idle agents' share up to the largest backlog kept.
struct Grid {
    let h: Double
    /// Index of the level Y = 0.
    let zero: Int
    let count: Int

    func level(_ i: Int) -> Double { Double(i - zero) * h }

    /// Adds `mass` at the real position `u` (in bins), shared between the two nearest levels.
    @inline(__always)
    static func deposit(_ dst: UnsafeMutableBufferPointer<Double>, _ u: Double, _ mass: Double, floor lowest: Int) {
        let clamped = min(Double(dst.count - 1), max(Double(lowest), u))
        let i = Int(clamped.rounded(.down))
        let f = clamped - Double(i)
        dst[i] += mass * (1 - f)
        if f > 0 { dst[i + 1] += mass * f }
    }

    /// One step: every level moves by its flow, then spreads by the noise; no state goes below
    /// minus all agents idle.
    func step(_ p: inout [Double], _ scratch: inout [Double], _ kernels: Kernels, _ flow: StepFlow) {
        let lowest = max(0, zero - Int((flow.servers * flow.aht / h).rounded(.down)))
        let offsets = Double(BacklogDistribution.offsets)
        let width = kernels.width, low = kernels.low
        p.withUnsafeBufferPointer { src in
            scratch.withUnsafeMutableBufferPointer { dst in
                kernels.table.withUnsafeBufferPointer { table in
                    for i in 0..<count { dst[i] = 0 }
                    for i in 0..<count where src[i] > 1e-16 {
                        let u = Double(zero) + flow.apply(level(i)) / h
                        let base = u.rounded(.down)
                        let fraction = (u - base) * offsets
                        let f = min(BacklogDistribution.offsets - 1, Int(fraction))
                        let w = fraction - Double(f)
                        let a = f * width, b = a + width
                        let mass = src[i]
                        let first = Int(base) + low
                        if first >= lowest && first + width <= count {
                            for j in 0..<width { dst[first + j] += mass * (table[a + j] + w * (table[b + j] - table[a + j])) }
                        } else {
                            for j in 0..<width {
                                let weight = table[a + j] + w * (table[b + j] - table[a + j])
                                dst[min(count - 1, max(lowest, first + j))] += mass * weight
                            }
                        }
                    }
                }
            }
        }
        swap(&p, &scratch)
    }

    /// Agents change between intervals: joining agents take waiting work at once (or stand idle);
    /// leaving agents are idle ones, or finish what they hold, so the waiting work stays.
    func changeAgents(_ p: inout [Double], _ scratch: inout [Double], from old: Double, to new: Double, aht: Double) {
        guard old != new else { return }
        let lowest = max(0, zero - Int((new * aht / h).rounded(.down)))
        p.withUnsafeBufferPointer { src in
            scratch.withUnsafeMutableBufferPointer { dst in
                for i in 0..<count { dst[i] = 0 }
                for i in 0..<count where src[i] > 0 {
                    let y = level(i)
                    let moved = new > old ? y - (new - old) * aht : (y >= 0 ? y : min(0, y + (old - new) * aht))
                    Grid.deposit(dst, Double(zero) + moved / h, src[i], floor: lowest)
                }
            }
        }
        swap(&p, &scratch)
    }

    /// P(waiting work > `work`), each level's mass spread evenly over its width.
    func exceedance(_ p: [Double], _ work: Double) -> Double {
        let position = Double(zero) + work / h + 0.5   // level i covers [(i - 0.5) h, (i + 0.5) h]
        let i = Int(position.rounded(.down))
        guard i < count else { return 0 }
        var above = 0.0
        for j in max(0, i + 1)..<count { above += p[j] }
        if i >= 0 { above += p[i] * (Double(i + 1) - position) }
        return min(1, max(0, above))
    }

    func mean(_ p: [Double]) -> Double {
        var m = 0.0
        for (i, x) in p.enumerated() { m += x * level(i) }
        return m
    }

    /// Expected waiting work (the positive part).
    func meanWaiting(_ p: [Double]) -> Double {
        var m = 0.0
        for i in zero..<count { m += p[i] * level(i) }
        return m
    }

    /// The expected wait, in intervals, of a contact arriving where `walker` starts: until the
    /// waiting work ahead of it is taken up (none: until an agent is at work).
    func expectedWait(_ p: [Double], _ walker: AnswerCapacity.Walker) -> Double {
        var walker = walker
        var immediate = 0.0
        for i in 0..<zero { immediate += p[i] }
        var total = 0.0
        for i in zero..<count where p[i] > 1e-15 || i == zero {
            total += (p[i] + (i == zero ? immediate : 0)) * walker.time(toTake: level(i))
        }
        return total
    }
}

/// Where a backlog state moves in one step without noise: the waiting work falls at
/// `servers - arrivals`; below zero the busy agents' work relaxes towards `arrivals x aht` with
/// time constant `aht` (M/M/n with idle agents).
struct StepFlow {
    let servers: Double, aht: Double, duration: Double
    /// Arrivals minus servers, agent-seconds per second.
    let slope: Double
    /// Where the idle region relaxes to.
    let target: Double
    /// The relaxation over a whole step.
    let decay: Double

    init(arrivals: Double, servers: Double, aht: Double, duration: Double) {
        self.servers = servers
        self.aht = aht
        self.duration = duration
        slope = arrivals - servers
        target = slope * aht
        decay = exp(-duration / aht)
    }

    @inline(__always)
    func apply(_ y: Double) -> Double {
        if y >= 0 {
            if slope >= 0 { return y + slope * duration }
            let hit = y / -slope
            if hit >= duration { return y + slope * duration }
            return target * (1 - exp(-(duration - hit) / aht))
        }
        if target <= 0 { return target + (y - target) * decay }
        let hit = aht * log((target - y) / target)
        if hit >= duration { return target + (y - target) * decay }
        return slope * (duration - hit)
    }
}
