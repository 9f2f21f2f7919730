/*
 * Decoding and normalization: the only place where bytes become text.
 * The normalized text keeps a map from every normalized character back to
 * the byte offset in the original file, so every figure can name the line
 * and column where it was written.
 */
#ifndef SB_TEXT_H
#define SB_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "sb.h"

/* Flags for sb_text_decode. */
#define SB_TEXT_NO_GB18030	0x01u	/* never fall back to GB18030 */
#define SB_TEXT_LOSSY		0x02u	/* replace bad bytes with U+FFFD */

/*
 * A run of normalized bytes from at on that come from consecutive
 * original bytes from orig on.  A text is mostly copied as it was, so a
 * few runs map all of it (a map of every byte cost more to write than
 * the rest of normalizing).
 */
struct sb_textrun {
	uint32_t	 at;
	uint32_t	 orig;
};

/*
 * Normalized text.  Full-width digits, letters and %./+-~ become ASCII;
 * zero-width characters vanish; spaces between CJK characters or digits
 * vanish ("2 024年", "海 子 湾"); a single line break inside a paragraph
 * (hard wrap) vanishes unless the line ended a sentence; two or more line
 * breaks become one '\n' (a paragraph break); "PM_{2.5}" reads "PM2.5".
 */
struct sb_text {
	char		*buf;		/* normalized UTF-8, NUL-terminated */
	size_t		 len;		/* bytes in buf, without the NUL */
	struct sb_textrun *runs;	/* the origin map (sb_text_orig) */
	size_t		 runsz;
	const char	*orig;		/* the original bytes (borrowed) */
	size_t		 origlen;
	size_t		*lines;		/* byte offset of each original line start */
	size_t		 linesz;
	int		 gb18030;	/* 1 if the original was GB18030 */
	size_t		 replaced;	/* bad sequences replaced (SB_TEXT_LOSSY) */
};

/*
 * Decode and normalize raw (borrowed; it must outlive t).  UTF-8 is
 * expected; invalid UTF-8 falls back to GB18030 when the whole file
 * decodes as such and SB_TEXT_NO_GB18030 is not set.  NUL and other
 * control bytes mark a binary file: SB_EINPUT with d->offset set.
 * On success t is filled and must be released with sb_text_free.
 */
int	sb_text_decode(const char *raw, size_t rawlen, unsigned int flags,
	    struct sb_text *t, struct sb_diag *d);

/*
 * The original byte offset of the normalized character at byte at (at
 * most len: len gives the end of the original).  Binary search.
 */
size_t	sb_text_orig(const struct sb_text *t, size_t at);

/* Free what t owns; t itself is the caller's. */
void	sb_text_free(struct sb_text *t);

/*
 * Line and column (1-based, column in characters) of an original byte
 * offset.
 */
void	sb_text_linecol(const struct sb_text *t, size_t off, size_t *line,
	    size_t *col);

/* The 1-based line of an original byte offset (binary search). */
size_t	sb_text_line(const struct sb_text *t, size_t off);

/* Decode one UTF-8 character at p (n bytes left); returns its length
 * (1..4) and the code point in *cp, or 0 when invalid. */
int	sb_utf8_decode(const unsigned char *p, size_t n, uint32_t *cp);

#endif /* SB_TEXT_H */
