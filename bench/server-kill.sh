#!/usr/bin/env bash
# A server killed under load restarts on the same store with no repair step, and answers the same.
# Usage: bench/server-kill.sh STORE [TRIALS]   (a built store; needs the jar: mvn -B -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
store="$1"; trials="${2:-5}"; port=3097
count() { curl -s "http://localhost:$port/kg/sparql" -H 'Accept: text/csv' \
  --data-urlencode 'query=SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }' | tail -1 | tr -d '\r'; }
serve() {
  java -cp "target/samachar.jar:target/lib/*" org.samachar.cli.SamacharCommand serve --data "$store" --port "$port" --no-build > /dev/null 2>&1 &
  pid=$!
  for _ in $(seq 1 60); do curl -sf "http://localhost:$port/\$/ping" > /dev/null && return; sleep 0.5; done
  echo "the server did not start"; exit 1
}
serve; before=$(count)
for i in $(seq 1 "$trials"); do
  for _ in $(seq 1 32); do curl -s -o /dev/null "http://localhost:$port/kg/sparql" --data-urlencode query@queries/co-mentions.rq & done
  sleep 0.5; kill -9 "$pid"; wait "$pid" 2> /dev/null || true
  serve; after=$(count)
  [ "$after" = "$before" ] && echo "trial $i: killed under load, restarted, $after quads as before" || { echo "trial $i: $after quads, was $before"; exit 1; }
done
kill "$pid"
