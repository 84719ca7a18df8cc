#!/bin/bash
# Submits a ccsim sweep to Slurm: a job array of SHARDS shard tasks, then a merge job that
# depends on all of them (afterok). Prints the two job ids.
#
#   scripts/slurm/submit-sweep.sh SWEEP.yaml OUTDIR SHARDS [more sbatch options for both jobs]
#
# Results: OUTDIR/results.csv (parts: OUTDIR/part-I-of-SHARDS.csv). See docs/SWEEPS.md.
set -euo pipefail
if [[ $# -lt 3 ]]; then
    echo "usage: $0 SWEEP.yaml OUTDIR SHARDS [sbatch options...]" >&2
    exit 2
fi
sweep=$1 out=$2 shards=$3
shift 3
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
array=$(sbatch --parsable --array="1-$shards" --output="$out/shard-%a.log" "$@" "$here/sweep.sbatch" "$sweep" "$out")
array=${array%%;*}
merge=$(sbatch --parsable --dependency="afterok:$array" --kill-on-invalid-dep=yes --job-name=ccsim-sweep-merge \
        --output="$out/merge.log" "$@" "$here/sweep.sbatch" --merge "$sweep" "$out" "$shards")
echo "$array ${merge%%;*}"
