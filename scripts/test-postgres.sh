#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests and the fleet benchmark: installs Debian's
# `postgresql` when no server binaries are found, initialises a cluster in a temporary directory,
# starts it on a free loopback port (as a non-root user: postgres refuses to run as root) and
# exports where it is:
#   TRUNKLINE_TEST_PG_URL   jdbc:postgresql://127.0.0.1:<port>/trunkline
#   TRUNKLINE_TEST_PG_USER  the cluster's superuser (trust authentication on loopback only)
#
# Sourced by test.sh, which stops and deletes the cluster through its at_exit mechanism. Run on its
# own, it wraps one command and cleans up after it:
#   scripts/test-postgres.sh mvn -B -q -pl sdk-bench -am package -DskipTests -Dbench
# An already exported TRUNKLINE_TEST_PG_URL is reused as it is (nothing is started).

# Prints the newest server bin directory (initdb, pg_ctl, postgres), or nothing.
pg_bindir() {
  local initdb
  initdb=$(command -v initdb 2>/dev/null || true)
  if [ -n "$initdb" ]; then dirname "$(readlink -f "$initdb")"; return 0; fi
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

# start_test_postgres: sets up the cluster and exports its URL; registers the stop with at_exit
# (defined by the caller). Returns non-zero, with a warning, when no server can be had.
start_test_postgres() {
  if [ -n "${TRUNKLINE_TEST_PG_URL:-}" ]; then return 0; fi
  local bin
  bin=$(pg_bindir)
  if [ -z "$bin" ]; then
    install_package initdb postgresql   # Debian puts the binaries under /usr/lib/postgresql/<v>/bin
    bin=$(pg_bindir)
  fi
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    warn "no PostgreSQL server binaries; tests needing PostgreSQL will skip (or fail under CI=true)"
    return 1
  fi
  local run_as=() owner
  owner=$(id -un)
  if [ "$(id -u)" -eq 0 ]; then
    owner=postgres
    id "$owner" >/dev/null 2>&1 || owner=nobody
    run_as=(runuser -u "$owner" --)
  fi
  local dir
  dir=$(mktemp -d "${TMPDIR:-/tmp}/trunkline-pg.XXXXXX")
  chown "$owner" "$dir"
  if ! "${run_as[@]}" "$bin/initdb" -D "$dir/data" -U trunkline --auth=trust -E UTF8 --no-sync >"$dir/initdb.log" 2>&1; then
    warn "initdb failed (see below); tests needing PostgreSQL will skip (or fail under CI=true)"
    cat "$dir/initdb.log" >&2
    rm -rf "$dir"
    return 1
  fi
  local port attempt
  for attempt in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 30000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue   # taken
    if "${run_as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" >/dev/null; then
      at_exit rm -rf "$dir"
      at_exit "${run_as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop
      "${run_as[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U trunkline trunkline
      export TRUNKLINE_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$port/trunkline"
      export TRUNKLINE_TEST_PG_USER=trunkline
      echo "test.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port for the tests ($dir)"
      return 0
    fi
  done
  warn "PostgreSQL did not start (see below); tests needing it will skip (or fail under CI=true)"
  cat "$dir/server.log" >&2 || true
  rm -rf "$dir"
  return 1
}

# Run on its own: wrap one command.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  source "$(dirname "$0")/test-lib.sh"
  start_test_postgres
  "$@"
fi
