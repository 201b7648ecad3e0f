#!/bin/bash
# Signs in as USER on a running Offerbook at BASE and times, in one UI, N rounds of navigation to the dashboard, an
# offer page (offers/5) and the comparison, as the browser's client asks for them (one UIDL request each). Prints each
# request's total time (curl's time_total, seconds) and the size of its answer in bytes. Start the app first, e.g. the
# production jar with `--spring.profiles.active=bench,demo` for the heavy user `bench` / `offerbook-bench`.
#   scripts/bench/navigation-times.sh http://localhost:8080 bench offerbook-bench 3
set -uo pipefail
base=$1 user=$2 password=$3 n=${4:-4}
jar=$(mktemp)
csrf=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o '<meta name="_csrf" content="[^"]*"' | sed 's/.*content="\([^"]*\)"/\1/')
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$user" --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base/login"
key=$(curl -s -c "$jar" -b "$jar" "$base/?v-r=init&location=&query=" | grep -o '"Vaadin-Security-Key":"[^"]*"' | sed 's/.*:"\(.*\)"/\1/')
sync=0; c=0
for i in $(seq 1 $n); do
 for route in "" "offers/5" "compare"; do
  out=$(curl -s -c "$jar" -b "$jar" -H 'Content-Type: application/json; charset=UTF-8' -w '\nTIME %{time_total}' \
    --data "{\"csrfToken\":\"$key\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"$route\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":$c},\"trigger\":\"\"}}],\"syncId\":$sync,\"clientId\":$c}" \
    "$base/?v-r=uidl&v-uiId=0")
  c=$((c+1))
  sync=$(printf '%s' "$out" | grep -o '"syncId":[0-9]*' | tail -1 | cut -d: -f2)
  printf '%-10s %s %s\n' "/$route" "$(printf '%s' "$out" | grep -a '^TIME')" "$(printf '%s' "$out" | wc -c)"
 done
done
