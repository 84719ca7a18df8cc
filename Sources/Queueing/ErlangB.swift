import GSL
import Foundation

/// Erlang B: the blocking probability of an M/M/n/n loss system, for any real n >= 0.
///
/// `B(n, A) = (A^n / n!) / sum_{k=0..n} A^k / k!`, extended to real n through the upper
/// incomplete gamma function, `B(x, A) = A^x e^{-A} / Gamma(x + 1, A)` (Jagerman 1974,
/// "Some properties of the Erlang loss function", Bell Syst. Tech. J. 53(3)).
///
/// ```swift
/// let b = try ErlangB.blocking(agents: 10, load: 8)   // 0.1216791...
/// ```
///
/// Computation: the recursion on the inverse, `R(x) = 1/B(x) = 1 + (x/A) R(x-1)`, which holds
/// for real x and damps relative errors at every step (the factor is `x/(x + A B(x-1)) < 1`).
/// It starts at the fractional part of n, where B comes from GSL's regularised incomplete gamma
/// (or a Lentz continued fraction when `e^{-A}` would underflow), or, for large loads, at
/// `x0 = n - m` with `m` chosen so that the crude start `B(x0) ~ 1 - x0/A` has been damped by
/// more than e^{-70} on the way to n (see `ErlangBRecursion`). Relative error ~1e-14.
///
/// - Complexity: O(min(n, 12 sqrt(A) + max(0, n - A))) multiply-adds; stops early once
///   B underflows to 0.
public enum ErlangB {
    /// The Erlang B blocking probability for `agents` servers (real, >= 0) and `load` Erlangs (> 0).
    public static func blocking(agents: Double, load: Double) throws -> Double {
        try requireNonNegative(agents, "agents")
        try requireLoad(load)
        var recursion = try ErlangBRecursion(load: load, towards: agents)
        recursion.advance(to: agents)
        return recursion.blocking
    }
}

/// The inverse Erlang B recursion `R(x) = 1 + (x/A) R(x-1)`, stepped one agent at a time.
///
/// Staffing solvers keep one of these and call `advance()` while they search upwards, so
/// a whole staffing search costs about as much as one Erlang B evaluation.
public struct ErlangBRecursion: Sendable {
    /// Offered load in Erlangs.
    public let load: Double
    /// The agent count the recursion stands at.
    public private(set) var agents: Double
    /// `1/B(agents, load)`; `+infinity` once B has underflowed.
    public private(set) var inverseBlocking: Double
    /// `1/B - 1`, kept separately because it loses precision when B is close to 1.
    public private(set) var inverseBlockingMinusOne: Double

    /// Blocking probability at the current agent count.
    public var blocking: Double { 1 / inverseBlocking }

    /// A recursion positioned at a start point from which `target` (and anything above it)
    /// can be reached by whole steps, with the start error damped below 1e-30.
    public init(load: Double, towards target: Double) throws {
        try requireLoad(load)
        try requireNonNegative(target, "agents")
        self.load = load
        let fractional = target - target.rounded(.down)
        // Start far enough below min(target, A) that the crude start B ~ 1 - x0/A is damped:
        // over 12 sqrt(A) steps below A the product of damping factors is < e^{-72}.
        let margin = 12 * load.squareRoot()
        let shift = (min(target, load) - margin - fractional).rounded(.down)
        if shift >= 1 {
            let x0 = fractional + shift
            agents = x0
            let b0 = 1 - x0 / load              // leading term of B(x0, A) for x0 << A
            inverseBlocking = 1 / b0
            inverseBlockingMinusOne = x0 / (load - x0)
        } else if fractional == 0 {
            agents = 0
            inverseBlocking = 1
            inverseBlockingMinusOne = 0
        } else {
            agents = fractional
            let b0 = try ErlangBRecursion.fractionalStart(fractional, load: load)
            inverseBlocking = 1 / b0
            inverseBlockingMinusOne = (1 - b0) / b0
        }
    }

    /// Moves the recursion one agent up.
    public mutating func advance() {
        agents += 1
        inverseBlockingMinusOne = agents / load * inverseBlocking
        inverseBlocking = 1 + inverseBlockingMinusOne
    }

    /// Moves the recursion up to `target` (which must be the start plus a whole number).
    public mutating func advance(to target: Double) {
        while agents + 0.5 < target {
            advance()
            if inverseBlocking == .infinity {   // B underflowed: it only gets smaller
                agents = target
                return
            }
        }
    }

    /// B(x, A) for 0 < x < 1 from the incomplete gamma function.
    static func fractionalStart(_ x: Double, load a: Double) throws -> Double {
        if a < 500 {
            // B = A^x e^{-A} / (Gamma(x+1) Q(x+1, A)); e^{-A} >= e^{-500} does not underflow.
            let q = SpecialFunctions.regularizedUpperIncompleteGamma(x + 1, a)
            guard q.status.isSuccess, q.value > 0 else {
                throw QueueingError.numerical("incomplete gamma Q(\(x + 1), \(a)) failed (status \(q.status.code))")
            }
            let logB = x * log(a) - a - SpecialFunctions.logGamma(x + 1).value - log(q.value)
            return exp(logB)
        }
        // Gamma(s, A) = e^{-A} A^s F with F the Legendre continued fraction, so B = 1/(A F):
        // nothing to underflow. Modified Lentz (Numerical Recipes, 3rd ed., 6.2).
        let s = x + 1
        let tiny = 1e-300
        var b = a + 1 - s
        var c = 1 / tiny
        var d = 1 / b
        var f = d
        for i in 1...10_000 {
            let an = -Double(i) * (Double(i) - s)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            f *= delta
            if abs(delta - 1) < 1e-16 { return 1 / (a * f) }
        }
        throw QueueingError.numerical("continued fraction for Gamma(\(s), \(a)) did not converge")
    }
}
