#!/usr/bin/env bash
# Builds Hookscribe and runs its tests against a newer Qt than Debian 12's 6.4: Debian
# trixie's Qt (6.8) in a chroot made with debootstrap. The chroot is made once and kept
# (with its build folder, so later runs are incremental) outside the repository.
#
#   sudo scripts/check-newer-qt.sh [extra ctest arguments, e.g. -R tst_jobengine]
#
# Environment:
#   HOOKSCRIBE_NEWQT_SUITE   Debian suite (default trixie)
#   HOOKSCRIBE_NEWQT_ROOT    where the chroot lives (default /var/cache/hookscribe-<suite>;
#                            delete it to start over with the suite's current packages)
#   HOOKSCRIBE_NEWQT_MIRROR  Debian mirror (default http://deb.debian.org/debian)
#   HOOKSCRIBE_NEWQT_JOBS    build jobs (default 2)
#   HOOKSCRIBE_NEWQT_KEEP_GOING=1  build every target that can be built (ninja -k 0) and run
#                            the tests anyway; the summary still reports the build failure.
#   HOOKSCRIBE_NEWQT_FRESH=1 remove the build folder first (the chroot itself is kept)
# The source tree this script sits in, as it is on disk (uncommitted changes included), is
# bind-mounted read-only at /src; the build folder is /build/ci inside the chroot, configured
# like the ci preset (g++, RelWithDebInfo, warnings as errors). Needs root (uses sudo).
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
suite=${HOOKSCRIBE_NEWQT_SUITE:-trixie}
root=$(realpath -m "${HOOKSCRIBE_NEWQT_ROOT:-/var/cache/hookscribe-$suite}")
mirror=${HOOKSCRIBE_NEWQT_MIRROR:-http://deb.debian.org/debian}
jobs=${HOOKSCRIBE_NEWQT_JOBS:-2}

if [[ $(id -u) -ne 0 ]]; then
    exec sudo --preserve-env=HOOKSCRIBE_NEWQT_ROOT,HOOKSCRIBE_NEWQT_SUITE,HOOKSCRIBE_NEWQT_MIRROR,HOOKSCRIBE_NEWQT_JOBS,HOOKSCRIBE_NEWQT_KEEP_GOING,HOOKSCRIBE_NEWQT_FRESH "$0" "$@" </dev/null
fi
exec </dev/null
export DEBIAN_FRONTEND=noninteractive
started=$SECONDS
log() { printf '== [%4ds] %s\n' $((SECONDS - started)) "$*"; }

# One run at a time per chroot.
mkdir -p "$(dirname "$root")"
exec 9>"$root.lock"
flock -n 9 || { echo "Another check-newer-qt.sh run holds $root.lock" >&2; exit 1; }

mounted=()
cleanup() {
    # Stop what the tests may have left running inside the chroot (only processes whose
    # root directory is this chroot), then undo the mounts in reverse order.
    local p
    for p in /proc/[0-9]*; do
        [[ "$(readlink "$p/root" 2>/dev/null)" == "$root" ]] && kill -KILL "${p#/proc/}" 2>/dev/null
    done
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" || true
    done
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mnt() { # mnt <target inside root> <mount arguments...>
    local target="$root$1"; shift
    mkdir -p "$target"
    mountpoint -q "$target" && umount -l "$target" # left over from a killed run
    mount "$@" "$target"
    mounted+=("$target")
}

# 1. The chroot, made once. The marker is written last, so an interrupted debootstrap
#    is started again from scratch.
if [[ ! -e "$root/.hookscribe-bootstrapped" ]]; then
    command -v debootstrap >/dev/null || { apt-get update -qq; apt-get install -y -qq debootstrap; }
    log "Creating the $suite chroot in $root (debootstrap, a few minutes)"
    rm -rf "$root"
    debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$root.debootstrap.log" 2>&1 \
        || { tail -n 30 "$root.debootstrap.log" >&2; exit 1; }
    touch "$root/.hookscribe-bootstrapped"
fi
cp -L /etc/resolv.conf "$root/etc/resolv.conf"

mnt /proc -t proc proc
mnt /sys -t sysfs sysfs
mnt /dev --bind /dev
mnt /dev/pts --bind /dev/pts
mnt /src --bind "$src"
mount -o remount,bind,ro "$root/src"
in_root() {
    chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME=/root LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive "$@"
}

# 2. The build and test dependencies: exactly what scripts/deps.sh --test asks for (it
#    installs only what is missing, so this is quick once done).
log "Dependencies (scripts/deps.sh --test inside the chroot)"
in_root /src/scripts/deps.sh --test >"$root/var/log/hookscribe-deps.log" 2>&1 \
    || { tail -n 30 "$root/var/log/hookscribe-deps.log" >&2; exit 1; }

# shellcheck disable=SC2016 # dpkg-query's own ${Version}, not a shell expansion
qt=$(in_root dpkg-query -W -f='${Version}' qt6-base-dev)
gxx=$(in_root g++ -dumpfullversion)
log "Qt $qt, g++ $gxx, $(in_root cmake --version | head -n 1)"

# 3. Configure and build like the ci preset.
# A build folder made from another source tree (a copy of the repository, say) would keep
# objects newer than this tree's sources: start it over then.
if [[ -n "${HOOKSCRIBE_NEWQT_FRESH:-}" || "$(cat "$root/build/source" 2>/dev/null)" != "$src" ]]; then
    rm -rf "$root/build/ci"
fi
mkdir -p "$root/build" && echo "$src" >"$root/build/source"
log "Configure /build/ci (RelWithDebInfo, g++, warnings as errors)"
in_root cmake -S /src -B /build/ci -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=g++ -DHOOKSCRIBE_WERROR=ON -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
log "Build (-j$jobs)"
build_args=(cmake --build /build/ci "-j$jobs")
[[ -n "${HOOKSCRIBE_NEWQT_KEEP_GOING:-}" ]] && build_args+=(-- -k 0)
build_status=0
in_root "${build_args[@]}" 2>&1 | tee "$root/build/build.log" || build_status=$?
build_errors() { grep -E '^(FAILED:|.*error:)' "$root/build/build.log" | sort -u | head -n 20 || true; }
if [[ $build_status -ne 0 && -z "${HOOKSCRIBE_NEWQT_KEEP_GOING:-}" ]]; then
    echo; echo "==== BUILD FAILED against Qt $qt (log: $root/build/build.log) ===="
    build_errors
    exit 1
fi

# 4. The suite inside the private test session (D-Bus, unlocked gnome-keyring, offscreen).
log "Tests (scripts/test-session.sh ctest)"
test_status=0
in_root /src/scripts/test-session.sh ctest --test-dir /build/ci --output-on-failure \
    --timeout 300 "$@" 2>&1 | tee "$root/build/ctest.log" || test_status=$?

echo
echo "==== Summary: Hookscribe against Qt $qt (Debian $suite, g++ $gxx) ===="
if [[ $build_status -eq 0 ]]; then echo "Build:  OK (warnings as errors)"
else echo "Build:  FAILED (kept going; errors in $root/build/build.log):"
    build_errors
fi
echo "Tests:  $(grep -E 'tests passed' "$root/build/ctest.log" || echo 'no ctest summary')"
grep -A100 -E '^The following tests (FAILED|did not run)' "$root/build/ctest.log" || true
echo "Time:   $((SECONDS - started)) s"
[[ $build_status -eq 0 && $test_status -eq 0 ]]
