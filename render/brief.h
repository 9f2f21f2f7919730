/*
 * The brief builder: from observations and their series to a report
 * model, section by section as a report spec (spec.h) says: key-figure
 * callouts, line charts (partial periods and targets marked), bar
 * charts comparing regions, series tables with sparklines and tables
 * of figures with their sources.
 */
#ifndef SB_BRIEF_H
#define SB_BRIEF_H

#include <stddef.h>

#include "obs.h"
#include "report.h"
#include "sb.h"
#include "series.h"

struct sb_spec;
struct sb_spec_section;

/* Options of a brief; the spec says what it shows. */
struct sb_brief_opts {
	const struct sb_spec *spec;	/* NULL: the built-in default spec */
	const char	*title;		/* NULL: the spec's, else "<region>统计简报" */
	const char	*subtitle;	/* NULL: the spec's, else a line on the sources */
	const char	*date;		/* NULL: the spec's, else today (SOURCE_DATE_EPOCH) */
};

/* Fill o with the defaults (all NULL). */
void	sb_brief_defaults(struct sb_brief_opts *o);

/*
 * Build the report for obs (with pubdates, parallel, may be NULL) and
 * their series sl, section by section as the spec says.  *out is owned
 * by the caller (sb_report_free).  Returns SB_OK, SB_ENOMEM or the
 * error of parsing the built-in spec.
 */
int	sb_brief_build(const struct sb_obs *obs, size_t obssz,
	    char *const *pubdates, const struct sb_serieslist *sl,
	    const struct sb_brief_opts *o, struct sb_report **out,
	    struct sb_diag *d);

/*
 * Build the one line chart that section sel (its indicators, regions,
 * kind, targets and window; its chart type is ignored) would draw,
 * within years from..to (0: open) unless sel sets its own.  *out is
 * the caller's (sb_chart_free).  Returns SB_OK, SB_ENOENT when nothing
 * matches (d says what was asked), or SB_ENOMEM.
 */
int	sb_brief_chart(const struct sb_obs *obs, size_t obssz,
	    char *const *pubdates, const struct sb_serieslist *sl,
	    const struct sb_spec_section *sel, int from, int to,
	    struct sb_chart **out, struct sb_diag *d);

/* A period as a reader reads it: "2023年1-8月", "2022", "2023年一季度". */
char	*sb_brief_period_label(const struct sb_period *p, char *buf,
	    size_t bufsz);

#endif /* SB_BRIEF_H */
