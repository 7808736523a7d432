#!/usr/bin/env bash
# Loading: Samachar's build from scratch against Jena's own `tdb2.tdbloader --loader=parallel`
# (jena-cmds, the same Jena version) on the same quads, in one run.
# Usage: bench/loader-compare.sh CORPUS   (needs: mvn -B -DskipTests package; fetches jena-cmds from Maven Central once)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="$1"
jena_version=$(grep -oP '<jena.version>\K[^<]+' pom.xml)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mvn -B -q dependency:copy -Dartifact="org.apache.jena:jena-cmds:$jena_version" -DoutputDirectory="$work/cmds" > /dev/null
run() { java -cp "target/samachar.jar:target/lib/*" org.samachar.cli.SamacharCommand "$@"; }

echo "== samachar build (extraction, SHACL and the bulk load, then event resolution)"
start=$(date +%s.%N)
run build --corpus "$corpus" --data "$work/samachar" 2>&1 | grep -E 'Time = |build:' | sed 's/^.*INFO *[A-Za-z]* *//'
build_seconds=$(echo "$(date +%s.%N) - $start" | bc)
run export --data "$work/samachar" --format nquads --out "$work/all.nq" 2> /dev/null
quads=$(wc -l < "$work/all.nq")

echo "== tdb2.tdbloader --loader=parallel on the same $quads quads"
start=$(date +%s.%N)
java -cp "$work/cmds/*:target/lib/*" tdb2.tdbloader --loader=parallel --loc "$work/jena" "$work/all.nq" 2>&1 | grep -E 'Time = ' | tail -1
jena_seconds=$(echo "$(date +%s.%N) - $start" | bc)
printf 'whole commands (JVM start included): samachar build %.1f s, tdb2.tdbloader %.1f s\n' "$build_seconds" "$jena_seconds"
printf 'store size: samachar %s, tdbloader %s\n' "$(du -sh "$work/samachar" | cut -f1)" "$(du -sh "$work/jena" | cut -f1)"
