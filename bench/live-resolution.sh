#!/usr/bin/env bash
# One article at a time into a served store, and what its event resolution cost the server: a
# fresh copy of STORE and CORPUS (so that the originals can serve the next program too), `serve`
# on it, `bench live` with TRIALS file trials from FROM (bench generate with another seed), then
# the server's own figures for each one-article batch (bench/resolution-log.py).
# Usage: [PROGRAM=DIR] bench/live-resolution.sh STORE CORPUS FROM TRIALS WORKDIR [PORT]
# PROGRAM: a folder with samachar.jar and lib/ (default target/); the store must have been built by
# a program with the same pipeline fingerprint, or every article is extracted again. Keeps
# WORKDIR/store, WORKDIR/corpus, WORKDIR/serve.log and WORKDIR/live.out. Results: docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
store="$1"; corpus="$2"; from="$3"; trials="$4"; work="$5"; port="${6:-3399}"
program="${PROGRAM:-target}"
mkdir -p "$work"
rm -rf "$work/store" "$work/corpus" "$work/program"
cp -r "$store" "$work/store"
cp -r "$corpus" "$work/corpus"
# A copy of the program, so that rebuilding it meanwhile does not pull it from under the JVMs.
mkdir -p "$work/program"; cp -r "$program/samachar.jar" "$program/lib" "$work/program/"
cp_="$work/program/samachar.jar:$work/program/lib/*"
load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "start $(date -u +%FT%TZ), load average $(load)" > "$work/live.out"
java ${SAMACHAR_JAVA_OPTS:--Xmx3g} -cp "$cp_" org.samachar.cli.SamacharCommand serve \
    --corpus "$work/corpus" --data "$work/store" --port "$port" > "$work/serve.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 1800); do curl -sf "http://127.0.0.1:$port/\$/ping" > /dev/null && break; sleep 1; done
echo "serving $(date -u +%FT%TZ), load average $(load)" >> "$work/live.out"
java -cp "$cp_" org.samachar.cli.SamacharCommand bench live --server "http://127.0.0.1:$port/" \
    --corpus "$work/corpus" --from "$from" --trials "$trials" --burst 0 >> "$work/live.out" 2>&1
# The last article's events may still be resolving: wait for the server to be idle.
for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$port/kg/live" | grep -q '"busy" *: *false' && break; sleep 1; done
echo "done $(date -u +%FT%TZ), load average $(load)" >> "$work/live.out"
kill "$pid"; wait "$pid" || true
trap - EXIT
grep -v "file trial" "$work/live.out"
python3 bench/resolution-log.py "$work/serve.log"
