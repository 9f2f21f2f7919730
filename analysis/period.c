/*
 * Time expressions (see period.h).  Each pattern is a small function that
 * reads at most a few characters; sb_period_scan tries them in turn.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "number.h"
#include "period.h"
#include "strmatch.h"

#define DIG(c)	((c) >= '0' && (c) <= '9')

/* Small number in Arabic or Chinese digits (月 and 季度 counts). */
static size_t
smallnum(const char *p, size_t n, int *v)
{
	struct sb_num	 num;
	size_t		 l;

	if ((l = sb_number_parse(p, n, &num)) == 0 || num.decimals > 0 ||
	    num.value > 9999 || num.value < 0)
		return 0;
	*v = (int)num.value;
	return l;
}

/* Range separators between two months or years: 至 到 —— — – 〜 - ~. */
static size_t
rangesep(const char *p, size_t n)
{
	size_t	 l;

	if (n == 0)
		return 0;
	switch ((unsigned char)p[0]) {
	case '-':
	case '~':
		return 1;
	case 0xe8:
		return lit(p, n, "\xe8\x87\xb3");			/* 至 */
	case 0xe5:
		return lit(p, n, "\xe5\x88\xb0");			/* 到 */
	case 0xe2:
		if ((l = lit(p, n, "\xe2\x80\x94\xe2\x80\x94")))	/* —— */
			return l;
		if ((l = lit(p, n, "\xe2\x80\x94")))		/* — */
			return l;
		return lit(p, n, "\xe2\x80\x93");			/* – */
	case 0xe3:
		return lit(p, n, "\xe3\x80\x9c");			/* 〜 */
	default:
		return 0;
	}
}

/* Can what follows a run of digits go on to a period (年 月 季 至 到 - ~ — – 〜)? */
static int
after_digits(const char *p, size_t n)
{
	switch ((unsigned char)p[0]) {
	case '-':
	case '~':
	case ' ':
		return 1;
	case 0xe5:
		return lit(p, n, "\xe5\xb9\xb4") ||	/* 年 */
		    lit(p, n, "\xe5\xad\xa3") ||		/* 季 */
		    lit(p, n, "\xe5\x88\xb0");		/* 到 */
	case 0xe6:
		return lit(p, n, "\xe6\x9c\x88") != 0;	/* 月 */
	case 0xe8:
		return lit(p, n, "\xe8\x87\xb3") != 0;	/* 至 */
	case 0xe2:
	case 0xe3:
		return rangesep(p, n) > 0;
	default:
		return 0;
	}
}

/*
 * Months part after a year (or alone): "8月", "1至8月", "1—5月份",
 * "一季度", "前三季度", "上半年", "年末".  Returns bytes consumed.
 */
