#!/usr/bin/env python3
"""Exact reference values for one chat agent with processor sharing and slowdown.

One agent holds up to m sessions; with k sessions open each runs at speed 1/(1 + s(k-1)), so with
exponential work (mean 1/mu) the agent completes sessions at rate k*mu/(1 + s(k-1)) in state k <= m.
Contacts beyond m wait in a FCFS queue and abandon at rate theta each (exponential patience; theta = 0:
nobody abandons). The number in system is a birth-death chain:

    birth rate   lambda
    death rate   k*mu/(1+s(k-1))                     for k <= m
                 m*mu/(1+s(m-1)) + (k-m)*theta       for k > m

Solved with 60-digit mpmath, truncated where the state probability falls below 1e-40. Outputs, for
the simulator's tests (Tests/ContactCenterTests/ChatValidationTests.swift):
    p_wait      P(an arrival finds all m sessions taken)  (PASTA)
    mean_in_system, mean_queue
    p_abandon   theta * mean_queue / lambda

Run:  python3 generate_chat_vectors.py > chat_chain_vectors.json
"""
import json
import mpmath as mp

mp.mp.dps = 60

CASES = [
    # name, sessions m, slowdown s, mean handle (s), arrivals per second as (numerator, denominator),
    # mean patience (s) or None
    ("m3_s15_no_abandon", 3, "0.15", 600, (16, 6000), None),
    ("m3_s15_patience240", 3, "0.15", 600, (26, 6000), 240),
    ("m4_s50_patience120", 4, "0.5", 480, (3, 480), 120),
    ("m2_s100_no_abandon", 2, "1.0", 300, (7, 3000), None),
]


def solve(m, s, aht, lam, patience):
    mu = 1 / mp.mpf(aht)
    theta = 0 if patience is None else 1 / mp.mpf(patience)
    weights = [mp.mpf(1)]
    k = 0
    while True:
        k += 1
        served = min(k, m)
        death = served * mu / (1 + s * (served - 1)) + (k - m) * theta if k > m else k * mu / (1 + s * (k - 1))
        weights.append(weights[-1] * lam / death)
        if k > m + 10 and weights[-1] / sum(weights) < mp.mpf("1e-40"):
            break
        if k > 100000:
            raise RuntimeError("chain does not converge")
    total = sum(weights)
    pi = [w / total for w in weights]
    p_wait = sum(pi[m:])
    mean_in_system = sum(i * p for i, p in enumerate(pi))
    mean_queue = sum((i - m) * p for i, p in enumerate(pi) if i > m)
    p_abandon = theta * mean_queue / lam if theta else mp.mpf(0)
    return p_wait, mean_in_system, mean_queue, p_abandon


def main():
    out = []
    for name, m, s, aht, lam, patience in CASES:
        lam_v = mp.mpf(lam[0]) / lam[1]
        p_wait, l, lq, pab = solve(m, mp.mpf(s), aht, lam_v, patience)
        out.append({
            "name": name, "sessions": m, "slowdown": float(mp.mpf(s)), "mean_handle_seconds": aht,
            "arrivals_per_second": float(lam_v), "mean_patience_seconds": patience,
            "p_wait": float(p_wait), "mean_in_system": float(l), "mean_queue": float(lq), "p_abandon": float(pab),
        })
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
