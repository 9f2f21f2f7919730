#!/bin/sh
# Ingest throughput: generate BENCH_ARTICLES (default 100000) articles
# from the shared texts -- their paragraphs split and recombined, with
# other years and figures -- in a temporary directory (never in the
# tree), 1000 to a directory with its SOURCES.tsv, and print articles/s,
# observations/s and peak RSS of
#   ingest   one `statbrief ingest` of all directories into a new database
#   rerun    the same again: every article unchanged (idempotent)
#   batches  one `statbrief ingest DIR` per directory into another new
#            database, as a daily cron job would (RSS: the largest run)
# Goal (issue 4): >= 2000 articles/s with RSS < 100 MB on 2 cores.
#
# Env: SB (binary), SHARED (../shared); BENCH_ARTICLES, BENCH_KEEP=1
# keeps the temporary directory, TMPDIR.
set -eu
SB=${SB:?SB must name the statbrief binary}
SHARED=${SHARED:-${TOP:-.}/../shared}
N=${BENCH_ARTICLES:-100000}
if ! ls "$SHARED"/corpus/*/*.txt >/dev/null 2>&1; then
	echo "bench_ingest: no texts under $SHARED/corpus, skipped"
	exit 0
fi
command -v python3 >/dev/null || { echo "bench_ingest: needs python3"; exit 1; }
[ -x /usr/bin/time ] || { echo "bench_ingest: needs /usr/bin/time (Debian package time)"; exit 1; }
B=$(mktemp -d "${TMPDIR:-/tmp}/sbbench.XXXXXX")
[ "${BENCH_KEEP:-0}" = 1 ] || trap 'rm -rf "$B"' EXIT INT TERM

t0=$(date +%s.%N)
python3 - "$B/articles" "$N" "$SHARED"/corpus/*/*.txt <<'EOF'
import os, random, re, sys

out, n, srcs = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
os.makedirs(out)
rnd = random.Random(4)
paras = []
for p in srcs:
    with open(p, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.strip()
            # Keep paragraphs of a sensible length; cut the long ones
            # of the work reports at a sentence end.
            while len(line) > 400:
                cut = line.rfind("。", 0, 400)
                if cut < 40:
                    break
                paras.append(line[:cut + 1])
                line = line[cut + 1:]
            if 8 <= len(line) <= 600:
                paras.append(line)
with_fig = [p for p in paras if re.search(r"[0-9０-９]", p)]
num = re.compile(r"(?<![0-9.])([0-9]+)(\.[0-9]+)?(?![0-9])")
places = ["太原市", "大同市", "长治市", "晋中市", "运城市", "临汾市", "迎泽区",
          "小店区", "晋源区", "阳曲县", "娄烦县", "山西省"]

def vary(text, shift):
    def sub(m):
        i, frac = m.group(1), m.group(2) or ""
        v = int(i)
        if len(i) == 4 and 1990 <= v <= 2030:          # a year
            return str(v + shift) + frac
        if v == 0 and not frac:
            return i
        k = rnd.uniform(0.7, 1.3)
        if frac:
            return "%.*f" % (len(frac) - 1, (v + float(frac)) * k)
        return str(max(1, int(v * k)))
    return num.sub(sub, text)

man = None
for i in range(1, n + 1):
    if (i - 1) % 1000 == 0:
        d = os.path.join(out, "d%03d" % ((i - 1) // 1000))
        os.makedirs(d)
        if man:
            man.close()
        man = open(os.path.join(d, "SOURCES.tsv"), "w", encoding="utf-8")
        man.write("file\tpublication_date\tregion\n")
    name = "a%06d.txt" % i
    shift = rnd.randint(-4, 3)
    year = 2024 + shift
    k = rnd.randint(2, 5)
    body = [vary(p, shift) for p in rnd.sample(with_fig, k)]
    if rnd.random() < 0.5:
        body.insert(rnd.randint(0, len(body)), rnd.choice(paras))
    head = body[0][:30]
    with open(os.path.join(d, name), "w", encoding="utf-8") as f:
        f.write(head + "\n\n" + "\n".join(body) + "\n")
    man.write("%s\t%d-%02d-%02d\t%s\n" % (name, year, rnd.randint(1, 12),
              rnd.randint(1, 28), rnd.choice(places)))
man.close()
EOF
t1=$(date +%s.%N)
bytes=$(du -sk "$B/articles" | cut -f1)
echo "generated $N articles ($((bytes / 1024)) MB) in $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }') s"

# ingest LABEL DB DIR...: one ingest under /usr/bin/time -v; appends
# "files changed obs seconds rss_kb" to $B/sum.LABEL.
ingest() {
	l=$1 db=$2
	shift 2
	/usr/bin/time -v -o "$B/time" "$SB" ingest -v --db "$db" "$@" >"$B/out"
	secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":");
	    s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' \
	    "$B/time")
	rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$B/time")
	# "N articles read (M new or changed), K figures stored in DB"
	read -r files _ _ changed _ _ _ obs _ <"$B/out"
	echo "$files ${changed#(} $obs $secs $rss" >>"$B/sum.$l"
}

# report LABEL: totals of $B/sum.LABEL.
report() {
	awk -v l="$1" '{ f += $1; c += $2; o += $3; s += $4;
	    if ($5 > r) r = $5 } END {
		if (s <= 0) s = 0.001
		printf "%-8s %7d articles (%d stored) %8d observations %7.1f s" \
		    " %6.0f articles/s %7.0f observations/s  peak RSS %.1f MB\n",
		    l, f, c, o, s, f / s, o / s, r / 1024 }' "$B/sum.$1"
}

ingest ingest "$B/one.db" "$B"/articles/d*
report ingest
ingest rerun "$B/one.db" "$B"/articles/d*
report rerun
for dir in "$B"/articles/d*; do
	ingest batches "$B/daily.db" "$dir"
done
report batches
db=$(du -k "$B/one.db" | cut -f1)
echo "database $((db / 1024)) MB; $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
