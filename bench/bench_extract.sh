#!/bin/sh
# Extraction throughput: build a corpus of at least 50 MB from the shared
# texts (copies under new names, in a temporary directory), run
# `statbrief extract` single-threaded, print MB/s and peak RSS, and the
# same for grep scanning digits as a yardstick.  Then show that memory
# stays flat as the number of files grows (1x, 4x).
#
# Each extraction runs RUNS times (7 unless set) and the fastest counts:
# on a shared machine the others measure the neighbours as well.  The
# median is printed beside it, and every run's user time.
set -eu
SB=${SB:?SB names the statbrief binary}
SHARED=${SHARED:-$(dirname "$0")/../../shared}
MB=${BENCH_MB:-50}
RUNS=${RUNS:-7}
[ -d "$SHARED/corpus" ] || { echo "bench_extract: no $SHARED/corpus, skipped"; exit 0; }
command -v /usr/bin/time >/dev/null || { echo "bench_extract: needs /usr/bin/time (Debian package time)"; exit 0; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/sbbench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

make_corpus() {	# DIR MEGABYTES
	mkdir -p "$1"
	i=0
	while [ "$(cat "$1"/*.txt 2>/dev/null | wc -c)" -lt "$(($2 * 1000000))" ]; do
		for f in "$SHARED"/corpus/seeds/*.txt "$SHARED"/corpus/reports/*.txt; do
			cp "$f" "$1/c${i}_$(basename "$f")"
		done
		i=$((i + 1))
	done
}

run() {		# LABEL DIR: prints seconds, MB/s, peak RSS (best of RUNS)
	bytes=$(cat "$2"/*.txt | wc -c)
	best="" all="" maxrss=0
	k=0
	while [ "$k" -lt "$RUNS" ]; do
		/usr/bin/time -f "%e %U %M" -o "$tmp/time" "$SB" extract --date 2024-01-01 "$2" >"$tmp/out.tsv"
		read -r w u r <"$tmp/time"
		all="$all $u"
		if [ -z "$best" ] || awk -v a="$u" -v b="$user" 'BEGIN { exit !(a < b) }'; then
			best=1 wall=$w user=$u
		fi
		[ "$r" -gt "$maxrss" ] && maxrss=$r
		k=$((k + 1))
	done
	rss=$maxrss
	rows=$(($(wc -l <"$tmp/out.tsv") - 1))
	med=$(echo "$all" | tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
	awk -v l="$1" -v b="$bytes" -v w="$wall" -v u="$user" -v r="$rss" -v n="$rows" -v all="$all" -v m="$med" 'BEGIN {
		printf "%-22s %7.1f MB  %6.2f s wall  %6.2f s user  %6.1f MB/s (user; median %.1f)  %7d figures  peak RSS %6.1f MB  (runs:%s s user)\n",
		    l, b / 1e6, w, u, b / 1e6 / (u > 0 ? u : 0.001), b / 1e6 / (m > 0 ? m : 0.001), n, r / 1024, all }'
}

make_corpus "$tmp/c1" $((MB / 4))
make_corpus "$tmp/c4" "$MB"
run "extract, 1/4 corpus" "$tmp/c1"
run "extract, full corpus" "$tmp/c4"
bytes=$(cat "$tmp/c4"/*.txt | wc -c)
/usr/bin/time -f "%e %U %M" -o "$tmp/time" sh -c "cat '$tmp'/c4/*.txt | grep -c '[0-9]' >/dev/null"
read -r wall user rss <"$tmp/time"
awk -v b="$bytes" -v w="$wall" 'BEGIN { printf "%-22s %7.1f MB  %6.2f s wall  %6.1f MB/s (wall)\n", "grep digits (peer)", b / 1e6, w, b / 1e6 / (w > 0 ? w : 0.001) }'
