import ContactCenter

/// What a paired difference (scenario minus base, by replication) says, the one rule every
/// table, headline and chart uses:
/// - `noChange`: zero in every replication (an interval of zero width around zero), e.g. a
///   channel the scenario does not touch; written "no change", never "not significant";
/// - `significant`: the 95% interval excludes zero;
/// - `notSignificant`: the interval includes zero;
/// - `noInterval`: one replication, so no interval (and a non-zero mean).
public enum ChangeVerdict: Sendable, Equatable {
    case noChange, significant, notSignificant, noInterval

    /// The words for a difference that is exactly zero.
    public static let noChangeText = "no change"

    /// The verdict on the paired difference `d` (scenario minus base).
    public init(_ d: Estimate) {
        if d.mean == 0 && (d.ci95 ?? 0) == 0 {
            self = .noChange
        } else if d.ci95 == nil {
            self = .noInterval
        } else {
            self = d.excludesZero ? .significant : .notSignificant
        }
    }
}
