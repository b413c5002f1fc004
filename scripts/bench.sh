#!/usr/bin/env bash
# Runs every benchmark of tests/bench next to its alternative on this machine and prints
# one table: figure, alternative, ratio, target, met? (README "Performance").
#
#   scripts/bench.sh [--no-build] [--quick]
#
# Builds the bench executables, the fake Soniox and the GUI (Release) in build/bench, then:
#  1. webhook receiver under wrk (32 connections, 10 s) — duplicates and bad tokens, next to
#     a plain QHttpServer route (plain_receiver), the FastAPI/uvicorn reference receiver and
#     nginx answering a fixed 200;
#  2. upload of a 1 GiB sparse file to fake-soniox, next to curl -F, and to upload_sink; then
#     to upload_sink across a veth pair into a network namespace shaped with tc to 1 Gbit/s
#     and to 100 Mbit/s (made and removed here; needs root and iproute2);
#  3./4. webhook → state → table row latency, a 1,000-webhook burst (also with 10,000
#     finished jobs in the store), a 10,000-job store;
#  5. GUI start-up to the first window under Xvfb, and idle RSS.
# Needs: wrk nginx python3-uvicorn python3-fastapi python3-pydantic xvfb x11-utils curl time.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=build/bench
duration=10s
for arg in "$@"; do
    case "$arg" in
    --no-build) nobuild=1 ;;
    --quick) duration=3s ;;
    *) echo "usage: $0 [--no-build] [--quick]" >&2; exit 2 ;;
    esac
done
for tool in wrk nginx curl Xvfb xwininfo /usr/bin/python3 /usr/bin/time ip tc; do
    command -v "$tool" >/dev/null || { echo "bench.sh: $tool is missing" >&2; exit 1; }
done
if [[ -z "${nobuild:-}" ]]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$build" -j2 --target bench_receiver plain_receiver bench_upload bench_flow \
        upload_sink fake-soniox hookscribe >/dev/null
fi
bin=$build/tests/bench
fake=$build/tests/support/fake-soniox
tmp=$(mktemp -d "${TMPDIR:-/tmp}/hookscribe-bench.XXXXXX")
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT

free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_port() { # port
    for _ in $(seq 200); do
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
        sleep 0.05
    done
    echo "bench.sh: nothing listens on port $1" >&2; return 1
}
# wrk against URL with the webhook script; prints "rps p50_ms p99_ms".
run_wrk() { # url
    wrk -t2 -c32 -d"$duration" --latency -s tests/bench/reference/webhook.lua "$1" 2>&1 |
        awk '/^BENCH/ { printf "%.0f %.2f %.2f\n", $3, $5/1000, $7/1000 }'
}
declare -A R # results: key → value
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# --- 1. Webhook receiver -----------------------------------------------------------------
mkfifo "$tmp/recv.in"
"$bin/bench_receiver" --out "$tmp/recv.info" <"$tmp/recv.in" 2>"$tmp/recv.log" &
pids+=($!)
exec 7>"$tmp/recv.in" # keeps its stdin open; closing it ends the receiver
for _ in $(seq 100); do [[ -s "$tmp/recv.info" ]] && break; sleep 0.1; done
port=$(sed -n 1p "$tmp/recv.info")
export BENCH_JOB BENCH_TOKEN BENCH_TRANSCRIPTION
BENCH_JOB=$(sed -n 2p "$tmp/recv.info")
BENCH_TRANSCRIPTION=$(sed -n 4p "$tmp/recv.info")
good_token=$(sed -n 3p "$tmp/recv.info")
bad_token=$(printf 'x%.0s' $(seq 43))

BENCH_TOKEN=$good_token
read -r R[ours_dup_rps] R[ours_dup_p50] R[ours_dup_p99] < <(run_wrk "http://127.0.0.1:$port/")
BENCH_TOKEN=$bad_token
read -r R[ours_bad_rps] R[ours_bad_p50] R[ours_bad_p99] < <(run_wrk "http://127.0.0.1:$port/")
exec 7>&-

