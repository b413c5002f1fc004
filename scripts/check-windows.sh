#!/usr/bin/env bash
# Windows, for real, on a Linux machine: builds Hookscribe for Windows with Debian's
# MinGW-w64 and the Qt of scripts/windows/toolchain.sh, runs the whole CTest suite under
# Wine, builds the NSIS installer and the zip, installs the installer silently, runs the
# installed programs (hookscribe.exe --version, hookscribe-cli.exe transcribe against the
# fake Soniox until the job completes by webhook, the window under Xvfb with a screenshot),
# uninstalls, and prints one summary.
#
#   scripts/check-windows.sh            # the first run builds the toolchain (about an hour)
#   scripts/check-windows.sh -R tst_x   # extra arguments go to ctest
#
# Environment: HOOKSCRIBE_WIN_JOBS (build jobs, default: cores), HOOKSCRIBE_WIN_CTEST_JOBS
# (tests at once, default 2), and those of toolchain.sh and wine-run.sh.
# Results: build/windows-mingw/check/ (test log, installer listing, installed-app.png).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
started=$SECONDS
build=$root/build/windows-mingw
check=$build/check
jobs=${HOOKSCRIBE_WIN_JOBS:-$(nproc)}
ctest_jobs=${HOOKSCRIBE_WIN_CTEST_JOBS:-2}
wine_run=$root/scripts/windows/wine-run.sh

section() { printf '\n===== [%4ds] %s =====\n' $((SECONDS - started)) "$*"; }
fail() {
    echo "check-windows.sh: FAILED: $*" >&2
    exit 1
}
exec </dev/null

sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"
apt_install() {
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$p")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0
    echo "Installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

section "Host packages"
# Wine (64-bit only: nothing of ours is 32-bit), NSIS for CPack, Windows-like fonts, and an
# X server with a window manager for the screenshot.
apt_install wine64 nsis fonts-wine g++-mingw-w64-x86-64-posix xvfb xauth openbox x11-utils \
    imagemagick xdotool
scripts/deps.sh --test

section "Toolchain (scripts/windows/toolchain.sh; cached)"
prefix=$(scripts/windows/toolchain.sh | tail -n 1)
[[ -f $prefix/bin/Qt6Core.dll ]] || fail "the toolchain has no Qt6Core.dll in $prefix/bin"
export HOOKSCRIBE_WIN_PREFIX=$prefix
echo "Windows prefix: $prefix"

section "The fake Soniox for Linux (preset ci, target fake-soniox)"
cmake --preset ci >/dev/null
cmake --build --preset ci -j"$jobs" --target fake-soniox >/dev/null
fake=$root/build/ci/tests/support/fake-soniox
[[ -x $fake ]] || fail "no $fake"

section "Build for Windows (preset windows-mingw: MinGW-w64, warnings as errors)"
cmake --preset windows-mingw >/dev/null
cmake --build --preset windows-mingw -j"$jobs"

# Every Wine process of this run shares one prefix of its own, made fresh.
rm -rf "$check"
mkdir -p "$check"
export WINEPREFIX=$check/wineprefix
export WINEDEBUG=-all
wineserver_stop() { WINEPREFIX=$WINEPREFIX /usr/lib/wine/wineserver64 -k 2>/dev/null || true; }
pids=()
cleanup() {
    local p
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    wineserver_stop
}
trap cleanup EXIT

section "Wine prefix $WINEPREFIX"
"$wine_run" wineboot -i >/dev/null 2>&1 || fail "wineboot"
# A crashing test must fail, not wait for someone to close Wine's crash dialog.
"$wine_run" reg add 'HKCU\Software\Wine\WineDbg' /v ShowCrashDialog /t REG_DWORD /d 0 /f \
    >/dev/null 2>&1
/usr/lib/wine/wineserver64 -w
"$wine_run" cmd /c ver 2>/dev/null | tr -d '\r' | grep -v '^$' || true

section "Tests under Wine (ctest --preset windows-mingw, offscreen platform)"
# Tests that cannot run under Wine for a reason that is Wine's, one line each:
#   <test name> <reason>
skip_file=$root/scripts/windows/wine-skips.txt
skips=()
while read -r name reason; do
    [[ -z $name || $name == \#* ]] && continue
    skips+=("$name")
done <"$skip_file"
exclude=""
((${#skips[@]})) && exclude="^($(
    IFS='|'
    echo "${skips[*]}"
))\$"
ctest_status=0
ctest --preset windows-mingw -j"$ctest_jobs" ${exclude:+-E "$exclude"} "$@" 2>&1 |
    tee "$check/ctest.log" || ctest_status=$?
# What a timed-out test left running in the prefix (a window it started, say) would keep
# `wineserver -w` below waiting: every process of the prefix ends here.
wineserver_stop
tests_line=$(grep -E 'tests passed' "$check/ctest.log" | tail -n 1 || true)
failed_list=$(sed -n '/^The following tests FAILED:/,$p' "$check/ctest.log" | tail -n +2 || true)

section "Installer and zip (cpack -G NSIS;ZIP)"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
out=$build/packages
rm -rf "$out"
(cd "$build" && cpack -G "NSIS;ZIP" -B "$out") >"$check/cpack.log" 2>&1 || {
    tail -n 40 "$check/cpack.log" >&2
    fail "cpack"
}
installer=$(ls "$out"/hookscribe-"$version"-*.exe)
zip=$(ls "$out"/hookscribe-"$version"-*.zip)
ls -l "$installer" "$zip"
python3 - "$zip" >"$check/zip-contents.txt" <<'EOF'
import sys, zipfile
for i in zipfile.ZipFile(sys.argv[1]).infolist():
    if not i.is_dir():
        print("%10d  %s" % (i.file_size, i.filename.split("/", 1)[1]))
EOF
for f in bin/hookscribe.exe bin/hookscribe-cli.exe bin/Qt6Core.dll bin/Qt6Widgets.dll \
    bin/Qt6Network.dll bin/Qt6Sql.dll bin/Qt6Svg.dll bin/libqt6keychain.dll bin/sqlite3.dll \
    bin/libstdc++-6.dll bin/libwinpthread-1.dll bin/qt.conf bin/plugins/platforms/qwindows.dll \
    bin/plugins/styles/qwindowsvistastyle.dll bin/plugins/sqldrivers/qsqlite.dll \
    bin/plugins/iconengines/qsvgicon.dll bin/plugins/tls/qschannelbackend.dll \
    bin/translations/qtbase_de.qm; do
    grep -q "  $f\$" "$check/zip-contents.txt" || fail "$f is not in the package"
done

# The installer goes into a Wine prefix of its own, as onto a machine that never ran the
# tests (they leave data, settings and credentials in theirs).
export WINEPREFIX=$check/install-prefix
section "Wine prefix $WINEPREFIX (for the installer)"
"$wine_run" wineboot -i >/dev/null 2>&1 || fail "wineboot"
/usr/lib/wine/wineserver64 -w

# The installed programs run with nothing of the build on their search path: what they
# need must be in the installation.
installed() { env -u WINEPATH /usr/lib/wine/wine64 "$@"; }
program_files=$WINEPREFIX/drive_c/Program\ Files/Hookscribe

section "Silent install ($(basename "$installer") /S)"
installed "$installer" /S >/dev/null 2>&1 || fail "the installer exited with $?"
/usr/lib/wine/wineserver64 -w
[[ -f $program_files/bin/hookscribe.exe ]] || fail "nothing installed in Program Files\\Hookscribe"
start_menu=$(find "$WINEPREFIX/drive_c" -path '*Start Menu/Programs/Hookscribe*' -print | head -n 1)
[[ -n $start_menu ]] || fail "no Start menu entry"
echo "installed: C:\\Program Files\\Hookscribe ($(find "$program_files" -type f | wc -l) files)"
echo "Start menu: ${start_menu#"$WINEPREFIX"/drive_c/}"

section "Installed hookscribe.exe --version"
gui_version=$(installed 'C:\Program Files\Hookscribe\bin\hookscribe.exe' --version 2>/dev/null |
    tr -d '\r') || fail "hookscribe.exe --version exited with $?"
echo "$gui_version"
grep -q "Hookscribe $version" <<<"$gui_version" || fail "hookscribe.exe --version does not say $version"

section "Installed hookscribe-cli.exe transcribe against the fake Soniox (Linux, loopback)"
work=$check/cli
mkdir -p "$work"
mkfifo "$work/fake.in"
"$fake" --port 0 --api-key k --exit-on-stdin-eof <"$work/fake.in" >"$work/fake.out" \
    2>"$work/fake.err" &
pids+=($!)
exec 3>"$work/fake.in"
api_base=""
for _ in $(seq 1 300); do
    api_base=$(head -n 1 "$work/fake.out" 2>/dev/null || true)
    [[ $api_base == http* ]] && break
    sleep 0.1
done
[[ $api_base == http* ]] || fail "the fake Soniox printed no URL"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 - "$work/talk.wav" <<'EOF'
import struct, sys
rate, seconds = 8000, 1
data = b"\0\0" * rate * seconds
with open(sys.argv[1], "wb") as f:
    f.write(b"RIFF" + struct.pack("<I", 36 + len(data)) + b"WAVEfmt ")
    f.write(struct.pack("<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16))
    f.write(b"data" + struct.pack("<I", len(data)) + data)
EOF
echo "\$ hookscribe-cli.exe transcribe talk.wav --api-base $api_base --public-url http://127.0.0.1:$port --listen 127.0.0.1:$port --json --format txt,srt --out OUT"
cli_status=0
SONIOX_API_KEY=k timeout 300 env -u WINEPATH /usr/lib/wine/wine64 \
    'C:\Program Files\Hookscribe\bin\hookscribe-cli.exe' transcribe "Z:${work//\//\\}\\talk.wav" \
    --api-base "$api_base" --public-url "http://127.0.0.1:$port" --listen "127.0.0.1:$port" \
    --poll-grace-ms 600000 --json --format txt,srt --out "Z:${work//\//\\}\\out" \
    >"$work/cli.jsonl" 2>"$work/cli.err" || cli_status=$?
tr -d '\r' <"$work/cli.jsonl" | grep -E '"event":"(state|webhook|exported|done)"' | cut -c1-200
[[ $cli_status -eq 0 ]] || {
    cat "$work/cli.err" >&2
    fail "hookscribe-cli.exe transcribe exited with $cli_status"
}
grep -q '"event":"webhook".*"verdict":"accepted"' "$work/cli.jsonl" ||
    fail "the job did not complete by webhook"
ls "$work/out"/*.txt "$work/out"/*.srt >/dev/null || fail "no exported transcript"
exec 3>&-

section "Installed hookscribe.exe under Xvfb (windowsvista style), screenshot"
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done
DISPLAY=$display openbox >/dev/null 2>&1 &
pids+=($!)
# Wine's desktop process picks its display driver when it starts: the one started by the
# steps above, without a display, would leave the window nowhere. A new session here.
wineserver_stop
/usr/lib/wine/wineserver64 -w 2>/dev/null || true
DISPLAY=$display SONIOX_API_KEY=k env -u WINEPATH /usr/lib/wine/wine64 \
    'C:\Program Files\Hookscribe\bin\hookscribe.exe' >"$check/gui.log" 2>&1 &
gui=$!
pids+=("$gui")
shown=""
for _ in $(seq 1 600); do # up to 60 s: Wine starts its own services the first time
    # Wine names its X windows with _NET_WM_NAME only, which xwininfo does not show.
    if DISPLAY=$display xdotool search --name '^Hookscribe' >/dev/null 2>&1; then
        shown=1
        break
    fi
    sleep 0.1
done
[[ -n $shown ]] || fail "the installed app showed no window"
# Wait until the window has been painted: two screenshots a moment apart are the same.
prev=""
for _ in $(seq 1 50); do
    DISPLAY=$display import -window root "$check/installed-app.png"
    sum=$(md5sum <"$check/installed-app.png")
    [[ $sum == "$prev" ]] && break
    prev=$sum
    sleep 0.3
done
echo "screenshot: $check/installed-app.png"
for w in $(DISPLAY=$display xdotool search --name 'Hookscribe' 2>/dev/null | head -n 3); do
    echo "window: $(DISPLAY=$display xdotool getwindowname "$w")"
done
kill "$gui" 2>/dev/null || true
wineserver_stop

section "Silent uninstall"
installed 'C:\Program Files\Hookscribe\Uninstall.exe' /S >/dev/null 2>&1 || fail "the uninstaller exited with $?"
/usr/lib/wine/wineserver64 -w
leftovers=$( (find "$program_files" 2>/dev/null; find "$WINEPREFIX/drive_c" -path '*Start Menu/Programs/Hookscribe*' 2>/dev/null) | head -n 5)
[[ -z $leftovers ]] || fail "left behind after uninstalling: $leftovers"
echo "nothing of Hookscribe is left in Program Files or the Start menu"

echo
echo "==== Summary: Hookscribe $version for Windows (MinGW-w64 $(x86_64-w64-mingw32-g++-posix -dumpversion), Qt $(sed -n 's/^QT_VERSION = //p' "$prefix/mkspecs/qconfig.pri"), $(/usr/lib/wine/wine64 --version)) ===="
echo "Tests:     ${tests_line:-no ctest summary}"
echo "Skipped:   ${#skips[@]} (scripts/windows/wine-skips.txt)"
grep -vE '^\s*(#|$)' "$skip_file" | sed 's/^/             /' || true
if [[ -n $failed_list ]]; then
    echo "Failed:"
    echo "$failed_list"
fi
echo "Installer: $(basename "$installer"), $(du -h "$installer" | cut -f1) ($(stat -c %s "$installer") bytes)"
echo "Zip:       $(basename "$zip"), $(du -h "$zip" | cut -f1); $(wc -l <"$check/zip-contents.txt") files: $(grep -c '\.dll$' "$check/zip-contents.txt") DLLs ($(grep -c 'plugins/' "$check/zip-contents.txt") plugins), $(grep -c '\.exe$' "$check/zip-contents.txt") programs, $(grep -c '\.qm$' "$check/zip-contents.txt") catalogues (list: $check/zip-contents.txt)"
echo "Installed: --version OK; CLI transcribe completed by webhook; window shown ($check/installed-app.png); uninstalled clean"
echo "Time:      $((SECONDS - started)) s"
[[ $ctest_status -eq 0 ]]
