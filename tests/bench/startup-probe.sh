#!/usr/bin/env bash
# Start-up probe for scripts/bench.sh, measured from outside the app: starts the GUI (on the
# X display in $DISPLAY, inside scripts/test-session.sh), polls the X server until a
# Hookscribe top-level window is viewable, then samples the idle RSS 3 s later.
# Prints "startup_ms <ms>" and "idle_rss_mb <MB>".
set -euo pipefail
app=$1
start=$(date +%s%N)
"$app" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
shown=""
for _ in $(seq 2000); do
    if xwininfo -root -children 2>/dev/null | grep -o '^ *0x[0-9a-f]* "[^"]*Hookscribe[^"]*"' |
        awk '{print $1}' | while read -r id; do
            xwininfo -id "$id" 2>/dev/null | grep -q 'Map State: IsViewable' && echo yes && break
        done | grep -q yes; then
        shown=$(date +%s%N)
        break
    fi
    sleep 0.005
done
[[ -n "$shown" ]] || { echo "startup-probe: no window within 10 s" >&2; exit 1; }
echo "startup_ms $(( (shown - start) / 1000000 ))"
sleep 3
awk '/VmRSS/ {printf "idle_rss_mb %.1f\n", $2/1024}' "/proc/$pid/status"
