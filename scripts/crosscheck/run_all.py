#!/usr/bin/env python3
"""Every comparison of README.md here, in order; prints Markdown.  About 18 minutes on 2 cores.

Usage: scripts/crosscheck/run_all.py [CCSIM]   (default .build-release/release/ccsim)
"""
import json
import os
import subprocess
import sys
import tempfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CCSIM = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build-release/release/ccsim"))
PY = sys.executable


def compare(model, *args, env=None):
    e = dict(os.environ)
    e.update(env or {})
    out = subprocess.run([PY, os.path.join(HERE, "compare.py"), CCSIM, model, *args], check=True,
                         capture_output=True, text=True, env=e, cwd=ROOT).stdout
    print(out, flush=True)


def ccsim_json(model, *args):
    return json.loads(subprocess.run([CCSIM, "run", model, "--format", "json", *args], check=True,
                                     capture_output=True, text=True, cwd=ROOT).stdout)


def xsim_json(model, *args, env=None):
    e = dict(os.environ)
    e.update(env or {})
    return json.loads(subprocess.run([PY, os.path.join(HERE, "xsim.py"), model, "--jobs", "2", *args],
                                     check=True, capture_output=True, text=True, cwd=ROOT, env=e).stdout)


def pm(m, digits=4):
    return f"{m['mean']:.{digits}f} ± {m['ci95']:.{digits}f}"


def main():
    tmp = tempfile.mkdtemp(prefix="crosscheck-")
    models = os.path.join(HERE, "models")
    print("# ccsim against xsim (independent simulator)\n")
    print("ccsim: " + subprocess.run([CCSIM, "--version"], capture_output=True, text=True).stdout.strip() + "\n")

    # 1. The shipped models
    compare("models/single-queue.yaml", "--replications", "40")
    compare("models/bank-phone-email.yaml", "--replications", "100", "--days")
    compare("models/bank-phone-email.yaml", "--replications", "100", "--seed", "5", "--only", "phone",
            "--title", "bank-phone-email.yaml again, other seeds (ccsim 5, xsim 1005), the phone measures")
    compare("models/bank-phone-email.yaml", "--replications", "100", "--seed", "3",
            "--set", "demand.contacts_per_day=7092", "--set", "demand.mix.phone=60.9137%",
            "--set", "demand.mix.email=39.0863%",
            "--title", "bank-phone-email.yaml with email +65% (7,092 a day: phone 60.9137%, email 39.0863%)")
    with open(os.path.join(ROOT, "models/seed-retail-multichannel.yaml")) as f:
        tree = yaml.safe_load(f)
    del tree["journeys"]                      # docs/MODELS.md: without journeys, contacts are independent
    seed = os.path.join(tmp, "seed-without-journeys.yaml")
    with open(seed, "w") as f:
        yaml.safe_dump(tree, f, sort_keys=False)
    compare(seed, "--replications", "40", "--title",
            "seed-retail-multichannel.yaml without its journeys section")

    # 2. Stress models for the rules the shipped models hardly exercise
    compare(os.path.join(models, "blend-stress.yaml"), "--replications", "40")
    compare(os.path.join(models, "chat-moderate.yaml"), "--replications", "200", "--seed", "11")

    # 2b. Journeys and economics (docs/MODELS.md "Journeys", "Economics"); xsim's other readings
    #     of the measures the docs leave open are printed as `measure~reading` in a second table
    compare(os.path.join(models, "journeys-small.yaml"), "--replications", "200", "--seed", "4")
    compare("models/seed-retail-multichannel.yaml", "--replications", "10", "--seed", "2",
            "--title", "seed-retail-multichannel.yaml with journeys and economics (10 replications)")

    # 3. Readings of the docs the numbers decide: the other reading against ccsim
    print("# Other readings of the documentation (xsim switched to them), against ccsim\n")
    compare("models/bank-phone-email.yaml", "--replications", "100", "--only", "agent_hours",
            "--title", "bank-phone-email.yaml, XSIM_LEAVE_RULE=first_free (the next agents to free up leave)",
            env={"XSIM_LEAVE_RULE": "first_free"})
    compare(os.path.join(models, "blend-stress.yaml"), "--replications", "40",
            "--title", "blend-stress.yaml, XSIM_BLEND_RULE=takeable (only a call the agent may take blocks email)",
            env={"XSIM_BLEND_RULE": "takeable"})
    compare(os.path.join(models, "chat-moderate.yaml"), "--replications", "200", "--seed", "11",
            "--title", "chat-moderate.yaml, XSIM_CHAT_RULE=at_start (slowdown fixed when a session starts)",
            env={"XSIM_CHAT_RULE": "at_start"})
    compare(os.path.join(models, "journeys-small.yaml"), "--replications", "200", "--seed", "4",
            "--only", "journeys", "--title",
            "journeys-small.yaml, XSIM_CONTEXT_RULE=after_answer (no context loss before a contact was answered)",
            env={"XSIM_CONTEXT_RULE": "after_answer"})

    # 4. Findings that are not differences between the two simulators
    print("# customer_limit: time measures stop at the last arrival\n")
    c = ccsim_json("models/single-queue.yaml", "--replications", "40")
    x = xsim_json("models/single-queue.yaml", "--replications", "40", "--seed", "1041")
    ea = json.loads(subprocess.run([CCSIM, "erlang", "a", "--agents", "520", "--load", "500", "--aht", "300s",
                                    "--patience", "120s", "--target", "20s", "--format", "json"],
                                   check=True, capture_output=True, text=True).stdout)
    print("| models/single-queue.yaml (40 replications) | occupancy |")
    print("|---|---|")
    print(f"| ccsim erlang a (exact, stationary) | {ea['occupancy']:.4f} |")
    print(f"| ccsim run: groups.agents.occupancy | {pm(c['groups']['agents']['occupancy'])} |")
    print(f"| xsim, from the warm-up to the last arrival (the documented period) | {pm(x['groups']['agents']['occupancy'])} |")
    print(f"| xsim, from the warm-up to the end of the last contact (the drain included) | {pm(x['groups']['agents']['occupancy_with_drain'])} |")
    print()
    print("# A warm-up backlog: groups.handled against channels.answered\n")
    wm = os.path.join(models, "warmup-handled.yaml")
    c = ccsim_json(wm)
    x = xsim_json(wm, "--replications", "20")
    print("| scripts/crosscheck/models/warmup-handled.yaml (20 replications) | ccsim | xsim |")
    print("|---|---|---|")
    print(f"| channels.email.answered | {pm(c['channels']['email']['answered'], 1)} | {pm(x['channels']['email']['answered'], 1)} |")
    print(f"| totals.handled | {pm(c['totals']['handled'], 1)} | (= channels' answered) |")
    print(f"| groups.email.handled | {pm(c['groups']['email']['handled'], 1)} | {pm(x['groups']['email']['handled'], 1)} (contacts finished after the warm-up) |")
    print(f"| groups.email.busy_hours | {pm(c['groups']['email']['busy_hours'], 2)} | {pm(x['groups']['email']['busy_hours'], 2)} |")
    print(f"| xsim: answers to contacts that arrived after the warm-up | | {pm(x['groups']['email']['handled_of_measured_arrivals'], 1)} |")


if __name__ == "__main__":
    main()
