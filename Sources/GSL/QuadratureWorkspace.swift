import CGSL

/// Adaptive Gauss-Kronrod quadrature (GSL's QAG, Piessens et al., *QUADPACK*, 1983) with the
/// workspace it subdivides the interval in, owned by this object and freed when it is released.
///
/// One workspace serves any number of integrals, one at a time: allocate it once for a batch.
///
/// ```swift
/// struct Square: Integrand { func value(at x: Double) -> Double { x * x } }
/// let workspace = QuadratureWorkspace(intervals: 500)!
/// let r = workspace.integrate(Square(), from: 0, to: 1, relativeTolerance: 1e-12, rule: .gauss41)
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
    public func integrate<F: Integrand>(_ integrand: F, from a: Double, to b: Double, absoluteTolerance: Double = 0,
                                        relativeTolerance: Double, rule: Rule) -> GSLResult {
        ErrorHandler.turnOff()
        var value = 0.0, absoluteError = 0.0
        var integrand = integrand
        let status = withUnsafeMutablePointer(to: &integrand) { integrand -> Int32 in
            var callback = Callback(type: F.self, address: UnsafeMutableRawPointer(integrand))
            return withUnsafeMutablePointer(to: &callback) { callback -> Int32 in
                var function = gsl_function(
                    function: { x, context in
                        let callback = context!.assumingMemoryBound(to: Callback.self).pointee
                        return callback.type.value(at: x, ofIntegrandAt: callback.address)
                    },
                    params: UnsafeMutableRawPointer(callback))
                return gsl_integration_qag(&function, a, b, absoluteTolerance, relativeTolerance, intervals,
                                           rule.rawValue, workspace, &value, &absoluteError)
            }
        }
        return GSLResult(value: value, absoluteError: absoluteError, status: GSLStatus(code: status))
    }

    /// What GSL's C callback receives: the integrand's type and address, plain values, so an
    /// evaluation retains and copies nothing (a stored Swift closure would be retained and released
    /// at every call, an `any Integrand` copied).
    private struct Callback {
        let type: any Integrand.Type
        let address: UnsafeMutableRawPointer
    }
}

extension Integrand {
    /// The value at `x` of the integrand of this type at `address`, evaluated in place (through an
    /// `inout` binding, which passes the address instead of a copy).
    fileprivate static func value(at x: Double, ofIntegrandAt address: UnsafeMutableRawPointer) -> Double {
        func evaluate(_ integrand: inout Self) -> Double { integrand.value(at: x) }
        return evaluate(&address.assumingMemoryBound(to: Self.self).pointee)
    }
}

@available(*, unavailable, message: "GSL writes into a quadrature workspace during every call")
extension QuadratureWorkspace: Sendable {}
