#!/usr/bin/env bash
# The one test command, on a fresh machine or an old one: installs what the tests need where it
# can (idempotently), starts what needs starting, runs every test with `mvn -B verify`, and stops
# what it started. Arguments go to Maven, e.g. ./test.sh -pl sdk-core -am
#
# CI is passed through unchanged: under CI=true a test whose tool is still missing fails instead
# of skipping (sdk-diagnostics' RequiredTool), so a failed install below cannot end in a green build.
set -euo pipefail
cd "$(dirname "$0")"

# warn, install_package and at_exit (see scripts/test-lib.sh); the PostgreSQL cluster for the tests
source scripts/test-lib.sh
source scripts/test-postgres.sh

# SIPp (`sipp -v` exits 99, hence the command -v check): the real SIP peer of the SIP probe tests.
install_package sipp sip-tester

# --- TLS SIP peer -------------------------------------------------------------------------------
# Kamailio with its TLS module: the real SIP peer of the probe's TLS test. Not SIPp: Debian builds
# sip-tester without TLS (Build-Conflicts: libssl-dev; `sipp -v` shows no TLS), the Debian mirror
# serves no source tarballs to rebuild it, and trixie's TLS build (wolfSSL, needing trixie's libc)
# did not send its answer over TLS when tried. kamailio-tls-modules holds no command, so its module
# file is what is checked.
if ! compgen -G "/usr/lib/*/kamailio/modules/tls.so" >/dev/null || ! command -v kamailio >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    [ "$apt_updated" = true ] || { as_root apt-get update -qq || warn "apt-get update failed"; apt_updated=true; }
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        kamailio kamailio-tls-modules \
      || warn "could not install kamailio kamailio-tls-modules; the TLS probe test will skip (or fail under CI=true)"
  else
    warn "no apt-get to install Kamailio; the TLS probe test will skip (or fail under CI=true)"
  fi
fi
# ------------------------------------------------------------------------------------------------

# PostgreSQL (Debian package postgresql): a throwaway cluster for sdk-state-jdbc's tests and the
# multi-process test, stopped and deleted on exit; its URL reaches the tests as TRUNKLINE_TEST_PG_URL.
start_test_postgres || true

mvn -B verify "$@"

# The README's other command, the main example, must keep working too: run it exactly as written
# (only on a full run; with arguments the caller is iterating on part of the build).
if [ "$#" -eq 0 ]; then
  mvn -B -q -pl sdk-examples -am compile exec:java | tail -n 8   # pipefail keeps its exit status
  echo "test.sh: the main example (mvn -B -q -pl sdk-examples -am compile exec:java) ran successfully"
fi