static size_t
months(const char *p, size_t n, int year, struct sb_period *per)
{
	size_t	 i = 0, l, l0;
	int	 a = 0, a0 = 0, b = 0, k;

	if (n == 0)
		return 0;

	if ((l = lit(p, n, "\xe4\xb8\x8a\xe5\x8d\x8a\xe5\xb9\xb4")) ||	/* 上半年 */
	    (l = lit(p, n, "\xe5\x89\x8d\xe5\x8d\x8a\xe5\xb9\xb4"))) {
		per->gran = SB_GRAN_HALF;
		per->y1 = year;
		per->m1 = 1;
		return l;
	}
	if ((l = lit(p, n, "\xe4\xb8\x8b\xe5\x8d\x8a\xe5\xb9\xb4"))) {	/* 下半年 */
		per->gran = SB_GRAN_HALF;
		per->y1 = year;
		per->m1 = 2;
		return l;
	}
	if ((l = lit(p, n, "\xe5\xb9\xb4\xe6\x9c\xab")) ||	/* 年末 */
	    (l = lit(p, n, "\xe5\xb9\xb4\xe5\xba\x95"))) {	/* 年底 */
		per->gran = SB_GRAN_MONTH;
		per->y1 = year;
		per->m1 = 12;
		per->point = 1;
		return l;
	}
	/* 第一季度, 一季度, 前三季度 */
	if ((l = lit(p, n, "\xe5\x89\x8d")))			/* 前 */
		i = l;
	else if ((l = lit(p, n, "\xe7\xac\xac")))		/* 第 */
		i = l;
	/* The numeral at p is read once: quarters and months both want it. */
	l0 = smallnum(p, n, &a0);
	if (i == 0) {
		l = l0;
		a = a0;
	} else
		l = smallnum(p + i, n - i, &a);
	if (l > 0 && a >= 1 && a <= 4 &&
	    lit(p + i + l, n - i - l, "\xe5\xad\xa3\xe5\xba\xa6")) {	/* 季度 */
		if (p[0] == '\xe5' && p[1] == '\x89') {	/* 前N季度 */
			per->gran = SB_GRAN_MONTHS;
			per->y1 = per->y2 = year;
			per->m1 = 1;
			per->m2 = a * 3;
		} else if (lit(p + i + l + 6, n - i - l - 6, "\xe6\x9c\xab")) {
			/* 一季度末: its last month, a moment. */
			per->gran = SB_GRAN_MONTH;
			per->y1 = year;
			per->m1 = a * 3;
			per->point = 1;
			return i + l + 9;
		} else {
			per->gran = SB_GRAN_QUARTER;
			per->y1 = year;
			per->m1 = a;
		}
		return i + l + 6;
	}
	/* 前N个月, 前N月: the first N months. */
	if (n > 3 && p[0] == '\xe5' && p[1] == '\x89' && p[2] == '\x8d' &&
	    (l = smallnum(p + 3, n - 3, &a)) > 0 && a >= 1 && a <= 12 &&
	    ((k = lit(p + 3 + l, n - 3 - l, "\xe4\xb8\xaa\xe6\x9c\x88")) ||	/* 个月 */
	    (k = lit(p + 3 + l, n - 3 - l, "\xe6\x9c\x88")))) {		/* 月 */
		per->gran = SB_GRAN_MONTHS;
		per->y1 = per->y2 = year;
		per->m1 = 1;
		per->m2 = a;
		return 3 + l + (size_t)k;
	}
	/* N月, N至M月, 1-8月份 */
	i = 0;
	if ((l = l0) == 0 || (a = a0) < 1 || a > 12)
		return 0;
	i = l;
	if ((l = rangesep(p + i, n - i)) > 0 &&
	    (l += smallnum(p + i + l, n - i - l, &b)) > rangesep(p + i,
	    n - i) && b > a && b <= 12 &&
	    lit(p + i + l, n - i - l, "\xe6\x9c\x88")) {		/* 月 */
		per->gran = SB_GRAN_MONTHS;
		per->y1 = per->y2 = year;
		per->m1 = a;
		per->m2 = b;
		i += l + 3;
	} else if (lit(p + i, n - i, "\xe6\x9c\x88")) {
		per->gran = SB_GRAN_MONTH;
		per->y1 = year;
		per->m1 = a;
		i += 3;
		/* A day after the month: the figure is of that month. */
		if ((l = smallnum(p + i, n - i, &b)) > 0 && b >= 1 &&
		    b <= 31 && (lit(p + i + l, n - i - l, "\xe6\x97\xa5") ||
		    lit(p + i + l, n - i - l, "\xe5\x8f\xb7"))) {
			i += l + 3;
			per->day = 1;
		}
	} else
		return 0;
	if (lit(p + i, n - i, "\xe4\xbb\xbd"))			/* 份 */
		i += 3;
	return i;
}

/* A four-digit year 1949..2100 followed by 年 (or a year range). */
/*
 * 末 or 底 right after a year (2024年底, 上年末): its last month, a
 * moment.  Returns the bytes consumed.
 */
