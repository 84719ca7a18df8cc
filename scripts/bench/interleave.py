#!/usr/bin/env python3
"""Interleaved benchmark for the README's performance table: each round runs every command once
(seed = round), so machine noise hits all of them alike; prints per-command medians of the
customers (or contacts) per CPU-second measured by the tool itself, and the process CPU."""
import json, resource, statistics, subprocess, sys

# Run from a scratch copy of ../shared/bench/peers with .mmcm_gsl built (see its README):
#   python3 /path/to/ccsim/scripts/bench/interleave.py 7 /path/to/ccsim/.build/release/ccsim-bench
import os
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
B = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, ".build/release/ccsim-bench")
SEED = os.path.join(ROOT, "models/seed-retail-multichannel.yaml")
COMMANDS = {
    "c_des_520": ["./.mmcm_gsl", "--engine", "des", "--n", "1000000", "--theta", "0.5"],
    "c_kw_520": ["./.mmcm_gsl", "--engine", "kw", "--n", "1000000", "--theta", "0.5"],
    "ccsim_peer_520": [B, "peer", "--n", "1000000"],
    "ccsim_peer_52000": [B, "peer", "--n", "1000000", "--c", "52000", "--lam", "10000"],
    "c_des_52000": ["./.mmcm_gsl", "--engine", "des", "--n", "1000000", "--theta", "0.5", "--c", "52000", "--lam", "10000", "--warmup", "10"],
    "ccsim_seed_plain": [B, "model", SEED, "--replications", "2", "--without-journeys", "--set", "simulation.warmup=0s"],
    "ccsim_seed_journeys": [B, "model", SEED, "--replications", "2", "--set", "simulation.warmup=0s"],
}
rows = {k: [] for k in COMMANDS}
for r in range(1, ROUNDS + 1):
    for tag, cmd in COMMANDS.items():
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        out = subprocess.run(cmd + ["--seed", str(r)], capture_output=True, text=True, check=True)
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        d = json.loads(out.stdout.strip().splitlines()[-1])
        d["proc_cpu_s"] = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
        rate = d.get("cust_per_cpu_s") or d.get("contacts_per_cpu_s")
        rows[tag].append((rate, d["proc_cpu_s"], d))
        print(tag, r, rate, round(d["proc_cpu_s"], 3), flush=True)
summary = {}
for tag, rs in rows.items():
    rates = sorted(x[0] for x in rs)
    summary[tag] = {"median_per_cpu_s": statistics.median(rates), "min": rates[0], "max": rates[-1], "runs": len(rs)}
print(json.dumps(summary, indent=1))
os.makedirs("results", exist_ok=True)
json.dump({"summary": summary, "runs": {k: [x[2] for x in v] for k, v in rows.items()}}, open("results/interleaved.json", "w"), indent=1)
