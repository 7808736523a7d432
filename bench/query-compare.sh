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
# Usage: bench/query-compare.sh STORE [SECONDS] [CLIENTS]    (defaults: 20 s per run, 1,4,16)
# Writes the rows to $QUERY_TSV (default STORE.queries.tsv) and prints the ratios.
# Needs the jar: mvn -B -DskipTests package. Results: docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
store="$(cd "$1" && pwd)"; seconds="${2:-20}"; clients="${3:-1,4,16}"
tsv="${QUERY_TSV:-$store.queries.tsv}"
port=3098
jena_version=$(grep -oP '<jena.version>\K[^<]+' pom.xml)
work="$(mktemp -d)"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2> /dev/null; rm -rf "$work"' EXIT
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
    samachar bench queries --endpoint "http://localhost:$port/kg/sparql" --label "$1" --mix "$mix" \
        --clients "$clients" --seconds "$seconds" --tsv "$work/run.tsv" 2> /dev/null || echo "($1, mix $mix: some requests failed)"
  done
}

echo "== samachar serve --no-build over $store"
java -cp "$work/samachar.jar:$work/lib/*" org.samachar.cli.SamacharCommand serve --data "$store" --no-build --port "$port" > "$work/samachar.log" 2>&1 &
pid=$!
wait_ready samachar
grep -h 'search index' "$work/samachar.log" | sed 's/^.*INFO *[A-Za-z]* *//' || true
bench samachar
stop

echo "== standalone Fuseki $jena_version (jena-fuseki-server) over $store"
# The same configuration with the store's folders, without the two write endpoints.
sed -e "s|tdb2:location \"data/store\"|tdb2:location \"$store\"|" \
    -e "s|<file:data/text-index>|<file://$store/text-index>|" \
    -e '/fuseki:allowedUsers/d' fuseki-config/samachar.ttl > "$work/fuseki.ttl"
icu=$(ls "$work"/lib/lucene-analysis-icu-*.jar "$work"/lib/icu4j-*.jar | tr '\n' ':')
(cd "$work" && exec java -cp "$work/fuseki/jena-fuseki-server-$jena_version.jar:$work/samachar.jar:$icu" \
    org.apache.jena.fuseki.main.cmds.FusekiServerCmd --config "$work/fuseki.ttl" --port "$port" --localhost --ping) > "$work/fuseki.log" 2>&1 &
pid=$!
wait_ready fuseki
bench fuseki
stop

echo "== samachar / standalone Fuseki, this run"
awk -F'\t' '
  NR == 1 { next }
  { k = $3 "\t" $4; rps[$2, k] = $12; load[$2, k] = $13; keys[k] = 1
    kq = k "\t" $5; p50[$2, kq] = $9; p99[$2, kq] = $10; to[$2, kq] = $7; qs[kq] = 1 }
  END {
    printf "%-8s %7s %13s %13s %6s   %s\n", "mix", "clients", "samachar r/s", "fuseki r/s", "ratio", "load average (samachar; fuseki)"
    for (k in keys) { split(k, a, "\t"); s = rps["samachar", k]; f = rps["fuseki", k]
      printf "%-8s %7s %13.1f %13.1f %6.2f   %s; %s\n", a[1], a[2], s, f, (f > 0 ? s / f : 0), load["samachar", k], load["fuseki", k] | "sort -k1,1 -k2,2n" }
    close("sort -k1,1 -k2,2n")
    printf "\n%-8s %7s %-36s %19s %19s\n", "mix", "clients", "query", "samachar p50/p99", "fuseki p50/p99"
    for (k in qs) { split(k, a, "\t")
      printf "%-8s %7s %-36s %9.1f/%9.1f %9.1f/%9.1f%s\n", a[1], a[2], a[3], p50["samachar", k], p99["samachar", k],
        p50["fuseki", k], p99["fuseki", k], (to["samachar", k] + to["fuseki", k] > 0 ? "  (timeouts " to["samachar", k] "/" to["fuseki", k] ")" : "") | "sort -s -k1,1 -k2,2n" }
  }' "$work/run.tsv"
# keep the rows: append them to the TSV of this store
if [ -s "$tsv" ]; then tail -n +2 "$work/run.tsv" >> "$tsv"; else cp "$work/run.tsv" "$tsv"; fi
echo "rows appended to $tsv"
