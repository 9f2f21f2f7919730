/*
 * The libharu painter: replays the drawing list into an HPDF_Doc saved
 * to libharu's memory stream, then copied into our buffer.  The only
 * file that includes hpdf.h.
 *
 * libharu reports errors through a callback.  Like its demos we leave
 * with longjmp, but the setjmp and everything that may jump to it live
 * in sb_paint_hpdf_pdf() alone.  While layout.c measures text (our
 * code, with allocations of its own) the handler only records the
 * error, so a jump can never skip our cleanup; it is checked after.
 *
 * libharu 2.3.0 limits (fonts/README.md): TrueType outlines only, a
 * face index for .ttc, nothing beyond U+FFFF (we draw '?' instead).
 */
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <hpdf.h>

#include "report.h"
#include "render.h"
#include "render_int.h"

/* State the error handler and the drawing helpers share. */
struct hp {
	HPDF_Doc	 doc;
	HPDF_Font	 font;
	jmp_buf		 env;
	int		 jump;		/* longjmp from the handler if set */
	HPDF_STATUS	 err;		/* first error code, 0 if none */
	HPDF_STATUS	 detail;	/* its detail code */
	char		*tmp;		/* text with non-BMP characters replaced */
	size_t		 tmpsz;
	int		 nomem;		/* tmp could not grow */
};

static void
error_cb(HPDF_STATUS err, HPDF_STATUS detail, void *user)
{
	struct hp	*h = user;

	if (h->err == 0) {
		h->err = err;
		h->detail = detail;
	}
	if (h->jump)
		longjmp(h->env, 1);
}

/*
 * Copy s into h->tmp with characters beyond U+FFFF (4-byte UTF-8
 * sequences, which libharu 2.3.0 drops) replaced by '?'.  Text was
 * validated as UTF-8 by the layout.  Returns NULL on ENOMEM.
 */
static const char *
bmp_only(struct hp *h, const char *s)
{
	size_t	 len = strlen(s), i, j;
	char	*n;

	if (len + 1 > h->tmpsz) {
		if ((n = realloc(h->tmp, len + 1)) == NULL) {
			h->nomem = 1;
			return NULL;
		}
		h->tmp = n;
		h->tmpsz = len + 1;
	}
	for (i = j = 0; i < len; ) {
		if (((unsigned char)s[i] & 0xf8) == 0xf0 && i + 3 < len + 1) {
			h->tmp[j++] = '?';
			i += 4;
		} else
			h->tmp[j++] = s[i++];
	}
	h->tmp[j] = '\0';
	return h->tmp;
}

/* struct sb_measure callback: advance width of s in points. */
static double
hp_width(void *ctx, const char *s, double size)
{
	struct hp	*h = ctx;
	HPDF_TextWidth	 tw;
	const char	*t;

	if (h->err != 0 || (t = bmp_only(h, s)) == NULL)
		return 0;
	tw = HPDF_Font_TextWidth(h->font, (const HPDF_BYTE *)t,
	    (HPDF_UINT)strlen(t));
	return tw.width * size / 1000.0;
}

/* Stroke the current path with op's width, colour and dash. */
static void
stroke(HPDF_Page pg, const struct sb_op *op)
{
	static const HPDF_UINT16	 dash[] = { SB_DASH_ON, SB_DASH_OFF };

	HPDF_Page_SetRGBStroke(pg, (HPDF_REAL)op->colour.r,
	    (HPDF_REAL)op->colour.g, (HPDF_REAL)op->colour.b);
	HPDF_Page_SetLineWidth(pg, (HPDF_REAL)op->lw);
	if (op->flags & SB_OPF_DASH) {
		HPDF_Page_SetDash(pg, dash, 2, 0);
		HPDF_Page_SetLineCap(pg, HPDF_BUTT_END);
	} else {
		HPDF_Page_SetDash(pg, NULL, 0, 0);
		HPDF_Page_SetLineCap(pg, HPDF_ROUND_END);
	}
}

