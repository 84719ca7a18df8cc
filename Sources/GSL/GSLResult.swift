/// What a GSL computation returns: the value, GSL's estimate of its absolute error, and the status
/// (GSL's `gsl_sf_result` plus the function's return code). The value is meaningful only when
/// ``status`` says so; each caller decides what it accepts and how to report the rest.
public struct GSLResult: Sendable, Equatable {
    /// The computed value.
    public let value: Double
    /// GSL's estimate of the absolute error of ``value``.
    public let absoluteError: Double
    /// How the computation ended.
    public let status: GSLStatus

    /// A result as GSL reported it.
    public init(value: Double, absoluteError: Double, status: GSLStatus) {
        self.value = value
        self.absoluteError = absoluteError
        self.status = status
    }
}
