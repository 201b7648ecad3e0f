#!/usr/bin/env bash
# Baseline scan: wapiti (Debian package) against a running Offerbook with a signed-in session.
#
#   java -jar target/offerbook-*.jar --spring.profiles.active=demo \
#        --spring.datasource.url='jdbc:h2:mem:scan;DB_CLOSE_DELAY=-1' --server.port=8095 &
#   scripts/security-scan.sh http://localhost:8095 demo offerbook-demo
#
# Writes target/wapiti/report.json and prints the findings; fails when one is rated medium or high. Vaadin pages are built by JavaScript, which wapiti does not run,
# so besides the pages it also starts from Vaadin's own requests for each route (v-r=init with a location and
# query), letting its modules tamper with the route and query parameters the server parses.
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-http://localhost:8080}
user=${2:-demo}
password=${3:-offerbook-demo}
command -v wapiti >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wapiti >/dev/null; }
out=target/wapiti
mkdir -p "$out"
jar=$(mktemp)
# The sign-in form needs the CSRF token its page carries (<meta name="_csrf">), like the browser's form.
token=$(curl -s -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*<meta name="_csrf" content="\([^"]*\)".*/\1/p' | head -1)
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$user" --data-urlencode "password=$password" \
  --data-urlencode "_csrf=$token" "$base/login"
session=$(awk '/JSESSIONID/ {print $7}' "$jar")
[[ $(curl -s -o /dev/null -w '%{http_code}' -b "JSESSIONID=$session" "$base/offers") == 200 ]] || { echo "Sign-in failed" >&2; exit 1; }
host=$(sed -E 's#^https?://([^:/]+).*#\1#' <<<"$base")
python3 - "$host" "$session" >"$out/cookies.json" <<'PY'
import json, sys
host, session = sys.argv[1], sys.argv[2]
print(json.dumps({host: {"/": {"JSESSIONID": {"value": session, "expires": None, "secure": False, "port": None, "version": 0}}}}))
PY
starts=()
for route in "offers" "offers/1" "offers/1/negotiate" "bands" "bands/1" "compare&query=offers%3D1%2C2" "rates" "account/data" "signup"; do
  starts+=(-s "$base/?v-r=init&location=$route")
done
for path in /login /signup /offers /offers/1 /bands /compare?offers=1,2; do
  starts+=(-s "$base$path")
done
wapiti -u "$base/" "${starts[@]}" -c "$out/cookies.json" --scope folder --flush-session --max-scan-time 1200 \
  -f json -o "$out/report.json" -v 1 >"$out/run.log" 2>&1 || true
python3 - "$out/report.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
levels = {"0": "info", "1": "low", "2": "medium", "3": "high"}
found = [(name, levels.get(str(v.get("level")), v.get("level")), v.get("info")) for name, vs in report["vulnerabilities"].items() for v in vs]
for name, level, info in found:
    print(f"{level:7} {name}: {info}")
serious = [f for f in found if f[1] in ("medium", "high")]
print(f"{len(found)} findings, {len(serious)} medium or high")
sys.exit(1 if serious else 0)
PY
