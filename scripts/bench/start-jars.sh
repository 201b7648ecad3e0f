#!/usr/bin/env bash
# Paired cold starts of two Offerbook jars (e.g. before and after a change): launch to the first 200 on /login, each
# jar on its own H2 file database (migrated once first), the two alternating in each round. Prints the wall time and
# the process's CPU time (all threads, from /proc) at the first 200 for each.
#   scripts/bench/start-jars.sh 4 /tmp/before.jar target/offerbook-0.1.0-SNAPSHOT.jar
set -uo pipefail
rounds=$1; a=$2; b=$3
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
work=$(mktemp -d /tmp/offerbook-startjars.XXXXXX)
trap 'rm -rf "$work"' EXIT
port=18191

# "<wall ms>/<cpu ms>" from launching jar $1 on database copy $2 to its first 200.
start() {
  local jar=$1 db=$2 s e pid cpu
  s=$(date +%s%N)
  "$java" -jar "$jar" --server.port=$port "--spring.datasource.url=jdbc:h2:file:$work/$db/offerbook;WRITE_DELAY=0" \
    > "$work/last.log" 2>&1 &
  pid=$!
  until [[ $(curl -s -o /dev/null -w '%{http_code}' http://localhost:$port/login) == 200 ]]; do
    kill -0 $pid 2>/dev/null || { tail -20 "$work/last.log" >&2; return 1; }
    sleep 0.02
  done
  e=$(date +%s%N)
  cpu=$(awk '{ print ($14 + $15) * 1000 / '"$(getconf CLK_TCK)"' }' /proc/$pid/stat)
  kill $pid; wait $pid 2>/dev/null
  echo "$(( (e - s) / 1000000 ))/$cpu"
}

start "$a" a >/dev/null; start "$b" b >/dev/null # migrate both copies (not timed)
for i in $(seq 1 "$rounds"); do
  echo "round $i: first jar $(start "$a" a), second jar $(start "$b" b) (wall ms/CPU ms)"
done
