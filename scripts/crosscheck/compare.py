#!/usr/bin/env python3
"""Run ccsim and the independent simulator (xsim.py) on one model and compare their measures.

Usage: compare.py CCSIM MODEL [--replications N] [--set PATH=VALUE ...] [--jobs J] [--seed S]

For every channel and group measure both simulators report, prints the two means with their 95%
half-widths, the difference and the combined half-width sqrt(h1^2 + h2^2); a row is flagged
`DIFF` when the difference is outside the combined interval.  Replications are independent
between the two simulators (different random numbers), so the combined interval is the right
yardstick; with about 40 measures a few flags at the 5% level are expected by chance alone, so a
flag is a lead to examine, not a verdict.
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

CHANNEL_MEASURES = [
    ("offered", "{:.1f}"),
    ("answered", "{:.1f}"),
    ("abandoned", "{:.1f}"),
    ("abandon_rate", "{:.4f}"),
    ("service_level", "{:.4f}"),
    ("answered_within_target_share", "{:.4f}"),
    ("asa_seconds", "{:.2f}"),
    ("backlog_end", "{:.1f}"),
    ("in_service_end", "{:.2f}"),
    ("unanswered_share", "{:.4f}"),
]
DAY_MEASURES = [("offered", "{:.1f}"), ("service_level", "{:.4f}"), ("abandon_rate", "{:.4f}"),
                ("backlog_at_close", "{:.1f}")]
GROUP_MEASURES = [("occupancy", "{:.4f}"), ("agent_hours", "{:.1f}"), ("handled", "{:.1f}"),
                  ("busy_hours", "{:.2f}")]


def measure_format(m):
    """A format for a journeys/economics measure, from its name."""
    base = m.split("~")[0]
    if "share" in base or base in ("first_contact_resolution", "contacts_per_resolved"):
        return "{:.4f}"
    if base.endswith("_seconds") or base.endswith("_hours") or "cost" in base or "per_" in base \
            or "risk" in base:
        return "{:.2f}"
    return "{:.1f}"


def nested_rows(label, cm, xm, rows):
    """Rows for every measure of ccsim's section cm (journeys, economics) that xsim also gives,
    and for xsim's other readings of it (keys `measure~reading`)."""
    for m, cv in cm.items():
        if m == "channels" or not isinstance(cv, dict) or "mean" not in cv:
            continue
        for xk in [m] + sorted(k for k in xm if k.startswith(m + "~")):
            r = row(label, xk, measure_format(xk), cv, xm.get(xk))
            if r:
                rows.append(r)
    for ch, ccm in (cm.get("channels") or {}).items():
        nested_rows(f"{label} {ch}", ccm, (xm.get("channels") or {}).get(ch, {}), rows)


def run_ccsim(ccsim, model, n, seed, sets):
    cmd = [ccsim, "run", model, "--replications", str(n), "--seed", str(seed), "--format", "json"]
    for s in sets:
        cmd += ["--set", s]
    return json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)


def run_xsim(model, n, seed, sets, jobs):
    cmd = [sys.executable, os.path.join(HERE, "xsim.py"), model, "--replications", str(n),
           "--seed", str(seed), "--jobs", str(jobs)]
    for s in sets:
        cmd += ["--set", s]
    return json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)


trivial = [0]


def row(label, measure, fmt, a, b):
    if a is None or b is None or a.get("mean") is None or b.get("mean") is None:
        return None
    ma, ha = a["mean"], a.get("ci95") or 0.0
    mb, hb = b["mean"], b.get("ci95") or 0.0
    if ma == mb == ha == hb == 0:
        trivial[0] += 1
        return None
    d = ma - mb
    h = math.sqrt(ha * ha + hb * hb)
    flag = "DIFF" if abs(d) > h + 1e-9 * max(1.0, abs(ma), abs(mb)) else ""
    f = lambda v: fmt.format(v)
    return [label, measure, f"{f(ma)} ± {f(ha)}", f"{f(mb)} ± {f(hb)}", f"{f(d)} ± {f(h)}", flag]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ccsim")
    ap.add_argument("model")
    ap.add_argument("--replications", type=int, default=100)
    ap.add_argument("--xsim-replications", type=int, help="default: --replications")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--set", action="append", default=[])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--title")
    ap.add_argument("--days", action="store_true", help="also compare the results by day")
    ap.add_argument("--only", help="only rows whose channel/group and measure contain this text")
    a = ap.parse_args()
    c = run_ccsim(a.ccsim, a.model, a.replications, a.seed, a.set)
    nx = a.xsim_replications or a.replications
    x = run_xsim(a.model, nx, a.seed + 1000, a.set, a.jobs)
    rows = []
    for ch, cm in c["channels"].items():
        xm = x["channels"].get(ch, {})
        for m, fmt in CHANNEL_MEASURES:
            r = row(ch, m, fmt, cm.get(m), xm.get(m))
            if r:
                rows.append(r)
    for g, cm in c["groups"].items():
        xm = x["groups"].get(g, {})
        for m, fmt in GROUP_MEASURES:
            r = row("group " + g, m, fmt, cm.get(m), xm.get(m))
            if r:
                rows.append(r)
        # agent time busy per channel
        for ch, v in (cm.get("busy_hours_by_channel") or {}).items():
            if len(cm["busy_hours_by_channel"]) > 1:
                r = row("group " + g, f"busy_hours[{ch}]", "{:.2f}", v,
                        (xm.get("busy_hours_by_channel") or {}).get(ch))
                if r:
                    rows.append(r)
    for section in ("journeys", "economics"):
        if section in c and section in x:
            nested_rows(section, c[section], x[section], rows)
    if a.days:
        xdays = {d["day"]: d for d in x.get("days", [])}
        for cd in c.get("days", []):
            xd = xdays.get(cd["day"])
            if xd is None:
                continue
            for ch, cm in cd["channels"].items():
                for m, fmt in DAY_MEASURES:
                    r = row(f"day {cd['day']} {ch}", m, fmt, cm.get(m), xd["channels"].get(ch, {}).get(m))
                    if r:
                        rows.append(r)
    if a.only:
        rows = [r for r in rows if a.only in r[0] + " " + r[1]]
        trivial[0] = 0
    alt = [r for r in rows if "~" in r[1]]
    rows = [r for r in rows if "~" not in r[1]]
    head = ["channel/group", "measure", f"ccsim ({a.replications} reps)", f"xsim ({nx} reps)",
            "ccsim - xsim ± combined", ""]
    title = a.title or os.path.basename(a.model) + (" " + " ".join("--set " + s for s in a.set) if a.set else "")
    print(f"## {title}\n")
    table(head, rows)
    flagged = sum(1 for r in rows if r[-1])
    print(f"\n{flagged} of {len(rows) + trivial[0]} measures differ by more than the combined 95% interval"
          f" ({trivial[0]} measures, 0 in every replication of both, not listed).\n")
    if alt:
        print("Other readings of journey measures the docs leave open (xsim's `measure~reading` against"
              " ccsim's `measure`):\n")
        table(head, alt)
        print(f"\n{sum(1 for r in alt if r[-1])} of {len(alt)} other readings differ.\n")


def table(head, rows):
    widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(len(head))]
    print("| " + " | ".join(h.ljust(w) for h, w in zip(head, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print("| " + " | ".join(str(v).ljust(w) for v, w in zip(r, widths)) + " |")


if __name__ == "__main__":
    main()
