/* Numerals and magnitudes (analysis/number.c). */
#include "harness.h"
#include "number.h"

static double
val(const char *s, size_t *len)
{
	struct sb_num	 n;

	*len = sb_number_parse(s, strlen(s), &n);
	return *len ? n.value : -1;
}

int
main(void)
{
	size_t	 l;
	double	 sc;

	dbl_eq(val("390,936.46元", &l), 390936.46, "separators and decimals");
	int_eq(l, 10, "length of 390,936.46");
	dbl_eq(val("4.12亿元", &l), 4.12, "mixed: value before 亿");
	int_eq(l, 4, "亿 left to the unit");
	dbl_eq(val("2023,2024", &l), 2023, "comma not a thousands group");
	/* Decimals give the double nearest the text, exactly (a sum of
	 * tenths gives 0.30000000000000004 for 0.3). */
	ok(val("0.3%", &l) == 0.3, "0.3 is the double nearest 0.3");
	ok(val("1.005", &l) == 1.005, "1.005 is the double nearest 1.005");
	ok(val("390,936.46", &l) == 390936.46, "390,936.46 exactly");
	ok(val("8.9%", &l) == 8.9, "8.9 exactly");
	dbl_eq(val("1,234,567,890,123,456,789", &l), -1,
	    "past 10^18 through groups: no quantity");
	dbl_eq(val("一千二百万人", &l), 1200, "Chinese numeral, 万 left to the unit");
	dbl_eq(val("十五个", &l), 15, "leading 十");
	dbl_eq(val("两个", &l), 2, "两");
	dbl_eq(val("一百零五", &l), 105, "零 skips a place");
	dbl_eq(val("三万五千", &l), 35000, "inner 万 is part of the numeral");
	dbl_eq(val("二〇二三", &l), 2, "digit strings are not one numeral");
	dbl_eq(val("千亿元", &l), 1000, "implied 一 before 千");
	ok(val("亿元", &l) < 0, "a bare magnitude is no numeral");
	ok(val("12345678901234567890123", &l) < 0, "overlong digit string refused");
	int_eq(sb_number_scale("万亿", 6, &sc), 6, "万亿 length");
	dbl_eq(sc, 1e12, "万亿 scale");
	int_eq(sb_number_scale("千万", 6, &sc), 6, "千万 length");
	dbl_eq(sc, 1e7, "千万 scale");
	int_eq(sb_number_scale("万人", 6, &sc), 3, "万 length");
	dbl_eq(sc, 1e4, "万 scale");
	/* Every character a numeral may start or go on with is in
	 * sb_number_cchar (period.c's may_start relies on it). */
	{
		unsigned int	 cp, missing = 0, extra = 0;
		char		 buf[16];
		struct sb_num	 num;

		for (cp = 0x3000; cp <= 0x9fff; cp++) {
			buf[0] = (char)(0xe0 | cp >> 12);
			buf[1] = (char)(0x80 | (cp >> 6 & 0x3f));
			buf[2] = (char)(0x80 | (cp & 0x3f));
			memcpy(buf + 3, "\xe4\xb8\x80\xe4\xb8\x87", 7);	/* 一万 */
			if (sb_number_parse(buf, 9, &num) > 0 &&
			    !sb_number_cchar(cp))
				missing++;
			if (sb_number_cchar(cp) && sb_number_parse(buf, 9,
			    &num) == 0 && cp != 0x4e07 && cp != 0x4ebf)
				extra++;
		}
		int_eq(missing, 0, "no numeral character missing from cchar");
		int_eq(extra, 0, "every cchar but 万 亿 starts a numeral");
	}
	return h_done();
}