/*
 * Set up fill and stroke state for op; libharu allows this only
 * before a path is begun.
 */
static void
paint_state(HPDF_Page pg, const struct sb_op *op)
{
	if (op->flags & SB_OPF_FILL)
		HPDF_Page_SetRGBFill(pg, (HPDF_REAL)op->fill.r,
		    (HPDF_REAL)op->fill.g, (HPDF_REAL)op->fill.b);
	if (op->flags & SB_OPF_STROKE)
		stroke(pg, op);
}

/* Paint the path just built as op's flags say. */
static void
fill_stroke(HPDF_Page pg, const struct sb_op *op)
{
	if ((op->flags & (SB_OPF_FILL | SB_OPF_STROKE)) ==
	    (SB_OPF_FILL | SB_OPF_STROKE))
		HPDF_Page_FillStroke(pg);
	else if (op->flags & SB_OPF_FILL)
		HPDF_Page_Fill(pg);
	else
		HPDF_Page_Stroke(pg);
}

/*
 * Replay one page; y is flipped (libharu's origin is bottom left).
 * Called only under sb_paint_hpdf_pdf()'s setjmp.
 */
static void
replay(struct hp *h, HPDF_Page pg, const struct sb_page *p, double ph)
{
	const struct sb_op	*op;
	const char		*t;
	size_t			 i, k;
	double			 x, w;

	HPDF_Page_SetLineJoin(pg, HPDF_ROUND_JOIN);
	for (i = 0; i < p->opsz && !h->nomem; i++) {
		op = &p->ops[i];
		switch (op->kind) {
		case SB_OP_RECT:
			paint_state(pg, op);
			HPDF_Page_Rectangle(pg, (HPDF_REAL)op->x,
			    (HPDF_REAL)(ph - op->y - op->h),
			    (HPDF_REAL)op->w, (HPDF_REAL)op->h);
			fill_stroke(pg, op);
			break;
		case SB_OP_LINE:
		case SB_OP_POLYLINE:
			if (op->ptsz < 2)
				break;
			stroke(pg, op);
			HPDF_Page_MoveTo(pg, (HPDF_REAL)op->pts[0].x,
			    (HPDF_REAL)(ph - op->pts[0].y));
			for (k = 1; k < op->ptsz; k++)
				HPDF_Page_LineTo(pg, (HPDF_REAL)op->pts[k].x,
				    (HPDF_REAL)(ph - op->pts[k].y));
			HPDF_Page_Stroke(pg);
			break;
		case SB_OP_POLYGON:
			if (op->ptsz < 3)
				break;
			paint_state(pg, op);
			HPDF_Page_MoveTo(pg, (HPDF_REAL)op->pts[0].x,
			    (HPDF_REAL)(ph - op->pts[0].y));
			for (k = 1; k < op->ptsz; k++)
				HPDF_Page_LineTo(pg, (HPDF_REAL)op->pts[k].x,
				    (HPDF_REAL)(ph - op->pts[k].y));
			HPDF_Page_ClosePath(pg);
			fill_stroke(pg, op);
			break;
		case SB_OP_CIRCLE:
			paint_state(pg, op);
			HPDF_Page_Circle(pg, (HPDF_REAL)op->x,
			    (HPDF_REAL)(ph - op->y), (HPDF_REAL)op->r);
			fill_stroke(pg, op);
			break;
		case SB_OP_TEXT:
			if ((t = bmp_only(h, op->text)) == NULL)
				break;
			w = hp_width(h, t, op->size);
			x = op->x;
			if (op->align == SB_ALIGN_CENTER)
				x -= w / 2;
			else if (op->align == SB_ALIGN_RIGHT)
				x -= w;
			HPDF_Page_BeginText(pg);
			HPDF_Page_SetFontAndSize(pg, h->font,
			    (HPDF_REAL)op->size);
			HPDF_Page_SetRGBFill(pg, (HPDF_REAL)op->colour.r,
			    (HPDF_REAL)op->colour.g, (HPDF_REAL)op->colour.b);
			HPDF_Page_TextOut(pg, (HPDF_REAL)x,
			    (HPDF_REAL)(ph - op->y), t);
			HPDF_Page_EndText(pg);
			break;
		}
	}
}

