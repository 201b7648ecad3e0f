#!/usr/bin/env bash
# Cold start: from launching the JVM to the first HTTP 200 on /login, median of N runs (default 5), for the
# production jar as built, the extracted jar, and the extracted jar with a JDK AOT cache (Java 25). With
# PETCLINIC_JAR=/path/to/spring-petclinic.jar it measures spring-petclinic's jar (first 200 on /) in the same run.
#
#   ./mvnw -q package -DskipTests && scripts/bench/cold-start.sh 5
#
# Every run starts on the same H2 file database, migrated once beforehand, so the times are of a restart of an
# installed app (not of creating its schema).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jar=$(ls target/offerbook-*.jar | head -1)
work=$(mktemp -d /tmp/offerbook-coldstart.XXXXXX)
port=18181
db="--spring.datasource.url=jdbc:h2:file:$work/db/offerbook;WRITE_DELAY=0"

# Milliseconds from launch to the first 200 on $2, for the command in the remaining arguments.
first_200() {
  local url=$1; shift
  local start end pid
  start=$(date +%s%N)
  "$@" >"$work/last.log" 2>&1 &
  pid=$!
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "$url" 2>/dev/null) == 200 ]]; do
    kill -0 "$pid" 2>/dev/null || { echo "process exited; see $work/last.log" >&2; return 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

measure() {
  local name=$1 url=$2; shift 2
  local times=()
  for _ in $(seq 1 "$runs"); do times+=("$(first_200 "$url" "$@")"); done
  printf '| %s | %s ms | %s |\n' "$name" "$(printf '%s\n' "${times[@]}" | median)" "${times[*]}"
}

# Migrate the database once (not timed).
first_200 "http://localhost:$port/login" "$java" -jar "$jar" --server.port=$port "$db" >/dev/null

# Extracted layout and the AOT cache (training run: start, refresh the context, exit).
"$java" -Djarmode=tools -jar "$jar" extract --destination "$work/extracted" >/dev/null
extracted=$(ls "$work"/extracted/*.jar | head -1)
"$java" -XX:AOTCacheOutput="$work/extracted/app.aot" -Dspring.context.exit=onRefresh -jar "$extracted" \
  --server.port=$port "$db" >"$work/training.log" 2>&1 || true
[[ -f $work/extracted/app.aot ]] || { echo "AOT cache was not written; see $work/training.log" >&2; exit 1; }

echo "Cold start to first HTTP 200, median of $runs ($(nproc) cores, $("$java" -version 2>&1 | head -1))"
echo
echo "| variant | median | all runs (ms) |"
echo "|---|---:|---|"
if [[ -n ${PETCLINIC_JAR:-} ]]; then
  measure "spring-petclinic jar (reference, first 200 on /)" "http://localhost:$port/" "$java" -jar "$PETCLINIC_JAR" --server.port=$port
fi
measure "Offerbook jar" "http://localhost:$port/login" "$java" -jar "$jar" --server.port=$port "$db"
measure "Offerbook extracted" "http://localhost:$port/login" "$java" -jar "$extracted" --server.port=$port "$db"
measure "Offerbook extracted + AOT cache" "http://localhost:$port/login" \
  "$java" -XX:AOTCache="$work/extracted/app.aot" -jar "$extracted" --server.port=$port "$db"
rm -rf "$work"
