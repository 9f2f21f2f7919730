#!/bin/sh
# statbrief run on the seeds with one backend: a PDF that passes the PDF
# checks and shows the PM2.5 series with its Jan-Aug point, and a CSV.
. "$(dirname "$0")/lib.sh"
need_shared
backend=$1
"$SB" run --db seeds.db --backend "$backend" -o brief.pdf "$SHARED/corpus/seeds" >run.txt 2>&1 ||
	{ cat run.txt >&2; fail "run failed"; }
[ -s brief.pdf ] && [ -s brief.csv ] || fail "brief.pdf or brief.csv missing"
sh "$TOP/tests/render/check_pdf.sh" brief.pdf
pdftotext -enc UTF-8 brief.pdf brief.txt
grep -q "统计简报" brief.txt || fail "no title"
grep -q "[0-9]\{4\}-[0-9][0-9]-[0-9][0-9]" brief.txt || fail "no date"
grep -q "PM2.5" brief.txt || fail "no PM2.5 chart"
grep -q "2023年1-8月" brief.txt || fail "no partial-period label"
grep -q "空心点为非全年数据" brief.txt || fail "no partial-period legend"
grep -q "分地区\|按期" brief.txt || fail "no bar chart"
grep -q "关键数据" brief.txt || fail "no key-figure table"
grep -q "002_030953ef5e0be5b6.txt" brief.txt || fail "no source file named"
head -1 brief.csv | tr -d '\r' | grep -q "^file,line,col,indicator,indicator_id,region,period,value,unit,base_value,base_unit,qualifier,kind,sentence$" ||
	fail "CSV header: $(head -1 brief.csv)"
grep -q "^[^,]*002_030953ef5e0be5b6.txt,116,[0-9]*,[^,]*,pm25,太原市,2017,60,微克/立方米,60,µg/m³,exact,level," brief.csv ||
	fail "CSV lacks the PM2.5 2017 row"
echo ok
