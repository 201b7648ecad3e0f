#!/bin/bash
# Signs in as USER on a running Offerbook at BASE and prints the size of the answer to the dashboard's navigation
# (the JSON Vaadin keeps per UI until the browser's next message) and whether it holds characters beyond Latin-1
# (then Java stores it at two bytes a character). Usage: scripts/bench/dashboard-answer.sh BASE USER PASSWORD [ROUTE]
# e.g. scripts/bench/dashboard-answer.sh http://localhost:8080 demo offerbook-demo
set -euo pipefail
base=$1 user=$2 password=$3 route=${4:-}
jar=$(mktemp) out=$(mktemp)
trap 'rm -f "$jar" "$out"' EXIT
csrf=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o '<meta name="_csrf" content="[^"]*"' | sed 's/.*content="\([^"]*\)"/\1/')
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$user" --data-urlencode "password=$password" \
    --data-urlencode "_csrf=$csrf" "$base/login"
key=$(curl -s -c "$jar" -b "$jar" "$base/?v-r=init&location=&query=" \
    | grep -o '"Vaadin-Security-Key":"[^"]*"' | sed 's/.*:"\(.*\)"/\1/')
curl -s -c "$jar" -b "$jar" -H 'Content-Type: application/json; charset=UTF-8' \
    --data "{\"csrfToken\":\"$key\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"$route\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}" \
    "$base/?v-r=uidl&v-uiId=0" > "$out"
python3 -c "
import sys; s=open(sys.argv[1], encoding='utf-8').read()
wide=[c for c in s if ord(c) > 255]
print(f'{len(s)} characters; beyond Latin-1: {len(wide)} {\"\".join(wide[:10])!r}')" "$out"
