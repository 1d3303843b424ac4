"""tomllib_anchor.py <folder> <iterations>: parses every *.toml file under <folder> with Python's
tomllib (TOML 1.0), reading each file from disk, <iterations> times; prints the file and byte
counts, how many files tomllib rejected, and the fastest and median time of one pass in ms."""
import pathlib
import statistics
import sys
import time
import tomllib

folder, iterations = pathlib.Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 1
paths = sorted(folder.rglob("*.toml"))
times = []
for _ in range(iterations):
    start = time.perf_counter()
    size = rejected = keys = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        size += len(text.encode("utf-8"))
        try:
            keys += len(tomllib.loads(text))
        except tomllib.TOMLDecodeError:
            rejected += 1
    times.append((time.perf_counter() - start) * 1000)
print(f"python tomllib: {len(paths)} files, {size} bytes, {rejected} rejected, {keys} top-level keys; "
      f"min {min(times):.1f} ms, median {statistics.median(times):.1f} ms over {iterations} passes")