/* Map the recorded libharu error to ours. */
static int
hpdf_fail(const struct hp *h, const struct sb_font *f, struct sb_diag *d)
{
	switch (h->err) {
	case HPDF_FAILD_TO_ALLOC_MEM:
		return sb_diag_set(d, SB_ENOMEM, "libharu: out of memory");
	case HPDF_FILE_OPEN_ERROR:
	case HPDF_INVALID_FONTDEF_DATA:
	case HPDF_INVALID_FONTDEF_TYPE:
	case HPDF_INVALID_FONT_NAME:
	case HPDF_INVALID_TTC_FILE:
	case HPDF_INVALID_TTC_INDEX:
	case HPDF_TTF_INVALID_CMAP:
	case HPDF_TTF_INVALID_FOMAT:
	case HPDF_TTF_MISSING_TABLE:
	case HPDF_INVALID_FONT:
		return sb_diag_set(d, SB_EFONT,
		    "libharu cannot load font %s (face %d): error 0x%04X, "
		    "detail %u; install Debian package fonts-wqy-zenhei",
		    f->file, f->index, (unsigned int)h->err,
		    (unsigned int)h->detail);
	default:
		return sb_diag_set(d, SB_EIO, "libharu: error 0x%04X, "
		    "detail %u", (unsigned int)h->err,
		    (unsigned int)h->detail);
	}
}

/* PDF date of SOURCE_DATE_EPOCH in *dt; returns 1 if set. */
static int
pdf_date(HPDF_Date *dt)
{
	long long	 t;
	time_t		 tt;
	struct tm	 tm;

	if (!sb_source_date(&t))
		return 0;
	tt = (time_t)t;
	if (gmtime_r(&tt, &tm) == NULL)
		return 0;
	memset(dt, 0, sizeof(*dt));
	dt->year = tm.tm_year + 1900;
	dt->month = tm.tm_mon + 1;
	dt->day = tm.tm_mday;
	dt->hour = tm.tm_hour;
	dt->minutes = tm.tm_min;
	dt->seconds = tm.tm_sec;
	dt->ind = 'Z';
	return 1;
}

int
sb_paint_hpdf_pdf(const struct sb_report *r, const struct sb_font *f,
    struct sb_buf *buf, struct sb_diag *d)
{
	struct hp		*h;
	struct sb_doc		*volatile lay = NULL;
	struct sb_doc		*ld;
	volatile int		 rc = SB_EIO;
	struct sb_measure	 m;
	HPDF_Page		 pg;
	HPDF_Outline		 ol;
	HPDF_Destination	 dst;
	HPDF_Encoder		 enc;
	HPDF_Date		 dt;
	HPDF_UINT32		 left;
	HPDF_UINT32		 n;
	const char		*name;
	unsigned char		 chunk[65536];
	size_t			 i, k;

	if ((h = calloc(1, sizeof(*h))) == NULL)
		return sb_diag_set(d, SB_ENOMEM, "libharu: out of memory");
	if ((h->doc = HPDF_New(error_cb, h)) == NULL) {
		rc = sb_diag_set(d, SB_ENOMEM, "libharu: cannot create a document");
		goto out;
	}
	h->jump = 1;
	if (setjmp(h->env)) {
		h->jump = 0;
		rc = hpdf_fail(h, f, d);
		goto out;
	}

