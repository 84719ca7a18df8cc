import CGSL

/// A GSL status code (`GSL_SUCCESS`, `GSL_EROUND`, ... from `gsl_errno.h`), so callers outside this
/// module can tell success from each kind of failure without seeing GSL's C constants.
public struct GSLStatus: Sendable, Equatable, CustomStringConvertible {
    /// The raw code, as GSL returns it (0 is success).
    public let code: Int32

    /// Wraps a code GSL returned.
    public init(code: Int32) { self.code = code }

    /// `GSL_SUCCESS`.
    public static let success = GSLStatus(code: Int32(GSL_SUCCESS))
    /// `GSL_EROUND`: the requested tolerance is beyond what round-off allows; the estimate is still
    /// the best there is.
    public static let roundoff = GSLStatus(code: Int32(GSL_EROUND))

    /// Whether the call succeeded.
    public var isSuccess: Bool { self == .success }

    /// GSL's own wording (`gsl_strerror`), e.g. `cannot reach tolerance because of roundoff error`.
    public var description: String { String(cString: gsl_strerror(code)) }
}