# A plain QHttpServer route (header check and JSON parse, no guard, no engine).
mkfifo "$tmp/plain.in"
BENCH_TOKEN=$good_token "$bin/plain_receiver" <"$tmp/plain.in" >"$tmp/plain.out" 2>"$tmp/plain.log" &
pids+=($!)
exec 6>"$tmp/plain.in"
for _ in $(seq 100); do [[ -s "$tmp/plain.out" ]] && break; sleep 0.1; done
plain_port=$(head -1 "$tmp/plain.out")
BENCH_TOKEN=$good_token
read -r R[plain_dup_rps] R[plain_dup_p50] R[plain_dup_p99] < <(run_wrk "http://127.0.0.1:$plain_port/")
BENCH_TOKEN=$bad_token
read -r R[plain_bad_rps] R[plain_bad_p50] R[plain_bad_p99] < <(run_wrk "http://127.0.0.1:$plain_port/")
exec 6>&-

ref_port=$(free_port)
(cd tests/bench/reference && BENCH_TOKEN=$good_token exec /usr/bin/python3 -m uvicorn receiver:app \
    --host 127.0.0.1 --port "$ref_port" --workers 1 --no-access-log --log-level warning) \
    2>"$tmp/ref.log" &
pids+=($!)
wait_port "$ref_port"
BENCH_TOKEN=$good_token
read -r R[ref_dup_rps] R[ref_dup_p50] R[ref_dup_p99] < <(run_wrk "http://127.0.0.1:$ref_port/")
BENCH_TOKEN=$bad_token
read -r R[ref_bad_rps] R[ref_bad_p50] R[ref_bad_p99] < <(run_wrk "http://127.0.0.1:$ref_port/")
kill "${pids[-1]}"

nginx_port=$(free_port)
mkdir -p "$tmp/nginx/tmp"
sed "s/BENCH_PORT/$nginx_port/" tests/bench/reference/nginx.conf >"$tmp/nginx/nginx.conf"
nginx -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf" -g 'daemon off;' 2>"$tmp/nginx.log" &
pids+=($!)
wait_port "$nginx_port"
BENCH_TOKEN=$good_token
read -r R[nginx_rps] R[nginx_p50] R[nginx_p99] < <(run_wrk "http://127.0.0.1:$nginx_port/")
kill "${pids[-1]}"

# --- 2. Upload of 1 GiB ------------------------------------------------------------------
truncate -s 1G "$tmp/big.wav"
mkfifo "$tmp/fake.in"
# Every round stores another GiB and nothing is deleted: far past the account's 10 GB.
"$fake" --port 0 --max-file-size 2147483648 --max-storage-bytes 1099511627776 \
    --exit-on-stdin-eof <"$tmp/fake.in" >"$tmp/fake.out" 2>"$tmp/fake.log" &
pids+=($!)
exec 8>"$tmp/fake.in"
for _ in $(seq 100); do [[ -s "$tmp/fake.out" ]] && break; sleep 0.1; done
fake_url=$(head -1 "$tmp/fake.out")
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
curl_upload() { # extra curl options...; prints elapsed ms, leaves /usr/bin/time's report
    local start
    start=$(date +%s%N)
    /usr/bin/time -v -o "$tmp/curl.time" curl -sS -o /dev/null -H 'Authorization: Bearer k' \
        "$@" -F "file=@$tmp/big.wav" "$fake_url/v1/files"
    echo $(( ($(date +%s%N) - start) / 1000000 ))
}
# One untimed upload warms the page cache and both programs; then five rounds, each client
# once per round, and the medians. Each upload starts once the fake is idle. The fake
# streams upload bodies and answers "100 Continue" at once (until it did, it buffered each
# body whole and set the pace for either client); curl is still timed with and without
# the Expect wait (-H 'Expect:'), and the ratio is taken to the faster.
curl_upload >/dev/null
fake_pid=${pids[-1]}
settle() { # until the fake has used no CPU for 0.3 s (it finishes an upload after answering)
    local before after
    for _ in $(seq 50); do
        before=$(awk '{print $14 + $15}' "/proc/$fake_pid/stat")
        sleep 0.3
        after=$(awk '{print $14 + $15}' "/proc/$fake_pid/stat")
        [[ $before == "$after" ]] && return
    done
}
cpu_of() { awk -F: '/User time|System time/ {s += $2} END {printf "%.2f\n", s}' "$1"; }
for round in 1 2 3 4 5; do
    settle
    /usr/bin/time -v -o "$tmp/upload.time" "$bin/bench_upload" "$fake_url" "$tmp/big.wav" \
        >"$tmp/upload.$round" 2>>"$tmp/upload.log"
    cpu_of "$tmp/upload.time" >>"$tmp/upload.cpu"
    settle
    curl_upload >>"$tmp/curl.ms"
    awk -F: '/Maximum resident/ {printf "%.1f\n", $2/1024}' "$tmp/curl.time" >>"$tmp/curl.rss"
    settle
    curl_upload -H 'Expect:' >>"$tmp/curl-noexpect.ms"
    cpu_of "$tmp/curl.time" >>"$tmp/curl.cpu"
