/*
 * Public API of the render layer: turn a report model (report.h) into a
 * PDF, or one chart into PNG or SVG, always into memory.  The caller
 * (cmd/) publishes the bytes atomically; nothing here writes files,
 * prints or exits.
 */
#ifndef SB_RENDER_H
#define SB_RENDER_H

#include <stddef.h>

#include "sb.h"
#include "report.h"

/* Which painter draws the pages. */
enum sb_backend {
	SB_BACKEND_CAIRO,		/* cairo + pango: PDF, PNG, SVG */
	SB_BACKEND_HPDF			/* libharu: PDF only, no pango needed */
};

/* Hard cap on one rendered output; beyond it SB_ELIMIT. */
#define SB_MAX_OUTPUT_BYTES	(512u * 1024u * 1024u)

/* Hard cap on pages of one report; beyond it SB_ELIMIT. */
#define SB_MAX_PAGES		2000u

/*
 * Render report r as a PDF with backend b into a malloc'd buffer.  On
 * success *out and *outsz receive the bytes (the caller frees *out);
 * on failure they are untouched and d (may be NULL) says why.  Honours
 * SOURCE_DATE_EPOCH for the document dates.  Returns SB_OK or a
 * negative enum sb_err (SB_EFONT, SB_EINPUT, SB_ENOMEM, SB_EIO, ...).
 */
int	sb_render_pdf(const struct sb_report *r, enum sb_backend b,
	    unsigned char **out, size_t *outsz, struct sb_diag *d);

/*
 * Render one chart alone with cairo as "png" or "svg" into a malloc'd
 * buffer, same ownership and return rules as sb_render_pdf.  An
 * unknown format is SB_EUSAGE.
 */
int	sb_render_chart(const struct sb_chart *c, const char *format,
	    unsigned char **out, size_t *outsz, struct sb_diag *d);

/*
 * Parse a backend name ("cairo", "hpdf") into *b.  Returns 0, or -1
 * (and leaves *b alone) for an unknown name.
 */
int	sb_backend_parse(const char *name, enum sb_backend *b);

#endif /* SB_RENDER_H */