static size_t
yearend(const char *p, size_t n, struct sb_period *per)
{
	size_t	 l;

	if ((l = lit(p, n, "\xe6\x9c\xab")) == 0 &&		/* 末 */
	    (l = lit(p, n, "\xe5\xba\x95")) == 0)		/* 底 */
		return 0;
	per->gran = SB_GRAN_MONTH;
	per->m1 = 12;
	per->point = 1;
	return l;
}

static size_t
year(const char *p, size_t n, struct sb_period *per)
{
	int	 y = 0, y2 = 0, i;
	size_t	 k, l;

	if (n < 7)
		return 0;
	for (i = 0; i < 4; i++) {
		if (!DIG(p[i]))
			return 0;
		y = y * 10 + (p[i] - '0');
	}
	if (n > 4 && DIG(p[4]))
		return 0;
	if (y < 1949 || y > 2100)
		return 0;
	k = 4;
	/* 2021—2023年, 2021-2023年, 2021至2023年 */
	if ((l = rangesep(p + k, n - k)) > 0 && k + l + 4 <= n &&
	    DIG(p[k + l]) && DIG(p[k + l + 1]) && DIG(p[k + l + 2]) &&
	    DIG(p[k + l + 3])) {
		for (i = 0; i < 4; i++)
			y2 = y2 * 10 + (p[k + l + i] - '0');
		if (y2 > y && y2 <= 2100 && lit(p + k + l + 4, n - k - l - 4,
		    "\xe5\xb9\xb4")) {
			per->gran = SB_GRAN_YEARS;
			per->y1 = y;
			per->y2 = y2;
			return k + l + 4 + 3;
		}
	}
	if (!lit(p + k, n - k, "\xe5\xb9\xb4"))			/* 年 */
		return 0;
	k += 3;
	per->gran = SB_GRAN_YEAR;
	per->y1 = y;
	/* 2021年至2023年, 2021年到2023年 (not 2021年至2023年6月). */
	if ((l = rangesep(p + k, n - k)) > 0 && k + l + 7 <= n &&
	    DIG(p[k + l]) && DIG(p[k + l + 1]) && DIG(p[k + l + 2]) &&
	    DIG(p[k + l + 3]) && lit(p + k + l + 4, n - k - l - 4,
	    "\xe5\xb9\xb4") && !(k + l + 7 < n && DIG(p[k + l + 7]))) {
		for (i = 0, y2 = 0; i < 4; i++)
			y2 = y2 * 10 + (p[k + l + i] - '0');
		if (y2 > y && y2 <= 2100) {
			per->gran = SB_GRAN_YEARS;
			per->y2 = y2;
			return k + l + 7;
		}
	}
	if ((l = months(p + k, n - k, y, per)) > 0)
		k += l;
	else if ((l = lit(p + k, n - k, "\xe5\xba\xa6")))	/* 年度 */
		k += l;
	else
		k += yearend(p + k, n - k, per);
	return k;
}

/* Relative years: 今年 0, 去年 -1, ... */
static size_t
relyear(const char *p, size_t n, int *delta)
{
	static const struct {
		const char	*s;
		int		 d;
	} w[] = {
		{ "\xe4\xbb\x8a\xe5\xb9\xb4", 0 },		/* 今年 */
		{ "\xe6\x9c\xac\xe5\xb9\xb4", 0 },		/* 本年 */
		{ "\xe5\x8e\xbb\xe5\xb9\xb4", -1 },		/* 去年 */
		{ "\xe4\xb8\x8a\xe5\xb9\xb4", -1 },		/* 上年 */
		{ "\xe4\xb8\x8a\xe4\xb8\x80\xe5\xb9\xb4", -1 },	/* 上一年 */
		{ "\xe8\xbf\x87\xe5\x8e\xbb\xe4\xb8\x80\xe5\xb9\xb4", -1 },	/* 过去一年 */
		{ "\xe8\xbf\x87\xe5\x8e\xbb\xe7\x9a\x84\xe4\xb8\x80\xe5\xb9\xb4", -1 },	/* 过去的一年 */
		{ "\xe5\x89\x8d\xe5\xb9\xb4", -2 },		/* 前年 */
		{ "\xe6\x98\x8e\xe5\xb9\xb4", 1 },		/* 明年 */
		{ NULL, 0 }
	};
	int	 i, l;

	for (i = 0; w[i].s != NULL; i++)
		if ((l = (p[0] == w[i].s[0] ? litv(p, n, w[i].s) : 0)) > 0) {
			*delta = w[i].d;
			return (size_t)l;
		}
	return 0;
}

