#!/bin/sh
# Every ```ini block of docs/spec.md renders with both painters, and the
# national example in the page is docs/examples/national.ini verbatim.
. "$(dirname "$0")/lib.sh"
doc=$TOP/docs/spec.md
awk '/^```ini$/ { n++; f = sprintf("block%d.ini", n); inb = 1; next }
    /^```$/ { inb = 0; next }
    inb { print > f }' "$doc"
ls block*.ini >/dev/null 2>&1 || fail "no ini block in docs/spec.md"
found=0
for b in block*.ini; do
	cmp -s "$b" "$TOP/docs/examples/national.ini" && found=1
done
[ $found -eq 1 ] || fail "docs/spec.md does not quote docs/examples/national.ini"
# A store to draw from: the reports corpus when present, else the sample.
if [ -d "$SHARED/corpus/reports" ]; then
	"$SB" ingest --db doc.db "$SHARED/corpus/reports" >/dev/null 2>&1 ||
		fail "ingest failed"
else
	"$SB" run --db doc.db -o sample.pdf >/dev/null 2>&1 || fail "run failed"
fi
for b in block*.ini; do
	for backend in cairo hpdf; do
		out=${b%.ini}-$backend.pdf
		"$SB" report --db doc.db --spec "$b" --backend $backend -o "$out" \
		    2>err.txt || { cat err.txt >&2; fail "$b ($backend) failed"; }
		pdfinfo "$out" >/dev/null 2>&1 || fail "$out is no PDF"
	done
done
echo ok
