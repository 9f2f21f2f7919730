#!/bin/sh
# Run every bench_*.sh beside this script (or those named as arguments).
set -u
here=$(dirname "$0")
status=0
for b in ${*:-"$here"/bench_*.sh}; do
	[ -f "$b" ] || continue
	echo "== $(basename "$b")"
	sh "$b" || status=1
done
exit $status