/* "十四五"以来, 十三五期间: five-year plans. */
static size_t
fiveyear(const char *p, size_t n, const struct sb_date *pub,
    struct sb_period *per)
{
	size_t	 i = 0, l;
	int	 k;

	if ((l = lit(p, n, "\xe2\x80\x9c")) || (l = lit(p, n, "\"")))
		i = l;
	if ((l = lit(p + i, n - i, "\xe5\x8d\x81")) == 0)	/* 十 */
		return 0;
	i += l;
	if ((k = sb_number_cdigit(p + i, n - i, &l)) < 1)
		return 0;
	i += l;
	if ((l = lit(p + i, n - i, "\xe4\xba\x94")) == 0)	/* 五 */
		return 0;
	i += l;
	if ((l = lit(p + i, n - i, "\xe2\x80\x9d")) || (l = lit(p + i,
	    n - i, "\"")))
		i += l;
	/* 十N五: plan 10+k runs 1956 + 5 * (10 + k - 1) on (十四五: 2021). */
	per->gran = SB_GRAN_YEARS;
	per->y1 = 1956 + 5 * (10 + k - 1);
	per->y2 = per->y1 + 4;
	if ((l = lit(p + i, n - i, "\xe4\xbb\xa5\xe6\x9d\xa5"))) {	/* 以来 */
		i += l;
		/* Up to now: early in a year, the last full year. */
		if (pub->y > per->y1 && pub->y <= per->y2 + 1)
			per->y2 = pub->m >= 1 && pub->m <= 3 ? pub->y - 1 :
			    pub->y;
	} else if ((l = lit(p + i, n - i, "\xe6\x9c\x9f\xe9\x97\xb4")))	/* 期间 */
		i += l;
	else if ((l = lit(p + i, n - i, "\xe6\x9c\xab"))) {	/* 末: its last year */
		i += l;
		per->gran = SB_GRAN_YEAR;
		per->y1 = per->y2;
	}
	else if (!lit(p + i, n - i, "\xe6\x97\xb6\xe6\x9c\x9f") &&	/* 时期 */
	    !lit(p + i, n - i, "\xe8\xa7\x84\xe5\x88\x92"))		/* 规划 */
		return 0;
	return i;
}

/* A change told over years: 增加, 增长, 提高, 下降, 减少, 累计. */
static int
change_after(const char *p, size_t n)
{
	return lit(p, n, "\xe5\xa2\x9e\xe5\x8a\xa0") ||	/* 增加 */
	    lit(p, n, "\xe5\xa2\x9e\xe9\x95\xbf") ||	/* 增长 */
	    lit(p, n, "\xe6\x8f\x90\xe9\xab\x98") ||	/* 提高 */
	    lit(p, n, "\xe4\xb8\x8b\xe9\x99\x8d") ||	/* 下降 */
	    lit(p, n, "\xe5\x87\x8f\xe5\xb0\x91") ||	/* 减少 */
	    lit(p, n, "\xe7\xb4\xaf\xe8\xae\xa1");	/* 累计 */
}

/*
 * The last N years: 过去五年, 近五年, 五年来, 五年年均 (N = 2..10), the
 * years before the publication year; N年来 in the second half of a year
 * runs up to that year (两年来 in 2023-09: 2021..2023).
 */
static size_t
lastyears(const char *p, size_t n, const struct sb_date *pub,
    struct sb_period *per)
{
	size_t	 i = 0, l;
	int	 k, form, digits;

