# Helpers shared by test.sh and scripts/test-postgres.sh (sourced, never run): warnings, installing
# Debian packages idempotently, and undoing what was started when the script exits.

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
