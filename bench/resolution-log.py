#!/usr/bin/python3
"""What the incremental event resolution of each one-article batch cost, from a server's log.

Usage: bench/resolution-log.py SERVE.log [FIRST [LAST]]

For each batch that changed one article (the line "event resolution, incremental: 1 articles
changed, ..."): the reports in, the reports whose matches were looked up and how many reports they
were compared with, the old events read, the quads of the events graph removed and added, the CPU
of the plan that wrote, and the step "event resolution: X s" that follows (wall time, every plan
included). Then the nearest-rank p50, p90 and max of the step, the CPU and the look-ups, over the
batches FIRST..LAST (1-based, default all). bench/live-resolution.sh runs it; docs/performance.md
records it.
"""
import math
import re
import sys

LINE = re.compile(r'incremental: 1 articles changed, (\d+) reports out and (\d+) in; (\d+) reports. matches looked up'
                  r'(?: \((\d+) reports compared\))?, (\d+) old events read.*?(\d+) quads removed, (\d+) added; '
                  r'clustered in ([\d.]+) s, events graph written in ([\d.]+) s \(([\d.]+) s of CPU\)')
STEP = re.compile(r'StoreBuilder\s+event resolution: ([\d.]+) s')


def batches(path):
    lines = open(path, encoding='utf-8').read().splitlines()
    out = []
    for i, line in enumerate(lines):
        m = LINE.search(line)
        if not m:
            continue
        step = next((float(s.group(1)) for s in (STEP.search(x) for x in lines[i + 1:i + 6]) if s), None)
        out.append({'in': int(m.group(2)), 'lookups': int(m.group(3)), 'compared': int(m.group(4)) if m.group(4) else None,
                    'events read': int(m.group(5)), 'quads': int(m.group(6)) + int(m.group(7)),
                    'cpu': float(m.group(10)), 'step': step})
    return out


def rank(values, p):
    v = sorted(values)
    return v[max(0, math.ceil(p * len(v)) - 1)]


def main():
    rows = batches(sys.argv[1])
    first = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    last = int(sys.argv[3]) if len(sys.argv) > 3 else len(rows)
    rows = rows[first - 1:last]
    for n, r in enumerate(rows, first):
        print(n, ' '.join(f'{k}={v}' for k, v in r.items()))
    for key in ['step', 'cpu', 'lookups', 'compared', 'events read', 'quads']:
        v = [r[key] for r in rows if r[key] is not None]
        if v:
            print(f'{key}: {len(v)} batches, p50 {rank(v, 0.5)}, p90 {rank(v, 0.9)}, max {max(v)}')


if __name__ == '__main__':
    main()
