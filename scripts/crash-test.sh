#!/usr/bin/env bash
# Crash safety: start the production jar on an H2 file database, let it record offers through its services,
# kill it with SIGKILL at a random moment (sometimes while it is still starting), start it again, and check that
# every write it acknowledged before the kill is there and that the database opens cleanly. Repeats N cycles.
#
#   ./mvnw -q package -DskipTests && scripts/crash-test.sh 50
#
# H2_SETTINGS (default ";WRITE_DELAY=0", as in application.properties) is appended to the database URL, so that
# other settings can be compared: H2_SETTINGS="" scripts/crash-test.sh 20
set -euo pipefail
cd "$(dirname "$0")/.."
cycles=${1:-50}
settings=${H2_SETTINGS-;WRITE_DELAY=0}
jar=$(ls target/offerbook-*.jar | head -1)
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
work=$(mktemp -d /tmp/offerbook-crash.XXXXXX)
port=${PORT:-18080}
acks="$work/acks.txt"
verified=0
failed=0
echo "Crash test: $cycles cycles, jar $jar, data in $work"
for cycle in $(seq 1 "$cycles"); do
  log="$work/run-$cycle.log"
  "$java" -Xmx512m -jar "$jar" --server.port="$port" --spring.profiles.active=crashtest \
    --spring.datasource.url="jdbc:h2:file:$work/db/offerbook$settings" \
    --offerbook.crashtest.acks="$acks" >"$log" 2>&1 &
  pid=$!
  if (( RANDOM % 5 == 0 )); then
    # Kill while it starts: migrations, the account, the first writes may be under way.
    sleep "$(awk -v r=$RANDOM 'BEGIN { printf "%.2f", 2 + r / 32767 * 8 }')"
  else
    for _ in $(seq 1 240); do grep -q '^CRASHTEST ' "$log" && break; sleep 0.25; done
    sleep "$(awk -v r=$RANDOM 'BEGIN { printf "%.2f", 0.2 + r / 32767 * 3 }')"
  fi
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  verdict=$(grep -m1 '^CRASHTEST ' "$log" || true)
  if [[ $verdict == "CRASHTEST VERIFIED"* ]]; then
    verified=$((verified + 1))
  elif [[ -n $verdict ]]; then
    failed=$((failed + 1))
  elif grep -qiE 'corrupt|FlywayValidate|Database may be already in use|General error' "$log"; then
    failed=$((failed + 1)); verdict="DATABASE DID NOT OPEN (see $log)"
  else
    verdict="(killed before the check ran)"
  fi
  printf 'cycle %3d: %s; %d acknowledged so far\n' "$cycle" "$verdict" "$( [[ -f $acks ]] && wc -l <"$acks" || echo 0)"
done
# A last start that is not killed before it has checked every write acknowledged in all the cycles.
log="$work/final.log"
"$java" -jar "$jar" --server.port="$port" --spring.profiles.active=crashtest \
  --spring.datasource.url="jdbc:h2:file:$work/db/offerbook$settings" --offerbook.crashtest.acks="$acks" >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 240); do grep -q '^CRASHTEST ' "$log" && break; sleep 0.25; done
kill -9 "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
final=$(grep -m1 '^CRASHTEST ' "$log" || echo "no verdict (see $log)")
[[ $final == "CRASHTEST VERIFIED"* ]] || failed=$((failed + 1))
echo "Final check: $final"
echo "Cycles: $cycles; checks after a kill: $verified passed, $failed failed; database settings: '$settings'"
[[ $failed -eq 0 ]]
