#!/usr/bin/env python3
"""High-precision reference values for Erlang B, Erlang C and Erlang A (M/M/n+M).

Writes ``erlang_vectors.json`` next to this script; the Swift tests in
``Tests/QueueingTests/ErlangReferenceTests.swift`` read it.  Every value is
computed with mpmath at ``MP_DPS`` = 50 significant digits (raised locally where
noted) and written as the nearest IEEE double (``float(mpf)``, serialised with
Python's shortest round-trip ``repr``).  A value that underflows a double is
written as 0.0.  The output is deterministic: a fixed case list, sorted keys,
``indent=1``.  Requirements: Python 3 standard library + mpmath (tested with
mpmath 1.3).  Run time is about 1.5-2 minutes (single-threaded); progress
goes to stderr.

    python3 Tests/QueueingTests/Vectors/generate_erlang_vectors.py

Notation (all times in seconds)
-------------------------------
n agents (servers), A offered load in Erlangs, AHT mean handling time,
mu = 1/AHT, lambda = A/AHT (arrival rate), patience = mean patience,
theta = 1/patience (abandonment rate per waiting contact), t = service-level
target (answer within t seconds).

Erlang B (M/M/n/n blocking), any real n >= 0
--------------------------------------------
For integer n the blocking probability is the truncated Poisson term
    B(n, A) = (A^n / n!) / sum_{k=0..n} A^k / k!.
Writing the partial exponential sum with the upper incomplete gamma function,
sum_{k=0..n} A^k/k! = e^A Gamma(n+1, A) / n!  (DLMF 8.4.8), gives
    B(n, A) = A^n e^{-A} / Gamma(n+1, A),
which is the standard analytic continuation to real n >= 0 (Jagerman 1974,
"Some properties of the Erlang loss function", Bell Syst. Tech. J. 53).
Primary value: ``mpmath.gammainc(n+1, A)`` (upper incomplete gamma).
Cross-checks (``check_erlang_b``):
  * integer n: the classical recursion B(0) = 1, B(k) = A B(k-1) / (k + A B(k-1));
  * every n: Jagerman's integral  1/B(n, A) = A * int_0^inf e^{-A u} (1+u)^n du
    (substitute v = 1+u in the definition of Gamma(n+1, A)).

Erlang C (M/M/n, infinite patience), real n > A
------------------------------------------------
    C(n, A) = n B / (n - A (1 - B))                       = P(wait)
    service_level = 1 - C exp(-(n - A) t / AHT)           (waiting time of a
                    delayed contact is Exp((n - A) mu); t = 0 gives 1 - C)
    asa_seconds   = C AHT / (n - A)                       (mean wait over all
                    contacts, zero waits included)
    occupancy     = A / n
(e.g. Gross & Harris, "Fundamentals of Queueing Theory", M/M/c; the first
identity follows from the balance equations with pi_{n+j} = pi_n (A/n)^j.)

Erlang A (Palm's M/M/n+M), integer n >= 1, any A > 0 (also A > n)
-------------------------------------------------------------------
Birth-death chain on the number in system: birth rate lambda, death rate k mu
in state k <= n and n mu + j theta in state n + j (j waiting contacts, each
abandoning at rate theta).  Write y = n mu / theta and x = lambda / theta.
Stationary ratios, relative to pi_n:
    sum_{k<n} pi_k / pi_n = 1/B(n, A) - 1                (same ratios as M/M/n/n)
    r_j := pi_{n+j} / pi_n = prod_{i=1..j} lambda/(n mu + i theta)
                          = x^j Gamma(y+1) / Gamma(y+j+1).
By PASTA an arrival sees the stationary distribution, so with
Z = 1/B - 1 + sum_j r_j:
    p_wait            = sum_j r_j / Z                    (arrival finds >= n)
    mean_queue_length = E[Q] = sum_j j r_j / Z
    p_abandon         = theta E[Q] / lambda              (abandonment flow over arrival flow)
    mean_wait_all     = E[Q] / lambda                    (Little; an abandoner's wait is
                                                          its time to abandon)
    occupancy         = lambda (1 - p_abandon) AHT / n
A tagged arrival finding j others waiting (state n+j) reaches an agent after
V = sum_{i=0..j} Exp(n mu + i theta) (independent; the rate while it has i
contacts ahead is n mu + i theta) and is served iff its own Exp(theta)
patience exceeds V.  U = e^{-theta V} is a product of independent
Beta(y+i, 1) variables, i = 0..j, hence U ~ Beta(y, j+1)
(Beta(a,b) * Beta(a+b,c) = Beta(a,b+c) for independent factors).  Therefore
    P(served, V <= t | j) = E[U 1{U >= e^{-theta t}}]
                          = y/(y+j+1) * (1 - I_{e^{-theta t}}(y+1, j+1))
    E[V 1{served} | j]    = E[U (-ln U)] / theta
                          = (1/theta) * y/(y+j+1) * (psi(y+j+2) - psi(y+1)),
with I the regularized incomplete beta function and psi the digamma function.
    service_level             = P(answered within t) over ALL arrivals
                              = (1/B - 1 + sum_j r_j P(served, V<=t | j)) / Z
                                (finding a free agent counts as success,
                                 abandoning counts as failure)
    service_level_of_answered = service_level / (1 - p_abandon)
    asa_seconds               = E[W 1{served}] / (1 - p_abandon)
                                (mean wait of answered contacts, zero waits included)
Method 1, ``erlang_a_jsum``: the sums over j, summed forwards and truncated
with rigorous geometric remainder bounds (below 1e-65 relative) once the ratios
x/(y+j+1) drop below one.  The tail T_j = 1 - I_c(y+1, j+1) = I_{1-c}(j+1, y+1),
c = e^{-theta t}, comes from ``mpmath.betainc(..., regularized=True)`` at the
last index J, always asking for the *smaller* of the two tails (mpmath
evaluates betainc through 2F1; asking for the tail close to 1 and subtracting
loses the digits of its complement); when mpmath's alternating series would
cancel more than CANCEL_DIGITS digits, or fails, the same tail is summed from
the positive series DLMF 8.17.8.  T_j for j < J follows from DLMF 8.17.21
(backward recurrence adding positive terms only, O(1) per j), checked against a
direct betainc at two interior j.  (One betainc per j would cost up to ~0.2 s per
term for y ~ 1e4.)  psi(y+j+2) - psi(y+1) is accumulated as sum_{i=1..j+1} 1/(y+i)
(DLMF 5.5.2), which avoids the cancellation of two large psi values.
Method 2, ``erlang_a_integral``: summing the series under the Beta integral,
B(y, j+1) = int_0^1 u^{y-1} (1-u)^j du with u = e^{-theta s}, gives, with
    g(s) = exp(-n mu s + x (1 - e^{-theta s})),
    sum_j r_j                     = int_0^inf n mu g(s) ds
    sum_j j r_j                   = int_0^inf n mu x (1 - e^{-theta s}) g(s) ds
    sum_j r_j P(served, V<=t | j) = int_0^t   n mu e^{-theta s} g(s) ds
    sum_j r_j E[V 1{served} | j]  = int_0^inf s n mu e^{-theta s} g(s) ds.
All four integrands are log-concave; ``quad_logconcave`` locates the mode,
splits the interval at the mode +- (scale * 2^k) and stops where the integrand
has dropped below exp(-DROP_NATS) of its peak; what is left out beyond such a
point p is at most exp(phi(p)) / |phi'(p)| for a concave phi, and the script
asserts that this is below 1e-90 of the computed integral.
Method 2 is cheap for every case; method 1 is run where the number of j terms
is at most JSUM_MAX_TERMS.  On the overlap all eight outputs (and the four raw
sums) must agree to CROSSCHECK_TOL relative; the maximum relative difference
is printed and stored as ``crosscheck_max_rel_diff``.  The JSON values come
from method 1 where it ran, else from method 2.

JSON output
-----------
Top level: generator, mp_dps, crosscheck_max_rel_diff, erlang_b, erlang_c,
erlang_a.  Every case object holds numbers only (the Swift side decodes each
case as [String: Double]).  No case yields a subnormal double (the script
asserts this), so no JSON parser has to cope with subnormal literals.
"""

