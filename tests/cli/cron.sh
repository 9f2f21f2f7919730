#!/bin/sh
# Cron safety: statbrief works with no HOME, no terminal and LANG=C,
# prints nothing on success; every crontab line of docs/cron.md runs as
# cron would run it (empty environment, /bin/sh -c, \% unescaped, stdin
# /dev/null), with a temporary directory for /srv/statbrief.
. "$(dirname "$0")/lib.sh"

# cronenv CMD...: run CMD as cron does: a bare environment (no HOME, no
# LANG beyond C), no controlling terminal, stdin from /dev/null; stdout
# and stderr to out.txt and err.txt.  Sets $got.
cronenv() {
	# Sanitizer settings of the test build are not the user's
	# environment: pass them on.
	san=
	for v in ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS; do
		eval "x=\${$v:-}"
		[ -n "$x" ] && san="$san $v=$x"
	done
	set +e
	if command -v setsid >/dev/null; then
		env -i PATH=/usr/bin:/bin SHELL=/bin/sh LANG=C $san setsid -w "$@" \
		    </dev/null >out.txt 2>err.txt
	else
		env -i PATH=/usr/bin:/bin SHELL=/bin/sh LANG=C $san "$@" \
		    </dev/null >out.txt 2>err.txt
	fi
	got=$?
	set -e
}

# silent_ok WHAT: the last cronenv exited 0 and printed nothing.
silent_ok() {
	[ "$got" -eq 0 ] || fail "$1 exited $got: $(cat err.txt)"
	[ ! -s out.txt ] || fail "$1 printed on stdout: $(head -3 out.txt)"
	[ ! -s err.txt ] || fail "$1 printed on stderr: $(head -3 err.txt)"
}

# The brief's own check: env -i, the built-in sample, quiet.
cronenv "$SB" run --db plain.db
silent_ok "run with an empty environment"
[ -s brief.pdf ] && [ -s brief.csv ] || fail "run wrote no brief"
# A strftime name, computed in the same environment (before and after,
# in case the run straddles midnight).
d0=$(env -i date +%Y-%m-%d)
mkdir briefs
cronenv "$SB" report --db plain.db -o 'briefs/%Y-%m-%d.pdf'
silent_ok "report -o briefs/%Y-%m-%d.pdf"
d1=$(env -i date +%Y-%m-%d)
[ -s "briefs/$d0.pdf" ] || [ -s "briefs/$d1.pdf" ] ||
    fail "no briefs/$d0.pdf: $(ls briefs)"
ls briefs | grep -q '%' && fail "strftime fields not expanded: $(ls briefs)"

# Every crontab line of docs/cron.md, literally.
doc=$TOP/docs/cron.md
awk '/^```crontab/ { on = 1; next } /^```/ { on = 0 } on && !/^#/ && NF' \
    "$doc" >lines.txt
[ -s lines.txt ] || fail "no crontab line in $doc"
n=0
while IFS= read -r line; do
	n=$((n + 1))
	srv=$W/srv$n
	mkdir -p "$srv/incoming"
	cp "$TOP"/cmd/sample/*.txt "$TOP/cmd/sample/SOURCES.tsv" "$srv/incoming/"
	# Five time fields, then the command; cron turns \% into %.
	cmd=$(printf '%s\n' "$line" | awk '{ for (i = 1; i <= 5; i++) $i = ""; sub(/^ +/, ""); print }')
	case $cmd in
	*[!\\]%*) fail "unescaped % in crontab line $n: $cmd" ;;
	esac
	cmd=$(printf '%s\n' "$cmd" | sed -e 's/\\%/%/g' \
	    -e "s#/srv/statbrief#$srv#g" -e "s#/usr/local/bin/statbrief#$SB#g")
	echo "line $n: $cmd"
	cronenv /bin/sh -c "$cmd"
	silent_ok "crontab line $n"
	d1=$(env -i date +%Y-%m-%d)
	pdf=$srv/briefs/$d1.pdf
	[ -s "$pdf" ] || pdf=$srv/briefs/$d0.pdf
	[ -s "$pdf" ] || fail "line $n wrote no dated brief: $(ls "$srv/briefs")"
	[ "$(head -c 5 "$pdf")" = "%PDF-" ] || fail "$pdf is not a PDF"
	[ -s "${pdf%.pdf}.csv" ] || fail "line $n wrote no CSV beside the PDF"
	a1=$(sqlite3 "$srv/statbrief.db" 'SELECT count(*) FROM article' 2>/dev/null ||
	    echo "")
	# The next day's run over the same directory: silent, nothing twice.
	cronenv /bin/sh -c "$cmd"
	silent_ok "crontab line $n, second run"
	if [ -n "$a1" ]; then
		a2=$(sqlite3 "$srv/statbrief.db" 'SELECT count(*) FROM article')
		[ "$a1" = "$a2" ] || fail "second run changed the article count $a1 -> $a2"
	fi
	# A run still holding the lock: the line waits (--wait) and succeeds.
	if command -v flock >/dev/null; then
		flock "$srv/statbrief.db.lock" sleep 2 &
		sleep 0.3
		cronenv /bin/sh -c "$cmd"
		silent_ok "crontab line $n while the lock was held"
		wait
	fi
done <lines.txt
echo "$n crontab lines run"
echo ok
