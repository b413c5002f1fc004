#!/usr/bin/env bash
# The whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer (clang, the
# `asan` preset), inside the private test session like scripts/test.sh. .ci/run calls it.
# Any sanitizer report fails the test that triggered it (-fno-sanitize-recover=all, and
# ASan aborts on the first error). Leaks inside system libraries are suppressed in
# tests/sanitizers/lsan.supp, each with its reason.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh --sanitize
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
cmake --preset asan
cmake --build --preset asan
exec scripts/test-session.sh ctest --preset asan "$@"