done
R[up_ms]=$(cat "$tmp"/upload.[1-5] | awk '/^elapsed_ms/ {print $2}' | median)
R[up_cpu]=$(median <"$tmp/upload.cpu")
R[curl_cpu]=$(median <"$tmp/curl.cpu")
R[up_rss]=$(for f in "$tmp"/upload.[1-5]; do
    awk '/^idle_rss_kb/ {i=$2} /^peak_rss_kb/ {p=$2} END {printf "%.1f\n", (p-i)/1024}' "$f"
done | sort -n | tail -1) # the worst of the five
R[curl_ms]=$(median <"$tmp/curl.ms")
R[curl_noexpect_ms]=$(median <"$tmp/curl-noexpect.ms")
R[curl_rss]=$(sort -n "$tmp/curl.rss" | tail -1)
R[curl_best_ms]=$(( ${R[curl_ms]} < ${R[curl_noexpect_ms]} ? ${R[curl_ms]} : ${R[curl_noexpect_ms]} ))
exec 8>&-

# The same file to upload_sink, which reads the body and throws it away as it arrives (and
# answers 100 Continue) and does nothing else: a second server, so the ratio does not rest
# on the fake alone.
mkfifo "$tmp/sink.in"
"$bin/upload_sink" <"$tmp/sink.in" >"$tmp/sink.out" 2>"$tmp/sink.log" &
pids+=($!)
exec 9>"$tmp/sink.in"
for _ in $(seq 100); do [[ -s "$tmp/sink.out" ]] && break; sleep 0.1; done
sink_url=$(head -1 "$tmp/sink.out")
sink_curl() {
    local start
    start=$(date +%s%N)
    curl -sS -o /dev/null -H 'Authorization: Bearer k' -F "file=@$tmp/big.wav" "$sink_url/v1/files"
    echo $(( ($(date +%s%N) - start) / 1000000 ))
}
"$bin/bench_upload" "$sink_url" "$tmp/big.wav" >/dev/null 2>&1 # warm-up, untimed
sink_curl >/dev/null
for round in 1 2 3 4 5; do
    "$bin/bench_upload" "$sink_url" "$tmp/big.wav" 2>>"$tmp/upload.log" |
        awk '/^elapsed_ms/ {print $2}' >>"$tmp/sink-ours.ms"
    sink_curl >>"$tmp/sink-curl.ms"
done
R[sink_ms]=$(median <"$tmp/sink-ours.ms")
R[sink_curl_ms]=$(median <"$tmp/sink-curl.ms")
exec 9>&-
rm -f "$tmp/big.wav"

