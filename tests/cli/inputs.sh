#!/bin/sh
# Text as it comes: JSON Lines with a date field, GB18030, hard-wrapped
# lines, full-width digits, spaced characters; positions point into the
# original file.
. "$(dirname "$0")/lib.sh"

# JSON Lines: date and region per record, escapes, line and column.
printf '%s\n' \
  '{"id":"a1","date":"2023-09-21","region":"太原市","text":"1至8月，全市PM2.5浓度为39微克/立方米，\n同比下降9.3%。"}' \
  '' \
  '{"published":"2024-01-30T08:00:00+08:00","region":"太原市","text":"\u53bb\u5e74\u6211\u5e02GDP\u589e\u957f5%\u3002"}' >a.jsonl
"$SB" extract a.jsonl >j.tsv
grep -q "^a.jsonl	1	70	[^	]*	pm25	太原市	2023-01..2023-08	39	" j.tsv || fail "JSONL PM2.5 row: $(cat j.tsv)"
grep -q "^a.jsonl	1	85	.*	-9.3	%	-9.3	%	exact	growth" j.tsv || fail "JSONL growth row"
grep -q "^a.jsonl	3	104	[^	]*	gdp:growth	太原市	2023	5	" j.tsv || fail "JSONL escaped record"
# The store keeps JSONL positions too; -o - writes to standard output.
"$SB" ingest --db j.db a.jsonl
"$SB" export --db j.db --table observations -o - >j.csv
grep -q "^a.jsonl,1,70,[^,]*,pm25,太原市,2023-01..2023-08,39," j.csv || fail "ingested JSONL: $(cat j.csv)"
[ ! -e ./- ] || fail "-o - created a file named -"
printf '{"text": "abc", bad}\n' >bad.jsonl
expect_exit 65 "$SB" extract bad.jsonl
grep -q "^statbrief: bad.jsonl:1: bad JSON" err.txt || fail "bad JSON message: $(cat err.txt)"
printf '{"title": "no text"}\n' >notext.jsonl
expect_exit 65 "$SB" extract notext.jsonl

# GB18030: decoded, and columns count characters of the original line.
printf '2022年全市粮食产量20万吨。\n' | iconv -f UTF-8 -t GB18030 >gb.txt
"$SB" extract --date 2023-02-01 gb.txt >gb.tsv
grep -q "^gb.txt	1	[0-9]*	[^	]*粮食产量	grain_output		2022	20	万吨	200000	吨	" gb.tsv ||
	fail "GB18030 row: $(cat gb.tsv)"

# Hard wraps that split numbers from units, full-width digits, spaces.
printf '全年一般公共预算收入突破\n８ 亿元，完成 8.8\n亿元，增长\n67.6%%。\n' >wrap.txt
"$SB" extract --date 2023-02-16 wrap.txt >wrap.tsv
grep -q "	8	亿元	800000000	元	over	level" wrap.tsv || fail "full-width 8 across a wrap: $(cat wrap.tsv)"
grep -q "^wrap.txt	2	9	.*	8.8	亿元	880000000	" wrap.tsv || fail "8.8 at line 2 col 9: $(cat wrap.tsv)"
grep -q "^wrap.txt	4	1	.*	67.6	%	67.6	%	exact	growth" wrap.tsv || fail "67.6% on line 4"
echo ok
