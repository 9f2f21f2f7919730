#!/bin/sh
# Run one libFuzzer target of a SB_FUZZ=ON build for a while:
#   tests/fuzz/run.sh BUILD TARGET SECONDS [libFuzzer options...]
# e.g. tests/fuzz/run.sh build-fuzz extract 600
# The working corpus grows in BUILD/fuzz-work/TARGET/corpus (seeded from
# tests/fuzz/corpus/TARGET), crash inputs land in
# BUILD/fuzz-work/TARGET/artifacts/.  One job, one worker (the machine is
# shared); with -jobs libFuzzer runs the fuzzing in a child process whose
# log (coverage, exec/s, crashes) is BUILD/fuzz-work/TARGET/fuzz-0.log.
set -eu
[ $# -ge 3 ] || { echo "usage: $0 BUILD TARGET SECONDS [options]" >&2; exit 64; }
build=$(cd "$1" && pwd) target=$2 secs=$3
shift 3
here=$(cd "$(dirname "$0")" && pwd)
bin=$build/tests/fuzz/fuzz_$target
[ -x "$bin" ] || { echo "$0: no $bin (configure with -DSB_FUZZ=ON)" >&2; exit 66; }
work=$build/fuzz-work/$target
mkdir -p "$work/corpus" "$work/artifacts"
case $target in
extract) maxlen=65536 ;;
*) maxlen=4096 ;;
esac
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/../lsan.supp:print_suppressions=0}
cd "$work"
exec "$bin" -dict="$here/dict" -max_len=$maxlen -timeout=10 \
    -rss_limit_mb=2048 -max_total_time="$secs" -jobs=1 -workers=1 \
    -print_final_stats=1 -artifact_prefix="$work/artifacts/" "$@" \
    "$work/corpus" "$here/corpus/$target"
