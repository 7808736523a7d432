#!/usr/bin/env bash
# Crash trials: kill -9 a build at random moments, then build again, and check that the store
# equals a clean build of the same corpus (same graphs, same quads), with no article lost or
# doubled. Usage: bench/crash-trials.sh [TRIALS] [SYNTHETIC_ARTICLES]   (defaults: 20, 300)
# Needs the jar: mvn -B -DskipTests package. Results: docs/reliability.md.
set -euo pipefail
cd "$(dirname "$0")/.."
trials="${1:-20}"
articles="${2:-300}"
run() { java -cp "target/samachar.jar:target/lib/*" org.samachar.cli.SamacharCommand "$@"; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# A corpus big enough for a build to take a few seconds: the seeds plus synthetic articles.
run bench generate --articles "$articles" --out "$work/corpus" > /dev/null
cp corpus/*.txt "$work/corpus/"
tail -n +2 corpus/manifest.tsv | cut -f1-4 >> "$work/corpus/manifest.tsv"

dump() { run export --data "$1" --format nquads 2> /dev/null | LC_ALL=C sort; }
start=$(date +%s.%N)
run build --corpus "$work/corpus" --data "$work/clean" > /dev/null 2>&1
clean_seconds=$(echo "$(date +%s.%N) - $start" | bc | awk '{ printf "%.2f", $1 }')
dump "$work/clean" > "$work/clean.nq"
echo "clean build: $(wc -l < "$work/clean.nq") quads in ${clean_seconds} s (JVM start included)"

passed=0
for i in $(seq 1 "$trials"); do
  rm -rf "$work/store"
  # Odd trials kill the first build (bulk load into an empty store); even ones kill an
  # incremental rebuild after a quarter of the articles changed.
  if (( i % 2 == 0 )); then
    run build --corpus "$work/corpus" --data "$work/store" > /dev/null 2>&1
    for f in $(ls "$work/corpus"/synthetic-*.txt | shuf -n $((articles / 4)) --random-source=<(yes "$i")); do
      echo "edited in trial $i" >> "$f"
    done
  fi
  # A random moment within the build: a rebuild of a quarter of the articles takes about half as long.
  span=$clean_seconds; (( i % 2 == 0 )) && span=$(echo "$clean_seconds / 2" | bc -l)
  delay=$(awk -v s="$RANDOM" -v span="$span" 'BEGIN { srand(s); printf "%.2f", 0.3 + rand() * span }')
  # java itself in the background, so that the kill reaches the build, not a shell around it
  java -cp "target/samachar.jar:target/lib/*" org.samachar.cli.SamacharCommand \
      build --corpus "$work/corpus" --data "$work/store" > "$work/killed.log" 2>&1 &
  pid=$!
  sleep "$delay"
  kill -9 "$pid" 2> /dev/null && { state="killed at ${delay}s"; echo "$i" >> "$work/kills"; } || state="finished before ${delay}s"
  wait "$pid" 2> /dev/null || true
  if ! run build --corpus "$work/corpus" --data "$work/store" > "$work/after.log" 2>&1; then
    echo "trial $i ($state): the build after the crash FAILED"; tail -3 "$work/after.log"; continue
  fi
  # The reference for an edited corpus is a clean build of it.
  if (( i % 2 == 0 )); then
    rm -rf "$work/ref"; run build --corpus "$work/corpus" --data "$work/ref" > /dev/null 2>&1; dump "$work/ref" > "$work/ref.nq"
  else
    cp "$work/clean.nq" "$work/ref.nq"
  fi
  if dump "$work/store" | cmp -s - "$work/ref.nq"; then
    passed=$((passed + 1)); echo "trial $i ($state): store equals a clean build"
  else
    echo "trial $i ($state): store DIFFERS from a clean build"
  fi
  if (( i % 2 == 0 )); then
    # undo the edits for the next trial
    sed -i "/^edited in trial $i\$/d" "$work"/corpus/synthetic-*.txt
  fi
done
echo "$passed of $trials trials: the store after the crash and a rebuild equals a clean build ($(grep -c . "$work/kills" 2> /dev/null || echo 0) builds killed mid-way)"
(( passed == trials ))
