/*
 * The observation: one figure with its meaning and provenance, the record
 * every later stage (store, series, report, CSV) works on.  All strings
 * are owned by the record.
 */
#ifndef SB_OBS_H
#define SB_OBS_H

#include <stddef.h>

enum sb_qual {
	SB_QUAL_EXACT,
	SB_QUAL_APPROX,		/* 约, 左右 */
	SB_QUAL_OVER,		/* 超, 逾, 余, 多, 突破, 以上 */
	SB_QUAL_UNDER,		/* 近, 不到, 以内 */
	SB_QUAL_TARGET		/* plans and goals not yet reached */
};

enum sb_kind {
	SB_KIND_LEVEL,
	SB_KIND_COUNT,
	SB_KIND_GROWTH,		/* signed % change */
	SB_KIND_SHARE,		/* a proportion */
	SB_KIND_RANK
};

struct sb_obs {
	char		*doc;		/* file name as given */
	size_t		 line;		/* 1-based line in the original file */
	size_t		 col;		/* 1-based column in characters */
	size_t		 offset;	/* byte offset in the original file */
	char		*indicator;	/* display name */
	char		*indicator_id;	/* stable id from the lexicon, or "np:<name>" */
	char		*region;	/* official full name or organisation */
	char		*period;	/* "2022", "2023-01..2023-08", "" */
	double		 value;		/* as written (low end of a range) */
	double		 value_hi;	/* high end of a range, == value otherwise */
	char		*unit;		/* as written ("亿元"), "" for an index */
	double		 base_value;	/* value in base_unit */
	double		 base_value_hi;
	char		*base_unit;	/* "元", "µg/m³", "%", ... */
	enum sb_qual	 qual;
	enum sb_kind	 kind;
	char		*sentence;	/* the sentence, normalized, one line */
	char		*block;		/* when not NULL, one allocation holding
					   all the strings above (sb_obs_copy) */
};

/* Names as printed in outputs ("exact", "level", ...). */
const char	*sb_qual_name(enum sb_qual q);
const char	*sb_kind_name(enum sb_kind k);

/* Parse a name back; returns -1 when unknown. */
int		 sb_qual_parse(const char *s);
int		 sb_kind_parse(const char *s);

/* Free the strings of o (not o itself); NULL is fine. */
void		 sb_obs_clear(struct sb_obs *o);

/* Deep copy src into dst; SB_OK or SB_ENOMEM (dst then cleared). */
int		 sb_obs_copy(struct sb_obs *dst, const struct sb_obs *src);

/*
 * Format a value the way outputs show it: shortest form that reads back
 * exactly (no exponent, no trailing zeros), "lo..hi" for a range.
 * Writes at most bufsz bytes; returns buf.
 */
char		*sb_obs_fmtval(char *buf, size_t bufsz, double lo, double hi);

#endif /* SB_OBS_H */
