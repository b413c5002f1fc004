#!/usr/bin/env bash
# Installs what Hookscribe needs to build, test and run on Debian 12 / Ubuntu 24.04.
# Asks apt only for what is missing; uses sudo only when not already root.
set -euo pipefail

packages=(
    cmake ninja-build g++ clang
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
    qtkeychain-qt6-dev qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools
    libqt6sql6-sqlite qt6-qpa-plugins libsecret-1-0
    # Qt's own catalogues (qtbase_de.qm: the dialogs' standard buttons in the chosen language).
    qt6-translations-l10n
)
if [[ "${1:-}" == "--test" ]]; then
    # The test session: a private D-Bus with gnome-keyring's Secret Service, and Xvfb.
    # python3: scripts/check-windows.sh's helpers (the zip's listing, a free port, a WAV).
    # The tests themselves need no Python (the tunnel stand-ins are built with them).
    packages+=(dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth python3)
fi
if [[ "${1:-}" == "--sanitize" ]]; then
    # The sanitizer runtimes are only a recommendation of clang, and we install without those.
    packages+=(dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth libclang-rt-dev)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo=""
if [[ $(id -u) -ne 0 ]]; then
    sudo="sudo"
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
