extension Array where Element == Double {
    /// The `k`-th smallest element (0-based), found by quickselect in expected O(n) instead of a
    /// sort; the array is left partly reordered. The result is exactly `sorted()[k]`.
    ///
    /// - Precondition: `0 <= k < count`, and no element is NaN.
    public mutating func selectOrderStatistic(_ k: Int) -> Double {
        precondition(k >= 0 && k < count, "selectOrderStatistic: \(k) is out of 0..<\(count)")
        return withUnsafeMutableBufferPointer { a in
            var low = 0, high = a.count - 1
            while low < high {
                // Median of three as the pivot (sorted data stays linear), then Hoare partition.
                let mid = low + (high - low) / 2
                if a[mid] < a[low] { a.swapAt(mid, low) }
                if a[high] < a[low] { a.swapAt(high, low) }
                if a[high] < a[mid] { a.swapAt(high, mid) }
                let pivot = a[mid]
                var i = low, j = high
                while i <= j {
                    while a[i] < pivot { i += 1 }
                    while pivot < a[j] { j -= 1 }
                    if i <= j {
                        a.swapAt(i, j)
                        i += 1
                        j -= 1
                    }
                }
                // Now a[low...j] <= pivot <= a[i...high], and a[j+1..<i] == pivot.
                if k <= j {
                    high = j
                } else if k >= i {
                    low = i
                } else {
                    return a[k]
                }
            }
            return a[k]
        }
    }
}
