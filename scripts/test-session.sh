#!/usr/bin/env bash
# Runs a command inside a private test session: its own HOME and XDG folders, its own
# D-Bus session bus, gnome-keyring's Secret Service unlocked with a throwaway password,
# and the offscreen Qt platform.
set -euo pipefail
if [[ -z "${HOOKSCRIBE_IN_TEST_SESSION:-}" ]]; then
    session=$(mktemp -d "${TMPDIR:-/tmp}/hookscribe-test.XXXXXX")
    trap 'rm -rf "$session"' EXIT
    mkdir -p "$session/home" "$session/data" "$session/config" "$session/cache" "$session/run"
    chmod 700 "$session/run"
    export HOME="$session/home" XDG_DATA_HOME="$session/data" XDG_CONFIG_HOME="$session/config"
    export XDG_CACHE_HOME="$session/cache" XDG_RUNTIME_DIR="$session/run"
    export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
    export HOOKSCRIBE_IN_TEST_SESSION=1
    # dbus-run-session ends the bus and the keyring daemon with the command.
    dbus-run-session -- "$0" "$@"
    exit $?
fi
# Inside the bus: start the Secret Service and unlock a fresh login keyring.
eval "$(printf 'hookscribe-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
exec "$@"
