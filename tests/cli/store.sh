#!/bin/sh
# ingest is idempotent; a changed file replaces only its own figures;
# the lock makes a second run exit 75; series and export work.
. "$(dirname "$0")/lib.sh"
printf '2022年我市新增就业8万人，增长5%%。\n' >a.txt
printf '2022年我市粮食产量20万吨。\n' >b.txt
"$SB" ingest --db t.db --date 2023-02-01 a.txt b.txt
"$SB" export --db t.db --table observations -o one.csv
"$SB" ingest --db t.db --date 2023-02-01 a.txt b.txt
"$SB" export --db t.db --table observations -o two.csv
cmp one.csv two.csv || fail "second ingest changed the store"
[ "$(wc -l <one.csv)" -eq 4 ] || fail "want 3 rows and a header: $(cat one.csv)"
printf '2022年我市新增就业9万人。\n' >a.txt
"$SB" ingest --db t.db --date 2023-02-01 a.txt b.txt
"$SB" export --db t.db --table observations -o three.csv
grep -q ",9,万人," three.csv || fail "changed file not re-read"
grep -q ",8,万人," three.csv && fail "old figure of the changed file kept"
grep -q ",20,万吨," three.csv || fail "other file's figure lost"
"$SB" series --db t.db >series.tsv
grep -q "粮食产量" series.tsv || fail "series lacks 粮食产量"
# Spreadsheet formulas are neutralized, --bom adds a byte order mark.
printf '=HYPERLINK(1)全市新增就业3万人。\n' >f.txt
"$SB" ingest --db t.db --date 2023-02-01 f.txt
"$SB" export --db t.db --table observations --bom -o f.csv
head -c 3 f.csv | od -An -tx1 | grep -q "ef bb bf" || fail "no BOM"
grep -q ",\"'=HYPERLINK" f.csv || fail "formula cell not neutralized"
"$SB" export --db t.db --table series --format jsonl -o s.jsonl
head -1 s.jsonl | grep -q '^{"indicator":' || fail "series JSONL"
# Busy: another process holds the lock.
if command -v flock >/dev/null; then
	flock t.db.lock sleep 3 &
	sleep 0.5
	expect_exit 75 "$SB" ingest --db t.db a.txt
	grep -q "another run holds the lock" err.txt || fail "busy message"
	"$SB" ingest --db t.db --wait 10 a.txt || fail "--wait did not wait"
	wait
fi
expect_exit 66 "$SB" series --db nothere.db
echo ok
