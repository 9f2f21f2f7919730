#!/bin/sh
# gen.sh DIR COUNT [SEED]: write COUNT small articles art_NNNNN.txt into
# DIR, built from our own sentence templates with varying places, years
# and figures (never from copied texts), and a SOURCES.tsv manifest.
# The same SEED gives the same files.
set -eu
dir=$1
count=$2
seed=${3:-1}
mkdir -p "$dir"
awk -v dir="$dir" -v n="$count" -v seed="$seed" '
function pick(arr, k) { return arr[1 + int(rand() * k)] }
function fig(lo, hi, dec,   v) {
	v = lo + rand() * (hi - lo)
	return dec ? sprintf("%.1f", v) : sprintf("%d", v)
}
BEGIN {
	srand(seed)
	nc = split("太原市 大同市 长治市 晋中市 运城市 临汾市 吕梁市 阳泉市 朔州市 忻州市", city, " ")
	nd = split("迎泽区 小店区 杏花岭区 尖草坪区 万柏林区 晋源区 清徐县 阳曲县 娄烦县 古交市", dist, " ")
	man = dir "/SOURCES.tsv"
	print "file\tpublication_date\tregion" > man
	for (i = 1; i <= n; i++) {
		f = sprintf("art_%05d.txt", i)
		y = 2015 + int(rand() * 10)
		c = pick(city, nc)
		t = pick(dist, nd)
		printf "%s\t%d-%02d-%02d\t%s\n", f, y + 1, 1 + int(rand() * 12), 1 + int(rand() * 28), c >> man
		p = dir "/" f
		printf "%s%d年经济运行情况通报\n\n", c, y > p
		printf "%d年，%s地区生产总值达到%s亿元，同比增长%s%%。", y, c, fig(800, 6000, 1), fig(1, 9, 1) >> p
		printf "社会消费品零售总额%s亿元，增长%s%%。\n", fig(200, 2000, 1), fig(1, 12, 1) >> p
		printf "全年城镇新增就业%s万人，城镇调查失业率%s%%。\n", fig(2, 12, 1), fig(3, 6, 1) >> p
		if (rand() < 0.7)
			printf "%d年%s城镇居民人均可支配收入%s元，同比增长%s%%。\n", y, t, fig(30000, 50000, 0), fig(2, 8, 1) >> p
		if (rand() < 0.6)
			printf "全年PM2.5平均浓度为%s微克/立方米，同比下降%s%%，空气质量优良天数%s天。\n", fig(30, 70, 0), fig(1, 15, 1), fig(200, 320, 0) >> p
		if (rand() < 0.5)
			printf "%s常住人口%s万人，城镇化率%s%%。\n", c, fig(100, 550, 1), fig(50, 90, 1) >> p
		if (rand() < 0.4)
			printf "%d年%s进出口总额%s亿元，实际使用外资%s亿元。\n", y, c, fig(50, 1500, 1), fig(1, 50, 1) >> p
		close(p)
	}
	close(man)
}'
