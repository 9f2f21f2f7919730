#!/bin/sh
# statbrief run with no arguments reads the built-in sample corpus and
# writes brief.pdf, brief.csv and statbrief.db in the current directory.
. "$(dirname "$0")/lib.sh"
"$SB" -v run >run.txt 2>&1 || { cat run.txt >&2; fail "run failed"; }
grep -q "brief: brief.pdf" run.txt || fail "path of the PDF not printed"
grep -q "csv:   brief.csv" run.txt || fail "path of the CSV not printed"
[ -s statbrief.db ] || fail "no statbrief.db"
sh "$TOP/tests/render/check_pdf.sh" brief.pdf
# Quiet when not asked and not on a terminal (cron mails only failures).
"$SB" run >quiet.txt 2>&1
[ ! -s quiet.txt ] || fail "run printed on success: $(cat quiet.txt)"
pdftotext -enc UTF-8 brief.pdf - | grep -q "PM2.5" || fail "no PM2.5 chart"
echo ok
