/*
 * Numeral parsing (see number.h).
 *
 * Chinese numerals are positional words: digits 一..九 are multiplied by
 * the unit words 十, 百, 千 that follow them, and 万, 亿 close a section
 * ("一千二百万" = 1200 x 10^4).  A leading 十 means ten ("十五" = 15); 两
 * is 2; 〇 and 零 are zero and mark skipped places ("一百零五" = 105).
 */
#include <string.h>

#include "number.h"

/* UTF-8 byte sequences of the characters we read. */
#define C_LING	"\xe9\x9b\xb6"	/* 零 */
#define C_ZERO	"\xe3\x80\x87"	/* 〇 */
#define C_YI	"\xe4\xb8\x80"	/* 一 */
#define C_ER	"\xe4\xba\x8c"	/* 二 */
#define C_LIANG	"\xe4\xb8\xa4"	/* 两 */
#define C_SAN	"\xe4\xb8\x89"	/* 三 */
#define C_SI	"\xe5\x9b\x9b"	/* 四 */
#define C_WU	"\xe4\xba\x94"	/* 五 */
#define C_LIU	"\xe5\x85\xad"	/* 六 */
#define C_QI	"\xe4\xb8\x83"	/* 七 */
#define C_BA	"\xe5\x85\xab"	/* 八 */
#define C_JIU	"\xe4\xb9\x9d"	/* 九 */
#define C_SHI	"\xe5\x8d\x81"	/* 十 */
#define C_BAI	"\xe7\x99\xbe"	/* 百 */
#define C_QIAN	"\xe5\x8d\x83"	/* 千 */
#define C_WAN	"\xe4\xb8\x87"	/* 万 */
#define C_YIY	"\xe4\xba\xbf"	/* 亿 */

#define DIG(c)	((c) >= '0' && (c) <= '9')

static int
at(const char *p, size_t n, const char *s)
{
	return n >= 3 && memcmp(p, s, 3) == 0;
}

int
sb_number_cchar(uint32_t cp)
{
	switch (cp) {
	case 0x96f6: case 0x3007: case 0x4e00: case 0x4e8c: case 0x4e24:
	case 0x4e09: case 0x56db: case 0x4e94: case 0x516d: case 0x4e03:
	case 0x516b: case 0x4e5d: case 0x5341: case 0x767e: case 0x5343:
	case 0x4e07: case 0x4ebf:
		return 1;
	default:
		return 0;
	}
}

int
sb_number_cdigit(const char *p, size_t n, size_t *len)
{
	static const struct {
		const char	*s;
		int		 v;
	} d[] = {
		{ C_LING, 0 }, { C_ZERO, 0 }, { C_YI, 1 }, { C_ER, 2 },
		{ C_LIANG, 2 }, { C_SAN, 3 }, { C_SI, 4 }, { C_WU, 5 },
		{ C_LIU, 6 }, { C_QI, 7 }, { C_BA, 8 }, { C_JIU, 9 }
	};
	size_t	 i;

	if (n < 3 || (unsigned char)p[0] < 0xe3)
		return -1;
	for (i = 0; i < sizeof(d) / sizeof(d[0]); i++)
		if (memcmp(p, d[i].s, 3) == 0) {
			*len = 3;
			return d[i].v;
		}
	return -1;
}

size_t
sb_number_scale(const char *p, size_t n, double *scale)
{
	if (at(p, n, C_WAN) && at(p + 3, n - 3, C_YIY)) {
		*scale = 1e12;
		return 6;
	}
	if (at(p, n, C_QIAN) && at(p + 3, n - 3, C_WAN)) {
		*scale = 1e7;
		return 6;
	}
	if (at(p, n, C_BAI) && at(p + 3, n - 3, C_WAN)) {
		*scale = 1e6;
		return 6;
	}
	if (at(p, n, C_SHI) && at(p + 3, n - 3, C_WAN)) {
		*scale = 1e5;
		return 6;
	}
	if (at(p, n, C_WAN)) {
		*scale = 1e4;
		return 3;
	}
	if (at(p, n, C_YIY)) {
		*scale = 1e8;
		return 3;
	}
	return 0;
}

