/*
 * The cairo + pango painter: replays a drawing list onto a PDF surface
 * (reports) or a PNG/SVG surface (single charts), all through our own
 * write callback into memory.  The only file that includes cairo or
 * pango headers.
 *
 * Text: one PangoContext and one PangoLayout per run, reused for every
 * measurement and every line drawn; absolute font sizes (pango would
 * otherwise assume 96 dpi); metric hinting off so widths scale
 * linearly and match what layout.c measured.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>

#include "report.h"
#include "render.h"
#include "render_int.h"

/* Size of a chart rendered alone, in points (PNG: 2 pixels a point). */
#define CHART_W		640.0
#define CHART_H		400.0
#define PNG_SCALE	2.0

/* Pango state shared by measuring and drawing. */
struct pc {
	PangoFontMap		*map;
	PangoContext		*ctx;
	PangoLayout		*layout;
	PangoFontDescription	*fd;
	double			 size;	/* size last set on layout, or 0 */
};

/* Write callback: append to the sb_buf; a failure is sticky there. */
static cairo_status_t
write_cb(void *closure, const unsigned char *data, unsigned int length)
{
	struct sb_buf	*b = closure;

	if (sb_buf_put(b, data, length) != SB_OK)
		return CAIRO_STATUS_WRITE_ERROR;
	return CAIRO_STATUS_SUCCESS;
}

/* Set the layout's text and size; the layout is reused throughout. */
static void
pc_set(struct pc *p, const char *s, double size)
{
	if (size != p->size) {
		pango_font_description_set_absolute_size(p->fd,
		    size * PANGO_SCALE);
		pango_layout_set_font_description(p->layout, p->fd);
		p->size = size;
	}
	pango_layout_set_text(p->layout, s, -1);
}

/* struct sb_measure callback: logical width of s in points. */
static double
pc_width(void *ctx, const char *s, double size)
{
	struct pc	*p = ctx;
	PangoRectangle	 lr;

	pc_set(p, s, size);
	pango_layout_get_extents(p->layout, NULL, &lr);
	return (double)lr.width / PANGO_SCALE;
}

/* Create the pango state for family; returns 0 on failure. */
static int
pc_init(struct pc *p, const char *family)
{
	cairo_font_options_t	*fo;

	memset(p, 0, sizeof(*p));
	if ((p->map = pango_cairo_font_map_new()) == NULL)
		return 0;
	if ((p->ctx = pango_font_map_create_context(p->map)) == NULL)
		return 0;
	if ((fo = cairo_font_options_create()) == NULL)
		return 0;
	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
	pango_cairo_context_set_font_options(p->ctx, fo);
	cairo_font_options_destroy(fo);
	pango_cairo_context_set_resolution(p->ctx, 72.0);
	pango_context_set_language(p->ctx,
	    pango_language_from_string("zh-cn"));
	if ((p->layout = pango_layout_new(p->ctx)) == NULL)
		return 0;
	pango_layout_set_single_paragraph_mode(p->layout, TRUE);
	if ((p->fd = pango_font_description_new()) == NULL)
		return 0;
	pango_font_description_set_family(p->fd, family);
	pango_font_description_set_weight(p->fd, PANGO_WEIGHT_NORMAL);
	pango_font_description_set_style(p->fd, PANGO_STYLE_NORMAL);
	return 1;
}

static void
pc_free(struct pc *p)
{
	if (p->fd != NULL)
		pango_font_description_free(p->fd);
	if (p->layout != NULL)
		g_object_unref(p->layout);
	if (p->ctx != NULL)
		g_object_unref(p->ctx);
	if (p->map != NULL)
		g_object_unref(p->map);
	memset(p, 0, sizeof(*p));
}

static void
set_rgb(cairo_t *cr, struct sb_rgb c)
{
	cairo_set_source_rgb(cr, c.r, c.g, c.b);
}

/* Stroke the current path with op's width, colour and dash. */
static void
stroke(cairo_t *cr, const struct sb_op *op)
{
	static const double	 dash[] = { SB_DASH_ON, SB_DASH_OFF };

	set_rgb(cr, op->colour);
	cairo_set_line_width(cr, op->lw);
	if (op->flags & SB_OPF_DASH) {
		cairo_set_dash(cr, dash, 2, 0);
		cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
	} else {
		cairo_set_dash(cr, NULL, 0, 0);
		cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
	}
	cairo_stroke(cr);
}

/* Fill, then stroke, the current path as op's flags say. */
static void
fill_stroke(cairo_t *cr, const struct sb_op *op)
{
	if (op->flags & SB_OPF_FILL) {
		set_rgb(cr, op->fill);
		if (op->flags & SB_OPF_STROKE)
			cairo_fill_preserve(cr);
		else
			cairo_fill(cr);
	}
	if (op->flags & SB_OPF_STROKE)
		stroke(cr, op);
	cairo_new_path(cr);
}

