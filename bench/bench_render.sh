#!/bin/sh
# Render benchmark (not a test): the same 40 line charts from one CSV,
# drawn as a PDF by statbrief's cairo painter, its libharu painter,
# gnuplot (pdfcairo) and matplotlib (Debian python3-matplotlib run by
# /usr/bin/python3).  Prints wall times (whole processes, best of
# $RUNS), file sizes and ratios.  Goals: cairo >= 2x faster than
# gnuplot, >= 30x faster than matplotlib; the libharu brief <= 1 MB.
#
# Environment (bench/CMakeLists.txt sets it): BUILD (the build tree, with
# bench/bench_render), FONTCONFIG_FILE; RUNS (default 3).
set -eu
BUILD=${BUILD:?BUILD must name the build tree}
RUNS=${RUNS:-3}
drv=$BUILD/bench/bench_render
[ -x "$drv" ] || { echo "bench_render: build $drv first (cmake --build)"; exit 1; }
W=$(mktemp -d "${TMPDIR:-/tmp}/sbbench.XXXXXX")
trap 'rm -rf "$W"' EXIT INT TERM
cd "$W"
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1700000000} LC_ALL=C.UTF-8

# 40 charts of 12 yearly points each, deterministic.
awk 'BEGIN {
	print "chart,title,unit,x,value"
	seed = 7
	for (c = 1; c <= 40; c++) {
		v = 50 + (c * 37) % 400
		for (y = 2013; y <= 2024; y++) {
			seed = (seed * 1103515245 + 12345) % 2147483648
			v = v * (0.9 + (seed % 2000) / 10000.0)
			printf "c%02d,指标%02d 年度走势,亿元,%d,%.2f\n", c, c, y, v
		}
	}
}' >charts.csv

# Wall time of one command in seconds (best of RUNS).
best() {
	b=""
	i=0
	while [ $i -lt "$RUNS" ]; do
		t0=$(date +%s.%N)
		"$@" >/dev/null 2>"err.txt" || { cat err.txt >&2; echo "failed: $*" >&2; return 1; }
		t1=$(date +%s.%N)
		t=$(echo "$t1 $t0" | awk '{ printf "%.4f", $1 - $2 }')
		if [ -z "$b" ] || awk -v a="$t" -v b="$b" 'BEGIN { exit !(a < b) }'; then
			b=$t
		fi
		i=$((i + 1))
	done
	echo "$b"
}

# gnuplot: one datablock per chart, three plots to an A4 page.
awk -F, 'NR > 1 {
	if ($1 != last) { if (last != "") print "EOD"; print "$" $1 " << EOD"; last = $1; n++; t[n] = $2; id[n] = $1 }
	print $4, $5
} END {
	print "EOD"
	print "set terminal pdfcairo size 21cm,29.7cm font \"WenQuanYi Zen Hei,9\""
	print "set output \"gnuplot.pdf\""
	print "set grid ytics"
	print "set key off"
	print "set xtics 1"
	for (i = 1; i <= n; i++) {
		if ((i - 1) % 3 == 0) { if (i > 1) print "unset multiplot"; print "set multiplot layout 3,1" }
		print "set title \"" t[i] "（亿元）\""
		print "set yrange [0:*]"
		print "plot $" id[i] " using 1:2 with linespoints pt 7 lw 2, \"\" using 1:2:(sprintf(\"%g\", $2)) with labels offset 0,1"
	}
	print "unset multiplot"
}' charts.csv >charts.gp

