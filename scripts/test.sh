#!/usr/bin/env bash
# Sets up, builds and runs every test (the README's second command; .ci/run calls it).
# Tests run inside a private D-Bus session with gnome-keyring's Secret Service unlocked,
# so QtKeychain is exercised for real, and in a throwaway HOME so nothing of the user's
# keyring, settings or data is touched.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${HOOKSCRIBE_PRESET:-ci}"
scripts/deps.sh --test
cmake --preset "$preset"
cmake --build --preset "$preset"
exec scripts/test-session.sh ctest --preset "$preset" "$@"
