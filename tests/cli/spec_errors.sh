#!/bin/sh
# Spec and chart errors: the exit code and a message naming file and line.
# Without any CJK font: exit 69 naming the Debian package, no output.
. "$(dirname "$0")/lib.sh"
"$SB" run --db s.db -o ok.pdf >/dev/null 2>&1 || fail "sample run failed"

printf '[report]\npage = A5\n' >bad.ini
expect_exit 65 "$SB" report --db s.db --spec bad.ini -o x.pdf
grep -q "^statbrief: bad.ini:2: page: want A4 or Letter" err.txt ||
	fail "message: $(cat err.txt)"
[ ! -e x.pdf ] || fail "x.pdf written despite the error"
printf '[report]\ntitle = t\n[section a]\ncolour = red\n' >bad2.ini
expect_exit 65 "$SB" run --db s.db --spec bad2.ini -o x.pdf
grep -q "^statbrief: bad2.ini:4: .*unknown key \"colour\"" err.txt ||
	fail "message: $(cat err.txt)"
expect_exit 66 "$SB" report --db s.db --spec missing.ini -o x.pdf
grep -q "missing.ini" err.txt || fail "message: $(cat err.txt)"
# Spec from stdin.
printf '[report]\ntitle = 从标准输入\n' | "$SB" report --db s.db --spec - \
    -o stdin.pdf || fail "spec from stdin failed"
pdftotext -enc UTF-8 stdin.pdf - | grep -q 从标准输入 || fail "stdin spec ignored"

expect_exit 64 "$SB" chart --db s.db -o x.svg
expect_exit 64 "$SB" chart --db s.db --indicator pm25 -o x.pdf
expect_exit 64 "$SB" chart --db s.db --indicator pm25 --kind big -o x.svg
expect_exit 66 "$SB" chart --db s.db --indicator no_such_thing -o x.svg
grep -q "no series of no_such_thing" err.txt || fail "message: $(cat err.txt)"
expect_exit 66 "$SB" chart --db none.db --indicator pm25 -o x.svg
expect_exit 0 "$SB" chart --help
grep -q "usage: statbrief chart" out.txt || fail "chart --help"

# No CJK font: run, report and chart exit 69 and name the package.
for cmd in "run --db nf.db -o nf.pdf" "report --db s.db -o nf.pdf" \
    "chart --db s.db --indicator pm25 -o nf.svg"; do
	# shellcheck disable=SC2086
	expect_exit 69 env FONTCONFIG_FILE="$TOP/tests/render/nofonts.conf" \
	    "$SB" $cmd
	grep -q "fonts-wqy-zenhei" err.txt || fail "$cmd: $(cat err.txt)"
done
[ ! -e nf.pdf ] && [ ! -e nf.svg ] && [ ! -e nf.csv ] ||
	fail "output written without a font"
echo ok
