#!/usr/bin/env python3
"""Prints a JMH JSON result of komodo-sync-bench as Markdown: each benchmark's mean time and
allocation per operation, then the ratios issue 7 sets targets for."""
import json
import sys

rows = json.load(open(sys.argv[1]))
score = {}
print("| benchmark | resources | ms/op (mean ± 99.9% CI) | MB allocated/op |")
print("|---|---:|---:|---:|")
for row in rows:
    name = row["benchmark"].rsplit(".", 2)[-2] + "." + row["benchmark"].rsplit(".", 1)[-1]
    size = int(row["params"]["resources"])
    primary = row["primaryMetric"]
    alloc = row.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
    score[(name.split(".")[-1], size)] = primary["score"]
    print(f"| {name} | {size:,} | {primary['score']:,.1f} ± {primary['scoreError']:,.1f} | "
          + (f"{alloc / 1e6:,.0f}" if alloc is not None else "–") + " |")

def ratio(label, numerator, denominator, target=None):
    if all(k in score for k in numerator + [denominator]):
        value = sum(score[k] for k in numerator) / score[denominator]
        if target is None:
            print(f"| {label} | {value:.2f} | – | anchor |")
        else:
            print(f"| {label} | {value:.2f} | ≤ {target} | {'met' if value <= target else 'NOT met'} |")

print()
print("| ratio | measured | target | |")
print("|---|---:|---:|---|")
ratio("end to end (load both inputs, plan, render JSON) 10k / jackson-toml tree 10k",
      [("endToEnd", 10000)], ("jacksonTomlTree", 10000), 2.5)
ratio("load + plan 10k / jackson-toml tree 10k", [("load", 10000), ("plan", 10000)], ("jacksonTomlTree", 10000), 2.5)
ratio("plan 100k / plan 10k", [("plan", 100000)], ("plan", 10000), 12)
ratio("tomlj 10k / jackson-toml tree 10k (issue's anchor: 16–25)", [("tomljParse", 10000)], ("jacksonTomlTree", 10000))
