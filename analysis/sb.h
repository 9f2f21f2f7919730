/*
 * Shared result codes and diagnostics for every statbrief stage.
 * Library code returns SB_OK or a negative enum sb_err and fills an
 * optional struct sb_diag; only cmd/ turns these into exit codes.
 */
#ifndef SB_SB_H
#define SB_SB_H

#include <stddef.h>

enum sb_err {
	SB_OK = 0,
	SB_ENOMEM = -1,		/* allocation failed */
	SB_EIO = -2,		/* read, write, sync or rename failed */
	SB_EINPUT = -3,		/* bad input data (encoding, syntax) */
	SB_ELIMIT = -4,		/* a named limit was exceeded */
	SB_EDB = -5,		/* the SQLite store failed */
	SB_ENOENT = -6,		/* an input file is missing */
	SB_EFONT = -7,		/* no usable CJK font */
	SB_ECREATE = -8,	/* an output cannot be created */
	SB_EBUSY = -9,		/* another run holds the lock */
	SB_EUSAGE = -10		/* bad command-line usage */
};

/* Limits; exceeding one is SB_ELIMIT with a message. */
#define SB_MAX_ARTICLE_BYTES	(64u * 1024u * 1024u)
#define SB_MAX_LINE_FIELDS	64

/*
 * Where and what went wrong.  file is borrowed (not owned); line and col
 * are 1-based, zero when unknown; offset is a byte offset into the
 * original file or (size_t)-1 when unknown.
 */
struct sb_diag {
	const char	*file;		/* input name, may be NULL */
	size_t		 line;		/* 1-based line, 0 if unknown */
	size_t		 col;		/* 1-based column, 0 if unknown */
	size_t		 offset;	/* byte offset, (size_t)-1 if unknown */
	int		 err;		/* the enum sb_err reported */
	char		 msg[512];	/* one line, no trailing newline */
};

/*
 * Record an error in d (which may be NULL) and return err, so callers
 * can write "return sb_diag_set(d, SB_EINPUT, ...)".
 */
int	sb_diag_set(struct sb_diag *d, int err, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));

/* Reset d (which may be NULL) to "no error, nothing known". */
void	sb_diag_clear(struct sb_diag *d);

/* Short English name of an enum sb_err ("out of memory", ...). */
const char *sb_strerror(int err);

#endif /* SB_SB_H */
