#!/bin/sh
# check_pdf.sh [--no-text] PDF: structure, embedded CJK font, text, ink.
#
# A blank glyph (libharu 2.3.0 with WenQuanYi Micro Hei) keeps the text
# layer intact, so pdftotext alone passes; only counting ink catches it.
set -eu

text=1
if [ "${1:-}" = "--no-text" ]; then
	text=0
	shift
fi
[ $# -eq 1 ] || { echo "usage: check_pdf.sh [--no-text] PDF" >&2; exit 2; }
pdf=$1
here=$(dirname "$0")
tmp=$(mktemp -d "${TMPDIR:-/tmp}/check_pdf.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

fail() {
	echo "check_pdf: $pdf: $*" >&2
	exit 1
}

# 1. Structure.
qpdf --check "$pdf" >"$tmp/qpdf" 2>&1 || { cat "$tmp/qpdf" >&2; fail "qpdf --check failed"; }

# 2. An embedded WenQuanYi font.  Columns from the end: emb sub uni obj gen.
pdffonts "$pdf" >"$tmp/fonts" || fail "pdffonts failed"
awk '$1 ~ /WenQuanYi/ && $(NF-4) == "yes" { found = 1 } END { exit !found }' \
    "$tmp/fonts" || { cat "$tmp/fonts" >&2; fail "no embedded WenQuanYi font"; }

# 3. The text layer.
pdftotext -enc UTF-8 "$pdf" "$tmp/text" || fail "pdftotext failed"
if [ $text -eq 1 ]; then
	grep -q '太原市' "$tmp/text" || fail "text lacks 太原市"
	grep -q '44' "$tmp/text" || fail "text lacks 44"
fi

# 4. Ink in the title area (top 15 % of page 1 at 50 dpi).  Measured on
# the fixture: the 22 pt title makes about 360 dark pixels and the
# subtitle about 120 (484 in all, both painters); with blank glyphs
# nothing dark is left there (the grey date line is lighter than the
# threshold), so 300 fails a blank title and passes a drawn one.
pdftoppm -r 50 -f 1 -l 1 -gray -singlefile "$pdf" "$tmp/page" ||
    fail "pdftoppm failed"
dark=$(python3 "$here/ink.py" dark "$tmp/page.pgm" 0.15)
echo "$pdf: $dark dark pixels in the title area"
[ "$dark" -ge 300 ] || fail "title area nearly blank ($dark dark pixels): blank glyphs?"
echo "check_pdf: $pdf: ok"
