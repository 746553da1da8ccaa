#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (Secret Service),
# in a throw-away HOME, so QtKeychain tests never touch the real user's keyring.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/data" "$tmp/run"
chmod 700 "$tmp/run"
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/run"
exec dbus-run-session -- bash -c '
  echo -n hearth-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  exec "$@"' _ "$@"
