#!/usr/bin/env bash
# Runs the JMH benchmarks once (all sizes, baselines included, allocation with -prof gc) and
# prints the figures and the ratios of issue 7 as Markdown.
#
#   scripts/bench.sh [extra JMH options...]      e.g. scripts/bench.sh -p resources=10000
#
# Needs a build (mvn -B -q package -DskipTests). Takes ~10 minutes on 2 cores. Corpora are
# generated under KOMODO_CORPUS (default komodo-sync-bench/target/corpus) on first use.
# Raw results: komodo-sync-bench/target/jmh-result.json.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=$(realpath -m "${KOMODO_CORPUS:-komodo-sync-bench/target/corpus}")
result=komodo-sync-bench/target/jmh-result.json
java -cp komodo-sync-bench/target/benchmarks.jar dev.komodosync.bench.Corpus "$corpus" 1000 10000 100000 > /dev/null
java -jar komodo-sync-bench/target/benchmarks.jar -e ScalingBenchmark -jvmArgsPrepend "-Dkomodo.corpus=$corpus" \
  -prof gc -rf json -rff "$result" "$@"
python3 scripts/bench-summary.py "$result"