	if ((l = lit(p, n, "\xe8\xbf\x87\xe5\x8e\xbb")) ||	/* 过去 */
	    (l = lit(p, n, "\xe8\xbf\x91")))			/* 近 */
		i = l;
	form = i > 0;
	if ((l = smallnum(p + i, n - i, &k)) == 0 || k < 2 || k > 30 ||
	    pub->y == 0)
		return 0;
	digits = (unsigned char)p[i] < 0x80;
	i += l;
	if (!lit(p + i, n - i, "\xe5\xb9\xb4"))			/* 年 */
		return 0;
	i += 3;
	/* 3年就翻了一番: the years up to the one published. */
	if (!form && k <= 10 && lit(p + i, n - i, "\xe5\xb0\xb1")) {	/* 就 */
		/* (In January the year just ended is the last.) */
		per->gran = SB_GRAN_YEARS;
		per->y2 = pub->m == 1 ? pub->y - 1 : pub->y;
		per->y1 = per->y2 - k + 1;
		per->relative = 1;
		return i + 3;
	}
	if (digits)
		return 0;	/* 五年, 十年; not 5年 (a duration in figures) */
	if (lit(p + i, n - i, "\xe6\x9d\xa5") ||			/* 来 */
	    (!form && change_after(p + i, n - i))) {
		/* 十年增加近70万亿元: the years of the change. */
		if (lit(p + i, n - i, "\xe6\x9d\xa5"))
			i += 3;
		/* 两年来 in September: from two years back to now. */
		if (!form && pub->m >= 7) {
			per->gran = SB_GRAN_YEARS;
			per->y1 = pub->y - k;
			per->y2 = pub->y;
			per->relative = 1;
			return i;
		}
	} else if (lit(p + i, n - i, "\xe5\xb9\xb4\xe5\x9d\x87"))	/* 年均 */
		i += 6;
	else if (!form)
		return 0;
	per->gran = SB_GRAN_YEARS;
	per->y1 = pub->y - k;
	per->y2 = pub->y - 1;
	per->relative = 1;
	return i;
}

/* The code point of the three-byte character at p (n readable), or 0. */
static uint32_t
cp3(const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;

	if (n < 3 || u[0] < 0xe0 || u[0] > 0xef)
		return 0;
	return (uint32_t)(u[0] & 0x0f) << 12 | (uint32_t)(u[1] & 0x3f) << 6 |
	    (u[2] & 0x3f);
}

/* Does a numeral (digits or Chinese) start at p? */
static int
numeral_at(const char *p, size_t n)
{
	return n > 0 && (DIG(p[0]) || sb_number_cchar(cp3(p, n)));
}

/*
 * Can a period start at p, whose first character is no digit?  The
 * patterns below start with few pairs of characters, so a look at two
 * turns down the words that merely begin like one (上级, 年产, 第一批,
 * “双碳”) before any pattern is tried.  1 when unsure.
 */
