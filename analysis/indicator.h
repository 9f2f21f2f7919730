/*
 * Lexicons: units, cue words, the region gazetteer and the indicator
 * lexicon.  They are TSV data files under analysis/lexicon/, compiled into
 * the binary and overridable from a directory.  Each is loaded into a
 * trie over characters so one lookup at a text position finds the
 * longest entry.
 */
#ifndef SB_INDICATOR_H
#define SB_INDICATOR_H

#include <stddef.h>
#include <stdint.h>

#include "sb.h"

enum sb_lex_type {
	SB_LEX_UNIT,
	SB_LEX_CUE,
	SB_LEX_REGION,
	SB_LEX_IND,
	SB_LEX__MAX
};

/* One entry of any lexicon; unused fields are NULL or zero. */
struct sb_lex_entry {
	const char	*word;		/* as written in text */
	const char	*a;		/* unit: base; cue: type; region: full name; indicator: id */
	const char	*b;		/* unit: kind; cue: value; region: level; indicator: display name */
	const char	*c;		/* region: parent; indicator: category */
	double		 factor;	/* unit: factor to the base unit */
};

struct sb_lex;

/*
 * Load the built-in lexicons, or those of directory dir (files units.tsv,
 * cues.tsv, regions.tsv, indicators.tsv; a missing file falls back to
 * the built-in one) when dir is not NULL.  Free with sb_lex_free.
 * Returns SB_OK, SB_ENOMEM, SB_EIO or SB_EINPUT (with file and line).
 */
int	sb_lex_new(const char *dir, struct sb_lex **out, struct sb_diag *d);

void	sb_lex_free(struct sb_lex *lx);

/*
 * Longest entry of lexicon type starting at p (n bytes); returns its
 * length in bytes and sets *e, or returns 0.
 */
size_t	sb_lex_match(const struct sb_lex *lx, enum sb_lex_type type,
	    const char *p, size_t n, const struct sb_lex_entry **e);

/*
 * A bit per BMP code point (bit cp & 7 of byte cp >> 3), set when a word
 * of some lexicon starts with it: a test before sb_lex_starts_at that
 * costs one load.  Characters beyond the BMP are not in it.
 */
const unsigned char *sb_lex_firstmap(const struct sb_lex *lx);

/*
 * Which lexicon types (bit 1 << enum sb_lex_type) may have an entry at
 * p (n bytes), whose first code point the caller has decoded, cp: the
 * cheap test a scanner makes before sb_lex_match.  It looks at up to
 * three characters through hashed filters, so it may hope falsely but
 * never misses an entry.
 */
unsigned int sb_lex_starts_at(const struct sb_lex *lx, uint32_t cp,
	    const char *p, size_t n);

/* The region entry whose full name is name, or NULL. */
const struct sb_lex_entry *sb_lex_region(const struct sb_lex *lx,
	    const char *name);

/* Number of entries of a type (for tests and --dump). */
size_t	sb_lex_count(const struct sb_lex *lx, enum sb_lex_type type);

#endif /* SB_INDICATOR_H */
