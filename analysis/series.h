/*
 * Time series from observations: group by indicator, region, unit and
 * kind; merge the same fact reported by several articles into one point
 * that keeps all its sources (a bound, 突破8亿元 or 39万余元, joins the
 * exact figure it rounds, even under another name in the same article);
 * keep conflicting values both, flagged;
 * derive year-on-year growth and CAGR; check stated growth against it.
 *
 * Which value is charted when values conflict: an exact figure beats an
 * approximate or bounded one; then the most recently published article
 * wins; then the first in file order.
 */
#ifndef SB_SERIES_H
#define SB_SERIES_H

#include <stddef.h>

#include "obs.h"
#include "period.h"
#include "sb.h"

#define SB_SPOINT_PARTIAL	0x01u	/* part of a year (1至8月, 一季度) */
#define SB_SPOINT_CONFLICT	0x02u	/* another value for the same period */
#define SB_SPOINT_CHARTED	0x04u	/* the value a chart shows */
#define SB_SPOINT_GROWTH_GAP	0x08u	/* stated growth != computed growth */
#define SB_SPOINT_HAS_YOY	0x10u	/* yoy is set */
#define SB_SPOINT_HAS_STATED	0x20u	/* stated is set */

struct sb_spoint {
	char		*period;	/* as in the observations */
	struct sb_period per;		/* parsed */
	double		 x;		/* time position in years */
	double		 value;		/* base value (low end of a range) */
	double		 value_hi;
	enum sb_qual	 qual;
	unsigned int	 flags;		/* SB_SPOINT_* */
	size_t		*srcs;		/* indices of the observations merged */
	size_t		 srcsz;
	double		 yoy;		/* computed year-on-year growth, % */
	double		 stated;	/* growth the articles state, % */
	char		 pubdate[16];	/* latest publication date of sources */
};

struct sb_series {
	char		*indicator;	/* display name */
	char		*indicator_id;
	char		*region;
	char		*base_unit;
	enum sb_kind	 kind;
	int		 target;	/* a series of goals, not outcomes */
	struct sb_spoint *points;	/* sorted by x, then value */
	size_t		 pointsz;
	double		 cagr;		/* % per year over the annual points */
	int		 has_cagr;
};

struct sb_serieslist {
	struct sb_series *series;
	size_t		 seriessz;
};

/*
 * Build series from obs (borrowed; indices in srcs refer to it).
 * pubdates, parallel to obs, may be NULL.  Observations without a period
 * are left out.  Free with sb_series_free.
 */
int	sb_series_build(const struct sb_obs *obs, size_t obssz,
	    char *const *pubdates, struct sb_serieslist *out,
	    struct sb_diag *d);

void	sb_series_free(struct sb_serieslist *sl);

/* Parse a period string back ("2023-01..2023-08"); 0 or -1. */
int	sb_period_parse(const char *s, struct sb_period *per);

/*
 * Bigram similarity of two indicator names: 1 when one contains the
 * other, else the Dice coefficient of their character bigrams.
 */
double	sb_series_similar(const char *a, const char *b);

#endif /* SB_SERIES_H */
