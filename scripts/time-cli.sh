#!/usr/bin/env bash
# Times `komodo-sync plan` cold (a new JVM each run, as a user or CI runs it) on generated corpora:
# whole-process wall time and peak resident memory, from /usr/bin/time -v, with -Xmx1g.
#
#   scripts/time-cli.sh [size...]        default: 1000 10000 100000
#
# Needs a build (mvn -B -q package -DskipTests) and GNU time (Debian: apt-get install time); CI does
# not run this. Environment: RUNS (timed runs per size, default 5; the median is reported),
# KOMODO_CORPUS (where corpora are generated, default komodo-sync-bench/target/corpus),
# KOMODO_LOCK (a lock file taken around each run so that builds and other timings do not interfere,
# default /tmp/komodo-mvn.lock; "none" to take none), KOMODO_SYNC (the launcher, default bin/komodo-sync).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000 100000)
runs=${RUNS:-5}
corpus=${KOMODO_CORPUS:-komodo-sync-bench/target/corpus}
lock=${KOMODO_LOCK:-/tmp/komodo-mvn.lock}
launcher=${KOMODO_SYNC:-bin/komodo-sync}
bench=komodo-sync-bench/target/benchmarks.jar

if [ ! -x /usr/bin/time ]; then
  echo "time-cli: /usr/bin/time is missing; install GNU time (Debian: apt-get install time)" >&2
  exit 1
fi
if [ ! -f "$bench" ] || [ ! -f komodo-sync-cli/target/komodo-sync.jar ]; then
  echo "time-cli: build first: mvn -B -q package -DskipTests" >&2
  exit 1
fi
locked() {
  if [ "$lock" = none ] || ! command -v flock > /dev/null; then "$@"; else flock "$lock" "$@"; fi
}

echo "generating corpora (once; reused after) under $corpus"
java -cp "$bench" dev.komodosync.bench.Corpus "$corpus" "${sizes[@]}" > /dev/null

# A first run after a build makes bin/komodo-sync record its class-data-sharing archive (from a
# training plan of the homelab example); it is not timed: the figures are those of every later run.
locked "$launcher" plan "$corpus/${sizes[0]}/sync" --state "$corpus/${sizes[0]}/snapshot.json" > /dev/null 2>&1 || true

printf '%-8s %-10s %-12s %-12s %s\n' resources files "wall (s)" "peak RSS" "runs (s)"
for size in "${sizes[@]}"; do
  files=$(find "$corpus/$size/sync" -name '*.toml' | wc -l)
  walls=()
  peak=0
  for ((run = 1; run <= runs; run++)); do
    report=$(mktemp)
    set +e
    KOMODO_SYNC_JAVA_OPTS="-Xmx1g ${KOMODO_SYNC_JAVA_OPTS:-}" locked /usr/bin/time -v -o "$report" \
      "$launcher" plan "$corpus/$size/sync" --state "$corpus/$size/snapshot.json" --delete --format json > /dev/null 2>&1
    code=$?
    set -e
    if [ "$code" != 2 ]; then
      echo "time-cli: komodo-sync plan exited $code on $size resources (expected 2: changes)" >&2
      cat "$report" >&2
      exit 1
    fi
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$report")
    rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$report")
    rm -f "$report"
    walls+=("$wall")
    [ "$rss" -gt "$peak" ] && peak=$rss
  done
  median=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  printf '%-8s %-10s %-12s %-12s %s\n' "$size" "$files" "$median" "$((peak / 1024)) MB" "${walls[*]}"
done
