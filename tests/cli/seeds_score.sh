#!/bin/sh
# The seed articles score at or above the floor on the shared gold.
. "$(dirname "$0")/lib.sh"
need_shared
S=$SHARED/corpus/seeds
"$SB" extract --manifest "$S/SOURCES.tsv" --format tsv "$S"/*.txt >seeds.tsv
head -1 seeds.tsv | grep -q "^file	line	col	indicator	indicator_id	region	period	value	unit	base_value	base_unit	qualifier	kind	sentence$" ||
	fail "TSV header: $(head -1 seeds.tsv)"
python3 "$SHARED/tools/score_extract.py" "$S/gold.tsv" seeds.tsv >score.txt
tail -1 score.txt
python3 -c '
import re, sys
last = sys.argv[3]
v = float(re.search(r"value_f1=([0-9.]+)", last).group(1))
t = float(re.search(r"tuple_f1=([0-9.]+)", last).group(1))
if v < float(sys.argv[1]) or t < float(sys.argv[2]):
    sys.exit("score below floor (value %s, tuple %s): %s" % (sys.argv[1], sys.argv[2], last))
' "$VALUE_FLOOR" "$TUPLE_FLOOR" "$(tail -1 score.txt)"
# Line and column point into the original file: the PM2.5 60 of 2017.
awk -F'\t' '$1 ~ /002_030953ef5e0be5b6/ && $7 == "2017" && $8 == "60" { print $2, $3 }' seeds.tsv >pos.txt
read -r line col <pos.txt || fail "no PM2.5 2017 row"
text=$(python3 -c 'import sys; l = open(sys.argv[1], encoding="utf-8").read().split("\n")[int(sys.argv[2]) - 1]; print(l[int(sys.argv[3]) - 1:int(sys.argv[3]) + 1])' "$S/002_030953ef5e0be5b6.txt" "$line" "$col")
[ "$text" = "60" ] || fail "line $line col $col reads '$text', not 60"
echo ok
