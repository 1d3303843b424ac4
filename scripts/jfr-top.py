#!/usr/bin/env python3
"""Summarises a JFR recording's CPU samples: the methods most often on top of the stack (self)
and most often anywhere on it (total). Usage: jfr-top.py recording.jfr [how many]"""
import collections
import re
import subprocess
import sys

recording = sys.argv[1]
limit = int(sys.argv[2]) if len(sys.argv) > 2 else 25
text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", recording],
                      capture_output=True, text=True, check=True).stdout
self_counts = collections.Counter()
total_counts = collections.Counter()
samples = 0
for event in text.split("jdk.ExecutionSample")[1:]:
    frames = re.findall(r"^\s+([\w.$<>/]+)\(.*?line:", event, re.MULTILINE)
    if not frames:
        continue
    samples += 1
    self_counts[frames[0]] += 1
    for frame in set(frames):
        total_counts[frame] += 1
print(f"{samples} samples")
print("\nself:")
for frame, count in self_counts.most_common(limit):
    print(f"{100 * count / samples:5.1f}%  {frame}")
print("\ntotal (komodosync frames):")
for frame, count in [(f, c) for f, c in total_counts.most_common() if "komodosync" in f][:limit]:
    print(f"{100 * count / samples:5.1f}%  {frame}")