static int
may_start(const char *p, size_t n)
{
	uint32_t	 a = cp3(p, n), b;
	size_t		 i;

	if (p[0] == '"')
		return cp3(p + 1, n - 1) == 0x5341;		/* "十 */
	if (a == 0)
		return 1;
	b = cp3(p + 3, n - 3);
	switch (a) {
	case 0x4eca:	/* 今 */
	case 0x53bb:	/* 去 */
	case 0x660e:	/* 明 */
		return b == 0x5e74;				/* 年 */
	case 0x672c:	/* 本 */
		return b == 0x5e74 || b == 0x6708;		/* 年 月 */
	case 0x4e0a:	/* 上 */
		return b == 0x5e74 || b == 0x4e00 || b == 0x6708 ||
		    b == 0x4e2a || b == 0x534a;			/* 年一月个半 */
	case 0x8fc7:	/* 过 */
		return b == 0x53bb;				/* 去 */
	case 0x524d:	/* 前 */
		return b == 0x5e74 || b == 0x534a ||		/* 年 半 */
		    numeral_at(p + 3, n - 3);
	case 0x7b2c:	/* 第 */
	case 0x8fd1:	/* 近 */
		return numeral_at(p + 3, n - 3);
	case 0x4e0b:	/* 下 */
		return b == 0x534a;				/* 半 */
	case 0x5e74:	/* 年 */
		return b == 0x672b || b == 0x5e95;		/* 末 底 */
	case 0x201c:	/* “ */
		return b == 0x5341;				/* 十 */
	default:
		break;
	}
	if (!sb_number_cchar(a))
		return 1;
	/* A numeral goes on to 年, 季度, 月, a range, or ends a plan's
	 * name (“十四五”以来, 十三五期间, 时期, 规划). */
	for (i = 3; i < n && i < 96 && (DIG(p[i]) ||
	    sb_number_cchar(cp3(p + i, n - i))); i += DIG(p[i]) ? 1 : 3)
		;
	if (i >= n || i >= 96)
		return 1;
	switch (p[i]) {
	case '-':
	case '~':
	case '"':
		return 1;
	default:
		break;
	}
	switch (cp3(p + i, n - i)) {
	case 0x5e74: case 0x5b63: case 0x6708:		/* 年 季 月 */
	case 0x81f3: case 0x5230:			/* 至 到 */
	case 0x2014: case 0x2013: case 0x301c:		/* — – 〜 */
	case 0x201d: case 0x4ee5: case 0x671f:		/* ” 以 期 */
	case 0x65f6: case 0x89c4:			/* 时 规 */
		return 1;
	default:
		return 0;
	}
}

/* The last month of a period within its year, or 0. */
static int
end_month(const struct sb_period *per)
{
	switch (per->gran) {
	case SB_GRAN_MONTH:
		return per->m1;
	case SB_GRAN_MONTHS:
		return per->y2 == per->y1 || per->y2 == 0 ? per->m2 : 0;
	case SB_GRAN_QUARTER:
		return 3 * per->m1;
	case SB_GRAN_HALF:
		return 6 * per->m1;
	default:
		return 0;
	}
}

size_t
sb_period_scan(const char *p, size_t n, const struct sb_date *pub,
    int ctxyear, struct sb_period *per)
{
	size_t	 l, k;
	int	 delta, y;

	memset(per, 0, sizeof(*per));
	if (n == 0)
		return 0;
	if (!DIG(p[0]) && !may_start(p, n))
		return 0;
	if (DIG(p[0])) {
		/* Digits start a period only before 年, 月, 季度 or a range
		 * mark: most numbers are let go here, unparsed. */
		for (k = 1; k < n && DIG(p[k]); k++)
			;
		if (k < n && !after_digits(p + k, n - k))
			return 0;
		if ((l = year(p, n, per)) > 0)
			return l;
	}
	if ((l = relyear(p, n, &delta)) > 0) {
		per->relative = 1;
		y = pub->y ? pub->y + delta : 0;
		per->gran = y ? SB_GRAN_YEAR : SB_GRAN_NONE;
		per->y1 = y;
		if ((k = months(p + l, n - l, y, per)) > 0)
			l += k;
		else if ((k = yearend(p + l, n - l, per)) > 0)
			l += k;
		else if (delta == 0 && pub->m > 0 && pub->m < 12 &&
		    (k = lit(p + l, n - l, "\xe4\xbb\xa5\xe6\x9d\xa5")) > 0) {
			/* 今年以来: from January to the publication month. */
			per->gran = SB_GRAN_MONTHS;
			per->y2 = y;
			per->m1 = 1;
			per->m2 = pub->m;
			l += k;
		}
		if (y == 0)
			per->gran = SB_GRAN_NONE;
		return l;
	}
	if ((l = fiveyear(p, n, pub, per)) > 0)
		return l;
	/* 上月, 上个月, 本月: the month before the one published, or it. */
	if (pub->y && pub->m && ((l = lit(p, n, "\xe4\xb8\x8a\xe6\x9c\x88")) ||
	    (l = lit(p, n, "\xe4\xb8\x8a\xe4\xb8\xaa\xe6\x9c\x88")) ||
	    (l = lit(p, n, "\xe6\x9c\xac\xe6\x9c\x88")))) {
		per->gran = SB_GRAN_MONTH;
		per->relative = 1;
		per->y1 = pub->y;
		per->m1 = pub->m;
		if (p[0] == '\xe4' && --per->m1 == 0) {	/* 上 */
			per->m1 = 12;
			per->y1--;
		}
		return l;
	}
	if ((l = lastyears(p, n, pub, per)) > 0)
		return l;
	y = ctxyear ? ctxyear : pub->y;
	if ((l = months(p, n, y, per)) > 0) {
		per->yearless = 1;
		/* Months that end after the publication month were last
		 * year's: 1—8月 in July, 一季度 or 前三季度 in January. */
		if (!ctxyear && pub->y && pub->m && end_month(per) > pub->m) {
			per->y1--;
			if (per->y2)
				per->y2--;
		}
		if (y == 0)
			per->gran = SB_GRAN_NONE;
		return l;
	}
	return 0;
}

