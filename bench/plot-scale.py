#!/usr/bin/python3
"""Plot how the cost of a build grows with the corpus, from the TSV bench/scale.sh writes.

Usage: bench/plot-scale.py SCALE.tsv OUT.png [QUERIES.tsv:ARTICLES ...]

Left: seconds of each step of a clean build against articles, with the line a linear cost would
follow from the smallest corpus. Right: store size on disk and peak live heap. The optional
query TSVs (from bench/query-compare.sh, one per store size) add the p50 of the lookups at one
client of each server (the median of its rounds). Only rows with exit status 0 are drawn. Uses Debian's python3-matplotlib.
"""
import csv
import statistics
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

STEPS = [("build_s", "whole build"), ("articles_s", "articles (extraction, SHACL, bulk load)"),
         ("resolution_s", "event resolution"), ("shacl_events_s", "SHACL of the events graph"),
         ("quad_count_s", "quad count"), ("census_s", "entity census")]


def number(v):
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    with open(argv[1], newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if r["exit"] == "0" and r["java_opts"] == "default"]
    rows.sort(key=lambda r: int(r["articles"]))
    if not rows:
        sys.exit("no completed default-heap builds in " + argv[1])
    n = [int(r["articles"]) for r in rows]
    # p50 of each lookup at one client, the median over the rounds (servers are "samachar-1", ...)
    rounds = {}
    for spec in argv[3:]:
        path, articles = spec.rsplit(":", 1)
        with open(path, newline="", encoding="utf-8") as f:
            for r in csv.DictReader(f, delimiter="\t"):
                if r["mix"] == "lookups" and r["clients"] == "1" and int(r["ok"]) > 0:
                    server = r["server"].rsplit("-", 1)[0]
                    rounds.setdefault((int(articles), server, r["query"]), []).append(float(r["p50_ms"]))
    latency = [(a, s, q, statistics.median(v)) for (a, s, q), v in rounds.items()]

    panels = 3 if latency else 2
    fig, axes = plt.subplots(1, panels, figsize=(6 * panels, 4.8))
    ax = axes[0]
    for key, label in STEPS:
        pts = [(a, number(r[key])) for a, r in zip(n, rows) if number(r[key])]
        if pts:
            ax.plot([p[0] for p in pts], [p[1] for p in pts], marker="o", label=label)
    base = number(rows[0]["build_s"])
    ax.plot(n, [base * a / n[0] for a in n], linestyle=":", color="grey", label="linear from %d" % n[0])
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("synthetic articles")
    ax.set_ylabel("seconds (2 shared cores, noisy)")
    ax.set_title("Clean build, by step")
    ax.legend(fontsize=7)

    ax = axes[1]
    ax.plot(n, [number(r["store_mb"]) / 1024 for r in rows], marker="o", label="store on disk (GB)")
    ax.plot(n, [number(r["live_heap_mb"]) / 1024 for r in rows], marker="s", label="peak heap after GC, 6 GB max heap (GB)")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("synthetic articles")
    ax.set_title("Disk and memory")
    ax.legend(fontsize=7)

    if latency:
        ax = axes[2]
        for server in sorted({l[1] for l in latency}):
            for query in sorted({l[2] for l in latency}):
                pts = sorted((a, p) for a, s, q, p in latency if s == server and q == query)
                if pts:
                    ax.plot([p[0] for p in pts], [p[1] for p in pts], marker="o",
                            linestyle="-" if server == "samachar" else "--", label=server + ": " + query)
        ax.axhline(10, color="grey", linestyle=":", label="target p50 10 ms")
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel("synthetic articles")
        ax.set_ylabel("p50 ms, one client (falls with the load, not the store)")
        ax.set_title("Lookups")
        ax.legend(fontsize=6)
    fig.tight_layout()
    fig.savefig(argv[2], dpi=110)


if __name__ == "__main__":
    main(sys.argv)
