#!/bin/sh
# Every subcommand answers --help on stdout with exit 0; bad usage is 64.
. "$(dirname "$0")/lib.sh"
for v in run extract ingest series report export; do
	expect_exit 0 "$SB" $v --help
	grep -q "usage: statbrief $v" out.txt || fail "$v --help lacks usage"
	[ ! -s err.txt ] || fail "$v --help wrote to stderr"
	expect_exit 64 "$SB" $v --no-such-option
	grep -q "usage:" err.txt || fail "$v: bad option shows no usage"
done
expect_exit 0 "$SB" --help
grep -q extract out.txt || fail "statbrief --help lists no commands"
expect_exit 0 "$SB" --version
expect_exit 64 "$SB" frobnicate
grep -q "unknown command" err.txt || fail "unknown command not named"
expect_exit 64 "$SB" extract
expect_exit 64 "$SB" extract --format xml x.txt
expect_exit 64 "$SB" extract --date 2023-13-45 x.txt
expect_exit 64 "$SB" run --backend gdi
expect_exit 64 "$SB" ingest --wait soon x.txt
grep -q "want whole seconds" err.txt || fail "--wait soon not refused"
expect_exit 64 "$SB" export --table nope -o x.csv
grep -q "unknown table 'nope'" err.txt || fail "bad --table not named"
expect_exit 64 "$SB" export -o x.csv
grep -q "export: --table is required" err.txt || fail "missing --table not named"
expect_exit 64 "$SB" export --table series
grep -q "export: -o OUT is required" err.txt || fail "missing -o not named"
expect_exit 64 "$SB" chart -o c.svg
grep -q "chart: --indicator is required" err.txt || fail "chart: no reason"
expect_exit 64 "$SB" report
grep -q "report: -o OUT.pdf is required" err.txt || fail "report: no reason"
expect_exit 64 "$SB" series extra
grep -q "series: unexpected argument 'extra'" err.txt || fail "series: no reason"
echo ok
