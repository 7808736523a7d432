#!/usr/bin/env bash
# How the cost of a build grows: for each N, a synthetic corpus of N articles (bench generate,
# seed 1), a clean build with a GC log, and one TSV row: the time of each step of the build, quads,
# store size on disk, peak heap after GC (live data) and peak RSS, with the load average around it.
# Usage: bench/scale.sh WORKDIR N [N...]    e.g. bench/scale.sh /tmp/scale 1000 3000 10000
# Keeps WORKDIR/cN (corpus), WORKDIR/sN (store), WORKDIR/bN.log and gcN.log; appends to
# WORKDIR/scale.tsv. SAMACHAR_JAVA_OPTS is passed to the build JVM (e.g. -Xmx1g).
# Needs the jar: mvn -B -DskipTests package. Results: docs/performance.md (bench/plot-scale.py).
set -euo pipefail
cd "$(dirname "$0")/.."
work="$1"; shift
mkdir -p "$work"
tsv="$work/scale.tsv"
[ -s "$tsv" ] || printf 'date\tarticles\tjava_opts\texit\tquads\tbuild_s\tarticles_s\tresolution_s\tresolution_read_s\tresolution_cluster_s\tresolution_write_s\tshacl_events_s\tquad_count_s\tcensus_s\tstore_mb\tlive_heap_mb\tmax_rss_mb\tload_before\tload_after\n' > "$tsv"
# A copy of the program, so that rebuilding it during a long run does not pull it from under the JVM.
rm -rf "$work/program"; mkdir -p "$work/program"; cp -r target/samachar.jar target/lib "$work/program/"
cp_="$work/program/samachar.jar:$work/program/lib/*"
run() { java -cp "$cp_" org.samachar.cli.SamacharCommand "$@"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
# the seconds a "STEP: 1.23 s" line of the build log gives, or "" when the build did not get there
step() { grep -oP "$1: \K[0-9.]+(?= s)" "$2" | tail -1 || true; }

for n in "$@"; do
  corpus="$work/c$n"; store="$work/s$n"; log="$work/b$n.log"; gc="$work/gc$n.log"
  [ -d "$corpus" ] || run bench generate --articles "$n" --out "$corpus" > /dev/null 2>&1
  rm -rf "$store"
  before=$(load)
  start=$(date +%s.%N)
  status=0
  # shellcheck disable=SC2086
  /usr/bin/time -f 'max_rss_kb %M' java ${SAMACHAR_JAVA_OPTS:-} -Xlog:gc:file="$gc" -cp "$cp_" \
      org.samachar.cli.SamacharCommand build --corpus "$corpus" --data "$store" > "$log" 2>&1 || status=$?
  seconds=$(echo "$(date +%s.%N) - $start" | bc)
  after=$(load)
  quads=$(grep -oP '[0-9]+(?= in store)' "$log" | tail -1 || true)
  read -r rread rcluster rwrite < <(grep -oP 'reports read in \K[0-9.]+ s, clustered in [0-9.]+ s, events graph written in [0-9.]+' "$log" \
      | sed 's/ s, clustered in / /; s/ s, events graph written in / /' | tail -1 || echo "- - -")
  live=$(grep -oP '[0-9]+M->\K[0-9]+(?=M)' "$gc" | sort -n | tail -1 || true)
  rss=$(grep -oP 'max_rss_kb \K[0-9]+' "$log" | tail -1 || echo 0)
  printf '%s\t%s\t%s\t%s\t%s\t%.1f\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%F)" "$n" "${SAMACHAR_JAVA_OPTS:-default}" "$status" \
      "${quads:-}" "$seconds" "$(step 'articles \([^)]*bulk load\)' "$log")" "$(step 'StoreBuilder   event resolution' "$log")" \
      "${rread:-}" "${rcluster:-}" "${rwrite:-}" "$(step 'SHACL of the events graph' "$log")" "$(step 'quad count' "$log")" \
      "$(step 'entity census' "$log")" "$(du -sm "$store" | cut -f1)" "${live:-}" "$((rss / 1024))" "$before" "$after" >> "$tsv"
  tail -1 "$tsv"
done
