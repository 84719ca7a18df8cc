#!/usr/bin/env bash
# Integration test: a sharded ccsim sweep on a real single-node Slurm started here on localhost.
#
# Installs slurm-wlm and munge (apt-get) when missing, writes its own slurm.conf in a temporary
# directory, starts munged, slurmctld and slurmd itself (docs: /work/shared/notes/slurm-single-node.md),
# submits the sweep as a job array with a merge job depending on it (afterok, via
# scripts/slurm/submit-sweep.sh), waits by polling squeue, and checks that the merged results
# equal a local unsharded run byte for byte. Stops the daemons by PID and removes its files on exit.
#
# Needs root (packages, daemons). Prints "PASS slurm sweep" or "FAIL slurm sweep: reason"; exits 0 or 1.
# CCSIM=path/to/ccsim picks the binary (default: .build/debug/ccsim, built when missing).
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
LIMIT=${SLURM_TEST_TIMEOUT:-300}     # seconds for the whole test, install included
START=$SECONDS
SCRATCH=$(mktemp -d /tmp/ccsim-slurm-test.XXXXXX)
PIDS=()
ARRAY_JOB="" MERGE_JOB=""

log() { echo "slurm_sweep_test: $*" >&2; }

stop_daemons() {
    ((${#PIDS[@]})) || return 0
    # Jobs still queued (a failed run) are cancelled while the controller is up.
    [[ -n "$ARRAY_JOB$MERGE_JOB" ]] && timeout 5 scancel $ARRAY_JOB $MERGE_JOB 2>/dev/null
    kill -TERM "${PIDS[@]}" 2>/dev/null
    for _ in $(seq 1 50); do
        local alive=0
        for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
        ((alive)) || break
        sleep 0.2
    done
    for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null; done
    PIDS=()
}

cleanup() {
    stop_daemons
    rm -rf "$SCRATCH"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

fail() {
    echo "FAIL slurm sweep: $*"
    for f in "$SCRATCH"/log/*.log "$SCRATCH"/out/*.log; do
        [[ -f "$f" ]] && { echo "--- $f (last lines)"; tail -n 15 "$f"; }
    done
    exit 1
}

left() { echo $((LIMIT - (SECONDS - START))); }

# Polls `$@` every 0.2 s until it succeeds or the test's time runs out.
wait_until() {
    local what=$1
    shift
    while ! "$@" >/dev/null 2>&1; do
        (($(left) > 0)) || fail "timed out waiting for $what"
        sleep 0.2
    done
}

[[ $(id -u) -eq 0 ]] || fail "must run as root (installs packages and starts the Slurm daemons)"

# 1. Packages.
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v munged >/dev/null; then
    log "installing slurm-wlm and munge"
    export DEBIAN_FRONTEND=noninteractive
    timeout "$(left)" apt-get update -qq >/dev/null || fail "apt-get update failed"
    timeout "$(left)" apt-get install -y -qq slurm-wlm munge >/dev/null 2>&1 || fail "apt-get install slurm-wlm munge failed"
fi

# 2. The ccsim binary.
CCSIM=${CCSIM:-$ROOT/.build/debug/ccsim}
if [[ ! -x "$CCSIM" ]]; then
    log "building ccsim"
    (cd "$ROOT" && swift build --product ccsim >/dev/null) || fail "swift build failed"
fi
[[ -x "$CCSIM" ]] || fail "no ccsim binary at $CCSIM"
CCSIM=$(cd "$(dirname "$CCSIM")" && pwd)/$(basename "$CCSIM")
export CCSIM

# 3. slurm.conf in the scratch directory.
HOST=$(hostname -s)
mkdir -p "$SCRATCH"/{etc,state,spool,pids,log,out}
export SLURM_CONF=$SCRATCH/etc/slurm.conf
cat > "$SLURM_CONF" <<CONF
ClusterName=ci
SlurmctldHost=$HOST
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SwitchType=switch/none
MailProg=/bin/true
ReturnToService=2
StateSaveLocation=$SCRATCH/state
SlurmdSpoolDir=$SCRATCH/spool
SlurmctldPidFile=$SCRATCH/pids/slurmctld.daemonpid
SlurmdPidFile=$SCRATCH/pids/slurmd.daemonpid
SlurmctldLogFile=$SCRATCH/log/slurmctld.log
SlurmdLogFile=$SCRATCH/log/slurmd.log
SchedulerType=sched/backfill
SchedulerParameters=sched_interval=1
MinJobAge=300
NodeName=$HOST NodeAddr=127.0.0.1 CPUs=$(nproc) RealMemory=1000 State=UNKNOWN
PartitionName=debug Nodes=$HOST Default=YES MaxTime=INFINITE State=UP
CONF

# 4. Daemons, each started here and recorded by PID.
install -d -o munge -g munge -m 755 /run/munge
if munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
    log "a munged is already running; using it"
else
    setpriv --reuid=munge --regid=munge --init-groups munged --foreground --force >"$SCRATCH/log/munged.log" 2>&1 &
    PIDS+=($!)
    wait_until "munged" bash -c 'munge -n | unmunge'
fi
slurmctld -D -i -f "$SLURM_CONF" >"$SCRATCH/log/slurmctld.stderr.log" 2>&1 &
PIDS+=($!)
wait_until "slurmctld" bash -c 'scontrol ping | grep -q UP'
slurmd -D -f "$SLURM_CONF" -N "$HOST" >"$SCRATCH/log/slurmd.stderr.log" 2>&1 &
PIDS+=($!)
wait_until "slurmd (node idle)" bash -c '[[ "$(sinfo -h -N -o %t)" == idle ]]'
log "Slurm up after $((SECONDS - START)) s"

# 5. A small sweep: 8 points of the seed scenario over one day, in 4 shards.
SWEEP=$SCRATCH/sweep.yaml
cat > "$SWEEP" <<YAML
name: Slurm integration sweep
base: $ROOT/scenarios/shift-phone-to-messaging.yaml
set: { horizon.days: 1, simulation.warmup: 0s }
parameters:
  changes.0.move_agents.count: [0, 10, 20, 30]
  channels.messaging.concurrency: [2, 4]
replications: 2
measures: [messaging.service_level, phone.abandon_rate, groups.digital.occupancy, totals.cost]
YAML
"$CCSIM" sweep "$SWEEP" --output "$SCRATCH/local.csv" || fail "the local run failed"

read -r ARRAY_JOB MERGE_JOB < <("$ROOT/scripts/slurm/submit-sweep.sh" "$SWEEP" "$SCRATCH/out" 4 --chdir="$SCRATCH") \
    || fail "sbatch failed"
[[ -n "$ARRAY_JOB" && -n "$MERGE_JOB" ]] || fail "sbatch gave no job ids"
log "submitted array job $ARRAY_JOB (4 shards) and merge job $MERGE_JOB (afterok)"

# 6. Wait for both jobs to leave the queue; a merge whose dependency failed never runs, so stop then.
while [[ -n "$(squeue -h -j "$ARRAY_JOB,$MERGE_JOB" 2>/dev/null)" ]]; do
    (($(left) > 0)) || fail "timed out waiting for the jobs: $(squeue -h -j "$ARRAY_JOB,$MERGE_JOB" -o '%i %T %r' | tr '\n' ';')"
    if squeue -h -j "$MERGE_JOB" -o %r 2>/dev/null | grep -q DependencyNeverSatisfied; then
        fail "a shard task failed, so the merge job can never run"
    fi
    sleep 0.2
done
state=$(scontrol show job "$MERGE_JOB" | grep -o 'JobState=[A-Z_]*' | head -n 1)
exit_code=$(scontrol show job "$MERGE_JOB" | grep -o ' ExitCode=[0-9:]*' | head -n 1)
if [[ "$state" != "JobState=COMPLETED" ]]; then
    tasks=$(scontrol show job "$ARRAY_JOB" | grep -o 'JobState=[A-Z_]*\| ExitCode=[0-9:]*' | paste -sd ' ')
    fail "merge job $MERGE_JOB ended with $state$exit_code (shard tasks: $tasks)"
fi
for i in 1 2 3 4; do
    [[ -f "$SCRATCH/out/part-$i-of-4.csv" ]] || fail "shard $i wrote no part"
done

# 7. The merged results equal the local unsharded run, byte for byte.
cmp -s "$SCRATCH/out/results.csv" "$SCRATCH/local.csv" \
    || fail "merged results differ from the local run: $(diff "$SCRATCH/out/results.csv" "$SCRATCH/local.csv" | head -n 5)"
rows=$(($(wc -l < "$SCRATCH/out/results.csv") - 2))
[[ $rows -eq 8 ]] || fail "expected 8 rows, found $rows"
stop_daemons
echo "PASS slurm sweep: 4 shards as a job array + afterok merge = local run, byte for byte ($rows points, $((SECONDS - START)) s)"