import json
import os
import sys
import time

import mpmath
from mpmath import mp, mpf

MP_DPS = 50                 # precision of every stored value
WORK_DPS = 70               # local working precision for Erlang A
DROP_NATS = 260             # integrand cut-off below its peak (e^-260 ~ 1e-113)
JSUM_MAX_TERMS = 100000     # largest j-sum attempted (method 1)
CROSSCHECK_TOL = mpf("1e-12")
ERLANG_B_CHECK_TOL = mpf("1e-40")

mp.dps = MP_DPS
OUT_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "erlang_vectors.json")
DBL_MIN_NORMAL = 2.2250738585072014e-308


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def to_double(v):
    """Nearest double of an mpf; results below the double range become 0.0.

    Asserts the value is not subnormal (see module docstring)."""
    f = float(v)
    assert f == f and abs(f) != float("inf"), v
    assert f == 0.0 or abs(f) >= DBL_MIN_NORMAL, "subnormal output %r" % (v,)
    return f


def rel_diff(a, b):
    """|a - b| / max(|a|, |b|), evaluated at WORK_DPS so that differences below
    50 digits stay visible (0 when both are 0)."""
    with mp.workdps(WORK_DPS):
        if a == b:
            return mpf(0)
        return +(abs(a - b) / max(abs(a), abs(b)))


