import GSL
import Foundation

/// The integrals behind Erlang A, computed by adaptive Gauss-Kronrod quadrature (GSL QAG).
///
/// In the M/M/n+M queue, with time measured in mean handle times (mu = 1), gamma = theta/mu,
/// and `g(s) = exp(-n s + (A/gamma)(1 - e^{-gamma s}))`, the stationary probabilities of the
/// waiting states, relative to pi_n, are `sum_j pi_{n+j}/pi_n = n Integral_0^inf g(s) ds`.
/// An arrival that finds j contacts waiting is answered iff its patience outlasts V, a sum of
/// Exp(n + i gamma), i = 0..j; `e^{-gamma V} ~ Beta(n/gamma, j+1)`. Summing over j gives the
/// density `pi_n n e^{-gamma s} g(s)` of "answered after waiting s", and `pi_n n (1 - e^{-gamma s}) g(s)`
/// for abandonment (cf. Mandelbaum & Zeltyn 2007, "Service engineering in action: the Palm/Erlang-A
/// queue", and Zeltyn 2005, Ph.D. thesis, Technion, ch. 4).
///
/// `log g` is concave, so each integrand is unimodal. It is evaluated relative to its peak,
/// in a form with no cancellation, and integrated over the range where it exceeds e^{-75} of
/// its peak, split at the mode.
struct PalmIntegrals {
    let agents: Double      // n
    let load: Double        // A
    let gamma: Double       // AHT / patience
    let mode: Double        // argmax of log g (>= 0)
    let logPeak: Double     // log g(mode)
    let lower: Double       // where the integrand has fallen to e^{-75} of its peak, left of the mode
    let upper: Double       // ... and right of the mode

    /// What multiplies g(s) under the integral.
    enum Weight {
        case abandoned   // 1 - e^{-gamma s}
        case answered    // e^{-gamma s}
        case answeredWait // s e^{-gamma s}
    }

    static let logCutoff = 75.0

    init(agents n: Double, load a: Double, gamma: Double) {
        self.agents = n
        self.load = a
        self.gamma = gamma
        let m = a > n ? log(a / n) / gamma : 0
        mode = m
        logPeak = a > n ? (a - n) / gamma - (n / gamma) * log(a / n) : 0
        let relative = { (s: Double) in PalmIntegrals.logRelative(s, n: n, a: a, gamma: gamma, mode: m) }
        // Bracket the range where log g - logPeak >= -cutoff (concave, so one crossing each side).
        var step = 1 / (n + a + gamma)
        while relative(m + step) > -PalmIntegrals.logCutoff { step *= 2 }
        upper = PalmIntegrals.bisect(from: m, to: m + step, relative)
        if m > 0, relative(0) < -PalmIntegrals.logCutoff {
            lower = PalmIntegrals.bisect(from: m, to: 0, relative)
        } else {
            lower = 0
        }
    }

    /// `log g(s) - logPeak`, written so that no large terms cancel.
    @inline(__always)
    static func logRelative(_ s: Double, n: Double, a: Double, gamma: Double, mode: Double) -> Double {
        if a > n {
            return -(n / gamma) * excessOfExp(gamma * (s - mode))
        }
        return -(n - a) * s - (a / gamma) * excessOfExp(gamma * s)
    }

    /// `z + expm1(-z)` (>= 0), accurate for small |z| where the two terms cancel.
    @inline(__always)
    static func excessOfExp(_ z: Double) -> Double {
        if abs(z) < 0.1 {
            // z^2/2 - z^3/6 + ... : terms up to z^12 leave < 1e-20 relative error.
            var term = z * z / 2
            var sum = term
            for k in 3...13 {
                term *= -z / Double(k)
                sum += term
            }
            return sum
        }
        return z + expm1(-z)
    }

    /// The point between `from` (value above -cutoff) and `to` (below) where the function crosses -cutoff.
    static func bisect(from inside: Double, to outside: Double, _ f: (Double) -> Double) -> Double {
        var a = inside, b = outside
        for _ in 0..<200 {
            let m = 0.5 * (a + b)
            if m == a || m == b { break }
            if f(m) > -logCutoff { a = m } else { b = m }
        }
        return b
    }

    /// `Integral_{from}^{to} weight(s) g(s) / g(mode) ds` over the part of [from, to] that matters.
    func integral(_ weight: Weight, from a: Double = 0, to b: Double = .infinity,
                  workspace: QuadratureWorkspace) throws -> Double {
        let lo = max(a, lower), hi = min(b, upper)
        guard lo < hi else { return 0 }
        if lo < mode && mode < hi {
            return try piece(weight, lo, mode, workspace) + piece(weight, mode, hi, workspace)
        }
        return try piece(weight, lo, hi, workspace)
    }

    /// `weight(s) g(s) / g(mode)`, the function QAG integrates.
    private struct WeightedDensity: Integrand {
        let integrals: PalmIntegrals
        let weight: Weight

        @inline(__always)
        func value(at s: Double) -> Double {
            let c = integrals
            let base = exp(PalmIntegrals.logRelative(s, n: c.agents, a: c.load, gamma: c.gamma, mode: c.mode))
            switch weight {
            case .abandoned: return -expm1(-c.gamma * s) * base
            case .answered: return exp(-c.gamma * s) * base
            case .answeredWait: return s * exp(-c.gamma * s) * base
            }
        }
    }

    private func piece(_ weight: Weight, _ lo: Double, _ hi: Double, _ workspace: QuadratureWorkspace) throws -> Double {
        let r = workspace.integrate(WeightedDensity(integrals: self, weight: weight), from: lo, to: hi,
                                    relativeTolerance: 1e-13, rule: .gauss41)
        // GSL_EROUND means the tolerance was beyond double precision: the estimate is still the best there is.
        guard r.status.isSuccess || (r.status == .roundoff && r.absoluteError <= 1e-10 * abs(r.value)) else {
            throw QueueingError.numerical("Erlang A quadrature on [\(lo), \(hi)] failed (GSL status \(r.status.code))")
        }
        return r.value
    }
}
