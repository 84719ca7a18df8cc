#!/usr/bin/env python3
"""Benchmark: ccsim's shift roster (CBC) against pyworkforce's MinRequiredResources (OR-Tools CP-SAT).

pyworkforce is a benchmark peer, not a dependency: this script installs it with pip into a venv
under a scratch directory and is not run by CI. Two problems:

1. pyworkforce's own shift-scheduling example (2 days x 24 hourly periods, shifts Morning, Afternoon,
   Night, Mixed with costs 1, 1.2, 2, 1.5, at most 25 agents per shift). ccsim rosters each day as a
   one-day model whose staffing table is that day's requirement (`ccsim plan --roster-only`).
2. The seed model's plan (`ccsim plan models/seed-retail-multichannel.yaml --set horizon.days=1 --set simulation.warmup=0s`),
   rostered per group with 8h shifts starting every half hour 06:00-14:00 and 4h part-time shifts
   08:00-18:00, no breaks (pyworkforce has no break placement), cost = hours x 30.

Prints the cost each tool finds; ccsim's must be no higher. Usage:
    scripts/bench/roster_vs_pyworkforce.py [--ccsim .build-release/release/ccsim] [--scratch /tmp/ccsim-bench]
"""
import argparse, json, os, subprocess, sys, time, venv

PERIOD_REQUIREMENTS = [
    [9, 11, 17, 9, 7, 12, 5, 11, 8, 9, 18, 17, 8, 12, 16, 8, 7, 12, 11, 10, 13, 19, 16, 7],
    [13, 13, 12, 15, 18, 20, 13, 16, 17, 8, 13, 11, 6, 19, 11, 20, 19, 17, 10, 13, 14, 23, 16, 8],
]
# pyworkforce's example shifts as (start hour, length hours, cost); Night wraps past midnight.
EXAMPLE_SHIFTS = {"Morning": (5, 8, 1.0), "Afternoon": (13, 8, 1.2), "Night": (21, 8, 2.0), "Mixed": (9, 8, 1.5)}

PEER = r'''
import json, sys
from pyworkforce.scheduling import MinRequiredResources
p = json.load(sys.stdin)
s = MinRequiredResources(num_days=p["days"], periods=p["periods"], shifts_coverage=p["coverage"],
                         required_resources=p["required"], max_period_concurrency=p["max_period"],
                         max_shift_concurrency=p["max_shift"], cost_dict=p["cost"], max_search_time=p["time"])
r = s.solve()
cost = sum(p["cost"][x["shift"]] * x["resources"] for x in r["resources_shifts"])
print(json.dumps({"status": r["status"], "cost": cost}))
'''


def peer_python(scratch):
    env = os.path.join(scratch, "venv")
    python = os.path.join(env, "bin", "python")
    if not os.path.exists(python):
        venv.create(env, with_pip=True)
        subprocess.run([python, "-m", "pip", "install", "-q", "pyworkforce"], check=True)
    return python


