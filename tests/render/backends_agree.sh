#!/bin/sh
# backends_agree.sh [--no-text] A.pdf B.pdf: the cairo and libharu
# renderings of one report have the same pages, the same words and about
# the same ink on every page (within a factor of 2 either way).
# --no-text skips the words: characters beyond U+FFFF legitimately
# differ (pango draws a hex box, libharu a '?').
set -eu

text=1
if [ "${1:-}" = "--no-text" ]; then
	text=0
	shift
fi
[ $# -eq 2 ] || { echo "usage: backends_agree.sh [--no-text] A.pdf B.pdf" >&2; exit 2; }
a=$1
b=$2
here=$(dirname "$0")
tmp=$(mktemp -d "${TMPDIR:-/tmp}/backends_agree.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

fail() {
	echo "backends_agree: $*" >&2
	exit 1
}

pages() {
	pdfinfo "$1" | awk '/^Pages:/ { print $2 }'
}
na=$(pages "$a")
nb=$(pages "$b")
[ -n "$na" ] && [ "$na" = "$nb" ] || fail "page counts differ: $na vs $nb"

# Words, one per line, sorted: pdftotext orders words on one baseline
# by sub-point positions, which the painters round differently.
words() {
	pdftotext -enc UTF-8 "$1" - 2>/dev/null | tr -s ' \f\n' '\n\n\n' |
	    sed '/^$/d' | LC_ALL=C sort
}
if [ $text -eq 1 ]; then
	words "$a" >"$tmp/a.words"
	words "$b" >"$tmp/b.words"
	diff -u "$tmp/a.words" "$tmp/b.words" >&2 || fail "text differs"
fi

pdftoppm -r 50 -gray "$a" "$tmp/a"
pdftoppm -r 50 -gray "$b" "$tmp/b" 2>/dev/null
i=0
for pa in $(ls "$tmp"/a*.pgm | sort); do
	i=$((i + 1))
	pb=$tmp/b${pa#"$tmp"/a}
	[ -f "$pb" ] || fail "page $i missing in $b"
	set -- $(python3 "$here/ink.py" total "$pa" "$pb")
	echo "page $i: ink $1 vs $2"
	awk -v x="$1" -v y="$2" 'BEGIN { exit !(x > 0 && y > 0 && y / x >= 0.5 && y / x <= 2) }' ||
	    fail "page $i: ink differs too much ($1 vs $2)"
done
[ $i -eq "$na" ] || fail "rendered $i pages, expected $na"
echo "backends_agree: ok ($na pages)"
