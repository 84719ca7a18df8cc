import CGSL

/// Makes GSL report errors through status codes instead of aborting the process.
///
/// GSL's default error handler calls `abort()`, which would turn an underflow in a
/// special function into a crash. Every entry point that calls GSL runs this first;
/// the work is done once per process.
public enum GSLRuntime {
    private static let installed: Bool = {
        ccsim_gsl_disable_abort()
        return true
    }()

    /// Turns GSL's aborting error handler off (idempotent, thread-safe).
    @inlinable public static func prepare() { _ = installedToken }

    @usableFromInline static var installedToken: Bool { installed }
}
