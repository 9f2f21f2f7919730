/*
 * The report model: plain C data describing a brief (title, sections,
 * charts, tables).  It holds no cairo, libharu or SQLite handle; the
 * builder in report.c fills it from observations and every backend only
 * reads it.
 */
#ifndef SB_REPORT_H
#define SB_REPORT_H

#include <stddef.h>

#include "sb.h"

/* Flags of one chart point. */
#define SB_POINT_PARTIAL	0x01u	/* part of a period (Jan-Aug of a year) */
#define SB_POINT_TARGET		0x02u	/* a goal, not an outcome: dashed */
#define SB_POINT_APPROX		0x04u	/* 约, 左右, 超, 近: marked */

/* One point of a series or one bar. */
struct sb_point {
	char		*label;		/* x label as shown ("2017", "2023年1-8月", "迎泽区") */
	double		 x;		/* time position in years (2023.0 .. 2023.67); bars: index */
	double		 value;		/* value in the series' display unit */
	unsigned int	 flags;		/* SB_POINT_* */
};

/* One line of a line chart (or the single row of bars of a bar chart). */
struct sb_line {
	char		*name;		/* legend text, may be NULL for a lone line */
	struct sb_point	*points;	/* ordered by x */
	size_t		 pointsz;
};

enum sb_chart_type {
	SB_CHART_LINE,			/* series over a time axis */
	SB_CHART_BAR			/* values compared across categories */
};

struct sb_chart {
	enum sb_chart_type type;
	char		*title;		/* "太原市 PM2.5浓度" */
	char		*unit;		/* axis unit as shown ("微克/立方米", "亿元") */
	char		*source;	/* source line under the chart ("来源: file, 2023-09-21") */
	struct sb_line	*lines;
	size_t		 linesz;
};

/* One row of a table: a figure (SB_TABLE_FIGURES) or a series (SERIES). */
struct sb_row {
	char		*indicator;	/* indicator name */
	char		*region;	/* region or organisation */
	char		*period;	/* period as in the observation ("2023-01..2023-08") */
	char		*value;		/* value with unit as written ("8.8亿元") */
	char		*source;	/* source file name (and line) */
	char		*sentence;	/* the sentence the figure came from, may be NULL */
	char		*change;	/* SERIES: change on the point before, may be NULL */
	double		*spark;		/* SERIES: values for the sparkline, oldest first */
	size_t		 sparksz;
};

/* What a table's rows are. */
enum sb_table_kind {
	SB_TABLE_FIGURES,		/* one figure a row, its sentence below */
	SB_TABLE_SERIES			/* one series a row, with a sparkline */
};

/* Direction of a key figure's change. */
enum sb_trend {
	SB_TREND_NONE,			/* no change known: no arrow */
	SB_TREND_UP,
	SB_TREND_DOWN,
	SB_TREND_FLAT
};

/* A key-figure callout: a boxed value with its change arrow. */
struct sb_callout {
	char		*label;		/* "全国 国内生产总值" */
	char		*value;		/* "134.9" (with 约/超/近 when approximate) */
	char		*unit;		/* "万亿元", may be NULL */
	char		*period;	/* "2024", may be NULL */
	char		*change;	/* "增长 5%", "较2023年 -0.2个百分点", may be NULL */
	enum sb_trend	 trend;		/* arrow drawn before change */
	char		*source;	/* "file（2025-03-05）", may be NULL */
};

/*
 * A section: a heading, then optional text, callouts, chart and table,
 * in that order.
 */
struct sb_section {
	char		*heading;	/* may be NULL: no heading, no bookmark */
	char		*text;		/* a paragraph, may be NULL */
	struct sb_callout *callouts;	/* key figures, may be NULL */
	size_t		 calloutsz;
	struct sb_chart	*chart;		/* may be NULL */
	enum sb_table_kind table;	/* what rows hold */
	struct sb_row	*rows;		/* table rows, may be NULL */
	size_t		 rowsz;
};

enum sb_page_size {
	SB_PAGE_A4,
	SB_PAGE_LETTER
};

struct sb_report {
	char		*title;
	char		*subtitle;	/* may be NULL; also the PDF subject */
	char		*date;		/* "2026-11-25" shown under the title */
	enum sb_page_size page;
	struct sb_section *sections;
	size_t		 sectionsz;
};

/* Allocate an empty report; free with sb_report_free.  NULL on ENOMEM. */
struct sb_report *sb_report_new(void);

/* Free a chart and everything it owns; NULL is fine. */
void	sb_chart_free(struct sb_chart *c);

/* Free a report and everything it owns; NULL is fine. */
void	sb_report_free(struct sb_report *r);

/*
 * Append a zeroed section with the given heading (copied) and return it,
 * or NULL on ENOMEM.  The pointer is valid until the next append.
 */
struct sb_section *sb_report_add_section(struct sb_report *r, const char *heading);

#endif /* SB_REPORT_H */
