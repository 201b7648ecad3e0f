#!/usr/bin/env python3
"""Share of a flight recording's CPU samples that pass through each method (inclusive), for the load benchmark.

    ./mvnw -o -B test -Dtest=LoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dload.users=100 \
        -Dmemory.sessions=1 "-Dbench.jvm=-XX:StartFlightRecording=delay=80s,duration=40s,filename=/tmp/load.jfr,settings=profile -XX:FlightRecorderOptions=stackdepth=1024"
    jfr print --json --stack-depth 1024 --events jdk.ExecutionSample /tmp/load.jfr > /tmp/samples.json
    scripts/bench/jfr-inclusive.py /tmp/samples.json com.offerbook 40

Waits (not CPU) are read with the JDK's own views: jfr view contention-by-site /tmp/load.jfr
"""
import collections
import json
import sys

recording = json.load(open(sys.argv[1]))
prefix = sys.argv[2] if len(sys.argv) > 2 else ""
top = int(sys.argv[3]) if len(sys.argv) > 3 else 40
through = collections.Counter()
samples = 0
for event in recording["recording"]["events"]:
    stack = event["values"].get("stackTrace")
    if not stack:
        continue
    samples += 1
    seen = set()
    for frame in stack["frames"]:
        method = frame["method"]
        name = method["type"]["name"].replace("/", ".") + "." + method["name"]
        if name.startswith(prefix) and name not in seen:
            seen.add(name)
            through[name] += 1
print(f"{samples} samples")
for name, count in through.most_common(top):
    print(f"{count * 100 / samples:5.1f}% {name}")