# ----------------------------------------------------------------------------
# Quadrature of log-concave integrands
# ----------------------------------------------------------------------------

def quad_logconcave(phi, dphi, d2phi, a, b):
    """int_a^b exp(phi(s)) ds for concave phi, b may be mpmath.inf.

    The mode m (root of phi', clamped to [a, b]) is found by bisection; the local
    scale is sigma = min(1/|phi'(m)|, 1/sqrt(|phi''(m)|)).  Break points are
    m +- sigma * 2^k, k = 0, 1, ..., until the integrand is below
    exp(phi(m) - DROP_NATS) or the interval end is reached.  For a concave phi
    the part beyond such a point p is at most exp(phi(p)) / |phi'(p)|; that bound
    is asserted to be below 1e-90 of the integral.  Every piece goes to
    ``mpmath.quad`` (tanh-sinh),
    integrating exp(phi(s) - phi(m)) so no huge exponents reach the quadrature.
    """
    a = mpf(a)
    if b == a:
        return mpf(0)
    # --- locate the mode of phi on [a, b] (phi'(a) may be +inf, e.g. a log s term)
    try:
        slope_a = dphi(a)
    except ZeroDivisionError:
        slope_a = mpmath.inf
    if slope_a <= 0:
        m = a
    else:
        lo = a
        if b == mpmath.inf:
            hi = a + 1
            while dphi(hi) > 0:
                lo, hi = hi, a + 2 * (hi - a)
        else:
            hi = mpf(b)
        if b != mpmath.inf and dphi(hi) >= 0:
            m = hi
        else:
            for _ in range(200):
                mid = (lo + hi) / 2
                if dphi(mid) > 0:
                    lo = mid
                else:
                    hi = mid
                if hi - lo <= (abs(lo) + abs(hi)) * mpf(10) ** (-25):
                    break
            m = (lo + hi) / 2
    peak = phi(m)
    d1, d2 = abs(dphi(m)), abs(d2phi(m))
    scales = []
    if d1 > 0:
        scales.append(1 / d1)
    if d2 > 0:
        scales.append(1 / mpmath.sqrt(d2))
    sigma = min(scales)
    # --- break points
    cuts = []                                # truncation points (tail bound checked below)
    pts = [m]
    k = 0
    while pts[-1] > a:                      # left of the mode
        p = m - sigma * mpf(2) ** k
        if p <= a:
            pts.append(a)
            break
        pts.append(p)
        if phi(p) < peak - DROP_NATS:
            cuts.append(p)
            break
        k += 1
    pts = pts[::-1]
    k = 0
    while True:                              # right of the mode
        p = m + sigma * mpf(2) ** k
        if b != mpmath.inf and p >= b:
            pts.append(mpf(b))
            break
        pts.append(p)
        if phi(p) < peak - DROP_NATS:
            cuts.append(p)
            break
        k += 1
    f = lambda s: mpmath.exp(phi(s) - peak)
    total = mpf(0)
    for lo, hi in zip(pts[:-1], pts[1:]):
        if hi > lo:
            total += mpmath.quad(f, [lo, hi])
    for p in cuts:                           # concavity: left-out part <= f(p) / |phi'(p)|
        assert f(p) / abs(dphi(p)) < mpf(10) ** -90 * total, ("quadrature truncation", p)
    return total * mpmath.exp(peak)


