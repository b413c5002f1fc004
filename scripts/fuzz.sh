#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, the `fuzz` preset: ASan+UBSan, core instrumented)
# and runs each for 60 s (FUZZ_SECONDS) from its seed corpus in tests/fuzz/corpus/<target>.
# New inputs go to a scratch corpus under build/fuzz/corpus (the seeds stay as written).
# A crash stops that target and leaves its input in build/fuzz/artifacts/<target>/: fix
# it, then copy the input to tests/fuzz/regressions/<target>/ (tst_fuzzregressions runs it
# in every build). Prints one line per target: executions, corpus size, crashes.
#
#   scripts/fuzz.sh [target...]     targets: webhook_payload webhook_request soniox_json soniox_error
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(webhook_payload webhook_request soniox_json soniox_error)
cmake --preset fuzz >/dev/null || exit 1
cmake --build --preset fuzz -j2 >/dev/null || exit 1
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_LOGGING_RULES="hookscribe.*=false;qt.httpserver*=false"
failed=0
for target in "${targets[@]}"; do
    corpus=build/fuzz/corpus/$target
    artifacts=build/fuzz/artifacts/$target/
    mkdir -p "$corpus" "$artifacts"
    log=build/fuzz/$target.log
    build/fuzz/tests/fuzz/fuzz_$target -max_total_time="$seconds" -max_len=8192 -timeout=10 \
        -rss_limit_mb=4096 -artifact_prefix="$artifacts" -print_final_stats=1 \
        "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1
    rc=$?
    execs=$(awk '/stat::number_of_executed_units/ {print $NF}' "$log")
    crashes=$(find "$artifacts" -type f | wc -l)
    printf '%-16s %s executions, corpus %s, crashes %s%s\n' "$target" "${execs:-?}" \
        "$(find "$corpus" -type f | wc -l)" "$crashes" "$([[ $rc -ne 0 ]] && echo " (exit $rc, see $log)")"
    [[ $rc -eq 0 && $crashes -eq 0 ]] || failed=1
done
exit $failed
