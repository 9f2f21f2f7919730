#!/bin/sh
# kill9.sh MODE POINTS [ARTICLES]: kill -9 `statbrief ingest` at POINTS
# random points over a generated corpus, then demand that
# PRAGMA integrity_check says ok, that every committed article holds all
# of its observations and no other (one transaction per article), and
# that a re-run yields the same database as an uninterrupted run.
#
#   fresh   each point kills an ingest into a new database
#   repeat  the points kill successive ingests into one database, each
#           resuming what the last one left
#   change  a fully ingested corpus is rewritten (other figures) and
#           each point kills the ingest that replaces its observations;
#           every article must then be wholly old or wholly new
set -eu
MODE=$1
POINTS=$2
NART=${3:-4000}
TOP=${TOP:?}
. "$TOP/tests/crash/lib.sh"

KILLED=0
MID=0
sh "$HERE/gen.sh" corpus "$NART" 11
reference ref corpus
if [ "$MODE" = change ]; then
	sh "$HERE/gen.sh" corpus2 "$NART" 12
	mv corpus old && mv corpus2 corpus
	reference new corpus
	mv corpus corpus2 && mv old corpus
	cat ref.sig.sorted new.sig.sorted | sort >both.sig.sorted
fi

k=1
while [ $k -le "$POINTS" ]; do
	case $MODE in
	fresh)
		rm -f t.db t.db-wal t.db-shm
		kill_at $k t.db corpus
		check_db t.db
		sig t.db >t.sig
		subset_of t.sig ref
		;;
	repeat)
		kill_at $k t.db corpus
		check_db t.db
		sig t.db >t.sig
		subset_of t.sig ref
		;;
	change)
		rm -f t.db t.db-wal t.db-shm
		cp ref.db t.db
		# Same names, other bytes: each file is replaced.
		mv corpus corpus.save && mv corpus2 corpus
		kill_at $k t.db corpus
		check_db t.db
		sig t.db >t.sig
		subset_of t.sig both
		[ "$(wc -l <t.sig)" -eq "$NART" ] ||
		    fail "articles lost: $(wc -l <t.sig) of $NART"
		n=$(sort t.sig | comm -12 - new.sig.sorted | wc -l)
		[ "$n" -eq "$COMMITTED" ] ||
		    fail "$COMMITTED articles changed but $n match the new run"
		;;
	*)
		fail "unknown mode $MODE"
		;;
	esac
	echo "point $k: $COMMITTED of $NART articles committed"
	if [ "$COMMITTED" -gt 0 ] && [ "$COMMITTED" -lt "$NART" ]; then
		MID=$((MID + 1))
	fi
	if [ "$MODE" != repeat ]; then
		# The re-run completes the database.
		"$SB" ingest --db t.db corpus || fail "re-run after point $k"
		check_db t.db
		want=ref
		[ "$MODE" = change ] && want=new
		"$SB" export --db t.db --table observations -o t.csv
		cmp -s t.csv $want.csv || fail "re-run after point $k differs" \
		    "from an uninterrupted run: $(diff $want.csv t.csv | head -5)"
		sig t.db | cmp -s - $want.sig || fail "articles differ after point $k"
	fi
	if [ "$MODE" = change ]; then
		mv corpus corpus2 && mv corpus.save corpus
	fi
	k=$((k + 1))
done
if [ "$MODE" = repeat ]; then
	"$SB" ingest --db t.db corpus || fail "final re-run"
	check_db t.db
	"$SB" export --db t.db --table observations -o t.csv
	cmp -s t.csv ref.csv || fail "re-run differs from an uninterrupted run"
	sig t.db | cmp -s - ref.sig || fail "articles differ after the re-run"
fi
echo "$KILLED of $POINTS ingests killed, $MID mid-way"
# A test whose kills all land before the first or after the last commit
# proves nothing: demand some in the middle.  The points that wait for a
# count of commits land there by construction; the timed ones may miss
# on a loaded machine (or under ASan), so only a quarter is required.
[ "$MID" -ge $(((POINTS + 3) / 4)) ] ||
    fail "only $MID of $POINTS kills landed mid-ingest (machine too fast or slow?)"
echo ok
