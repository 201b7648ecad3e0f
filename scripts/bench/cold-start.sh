#!/usr/bin/env bash
# Cold start, side by side with spring-petclinic: from launching the JVM to the first HTTP 200 (Offerbook: /login,
# petclinic: /), for each app's production jar as built and for its extracted jar with a JDK AOT cache (Java 25,
# JEP 483/514: one training run writes the cache). The runs are paired: each round starts all four in turn, so
# the machine's drift between rounds touches both apps alike. Prints the medians and Offerbook / petclinic ratios.
#
#   ./mvnw -q package -DskipTests
#   PETCLINIC_JAR=/path/to/spring-petclinic.jar scripts/bench/cold-start.sh 5
#
# petclinic's jar: fetch github.com/spring-projects/spring-petclinic (main) and `./mvnw -q package -DskipTests`
# there. Without PETCLINIC_JAR only Offerbook is measured. Offerbook's runs start on the same H2 file database,
# migrated once beforehand, so its times are of a restart of an installed app (not of creating its schema);
# petclinic builds its in-memory database at each start, as it does for its users.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jar=$(ls target/offerbook-*.jar | head -1)
work=$(mktemp -d /tmp/offerbook-coldstart.XXXXXX)
trap 'rm -rf "$work"' EXIT
port=18181
db="--spring.datasource.url=jdbc:h2:file:$work/db/offerbook;WRITE_DELAY=0"

# Milliseconds from launch to the first 200 on $1, for the command in the remaining arguments.
first_200() {
  local url=$1; shift
  local start end pid
  start=$(date +%s%N)
  "$@" >"$work/last.log" 2>&1 &
  pid=$!
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "$url" 2>/dev/null) == 200 ]]; do
    kill -0 "$pid" 2>/dev/null || { echo "process exited; see $work/last.log" >&2; cat "$work/last.log" >&2; return 1; }
    sleep 0.02
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}

median() { tr ' ' '\n' | grep . | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# Extracts a jar into $2 and trains a JDK AOT cache there ($2/app.aot) with one start that exits once the
# application context is refreshed. Prints the extracted jar's path.
extract_and_train() {
  local jar=$1 dir=$2; shift 2
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
  local extracted
  extracted=$(ls "$dir"/*.jar | head -1)
  "$java" -XX:AOTCacheOutput="$dir/app.aot" -Dspring.context.exit=onRefresh -jar "$extracted" "$@" \
    >"$dir/training.log" 2>&1 || true
  [[ -f $dir/app.aot ]] || { echo "AOT cache was not written; see $dir/training.log" >&2; exit 1; }
  echo "$extracted"
}

# Migrate Offerbook's database once (not timed).
first_200 "http://localhost:$port/login" "$java" -jar "$jar" --server.port=$port "$db" >/dev/null
ob_extracted=$(extract_and_train "$jar" "$work/offerbook" --server.port=$port "$db")
if [[ -n ${PETCLINIC_JAR:-} ]]; then
  pc_extracted=$(extract_and_train "$PETCLINIC_JAR" "$work/petclinic" --server.port=$port)
fi

declare -A times
for round in $(seq 1 "$runs"); do
  if [[ -n ${PETCLINIC_JAR:-} ]]; then
    times[pc_jar]+="$(first_200 "http://localhost:$port/" "$java" -jar "$PETCLINIC_JAR" --server.port=$port) "
  fi
  times[ob_jar]+="$(first_200 "http://localhost:$port/login" "$java" -jar "$jar" --server.port=$port "$db") "
  if [[ -n ${PETCLINIC_JAR:-} ]]; then
    times[pc_aot]+="$(first_200 "http://localhost:$port/" \
      "$java" -XX:AOTCache="$work/petclinic/app.aot" -jar "$pc_extracted" --server.port=$port) "
  fi
  times[ob_aot]+="$(first_200 "http://localhost:$port/login" \
    "$java" -XX:AOTCache="$work/offerbook/app.aot" -jar "$ob_extracted" --server.port=$port "$db") "
  echo "round $round done" >&2
done

echo "Cold start to first HTTP 200, median of $runs paired rounds ($(nproc) cores, $("$java" -version 2>&1 | head -1))"
echo
echo "| variant | Offerbook | spring-petclinic | ratio | Offerbook runs (ms) | petclinic runs (ms) |"
echo "|---|---:|---:|---:|---|---|"
row() {
  local name=$1 ob=$2 pc=${3:-}
  local ob_median pc_median ratio="–"
  ob_median=$(echo "${times[$ob]}" | median)
  if [[ -n $pc ]]; then
    pc_median=$(echo "${times[$pc]}" | median)
    ratio=$(awk -v a="$ob_median" -v b="$pc_median" 'BEGIN { printf "%.2f", a / b }')
    echo "| $name | $ob_median ms | $pc_median ms | $ratio | ${times[$ob]}| ${times[$pc]}|"
  else
    echo "| $name | $ob_median ms | – | – | ${times[$ob]}| |"
  fi
}
if [[ -n ${PETCLINIC_JAR:-} ]]; then
  row "production jar" ob_jar pc_jar
  row "extracted + JDK AOT cache" ob_aot pc_aot
else
  row "production jar" ob_jar
  row "extracted + JDK AOT cache" ob_aot
fi
