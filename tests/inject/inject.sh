#!/bin/sh
# Fault injection through shim.c (LD_PRELOAD), as SQLite's OOM loop and
# jq's tests/shtest:
#
#   inject.sh malloc_extract  allocation N fails, N = 1, 2, ... until the
#                             run completes, for `extract -o out.tsv`
#   inject.sh io_extract      EIO / ENOSPC on read, write, fsync, rename
#   inject.sh io_run          the same for `run --db t.db -o brief.pdf`
#                             (no allocation failures there: fontconfig,
#                             cairo and pango abort on them by design)
#
# Every case must end cleanly: exit 0 with the same output as a run
# without faults, or an exit code of DESIGN.md's set (65 66 70 73 74)
# with a "statbrief: ..." message, no output file, no NAME.tmp.* left,
# no signal, no sanitizer report (leaks included, in an ASan build); after
# a failed `run` the database must still work.  Needs SB and SHIM.
set -u
: "${SB:?set SB to the statbrief binary}" "${SHIM:?set SHIM to shim.so}"
mode=${1:?usage: inject.sh malloc_extract|io_extract|io_run}
[ -f "$SHIM" ] || { echo "no shim at $SHIM"; exit 77; }
command -v timeout >/dev/null || { echo "no timeout(1)"; exit 77; }

w=$(mktemp -d "${TMPDIR:-/tmp}/sb_inject.XXXXXX") || exit 1
trap 'rm -rf "$w"' EXIT INT TERM
# gcc's shared ASan runtime must otherwise come first in the library list.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0:detect_leaks=1"
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1700000000}"

# A small article of our own wording.
cat >"$w/art.txt" <<'ART'
本报讯 今年1至8月，全市地区生产总值达到1234.5亿元，同比增长5.2%。
城镇新增就业约1.5万人，完成全年目标的八成。
全市PM2.5平均浓度为36微克/立方米，同比下降7.7%，优良天数168天。
ART

case $mode in
malloc_extract|io_extract)
	set -- extract --date 2023-09-01 -o out.tsv art.txt
	outs=out.tsv ;;
io_run)
	set -- run --db t.db --date 2023-09-01 -o brief.pdf art.txt
	outs=brief.pdf ;;
*)
	echo "unknown mode $mode" >&2; exit 64 ;;
esac

ncase=0 nfail=0 nnote=0
fail() {
	nfail=$((nfail + 1))
	echo "FAIL [$label]: $*"
	sed -n '1,12p' "$w/err" | sed 's/^/    stderr: /'
}

# Run statbrief in a fresh directory with the shim and the given
# SB_FAIL_* assignments; sets rc.
run() {
	rm -rf "$w/run" "$w/log"
	mkdir "$w/run" && cp "$w/art.txt" "$w/run/"
	(cd "$w/run" && env LD_PRELOAD="$SHIM" SB_FAIL_LOG="$w/log" \
	    ${fenv} timeout 120 "$SB" "$@" >"$w/out" 2>"$w/err")
	rc=$?
}

# Baseline: no fault; keep the outputs and the counts of each kind.
fenv="SB_FAIL_MALLOC_AT=999999999 SB_FAIL_READ=EIO@999999999
SB_FAIL_WRITE=EIO@999999999 SB_FAIL_FSYNC=EIO@999999999
SB_FAIL_RENAME=EIO@999999999"
label=baseline
run "$@"
if [ $rc -ne 0 ] || grep -q Sanitizer "$w/err"; then
	fail "exit $rc without any fault"
	exit 1
fi
mkdir "$w/base"
for o in $outs; do cp "$w/run/$o" "$w/base/$o"; done
cp "$w/log" "$w/base/log"
# count KIND [LOG]: what the shim logged for KIND (last line).
count() { sed -n "s/^$1 //p" "${2:-$w/base/log}" | tail -n 1; }

# Judge the run just made.
check() {
	ncase=$((ncase + 1))
	if [ $rc -eq 124 ]; then
		fail "timed out"
		return
	elif [ $rc -gt 128 ]; then
		fail "killed by signal $((rc - 128))"
		return
	fi
	if grep -q 'Sanitizer' "$w/err"; then
		fail "$(grep -m1 'SUMMARY\|ERROR' "$w/err")"
		return
	fi
	left=$(cd "$w/run" && ls -a | grep '\.tmp\.')
	[ -z "$left" ] || fail "temporary file left: $left"
	if [ $rc -eq 0 ]; then
		for o in $outs; do
			if [ ! -s "$w/run/$o" ]; then
				fail "exit 0 but no $o"
			elif [ "$mode" != io_run ] &&
			    ! cmp -s "$w/run/$o" "$w/base/$o"; then
				fail "exit 0 but $o differs from the run without faults"
			elif [ "$mode" = io_run ] &&
			    [ "$(head -c 5 "$w/run/$o")" != "%PDF-" ]; then
				fail "exit 0 but $o is not a PDF"
			fi
		done
		return
	fi
	case $rc in
	65|66|70|73|74) ;;
	*) fail "exit $rc is not one of 65 66 70 73 74"; return ;;
	esac
	for o in $outs; do
		[ ! -e "$w/run/$o" ] || fail "exit $rc but $o was written"
	done
	first=$(head -n 1 "$w/err")
	case $first in
	"statbrief: success"|"statbrief: ") fail "message says nothing: '$first'" ;;
	"statbrief: "*) ;;
	*) fail "no 'statbrief: ...' message (got '$first')" ;;
	esac
	if [ "$mode" = io_run ]; then
		if [ -e "$w/run/brief.csv" ]; then
			nnote=$((nnote + 1))
			echo "note [$label]: exit $rc, brief.pdf absent but brief.csv was published"
		fi
		# The store must survive: the same run without faults works.
		(cd "$w/run" && rm -f brief.csv &&
		    timeout 120 "$SB" "$@" >/dev/null 2>"$w/err2")
		r2=$?
		[ $r2 -eq 0 ] || { fail "clean rerun after the fault exits $r2"; sed -n 1,5p "$w/err2"; }
	fi
}

case $mode in
malloc_extract)
	total=$(count allocs)
	echo "baseline: $total allocations after main()"
	n=1
	while :; do
		fenv="SB_FAIL_MALLOC_AT=$n"
		label="malloc #$n"
		run "$@"
		hit=$(count malloc "$w/log")
		if [ -z "$hit" ]; then
			# Every allocation succeeded: the loop is done.
			check
			break
		fi
		check
		n=$((n + 1))
		if [ $n -gt $((total + 50)) ]; then
			fail "allocation count keeps growing past $total"
			break
		fi
	done
	;;
io_extract|io_run)
	for cls in READ WRITE FSYNC RENAME; do
		total=$(count "SB_FAIL_$cls")
		echo "baseline: ${total:-0} $cls calls on regular files"
		[ "${total:-0}" -gt 0 ] || continue
		# The first few calls, the middle one and the last one.
		nfirst=6
		[ "$mode" = io_run ] && nfirst=3	# each run loads fonts: slow
		ns=$(i=1; while [ $i -le $nfirst ] && [ $i -le "$total" ]; do
			echo $i; i=$((i + 1)); done
			echo $((total / 2 > 0 ? total / 2 : 1)); echo "$total")
		for n in $(printf '%s\n' $ns | sort -n -u); do
			for err in EIO ENOSPC; do
				fenv="SB_FAIL_$cls=$err@$n"
				label="$cls $err from call $n"
				run "$@"
				check
			done
		done
	done
	;;
esac
echo "$mode: $ncase cases, $nfail failures, $nnote notes"
[ $nfail -eq 0 ]
