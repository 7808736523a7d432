#!/usr/bin/env bash
# Query latency and throughput: Samachar's embedded endpoint against standalone Fuseki
# (jena-fuseki-server, the same Jena version, fetched from Maven Central by this script) over the
# same store, in one run. TDB2 lets one process open a store at a time, so the servers run one after
# the other on the same folder, each in its own JVM with default options, and the client
# (`samachar bench queries --endpoint`) in a third. Both read the same configuration
# (fuseki-config/samachar.ttl: the union default graph, the query timeouts, the cross-script text
# index); standalone Fuseki gets Samachar's jar, lucene-analysis-icu and ICU4J on its classpath only
# for the analyzer class the text index names, and serves only the query endpoints (no writes).
# Samachar runs first, because its server builds the text index when the store is new; Fuseki then
# opens that index.
# Usage: [ROUNDS=2] bench/query-compare.sh STORE [SECONDS] [CLIENTS]    (defaults: 20 s per run, 1,4,16)
# Writes the rows to $QUERY_TSV (default STORE.queries.tsv), the servers' logs next to it, and prints the ratios.
# Needs the jar: mvn -B -DskipTests package. Results: docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
store="$(cd "$1" && pwd)"; seconds="${2:-20}"; clients="${3:-1,4,16}"
tsv="${QUERY_TSV:-$store.queries.tsv}"
port=3098
jena_version=$(grep -oP '<jena.version>\K[^<]+' pom.xml)
work="$(mktemp -d)"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2> /dev/null; cp "$work"/*.log "$(dirname "$tsv")/" 2> /dev/null; rm -rf "$work"' EXIT
mvn -B -q dependency:copy -Dartifact="org.apache.jena:jena-fuseki-server:$jena_version" -DoutputDirectory="$work/fuseki" > /dev/null
# A copy of the program, so that rebuilding it during the run does not pull it from under a JVM.
cp -r target/samachar.jar target/lib "$work/"
samachar() { java -cp "$work/samachar.jar:$work/lib/*" org.samachar.cli.SamacharCommand "$@"; }

wait_ready() {
  local started; started=$(date +%s.%N)
  # the first start over a new store builds the text index before it listens: allow an hour
  for _ in $(seq 1 7200); do
    if curl -sf "http://localhost:$port/\$/ping" > /dev/null; then
      printf '%s ready after %.1f s\n' "$1" "$(echo "$(date +%s.%N) - $started" | bc)"; return
    fi
    kill -0 "$pid" 2> /dev/null || { echo "$1 exited before it was ready:"; tail -5 "$work/$1.log"; exit 1; }
    sleep 0.5
  done
  echo "$1 did not start"; exit 1
}
stop() { kill "$pid"; wait "$pid" 2> /dev/null || true; pid=""; }
bench() {
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  for mix in lookups all; do
    samachar bench queries --endpoint "http://localhost:$port/kg/sparql" --label "$1-$2" --mix "$mix" \
        --clients "$clients" --seconds "$seconds" --tsv "$work/run.tsv" 2> /dev/null || echo "($1, mix $mix: some requests failed)"
  done
}

samachar_serve() {
  java -cp "$work/samachar.jar:$work/lib/*" org.samachar.cli.SamacharCommand serve --data "$store" --no-build --port "$port" >> "$work/samachar.log" 2>&1 &
  pid=$!
}
# The same configuration with the store's folders, without the two write endpoints.
sed -e "s|tdb2:location \"data/store\"|tdb2:location \"$store\"|" \
    -e "s|<file:data/text-index>|<file://$store/text-index>|" \
    -e '/fuseki:allowedUsers/d' fuseki-config/samachar.ttl > "$work/fuseki.ttl"
icu=$(ls "$work"/lib/lucene-analysis-icu-*.jar "$work"/lib/icu4j-*.jar | tr '\n' ':')
fuseki_serve() {
  (cd "$work" && exec java -cp "$work/fuseki/jena-fuseki-server-$jena_version.jar:$work/samachar.jar:$icu" \
      org.apache.jena.fuseki.main.cmds.FusekiServerCmd --config "$work/fuseki.ttl" --port "$port" --localhost --ping) >> "$work/fuseki.log" 2>&1 &
  pid=$!
}

# The machine is shared, so the load changes under a run: the servers take turns, ROUNDS times
# (default 2), and each round gives its own ratio. Samachar goes first in odd rounds (its first
# start builds the text index), Fuseki in even ones: over a store larger than RAM the server that
# runs second finds more of the store in the page cache, and alternating cancels that advantage.
run_samachar() {
  echo "== round $1: samachar serve --no-build over $store"
  samachar_serve
  wait_ready samachar
  grep -h 'search index' "$work/samachar.log" | tail -1 | sed 's/^.*INFO *[A-Za-z]* *//' || true
  bench samachar "$1"
  stop
}
run_fuseki() {
  echo "== round $1: standalone Fuseki $jena_version (jena-fuseki-server) over $store"
  fuseki_serve
  wait_ready fuseki
  bench fuseki "$1"
  stop
}
for round in $(seq 1 "${ROUNDS:-2}"); do
  if [ $((round % 2)) -eq 1 ]; then
    run_samachar "$round"; run_fuseki "$round"
  else
    run_fuseki "$round"; run_samachar "$round"
  fi
done

echo "== samachar / standalone Fuseki, this run"
/usr/bin/python3 - "$work/run.tsv" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8"), delimiter="\t"))
def key(r): return (r["mix"], int(r["clients"]))
rps, lat = {}, {}
for r in rows:
    server, rnd = r["server"].rsplit("-", 1)
    rps[(server, rnd) + key(r)] = (float(r["requests_per_s"]), r["load_average"])
    lat.setdefault(key(r) + (r["query"],), {}).setdefault(server, []).append(r)
rounds = sorted({k[1] for k in rps})
print("%-8s %7s %6s %13s %13s %6s   %s" % ("mix", "clients", "round", "samachar r/s", "fuseki r/s", "ratio", "load average (samachar; fuseki)"))
for mix, c in sorted({k[2:] for k in rps}):
    for rnd in rounds:
        s, f = rps.get(("samachar", rnd, mix, c)), rps.get(("fuseki", rnd, mix, c))
        if s and f:
            print("%-8s %7d %6s %13.1f %13.1f %6.2f   %s; %s" % (mix, c, rnd, s[0], f[0], s[0] / f[0] if f[0] else 0, s[1], f[1]))
print()
print("%-8s %7s %-36s %21s %21s %9s" % ("mix", "clients", "query (median of rounds)", "samachar p50/p99 ms", "fuseki p50/p99 ms", "timeouts"))
for k in sorted(lat):
    def med(server, col):
        v = [float(r[col]) for r in lat[k].get(server, []) if int(r["ok"]) > 0]
        return statistics.median(v) if v else float("nan")
    to = "%d/%d" % tuple(sum(int(r["timeout"]) for r in lat[k].get(s, [])) for s in ("samachar", "fuseki"))
    print("%-8s %7d %-36s %10.1f/%10.1f %10.1f/%10.1f %9s" % (k[0], k[1], k[2], med("samachar", "p50_ms"), med("samachar", "p99_ms"),
          med("fuseki", "p50_ms"), med("fuseki", "p99_ms"), to))
PY
# keep the rows: append them to the TSV of this store
if [ -s "$tsv" ]; then tail -n +2 "$work/run.tsv" >> "$tsv"; else cp "$work/run.tsv" "$tsv"; fi
echo "rows appended to $tsv"
