#!/usr/bin/env python3
"""Where the browser's main thread spent its time while drawing the dashboard: a Chromium CPU profile summarised.

    ./mvnw -o -B test -Dtest=DashboardPaintBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.runs=3 \
        -Dbench.cpuprofile=/tmp/dashboard.cpuprofile
    scripts/bench/cpuprofile-summary.py /tmp/dashboard.cpuprofile [top]

Prints the profile's busy time, then self time by script file and by function (file:line), and the time in each
stretch of 100 ms from the start of the recording (which starts just before navigation), so that the long tasks of
the benchmark's waterfall can be told apart.
"""
import collections
import json
import sys

profile = json.load(open(sys.argv[1]))
top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
nodes = {node["id"]: node for node in profile["nodes"]}
self_by_file = collections.Counter()
self_by_function = collections.Counter()
by_stretch = collections.Counter()
not_script = ("(program)", "(garbage collector)")  # the renderer's own work, counted by file but not as script
busy = 0.0
clock = 0.0
for sample, delta in zip(profile["samples"], profile["timeDeltas"]):
    ms = delta / 1000.0
    clock += ms
    frame = nodes[sample]["callFrame"]
    name = frame["functionName"] or "(anonymous)"
    if name == "(idle)":
        continue
    url = frame["url"].split("/")[-1].split("?")[0] or "(native)"
    if name in not_script:
        self_by_file[name] += ms
        continue
    busy += ms
    by_stretch[int(clock // 100)] += ms
    self_by_file[url] += ms
    self_by_function[f"{name} {url}:{frame['lineNumber'] + 1}"] += ms

print(f"script busy: {busy:.0f} ms of {clock:.0f} ms recorded")
print("\nself time by file (ms)")
for key, ms in self_by_file.most_common(top):
    print(f"{ms:8.1f}  {key}")
print("\nself time by function (ms)")
for key, ms in self_by_function.most_common(top):
    print(f"{ms:8.1f}  {key}")
print("\nscript time per 100 ms from the start of recording")
for stretch in sorted(by_stretch):
    print(f"{stretch * 100:6d}-{stretch * 100 + 99:<6d} {by_stretch[stretch]:6.1f} ms  {'#' * int(by_stretch[stretch] / 5)}")
