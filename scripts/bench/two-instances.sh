#!/usr/bin/env bash
# Two Offerbook instances on one PostgreSQL behind HAProxy (cookie-sticky sessions, loopback), the load harness's
# tabs and people in Chromium going through the proxy, one instance killed with SIGKILL half-way (TwoInstancesIT).
# Prints, and writes to target/bench/two-instances.md: round trips and failures per instance before and after the
# kill, offers shown as saved and lost. The build runs the same test small (10 tabs, 40 s) in `./mvnw verify`.
#
#   scripts/bench/two-instances.sh [tabs] [seconds]       (default 100 tabs, 120 s)
#
# Needs haproxy (Debian: apt-get install haproxy), Chromium, and PostgreSQL: OFFERBOOK_TEST_POSTGRES_URL with
# OFFERBOOK_DB_USER/OFFERBOOK_DB_PASSWORD, or else a throwaway server is started here as .ci/run does.
set -euo pipefail
cd "$(dirname "$0")/../.."
tabs=${1:-100}
seconds=${2:-120}
command -v haproxy >/dev/null || { echo "haproxy is not installed (apt-get install haproxy)" >&2; exit 1; }

if [[ -z ${OFFERBOOK_TEST_POSTGRES_URL:-} ]]; then
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  pg_data=$(mktemp -d /tmp/offerbook-two-pg.XXXXXX)
  pg_port=54339
  as_pg() { if [[ $(id -u) -eq 0 ]]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi; }
  [[ $(id -u) -eq 0 ]] && chown postgres "$pg_data"
  as_pg "'$pg_bin/initdb' -D '$pg_data' -U postgres --auth=trust -E UTF8 >/dev/null"
  as_pg "'$pg_bin/pg_ctl' -D '$pg_data' -l '$pg_data/server.log' -w \
    -o '-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_data' start >/dev/null"
  trap 'as_pg "\"$pg_bin/pg_ctl\" -D \"$pg_data\" -m fast stop" >/dev/null || true; rm -rf "$pg_data"' EXIT
  as_pg "'$pg_bin/psql' -h 127.0.0.1 -p $pg_port -U postgres -q -c \"create user offerbook password 'offerbook'\" \
    -c 'create database offerbook_two owner offerbook'"
  export OFFERBOOK_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$pg_port/offerbook_two"
  export OFFERBOOK_DB_USER=offerbook OFFERBOOK_DB_PASSWORD=offerbook
fi

./mvnw -B -q verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=TwoInstancesIT \
  -Dfailover.tabs="$tabs" -Dfailover.seconds="$seconds" -Dspotless.check.skip=true
cat target/bench/two-instances.md
