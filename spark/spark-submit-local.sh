#!/usr/bin/env bash
# Runs the Spark job the way spark-submit does, on this machine, without a Spark installation:
# Spark's own launcher (org.apache.spark.deploy.SparkSubmit) on Spark's classpath, with the shaded
# jar as the application jar in its own class loader, as on a cluster. Used for docs/scaling.md.
#   spark/spark-submit-local.sh 'local[2]' --corpus corpus --out /tmp/nq
# With a real Spark 3.5 installation, use its spark-submit instead (docs/scaling.md).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
master="${1:?usage: spark-submit-local.sh MASTER --corpus DIR --out DIR}"
shift
jar="$here/target/samachar-spark-all.jar"
[ -f "$jar" ] || { echo "spark-submit-local: $jar is missing; build it with: mvn -B -f spark/pom.xml -DskipTests package" >&2; exit 2; }
cp="$here/target/spark-runtime.classpath"
if [ ! -s "$cp" ]; then
  mvn -B -q -f "$here/local/pom.xml" dependency:build-classpath -Dmdep.outputFile="$cp" >&2
fi
# The JDK-internal access Spark needs on Java 17 (what spark-submit's own scripts add).
opens="$(sed -n '/<spark.jvm.options>/,/<\/spark.jvm.options>/p' "$here/pom.xml" | sed 's/<[^>]*>//g' | tr '\n' ' ')"
# shellcheck disable=SC2086
exec java ${SPARK_DRIVER_JAVA_OPTS:-} $opens -cp "$(cat "$cp")" org.apache.spark.deploy.SparkSubmit \
  --master "$master" --conf spark.ui.enabled=false \
  --class org.samachar.spark.SparkExtraction "$jar" "$@"