# ----------------------------------------------------------------------------
# Erlang B
# ----------------------------------------------------------------------------

def erlang_b(n, A):
    """B(n, A) = A^n e^{-A} / Gamma(n+1, A) for real n >= 0, A > 0."""
    n, A = mpf(n), mpf(A)
    return mpmath.exp(n * mpmath.log(A) - A) / mpmath.gammainc(n + 1, A)


def erlang_b_recursion(n, A):
    """Integer n: B(k) = A B(k-1) / (k + A B(k-1)), B(0) = 1 (stable, all terms > 0)."""
    A = mpf(A)
    b = mpf(1)
    for k in range(1, int(n) + 1):
        b = A * b / (k + A * b)
    return b


def erlang_b_jagerman(n, A):
    """1/B(n, A) = A int_0^inf exp(-A u + n log(1+u)) du (Jagerman 1974)."""
    n, A = mpf(n), mpf(A)
    with mp.workdps(MP_DPS + 20):
        inv = A * quad_logconcave(lambda u: -A * u + n * mpmath.log1p(u),
                                  lambda u: -A + n / (1 + u),
                                  lambda u: -n / (1 + u) ** 2,
                                  0, mpmath.inf)
    return 1 / inv


def check_erlang_b(n, A, value):
    """Relative difference of the gammainc value to an independent method."""
    n = mpf(n)
    if n == int(n):
        other = erlang_b_recursion(int(n), A)
    else:
        other = erlang_b_jagerman(n, A)
    return rel_diff(value, other)


# ----------------------------------------------------------------------------
# Erlang C
# ----------------------------------------------------------------------------

def erlang_c(n, A, aht, target):
    """M/M/n metrics from B(n, A); requires n > A (see module docstring)."""
    n, A, aht, target = mpf(n), mpf(A), mpf(aht), mpf(target)
    assert n > A > 0
    B = erlang_b(n, A)
    C = n * B / (n - A * (1 - B))
    return {
        "p_wait": C,
        "service_level": 1 - C * mpmath.exp(-(n - A) * target / aht),
        "asa_seconds": C * aht / (n - A),
        "occupancy": A / n,
    }


# ----------------------------------------------------------------------------
# Erlang A
# ----------------------------------------------------------------------------

def _erlang_a_finish(n, A, aht, patience, L, S, EQ, PSW, EW):
    """Turn the pi_n-relative sums into the reported metrics.

    L = 1/B - 1 (states below n), S = sum r_j, EQ = sum j r_j,
    PSW = sum r_j P(served, V <= t | j), EW = sum r_j E[V 1{served} | j]."""
    lam = A / aht
    theta = 1 / patience
    Z = L + S
    mean_q = EQ / Z
    p_ab = theta * mean_q / lam
    sl = (L + PSW) / Z
    e_w_served = EW / Z
    return {
        "p_wait": S / Z,
        "p_abandon": p_ab,
        "service_level": sl,
        "service_level_of_answered": sl / (1 - p_ab),
        "asa_seconds": e_w_served / (1 - p_ab),
        "mean_wait_all_seconds": mean_q / lam,
        "mean_queue_length": mean_q,
        "occupancy": lam * (1 - p_ab) * aht / n,
    }


