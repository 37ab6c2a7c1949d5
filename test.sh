#!/usr/bin/env bash
# The one test command, on a fresh machine or an old one: installs what the tests need where it
# can (idempotently), starts what needs starting, runs every test with `mvn -B verify`, and stops
# what it started. Arguments go to Maven, e.g. ./test.sh -pl sdk-core -am
#
# CI is passed through unchanged: under CI=true a test whose tool is still missing fails instead
# of skipping (sdk-diagnostics' RequiredTool), so a failed install below cannot end in a green build.
set -euo pipefail
cd "$(dirname "$0")"

warn() { echo "test.sh: warning: $*" >&2; }

# apt-get as root, or through sudo when it needs no password; fails when neither is possible.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo -n "$@"
  else return 1
  fi
}

# install_package COMMAND PACKAGE: installs the Debian PACKAGE unless COMMAND is already on PATH.
apt_updated=false
install_package() {
  command -v "$1" >/dev/null 2>&1 && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    warn "no apt-get to install $2; tests needing $1 will skip (or fail under CI=true)"
    return 0
  fi
  if [ "$apt_updated" = false ]; then
    as_root apt-get update -qq || warn "apt-get update failed"
    apt_updated=true
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" \
    || warn "could not install $2; tests needing $1 will skip (or fail under CI=true)"
}

# Commands undoing what this script started, run in reverse order on exit (even on failure).
# A service adds itself with: start it && at_exit <command that stops it>
undo=()
at_exit() { undo+=("$(printf '%q ' "$@")"); }
run_undo() {
  local i
  for ((i = ${#undo[@]} - 1; i >= 0; i--)); do eval "${undo[i]}" || warn "could not run: ${undo[i]}"; done
}
trap run_undo EXIT

# SIPp (`sipp -v` exits 99, hence the command -v check): the real SIP peer of the SIP probe tests.
install_package sipp sip-tester

mvn -B verify "$@"

# The README's other command, the main example, must keep working too: run it exactly as written
# (only on a full run; with arguments the caller is iterating on part of the build).
if [ "$#" -eq 0 ]; then
  mvn -B -q -pl sdk-examples -am compile exec:java | tail -n 8   # pipefail keeps its exit status
  echo "test.sh: the main example (mvn -B -q -pl sdk-examples -am compile exec:java) ran successfully"
fi