/* Replay one page of operations on cr. */
static void
replay(cairo_t *cr, struct pc *p, const struct sb_page *pg)
{
	const struct sb_op	*op;
	size_t			 i, k;
	double			 w, x, base;
	PangoRectangle		 lr;

	cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
	for (i = 0; i < pg->opsz; i++) {
		op = &pg->ops[i];
		switch (op->kind) {
		case SB_OP_RECT:
			cairo_rectangle(cr, op->x, op->y, op->w, op->h);
			fill_stroke(cr, op);
			break;
		case SB_OP_LINE:
		case SB_OP_POLYLINE:
			if (op->ptsz < 2)
				break;
			cairo_move_to(cr, op->pts[0].x, op->pts[0].y);
			for (k = 1; k < op->ptsz; k++)
				cairo_line_to(cr, op->pts[k].x, op->pts[k].y);
			stroke(cr, op);
			break;
		case SB_OP_POLYGON:
			if (op->ptsz < 3)
				break;
			cairo_move_to(cr, op->pts[0].x, op->pts[0].y);
			for (k = 1; k < op->ptsz; k++)
				cairo_line_to(cr, op->pts[k].x, op->pts[k].y);
			cairo_close_path(cr);
			fill_stroke(cr, op);
			break;
		case SB_OP_CIRCLE:
			cairo_new_sub_path(cr);
			cairo_arc(cr, op->x, op->y, op->r, 0, 2 * G_PI);
			fill_stroke(cr, op);
			break;
		case SB_OP_TEXT:
			pc_set(p, op->text, op->size);
			pango_layout_get_extents(p->layout, NULL, &lr);
			w = (double)lr.width / PANGO_SCALE;
			x = op->x;
			if (op->align == SB_ALIGN_CENTER)
				x -= w / 2;
			else if (op->align == SB_ALIGN_RIGHT)
				x -= w;
			base = (double)pango_layout_get_baseline(p->layout) /
			    PANGO_SCALE;
			set_rgb(cr, op->colour);
			cairo_move_to(cr, x, op->y - base);
			pango_cairo_show_layout(cr, p->layout);
			cairo_new_path(cr);
			break;
		}
	}
}

/* ISO 8601 date of SOURCE_DATE_EPOCH into b; returns 1 if set. */
static int
iso_date(char *b, size_t bsz)
{
	long long	 t;
	time_t		 tt;
	struct tm	 tm;

	if (!sb_source_date(&t))
		return 0;
	tt = (time_t)t;
	if (gmtime_r(&tt, &tm) == NULL)
		return 0;
	return strftime(b, bsz, "%Y-%m-%dT%H:%M:%SZ", &tm) > 0;
}

/* Map a cairo status to our error, preferring the buffer's own. */
static int
cairo_fail(const struct sb_buf *buf, cairo_status_t st, const char *what,
    struct sb_diag *d)
{
	if (buf->err == SB_ENOMEM)
		return sb_diag_set(d, SB_ENOMEM, "cairo: %s: out of memory",
		    what);
	if (buf->err == SB_ELIMIT)
		return sb_diag_set(d, SB_ELIMIT,
		    "cairo: %s: output larger than %u bytes", what,
		    SB_MAX_OUTPUT_BYTES);
	if (st == CAIRO_STATUS_NO_MEMORY)
		return sb_diag_set(d, SB_ENOMEM, "cairo: %s: out of memory",
		    what);
	return sb_diag_set(d, SB_EIO, "cairo: %s: %s", what,
	    cairo_status_to_string(st));
}

int
sb_paint_cairo_pdf(const struct sb_report *r, const struct sb_font *f,
    struct sb_buf *buf, struct sb_diag *d)
{
	cairo_surface_t		*s = NULL;
	cairo_t			*cr = NULL;
	struct pc		 p;
	struct sb_measure	 m;
	struct sb_doc		*doc = NULL;
	cairo_status_t		 st;
	double			 w, h;
	size_t			 i;
	char			 date[64], link[128];
	int			 rc = SB_EIO;

