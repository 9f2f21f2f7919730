/*
 * Report specs: what a brief shows, read from an INI file (libinih).
 * A spec names the title, the period window, the page size and the
 * sections, each with its indicators, regions and chart type.  The
 * format is documented, key by key, in docs/spec.md.  Plain data: the
 * brief builder (brief.h) reads it, nothing here touches a store or a
 * painter.
 */
#ifndef SB_SPEC_H
#define SB_SPEC_H

#include <stddef.h>

#include "report.h"
#include "sb.h"

/* Longest spec file accepted (bytes); beyond it SB_ELIMIT. */
#define SB_MAX_SPEC_BYTES	(1024u * 1024u)
/* Longest spec line: libinih's line buffer is 200 bytes with CR LF NUL. */
#define SB_MAX_SPEC_LINE	196u
/* Most sections and list items (indicators, regions) of one spec. */
#define SB_MAX_SPEC_SECTIONS	64u
#define SB_MAX_SPEC_ITEMS	64u

/* What a section draws. */
enum sb_spec_chart {
	SB_SPEC_LINE,		/* one line chart, a line per indicator/region */
	SB_SPEC_BAR,		/* bars comparing regions at one period */
	SB_SPEC_TABLE,		/* one row per series, with a sparkline */
	SB_SPEC_CALLOUTS,	/* key figures in boxes with change arrows */
	SB_SPEC_FIGURES,	/* every figure with its source sentence */
	SB_SPEC_AUTO		/* the longest series, each as a line chart */
};

/* Kind filter of a section: an enum sb_kind, or any kind. */
#define SB_SPEC_KIND_ANY	(-1)

/* One [section NAME] of a spec. */
struct sb_spec_section {
	char		*name;		/* NAME from the section header */
	char		*heading;	/* shown heading; NULL: NAME */
	char		*text;		/* paragraph under the heading, may be NULL */
	enum sb_spec_chart chart;	/* default SB_SPEC_LINE */
	char		**indicators;	/* ids or names; none: every indicator */
	size_t		 indicatorsz;
	char		**regions;	/* region names; none: every region */
	size_t		 regionsz;
	int		 kind;		/* enum sb_kind or SB_SPEC_KIND_ANY */
	int		 from;		/* first year shown; 0: the report's */
	int		 to;		/* last year shown; 0: the report's */
	int		 targets;	/* draw goals beside outcomes (default 1) */
	size_t		 max;		/* most lines, rows or boxes; 0: default */
};

/* A whole spec. */
struct sb_spec {
	char		*title;		/* NULL: "<main region>统计简报" */
	char		*subtitle;	/* NULL: a line on the sources */
	char		*date;		/* shown under the title; NULL: today */
	int		 from;		/* first year shown; 0: no limit */
	int		 to;		/* last year shown; 0: no limit */
	enum sb_page_size page;		/* A4 (default) or Letter */
	struct sb_spec_section *sections;
	size_t		 sectionsz;
};

/*
 * Parse the INI text buf[0..len) into a new spec; name (may be NULL)
 * is the file name put into d.  On success *out is the caller's (free
 * with sb_spec_free); on failure *out is untouched and d names the
 * line.  Returns SB_OK, SB_EINPUT (syntax, unknown key, bad value),
 * SB_ELIMIT (too long, too many sections) or SB_ENOMEM.
 */
int	sb_spec_parse(const char *buf, size_t len, const char *name,
	    struct sb_spec **out, struct sb_diag *d);

/*
 * The built-in default spec, as INI text (static, never freed); what
 * sb_spec_default parses.
 */
const char *sb_spec_default_text(void);

/* Parse the built-in default spec into *out; as sb_spec_parse. */
int	sb_spec_default(struct sb_spec **out, struct sb_diag *d);

/* Free a spec and everything it owns; NULL is fine. */
void	sb_spec_free(struct sb_spec *s);

/* Name of a chart type as the spec writes it ("line", ...). */
const char *sb_spec_chart_name(enum sb_spec_chart c);

#endif /* SB_SPEC_H */
