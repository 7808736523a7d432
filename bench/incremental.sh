#!/usr/bin/env bash
# Incremental builds of a built store: nothing changed, one article changed, one article added.
# For each, the whole command, the build as it times itself (without JVM start), and each of its
# steps; and the JVM start alone (`samachar --version`). The corpus is edited in place and put back;
# the store is left with the added article.
# Usage: [PROGRAM=DIR] [SKIP_UNCHANGED=1] bench/incremental.sh CORPUS STORE    (a store built from CORPUS by the program in DIR, default target/)
# Results: docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="$1"; store="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The program that built the store: the content hash of every article includes a hash of all of
# Samachar's classes, so another build of the program re-extracts every article. PROGRAM names a
# folder with samachar.jar and lib/ (bench/scale.sh keeps one in WORKDIR/program).
program="${PROGRAM:-target}"
cp -r "$program/samachar.jar" "$program/lib" "$work/"
run() { java ${SAMACHAR_JAVA_OPTS:-} -cp "$work/samachar.jar:$work/lib/*" org.samachar.cli.SamacharCommand "$@"; }
seconds_since() { echo "$(date +%s.%N) - $1" | bc | awk '{ printf "%.2f", $1 }'; }

for i in 1 2 3; do start=$(date +%s.%N); run --version > /dev/null; echo "JVM start and exit (samachar --version): $(seconds_since "$start") s"; done

build() {
  local what="$1" start
  echo "== $what (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  start=$(date +%s.%N)
  run build --corpus "$corpus" --data "$store" > "$work/build.log" 2>&1 || echo "  exit status $?"
  echo "whole command: $(seconds_since "$start") s"
  grep -E 'JVM started|corpus listed|store opened|reference data|program fingerprint|extractor and|content hashes|articles \(|EventResolver|IncrementalResolution|from scratch|StoreBuilder   event resolution|SHACL of|quad count|entity census|build cache|build:' "$work/build.log" \
      | sed 's/^[0-9:]* INFO *[A-Za-z]* *//; s/^/  /'
}

[ -n "${SKIP_UNCHANGED:-}" ] || build "nothing changed"

for f in "$corpus"/*.txt; do victim=$(basename "$f"); break; done
cp "$corpus/$victim" "$work/victim.txt"
echo "ઉત્તર કોરિયાના નેતા કિમ જોંગ ઉને સોમવારે મોસ્કોમાં વ્લાદિમીર પુતિન સાથે મુલાકાત કરી." >> "$corpus/$victim"
build "one article changed ($victim)"
cp "$work/victim.txt" "$corpus/$victim"

added="added-by-incremental-bench.txt"
cp "$work/victim.txt" "$corpus/$added"
echo "ઉત્તર કોરિયાના નેતા કિમ જોંગ ઉને સોમવારે મોસ્કોમાં વ્લાદિમીર પુતિન સાથે મુલાકાત કરી." >> "$corpus/$added"
cp "$corpus/manifest.tsv" "$work/manifest.tsv"
printf '%s\tgu\t2023-09-12\tincremental bench\n' "$added" >> "$corpus/manifest.tsv"
build "one article added ($added)"

# Put the corpus back as it was (the store keeps the added article until the next build).
rm "$corpus/$added"; cp "$work/manifest.tsv" "$corpus/manifest.tsv"
