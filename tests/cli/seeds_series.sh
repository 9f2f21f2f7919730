#!/bin/sh
# The seed series and duplicates come out of `statbrief series`:
# every row of $SHARED/corpus/seeds/series.tsv is a point (indicator,
# region, period, value in the base unit, kind) citing its source line,
# and every row of duplicates.tsv is ONE point citing both of its
# sources (merged, not two points).  Read from ../shared at test time;
# skipped without it.  Each failing row is explained with what
# `statbrief extract` found on its source lines.
. "$(dirname "$0")/lib.sh"

# First, on articles of our own wording (no ../shared needed): a bound
# merges with the exact figure it rounds, other values stay conflicts.
mkdir own
printf 'file\tpublication_date\tregion\n' >own/SOURCES.tsv
for a in "a 突破8亿元" "b 8.8亿元，增长5%" "c 近9亿元" "d 约8亿元" "e 超10亿元"; do
	set -- $a
	printf '%s.txt\t2023-02-0%d\t太原市\n' "$1" "$(($(wc -l <own/SOURCES.tsv)))" >>own/SOURCES.tsv
	printf '2022年我市一般公共预算收入%s。\n' "$2" >"own/$1.txt"
done
"$SB" ingest --db own.db own
"$SB" series --db own.db --indicator budget_revenue >own.out
grep -q "	2022	880000000	元	exact	conflict charted	.*	own/a.txt:1;own/b.txt:1;own/c.txt:1\$" own.out ||
    fail "突破8亿/近9亿 not merged with 8.8亿: $(cat own.out)"
grep -q "	800000000	元	approx	conflict		.*own/d.txt:1\$" own.out ||
    fail "约8亿 merged or not flagged: $(cat own.out)"
grep -q "	1000000000	元	over	conflict		.*own/e.txt:1\$" own.out ||
    fail "超10亿 merged or not flagged: $(cat own.out)"
[ "$(grep -c '^一般公共预算收入	' own.out)" -eq 3 ] || fail "want 3 points: $(cat own.out)"

need_shared
command -v python3 >/dev/null || { echo "no python3"; exit 77; }
seeds=$SHARED/corpus/seeds
for f in series.tsv duplicates.tsv SOURCES.tsv; do
	[ -f "$seeds/$f" ] || { echo "no $seeds/$f"; exit 77; }
done

"$SB" ingest --db s.db "$seeds"
"$SB" series --db s.db >series.out
"$SB" extract --manifest "$seeds/SOURCES.tsv" "$seeds"/[0-9]*.txt >extract.out

python3 - "$seeds" series.out extract.out <<'EOF'
import csv, os, sys

seeds, series_out, extract_out = sys.argv[1:4]

# Units as the seed tables write them -> (base unit, factor).  Kept here,
# independent of the lexicon under test.
UNITS = {
    "微克/立方米": ("µg/m³", 1), "亿元": ("元", 1e8), "万元": ("元", 1e4),
    "元": ("元", 1), "亩": ("亩", 1), "万亩": ("亩", 1e4), "个": ("个", 1),
    "部": ("部", 1), "名": ("名", 1), "万人": ("人", 1e4), "人": ("人", 1),
}

def rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))

def bigrams(s):
    return [s[i:i + 2] for i in range(len(s) - 1)]

def similar(a, b):
    """The series name names the expected indicator: one contains the
    other, or they share at least a third of their character bigrams."""
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    x, y = bigrams(a), bigrams(b)
    common = sum(1 for g in set(x) if g in y)
    return 2 * common / max(1, len(set(x)) + len(set(y))) >= 1 / 3

def close(a, b):
    return abs(a - b) <= 1e-6 * max(1, abs(b))

def src_of(point):
    """Sources of a series point as (basename, line) pairs."""
    out = set()
    for s in point["sources"].split(";"):
        if ":" in s:
            f, l = s.rsplit(":", 1)
            out.add((os.path.basename(f), l))
    return out

points = rows(series_out)
extracted = rows(extract_out)

def extracted_at(f, line):
    return [e for e in extracted if os.path.basename(e["file"]) == f and
            e["line"] == line]

