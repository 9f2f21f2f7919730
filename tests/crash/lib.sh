# Helpers for the crash and concurrency tests, on top of tests/cli/lib.sh
# ($SB, $TOP, $W, fail, expect_exit).
. "$TOP/tests/cli/lib.sh"
HERE=$TOP/tests/crash

command -v sqlite3 >/dev/null || { echo "no sqlite3 CLI"; exit 77; }

# A seed for this run: $CRASH_SEED to replay a failure, else random.
SEED=${CRASH_SEED:-$(od -An -N2 -tu2 /dev/urandom | tr -d ' ')}
echo "seed $SEED (CRASH_SEED=$SEED replays this run)"

# rnd K LO HI: the K-th pseudo-random number of this run in [LO, HI).
rnd() {
	awk -v s="$SEED" -v k="$1" -v lo="$2" -v hi="$3" 'BEGIN {
		srand(s * 1000 + k); printf "%.3f\n", lo + rand() * (hi - lo) }'
}

# now: seconds since the epoch with a fraction.
now() {
	date +%s.%N
}

# sig DB: one line per article: name, hash, number of observations and
# the sum of their base values.  An article half written shows up here.
# A database killed before its schema was committed has none.
sig() {
	# Killed before the schema was committed: no articles, no rows.
	[ "$(sqlite3 -batch "file:$1?mode=ro" "SELECT count(*) FROM
	    sqlite_master WHERE type = 'table' AND name = 'article';")" = 1 ] ||
	    return 0
	sqlite3 -batch "file:$1?mode=ro" "SELECT a.name, a.hash, a.pub_date,
	    a.region, count(o.id), printf('%.6f', total(o.base_value))
	    FROM article a LEFT JOIN observation o ON o.article_id = a.id
	    GROUP BY a.id ORDER BY a.name;"
}

# check_db DB: PRAGMA integrity_check says ok, no dangling rows.
check_db() {
	ic=$(sqlite3 -batch "$1" "PRAGMA integrity_check;")
	[ "$ic" = ok ] || fail "$1: integrity_check: $ic"
	fk=$(sqlite3 -batch "$1" "PRAGMA foreign_key_check;")
	[ -z "$fk" ] || fail "$1: foreign_key_check: $fk"
	uv=$(sqlite3 -batch "$1" "PRAGMA user_version;")
	case $uv in
	0|"") ;;		# killed before the schema was committed
	*) [ "$uv" = "$UV" ] || fail "$1: user_version $uv, want $UV" ;;
	esac
}

# subset_of FILE REF: every line of FILE is a line of REF.
subset_of() {
	extra=$(sort "$1" | comm -23 - "$2.sig.sorted")
	[ -z "$extra" ] || fail "rows not in an uninterrupted run ($2): $(echo "$extra" | head -3)"
}

# articles DB: number of committed articles (0 when none yet); in mode
# change, those that differ from the first reference (ref.db).
articles() {
	[ -f "$1" ] || { echo 0; return; }
	if [ "$MODE" = change ]; then
		sqlite3 -batch -cmd ".timeout 2000" "file:$1?mode=ro" \
		    "ATTACH 'file:ref.db?mode=ro' AS r;
		    SELECT count(*) FROM article a JOIN r.article b
		    ON a.name = b.name WHERE a.hash != b.hash;" 2>/dev/null ||
		    echo 0
		return
	fi
	sqlite3 -batch -cmd ".timeout 2000" "file:$1?mode=ro" \
	    "SELECT count(*) FROM article;" 2>/dev/null || echo 0
}

# reference NAME CORPUS: an uninterrupted ingest into NAME.db; leaves
# NAME.csv (export), NAME.sig and NAME.sig.sorted, sets T (seconds).
reference() {
	t0=$(now)
	"$SB" ingest --db "$1.db" "$2" || fail "reference ingest of $2"
	t1=$(now)
	T=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
	"$SB" export --db "$1.db" --table observations -o "$1.csv"
	sig "$1.db" >"$1.sig"
	sort "$1.sig" >"$1.sig.sorted"
	UV=$(sqlite3 -batch "$1.db" "PRAGMA user_version;")
	echo "reference $1: $(wc -l <"$1.sig") articles," \
	    "$(($(wc -l <"$1.csv") - 1)) observations in ${T}s"
}

# kill_at K DB CORPUS: start an ingest and kill -9 it at a random point:
# an odd K waits a random time within the reference duration T (this
# also hits start-up, schema creation and the last commits); an even K
# waits until a random number of articles is committed.  In mode repeat
# both are taken over what is left to ingest.  Prints the
# number of committed articles in COMMITTED.
kill_at() {
	# What is left to do when resuming (mode repeat) bounds the point.
	before=0
	[ "$MODE" = repeat ] && before=$(articles "$2")
	# Spread the points over what is left: at most a 2/(points left + 1)
	# share of it, so the last ones still find work.
	f=1
	[ "$MODE" = repeat ] && f=$(awk -v p="$POINTS" -v k="$1" 'BEGIN {
		printf "%.4f", 2 / (p - k + 2) }')
	left=$(awk -v t="$T" -v b="$before" -v n="$NART" -v f="$f" 'BEGIN {
		printf "%.3f", f * t * (n - b) / n }')
	wmax=$(awk -v b="$before" -v n="$NART" -v f="$f" 'BEGIN {
		printf "%d", b + 1 + f * (n - b - 1) }')
	"$SB" ingest --db "$2" "$3" >/dev/null 2>&1 &
	pid=$!
	if [ $(($1 % 2)) -eq 1 ]; then
		sleep "$(rnd "$1" 0 "$left")"
	else
		want=$(rnd "$1" "$((before + 1))" "$wmax" | cut -d. -f1)
		while kill -0 "$pid" 2>/dev/null &&
		    [ "$(articles "$2")" -lt "$want" ]; do
			:
		done
	fi
	kill -9 "$pid" 2>/dev/null || true
	set +e
	wait "$pid"
	st=$?
	set -e
	[ "$st" -eq 137 ] || [ "$st" -eq 0 ] || fail "ingest exited $st"
	if [ "$st" -eq 137 ]; then
		KILLED=$((KILLED + 1))
	fi
	COMMITTED=$(articles "$2")
}
