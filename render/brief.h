/*
 * The brief builder: from observations and their series to a report
 * model.  It chooses what a reader sees: line charts of the longest
 * series (partial periods and targets marked), a bar chart comparing
 * regions (or periods), and a table of key figures with their sources.
 */
#ifndef SB_BRIEF_H
#define SB_BRIEF_H

#include <stddef.h>

#include "obs.h"
#include "report.h"
#include "sb.h"
#include "series.h"

struct sb_brief_opts {
	const char	*title;		/* NULL: "<region>统计简报" */
	const char	*subtitle;	/* NULL: a line on the sources */
	const char	*date;		/* shown under the title; NULL: today */
	enum sb_page_size page;
	size_t		 maxlines;	/* line charts, default 4 */
	size_t		 maxrows;	/* table rows, default 40 */
	const char	*const *indicators;	/* only these ids/names; NULL all */
	size_t		 indicatorsz;
	const char	*const *regions;	/* only these regions; NULL all */
	size_t		 regionsz;
};

/* Fill o with the defaults. */
void	sb_brief_defaults(struct sb_brief_opts *o);

/*
 * Build the report for obs (with pubdates, parallel, may be NULL) and
 * their series sl.  *out is owned by the caller (sb_report_free).
 */
int	sb_brief_build(const struct sb_obs *obs, size_t obssz,
	    char *const *pubdates, const struct sb_serieslist *sl,
	    const struct sb_brief_opts *o, struct sb_report **out,
	    struct sb_diag *d);

/* A period as a reader reads it: "2023年1-8月", "2022", "2023年一季度". */
char	*sb_brief_period_label(const struct sb_period *p, char *buf,
	    size_t bufsz);

#endif /* SB_BRIEF_H */
