#!/usr/bin/env python3
"""Server time of static files, one request after another on one connection (issue 15, docs/performance.md).

    java -jar target/offerbook-*.jar --server.port=18182 --spring.profiles.active=demo \
        '--spring.datasource.url=jdbc:h2:mem:x;DB_CLOSE_DELAY=-1' &
    scripts/bench/static-file-times.py http://localhost:18182 /VAADIN/build/<a file of the bundle>.js

Prints the median and 90th percentile of 300 requests (the first 50 not counted) for the file with and without
Brotli, an icon, and the health endpoint (the filter chain every request passes).
"""
import http.client
import sys
import time
import urllib.parse

base = urllib.parse.urlparse(sys.argv[1])
bundle_file = sys.argv[2]


def measure(path, headers=None, n=300, skip=50):
    connection = http.client.HTTPConnection(base.hostname, base.port)
    times = []
    status = None
    for _ in range(n):
        start = time.perf_counter()
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        response.read()
        status = response.status
        times.append((time.perf_counter() - start) * 1000)
    times = sorted(times[skip:])
    print(f"| {path} | {'br' if headers else '-'} | {status} | {times[len(times) // 2]:.2f} | "
          f"{times[int(len(times) * 0.9)]:.2f} |")


print("| path | encoding | status | median ms | p90 ms |\n|---|---|---:|---:|---:|")
measure(bundle_file)
measure(bundle_file, {"Accept-Encoding": "gzip, deflate, br"})
measure("/icons/dashboard.svg")
measure("/actuator/health")
