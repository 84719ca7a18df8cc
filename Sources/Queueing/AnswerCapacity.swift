/// How fast a deferred channel's waiting work is taken up from a point of its cycle: the agents'
/// capacity as it flows, plus, where agents join at an interval's start, the contacts they take
/// at once (one handle time of work each). A contact is answered when the work waiting ahead of
/// it has been taken up.
struct AnswerCapacity {
    let count: Int
    /// Agent-seconds of work per interval.
    let capacity: [Double]
    /// Work taken at the start of each interval by the agents who join then.
    let joins: [Double]
    private let capacityPrefix: [Double], joinPrefix: [Double]

    init(capacity: [Double], servers: [Double], aht: Double) {
        count = capacity.count
        self.capacity = capacity
        joins = (0..<count).map { k in max(0, servers[k] - servers[(k + servers.count - 1) % servers.count]) * aht }
        var c = [0.0], j = [0.0]
        for k in 0..<count {
            c.append(c[k] + capacity[k])
            j.append(j[k] + joins[(k + 1) % count])   // joins at boundaries 1...count
        }
        capacityPrefix = c
        joinPrefix = j
    }

    /// Work taken up from the start of the cycle to `x` (>= 0, in intervals): the capacity, and
    /// the joins at the boundaries in (0, x].
    func cumulative(_ x: Double) -> Double {
        let cycles = (x / Double(count)).rounded(.down)
        let inCycle = x - cycles * Double(count)
        let k = min(count - 1, Int(inCycle))
        let flow = cycles * capacityPrefix[count] + capacityPrefix[k] + (inCycle - Double(k)) * capacity[k]
        let whole = Int(inCycle.rounded(.down))
        return flow + cycles * joinPrefix[count] + joinPrefix[min(count, whole)]
    }

    /// Work taken up in (x, y].
    func between(_ x: Double, _ y: Double) -> Double { cumulative(y) - cumulative(x) }

    /// Walks forward from a point, answering ever larger amounts of work ahead.
    struct Walker {
        let capacity: AnswerCapacity
        let start: Double
        private var slot: Int, position: Double, taken = 0.0

        init(_ capacity: AnswerCapacity, from x: Double) {
            self.capacity = capacity
            start = x
            slot = Int(x.rounded(.down))
            position = x
        }

        /// Intervals after the start until `need` (non-decreasing over calls) is taken up and an
        /// agent is at work; infinity when nobody ever works.
        mutating func time(toTake need: Double) -> Double {
            for _ in 0...(4 * capacity.count + 2) {
                let k = ((slot % capacity.count) + capacity.count) % capacity.count
                let c = capacity.capacity[k]
                if c > 0 {
                    let available = c * (Double(slot + 1) - position)
                    if taken + available >= need { return position + max(0, need - taken) / c - start }
                }
                // Move to the next interval: its capacity flows, and its joining agents take work at once.
                taken += c * (Double(slot + 1) - position)
                slot += 1
                position = Double(slot)
                let next = ((slot % capacity.count) + capacity.count) % capacity.count
                taken += capacity.joins[next]
                if need > 0 && taken >= need && capacity.capacity[next] > 0 { return position - start }
            }
            return .infinity
        }
    }
}
