/*
 * Whole-article extraction: scan a normalized text for figures and tie
 * each to its indicator, region, period, unit, qualifier and kind.
 * A pure function of one article and the lexicons.
 */
#ifndef SB_EXTRACT_H
#define SB_EXTRACT_H

#include <stddef.h>

#include "indicator.h"
#include "obs.h"
#include "period.h"
#include "sb.h"
#include "text.h"

/* What is known about an article before reading it. */
struct sb_docinfo {
	const char	*name;		/* file name as given */
	struct sb_date	 pub;		/* publication date; y == 0 unknown */
	const char	*region;	/* home region (我市), NULL unknown */
};

/* A growing list of observations; free with sb_obslist_free. */
struct sb_obslist {
	struct sb_obs	*obs;
	size_t		 obssz;
	size_t		 cap;
};

/*
 * Extract every figure of t into list (appended; owned by the list).
 * When info->pub.y is 0, a dateline in the text (本报太原2月15日讯 and a
 * year from the text) sets the date.  Returns SB_OK or SB_ENOMEM.
 */
int	sb_extract(const struct sb_lex *lx, const struct sb_text *t,
	    const struct sb_docinfo *info, struct sb_obslist *list,
	    struct sb_diag *d);

/* Free every observation of list and reset it to empty. */
void	sb_obslist_free(struct sb_obslist *list);

/* Append a copy of o; SB_OK or SB_ENOMEM. */
int	sb_obslist_add(struct sb_obslist *list, const struct sb_obs *o);

#endif /* SB_EXTRACT_H */