	HPDF_SetCompressionMode(h->doc, HPDF_COMP_ALL);
	HPDF_UseUTFEncodings(h->doc);
	HPDF_SetCurrentEncoder(h->doc, "UTF-8");
	name = HPDF_LoadTTFontFromFile2(h->doc, f->file, (HPDF_UINT)f->index,
	    HPDF_TRUE);
	h->font = HPDF_GetFont(h->doc, name, "UTF-8");
	if (r->title != NULL)
		HPDF_SetInfoAttr(h->doc, HPDF_INFO_TITLE, r->title);
	if (r->subtitle != NULL)
		HPDF_SetInfoAttr(h->doc, HPDF_INFO_SUBJECT, r->subtitle);
	HPDF_SetInfoAttr(h->doc, HPDF_INFO_CREATOR, "statbrief");
	if (pdf_date(&dt)) {
		HPDF_SetInfoDateAttr(h->doc, HPDF_INFO_CREATION_DATE, dt);
		HPDF_SetInfoDateAttr(h->doc, HPDF_INFO_MOD_DATE, dt);
	}

	/* Measure without jumping: layout owns memory of its own. */
	h->jump = 0;
	m.width = hp_width;
	m.ctx = h;
	rc = sb_layout_report(r, &m, &ld, d);
	if (rc != SB_OK)
		goto out;
	lay = ld;
	if (h->nomem) {
		rc = sb_diag_set(d, SB_ENOMEM, "libharu: out of memory");
		goto out;
	}
	if (h->err != 0) {
		rc = hpdf_fail(h, f, d);
		goto out;
	}
	h->jump = 1;

	enc = HPDF_GetEncoder(h->doc, "UTF-8");
	for (i = 0, k = 0; i < lay->pagesz; i++) {
		pg = HPDF_AddPage(h->doc);
		HPDF_Page_SetWidth(pg, (HPDF_REAL)lay->width);
		HPDF_Page_SetHeight(pg, (HPDF_REAL)lay->height);
		replay(h, pg, &lay->pages[i], lay->height);
		for (; k < lay->marksz && lay->marks[k].page == i; k++) {
			if ((name = bmp_only(h, lay->marks[k].title)) == NULL)
				break;
			ol = HPDF_CreateOutline(h->doc, NULL, name, enc);
			dst = HPDF_Page_CreateDestination(pg);
			/* libharu refuses XYZ zoom 0 ("keep"): fit width. */
			HPDF_Destination_SetFitH(dst,
			    (HPDF_REAL)(lay->height - lay->marks[k].y + 10));
			HPDF_Outline_SetDestination(ol, dst);
		}
		if (h->nomem) {
			h->jump = 0;
			rc = sb_diag_set(d, SB_ENOMEM, "libharu: out of memory");
			goto out;
		}
	}
	if (lay->marksz > 0)
		HPDF_SetPageMode(h->doc, HPDF_PAGE_MODE_USE_OUTLINE);

	/* Save to libharu's memory stream, then copy out exactly its size. */
	HPDF_SaveToStream(h->doc);
	left = HPDF_GetStreamSize(h->doc);
	HPDF_ResetStream(h->doc);
	while (left > 0) {
		n = left < sizeof(chunk) ? left : (HPDF_UINT32)sizeof(chunk);
		HPDF_ReadFromStream(h->doc, chunk, &n);
		if (n == 0)
			break;
		if (sb_buf_put(buf, chunk, n) != SB_OK)
			break;
		left -= n;
	}
	h->jump = 0;
	if (buf->err != SB_OK) {
		rc = sb_diag_set(d, buf->err, buf->err == SB_ENOMEM ?
		    "libharu: out of memory" :
		    "libharu: output larger than the limit");
		goto out;
	}
	if (left != 0) {
		rc = sb_diag_set(d, SB_EIO, "libharu: short read from its stream");
		goto out;
	}
	rc = SB_OK;
out:
	sb_doc_free(lay);
	if (h->doc != NULL)
		HPDF_Free(h->doc);
	free(h->tmp);
	free(h);
	return rc;
}
