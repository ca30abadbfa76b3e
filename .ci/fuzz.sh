#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, AddressSanitizer and
# UndefinedBehaviorSanitizer) and runs each one for FUZZ_SECONDS (60 by
# default), starting from the seed corpus. Fails on any crash, leak,
# sanitizer report or timeout, and prints how many inputs each one ran.
#
# Environment: FUZZ_SECONDS, FUZZ_BUILD_DIR (default build-fuzz),
# FUZZ_JOBS (parallel workers per target, default 1), FUZZ_TARGETS
# (default "load csv mermaid"). A target's dictionary is
# tests/fuzz/<target>.dict when there is one, else parcours.dict.
set -uo pipefail
cd "$(dirname "$0")/.."

top=$PWD
seconds=${FUZZ_SECONDS:-60}
build=${FUZZ_BUILD_DIR:-build-fuzz}
jobs=${FUZZ_JOBS:-1}

if [ ! -d "$build" ]; then
  CC=clang CFLAGS="-fsanitize=fuzzer-no-link" \
    meson setup "$build" -Dgui=false -Dfuzzing=true \
      -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debugoptimized || exit 1
fi
targets=${FUZZ_TARGETS:-load csv mermaid}
ninja -C "$build" $(printf 'tests/fuzz/fuzz-%s ' $targets) || exit 1

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:symbolize=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export G_SLICE=always-malloc G_DEBUG=gc-friendly

status=0
for target in $targets; do
  seeds="tests/fuzz/corpus-$target"
  # New inputs go to a scratch corpus so the checked-in seeds stay small.
  work="$build/tests/fuzz/work-$target"
  artifacts="$build/tests/fuzz/artifacts-$target/"
  log="$build/tests/fuzz/fuzz-$target.log"
  dict="$top/tests/fuzz/$target.dict"
  [ -f "$dict" ] || dict="$top/tests/fuzz/parcours.dict"
  mkdir -p "$work" "$artifacts"

  parallel=()
  [ "$jobs" -gt 1 ] && parallel=(-jobs="$jobs" -workers="$jobs")

  echo "== fuzz-$target: ${seconds} s"
  # Workers write fuzz-N.log into the current folder: keep them out of the
  # source tree.
  (cd "$build/tests/fuzz" && rm -f fuzz-[0-9]*.log &&
   "$PWD/fuzz-$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
     -dict="$dict" -artifact_prefix="$PWD/artifacts-$target/" \
     -print_final_stats=1 "${parallel[@]}" "$PWD/work-$target" "$top/$seeds") >"$log" 2>&1
  rc=$?
  if [ "$jobs" -gt 1 ]; then cat "$build"/tests/fuzz/fuzz-[0-9]*.log >>"$log" 2>/dev/null; fi

  runs=$(grep -h '^stat::number_of_executed_units' "$log" | awk '{s += $2} END {print s + 0}')
  if [ $rc -ne 0 ] || grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|SUMMARY: ' "$log"; then
    echo "fuzz-$target FAILED after $runs executions (exit $rc); the input is in $artifacts:"
    grep -E 'ERROR|runtime error|SUMMARY|Test unit written' "$log" | head -20
    status=1
  else
    echo "fuzz-$target: $runs executions, no crash, leak or sanitizer report"
  fi
done
exit $status
