#!/usr/bin/env bash
# How planning scales from 10k to 100k resources (issue 19's "plan 100k <= 11 x plan 10k"),
# measured so that both sizes meet the same machine: JMH's ScalingBenchmark plans the 10k corpus
# ten times and the 100k corpus once per operation, in one JVM, and counts each size's time per
# iteration. Prints every measured iteration's ratio (100k time over a tenth of the 10k time) and
# their median, lowest and highest.
#
#   scripts/scaling.sh [extra JMH options...]      e.g. scripts/scaling.sh -i 10
#   scripts/scaling.sh -p copies=10                 ten 10k copies: the cache's part of the ratio (see ScalingBenchmark)
#   scripts/scaling.sh -p work=read                 only read every value of the inputs, sequentially (InputRead.of)
#   scripts/scaling.sh -p work=pair                 only pair each declaration with its existing resource through a
#                                                   java.util.HashMap (InputRead.pairs): the machine's ratio for the
#                                                   one lookup per resource that every plan makes
#
# Needs a build (mvn -B -q package -DskipTests) and 4 GB of heap. Takes ~4 minutes on 2 cores.
# Corpora are generated under KOMODO_CORPUS (default komodo-sync-bench/target/corpus) on first use.
# Raw results: komodo-sync-bench/target/jmh-scaling.json.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=$(realpath -m "${KOMODO_CORPUS:-komodo-sync-bench/target/corpus}")
result=komodo-sync-bench/target/jmh-scaling.json
java -cp komodo-sync-bench/target/benchmarks.jar dev.komodosync.bench.Corpus "$corpus" 10000 100000 > /dev/null
java -jar komodo-sync-bench/target/benchmarks.jar 'ScalingBenchmark' -jvmArgsPrepend "-Dkomodo.corpus=$corpus" \
  -rf json -rff "$result" "$@" > /dev/null
python3 - "$result" <<'PY'
import json, statistics, sys
run = json.load(open(sys.argv[1]))[0]
# rawData: one list per fork, of one value per iteration
small = [v for fork in run["secondaryMetrics"]["smallNanos"]["rawData"] for v in fork]
large = [v for fork in run["secondaryMetrics"]["largeNanos"]["rawData"] for v in fork]
op_ms = [v for fork in run["primaryMetric"]["rawData"] for v in fork]
ratios = []
print("iteration  plan 10k (ms)  plan 100k (ms)  ratio")
for n, (s, l, t) in enumerate(zip(small, large, op_ms), 1):
    ops = (s + l) / 1e6 / t  # operations in the iteration: its planning time over the time of one
    ratio = l / (s / 10)     # ten 10k plans and one 100k plan per operation
    ratios.append(ratio)
    print(f"{n:9d}  {s / 1e6 / ops / 10:13.1f}  {l / 1e6 / ops:14.1f}  {ratio:5.2f}")
print(f"median {statistics.median(ratios):.2f} x, lowest {min(ratios):.2f} x, highest {max(ratios):.2f} x"
      f" ({len(ratios)} iterations)")
PY