BETAINC_FALLBACKS = [0]
CANCEL_DIGITS = 150


def _beta_lower_tail(a, b, x):
    """I_x(a, b) for x below the mean a/(a+b) (the small tail).

    ``mpmath.betainc(a, b, 0, x, regularized=True)``; mpmath evaluates it as
    x^a 2F1(a, 1-b; a+1; x) / (a B(a, b)), an alternating series whose terms
    reach about ((1+x)/(1-x))^(b-1) times the result; mpmath raises its
    precision by that many digits, which gets slow, and gives up (ValueError
    from hypsum) beyond a few thousand bits.  When more than CANCEL_DIGITS
    digits would cancel, or mpmath gives up, the same quantity is summed from
    DLMF 8.17.8,
        I_x(a, b) = x^a (1-x)^b / (a B(a, b)) * 2F1(a+b, 1; a+1; x),
    whose series has positive terms with ratios (a+b+k) x / (a+1+k) < 1 here."""
    if (b - 1) * mpmath.log10((1 + x) / (1 - x)) < CANCEL_DIGITS:
        try:
            return mpmath.betainc(a, b, 0, x, regularized=True)
        except ValueError:
            pass
    BETAINC_FALLBACKS[0] += 1
    logpre = (a * mpmath.log(x) + b * mpmath.log1p(-x) - mpmath.log(a)
              - mpmath.loggamma(a) - mpmath.loggamma(b) + mpmath.loggamma(a + b))
    eps = mpf(10) ** -(mp.dps + 5)
    total, term, k = mpf(0), mpf(1), 0
    while True:
        total += term
        q = (a + b + k) * x / (a + 1 + k)          # decreasing in k, < 1
        term *= q
        k += 1
        if term * q / (1 - q) <= eps * total:       # geometric bound of the remainder
            break
    return mpmath.exp(logpre) * total


def _upper_beta_tail(y, j, c):
    """1 - I_c(y+1, j+1) = I_{1-c}(j+1, y+1), always evaluating the smaller tail.

    (Asking mpmath for the tail that is close to 1 and subtracting from 1 would
    lose all the digits of its small complement.)"""
    a, b = y + 1, mpf(j + 1)
    if c == 1:
        return mpf(0)
    if 1 - c < b / (a + b):      # 1-c below the mean of Beta(j+1, y+1): that tail is small
        return _beta_lower_tail(b, a, 1 - c)
    return 1 - _beta_lower_tail(a, b, c)


