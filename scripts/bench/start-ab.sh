#!/usr/bin/env bash
# Paired A/B of Offerbook's cold start with and without extra application arguments: launch to the first 200 on
# /login, the same H2 file database (migrated once first), the two variants alternating in each round.
#   ./mvnw -q package -DskipTests
#   scripts/bench/start-ab.sh 4 --spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=false \
#       --spring.jpa.database-platform=org.hibernate.dialect.H2Dialect
set -uo pipefail
cd "$(dirname "$0")/../.."
rounds=$1; shift
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jar=$(ls target/offerbook-*.jar | head -1)
work=$(mktemp -d /tmp/offerbook-startab.XXXXXX)
trap 'rm -rf "$work"' EXIT
db="--spring.datasource.url=jdbc:h2:file:$work/db/offerbook;WRITE_DELAY=0"
t() { local s=$(date +%s%N); "$@" > "$work/last.log" 2>&1 & local pid=$!; until [[ $(curl -s -o /dev/null -w '%{http_code}' http://localhost:18191/login) == 200 ]]; do kill -0 $pid 2>/dev/null || { tail -20 "$work/last.log"; return 1; }; sleep 0.02; done; local e=$(date +%s%N); kill $pid; wait $pid 2>/dev/null; echo $(( (e-s)/1000000 )); }
t "$java" -jar "$jar" --server.port=18191 "$db" >/dev/null  # migrate once
for i in $(seq 1 "$rounds"); do
  a=$(t "$java" -jar "$jar" --server.port=18191 "$db")
  b=$(t "$java" -jar "$jar" --server.port=18191 "$db" "$@")
  echo "round $i: as built $a ms, with the arguments $b ms"
done
