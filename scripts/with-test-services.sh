#!/usr/bin/env bash
# Runs a command with a private D-Bus session and an unlocked gnome-keyring,
# so that storage tests talk to a real Secret Service and never to the
# developer's own keyring.  Meant to be called inside dbus-run-session.
set -euo pipefail

if command -v gnome-keyring-daemon >/dev/null 2>&1 && [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    keyring_home=$(mktemp -d)
    export XDG_DATA_HOME="$keyring_home/data"
    export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$keyring_home/run}"
    mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
    # An empty password (one newline) on stdin creates and unlocks the default
    # "login" collection.  Without it gnome-keyring answers "Prompt dismissed".
    eval "$(printf '\n' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
    export GNOME_KEYRING_CONTROL SECGUARD_TEST_SECRET_SERVICE=1
    trap 'rm -rf "$keyring_home"' EXIT
fi

"$@"