def erlang_a_jsum(n, A, aht, patience, target, max_terms):
    """Method 1: birth-death sums over j with the Beta representation (docstring).

    Returns (metrics, raw sums, number of j terms), or None when more than
    max_terms terms would be needed.  The series are summed forwards until the
    geometric tail bounds (valid once q_j = x/(y+j+1) < 1, q_j decreasing) are
    below 1e-65 of the partial sums.  T_j = 1 - I_c(y+1, j+1) is then taken
    from betainc at the last index J and carried down with DLMF 8.17.21,
        T_j = T_{j+1} + d_j,  d_j = c^a (1-c)^{j+1} / ((j+1) B(a, j+1)),  a = y+1,
    which adds positive terms only (no cancellation) and costs O(1) per j;
    T_j is compared with a direct betainc evaluation at two interior j."""
    with mp.workdps(WORK_DPS):
        n, A, aht, patience, target = (mpf(v) for v in (n, A, aht, patience, target))
        theta = 1 / patience
        x = (A / aht) * patience          # lambda / theta
        y = n * patience / aht            # n mu / theta
        if x - y > max_terms:             # terms grow until j ~ x - y
            return None
        c = mpmath.exp(-theta * target)   # e^{-theta t}
        L = 1 / erlang_b(n, A) - 1
        eps = mpf(10) ** -(WORK_DPS - 5)
        S = EQ = EW = mpf(0)
        rw = []                           # r_j * y/(y+j+1)
        r = mpf(1)                        # r_j = pi_{n+j} / pi_n
        H = 1 / (y + 1)                   # psi(y+j+2) - psi(y+1) = sum_{i=1..j+1} 1/(y+i)
        j = 0
        while True:
            if j >= max_terms:
                return None
            w = y / (y + j + 1)
            S += r
            EQ += j * r
            EW += r * w * H / theta
            rw.append(r * w)
            q = x / (y + j + 1)           # r_{j+1} / r_j, decreasing in j
            if q < 1:
                # remainders: sum_{k>=1} r q^k, sum_{k>=1} r q^k (j+k), and for EW
                # y/(y+m+1) H_m / theta <= (m+1) / (theta (y+1))
                t_s = r * q / (1 - q)
                t_q = r * (j * q / (1 - q) + q / (1 - q) ** 2)
                t_w = r * ((j + 1) * q / (1 - q) + q / (1 - q) ** 2) / (theta * (y + 1))
                if t_s <= eps * S and t_q <= eps * EQ and t_w <= eps * EW:
                    break
            j += 1
            r *= q
            H += 1 / (y + j + 1)
        J = j
        # P(served, V <= t | j) = y/(y+j+1) * T_j
        PSW = mpf(0)
        if c != 1:
            a = y + 1
            T = _upper_beta_tail(y, J, c)
            PSW = rw[J] * T
            checks = {}
            if J > 0:
                d = mpmath.exp(a * mpmath.log(c) + J * mpmath.log1p(-c) + mpmath.loggamma(a + J)
                               - mpmath.loggamma(a) - mpmath.loggamma(J + 1))   # d_{J-1}
                for j in range(J - 1, -1, -1):
                    T += d
                    PSW += rw[j] * T
                    if j in (J // 2, min(J - 1, 3)):
                        checks[j] = T
                    d *= (j + 1) / ((1 - c) * (a + j))                          # d_{j-1}
            for j, T in checks.items():
                direct = _upper_beta_tail(y, j, c)
                assert rel_diff(T, direct) < mpf(10) ** -45, ("T_j recurrence", j, T, direct)
            # remainder of PSW: T_m <= T_J for m > J (P(V <= t | m) decreases in m)
            assert _upper_beta_tail(y, J, c) * t_s <= eps * PSW
        raw = {"S": S, "EQ": EQ, "PSW": PSW, "EW": EW}
        out = _erlang_a_finish(n, A, aht, patience, L, S, EQ, PSW, EW)
    return out, raw, J + 1


def erlang_a_integral(n, A, aht, patience, target):
    """Method 2: the four sums as Laplace-type integrals of g (docstring)."""
    with mp.workdps(WORK_DPS):
        n, A, aht, patience, target = (mpf(v) for v in (n, A, aht, patience, target))
        lam, theta, nmu = A / aht, 1 / patience, n / aht
        x = lam / theta
        L = 1 / erlang_b(n, A) - 1
        lnmu = mpmath.log(nmu)

        # phi = log g + log(n mu);  om(s) = 1 - e^{-theta s} computed without cancellation
        om = lambda s: -mpmath.expm1(-theta * s)
        phi = lambda s: lnmu - nmu * s + x * om(s)
        dphi = lambda s: -nmu + lam * mpmath.exp(-theta * s)
        d2phi = lambda s: -lam * theta * mpmath.exp(-theta * s)

        S = quad_logconcave(phi, dphi, d2phi, 0, mpmath.inf)

        # extra factor x (1 - e^{-theta s}):  d/ds log = theta / (e^{theta s} - 1)
        lx = mpmath.log(x)
        EQ = quad_logconcave(
            lambda s: phi(s) + lx + mpmath.log(om(s)),
            lambda s: dphi(s) + theta / mpmath.expm1(theta * s),
            lambda s: d2phi(s) - theta ** 2 * mpmath.exp(theta * s) / mpmath.expm1(theta * s) ** 2,
            0, mpmath.inf)

        # extra factor e^{-theta s}
        phi1 = lambda s: phi(s) - theta * s
        dphi1 = lambda s: dphi(s) - theta
        PSW = quad_logconcave(phi1, dphi1, d2phi, 0, target)

        # extra factor s e^{-theta s}
        EW = quad_logconcave(lambda s: phi1(s) + mpmath.log(s),
                             lambda s: dphi1(s) + 1 / s,
                             lambda s: d2phi(s) - 1 / s ** 2,
                             0, mpmath.inf)
        raw = {"S": S, "EQ": EQ, "PSW": PSW, "EW": EW}
        out = _erlang_a_finish(n, A, aht, patience, L, S, EQ, PSW, EW)
    return out, raw


# ----------------------------------------------------------------------------
# Case lists (fixed; edit deliberately, the output is committed)
# ----------------------------------------------------------------------------

AGENTS = [1, 2, 5, 10, 50, 100, 500, 1000, 5000, 20000, 100000]


def erlang_b_cases():
    """(agents, load) pairs: integer grid, overload, extremely light, fractional n."""
    cases = []
    for n in AGENTS:
        for f in ("0.1", "0.5", "0.8", "0.95", "0.99"):
            cases.append((n, float(n * mpf(f))))
    for n in (1, 10, 1000, 100000):
        cases += [(n, 1.2 * n), (n, 2.0 * n)]
    cases += [(10, 8.0), (520, 500.0), (20150, 20000.0), (100, 1.0), (170, 1.0),
              (1000, 1.0), (0, 3.0), (1, 1e-3)]
    cases += [(0.3, 0.5), (2.5, 2.0), (18.7, 15.0), (100.5, 90.0), (1000.25, 950.0),
              (1000.25, 1200.0), (20000.5, 19000.0), (20000.5, 20100.0), (0.5, 0.01)]
    return cases


TARGETS = (20.0, 0.0, 60.0, 600.0)


def erlang_c_cases():
    """(agents, load, aht, target): n > A always; targets and AHT rotate over the grid."""
    cases = []
    i = 0
    for n in AGENTS:
        loads = [n * mpf(f) for f in ("0.5", "0.8", "0.95", "0.99")]
        if n >= 2:
            loads.append(mpf(n - 1))
        if n in (10, 1000, 100000):
            loads.insert(0, n * mpf("0.1"))
        for A in loads:
            aht = (300.0, 300.0, 180.0, 300.0, 600.0)[i % 5]
            cases.append((n, float(A), aht, TARGETS[i % 4]))
            i += 1
    for t in TARGETS:
        cases.append((10, 8.0, 300.0, t))
    cases += [(520, 500.0, 300.0, 20.0), (20150, 20000.0, 300.0, 20.0),
              (100, 1.0, 300.0, 20.0), (1000, 1.0, 300.0, 0.0),
              (10.5, 8.0, 300.0, 20.0), (18.7, 15.0, 180.0, 60.0),
              (1000.25, 950.0, 300.0, 20.0), (20000.5, 19990.0, 300.0, 600.0)]
    return cases


def erlang_a_cases():
    """(agents, load, aht, patience, target), including overload A > n."""
    patiences = (30.0, 300.0, 3000.0, 36000.0, 120.0)
    cases = []
    i = 0
    for n in AGENTS:
        for f in ("0.5", "0.8", "0.95", "1.2", "2"):
            A = float(n * mpf(f))
            cases.append((n, A, 300.0, patiences[i % 5], TARGETS[i % 4]))
            i += 1
    for n in (1, 10, 100, 1000, 5000):
        cases.append((n, float(n * mpf("0.99")), 300.0, patiences[i % 5], TARGETS[i % 4]))
        i += 1
    for n in (10, 100, 1000):
        cases.append((n, float(n * mpf("0.1")), 300.0, 300.0, 20.0))
    for p in (30.0, 120.0, 300.0, 3000.0, 36000.0):
        cases.append((10, 8.0, 300.0, p, 20.0))
    cases += [
        (520, 500.0, 300.0, 120.0, 20.0),
        (5000, 5000.0, 300.0, 120.0, 20.0),      # benchmark case
        (50, 50.0, 300.0, 120.0, 0.0),
        (100, 1.0, 300.0, 300.0, 20.0),          # extremely light
        (1000, 1.0, 300.0, 120.0, 20.0),
        (20, 18.0, 180.0, 60.0, 20.0),           # a few other AHTs
        (20, 25.0, 600.0, 300.0, 60.0),
        (200, 190.0, 180.0, 3000.0, 600.0),
        (200, 240.0, 600.0, 30.0, 20.0),
        (1, 0.5, 600.0, 600.0, 600.0),
        (2, 4.0, 180.0, 30.0, 0.0),
    ]
    return cases


# ----------------------------------------------------------------------------
# Driver
# ----------------------------------------------------------------------------

def _dump_case(inputs, values):
    d = dict(inputs)
    for k, v in values.items():
        d[k] = to_double(v)
    return d


def build_erlang_b():
    rows, worst = [], mpf(0)
    for n, A in erlang_b_cases():
        B = erlang_b(n, A)
        d = check_erlang_b(n, A, B)
        worst = max(worst, d)
        assert d < ERLANG_B_CHECK_TOL, ("Erlang B cross-check", n, A, d)
        rows.append(_dump_case({"agents": float(n), "load": float(A)}, {"blocking": B}))
    log("erlang_b: %d cases, max rel diff vs recursion/Jagerman integral %s"
        % (len(rows), mpmath.nstr(worst, 3)))
    return rows


def build_erlang_c():
    rows = []
    for n, A, aht, t in erlang_c_cases():
        rows.append(_dump_case({"agents": float(n), "load": float(A), "aht": aht, "target": t},
                               erlang_c(n, A, aht, t)))
    log("erlang_c: %d cases" % len(rows))
    return rows


def build_erlang_a():
    rows, worst, overlap, worst_case = [], mpf(0), 0, None
    cases = erlang_a_cases()
    for idx, (n, A, aht, p, t) in enumerate(cases):
        t0 = time.time()
        via_int, raw_int = erlang_a_integral(n, A, aht, p, t)
        jsum = erlang_a_jsum(n, A, aht, p, t, JSUM_MAX_TERMS)
        note = "integral only (j-sum would need > %d terms)" % JSUM_MAX_TERMS
        values = via_int
        if jsum is not None:
            via_sum, raw_sum, used = jsum
            diffs = [rel_diff(via_sum[k], via_int[k]) for k in via_sum]
            diffs += [rel_diff(raw_sum[k], raw_int[k]) for k in raw_sum]
            d = max(diffs)
            assert d < CROSSCHECK_TOL, ("Erlang A cross-check", n, A, aht, p, t, d)
            if d > worst:
                worst, worst_case = d, (n, A, aht, p, t)
            overlap += 1
            values = via_sum
            note = "j-sum %d terms, rel diff %s" % (used, mpmath.nstr(d, 3))
        rows.append(_dump_case({"agents": float(n), "load": float(A), "aht": aht,
                                "patience": p, "target": t}, values))
        log("erlang_a %2d/%d n=%g A=%g aht=%g patience=%g t=%g: %s (%.1fs)"
            % (idx + 1, len(cases), n, A, aht, p, t, note, time.time() - t0))
    log("erlang_a: %d cases, %d cross-checked, max rel diff %s at %s; "
        "betainc fallbacks to DLMF 8.17.8: %d"
        % (len(rows), overlap, mpmath.nstr(worst, 3), worst_case, BETAINC_FALLBACKS[0]))
    return rows, worst


def main():
    start = time.time()
    b = build_erlang_b()
    c = build_erlang_c()
    a, worst = build_erlang_a()
    doc = {
        "generator": "generate_erlang_vectors.py",
        "mp_dps": MP_DPS,
        "crosscheck_max_rel_diff": float(worst),
        "erlang_b": b,
        "erlang_c": c,
        "erlang_a": a,
    }
    with open(OUT_PATH, "w") as fh:
        json.dump(doc, fh, sort_keys=True, indent=1)
        fh.write("\n")
    log("wrote %s in %.1fs" % (OUT_PATH, time.time() - start))


if __name__ == "__main__":
    main()