# Across a link limited to RATE: upload_sink in a network namespace behind a veth pair whose
# host side is shaped with a token bucket (tc tbf); the traffic stays on this machine.
shaped() { # key rate burst size
    local key=$1 rate=$2 burst=$3 size=$4 ns=hsbench$$ hostif=hsb$$a nsif=hsb$$b net
    net=10.$((200 + RANDOM % 50)).$((RANDOM % 250)).
    ip netns add "$ns" || return 1
    ip link add "$hostif" type veth peer name "$nsif" || { ip netns del "$ns"; return 1; }
    ip link set "$nsif" netns "$ns"
    ip addr add "${net}1/24" dev "$hostif" && ip link set "$hostif" up
    ip netns exec "$ns" ip addr add "${net}2/24" dev "$nsif"
    ip netns exec "$ns" ip link set "$nsif" up
    ip netns exec "$ns" ip link set lo up
    tc qdisc add dev "$hostif" root tbf rate "$rate" burst "$burst" latency 100ms
    truncate -s "$size" "$tmp/shaped.wav"
    mkfifo "$tmp/shaped.in"
    ip netns exec "$ns" "$bin/upload_sink" "${net}2" <"$tmp/shaped.in" >"$tmp/shaped.out" \
        2>"$tmp/shaped.log" &
    local sink=$!
    exec 5>"$tmp/shaped.in"
    for _ in $(seq 100); do [[ -s "$tmp/shaped.out" ]] && break; sleep 0.1; done
    local url
    url=$(head -1 "$tmp/shaped.out")
    : >"$tmp/$key-ours.ms"; : >"$tmp/$key-curl.ms"; : >"$tmp/$key.rss"
    "$bin/bench_upload" "$url" "$tmp/shaped.wav" >/dev/null 2>&1 # warm-up, untimed
    for round in 1 2 3; do
        "$bin/bench_upload" "$url" "$tmp/shaped.wav" >"$tmp/$key.$round" 2>>"$tmp/upload.log"
        awk '/^elapsed_ms/ {print $2}' "$tmp/$key.$round" >>"$tmp/$key-ours.ms"
        awk '/^idle_rss_kb/ {i=$2} /^peak_rss_kb/ {p=$2} END {printf "%.1f\n", (p-i)/1024}' \
            "$tmp/$key.$round" >>"$tmp/$key.rss"
        local start
        start=$(date +%s%N)
        curl -sS -o /dev/null -H 'Authorization: Bearer k' -F "file=@$tmp/shaped.wav" "$url/v1/files"
        echo $(( ($(date +%s%N) - start) / 1000000 )) >>"$tmp/$key-curl.ms"
    done
    R[${key}_ms]=$(median <"$tmp/$key-ours.ms")
    R[${key}_curl_ms]=$(median <"$tmp/$key-curl.ms")
    R[${key}_rss]=$(sort -n "$tmp/$key.rss" | tail -1)
    exec 5>&-
    kill "$sink" 2>/dev/null || true
    wait "$sink" 2>/dev/null || true
    rm -f "$tmp/shaped.in" "$tmp/shaped.wav"
    ip netns del "$ns"
    ip link del "$hostif" 2>/dev/null || true
}
if [[ $(id -u) -eq 0 ]]; then
    shaped gbit 1gbit 1mb 512M || echo "bench.sh: no network namespace for the 1 Gbit/s run" >&2
    shaped mbit100 100mbit 256kb 96M || echo "bench.sh: no network namespace for the 100 Mbit/s run" >&2
else
    echo "bench.sh: the shaped-link uploads need root (ip netns, tc); skipped" >&2
fi

# --- 3./4. Latency, burst, scale ---------------------------------------------------------
: >"$tmp/flow.out"
for phase in latency burst; do # 1,000 fresh jobs each (the fake keeps at most 1,000 files)
    QT_QPA_PLATFORM=offscreen "$bin/bench_flow" "$phase" "$fake" >>"$tmp/flow.out" 2>>"$tmp/flow.log" ||
        echo "bench.sh: bench_flow $phase failed (see below)" >&2
done
QT_QPA_PLATFORM=offscreen "$bin/bench_flow" scale >>"$tmp/flow.out" 2>>"$tmp/flow.log" ||
    echo "bench.sh: bench_flow scale failed" >&2
while read -r key value; do R[$key]=$value; done <"$tmp/flow.out"
# The burst again with 10,000 finished jobs in the store, as a long-used install has.
QT_QPA_PLATFORM=offscreen "$bin/bench_flow" burst "$fake" --history 10000 >"$tmp/flow-hist.out" \
    2>>"$tmp/flow.log" || echo "bench.sh: bench_flow burst --history failed" >&2
while read -r key value; do R[hist_$key]=$value; done <"$tmp/flow-hist.out"

# --- 5. Start-up to the first window, idle RSS -------------------------------------------
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp 2>/dev/null &
pids+=($!)
for _ in $(seq 100); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.05; done
# First the usual start (no key in the environment: the window follows the keychain), then
# with SONIOX_API_KEY and no model chosen yet, where the models are looked up in the
# background. The API base points at a closed loopback port: nothing leaves the machine.
DISPLAY=$display QT_QPA_PLATFORM=xcb scripts/test-session.sh \
    tests/bench/startup-probe.sh "$build/app/hookscribe" >"$tmp/startup.out" 2>"$tmp/startup.log" ||
    echo "bench.sh: start-up probe failed" >&2
while read -r key value; do R[$key]=$value; done <"$tmp/startup.out"
DISPLAY=$display QT_QPA_PLATFORM=xcb SONIOX_API_KEY=k scripts/test-session.sh bash -c '
    mkdir -p "$XDG_CONFIG_HOME/Hookscribe"
    printf "[soniox]\nregion=custom\napiBaseUrl=http://127.0.0.1:9\n" \
        >"$XDG_CONFIG_HOME/Hookscribe/Hookscribe.conf"
    exec "$0" "$1"' tests/bench/startup-probe.sh "$build/app/hookscribe" \
    >"$tmp/startup.out" 2>>"$tmp/startup.log" ||
    echo "bench.sh: start-up probe (with a key) failed" >&2
