#!/usr/bin/env bash
# Re-measures the two anchors of issue 7 that are not JVM libraries, on the same generated corpus
# the JMH baselines read: Python's tomllib and the Rust `toml` crate (0.5, Debian's
# librust-toml-dev; Komodo pins toml 1.x, which Debian does not package). Each parses every file of
# the sync folder into a tree, reading it from disk: warm (best and median of passes in one
# process) and cold (one pass in a new process, wall time from /usr/bin/time).
#
#   scripts/anchors.sh [size]          default 10000; corpus under KOMODO_CORPUS as for bench.sh
#
# Needs python3 >= 3.11, and for Rust: cargo, and apt-get install librust-toml-dev (built offline).
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-10000}
corpus=$(realpath -m "${KOMODO_CORPUS:-komodo-sync-bench/target/corpus}")
folder="$corpus/$size/sync"
if [ ! -d "$folder" ]; then
  java -cp komodo-sync-bench/target/benchmarks.jar dev.komodosync.bench.Corpus "$corpus" "$size" > /dev/null
fi
cold() { /usr/bin/time -o /dev/fd/3 -f "  cold, one pass in a new process: %e s wall, %M KB peak RSS" "$@" 3>&1 > /dev/null; }

python3 scripts/anchors/tomllib_anchor.py "$folder" 10
cold python3 scripts/anchors/tomllib_anchor.py "$folder" 1

if command -v cargo > /dev/null && [ -d /usr/share/cargo/registry/toml-0.5.11 ]; then
  home=$(mktemp -d)
  trap 'rm -rf "$home"' EXIT
  cat > "$home/config.toml" <<'CONFIG'
[source.crates-io]
replace-with = "debian"
[source.debian]
directory = "/usr/share/cargo/registry"
[net]
offline = true
CONFIG
  CARGO_HOME="$home" cargo build -q --release --manifest-path scripts/anchors/rust-toml/Cargo.toml \
    --target-dir komodo-sync-bench/target/rust-toml
  bin=komodo-sync-bench/target/rust-toml/release/toml-anchor
  "$bin" "$folder" 10
  cold "$bin" "$folder" 1
else
  echo "rust toml: skipped (needs cargo and librust-toml-dev)"
fi
