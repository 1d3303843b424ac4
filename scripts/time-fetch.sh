#!/usr/bin/env bash
# Times reading what exists, cold (a new JVM each run): `komodo-sync snapshot --url` against the
# Komodo API emulator on loopback, seeded with a generated snapshot, next to reading the same
# snapshot file (`komodo-sync plan <empty folder> --state <file>`). Median wall time of RUNS runs.
#
#   scripts/time-fetch.sh [size...]        default: 1000 10000
#
# Needs a build (mvn -B -q package -DskipTests) and GNU time. Environment: RUNS (default 5),
# KOMODO_CORPUS (default komodo-sync-bench/target/corpus), KOMODO_LOCK (default /tmp/komodo-mvn.lock;
# "none" for none), KOMODO_SYNC (the launcher, default bin/komodo-sync), WARMUP (untimed fetches
# before the timed ones, default 20).
#
# A real Core is a long-running, warm server: the emulator is warmed by WARMUP untimed fetches
# first, so that the timed fetches do not compete with its JIT compiling its own serving code on
# the same cores. Its CPU per fetch of 10k, fetch after fetch (BENCHMARKS.md, issue 15 round 8):
# 2.44 s, 1.15, 0.95, 0.92, 0.73, 0.82, 0.58, 0.81, 0.52, 0.51, 0.47, 0.31 ... ~0.3 s from the
# fifteenth on; five warm-up fetches, the default until then, left the timed ones competing with it.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)
runs=${RUNS:-5}
warmup=${WARMUP:-20}
corpus=${KOMODO_CORPUS:-komodo-sync-bench/target/corpus}
lock=${KOMODO_LOCK:-/tmp/komodo-mvn.lock}
launcher=${KOMODO_SYNC:-bin/komodo-sync}
bench=komodo-sync-bench/target/benchmarks.jar
jar=komodo-sync-cli/target/komodo-sync.jar

if [ ! -f "$bench" ] || [ ! -f "$jar" ]; then
  echo "time-fetch: build first: mvn -B -q package -DskipTests" >&2
  exit 1
fi
locked() {
  if [ "$lock" = none ] || ! command -v flock > /dev/null; then "$@"; else flock "$lock" "$@"; fi
}
wall() { # wall <report>: seconds from /usr/bin/time -v
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$1"
}
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

java -cp "$bench" dev.komodosync.bench.Corpus "$corpus" "${sizes[@]}" > /dev/null
work=$(mktemp -d)
emulator=
trap '[ -n "$emulator" ] && kill "$emulator" 2> /dev/null; rm -rf "$work"' EXIT
mkdir "$work/empty"

printf '%-10s %-18s %-18s %s\n' resources "file read (s)" "snapshot --url (s)" ratio
for size in "${sizes[@]}"; do
  state="$corpus/$size/snapshot.json"
  rm -f "$work/info.json"
  java -Xmx2g -jar "$jar" emulator --state "$state" --port 0 --info-file "$work/info.json" > "$work/emulator.log" 2>&1 &
  emulator=$!
  for _ in $(seq 1 600); do [ -s "$work/info.json" ] && break; sleep 0.1; done
  url=$(sed -n 's/.*"url" *: *"\([^"]*\)".*/\1/p' "$work/info.json")
  key=$(sed -n 's/.*"key" *: *"\([^"]*\)".*/\1/p' "$work/info.json")
  sed -n 's/.*"secret" *: *"\([^"]*\)".*/\1/p' "$work/info.json" > "$work/secret"
  # Untimed runs warm the class-data-sharing archive (the first run after a build) and the emulator.
  "$launcher" plan "$work/empty" --state "$state" > /dev/null 2>&1 || true
  for ((run = 1; run <= warmup; run++)); do
    locked "$launcher" snapshot --url "$url" --api-key "$key" --api-secret-file "$work/secret" -o /dev/null > /dev/null 2>&1
  done
  files=() fetches=()
  for ((run = 1; run <= runs; run++)); do
    locked /usr/bin/time -v -o "$work/t" "$launcher" plan "$work/empty" --state "$state" > /dev/null 2>&1 || true
    files+=("$(wall "$work/t")")
    locked /usr/bin/time -v -o "$work/t" "$launcher" snapshot --url "$url" --api-key "$key" \
      --api-secret-file "$work/secret" -o "$work/fetched.json" > /dev/null 2>&1
    fetches+=("$(wall "$work/t")")
  done
  kill "$emulator"; wait "$emulator" 2> /dev/null || true; emulator=
  f=$(median "${files[@]}"); u=$(median "${fetches[@]}")
  printf '%-10s %-18s %-18s %s\n' "$size" "$f" "$u" "$(awk -v a="$u" -v b="$f" 'BEGIN { printf "%.2f", a / b }')"
done
