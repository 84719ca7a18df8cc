#!/usr/bin/env python3
"""Reference values for the GSL module's wrappers (Tests/GSLTests).

Writes ``gsl_vectors.json`` next to this script; ``Tests/GSLTests/SpecialFunctionTests.swift``
and ``RandomGeneratorTests.swift`` read it.  Requirements: Python 3 + mpmath (tested with 1.3)
and scipy (only for starting points of root finding).  Deterministic output (fixed cases, sorted
keys); runs in a second.

    python3 Tests/GSLTests/Vectors/generate_gsl_vectors.py            # writes gsl_vectors.json
    python3 Tests/GSLTests/Vectors/generate_gsl_vectors.py --stream   # prints RandomStream's golden draws

Special functions, at 50 significant digits, written as the nearest double:
  * ``log_gamma``: ln |Gamma(x)| (``mpmath.loggamma``; real part for x < 0);
  * ``gamma_inc_q``: the regularised upper incomplete gamma Q(a, x) = Gamma(a, x) / Gamma(a)
    (``mpmath.gammainc(a, x, inf, regularized=True)``);
  * ``student_t_quantile``: t with P(T <= t) = p for nu degrees of freedom, the root of
    F(t) = 1 - I_{nu/(nu+t^2)}(nu/2, 1/2) / 2 (t > 0; DLMF 8.17 with the t CDF, Abramowitz &
    Stegun 26.7.1), found with ``mpmath.findroot`` from scipy's ``t.ppf``.

MT19937 (``mt19937``): Python's ``random`` module is the reference MT19937 (Matsumoto &
Nishimura 1998, genrand_int32).  Its state is set to 624 words w[i] = (2654435761 i + 12345)
mod 2^32, with w[0] = 0x80000000 as RandomGenerator (and MT's init_by_array) does, and index
624, so the first output comes after a full refill, as in GSL's ``mt.c``.  ``outputs`` maps
draw numbers (0-based, across three refills) to the 32-bit output; GSL's ``gsl_rng_uniform_pos``
is output / 2^32 (a zero output is skipped; none occurs here).

``--stream`` prints the first draws of DiscreteEvent's ``RandomStream(seed: 20261129)``:
SplitMix64 (Vigna) from the seed, the high 32 bits of each output fill the 624 words, then MT19937
as above; the values are pasted into Tests/DiscreteEventTests/RandomStreamTests.swift.
"""
import json
import os
import random
import sys

import mpmath
from scipy import stats

mpmath.mp.dps = 50
HERE = os.path.dirname(os.path.abspath(__file__))
MASK64 = (1 << 64) - 1


def log_gamma_cases():
    return [{"x": x, "value": float(mpmath.re(mpmath.loggamma(mpmath.mpf(x))))}
            for x in [1e-5, 0.5, 1.0, 1.5, 3.25, 10.0, 171.5, 1e5, -2.5]]


def gamma_inc_q_cases():
    cases = [(1.0, 0.5), (1.25, 3.0), (1.9, 0.01), (5.5, 12.0), (50.5, 40.0), (1.5, 480.0), (101.0, 100.0)]
    return [{"a": a, "x": x,
             "value": float(mpmath.gammainc(mpmath.mpf(a), mpmath.mpf(x), mpmath.inf, regularized=True))}
            for a, x in cases]


def student_t_cdf(t, nu):
    nu = mpmath.mpf(nu)
    tail = mpmath.betainc(nu / 2, mpmath.mpf(1) / 2, 0, nu / (nu + t * t), regularized=True) / 2
    return 1 - tail if t >= 0 else tail


def student_t_cases():
    out = []
    for nu in [1, 2, 4, 9, 29, 1000]:
        for p in [0.6, 0.9, 0.975, 0.995]:
            start = mpmath.mpf(stats.t.ppf(p, nu))
            root = mpmath.findroot(lambda t: student_t_cdf(t, nu) - mpmath.mpf(p), start)
            out.append({"p": p, "degrees_of_freedom": nu, "value": float(root)})
    return out


def mt19937_outputs(words, draws):
    state = list(words)
    state[0] = 0x8000_0000
    generator = random.Random()
    generator.setstate((3, tuple(state) + (624,), None))
    return [generator.getrandbits(32) for _ in range(draws)]


def mt19937_case():
    words = [(2654435761 * i + 12345) % (1 << 32) for i in range(624)]
    outputs = mt19937_outputs(words, 1900)
    picked = [0, 1, 2, 311, 623, 624, 625, 1247, 1248, 1249, 1871, 1872, 1899]
    assert all(outputs[k] != 0 for k in picked)
    return {"outputs": {str(k): outputs[k] for k in picked}}


def splitmix64(seed, count):
    state = seed
    out = []
    for _ in range(count):
        state = (state + 0x9E3779B97F4A7C15) & MASK64
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        out.append(z ^ (z >> 31))
    return out


def print_stream_golden(seed=20261129, draws=5):
    words = [value >> 32 for value in splitmix64(seed, 624)]
    outputs = mt19937_outputs(words, draws)
    print(f"RandomStream(seed: {seed}): first {draws} 32-bit outputs (uniform = output / 2^32)")
    print(", ".join(f"0x{value:08X}" for value in outputs))


def main():
    if "--stream" in sys.argv[1:]:
        print_stream_golden()
        return
    vectors = {
        "log_gamma": log_gamma_cases(),
        "gamma_inc_q": gamma_inc_q_cases(),
        "student_t_quantile": student_t_cases(),
        "mt19937": mt19937_case(),
    }
    with open(os.path.join(HERE, "gsl_vectors.json"), "w") as f:
        json.dump(vectors, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
