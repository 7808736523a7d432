#!/usr/bin/env bash
# A Spark standalone cluster on this machine, without a Spark installation: a master and a worker,
# each its own JVM, from the jars of Spark 3.5.8 as Maven resolves them (spark/local/pom.xml, the
# library versions of a Spark distribution). The worker starts executor JVMs for each application.
# Used for docs/scaling.md; SparkClusterIT starts its own cluster the same way.
#   spark/standalone-local.sh start [CORES] [MEMORY]   # prints the master URL (spark://127.0.0.1:PORT)
#   spark/spark-submit-local.sh spark://127.0.0.1:PORT --corpus file:///data/news --out file:///tmp/nq
#   spark/standalone-local.sh stop
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
state="$here/target/standalone"
cmd="${1:?usage: standalone-local.sh start [CORES] [MEMORY] | stop}"

if [ "$cmd" = stop ]; then
  for daemon in worker master; do
    if [ -f "$state/$daemon.pid" ]; then
      kill "$(cat "$state/$daemon.pid")" 2>/dev/null || true # the worker's shutdown hook ends its executors
      rm -f "$state/$daemon.pid"
    fi
  done
  exit 0
fi
[ "$cmd" = start ] || { echo "standalone-local: start or stop, not $cmd" >&2; exit 2; }
cores="${2:-2}"
memory="${3:-2g}"
[ ! -f "$state/master.pid" ] || { echo "standalone-local: already started ($state/master.pid); stop it first" >&2; exit 2; }

cp="$here/target/spark-runtime.classpath"
if [ ! -s "$cp" ]; then
  mvn -B -q -f "$here/local/pom.xml" dependency:build-classpath -Dmdep.outputFile="$cp" >&2
fi
# SPARK_HOME/jars is where the worker finds the classpath of the executors it starts.
rm -rf "$state/home"
mkdir -p "$state/home/jars" "$state/work"
tr ':' '\n' < "$cp" | while read -r jar || [ -n "$jar" ]; do ln -sf "$jar" "$state/home/jars/"; done
opens="$(sed -n '/<spark.jvm.options>/,/<\/spark.jvm.options>/p' "$here/pom.xml" | sed 's/<[^>]*>//g' | tr '\n' ' ')"
export SPARK_HOME="$state/home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1

daemon() { # name, main class, arguments…
  local name="$1" main="$2"
  shift 2
  # shellcheck disable=SC2086
  nohup java -Xmx256m $opens -cp "$SPARK_HOME/jars/*" "$main" "$@" > "$state/$name.log" 2>&1 &
  echo $! > "$state/$name.pid"
}
await() { # log, pid file, text
  for _ in $(seq 600); do
    grep -q "$3" "$1" && return 0
    kill -0 "$(cat "$2")" 2>/dev/null || { echo "standalone-local: the daemon stopped; $1:" >&2; tail -20 "$1" >&2; rm -f "$2"; exit 1; }
    sleep 0.2
  done
  echo "standalone-local: no '$3' in $1 after two minutes" >&2
  tail -20 "$1" >&2
  exit 1
}
daemon master org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 0 --webui-port 0
await "$state/master.log" "$state/master.pid" "I have been elected leader"
url="$(grep -o 'Starting Spark master at spark://[^ ]*' "$state/master.log" | head -1 | sed 's/.* at //')"
daemon worker org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --port 0 --webui-port 0 \
  --cores "$cores" --memory "$memory" --work-dir "$state/work" "$url"
await "$state/worker.log" "$state/worker.pid" "Successfully registered with master"
echo "$url"