while read -r key value; do R[key_$key]=$value; done <"$tmp/startup.out"

# --- The table ---------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f×", a / b; else print "-" }'; }
met() { # a condition over figures; "-" when a figure is missing
    [[ "$1" == *-\ * || "$1" == *" -"* || "$1" == -* ]] && { echo "-"; return; }
    awk "BEGIN { r = ($1); print (r ? \"yes\" : \"NO\") }"
}
v() { echo "${R[$1]:--}"; }
printf '| Figure | Hookscribe | Alternative | Ratio | Target | Met? |\n'
printf '|---|---|---|---|---|---|\n'
row() { printf '| %s | %s | %s | %s | %s | %s |\n' "$@"; }
row "Webhook, duplicate: requests/s" "$(v ours_dup_rps)" \
    "plain QHttpServer route $(v plain_dup_rps); FastAPI $(v ref_dup_rps); nginx $(v nginx_rps)" \
    "$(ratio "$(v ours_dup_rps)" "$(v plain_dup_rps)") route, $(ratio "$(v ours_dup_rps)" "$(v ref_dup_rps)") FastAPI" \
    "≥ 0.8× route, ≥ 6× FastAPI" \
    "$(met "$(v ours_dup_rps) >= 0.8 * $(v plain_dup_rps) && $(v ours_dup_rps) >= 6 * $(v ref_dup_rps)")"
row "Webhook, duplicate: p50 / p99 ms" "$(v ours_dup_p50) / $(v ours_dup_p99)" \
    "route $(v plain_dup_p50) / $(v plain_dup_p99); FastAPI $(v ref_dup_p50) / $(v ref_dup_p99); nginx $(v nginx_p50) / $(v nginx_p99)" \
    "$(ratio "$(v ref_dup_p99)" "$(v ours_dup_p99)") (p99, FastAPI)" "p99 < 5 ms" "$(met "$(v ours_dup_p99) < 5")"
row "Webhook, bad token: requests/s" "$(v ours_bad_rps)" \
    "plain QHttpServer route $(v plain_bad_rps); FastAPI $(v ref_bad_rps)" \
    "$(ratio "$(v ours_bad_rps)" "$(v plain_bad_rps)") route, $(ratio "$(v ours_bad_rps)" "$(v ref_bad_rps)") FastAPI" \
    "≥ 0.8× route, ≥ 6× FastAPI" \
    "$(met "$(v ours_bad_rps) >= 0.8 * $(v plain_bad_rps) && $(v ours_bad_rps) >= 6 * $(v ref_bad_rps)")"
row "Webhook, bad token: p50 / p99 ms" "$(v ours_bad_p50) / $(v ours_bad_p99)" \
    "route $(v plain_bad_p50) / $(v plain_bad_p99); FastAPI $(v ref_bad_p50) / $(v ref_bad_p99)" \
    "$(ratio "$(v ref_bad_p99)" "$(v ours_bad_p99)") (p99, FastAPI)" \
    "p99 < 5 ms" "$(met "$(v ours_bad_p99) < 5")"
row "Upload 1 GiB on loopback: time ms (median of 5)" "$(v up_ms)" \
    "curl -F $(v curl_ms); without the Expect wait $(v curl_noexpect_ms)" \
    "$(ratio "$(v up_ms)" "$(v curl_best_ms)")" "as measured" "-"
row "Upload 1 GiB on loopback to a streaming sink: time ms (median of 5)" "$(v sink_ms)" \
    "curl -F $(v sink_curl_ms)" "$(ratio "$(v sink_ms)" "$(v sink_curl_ms)")" "as measured" "-"
row "Upload 512 MiB over 1 Gbit/s (tc): time ms (median of 3)" "$(v gbit_ms)" "curl -F $(v gbit_curl_ms)" \
    "$(ratio "$(v gbit_ms)" "$(v gbit_curl_ms)")" "≤ 1.05× curl" "$(met "$(v gbit_ms) <= 1.05 * $(v gbit_curl_ms)")"
