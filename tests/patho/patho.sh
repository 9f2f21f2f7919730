#!/bin/sh
# One pathological input through `statbrief extract` (cmark's
# test/pathological_tests.py):  patho.sh CASE N [SECONDS]
# gen.py writes the input; the run must end within SECONDS (default 240;
# ctest's TIMEOUT is the outer guard) with exit 0 or 65, every output row
# must have the 14 columns of DESIGN.md, and there must be no more rows
# than numerals in the input.  Scaling is measured by bench/bench_patho.sh,
# not asserted here.  Needs SB (the statbrief binary) and python3.
set -u
: "${SB:?set SB to the statbrief binary}"
case_=${1:?usage: patho.sh CASE N [SECONDS]} n=${2:?N} secs=${3:-240}
command -v python3 >/dev/null || { echo "no python3"; exit 77; }
command -v timeout >/dev/null || { echo "no timeout(1)"; exit 77; }
here=$(cd "$(dirname "$0")" && pwd)
w=$(mktemp -d "${TMPDIR:-/tmp}/sb_patho.XXXXXX") || exit 1
trap 'rm -rf "$w"' EXIT INT TERM

max=$(python3 "$here/gen.py" "$case_" "$n" "$w/in.txt") || exit 1
size=$(wc -c <"$w/in.txt")
start=$(date +%s)
# Count rows as they stream: the output of 10^5 figures is large.
{ timeout "$secs" "$SB" extract --date 2023-09-01 "$w/in.txt" \
    2>"$w/err"; echo $? >"$w/rc"; } |
    awk -F '\t' 'NR > 1 { rows++; if (NF != 14) bad++ }
	END { printf "%d %d\n", rows, bad }' >"$w/shape"
end=$(date +%s)
rc=$(cat "$w/rc")
read -r rows bad <"$w/shape"
echo "$case_ N=$n: $size bytes, exit $rc, $rows rows (at most $max)," \
    "$((end - start)) s"
status=0
case $rc in
0|65) ;;
124) echo "FAIL: no result within $secs s (hang guard)"; status=1 ;;
*) echo "FAIL: exit $rc (want 0 or 65)"; sed -n 1,10p "$w/err"; status=1 ;;
esac
if grep -q Sanitizer "$w/err"; then
	echo "FAIL: sanitizer report"; sed -n 1,20p "$w/err"; status=1
fi
[ "$bad" -eq 0 ] || { echo "FAIL: $bad rows without 14 columns"; status=1; }
[ "$rows" -le "$max" ] || { echo "FAIL: more rows than numerals"; status=1; }
if [ "$rc" -eq 65 ]; then
	head -n 1 "$w/err" | grep -q '^statbrief: ' ||
	    { echo "FAIL: exit 65 without a message"; status=1; }
fi
exit $status
