#!/bin/sh
# Bad input: missing file 66, invalid UTF-8 or binary 65 naming the byte
# offset, a bad manifest 65 naming its line; no output file left behind.
. "$(dirname "$0")/lib.sh"
expect_exit 66 "$SB" extract missing.txt
grep -q "^statbrief: missing.txt: " err.txt || fail "missing file message: $(cat err.txt)"

printf '全市增长5%%。\n好\377\376坏\n' >bad.txt
expect_exit 65 "$SB" extract -o out.tsv bad.txt
grep -q "^statbrief: bad.txt:2: .*byte offset 21" err.txt || fail "invalid UTF-8 message: $(cat err.txt)"
[ ! -e out.tsv ] || fail "partial out.tsv left behind"
ls out.tsv.tmp.* >/dev/null 2>&1 && fail "temporary output left behind"

printf 'abc\000def' >bin.txt
expect_exit 65 "$SB" extract bin.txt
grep -q "binary data .* byte offset 3" err.txt || fail "binary message: $(cat err.txt)"

head -c 4096 /dev/urandom >random.txt
printf '\000' >>random.txt
expect_exit 65 "$SB" extract random.txt

printf 'file\tpublication_date\nx.txt\t2023-02-30x\n' >bad.tsv
printf '增长5%%。\n' >x.txt
expect_exit 65 "$SB" extract --manifest bad.tsv x.txt
grep -q "^statbrief: bad.tsv:2: bad publication_date" err.txt || fail "manifest message: $(cat err.txt)"

printf 'name\tdate\n' >nohead.tsv
expect_exit 65 "$SB" extract --manifest nohead.tsv x.txt

# An output that cannot be created: 73, and the previous file is intact.
echo old >brief.pdf
echo file >notadir
expect_exit 73 "$SB" run --db t.db -o notadir/brief.pdf x.txt
grep -q "^statbrief: notadir/brief.\(pdf\|csv\): cannot create" err.txt || fail "73 message: $(cat err.txt)"
[ "$(cat brief.pdf)" = old ] || fail "previous output damaged"
mkdir ro && chmod 555 ro
if [ "$(id -u)" -ne 0 ]; then
	expect_exit 73 "$SB" run --db t.db -o ro/brief.pdf --csv ro/brief.csv x.txt
fi
# A full disk on stdout: 74.
if [ -w /dev/full ]; then
	set +e
	"$SB" extract x.txt >/dev/full 2>err.txt
	got=$?
	set -e
	[ $got -eq 74 ] || fail "stdout on a full disk exited $got, want 74"
	# -o on a device writes in place: 74, and the device stays a device.
	expect_exit 74 "$SB" extract -o /dev/full x.txt
	[ -c /dev/full ] || fail "/dev/full replaced by a file"
fi
echo ok
