extension ContactCenterModel {
    /// Agent-seconds group `g` is scheduled but unavailable (shrinkage: breaks, absence, training) within
    /// the measured time `[from, to)` seconds; 0 for a group without shrinkage. A customer-limited run has
    /// one interval, which lasts the whole run.
    public func shrinkageSeconds(group g: Int, from: Double, to: Double) -> Double {
        let group = groups[g]
        guard group.hasShrinkage, to > from else { return 0 }
        let scheduled = group.scheduled, available = group.staffing
        var seconds = 0.0
        for i in scheduled.indices where scheduled[i] > available[i] {
            let start = Double(i) * intervalLength
            let end = i == scheduled.count - 1 ? Swift.max(to, start + intervalLength) : start + intervalLength
            let overlap = Swift.min(end, to) - Swift.max(start, from)
            if overlap > 0 { seconds += Double(scheduled[i] - available[i]) * overlap }
        }
        return seconds
    }
}
