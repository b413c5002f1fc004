#!/usr/bin/env bash
# Builds the Linux packages (.deb and .tar.gz) with the `package` preset (Release, no tests,
# installed under /usr) and validates the desktop file and the AppStream metadata.
#
#   scripts/package.sh           build the packages into build/package/packages/
#   scripts/package.sh --check   also install the .deb on this machine (apt resolves its
#                                dependencies) and run the installed hookscribe --version, a
#                                second hookscribe start (must hand over to the first) and
#                                hookscribe-cli transcribe against the fake Soniox
#
# Uses apt-get (through sudo when not root) only for what is missing. .ci/run calls it with
# --check after scripts/test.sh, so the fake Soniox of the ci preset is normally built already.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

check=0
case "${1:-}" in
--check) check=1 ;;
"") ;;
*)
    echo "usage: scripts/package.sh [--check]" >&2
    exit 2
    ;;
esac

section() { printf '\n===== %s =====\n' "$*"; }
fail() {
    echo "package.sh: FAILED: $*" >&2
    exit 1
}

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
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

section "Dependencies"
scripts/deps.sh
# dpkg-shlibdeps (dpkg-dev) and file for CPack's DEB generator; the two validators.
apt_install dpkg-dev file desktop-file-utils appstream

section "Configure and build (preset: package)"
cmake --preset package
cmake --build --preset package -j2
build="$root/build/package"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[[ -n "$version" ]] || fail "no project version in $build/CMakeCache.txt"
echo "Hookscribe version: $version"

section "Packages (cpack -G DEB and TGZ)"
out="$build/packages"
rm -rf "$out"
(cd "$build" && cpack -G "DEB;TGZ" -B "$out")
deb=$(ls "$out"/hookscribe_"$version"_*.deb)
tgz=$(ls "$out"/hookscribe-"$version"-*.tar.gz)
ls -l "$deb" "$tgz"

section "Validate the desktop file and the AppStream metadata"
desktop=packaging/linux/org.hookscribe.Hookscribe.desktop
metainfo=packaging/linux/org.hookscribe.Hookscribe.metainfo.xml
echo "\$ desktop-file-validate $desktop"
desktop-file-validate "$desktop" || fail "desktop-file-validate"
echo "desktop-file-validate: OK"
echo "\$ appstreamcli validate --no-net $metainfo"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate"

section "Package information (dpkg-deb -I)"
dpkg-deb -I "$deb"
for dep in libsecret-1-0 libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 libqt6keychain1; do
    dpkg-deb -f "$deb" Depends | grep -q "$dep" || fail "the .deb does not depend on $dep"
done

section "Package contents (dpkg-deb -c)"
dpkg-deb -c "$deb"
for f in ./usr/bin/hookscribe ./usr/bin/hookscribe-cli \
    ./usr/share/applications/org.hookscribe.Hookscribe.desktop \
    ./usr/share/metainfo/org.hookscribe.Hookscribe.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/org.hookscribe.Hookscribe.svg \
    ./usr/share/icons/hicolor/256x256/apps/org.hookscribe.Hookscribe.png; do
    dpkg-deb -c "$deb" | awk '{print $6}' | grep -qx "$f" || fail "$f is not in the .deb"
done
# The .deb uses the distribution's Qt: no $ORIGIN library search path in /usr/bin.
staged=$(mktemp -d)
dpkg-deb -x "$deb" "$staged"
if readelf -d "$staged/usr/bin/hookscribe" "$staged/usr/bin/hookscribe-cli" | grep -E "RPATH|RUNPATH"; then
    rm -rf "$staged"
    fail "the installed binaries carry a library search path"
fi
rm -rf "$staged"

if [[ $check -eq 0 ]]; then
    section "Done: packages in $out"
    exit 0
fi

section "Install the .deb (apt-get install ./$(basename "$deb"))"
export DEBIAN_FRONTEND=noninteractive
# apt needs a path that looks like one to take a local file; --reinstall so a run after a
# run installs this build again.
(cd "$out" && $sudo apt-get install -y -q --reinstall --no-install-recommends "./$(basename "$deb")")
dpkg-query -W -f='${Package} ${Version} ${Status}\n' hookscribe
[[ $(dpkg-query -W -f='${Version}' hookscribe) == "$version" ]] || fail "installed version differs"
echo "\$ desktop-file-validate /usr/share/applications/org.hookscribe.Hookscribe.desktop"
desktop-file-validate /usr/share/applications/org.hookscribe.Hookscribe.desktop ||
    fail "installed desktop file"
echo "desktop-file-validate: OK"
echo "\$ appstreamcli validate --no-net /usr/share/metainfo/org.hookscribe.Hookscribe.metainfo.xml"
appstreamcli validate --no-net /usr/share/metainfo/org.hookscribe.Hookscribe.metainfo.xml ||
    fail "installed metainfo"