row "Upload 96 MiB over 100 Mbit/s (tc): time ms (median of 3)" "$(v mbit100_ms)" \
    "curl -F $(v mbit100_curl_ms)" "$(ratio "$(v mbit100_ms)" "$(v mbit100_curl_ms)")" "≤ 1.05× curl" \
    "$(met "$(v mbit100_ms) <= 1.05 * $(v mbit100_curl_ms)")"
row "Upload over the shaped links: peak RSS above idle MB (1 Gbit/s / 100 Mbit/s)" \
    "$(v gbit_rss) / $(v mbit100_rss)" "-" "-" "< 64 MB" "$(met "$(v gbit_rss) < 64 && $(v mbit100_rss) < 64")"
row "Upload 1 GiB: client CPU s (median of 5)" "$(v up_cpu)" "curl -F $(v curl_cpu)" \
    "$(ratio "$(v up_cpu)" "$(v curl_cpu)")" "-" "-"
row "Upload 1 GiB: peak RSS above idle MB" "$(v up_rss)" "curl max RSS $(v curl_rss)" "-" "< 64 MB" \
    "$(met "$(v up_rss) < 64")"
row "Webhook → job state: p50 / p99 ms" "$(v latency_state_p50_ms) / $(v latency_state_p99_ms)" \
    "polling 2 s: $(v latency_poll_p50_ms) / $(v latency_poll_p99_ms)" \
    "$(ratio "$(v latency_poll_p99_ms)" "$(v latency_state_p99_ms)") (p99)" "p99 < 5 ms" \
    "$(met "$(v latency_state_p99_ms) < 5")"
row "Webhook → table row: p50 / p99 ms" "$(v latency_row_p50_ms) / $(v latency_row_p99_ms)" \
    "polling 2 s: $(v latency_poll_p50_ms) / $(v latency_poll_p99_ms)" \
    "$(ratio "$(v latency_poll_p99_ms)" "$(v latency_row_p99_ms)") (p99)" "p99 < 5 ms" \
    "$(met "$(v latency_row_p99_ms) < 5")"
row "Burst of 1,000 webhooks: handled ms" "$(v burst_handled_ms) ($(v burst_lost) lost)" "-" "-" \
    "< 2000 ms, none lost" "$(met "$(v burst_handled_ms) < 2000 && $(v burst_lost) == 0")"
row "Burst: longest GUI-thread stall ms" "$(v burst_longest_stall_ms) ($(v burst_longest_stall_cpu_ms) on CPU)" "-" "-" "≤ 50 ms" \
    "$(met "$(v burst_longest_stall_ms) <= 50")"
row "Burst with 10,000 finished jobs stored: handled ms / longest stall ms" \
    "$(v hist_burst_handled_ms) ($(v hist_burst_lost) lost) / $(v hist_burst_longest_stall_ms)" "-" "-" \
    "< 2000 ms, none lost; ≤ 50 ms" \
    "$(met "$(v hist_burst_handled_ms) < 2000 && $(v hist_burst_lost) == 0 && $(v hist_burst_longest_stall_ms) <= 50")"
row "10,000 jobs: open + load ms" "$(v scale_load_ms)" "-" "-" "< 500 ms" "$(met "$(v scale_load_ms) < 500")"
row "10,000 jobs: model reset ms / RSS delta MB" "$(v scale_reset_ms) / $(v scale_rss_delta_mb)" "-" "-" \
    "-" "-"
row "10,000 jobs: remove 1,000 scattered rows ms" "$(v scale_remove_ms)" "-" "-" "-" "-"
row "Start-up to first window ms" "$(v startup_ms)" "-" "-" "< 400 ms" "$(met "$(v startup_ms) < 400")"
row "Idle RSS MB" "$(v idle_rss_mb)" "-" "-" "< 80 MB" "$(met "$(v idle_rss_mb) < 80")"
row "Start-up with a key, no model chosen, ms" "$(v key_startup_ms)" "-" "-" "< 400 ms" \
    "$(met "$(v key_startup_ms) < 400")"
echo
echo "Load average before/after: $load_before / $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)," \
    "$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM, $(. /etc/os-release; echo "$PRETTY_NAME"), Qt $(qtpaths6 --qt-version 2>/dev/null || echo 6)"
if [[ -s "$tmp/flow.log" ]] && grep -q "bench_flow:" "$tmp/flow.log"; then grep "bench_flow:" "$tmp/flow.log" >&2; fi
