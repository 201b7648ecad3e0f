#!/usr/bin/env bash
# Where one start of the production jar goes, step by step: the jar is extracted, started with Spring's start-up
# steps recorded (StartupSteps.java), stopped at the first 200 on /login, and the 30 steps with the most time of their
# own (a step's time less its sub-steps') are printed, with the thread each ran on (docs/performance.md, cold start).
#   ./mvnw -q package -DskipTests && scripts/bench/start-steps.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jfr=${JAVA_HOME:+$JAVA_HOME/bin/}jfr
jar=$(ls target/offerbook-*.jar | head -1)
work=$(mktemp -d /tmp/offerbook-steps.XXXXXX)
trap 'rm -rf "$work"' EXIT
port=18192
"$java" -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
extracted=$(ls "$work"/app/*.jar | head -1)
db="--spring.datasource.url=jdbc:h2:file:$work/db/offerbook;WRITE_DELAY=0"
run() {
  "$java" "$@" -cp "$extracted" scripts/bench/StartupSteps.java --server.port=$port "$db" >"$work/app.log" 2>&1 &
  local pid=$!
  until [[ $(curl -s -o /dev/null -w '%{http_code}' http://localhost:$port/login) == 200 ]]; do
    kill -0 $pid 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
    sleep 0.05
  done
  kill $pid; wait $pid 2>/dev/null || true
}
run # creates and migrates the database (not measured)
run -XX:StartFlightRecording=filename="$work/start.jfr"
"$jfr" print --json --events org.springframework.core.metrics.jfr.FlightRecorderStartupEvent "$work/start.jfr" \
  >"$work/steps.json"
python3 - "$work/steps.json" <<'PY'
import json, re, sys
events = json.load(open(sys.argv[1]))["recording"]["events"]
def millis(text):
    m = re.match(r"PT(?:(\d+)M)?([\d.]+)S", text)
    return (int(m.group(1) or 0) * 60 + float(m.group(2))) * 1000 if m else 0.0
steps = {}
for event in events:
    v = event["values"]
    steps[v["eventId"]] = (v["parentId"], millis(v["duration"]), v["name"], v.get("tags") or "", v["eventThread"]["javaName"])
children = {}
for parent, duration, *_ in steps.values():
    children[parent] = children.get(parent, 0) + duration
rows = sorted(((d - children.get(i, 0), d, n, t, th) for i, (p, d, n, t, th) in steps.items()), reverse=True)
print("| own ms | total ms | step | thread |\n|---:|---:|---|---|")
for own, total, name, tags, thread in rows[:30]:
    print(f"| {own:.0f} | {total:.0f} | {name} {tags[:100]} | {thread} |")
PY
