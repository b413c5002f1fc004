#!/usr/bin/env bash
# Runs a program of the Windows build under Wine: ctest's emulator for the windows-mingw
# preset (CMAKE_CROSSCOMPILING_EMULATOR), so `ctest --preset windows-mingw` runs every test
# under Wine, and check-windows.sh's way to start the built and installed programs.
#
#   scripts/windows/wine-run.sh PROGRAM.exe [ARGS...]
#   scripts/windows/wine-run.sh --qtest TEST.exe [ARGS...]
#
# A Qt program's standard output does not reach a pipe under Wine (a plain C program's
# does), so with --qtest, which ctest uses, the test writes its log to a file (QtTest's
# "-o file,txt") that is printed afterwards; the exit code is the test's.
#
# The DLLs of the build tree come from the toolchain's prefix (Qt, QtKeychain, SQLite) and
# from MinGW's runtime folders, through WINEPATH; an installed program carries its own.
# Environment: WINEPREFIX (default ~/.local/share/hookscribe-wine), HOOKSCRIBE_WIN_PREFIX
# (default /var/cache/hookscribe-win/prefix), WINEDEBUG (default: quiet).
set -euo pipefail
wine=${HOOKSCRIBE_WINE:-/usr/lib/wine/wine64}
prefix=${HOOKSCRIBE_WIN_PREFIX:-/var/cache/hookscribe-win/prefix}
export WINEPREFIX=${WINEPREFIX:-$HOME/.local/share/hookscribe-wine}
export WINEDEBUG=${WINEDEBUG:--all}
# No Mono or Gecko install dialogs in a new prefix: nothing here needs .NET or a browser.
export WINEDLLOVERRIDES=${WINEDLLOVERRIDES:-mscoree,mshtml=}
export WINEARCH=win64

dirs=("$prefix/bin")
for dll in libstdc++-6.dll libwinpthread-1.dll; do
    path=$(x86_64-w64-mingw32-g++-posix -print-file-name="$dll")
    [[ -f $path ]] && dirs+=("$(dirname "$(realpath "$path")")")
done
winepath=""
for d in "${dirs[@]}"; do
    winepath+="Z:${d//\//\\};"
done
export WINEPATH="$winepath${WINEPATH:-}"
# Wine keeps the host's QT_* variables from Windows programs (it renames them WINE_HOST_QT_*,
# as Linux Qt settings would mislead a Windows Qt); WINEQT_X reaches them as QT_X. So the
# QT_QPA_PLATFORM=offscreen and QT_LOGGING_RULES ctest sets for every test get there.
for name in $(compgen -e); do
    if [[ $name == QT_* ]]; then export "WINE$name=${!name}"; fi
done
if [[ ${1:-} != --qtest ]]; then
    exec "$wine" "$@"
fi
shift
log=$(mktemp "${TMPDIR:-/tmp}/hookscribe-qtest.XXXXXX.txt")
trap 'rm -f "$log"' EXIT
status=0
"$wine" "$@" -o "Z:${log//\//\\},txt" || status=$?
tr -d '\r' <"$log"
exit "$status"
