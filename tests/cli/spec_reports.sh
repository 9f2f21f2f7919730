#!/bin/sh
# The national brief from shared/corpus/reports (docs/examples/national.ini):
# GDP growth 2021-2024 as one line beside its targets, with both painters;
# outline, metadata, page numbers, byte-reproducible output; the same chart
# alone as SVG and PNG.
. "$(dirname "$0")/lib.sh"
[ -d "$SHARED/corpus/reports" ] || { echo "no $SHARED/corpus/reports"; exit 77; }
spec=$TOP/docs/examples/national.ini
for b in cairo hpdf; do
	"$SB" run --db rep.db --backend $b --spec "$spec" -o $b.pdf \
	    "$SHARED/corpus/reports" >run.txt 2>&1 ||
		{ cat run.txt >&2; fail "run ($b) failed"; }
	sh "$TOP/tests/render/check_pdf.sh" --no-text $b.pdf
	pdftotext -enc UTF-8 $b.pdf $b.txt 2>/dev/null
	for want in 全国经济运行简报 国内生产总值增速与预期目标 "全国 国内生产总值增速（%）" \
	    实际 目标 "目标 5.5" "目标 6" 8.1 5.2 2021 2024 \
	    cn_gov_work_report_2022.txt 2022-03-05 主要指标一览 走势; do
		grep -qF "$want" $b.txt || fail "$b: text lacks '$want'"
	done
	grep -q "第 *1 *页" $b.txt || fail "$b: no page number"
	grep -qF 2025-03-05 $b.txt || fail "$b: no 2025 source"
	grep -qF "目标 2.3" $b.txt && echo "note: 2020 growth 2.3% is still extracted as a target" >&2
	pdfinfo $b.pdf >info.txt 2>/dev/null
	grep -q "^Title: *全国经济运行简报" info.txt || fail "$b: no title metadata"
	grep -q "^Subject: *据2021" info.txt || fail "$b: no subject metadata"
	grep -q "^Creator: *statbrief" info.txt || fail "$b: no creator"
	grep -q "^CreationDate: *Tue Nov 14 22:13:20 2023" info.txt ||
		fail "$b: creation date is not SOURCE_DATE_EPOCH"
	qpdf --json --json-key=outlines $b.pdf >outl.json 2>/dev/null ||
		fail "$b: qpdf --json"
	for h in 要点 国内生产总值增速与预期目标 主要指标一览 关键数据; do
		grep -qF "\"title\": \"$h\"" outl.json || fail "$b: no bookmark $h"
	done
	"$SB" report --db rep.db --backend $b --spec "$spec" -o again.pdf ||
		fail "report ($b) failed"
	cmp -s $b.pdf again.pdf || fail "$b: two runs differ"
done
# Both painters draw the same words on the same number of pages.
sh "$TOP/tests/render/backends_agree.sh" cairo.pdf hpdf.pdf
# The chart alone.
"$SB" chart --db rep.db --spec "$spec" --indicator gdp --kind growth \
    --region 全国 -o gdp.svg || fail "chart svg failed"
grep -q "<svg" gdp.svg || fail "gdp.svg is no SVG"
"$SB" chart --db rep.db --indicator 国内生产总值 --kind growth -o gdp.png ||
	fail "chart png failed"
head -c 8 gdp.png | od -An -c | grep -q "P   N   G" || fail "gdp.png is no PNG"
echo ok
