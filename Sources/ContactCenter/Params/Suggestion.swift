/// "Did you mean ...?" for names a planner mistyped: the known name closest in edit distance.
package enum Suggestion {
    /// The candidate closest to `name` (case-insensitive Levenshtein distance), if it is close
    /// enough to be a plausible typo: at most a third of the name's length, and at least 1 edit
    /// is always allowed; ties go to the earlier candidate.
    package static func closest(to name: String, in candidates: [String]) -> String? {
        let target = Array(name.lowercased())
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            // The distance is at least the difference in length: skip candidates that cannot be close.
            guard abs(candidate.count - target.count) <= max(2, min(candidate.count, target.count) / 3) else { continue }
            let d = distance(target, Array(candidate.lowercased()))
            if d < (best?.distance ?? Int.max) { best = (candidate, d) }
        }
        guard let best else { return nil }
        let shorter = min(target.count, best.name.count)
        let limit = shorter <= 3 ? 1 : max(2, shorter / 3)
        return best.distance <= limit ? best.name : nil
    }

    /// "; did you mean 'x'?" or "; expected one of a, b, c" (or "" when there are no candidates).
    package static func hint(for name: String, in candidates: [String]) -> String {
        if let match = closest(to: name, in: candidates) { return "; did you mean '\(match)'?" }
        guard !candidates.isEmpty else { return "" }
        let shown = candidates.prefix(12).joined(separator: ", ")
        return "; expected one of: " + shown + (candidates.count > 12 ? ", ... (\(candidates.count) in all)" : "")
    }

    /// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
    /// adjacent letters each cost 1 (Damerau 1964; the restricted form, as in most spell checkers).
    package static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