def show_extract(f, line, value):
    out = []
    for e in extracted_at(f, line):
        try:
            v = float(e["base_value"].split("..")[0])
        except ValueError:
            v = None
        mark = "*" if v is not None and close(v, value) else " "
        out.append("      %s %s:%s col %s: %s [%s] region=%s period=%s %s %s "
                   "(%s %s)" % (mark, f, line, e["col"], e["indicator"],
                   e["indicator_id"], e["region"] or "-", e["period"] or "-",
                   e["base_value"], e["base_unit"], e["qualifier"], e["kind"]))
    if not out:
        out.append("      %s:%s: nothing extracted on this line" % (f, line))
    return out

def base(value, unit):
    bu, k = UNITS.get(unit, (unit, 1))
    return float(value) * k, bu

def check(label, want, srcs, kind=None):
    value, bu = base(want["value"], want["unit"])
    # Every point of this region, period and value.
    cand = [p for p in points if p["region"] == want["region"] and
            p["period"] == want["period"] and p["base_unit"] == bu and
            close(float(p["value"].split("..")[0]), value) and
            (kind is None or p["kind"] == kind)]
    named = [p for p in cand if similar(p["indicator"], want["indicator_zh"])]
    full = [p for p in named if srcs <= src_of(p)]
    if full:
        p = full[0]
        partial = "partial" in p["flags"].replace(",", " ").split()
        whole_year = len(want["period"]) == 4
        if whole_year == partial:
            return ["%s: point found but flags '%s' wrong for period %s" %
                    (label, p["flags"], want["period"])]
        return []
    why = []
    if named:
        held = [sorted(src_of(p) & srcs) for p in named]
        why.append("not merged: %d points named like it, holding %s" %
                   (len(named), held))
    elif cand:
        why.append("a point with this region, period and value exists but "
                   "under another name: %s" % "; ".join(
                   "%s [%s] sources %s" % (p["indicator"], p["indicator_id"],
                   p["sources"].replace(seeds + "/", "")) for p in cand))
    else:
        near = [p for p in points if p["base_unit"] == bu and
                close(float(p["value"].split("..")[0]), value) and
                any(s in srcs for s in src_of(p))]
        if near:
            why.append("no point with region %s period %s; from these lines "
                       "the series has: %s" % (want["region"], want["period"],
                       "; ".join("%s/%s/%s %s %s" % (p["indicator"],
                       p["region"], p["period"], p["value"], p["kind"])
                       for p in near)))
        else:
            why.append("no point of value %g %s from these lines" % (value, bu))
    out = ["%s: %s" % (label, why[0])]
    for f, l in sorted(srcs):
        out += show_extract(f, l, value)
    return out

fails = []
n = 0
for i, r in enumerate(rows(os.path.join(seeds, "series.tsv")), 2):
    n += 1
    label = "series.tsv:%d %s %s %s %s%s" % (i, r["indicator_zh"], r["region"],
                                             r["period"], r["value"], r["unit"])
    fails += check(label, r, {(r["file"], r["line"])}, r["kind"])
for i, r in enumerate(rows(os.path.join(seeds, "duplicates.tsv")), 2):
    n += 1
    label = "duplicates.tsv:%d %s %s %s %s%s" % (i, r["indicator_zh"],
            r["region"], r["period"], r["value"], r["unit"])
    fails += check(label, r, {(r["file_a"], r["line_a"]),
                              (r["file_b"], r["line_b"])})
bad = sum(1 for f in fails if not f.startswith(" "))
# A ratchet, as the score floor: SERIES_FLOOR rows must come out (all by
# default); the rest are printed with what the extractor gave instead.
floor = int(os.environ.get("SERIES_FLOOR", n))
print("%d of %d seed rows come out as merged series points (floor %d)" %
      (n - bad, n, floor))
if fails:
    print("\n".join(fails), file=sys.stderr)
    print("(* marks an extracted figure with the expected value)",
          file=sys.stderr)
if n - bad < floor:
    sys.exit(1)
EOF
echo ok
