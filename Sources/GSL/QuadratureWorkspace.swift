import CGSL

/// Adaptive Gauss-Kronrod quadrature (GSL's QAG, Piessens et al., *QUADPACK*, 1983) with the
/// workspace it subdivides the interval in, owned by this object and freed when it is released.
///
/// One workspace serves any number of integrals, one at a time: allocate it once for a batch.
///
/// ```swift
/// let workspace = QuadratureWorkspace(intervals: 500)!
/// let r = workspace.integrate(from: 0, to: 1, relativeTolerance: 1e-12, rule: .gauss41) { x in x * x }
/// r.value   // 1/3, r.status == .success
/// ```
///
/// Not thread-safe and not `Sendable`: GSL writes into the workspace during every call.
public final class QuadratureWorkspace {
    /// The Gauss-Kronrod pair applied on each subinterval (`GSL_INTEG_GAUSS15` ... `GAUSS61`).
    public enum Rule: Int32, Sendable {
        case gauss15 = 1, gauss21, gauss31, gauss41, gauss51, gauss61
    }

    /// The most subintervals an integral may be split into.
    public let intervals: Int

    private let workspace: UnsafeMutablePointer<gsl_integration_workspace>

    /// A workspace for up to `intervals` (>= 1) subintervals; `nil` when GSL cannot allocate it.
    public init?(intervals: Int) {
        ErrorHandler.turnOff()
        guard intervals >= 1, let workspace = gsl_integration_workspace_alloc(intervals) else { return nil }
        self.intervals = intervals
        self.workspace = workspace
    }

    deinit { gsl_integration_workspace_free(workspace) }

    /// ∫ₐᵇ f(x) dx to within max(`absoluteTolerance`, `relativeTolerance` |∫f|) (`gsl_integration_qag`),
    /// bisecting the subinterval with the largest error until the estimate meets the tolerance,
    /// ``intervals`` is reached or round-off stops progress (see ``GSLResult/status``:
    /// ``GSLStatus/roundoff`` still carries the best estimate).
    public func integrate(from a: Double, to b: Double, absoluteTolerance: Double = 0,
                          relativeTolerance: Double, rule: Rule,
                          _ integrand: (Double) -> Double) -> GSLResult {
        ErrorHandler.turnOff()
        var value = 0.0, absoluteError = 0.0
        let status = withoutActuallyEscaping(integrand) { integrand in
            var closure = integrand
            return withUnsafeMutablePointer(to: &closure) { pointer -> Int32 in
                var function = gsl_function(
                    function: { x, context in
                        context!.assumingMemoryBound(to: ((Double) -> Double).self).pointee(x)
                    },
                    params: UnsafeMutableRawPointer(pointer))
                return gsl_integration_qag(&function, a, b, absoluteTolerance, relativeTolerance, intervals,
                                           rule.rawValue, workspace, &value, &absoluteError)
            }
        }
        return GSLResult(value: value, absoluteError: absoluteError, status: GSLStatus(code: status))
    }
}

@available(*, unavailable, message: "GSL writes into a quadrature workspace during every call")
extension QuadratureWorkspace: Sendable {}
