#!/bin/sh
# Unwritable or full outputs, beyond errors.sh: every writer (export,
# report, run, series, extract) on /dev/full exits 74; a path under a
# regular file (ENOTDIR) exits 73; a disk that fills up mid-write (a file
# size limit) exits 74; a read-only directory (as an unprivileged user,
# since root ignores modes) exits 73.  Each time the previous output is
# left intact and no temporary file is left behind.  A database that
# cannot grow exits 74 and keeps its committed content.
. "$(dirname "$0")/lib.sh"

# intact FILE: FILE still holds "old", and no FILE.tmp.* is left.
intact() {
	[ "$(cat "$1")" = old ] || fail "$1 damaged: $(head -c 80 "$1")"
	for t in "$1".tmp.*; do
		[ -e "$t" ] && fail "temporary $t left behind"
	done
	return 0
}

sh "$TOP/tests/crash/gen.sh" corpus 200 5
"$SB" ingest --db t.db corpus
printf '2022年我市新增就业8万人，增长5%%。\n' >x.txt

# /dev/full: a device is written in place and must fail loudly.
if [ -w /dev/full ]; then
	for args in "export --db t.db --table observations -o /dev/full" \
	    "export --db t.db --table series --format jsonl -o /dev/full" \
	    "report --db t.db -o /dev/full --csv /dev/full" \
	    "run --db t.db -o /dev/full --csv /dev/full x.txt" \
	    "extract --format jsonl -o /dev/full x.txt"; do
		# shellcheck disable=SC2086
		expect_exit 74 "$SB" $args
		grep -q "^statbrief: /dev/full: write failed" err.txt ||
		    fail "$args: message: $(cat err.txt)"
		[ -c /dev/full ] || fail "/dev/full replaced"
	done
	for f in tsv csv jsonl; do
		set +e
		"$SB" series --db t.db --format $f >/dev/full 2>err.txt
		got=$?
		set -e
		[ $got -eq 74 ] || fail "series --format $f on a full stdout exited $got"
	done
fi

# ENOTDIR: a path under a regular file cannot be created, by anyone.
echo file >notadir
for args in "export --db t.db --table observations -o notadir/o.csv" \
    "report --db t.db -o notadir/b.pdf" \
    "extract -o notadir/x.tsv x.txt" \
    "run --db t.db --csv ok.csv -o notadir/b.pdf x.txt"; do
	# shellcheck disable=SC2086
	expect_exit 73 "$SB" $args
	grep -q "^statbrief: notadir/[a-z]*\.[a-z]*: cannot create" err.txt ||
	    fail "$args: message: $(cat err.txt)"
done
# strftime fields naming a directory that does not exist.
expect_exit 73 "$SB" report --db t.db -o 'nodir/%Y/%m/b.pdf'

# A disk filling up mid-write: a file size limit makes write() fail with
# EFBIG (SIGXFSZ ignored) once the temporary file passes it.  The limit
# stays just above the database's 32 KiB shared-memory file.
"$SB" export --db t.db --table observations -o big.csv
"$SB" report --db t.db -o big.pdf
limit=34816
unit=$(sh -c 'trap "" XFSZ; ulimit -f 8 && dd if=/dev/zero of=probe bs=1024 count=64 2>/dev/null; wc -c <probe' || echo 0)
rm -f probe
if [ "$unit" -gt 0 ]; then
	blocks=$((limit * 8 / unit))
	limited() {
		sh -c 'trap "" XFSZ; ulimit -f "$0" && exec "$@"' "$blocks" "$@"
	}
	[ "$(wc -c <big.csv)" -gt $limit ] || fail "big.csv too small for the test"
	echo old >o.csv
	expect_exit 74 limited "$SB" export --db t.db --table observations -o o.csv
	grep -q "^statbrief: o.csv: write failed" err.txt || fail "EFBIG message: $(cat err.txt)"
	intact o.csv
	echo old >o.jsonl
	expect_exit 74 limited "$SB" export --db t.db --table series --format jsonl -o o.jsonl
	intact o.jsonl
	echo old >o.tsv
	expect_exit 74 limited "$SB" extract -o o.tsv corpus
	intact o.tsv
	if [ "$(wc -c <big.pdf)" -gt $limit ]; then
		echo old >b.pdf
		expect_exit 74 limited "$SB" report --db t.db -o b.pdf
		intact b.pdf
	fi
	# The CSV of run is written before the PDF: when it fails, the old
	# PDF stays and so does the old CSV.
	echo old >r.pdf
	echo old >r.csv
	expect_exit 74 limited "$SB" run --db t.db -o r.pdf corpus
	intact r.pdf
	intact r.csv
	# A database that cannot grow: 74, committed content kept, no
	# damage.  (The limit is set just above its current size.)
	cp t.db full.db
	n0=$(sqlite3 full.db "SELECT count(*) FROM article;")
	"$SB" export --db full.db --table observations -o before.csv
	sh "$TOP/tests/crash/gen.sh" more 400 6
	dbsz=$(wc -c <full.db)
	blocks=$(((dbsz + 65536) * 8 / unit))
	expect_exit 74 limited "$SB" ingest --db full.db more
	grep -q "^statbrief: .*database" err.txt || fail "full database message: $(cat err.txt)"
	ic=$(sqlite3 full.db "PRAGMA integrity_check;" 2>&1 || true)
	[ "$ic" = ok ] || fail "full database damaged: $ic"
	n=$(sqlite3 full.db "SELECT count(*) FROM article;")
	[ "$n" -ge "$n0" ] || fail "full database lost articles: $n of $n0"
	[ "$n" -lt $((n0 + 400)) ] || fail "the database did not fill up"
	# With room again, the ingest completes.
	"$SB" ingest --db full.db more
	[ "$(sqlite3 full.db 'SELECT count(*) FROM article;')" -eq $((n0 + 400)) ] ||
	    fail "ingest after the disk had room again"
fi

# A read-only directory: modes do not stop root, so drop to nobody.
if [ "$(id -u)" -ne 0 ]; then
	as_user() { "$@"; }
elif command -v setpriv >/dev/null; then
	as_user() {
		setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
	}
	chmod 755 "$W"
	# The binary must be reachable by that user.
	as_user test -x "$SB" || { echo "skip: $SB not executable by nobody"; as_user() { return 77; }; }
else
	as_user() { return 77; }
fi
mkdir -p rw ro
chmod 777 rw
set +e
as_user "$SB" ingest --db rw/u.db x.txt
got=$?
set -e
if [ $got -eq 0 ]; then
	echo old >ro/b.pdf
	echo old >ro/b.csv
	echo old >ro/o.csv
	chmod 555 ro
	expect_exit 73 as_user "$SB" report --db rw/u.db -o ro/b.pdf
	grep -q "^statbrief: ro/b\.\(pdf\|csv\): cannot create: Permission denied" err.txt ||
	    fail "read-only directory message: $(cat err.txt)"
	intact ro/b.pdf
	intact ro/b.csv
	expect_exit 73 as_user "$SB" export --db rw/u.db --table observations -o ro/o.csv
	intact ro/o.csv
	expect_exit 73 as_user "$SB" run --db rw/u.db -o ro/b.pdf --csv rw/c.csv x.txt
	intact ro/b.pdf
	# A read-only database directory: the lock cannot be created.
	expect_exit 73 as_user "$SB" ingest --db ro/n.db x.txt
	chmod 755 ro
elif [ $got -ne 77 ]; then
	fail "ingest as an unprivileged user exited $got"
else
	echo "skip: read-only directory (no way to drop root)"
fi
echo ok
