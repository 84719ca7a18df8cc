import CGSL

/// The one switch for GSL's error handler. GSL's default handler calls `abort()`, which would turn
/// an underflow in a special function or a quadrature that misses its tolerance into a crash; with
/// the handler off, GSL returns a status code instead, which the wrappers of this module hand on
/// (``GSLStatus``) for the caller to report in its own words.
///
/// Every wrapper that calls a GSL function able to report an error runs ``turnOff()`` first, so no
/// other module has to remember it. The work happens once per process; Swift's lazy `static let`
/// initialisation makes it thread-safe.
enum ErrorHandler {
    private static let off: Bool = {
        gsl_set_error_handler_off()
        return true
    }()

    /// Ensures GSL's aborting handler is off (thread-safe, idempotent, cheap after the first call).
    static func turnOff() { _ = off }
}
