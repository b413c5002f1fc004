#!/usr/bin/env bash
# Sets up, builds and starts Hookscribe (the README's first command).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake --preset release
cmake --build --preset release
exec build/release/app/hookscribe "$@"
