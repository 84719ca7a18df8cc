#!/usr/bin/env python3
"""Exact reference values for M/M/c+M with redials: callers who abandon call again with probability p
after an exponential delay (mean 1/nu), as `journeys.retry.abandoned` models it.

The state is (n, m): n callers at the center (in service or waiting), m callers in the redial orbit.

    (n, m) -> (n+1, m)      lambda0                 a new caller
    (n, m) -> (n+1, m-1)    m nu                    a redial
    (n, m) -> (n-1, m)      min(n, c) mu            a call ends
    (n, m) -> (n-1, m+1)    (n-c)+ theta p          a waiting caller abandons and will redial
    (n, m) -> (n-1, m)      (n-c)+ theta (1-p)      a waiting caller abandons for good

truncated at n <= N, m <= M where the probability mass is below 1e-12, and solved as a sparse linear
system (scipy). Outputs, for Tests/ContactCenterTests/JourneyValidationTests.swift:
    p_wait          P(an attempt, first or redial, finds all agents busy)   (arrivals weighted by their rates)
    p_abandon       abandonments per attempt
    mean_orbit      mean number of callers waiting to redial
    lost_share      callers lost for good / new callers

Run:  python3 generate_retrial_vectors.py > retrial_vectors.json
"""
import json
import numpy as np
from scipy.sparse import lil_matrix
from scipy.sparse.linalg import spsolve

CASES = [
    # name, agents c, new callers per minute, mean handle (min), mean patience (min), redial probability, mean redial delay (min)
    ("c5_p50", 5, 1.0, 5.0, 2.0, 0.5, 10.0),
    ("c3_p80", 3, 0.6, 4.0, 3.0, 0.8, 5.0),
    ("c8_p30", 8, 1.9, 4.0, 1.5, 0.3, 20.0),
]


def solve(c, lam0, aht, patience, p, delay, N, M):
    mu, theta, nu = 1 / aht, 1 / patience, 1 / delay
    index = lambda n, m: n * (M + 1) + m
    size = (N + 1) * (M + 1)
    Q = lil_matrix((size, size))
    for n in range(N + 1):
        for m in range(M + 1):
            i = index(n, m)
            out = 0.0
            def add(n2, m2, rate):
                nonlocal out
                if rate > 0 and 0 <= n2 <= N and 0 <= m2 <= M:
                    Q[i, index(n2, m2)] += rate
                    out += rate
            add(n + 1, m, lam0)
            add(n + 1, m - 1, m * nu)
            add(n - 1, m, min(n, c) * mu)
            waiting = max(n - c, 0)
            add(n - 1, m + 1, waiting * theta * p)
            add(n - 1, m, waiting * theta * (1 - p))
            Q[i, i] = -out
    A = Q.T.tocsr().tolil()
    A[0, :] = np.ones(size)
    b = np.zeros(size)
    b[0] = 1
    pi = spsolve(A.tocsr(), b).reshape(N + 1, M + 1)
    n = np.arange(N + 1)[:, None]
    m = np.arange(M + 1)[None, :]
    attempts = (lam0 + m * nu) * pi
    waiting = np.maximum(n - c, 0)
    p_wait = attempts[c:, :].sum() / attempts.sum()
    p_abandon = (theta * waiting * pi).sum() / attempts.sum()
    mean_orbit = (m * pi).sum()
    lost_share = (theta * (1 - p) * waiting * pi).sum() / lam0
    edge = pi[N, :].sum() + pi[:, M].sum()
    return p_wait, p_abandon, mean_orbit, lost_share, edge


def main():
    out = []
    for name, c, lam0, aht, patience, p, delay in CASES:
        N, M = 60, 80
        p_wait, p_abandon, mean_orbit, lost_share, edge = solve(c, lam0, aht, patience, p, delay, N, M)
        assert edge < 1e-12, (name, edge)
        out.append({"name": name, "agents": c, "arrivals_per_minute": lam0, "mean_handle_minutes": aht,
                    "mean_patience_minutes": patience, "redial_probability": p, "mean_redial_minutes": delay,
                    "p_wait": p_wait, "p_abandon": p_abandon, "mean_orbit": mean_orbit, "lost_share": lost_share})
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
