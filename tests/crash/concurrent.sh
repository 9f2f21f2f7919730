#!/bin/sh
# Concurrent ingests never double-count: two `ingest --wait 30` of
# overlapping inputs started at once, then four of the same directory,
# leave exactly what one ingest of their union leaves; readers (series,
# export) running meanwhile succeed.
set -eu
NART=${1:-1500}
TOP=${TOP:?}
. "$TOP/tests/crash/lib.sh"
MODE=concurrent

sh "$HERE/gen.sh" corpus "$NART" 21
half=$((NART * 2 / 3))
ls corpus/art_*.txt | sort >all.list
head -n "$half" all.list >a.list
tail -n "$half" all.list >b.list
# The reference: one ingest of the union, with the same names.
"$SB" ingest --db ref.db --manifest corpus/SOURCES.tsv $(cat all.list)
"$SB" export --db ref.db --table observations -o ref.csv
sig ref.db >ref.sig
UV=$(sqlite3 -batch ref.db "PRAGMA user_version;")
echo "reference: $(wc -l <ref.sig) articles, $(($(wc -l <ref.csv) - 1)) observations"

# wait_ok PID...: each background job exits 0.
wait_ok() {
	for p in "$@"; do
		wait "$p" || fail "a concurrent ingest (pid $p) exited $?"
	done
}

# Two overlapping ingests at once.
"$SB" ingest --db t.db --wait 30 --manifest corpus/SOURCES.tsv $(cat a.list) &
p1=$!
"$SB" ingest --db t.db --wait 30 --manifest corpus/SOURCES.tsv $(cat b.list) &
p2=$!
wait_ok $p1 $p2
check_db t.db
"$SB" export --db t.db --table observations -o t.csv
cmp -s t.csv ref.csv || fail "two concurrent ingests differ from one: $(wc -l <t.csv) vs $(wc -l <ref.csv) lines"
sig t.db | cmp -s - ref.sig || fail "articles differ after two concurrent ingests"
[ "$(sqlite3 t.db 'SELECT count(*) FROM observation')" = \
    "$(sqlite3 ref.db 'SELECT count(*) FROM observation')" ] ||
    fail "observation counts differ"
echo "two overlapping ingests: same $(wc -l <ref.sig) articles"

# Four of everything into a new database, with readers meanwhile (a
# long wait: under ASan four runs in a row take minutes).
rm -f t.db t.db-wal t.db-shm
pids=
for i in 1 2 3 4; do
	"$SB" ingest --db t.db --wait 600 --manifest corpus/SOURCES.tsv \
	    $(cat all.list) &
	pids="$pids $!"
done
readers=0
n=0
while [ ! -f t.db ] && [ $n -lt 300 ]; do sleep 0.1; n=$((n + 1)); done
for i in 1 2 3 4 5; do
	"$SB" series --db t.db >series.out 2>series.err ||
	    fail "series during an ingest: $(cat series.err)"
	"$SB" export --db t.db --table observations -o r.csv 2>export.err ||
	    fail "export during an ingest: $(cat export.err)"
	readers=$((readers + 1))
done
wait_ok $pids
check_db t.db
"$SB" export --db t.db --table observations -o t.csv
cmp -s t.csv ref.csv || fail "four concurrent ingests differ from one"
sig t.db | cmp -s - ref.sig || fail "articles differ after four concurrent ingests"
echo "four ingests of one corpus with $readers readers: same content"
echo ok