# Everything the installed programs write goes to a throwaway HOME.
work=$(mktemp -d "${TMPDIR:-/tmp}/hookscribe-package.XXXXXX")
fake_pid=""
gui_pid=""
cleanup() {
    [[ -n "$fake_pid" ]] && kill "$fake_pid" 2>/dev/null || true
    [[ -n "$gui_pid" ]] && kill "$gui_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/home" "$work/config" "$work/data" "$work/cache" "$work/run" "$work/out"
chmod 700 "$work/run"
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export XDG_CACHE_HOME="$work/cache" XDG_RUNTIME_DIR="$work/run"

section "Installed hookscribe --version (offscreen)"
gui_version=$(QT_QPA_PLATFORM=offscreen timeout 60 /usr/bin/hookscribe --version </dev/null) ||
    fail "hookscribe --version exited with $?"
echo "$gui_version"
grep -q "$version" <<<"$gui_version" || fail "hookscribe --version does not say $version"
cli_version=$(timeout 60 /usr/bin/hookscribe-cli --version </dev/null) ||
    fail "hookscribe-cli --version exited with $?"
echo "$cli_version"
grep -q "$version" <<<"$cli_version" || fail "hookscribe-cli --version does not say $version"

section "Installed hookscribe: a second start hands over to the running one (offscreen)"
# No files are handed over, so the running copy has nothing to upload anywhere. Its own
# TMPDIR lets the script see the single-instance socket appear.
mkdir -p "$work/tmp"
TMPDIR="$work/tmp" QT_QPA_PLATFORM=offscreen /usr/bin/hookscribe </dev/null >"$work/gui.log" 2>&1 &
gui_pid=$!
socket=""
for _ in $(seq 1 300); do # up to 30 s
    socket=$(find "$work/tmp" -maxdepth 1 -type s -name 'hookscribe-*' | head -n1)
    [[ -n "$socket" ]] && break
    kill -0 "$gui_pid" 2>/dev/null || break
    sleep 0.1
done
[[ -n "$socket" ]] || {
    cat "$work/gui.log" >&2
    fail "the first hookscribe did not start listening for other instances"
}
echo "first instance (pid $gui_pid) listens at $socket"
rc=0
TMPDIR="$work/tmp" QT_QPA_PLATFORM=offscreen timeout 60 /usr/bin/hookscribe </dev/null || rc=$?
[[ $rc -eq 0 ]] || fail "the second hookscribe exited with $rc instead of handing over"
kill -0 "$gui_pid" 2>/dev/null || fail "the first hookscribe is gone"
for _ in $(seq 1 100); do
    grep -q "another instance was started" "$work/gui.log" && break
    sleep 0.1
done
grep "another instance was started" "$work/gui.log" || {
    cat "$work/gui.log" >&2
    fail "the first hookscribe did not hear from the second"
}
kill "$gui_pid"
wait "$gui_pid" 2>/dev/null || true
gui_pid=""
echo "second start handed over and ended; the first one heard it"

section "Installed hookscribe-cli transcribe against the fake Soniox"
fake="$root/build/ci/tests/support/fake-soniox"
if [[ ! -x "$fake" ]]; then
    echo "Building the fake Soniox (preset ci, target fake-soniox)"
    scripts/deps.sh --test
    cmake --preset ci
    cmake --build --preset ci -j2 --target fake-soniox
fi
# The fake quits when its stdin closes: a FIFO whose only writer is this script, so it
# also goes when the script is killed.
mkfifo "$work/fake.in"
"$fake" --port 0 --api-key k --exit-on-stdin-eof <"$work/fake.in" >"$work/fake.out" \
    2>"$work/fake.err" &
fake_pid=$!
exec 3>"$work/fake.in"
api_base=""
for _ in $(seq 1 300); do # up to 30 s for the first line
    api_base=$(head -n1 "$work/fake.out" 2>/dev/null || true)
    [[ "$api_base" == http* ]] && break
    kill -0 "$fake_pid" 2>/dev/null || break
    sleep 0.1
done
[[ "$api_base" == http* ]] || {
    cat "$work/fake.err" >&2
    fail "the fake Soniox printed no URL"
}
echo "fake Soniox at $api_base"

# A small valid WAV file: 1 s of silence, 8 kHz, 16-bit mono.
audio="$work/package check.wav"
{
    printf 'RIFF'
    printf '\x24\x3e\x00\x00' # 36 + 16000
    printf 'WAVEfmt '
    printf '\x10\x00\x00\x00\x01\x00\x01\x00' # fmt size 16, PCM, mono
    printf '\x40\x1f\x00\x00\x80\x3e\x00\x00' # 8000 Hz, 16000 bytes/s
    printf '\x02\x00\x10\x00'                 # block align 2, 16 bits
    printf 'data'
    printf '\x80\x3e\x00\x00'
    head -c 16000 /dev/zero
} >"$audio"

echo "\$ hookscribe-cli transcribe '$(basename "$audio")' --api-base $api_base --format txt --out OUT"
rc=0
SONIOX_API_KEY=k timeout 300 /usr/bin/hookscribe-cli transcribe "$audio" \
    --api-base "$api_base" --data-dir "$work/data/hookscribe" --listen 127.0.0.1:0 \
    --format txt --out "$work/out" </dev/null || rc=$?
[[ $rc -eq 0 ]] || {
    cat "$work/fake.err" >&2
    fail "hookscribe-cli transcribe exited with $rc"
}
ls -l "$work/out"
transcript=$(find "$work/out" -name '*.txt' | head -n1)
[[ -n "$transcript" && -s "$transcript" ]] || fail "no transcript was written to the output folder"
echo "transcript $(basename "$transcript"):"
head -c 400 "$transcript"
echo

section "Package check passed: hookscribe $version ($(basename "$deb"), $(basename "$tgz"))"
