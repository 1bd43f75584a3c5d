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
    # On a loaded machine the daemon may not own its bus name yet when the
    # first test asks; D-Bus would then start a second, plain daemon with no
    # unlocked "login" collection and every Secret Service test would fail
    # with "Prompt dismissed".  Wait (without activating anything) until this
    # daemon owns the name and its login collection exists: up to 30 s, as a
    # machine busy with other work was seen to need more than 10 s.
    ready=no
    for _ in $(seq 1 300); do
        if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
                org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
                grep -q 'boolean true' &&
            dbus-send --session --print-reply --dest=org.freedesktop.secrets \
                /org/freedesktop/secrets/collection/login org.freedesktop.DBus.Properties.Get \
                string:org.freedesktop.Secret.Collection string:Locked 2>/dev/null |
                grep -q 'boolean false'; then
            ready=yes
            break
        fi
        sleep 0.1
    done
    if [ "$ready" = no ]; then
        echo "with-test-services: gnome-keyring's unlocked login collection did not appear" \
            "within 30 s; the Secret Service tests will fail (is the machine overloaded?)" >&2
    fi
    trap 'rm -rf "$keyring_home"' EXIT
fi

"$@"