def pyworkforce(python, days, periods, coverage, required, cost, max_shift):
    payload = {"days": days, "periods": periods, "coverage": coverage, "required": required, "cost": cost,
               "max_period": max(max(r) for r in required) * 3 + 1, "max_shift": max_shift, "time": 60.0}
    start = time.time()
    out = subprocess.run([python, "-c", PEER], input=json.dumps(payload), capture_output=True, text=True, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    return result["cost"], result["status"], time.time() - start


def coverage_vector(start, length, periods):
    v = [0] * periods
    for k in range(length):
        v[(start + k) % periods] = 1
    return v


def ccsim_roster(ccsim, scratch, name, interval_minutes, groups, templates):
    """Rosters `groups` ({group: [agents per interval]}) with `templates` via --roster-only."""
    folder = os.path.join(scratch, name)
    os.makedirs(folder, exist_ok=True)
    lines = [f"name: {name}", f"horizon: {{ days: 1, interval: {interval_minutes}m }}", "channels:",
             "  calls: { kind: voice, handle_time: 1m, service_level: 80% within 20s }",
             "demand: { contacts_per_day: 1, mix: { calls: 100% } }", "agent_groups:"]
    for group, agents in groups.items():
        table = os.path.join(folder, f"{group}.csv")
        with open(table, "w") as f:
            f.write("interval_start,agents\n")
            for k, n in enumerate(agents):
                minutes = k * interval_minutes
                f.write(f"{minutes // 60:02d}:{minutes % 60:02d},{n}\n")
        lines.append(f"  {group}: {{ skills: [calls], staffing: {table}, cost_per_hour: 30 }}")
    model = os.path.join(folder, "model.yaml")
    with open(model, "w") as f:
        f.write("\n".join(lines) + "\n")
    shifts = os.path.join(folder, "shifts.yaml")
    with open(shifts, "w") as f:
        f.write("shifts:\n")
        for t in templates:
            f.write(f"  {t['name']}: {{ starts: \"{t['starts']}\", length: {t['length']}, cost: {t['cost']}"
                    + (f", max_agents: {t['max']}" if "max" in t else "") + (f", every: {t['every']}" if "every" in t else "") + " }\n")
    start = time.time()
    out = subprocess.run([ccsim, "plan", model, "--roster-only", "--shifts", shifts, "--replications", "2",
                          "--format", "json"], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"ccsim failed on {name}: {out.stderr}")
    roster = json.loads(out.stdout)["roster"]
    return roster["cost_per_day"], roster["proven_optimal"], roster["gap"], time.time() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ccsim", default=".build-release/release/ccsim")
    parser.add_argument("--scratch", default="/tmp/ccsim-bench-roster")
    args = parser.parse_args()
    os.makedirs(args.scratch, exist_ok=True)
    python = peer_python(args.scratch)

    # 1. pyworkforce's example.
    coverage = {s: coverage_vector(h, n, 24) for s, (h, n, _) in EXAMPLE_SHIFTS.items()}
    costs = {s: c for s, (_, _, c) in EXAMPLE_SHIFTS.items()}
    peer_cost, status, peer_seconds = pyworkforce(python, 2, 24, coverage, PERIOD_REQUIREMENTS, costs, 25)
    ours, optimal, seconds = 0.0, True, 0.0
    for day, required in enumerate(PERIOD_REQUIREMENTS):
        templates = [{"name": s.lower(), "starts": f"{h:02d}:00", "length": f"{n}h", "cost": c, "max": 25}
                     for s, (h, n, c) in EXAMPLE_SHIFTS.items()]
        cost, proven, _, t = ccsim_roster(args.ccsim, args.scratch, f"example-day{day + 1}", 60, {"team": required}, templates)
        ours += cost
        optimal = optimal and proven
        seconds += t
    print(f"pyworkforce example (2 days x 24 h): pyworkforce {peer_cost:.2f} ({status}, {peer_seconds:.1f} s), "
          f"ccsim/CBC {ours:.2f} ({'proven optimal' if optimal else 'not proven optimal'}, {seconds:.1f} s)")
    assert ours <= peer_cost + 1e-6, "ccsim's roster costs more than pyworkforce's"

    # 2. The seed model's plan, rostered per group.
    out = subprocess.run([args.ccsim, "plan", "models/seed-retail-multichannel.yaml", "--set", "horizon.days=1", "--set", "simulation.warmup=0s",
                          "--format", "json"], capture_output=True, text=True, check=True)
    plan = json.loads(out.stdout)
    groups = {}
    for row in plan["staffing"]:
        groups.setdefault(row["group"], []).append(row["agents"])
    templates = [{"name": "full", "starts": "06:00-14:00", "length": "8h", "cost": 240},
                 {"name": "part", "starts": "08:00-18:00", "length": "4h", "cost": 120}]
    cost, proven, gap, t = ccsim_roster(args.ccsim, args.scratch, "seed-plan", 30, groups, templates)
    peer_total, peer_time = 0.0, 0.0
    starts_full = list(range(12, 29))           # 06:00-14:00 every half hour
    starts_part = list(range(16, 37))           # 08:00-18:00
    cov = {f"full{s}": coverage_vector(s, 16, 48) for s in starts_full}
    cov.update({f"part{s}": coverage_vector(s, 8, 48) for s in starts_part})
    price = {k: (240 if k.startswith("full") else 120) for k in cov}
    for group, required in groups.items():
        if not any(required):
            continue
        c, status, secs = pyworkforce(python, 1, 48, cov, [required], price, 10_000)
        peer_total += c
        peer_time += secs
    print(f"seed model plan ({len(groups)} groups x 48 half-hours): pyworkforce {peer_total:.2f} ({peer_time:.1f} s), "
          f"ccsim/CBC {cost:.2f} ({'proven optimal' if proven else f'gap {gap:.2%}'}, {t:.1f} s)")
    assert cost <= peer_total + 1e-6, "ccsim's roster costs more than pyworkforce's"


if __name__ == "__main__":
    main()
