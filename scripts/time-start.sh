#!/usr/bin/env bash
# Times cold runs side by side, in turns (A B A B ...), and reports medians and the median of the
# pairwise ratios A/B: pairing keeps a ratio meaningful while the machine's speed drifts. Issue 19's
# targets:
#   1. the homelab example: `komodo-sync plan` against `komodo-sync --version` (the start-up floor),
#      and against `komodo-sync plan --help` (the plan command's own start-up floor);
#   2. a 10k-resource corpus from ../shared/perf/gen_corpus.py (another hand's generator than the
#      project's): `komodo-sync plan --delete --format json` against a process that only parses the
#      same TOML files with jackson-dataformat-toml (dev.komodosync.bench.JacksonTomlParse);
#   3. the same on the project's own generator's busy shape (Corpus 10000-busy), which is shaped
#      like the other generator's corpus where that one costs more.
#
#   scripts/time-start.sh [homelab|busy10k|gen10k|all]       default: all
#
# Needs a build (mvn -B -q package -DskipTests) and, for gen10k, python3 and the generator
# (GEN_CORPUS, default ../shared/perf/gen_corpus.py; the corpus is generated once under
# komodo-sync-bench/target/gen-corpus-10000). Environment: RUNS (pairs, default 21), KOMODO_LOCK (a
# lock taken around each pair, default /tmp/komodo-mvn.lock; "none" for none), KOMODO_SYNC (the
# launcher, default bin/komodo-sync). The launcher's first run after a build records its class-data
# archive; that run is not timed.
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-all}
runs=${RUNS:-21}
lock=${KOMODO_LOCK:-/tmp/komodo-mvn.lock}
launcher=${KOMODO_SYNC:-bin/komodo-sync}
bench=komodo-sync-bench/target/benchmarks.jar
generator=${GEN_CORPUS:-../shared/perf/gen_corpus.py}

if [ ! -f "$bench" ] || [ ! -f komodo-sync-cli/target/komodo-sync.jar ]; then
  echo "time-start: build first: mvn -B -q package -DskipTests" >&2
  exit 1
fi
locked() {
  if [ "$lock" = none ] || ! command -v flock > /dev/null; then "$@"; else flock "$lock" "$@"; fi
}
# The wall time of one run of "$@" in milliseconds, its output thrown away; fails on an exit code
# other than the expected one ($expect).
wall_ms() {
  local start end code
  start=$(date +%s%N)
  set +e
  "$@" > /dev/null 2>&1
  code=$?
  set -e
  end=$(date +%s%N)
  if [ "$code" != "$expect" ]; then
    echo "time-start: $* exited $code, expected $expect" >&2
    exit 1
  fi
  echo $(((end - start) / 1000000))
}
median() {
  sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}
# compare <label> <expected exit of A> <A as one string> <expected exit of B> <B as one string>
compare() {
  local label=$1 expect_a=$2 a=$3 expect_b=$4 b=$5 ta tb
  local -a as=() bs=() ratios=()
  for ((run = 1; run <= runs; run++)); do
    # shellcheck disable=SC2086
    ta=$(locked bash -c "$(declare -f wall_ms); expect=$expect_a; wall_ms $a")
    # shellcheck disable=SC2086
    tb=$(locked bash -c "$(declare -f wall_ms); expect=$expect_b; wall_ms $b")
    as+=("$ta")
    bs+=("$tb")
    ratios+=("$(awk -v a="$ta" -v b="$tb" 'BEGIN { printf "%.3f", a / b }')")
  done
  printf '%s\n' "$label"
  printf '  A: %s\n  B: %s\n' "$a" "$b"
  printf '  A median %s ms (runs: %s)\n' "$(printf '%s\n' "${as[@]}" | median)" "${as[*]}"
  printf '  B median %s ms (runs: %s)\n' "$(printf '%s\n' "${bs[@]}" | median)" "${bs[*]}"
  printf '  A/B median of pairs %s (min %s, max %s)\n' "$(printf '%s\n' "${ratios[@]}" | median)" \
    "$(printf '%s\n' "${ratios[@]}" | sort -n | head -1)" "$(printf '%s\n' "${ratios[@]}" | sort -n | tail -1)"
}

echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | sed -n 1p), load: $(cut -d' ' -f1-3 /proc/loadavg)"
# The first run after a build records the launcher's class-data archive: not timed.
"$launcher" --version > /dev/null 2>&1

if [ "$which" = all ] || [ "$which" = homelab ]; then
  compare "homelab example (19 resources): plan vs --version, cold" \
    2 "$launcher plan examples/homelab/sync --state examples/homelab/snapshot.json" \
    0 "$launcher --version"
  # --version builds all eight subcommands' options; a command line that names one builds only
  # that one, so `plan --help` is the start-up floor of the plan command itself.
  compare "homelab example (19 resources): plan vs plan --help, cold" \
    2 "$launcher plan examples/homelab/sync --state examples/homelab/snapshot.json" \
    0 "$launcher plan --help"
fi
if [ "$which" = all ] || [ "$which" = busy10k ]; then
  # The project's own generator, shaped as gen_corpus.py's corpus is where it costs more (many
  # updates, redeploys and departure notes, a one-line snapshot): BENCHMARKS.md reproducible
  # without the other generator.
  corpus=$(java -cp "$bench" dev.komodosync.bench.Corpus komodo-sync-bench/target/corpus 10000-busy)
  compare "project corpus, busy shape, 10k: plan --delete --format json vs jackson-toml parse only, cold" \
    2 "$launcher plan $corpus/sync --state $corpus/snapshot.json --delete --format json" \
    0 "java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:-UsePerfData -cp $bench dev.komodosync.bench.JacksonTomlParse $corpus/sync"
fi
if [ "$which" = all ] || [ "$which" = gen10k ]; then
  corpus=komodo-sync-bench/target/gen-corpus-10000
  if [ ! -f "$corpus/snapshot.json" ]; then
    echo "generating $corpus with $generator (once)"
    python3 "$generator" --resources 10000 --files 200 --out "$corpus/sync" --state-out "$corpus/snapshot.json" > /dev/null
  fi
  compare "gen_corpus.py 10k (200 files): plan --delete --format json vs jackson-toml parse only, cold" \
    2 "$launcher plan $corpus/sync --state $corpus/snapshot.json --delete --format json" \
    0 "java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:-UsePerfData -cp $bench dev.komodosync.bench.JacksonTomlParse $corpus/sync"
fi