/* Arabic numeral with optional thousands separators and decimals. */
static size_t
arabic(const char *p, size_t n, struct sb_num *num)
{
	static const double pow10[] = {
		1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
		1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18
	};
	size_t		 i = 0, j, nd = 0;
	uint64_t	 m = 0;
	double		 v;
	int		 dec = 0, kept = 0;

	/* The digits into an integer, then one division by a power of
	 * ten: a multiply and add per digit in double, and a division per
	 * decimal, ran in a chain as long as the numeral; the integer
	 * gives the nearest double too, where the chain could miss it
	 * by a bit. */
	while (i < n && p[i] >= '0' && p[i] <= '9' && i < 19)
		m = m * 10 + (uint64_t)(p[i++] - '0');
	if (i == 0)
		return 0;
	if (i < n && p[i] >= '0' && p[i] <= '9')
		return 0;	/* a digit string this long is no quantity */
	nd = i;
	/* "390,936": groups of exactly three digits after a comma. */
	while (i + 3 < n && p[i] == ',' && DIG(p[i + 1]) && DIG(p[i + 2]) &&
	    DIG(p[i + 3]) && (i + 4 == n || !DIG(p[i + 4]))) {
		for (j = 1; j <= 3; j++)
			m = nd < 19 ? m * 10 + (uint64_t)(p[i + j] - '0') : m;
		nd += 3;
		i += 4;
	}
	if (nd > 19)
		return 0;	/* past 10^18 */
	if (i + 1 < n && p[i] == '.' && p[i + 1] >= '0' && p[i + 1] <= '9') {
		for (i++; i < n && p[i] >= '0' && p[i] <= '9'; i++, dec++)
			if (nd + (size_t)kept < 18 && dec < 15) {
				m = m * 10 + (uint64_t)(p[i] - '0');
				kept++;
			}
	}
	v = (double)m / pow10[kept];
	if (v > 1e18)
		return 0;
	num->value = v;
	num->flags = SB_NUM_ARABIC;
	num->decimals = dec;
	return num->len = i;
}

/*
 * Chinese numeral.  A trailing 万 or 亿 (one not followed by more numeral
 * characters) is not consumed: it belongs to the unit.
 */
static size_t
chinese(const char *p, size_t n, struct sb_num *num)
{
	double		 total = 0, section = 0, digit = -1;
	size_t		 i = 0, l, lastgood = 0, ndig = 0;
	double		 good = 0;
	int		 d, any = 0, implied = 0;

	while (i < n) {
		if ((d = sb_number_cdigit(p + i, n - i, &l)) >= 0) {
			if (digit >= 0 && d != 0 && digit != 0)
				break;		/* "三四" is "three or four" */
			digit = d;
			i += l;
			any = 1;
			ndig++;
			lastgood = i;
			good = total + section + digit;
			continue;
		}
		if (at(p + i, n - i, C_SHI) || at(p + i, n - i, C_BAI) ||
		    at(p + i, n - i, C_QIAN)) {
			double	 m = p[i + 1] == '\x8d' && p[i + 2] == '\x81' ?
			    10 : (p[i] == '\xe7' ? 100 : 1000);

			if (digit < 0) {
				digit = 1;	/* 十五, 千亿 */
				if (!any)
					implied = m != 10;
			}
			section += digit * m;
			digit = -1;
			i += 3;
			any = 1;
			lastgood = i;
			good = total + section;
			continue;
		}
		if (at(p + i, n - i, C_WAN) || at(p + i, n - i, C_YIY)) {
			double	 m = p[i] == '\xe4' && p[i + 1] == '\xb8' ?
			    1e4 : 1e8;
			size_t	 l2;

			/* Keep the magnitude for the unit unless digits follow. */
			if (i + 3 >= n || (sb_number_cdigit(p + i + 3,
			    n - i - 3, &l2) < 0 && !at(p + i + 3, n - i - 3,
			    C_SHI) && !at(p + i + 3, n - i - 3, C_BAI) &&
			    !at(p + i + 3, n - i - 3, C_QIAN)))
				break;
			if (!any)
				break;
			if (digit > 0)
				section += digit;
			total = (total + section) * m;
			section = 0;
			if (total > 1e18)
				return 0;
			digit = -1;
			i += 3;
			lastgood = i;
			good = total;
			continue;
		}
		break;
	}
	/* 千亿千亿千…: past 10^18 a numeral is noise, not a quantity. */
	if (!any || lastgood == 0 || !(good <= 1e18))
		return 0;
	/* A bare 零 or 〇 alone is not worth reporting. */
	(void)ndig;
	num->value = good;
	num->flags = SB_NUM_CHINESE | (implied ? SB_NUM_IMPLIED : 0);
	num->decimals = 0;
	return num->len = lastgood;
}

size_t
sb_number_parse(const char *p, size_t n, struct sb_num *num)
{
	memset(num, 0, sizeof(*num));
	if (n == 0)
		return 0;
	if (p[0] >= '0' && p[0] <= '9')
		return arabic(p, n, num);
	if ((unsigned char)p[0] >= 0xe3)
		return chinese(p, n, num);
	return 0;
}