/* Write y as four digits and m (when > 0) as -MM at p; the end. */
static char *
put_ym(char *p, int y, int m)
{
	int	 i;

	for (i = 3; i >= 0; i--, y /= 10)
		p[i] = (char)('0' + (y < 0 ? 0 : y % 10));
	p += 4;
	if (m > 0) {
		*p++ = '-';
		*p++ = (char)('0' + m / 10 % 10);
		*p++ = (char)('0' + m % 10);
	}
	return p;
}

char *
sb_period_fmt(const struct sb_period *per, char *buf, size_t bufsz)
{
	char	 tmp[32], *p = tmp;

	/* By hand: a period is formatted for every figure. */
	switch (per->gran) {
	case SB_GRAN_YEAR:
		p = put_ym(p, per->y1, 0);
		break;
	case SB_GRAN_YEARS:
		p = put_ym(p, per->y1, 0);
		*p++ = '.';
		*p++ = '.';
		p = put_ym(p, per->y2, 0);
		break;
	case SB_GRAN_HALF:
	case SB_GRAN_QUARTER:
		p = put_ym(p, per->y1, 0);
		*p++ = '-';
		*p++ = per->gran == SB_GRAN_HALF ? 'H' : 'Q';
		*p++ = (char)('0' + per->m1 % 10);
		break;
	case SB_GRAN_MONTHS:
		p = put_ym(p, per->y1, per->m1);
		*p++ = '.';
		*p++ = '.';
		p = put_ym(p, per->y2, per->m2);
		break;
	case SB_GRAN_MONTH:
		p = put_ym(p, per->y1, per->m1);
		break;
	default:
		break;
	}
	*p = '\0';
	if (bufsz > 0) {
		size_t	 len = (size_t)(p - tmp);

		if (len >= bufsz)
			len = bufsz - 1;
		if (len >= sizeof(tmp))
			len = sizeof(tmp) - 1;
		memcpy(buf, tmp, len);
		buf[len] = '\0';
	}
	return buf;
}

int
sb_date_parse(const char *s, struct sb_date *d)
{
	int	 y = 0, m = 0, dd = 0, n = 0;

	memset(d, 0, sizeof(*d));
	if (sscanf(s, "%4d-%2d-%2d%n", &y, &m, &dd, &n) == 3 && s[n] == '\0')
		;
	else if (sscanf(s, "%4d-%2d%n", &y, &m, &n) == 2 && s[n] == '\0')
		dd = 0;
	else if (sscanf(s, "%4d%n", &y, &n) == 1 && s[n] == '\0')
		m = dd = 0;
	else
		return -1;
	if (y < 1900 || y > 2200 || m < 0 || m > 12 || dd < 0 || dd > 31)
		return -1;
	d->y = y;
	d->m = m;
	d->d = dd;
	return 0;
}
