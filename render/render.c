/*
 * The render layer's front door: backend dispatch (one switch), the
 * growing output buffer and SOURCE_DATE_EPOCH.  Painters never hand a
 * partial buffer to the caller: the output pointer is written only
 * after a painter succeeded.
 */
#include <stdlib.h>
#include <string.h>

#include "render.h"
#include "render_int.h"

int
sb_buf_put(struct sb_buf *b, const void *p, size_t len)
{
	unsigned char	*nd;
	size_t		 ncap;

	if (b->err != SB_OK)
		return b->err;
	if (len == 0)
		return SB_OK;
	if (len > SB_MAX_OUTPUT_BYTES - b->len) {
		b->err = SB_ELIMIT;
		return b->err;
	}
	if (b->len + len > b->cap) {
		/* Grow by half again (amortised linear), at least to fit. */
		ncap = b->cap < 4096 ? 4096 : b->cap + b->cap / 2;
		if (ncap < b->len + len)
			ncap = b->len + len;
		if (ncap > SB_MAX_OUTPUT_BYTES)
			ncap = SB_MAX_OUTPUT_BYTES;
		if ((nd = realloc(b->data, ncap)) == NULL) {
			b->err = SB_ENOMEM;
			return b->err;
		}
		b->data = nd;
		b->cap = ncap;
	}
	memcpy(b->data + b->len, p, len);
	b->len += len;
	return SB_OK;
}

void
sb_buf_clear(struct sb_buf *b)
{
	free(b->data);
	memset(b, 0, sizeof(*b));
}

int
sb_source_date(long long *t)
{
	const char	*s, *p;
	long long	 v = 0;

	if ((s = getenv("SOURCE_DATE_EPOCH")) == NULL || *s == '\0')
		return 0;
	for (p = s; *p != '\0'; p++) {
		if (*p < '0' || *p > '9')
			return 0;
		/* Year 9999 is the end of PDF dates; refuse beyond. */
		if (v > 253402300799LL / 10)
			return 0;
		v = v * 10 + (*p - '0');
	}
	if (v > 253402300799LL)
		return 0;
	*t = v;
	return 1;
}

/* Hand b's bytes over to the caller and forget them. */
static void
buf_give(struct sb_buf *b, unsigned char **out, size_t *outsz)
{
	*out = b->data;
	*outsz = b->len;
	memset(b, 0, sizeof(*b));
}

int
sb_render_pdf(const struct sb_report *r, enum sb_backend b,
    unsigned char **out, size_t *outsz, struct sb_diag *d)
{
	struct sb_font	 f;
	struct sb_buf	 buf;
	int		 rc = SB_EINPUT;

	memset(&f, 0, sizeof(f));
	memset(&buf, 0, sizeof(buf));
	if (r == NULL || out == NULL || outsz == NULL) {
		rc = sb_diag_set(d, SB_EINPUT, "render: no report or output");
		goto out;
	}

	switch (b) {
	case SB_BACKEND_CAIRO:
		if ((rc = sb_font_find(&f, SB_FONT_PANGO, d)) != SB_OK)
			goto out;
		rc = sb_paint_cairo_pdf(r, &f, &buf, d);
		break;
	case SB_BACKEND_HPDF:
		if ((rc = sb_font_find(&f, SB_FONT_HPDF, d)) != SB_OK)
			goto out;
		rc = sb_paint_hpdf_pdf(r, &f, &buf, d);
		break;
	default:
		rc = sb_diag_set(d, SB_EUSAGE, "render: unknown backend %d",
		    (int)b);
		break;
	}
	if (rc != SB_OK)
		goto out;
	if (buf.len == 0) {
		rc = sb_diag_set(d, SB_EIO, "render: backend wrote no bytes");
		goto out;
	}
	buf_give(&buf, out, outsz);
	rc = SB_OK;
out:
	sb_buf_clear(&buf);
	sb_font_clear(&f);
	return rc;
}

int
sb_render_chart(const struct sb_chart *c, const char *format,
    unsigned char **out, size_t *outsz, struct sb_diag *d)
{
	struct sb_font	 f;
	struct sb_buf	 buf;
	int		 rc = SB_EINPUT, svg;

	memset(&f, 0, sizeof(f));
	memset(&buf, 0, sizeof(buf));
	if (c == NULL || format == NULL || out == NULL || outsz == NULL) {
		rc = sb_diag_set(d, SB_EINPUT, "render: no chart or output");
		goto out;
	}
	if (strcmp(format, "png") == 0)
		svg = 0;
	else if (strcmp(format, "svg") == 0)
		svg = 1;
	else {
		rc = sb_diag_set(d, SB_EUSAGE,
		    "render: unknown chart format \"%s\" (png or svg)", format);
		goto out;
	}
	if ((rc = sb_font_find(&f, SB_FONT_PANGO, d)) != SB_OK)
		goto out;
	if ((rc = sb_paint_cairo_chart(c, &f, svg, &buf, d)) != SB_OK)
		goto out;
	if (buf.len == 0) {
		rc = sb_diag_set(d, SB_EIO, "render: chart painter wrote no bytes");
		goto out;
	}
	buf_give(&buf, out, outsz);
	rc = SB_OK;
out:
	sb_buf_clear(&buf);
	sb_font_clear(&f);
	return rc;
}

int
sb_backend_parse(const char *name, enum sb_backend *b)
{
	if (name == NULL || b == NULL)
		return -1;
	if (strcmp(name, "cairo") == 0)
		*b = SB_BACKEND_CAIRO;
	else if (strcmp(name, "hpdf") == 0)
		*b = SB_BACKEND_HPDF;
	else
		return -1;
	return 0;
}
