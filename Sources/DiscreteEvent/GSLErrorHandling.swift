import CGSL

/// Turns GSL's aborting error handler off before this module calls a GSL function that
/// can report an error (special functions, inverse CDFs); results are checked here instead.
/// Process-wide and idempotent, so it coexists with other modules doing the same.
enum GSLErrorHandling {
    private static let disabled: Bool = {
        ccsim_gsl_disable_abort()
        return true
    }()

    /// Ensures the handler is off (thread-safe; the work happens once per process).
    static func prepare() { _ = disabled }
}