	memset(&p, 0, sizeof(p));
	sb_layout_page_size(r, &w, &h);
	s = cairo_pdf_surface_create_for_stream(write_cb, buf, w, h);
	if ((st = cairo_surface_status(s)) != CAIRO_STATUS_SUCCESS) {
		rc = cairo_fail(buf, st, "creating the PDF surface", d);
		goto out;
	}
	cairo_pdf_surface_restrict_to_version(s, CAIRO_PDF_VERSION_1_5);
	if (r->title != NULL)
		cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE,
		    r->title);
	if (r->subtitle != NULL)
		cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_SUBJECT,
		    r->subtitle);
	cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR,
	    "statbrief");
	if (iso_date(date, sizeof(date))) {
		cairo_pdf_surface_set_metadata(s,
		    CAIRO_PDF_METADATA_CREATE_DATE, date);
		cairo_pdf_surface_set_metadata(s,
		    CAIRO_PDF_METADATA_MOD_DATE, date);
	}
	cr = cairo_create(s);
	if ((st = cairo_status(cr)) != CAIRO_STATUS_SUCCESS) {
		rc = cairo_fail(buf, st, "creating the context", d);
		goto out;
	}
	if (!pc_init(&p, f->family)) {
		rc = sb_diag_set(d, SB_ENOMEM, "pango: cannot set up text");
		goto out;
	}
	pango_cairo_update_context(cr, p.ctx);
	pango_layout_context_changed(p.layout);

	m.width = pc_width;
	m.ctx = &p;
	if ((rc = sb_layout_report(r, &m, &doc, d)) != SB_OK)
		goto out;
	for (i = 0; i < doc->pagesz; i++) {
		replay(cr, &p, &doc->pages[i]);
		cairo_show_page(cr);
	}
	for (i = 0; i < doc->marksz; i++) {
		snprintf(link, sizeof(link), "page=%zu pos=[%.1f %.1f]",
		    doc->marks[i].page + 1, 0.0, doc->marks[i].y);
		cairo_pdf_surface_add_outline(s, CAIRO_PDF_OUTLINE_ROOT,
		    doc->marks[i].title, link, 0);
	}
	if ((st = cairo_status(cr)) != CAIRO_STATUS_SUCCESS) {
		rc = cairo_fail(buf, st, "drawing", d);
		goto out;
	}
	cairo_destroy(cr);
	cr = NULL;
	cairo_surface_finish(s);
	if ((st = cairo_surface_status(s)) != CAIRO_STATUS_SUCCESS ||
	    buf->err != SB_OK) {
		rc = cairo_fail(buf, st, "writing the PDF", d);
		goto out;
	}
	rc = SB_OK;
out:
	sb_doc_free(doc);
	pc_free(&p);
	if (cr != NULL)
		cairo_destroy(cr);
	if (s != NULL)
		cairo_surface_destroy(s);
	return rc;
}

int
sb_paint_cairo_chart(const struct sb_chart *c, const struct sb_font *f,
    int svg, struct sb_buf *buf, struct sb_diag *d)
{
	cairo_surface_t		*s = NULL;
	cairo_t			*cr = NULL;
	struct pc		 p;
	struct sb_measure	 m;
	struct sb_doc		*doc = NULL;
	cairo_status_t		 st;
	int			 rc = SB_EIO;

	memset(&p, 0, sizeof(p));
	if (svg)
		s = cairo_svg_surface_create_for_stream(write_cb, buf,
		    CHART_W, CHART_H);
	else
		s = cairo_image_surface_create(CAIRO_FORMAT_RGB24,
		    (int)(CHART_W * PNG_SCALE), (int)(CHART_H * PNG_SCALE));
	if ((st = cairo_surface_status(s)) != CAIRO_STATUS_SUCCESS) {
		rc = cairo_fail(buf, st, "creating the chart surface", d);
		goto out;
	}
	cr = cairo_create(s);
	if ((st = cairo_status(cr)) != CAIRO_STATUS_SUCCESS) {
		rc = cairo_fail(buf, st, "creating the context", d);
		goto out;
	}
	if (!svg)
		cairo_scale(cr, PNG_SCALE, PNG_SCALE);
	/* A white page: PNG has no paper, SVG viewers may be dark. */
	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_paint(cr);
	if (!pc_init(&p, f->family)) {
		rc = sb_diag_set(d, SB_ENOMEM, "pango: cannot set up text");
		goto out;
	}
	pango_cairo_update_context(cr, p.ctx);
	pango_layout_context_changed(p.layout);

	m.width = pc_width;
	m.ctx = &p;
	if ((rc = sb_layout_chart(c, &m, CHART_W, CHART_H, &doc, d)) != SB_OK)
		goto out;
	replay(cr, &p, &doc->pages[0]);
	if ((st = cairo_status(cr)) != CAIRO_STATUS_SUCCESS) {
		rc = cairo_fail(buf, st, "drawing", d);
		goto out;
	}
	cairo_destroy(cr);
	cr = NULL;
	if (svg)
		cairo_surface_finish(s);
	else if ((st = cairo_surface_write_to_png_stream(s, write_cb, buf)) !=
	    CAIRO_STATUS_SUCCESS) {
		rc = cairo_fail(buf, st, "writing the PNG", d);
		goto out;
	}
	if ((st = cairo_surface_status(s)) != CAIRO_STATUS_SUCCESS ||
	    buf->err != SB_OK) {
		rc = cairo_fail(buf, st, "writing the chart", d);
		goto out;
	}
	rc = SB_OK;
out:
	sb_doc_free(doc);
	pc_free(&p);
	if (cr != NULL)
		cairo_destroy(cr);
	if (s != NULL)
		cairo_surface_destroy(s);
	return rc;
}
