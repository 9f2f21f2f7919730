/*
 * Numerals as Chinese text writes them: Arabic with separators and
 * decimals (390,936.46), Chinese (一千二百, 两, 〇, 十五), and both mixed
 * with a magnitude (1.5万, 4.12亿).  Magnitudes 万 and 亿 that end a
 * numeral are left to the unit ("1.5万人" reads 1.5 and 万人), so the
 * value stays as written and the unit carries the scale.
 */
#ifndef SB_NUMBER_H
#define SB_NUMBER_H

#include <stddef.h>
#include <stdint.h>

#define SB_NUM_ARABIC	0x01u	/* written with Arabic digits */
#define SB_NUM_CHINESE	0x02u	/* written with Chinese numerals */
#define SB_NUM_IMPLIED	0x04u	/* no digit: 千 in 超千亿元 reads 1000 */

struct sb_num {
	double		 value;
	size_t		 len;		/* bytes consumed */
	unsigned int	 flags;		/* SB_NUM_* */
	int		 decimals;	/* digits after the point */
};

/*
 * Parse a numeral at p (n bytes).  Returns the bytes consumed (also in
 * num->len) or 0 when no numeral starts at p.  Values beyond 1e18 are
 * refused (0), never wrapped.
 */
size_t	sb_number_parse(const char *p, size_t n, struct sb_num *num);

/*
 * Magnitude word at p: 万 (1e4), 亿 (1e8), 万亿 (1e12), 千万 (1e7),
 * 百万 (1e6), 十万 (1e5).  Returns its length and sets *scale, or 0.
 */
size_t	sb_number_scale(const char *p, size_t n, double *scale);

/*
 * Is code point cp one of the characters a Chinese numeral is written
 * with (零〇一二两三四五六七八九十百千万亿)?  Scanners ask it before
 * sb_number_parse; it must stay in step with chinese() in number.c.
 */
int	sb_number_cchar(uint32_t cp);

/* Value of a Chinese numeral digit (零〇一二两三四五六七八九), else -1. */
int	sb_number_cdigit(const char *p, size_t n, size_t *len);

#endif /* SB_NUMBER_H */