cat >charts.py <<'PYEOF'
import csv, sys
import matplotlib
matplotlib.use("Agg")
from matplotlib import font_manager
from matplotlib.backends.backend_pdf import PdfPages
import matplotlib.pyplot as plt
fp = font_manager.FontProperties(fname="/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
charts = {}
order = []
with open("charts.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        if row["chart"] not in charts:
            charts[row["chart"]] = (row["title"], [], [])
            order.append(row["chart"])
        charts[row["chart"]][1].append(int(row["x"]))
        charts[row["chart"]][2].append(float(row["value"]))
with PdfPages("matplotlib.pdf") as pdf:
    for p in range(0, len(order), 3):
        fig, axes = plt.subplots(3, 1, figsize=(8.27, 11.69))
        for ax, cid in zip(axes, order[p:p + 3]):
            t, xs, ys = charts[cid]
            ax.plot(xs, ys, marker="o")
            for x, y in zip(xs, ys):
                ax.annotate("%g" % y, (x, y), textcoords="offset points", xytext=(0, 5), ha="center", fontsize=7)
            ax.set_title(t + "（亿元）", fontproperties=fp)
            ax.set_ylim(bottom=0)
            ax.grid(axis="y")
        pdf.savefig(fig)
        plt.close(fig)
PYEOF

size() { wc -c <"$1" | tr -d ' '; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "-" }'; }

t_cairo=$(best "$drv" charts.csv cairo cairo.pdf)
in_cairo=$("$drv" charts.csv cairo cairo.pdf)
t_hpdf=$(best "$drv" charts.csv hpdf hpdf.pdf)
in_hpdf=$("$drv" charts.csv hpdf hpdf.pdf)
have_gp=0; have_mpl=0
command -v gnuplot >/dev/null 2>&1 && have_gp=1
/usr/bin/python3 -c "import matplotlib" >/dev/null 2>&1 && have_mpl=1
[ $have_gp -eq 1 ] && t_gp=$(best gnuplot charts.gp)
[ $have_mpl -eq 1 ] && t_mpl=$(best /usr/bin/python3 charts.py)

pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ { print $2 }'; }
printf "%-22s %9s %9s %7s %11s\n" "40 line charts" "wall s" "render s" "pages" "bytes"
printf "%-22s %9s %9s %7s %11s\n" "statbrief cairo" "$t_cairo" "$in_cairo" "$(pages cairo.pdf)" "$(size cairo.pdf)"
printf "%-22s %9s %9s %7s %11s\n" "statbrief libharu" "$t_hpdf" "$in_hpdf" "$(pages hpdf.pdf)" "$(size hpdf.pdf)"
[ $have_gp -eq 1 ] && printf "%-22s %9s %9s %7s %11s\n" "gnuplot pdfcairo" "$t_gp" "-" "$(pages gnuplot.pdf)" "$(size gnuplot.pdf)"
[ $have_mpl -eq 1 ] && printf "%-22s %9s %9s %7s %11s\n" "matplotlib" "$t_mpl" "-" "$(pages matplotlib.pdf)" "$(size matplotlib.pdf)"
echo
status=0
if [ $have_gp -eq 1 ]; then
	r=$(ratio "$t_gp" "$t_cairo")
	ok=$(awk -v r="$r" 'BEGIN { print (r >= 2) ? "ok" : "MISSED" }')
	echo "cairo vs gnuplot:    ${r}x faster (goal >= 2x) $ok"
else
	echo "gnuplot missing (Debian package gnuplot-nox): no comparison"
fi
if [ $have_mpl -eq 1 ]; then
	r=$(ratio "$t_mpl" "$t_cairo")
	ok=$(awk -v r="$r" 'BEGIN { print (r >= 30) ? "ok" : "MISSED" }')
	echo "cairo vs matplotlib: ${r}x faster (goal >= 30x) $ok"
else
	echo "matplotlib missing (Debian package python3-matplotlib): no comparison"
fi
echo "libharu vs cairo:    $(ratio "$t_hpdf" "$t_cairo")x the time, $(ratio "$(size hpdf.pdf)" "$(size cairo.pdf)")x the size"
hs=$(size hpdf.pdf)
echo "libharu brief:       $hs bytes (goal <= 1048576) $([ "$hs" -le 1048576 ] && echo ok || echo MISSED)"
exit $status
