/*
 * Helpers shared inside render/ only: the found CJK font, the growing
 * output buffer and the painters' entry points.  Not installed, not
 * used outside render/.
 */
#ifndef SB_RENDER_INT_H
#define SB_RENDER_INT_H

#include <stddef.h>

#include "sb.h"
#include "draw.h"

struct sb_report;
struct sb_chart;

/* What the font is for: pango falls back well, libharu does not. */
enum sb_font_use {
	SB_FONT_PANGO,			/* any CJK-capable font will do */
	SB_FONT_HPDF			/* WenQuanYi Zen Hei only (see fonts/README.md) */
};

/* A CJK font found through fontconfig. */
struct sb_font {
	char	*family;		/* family name as fontconfig reports it (owned) */
	char	*file;			/* absolute path of the font file (owned) */
	int	 index;			/* face index inside a .ttc */
};

/*
 * Find the CJK font for use u through fontconfig (FONTCONFIG_FILE is
 * honoured).  On success f owns its strings (free with sb_font_clear).
 * Returns SB_OK, SB_EFONT with a message naming the Debian package, or
 * SB_ENOMEM.
 */
int	sb_font_find(struct sb_font *f, enum sb_font_use u, struct sb_diag *d);

/* Free what f owns and zero it; a zeroed f is fine. */
void	sb_font_clear(struct sb_font *f);

/* A growing output buffer (+50 %, capped at SB_MAX_OUTPUT_BYTES). */
struct sb_buf {
	unsigned char	*data;
	size_t		 len;		/* bytes used */
	size_t		 cap;		/* bytes allocated */
	int		 err;		/* sticky: SB_OK, SB_ENOMEM or SB_ELIMIT */
};

/* Append len bytes to b; returns SB_OK or the (sticky) error. */
int	sb_buf_put(struct sb_buf *b, const void *p, size_t len);

/* Free the buffer's bytes and zero it. */
void	sb_buf_clear(struct sb_buf *b);

/*
 * SOURCE_DATE_EPOCH, if set to a plain non-negative decimal that fits,
 * in *t (seconds since 1970, UTC); returns 1 if set, else 0.
 */
int	sb_source_date(long long *t);

/*
 * The painters.  Each lays the report out with its own measurement,
 * replays the drawing list and appends the output to buf.  They return
 * SB_OK or a negative enum sb_err and fill d.
 */
int	sb_paint_cairo_pdf(const struct sb_report *r, const struct sb_font *f,
	    struct sb_buf *buf, struct sb_diag *d);
int	sb_paint_cairo_chart(const struct sb_chart *c, const struct sb_font *f,
	    int svg, struct sb_buf *buf, struct sb_diag *d);
int	sb_paint_hpdf_pdf(const struct sb_report *r, const struct sb_font *f,
	    struct sb_buf *buf, struct sb_diag *d);

#endif /* SB_RENDER_INT_H */
