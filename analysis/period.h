/*
 * Time expressions, resolved against the publication date: 2017年,
 * 今年, 去年, 上年, 1至8月, 1—5月份, 一季度, 上半年, 年末, "十四五"以来,
 * 2021—2023年.  A period is written as DESIGN.md says: "2022",
 * "2023-08", "2023-Q1", "2023-H1", "2023-01..2023-08", "2021..2023".
 */
#ifndef SB_PERIOD_H
#define SB_PERIOD_H

#include <stddef.h>

/* A calendar date; zero fields are unknown. */
struct sb_date {
	int	 y, m, d;
};

enum sb_gran {
	SB_GRAN_NONE,
	SB_GRAN_YEAR,		/* 2022 */
	SB_GRAN_YEARS,		/* 2021..2023 */
	SB_GRAN_HALF,		/* 2023-H1 */
	SB_GRAN_QUARTER,	/* 2023-Q1 */
	SB_GRAN_MONTHS,		/* 2023-01..2023-08 */
	SB_GRAN_MONTH		/* 2023-08 */
};

struct sb_period {
	enum sb_gran	 gran;
	int		 y1, m1;	/* start (m1: month, quarter or half) */
	int		 y2, m2;	/* end, for ranges */
	int		 relative;	/* year came from 今年/去年/...: 1 */
	int		 yearless;	/* months without a year ("1至8月") */
	int		 day;		/* a day was given: an event's date */
	int		 point;		/* 年末: a moment, for its own clause */
};

/*
 * Parse a time expression at p (n bytes) against pub (the publication
 * date; y may be 0 when unknown).  Returns the bytes consumed and fills
 * *per, or 0 when none starts here.  Months with no year take the year
 * of ctxyear when non-zero, else of pub, moved back one year when they
 * lie after the publication month.
 */
size_t	sb_period_scan(const char *p, size_t n, const struct sb_date *pub,
	    int ctxyear, struct sb_period *per);

/* Write per as text into buf ("" for none); returns buf. */
char	*sb_period_fmt(const struct sb_period *per, char *buf, size_t bufsz);

/* Parse "YYYY-MM-DD" (or YYYY-MM, YYYY); 0 on success, -1 otherwise. */
int	 sb_date_parse(const char *s, struct sb_date *d);

#endif /* SB_PERIOD_H */
