/*
 * One layout for every painter.  Given a report and a way to measure
 * text, compute pages of drawing operations (draw.h): boxes, ticks,
 * wrapped lines, chart geometry.  Painters only replay the list, so
 * cairo and libharu draw the same pages.
 *
 * Coordinates are PDF points, origin top left, y down.  Text is placed
 * by its baseline.  All errors are sticky in struct lay: helpers do
 * nothing once an error is recorded, and the entry points return it.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "render.h"
#include "draw.h"

/* Longest string we lay out (bytes); beyond it SB_ELIMIT. */
#define MAX_TEXT_BYTES	(1024u * 1024u)
/* Values beyond this magnitude are treated like non-finite ones. */
#define MAX_ABS_VALUE	1e15

/* Page geometry (points). */
#define MARGIN_X	56.0
#define MARGIN_TOP	64.0
#define MARGIN_BOTTOM	64.0

/* Font sizes (points) and line advances. */
#define SZ_TITLE	22.0
#define SZ_SUBTITLE	13.0
#define SZ_DATE		10.0
#define SZ_HEADING	15.0
#define SZ_BODY		10.5
#define LEAD_BODY	17.0
#define SZ_CHART_TITLE	11.5
#define SZ_TICK		8.5
#define SZ_LABEL	8.5
#define SZ_SOURCE	8.0
#define LEAD_SOURCE	11.0
#define SZ_TABLE	9.0
#define LEAD_TABLE	12.5
#define SZ_SENTENCE	8.0
#define LEAD_SENTENCE	11.0
#define SZ_HEADER	8.0

/* Plot height of a chart inside a report. */
#define PLOT_H		170.0

/* Width cache: code points below this are measured once per layout. */
#define WCACHE_SIZE	0x10000u
/* Reference size for cached widths; widths scale linearly (no hinting). */
#define WCACHE_REF	100.0

static const struct sb_rgb C_TEXT = { 0.10, 0.10, 0.10 };
static const struct sb_rgb C_GREY = { 0.35, 0.35, 0.35 };
static const struct sb_rgb C_AXIS = { 0.20, 0.20, 0.20 };
static const struct sb_rgb C_GRID = { 0.85, 0.85, 0.85 };
static const struct sb_rgb C_RULE = { 0.70, 0.70, 0.70 };
static const struct sb_rgb C_SHADE = { 0.93, 0.93, 0.93 };
static const struct sb_rgb C_WHITE = { 1.0, 1.0, 1.0 };

/*
 * Okabe-Ito colours, safe for the common colour-vision deficiencies
 * and distinct in grey print: blue, vermillion, bluish green, orange,
 * reddish purple, sky blue.
 */
static const struct sb_rgb PALETTE[] = {
	{ 0.000, 0.447, 0.698 },
	{ 0.835, 0.369, 0.000 },
	{ 0.000, 0.620, 0.451 },
	{ 0.902, 0.624, 0.000 },
	{ 0.800, 0.475, 0.655 },
	{ 0.337, 0.706, 0.914 },
};
#define PALETTESZ	(sizeof(PALETTE) / sizeof(PALETTE[0]))

/* A box already taken by a chart label, to avoid overlaps. */
struct box {
	double	 x0, y0, x1, y1;
};

/* Layout state. */
struct lay {
	const struct sb_measure	*m;
	struct sb_diag		*d;
	struct sb_doc		*doc;
	const char		*title;		/* running header, may be NULL */
	int			 err;		/* sticky enum sb_err */
	double			 y;		/* cursor: top of the next block */
	double			 left, right;	/* content box */
	double			 top, bottom;
	float			*wcache;	/* widths at WCACHE_REF */
	unsigned char		*wknown;	/* which wcache entries are set */
	struct box		*boxes;		/* labels placed in this chart */
	size_t			 pagecap;	/* allocated doc->pages */
	size_t			 markcap;	/* allocated doc->marks */
	size_t			 boxsz, boxcap;
};

/* A wrapped line: a byte span of the source string. */
struct span {
	size_t	 off;
	size_t	 len;
};

/* A laid-out paragraph. */
struct lines {
	struct span	*v;
	size_t		 n;
	size_t		 cap;
};

static int
fail(struct lay *L, int err, const char *msg)
{
	if (L->err == SB_OK)
		L->err = sb_diag_set(L->d, err, "layout: %s", msg);
	return L->err;
}

/*
 * Grow the array whose pointer is at pp (any object pointer type; the
 * pointer is copied with memcpy so no aliasing rule is bent) from *cap
 * elements of size sz to hold at least need.  Returns 1, or 0 with the
 * error recorded.
 */
static int
grow(struct lay *L, void *pp, size_t *cap, size_t need, size_t sz)
{
	size_t	 ncap;
	void	*p, *np;

	if (need <= *cap)
		return 1;
	ncap = *cap < 8 ? 8 : *cap + *cap / 2;
	if (ncap < need)
		ncap = need;
	if (ncap > SIZE_MAX / sz) {
		fail(L, SB_ENOMEM, "out of memory");
		return 0;
	}
	memcpy(&p, pp, sizeof(p));
	if ((np = realloc(p, ncap * sz)) == NULL) {
		fail(L, SB_ENOMEM, "out of memory");
		return 0;
	}
	memcpy(pp, &np, sizeof(np));
	*cap = ncap;
	return 1;
}

/*
 * Decode one UTF-8 code point of s[*i..len) strictly (no overlongs,
 * surrogates or values past U+10FFFF).  Returns the code point and
 * advances *i, or returns -1 on invalid input.
 */
static long
utf8_next(const char *s, size_t len, size_t *i)
{
	const unsigned char	*p = (const unsigned char *)s + *i;
	size_t			 n, k, rest = len - *i;
	unsigned long		 cp, min;

	if (rest == 0)
		return -1;
	if (p[0] < 0x80) {
		(*i)++;
		return p[0];
	} else if ((p[0] & 0xe0) == 0xc0) {
		n = 2, cp = p[0] & 0x1f, min = 0x80;
	} else if ((p[0] & 0xf0) == 0xe0) {
		n = 3, cp = p[0] & 0x0f, min = 0x800;
	} else if ((p[0] & 0xf8) == 0xf0) {
		n = 4, cp = p[0] & 0x07, min = 0x10000;
	} else
		return -1;
	if (rest < n)
		return -1;
	for (k = 1; k < n; k++) {
		if ((p[k] & 0xc0) != 0x80)
			return -1;
		cp = (cp << 6) | (p[k] & 0x3f);
	}
	if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return -1;
	*i += n;
	return (long)cp;
}

/* Check s (may be NULL) is valid UTF-8 within limits; name it if not. */
static void
check_text(struct lay *L, const char *s, const char *what, size_t idx)
{
	size_t	 i = 0, len;
	char	 msg[128];

	if (L->err != SB_OK || s == NULL)
		return;
	len = strlen(s);
	if (len > MAX_TEXT_BYTES) {
		snprintf(msg, sizeof(msg), "%s %zu longer than %u bytes",
		    what, idx, MAX_TEXT_BYTES);
		fail(L, SB_ELIMIT, msg);
		return;
	}
	while (i < len)
		if (utf8_next(s, len, &i) < 0) {
			snprintf(msg, sizeof(msg),
			    "invalid UTF-8 in %s %zu at byte %zu", what, idx, i);
			fail(L, SB_EINPUT, msg);
			return;
		}
}

static void
check_chart(struct lay *L, const struct sb_chart *c, size_t idx)
{
	size_t	 i, j;

	check_text(L, c->title, "chart title of section", idx);
	check_text(L, c->unit, "chart unit of section", idx);
	check_text(L, c->source, "chart source of section", idx);
	for (i = 0; i < c->linesz; i++) {
		check_text(L, c->lines[i].name, "line name of section", idx);
		if (c->lines[i].pointsz > 0 && c->lines[i].points == NULL)
			fail(L, SB_EINPUT, "chart line without points");
		for (j = 0; j < c->lines[i].pointsz; j++)
			check_text(L, c->lines[i].points[j].label,
			    "point label of section", idx);
	}
	if (c->linesz > 0 && c->lines == NULL)
		fail(L, SB_EINPUT, "chart without lines");
}

static void
check_report(struct lay *L, const struct sb_report *r)
{
	const struct sb_section	*s;
	const struct sb_row	*w;
	size_t			 i, j;

	check_text(L, r->title, "report title", 0);
	check_text(L, r->subtitle, "report subtitle", 0);
	check_text(L, r->date, "report date", 0);
	if (r->sectionsz > 0 && r->sections == NULL)
		fail(L, SB_EINPUT, "report without sections");
	for (i = 0; i < r->sectionsz && L->err == SB_OK; i++) {
		s = &r->sections[i];
		check_text(L, s->heading, "heading of section", i + 1);
		check_text(L, s->text, "text of section", i + 1);
		if (s->chart != NULL)
			check_chart(L, s->chart, i + 1);
		if (s->rowsz > 0 && s->rows == NULL)
			fail(L, SB_EINPUT, "table without rows");
		for (j = 0; j < s->rowsz && L->err == SB_OK; j++) {
			w = &s->rows[j];
			check_text(L, w->indicator, "table row of section", i + 1);
			check_text(L, w->region, "table row of section", i + 1);
			check_text(L, w->period, "table row of section", i + 1);
			check_text(L, w->value, "table row of section", i + 1);
			check_text(L, w->source, "table row of section", i + 1);
			check_text(L, w->sentence, "table row of section", i + 1);
			check_text(L, w->change, "table row of section", i + 1);
			if (w->sparksz > 0 && w->spark == NULL)
				fail(L, SB_EINPUT, "sparkline without values");
		}
		if (s->calloutsz > 0 && s->callouts == NULL)
			fail(L, SB_EINPUT, "callouts without entries");
		for (j = 0; j < s->calloutsz && L->err == SB_OK; j++) {
			const struct sb_callout *c = &s->callouts[j];

			check_text(L, c->label, "callout of section", i + 1);
			check_text(L, c->value, "callout of section", i + 1);
			check_text(L, c->unit, "callout of section", i + 1);
			check_text(L, c->period, "callout of section", i + 1);
			check_text(L, c->change, "callout of section", i + 1);
			check_text(L, c->source, "callout of section", i + 1);
		}
	}
}

/*
 * Width of code point cp at size, through the painter.  Code points of
 * the BMP are measured once at a reference size and scaled.
 */
static double
cp_width(struct lay *L, long cp, double size)
{
	char		 b[5];
	size_t		 n;
	unsigned long	 c = (unsigned long)cp;
	double		 w;

	if (c < 0x20 || c == 0x7f)
		c = ' ';
	if (c < WCACHE_SIZE && L->wknown[c])
		return L->wcache[c] * size / WCACHE_REF;
	if (c < 0x80) {
		b[0] = (char)c, n = 1;
	} else if (c < 0x800) {
		b[0] = (char)(0xc0 | (c >> 6));
		b[1] = (char)(0x80 | (c & 0x3f)), n = 2;
	} else if (c < 0x10000) {
		b[0] = (char)(0xe0 | (c >> 12));
		b[1] = (char)(0x80 | ((c >> 6) & 0x3f));
		b[2] = (char)(0x80 | (c & 0x3f)), n = 3;
	} else {
		b[0] = (char)(0xf0 | (c >> 18));
		b[1] = (char)(0x80 | ((c >> 12) & 0x3f));
		b[2] = (char)(0x80 | ((c >> 6) & 0x3f));
		b[3] = (char)(0x80 | (c & 0x3f)), n = 4;
	}
	b[n] = '\0';
	w = L->m->width(L->m->ctx, b, WCACHE_REF);
	if (!isfinite(w) || w < 0)
		w = 0;
	if (c < WCACHE_SIZE) {
		L->wcache[c] = (float)w;
		L->wknown[c] = 1;
	}
	return w * size / WCACHE_REF;
}

/* Width of s[0..len) at size (text was validated before). */
static double
text_width(struct lay *L, const char *s, size_t len, double size)
{
	size_t	 i = 0;
	long	 cp;
	double	 w = 0;

	while (i < len && (cp = utf8_next(s, len, &i)) >= 0)
		w += cp_width(L, cp, size);
	return w;
}

/* Ideographs, kana, hangul, CJK punctuation and full-width forms. */
static int
is_cjk(long cp)
{
	return (cp >= 0x2e80 && cp <= 0x9fff) ||
	    (cp >= 0xac00 && cp <= 0xd7af) ||
	    (cp >= 0xf900 && cp <= 0xfaff) ||
	    (cp >= 0xfe30 && cp <= 0xfe4f) ||
	    (cp >= 0xff00 && cp <= 0xffef) ||
	    (cp >= 0x20000 && cp <= 0x3ffff);
}

/* Must not start a line (closing punctuation). */
static int
no_break_before(long cp)
{
	static const long	 v[] = { 0x3001, 0x3002, 0xff0c, 0xff0e,
	    0xff1a, 0xff1b, 0xff01, 0xff1f, 0xff09, 0x300b, 0x300d, 0x300f,
	    0x3011, 0x3015, 0x2026, 0xff05, 0x201d, 0x2019, ')', ',', '.',
	    ';', ':', '!', '?', '%' };
	size_t			 i;

	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++)
		if (v[i] == cp)
			return 1;
	return 0;
}

/* Must not end a line (opening punctuation). */
static int
no_break_after(long cp)
{
	return cp == 0xff08 || cp == 0x300a || cp == 0x300c ||
	    cp == 0x300e || cp == 0x3010 || cp == 0x3014 || cp == 0x201c ||
	    cp == 0x2018 || cp == '(';
}

/* Append a line span [off, off+len) with trailing spaces trimmed. */
static void
lines_add(struct lay *L, struct lines *ls, const char *s, size_t off,
    size_t len)
{
	while (len > 0 && s[off + len - 1] == ' ')
		len--;
	if (!grow(L, &ls->v, &ls->cap, ls->n + 1, sizeof(*ls->v)))
		return;
	ls->v[ls->n].off = off;
	ls->v[ls->n].len = len;
	ls->n++;
}

/*
 * Break s into lines no wider than maxw at size.  Breaks are allowed
 * after spaces and on either side of a CJK character (except before
 * closing or after opening punctuation); a word wider than the line is
 * cut anywhere.  '\n' forces a break.  The caller frees ls->v.
 */
static void
wrap(struct lay *L, const char *s, double size, double maxw,
    struct lines *ls)
{
	size_t	 len, i, a, ncp, k, start, best;
	size_t	*off = NULL;
	long	*cps = NULL, cp;
	double	 w;

	memset(ls, 0, sizeof(*ls));
	if (L->err != SB_OK || s == NULL)
		return;
	len = strlen(s);
	if ((off = calloc(len + 1, sizeof(*off))) == NULL ||
	    (cps = calloc(len + 1, sizeof(*cps))) == NULL) {
		fail(L, SB_ENOMEM, "out of memory");
		goto out;
	}
	for (i = 0, ncp = 0; i < len; ncp++) {
		off[ncp] = i;
		if ((cps[ncp] = utf8_next(s, len, &i)) < 0) {
			fail(L, SB_EINPUT, "invalid UTF-8");
			goto out;
		}
	}
	off[ncp] = len;

	a = 0;
	while (a < ncp && L->err == SB_OK) {
		/* Skip spaces at the start of a line. */
		while (a < ncp && cps[a] == ' ')
			a++;
		if (a >= ncp)
			break;
		start = a;
		best = 0;	/* last allowed break (cp index), 0 = none */
		w = 0;
		for (k = start; k < ncp; k++) {
			cp = cps[k];
			if (cp == '\n')
				break;
			if (k > start && (cps[k - 1] == ' ' ||
			    ((is_cjk(cp) || is_cjk(cps[k - 1])) &&
			    !no_break_before(cp) &&
			    !no_break_after(cps[k - 1]))))
				best = k;
			w += cp_width(L, cp, size);
			if (w > maxw && k > start && cp != ' ')
				break;
		}
		if (k >= ncp || cps[k] == '\n') {
			lines_add(L, ls, s, off[start], off[k] - off[start]);
			a = k + 1;
			continue;
		}
		if (best == 0)
			best = k;	/* no break point: cut the word */
		lines_add(L, ls, s, off[start], off[best] - off[start]);
		a = best;
	}
	if (ncp == 0)
		lines_add(L, ls, s, 0, 0);
out:
	free(off);
	free(cps);
}

/* Append an operation to the current page; returns it or NULL. */
static struct sb_op *
op_add(struct lay *L, enum sb_op_kind kind)
{
	struct sb_page	*pg;
	struct sb_op	*op;

	if (L->err != SB_OK || L->doc->pagesz == 0)
		return NULL;
	pg = &L->doc->pages[L->doc->pagesz - 1];
	if (!grow(L, &pg->ops, &pg->opcap, pg->opsz + 1,
	    sizeof(*pg->ops)))
		return NULL;
	op = &pg->ops[pg->opsz++];
	memset(op, 0, sizeof(*op));
	op->kind = kind;
	op->lw = 1.0;
	op->colour = C_TEXT;
	op->fill = C_TEXT;
	return op;
}

/* Text s[0..len) at baseline (x, y); control characters become spaces. */
static void
text_n(struct lay *L, double x, double y, double size,
    struct sb_rgb colour, enum sb_align align, const char *s, size_t len)
{
	struct sb_op	*op;
	char		*t;
	size_t		 i;

	if (L->err != SB_OK || s == NULL || len == 0)
		return;
	if ((t = malloc(len + 1)) == NULL) {
		fail(L, SB_ENOMEM, "out of memory");
		return;
	}
	for (i = 0; i < len; i++)
		t[i] = ((unsigned char)s[i] < 0x20 || s[i] == 0x7f) ?
		    ' ' : s[i];
	t[len] = '\0';
	if ((op = op_add(L, SB_OP_TEXT)) == NULL) {
		free(t);
		return;
	}
	op->x = x;
	op->y = y;
	op->size = size;
	op->colour = colour;
	op->align = align;
	op->text = t;
}

static void
text(struct lay *L, double x, double y, double size, struct sb_rgb colour,
    enum sb_align align, const char *s)
{
	if (s != NULL)
		text_n(L, x, y, size, colour, align, s, strlen(s));
}

static void
line(struct lay *L, double x0, double y0, double x1, double y1, double lw,
    struct sb_rgb colour, int dash)
{
	struct sb_op	*op;
	struct sb_xy	*p;

	if (L->err != SB_OK)
		return;
	if ((p = calloc(2, sizeof(*p))) == NULL) {
		fail(L, SB_ENOMEM, "out of memory");
		return;
	}
	if ((op = op_add(L, SB_OP_LINE)) == NULL) {
		free(p);
		return;
	}
	p[0].x = x0, p[0].y = y0, p[1].x = x1, p[1].y = y1;
	op->pts = p;
	op->ptsz = 2;
	op->lw = lw;
	op->colour = colour;
	op->flags = SB_OPF_STROKE | (dash ? SB_OPF_DASH : 0);
}

/* A polyline of n points copied from pts (n >= 2). */
static void
polyline(struct lay *L, const struct sb_xy *pts, size_t n, double lw,
    struct sb_rgb colour)
{
	struct sb_op	*op;
	struct sb_xy	*p;

	if (L->err != SB_OK || n < 2)
		return;
	if ((p = calloc(n, sizeof(*p))) == NULL) {
		fail(L, SB_ENOMEM, "out of memory");
		return;
	}
	memcpy(p, pts, n * sizeof(*p));
	if ((op = op_add(L, SB_OP_POLYLINE)) == NULL) {
		free(p);
		return;
	}
	op->pts = p;
	op->ptsz = n;
	op->lw = lw;
	op->colour = colour;
	op->flags = SB_OPF_STROKE;
}

/* A rectangle; returns its operation (NULL after an error). */
static struct sb_op *
rect(struct lay *L, double x, double y, double w, double h,
    unsigned int flags, struct sb_rgb fill, struct sb_rgb colour, double lw)
{
	struct sb_op	*op;

	if ((op = op_add(L, SB_OP_RECT)) == NULL)
		return NULL;
	op->x = x, op->y = y, op->w = w, op->h = h;
	op->flags = flags;
	op->fill = fill;
	op->colour = colour;
	op->lw = lw;
	return op;
}

/* A marker: filled with colour, or hollow (white inside). */
static void
marker(struct lay *L, double x, double y, double r, struct sb_rgb colour,
    int hollow)
{
	struct sb_op	*op;

	if ((op = op_add(L, SB_OP_CIRCLE)) == NULL)
		return;
	op->x = x, op->y = y, op->r = r;
	op->flags = SB_OPF_FILL | SB_OPF_STROKE;
	op->colour = colour;
	op->fill = hollow ? C_WHITE : colour;
	op->lw = hollow ? 1.4 : 1.0;
}

/* A closed polygon of n points copied from pts (n >= 3), filled. */
static void
polygon(struct lay *L, const struct sb_xy *pts, size_t n, struct sb_rgb fill)
{
	struct sb_op	*op;
	struct sb_xy	*p;

	if (L->err != SB_OK || n < 3)
		return;
	if ((p = calloc(n, sizeof(*p))) == NULL) {
		fail(L, SB_ENOMEM, "out of memory");
		return;
	}
	memcpy(p, pts, n * sizeof(*p));
	if ((op = op_add(L, SB_OP_POLYGON)) == NULL) {
		free(p);
		return;
	}
	op->pts = p;
	op->ptsz = n;
	op->flags = SB_OPF_FILL;
	op->fill = fill;
	op->colour = fill;
	op->lw = 0;
}

/* Format a value for a label: integers plain, else up to 2 decimals. */
static void
fmt_value(char *b, size_t bsz, double v, int approx)
{
	size_t	 n;
	char	*p;

	if (v == 0)
		v = 0;		/* no "-0" */
	if (fabs(v - nearbyint(v)) < 1e-9)
		snprintf(b, bsz, "%s%.0f", approx ? "≈" : "", v);
	else {
		snprintf(b, bsz, "%s%.2f", approx ? "≈" : "", v);
		if ((p = strchr(b, '.')) != NULL) {
			n = strlen(b);
			while (n > 0 && b[n - 1] == '0')
				b[--n] = '\0';
			if (n > 0 && b[n - 1] == '.')
				b[--n] = '\0';
		}
	}
}

/* Format an axis tick with as many decimals as the step needs. */
static void
fmt_tick(char *b, size_t bsz, double v, double step)
{
	int	 dec = 0;

	if (step < 1)
		dec = (int)ceil(-log10(step) - 1e-9);
	if (dec > 6)
		dec = 6;
	if (fabs(v) < step * 1e-6)
		v = 0;
	snprintf(b, bsz, "%.*f", dec, v);
}

/* A 1-2-5 x 10^n step giving about target intervals over range. */
static double
nice_step(double range, int target)
{
	double	 raw, mag, f;

	raw = range / target;
	mag = pow(10, floor(log10(raw)));
	f = raw / mag;
	if (f <= 1)
		return mag;
	if (f <= 2)
		return 2 * mag;
	if (f <= 5)
		return 5 * mag;
	return 10 * mag;
}

static int
usable(double v)
{
	return isfinite(v) && fabs(v) <= MAX_ABS_VALUE;
}

/*
 * Start a new page: running header (after the first page) and footer
 * "第 N 页".  The cursor moves to the top of the content box.
 */
static void
new_page(struct lay *L)
{
	struct sb_doc	*doc = L->doc;
	char		 b[64];

	if (L->err != SB_OK)
		return;
	if (doc->pagesz >= SB_MAX_PAGES) {
		fail(L, SB_ELIMIT, "report longer than SB_MAX_PAGES pages");
		return;
	}
	if (!grow(L, &doc->pages, &L->pagecap,
	    doc->pagesz + 1, sizeof(*doc->pages)))
		return;
	memset(&doc->pages[doc->pagesz], 0, sizeof(*doc->pages));
	doc->pagesz++;
	if (doc->pagesz > 1 && L->title != NULL) {
		struct lines	 ls;

		/* Only the first line of a long title fits the header. */
		wrap(L, L->title, SZ_HEADER, L->right - L->left, &ls);
		if (ls.n > 0)
			text_n(L, L->left, L->top - 22, SZ_HEADER, C_GREY,
			    SB_ALIGN_LEFT, L->title + ls.v[0].off, ls.v[0].len);
		free(ls.v);
		line(L, L->left, L->top - 16, L->right, L->top - 16, 0.5,
		    C_RULE, 0);
	}
	snprintf(b, sizeof(b), "第 %zu 页", doc->pagesz);
	text(L, (L->left + L->right) / 2, L->bottom + 34, SZ_HEADER, C_GREY,
	    SB_ALIGN_CENTER, b);
	L->y = L->top;
}

/* Make room for h points: a new page unless already at a page top. */
static void
need(struct lay *L, double h)
{
	if (L->y + h > L->bottom && L->y > L->top)
		new_page(L);
}

/* Lines of s wrapped at maxw drawn from the cursor, breaking pages. */
static void
paragraph(struct lay *L, const char *s, double x, double maxw, double size,
    double lead, struct sb_rgb colour)
{
	struct lines	 ls;
	size_t		 i;

	wrap(L, s, size, maxw, &ls);
	for (i = 0; i < ls.n && L->err == SB_OK; i++) {
		need(L, lead);
		text_n(L, x, L->y + size, size, colour, SB_ALIGN_LEFT,
		    s + ls.v[i].off, ls.v[i].len);
		L->y += lead;
	}
	free(ls.v);
}

/* Does box b overlap a label already placed in this chart? */
static int
box_hits(const struct lay *L, const struct box *b)
{
	size_t	 i;

	for (i = 0; i < L->boxsz; i++)
		if (b->x0 < L->boxes[i].x1 && L->boxes[i].x0 < b->x1 &&
		    b->y0 < L->boxes[i].y1 && L->boxes[i].y0 < b->y1)
			return 1;
	return 0;
}

static void
box_add(struct lay *L, double x0, double y0, double x1, double y1)
{
	if (!grow(L, &L->boxes, &L->boxcap, L->boxsz + 1,
	    sizeof(*L->boxes)))
		return;
	L->boxes[L->boxsz].x0 = x0;
	L->boxes[L->boxsz].y0 = y0;
	L->boxes[L->boxsz].x1 = x1;
	L->boxes[L->boxsz].y1 = y1;
	L->boxsz++;
}

/*
 * Place label s centred on cx, at the first of the candidate baselines
 * ys[0..n) where it overlaps no earlier label and stays inside
 * [xmin, xmax] x [ymin, ymax] (else the first candidate).
 */
static void
place_label(struct lay *L, const char *s, double size, struct sb_rgb colour,
    double cx, const double *ys, size_t n, double xmin, double xmax,
    double ymin, double ymax)
{
	struct box	 b;
	double		 w, x;
	size_t		 i, pick = 0;

	w = text_width(L, s, strlen(s), size);
	x = cx - w / 2;
	if (x + w > xmax)
		x = xmax - w;
	if (x < xmin)
		x = xmin;
	for (i = 0; i < n; i++) {
		b.x0 = x - 1, b.x1 = x + w + 1;
		b.y0 = ys[i] - size * 0.85, b.y1 = ys[i] + size * 0.2;
		if (b.y0 >= ymin && b.y1 <= ymax && !box_hits(L, &b)) {
			pick = i;
			break;
		}
	}
	box_add(L, x - 1, ys[pick] - size * 0.85, x + w + 1,
	    ys[pick] + size * 0.2);
	text(L, x, ys[pick], size, colour, SB_ALIGN_LEFT, s);
}

/* What a chart needs around its plot, computed before drawing it. */
struct chart_geom {
	struct lines	 title;		/* wrapped title */
	struct lines	 source;	/* wrapped source line */
	int		 partial;	/* some point is PARTIAL */
	int		 target;	/* some point is TARGET */
	int		 approx;	/* some point is APPROX */
	int		 legend;	/* line names in the legend */
	size_t		 ncat;		/* bar chart: categories */
	size_t		 catlines;	/* bar chart: label lines under bars */
	size_t		 npts;		/* usable points */
	double		 vmin, vmax;	/* range of usable values */
	double		 xmin, xmax;	/* line chart: range of x */
	double		 top;		/* height above the plot */
	double		 below;		/* height below the plot */
	double		 legendh;	/* height of the legend rows */
};

/* Legend entries as text, with the kind of swatch before each. */
struct legend_item {
	const char	*text;
	int		 kind;		/* 0 line, 1 note, 2 bar */
	size_t		 line;		/* index of the line for colours */
};

#define LEGEND_MAX	64

static size_t
legend_items(const struct sb_chart *c, const struct chart_geom *g,
    struct legend_item *it)
{
	size_t	 n = 0, i;

	if (g->legend)
		for (i = 0; i < c->linesz && n < LEGEND_MAX - 3; i++) {
			it[n].text = c->lines[i].name != NULL ?
			    c->lines[i].name : "";
			it[n].kind = c->type == SB_CHART_BAR ? 2 : 0;
			it[n].line = i;
			n++;
		}
	if (g->partial) {
		it[n].text = c->type == SB_CHART_BAR ?
		    "空心柱为非全年数据" : "空心点为非全年数据";
		it[n].kind = 1, it[n].line = 0, n++;
	}
	if (g->target) {
		it[n].text = c->type == SB_CHART_BAR ?
		    "虚线框为目标值" : "虚线为目标值";
		it[n].kind = 1, it[n].line = 0, n++;
	}
	if (g->approx) {
		it[n].text = "≈ 为约数";
		it[n].kind = 1, it[n].line = 0, n++;
	}
	return n;
}

#define LEGEND_ROW	13.0
#define LEGEND_SWATCH	22.0

/*
 * Lay legend items in rows across w, from (x, y) if draw, and return
 * the height used.
 */
static double
legend(struct lay *L, const struct sb_chart *c, const struct chart_geom *g,
    double x, double y, double w, int draw)
{
	struct legend_item	 it[LEGEND_MAX];
	size_t			 n, i;
	double			 cx = x, rows = 0, iw, base;
	struct sb_rgb		 col;

	n = legend_items(c, g, it);
	if (n == 0)
		return 0;
	rows = 1;
	for (i = 0; i < n; i++) {
		iw = text_width(L, it[i].text, strlen(it[i].text), SZ_LABEL) +
		    (it[i].kind == 1 ? 0 : LEGEND_SWATCH) + 14;
		if (cx > x && cx + iw > x + w) {
			cx = x;
			rows++;
		}
		if (draw) {
			base = y + (rows - 1) * LEGEND_ROW + SZ_LABEL;
			col = PALETTE[it[i].line % PALETTESZ];
			if (it[i].kind == 0) {
				line(L, cx, base - 3, cx + 16, base - 3, 1.8,
				    col, 0);
				marker(L, cx + 8, base - 3, 2.6, col, 0);
			} else if (it[i].kind == 2)
				rect(L, cx + 2, base - 8, 12, 8, SB_OPF_FILL,
				    col, col, 0);
			text(L, cx + (it[i].kind == 1 ? 0 : LEGEND_SWATCH),
			    base, SZ_LABEL, C_GREY, SB_ALIGN_LEFT, it[i].text);
		}
		cx += iw;
	}
	return rows * LEGEND_ROW + 2;
}

/* Collect ranges and flags; wrap title and source for width w. */
static void
chart_measure(struct lay *L, const struct sb_chart *c, double w,
    struct chart_geom *g)
{
	const struct sb_point	*p;
	struct lines		 ls;
	size_t			 i, j;
	int			 named = 0;
	double			 gw;

	memset(g, 0, sizeof(*g));
	g->vmin = g->xmin = INFINITY;
	g->vmax = g->xmax = -INFINITY;
	for (i = 0; i < c->linesz; i++) {
		if (c->lines[i].name != NULL && c->lines[i].name[0] != '\0')
			named = 1;
		if (c->lines[i].pointsz > g->ncat)
			g->ncat = c->lines[i].pointsz;
		for (j = 0; j < c->lines[i].pointsz; j++) {
			p = &c->lines[i].points[j];
			if (!usable(p->value) ||
			    (c->type == SB_CHART_LINE && !usable(p->x)))
				continue;
			g->npts++;
			g->vmin = fmin(g->vmin, p->value);
			g->vmax = fmax(g->vmax, p->value);
			g->xmin = fmin(g->xmin, p->x);
			g->xmax = fmax(g->xmax, p->x);
			g->partial |= (p->flags & SB_POINT_PARTIAL) != 0;
			g->target |= (p->flags & SB_POINT_TARGET) != 0;
			g->approx |= (p->flags & SB_POINT_APPROX) != 0;
		}
	}
	g->legend = named && (c->linesz > 1 || c->type == SB_CHART_LINE);
	wrap(L, c->title, SZ_CHART_TITLE, w, &g->title);
	wrap(L, c->source, SZ_SOURCE, w, &g->source);

	/* Bar chart category labels: how many lines at most. */
	g->catlines = 1;
	if (c->type == SB_CHART_BAR && g->ncat > 0) {
		gw = (w - 50) / (double)g->ncat;
		for (j = 0; j < g->ncat; j++)
			for (i = 0; i < c->linesz; i++) {
				if (j >= c->lines[i].pointsz)
					continue;
				wrap(L, c->lines[i].points[j].label, SZ_TICK,
				    gw - 4, &ls);
				if (ls.n > g->catlines)
					g->catlines = ls.n > 3 ? 3 : ls.n;
				free(ls.v);
				break;
			}
	}
	g->legendh = legend(L, c, g, 0, 0, w, 0);
	g->top = g->title.n * 16.0 + 20.0;
	g->below = 6 + g->catlines * 11.0 + 6 + g->legendh +
	    g->source.n * LEAD_SOURCE + 4;
}

static void
chart_geom_free(struct chart_geom *g)
{
	free(g->title.v);
	free(g->source.v);
}

/* Draw "无数据" in the middle of a plot box. */
static void
no_data(struct lay *L, double x0, double y0, double x1, double y1)
{
	rect(L, x0, y0, x1 - x0, y1 - y0, SB_OPF_STROKE, C_WHITE, C_RULE, 0.6);
	text(L, (x0 + x1) / 2, (y0 + y1) / 2 + 5, 12, C_GREY,
	    SB_ALIGN_CENTER, "无数据");
}

/* The y axis: ticks 1-2-5 x 10^n from lo to hi, gridlines, labels. */
static void
y_axis(struct lay *L, double lo, double hi, double step, double x0,
    double x1, double py0, double py1)
{
	char	 b[64];
	double	 v, y;
	int	 k, nt;

	nt = (int)floor((hi - lo) / step + 0.5);
	for (k = 0; k <= nt; k++) {
		v = lo + k * step;
		y = py1 - (v - lo) / (hi - lo) * (py1 - py0);
		if (fabs(v) > step * 1e-6)
			line(L, x0, y, x1, y, 0.5, C_GRID, 0);
		else if (k > 0)
			line(L, x0, y, x1, y, 0.6, C_AXIS, 0);
		fmt_tick(b, sizeof(b), v, step);
		text(L, x0 - 4, y + SZ_TICK * 0.35, SZ_TICK, C_GREY,
		    SB_ALIGN_RIGHT, b);
	}
	line(L, x0, py0, x0, py1, 0.8, C_AXIS, 0);
}

/* Value range with headroom for labels, as nice ticks. */
static void
y_range(const struct chart_geom *g, double *lo, double *hi, double *step)
{
	double	 vmin = fmin(0, g->vmin), vmax = fmax(0, g->vmax);

	if (vmax - vmin <= 0)
		vmax = 1;
	*step = nice_step(vmax - vmin, 5);
	*lo = floor(vmin / *step + 1e-9) * *step;
	*hi = ceil(vmax / *step - 1e-9) * *step;
	if (*lo > vmin)
		*lo -= *step;
	if (*hi < vmax)
		*hi += *step;
	/* Room above the highest point for its label. */
	if (vmax > 0 && *hi - vmax < 0.12 * (*hi - *lo))
		*hi += *step;
	if (vmin < 0 && vmin - *lo < 0.12 * (*hi - *lo))
		*lo -= *step;
}

/*
 * A line chart in the plot box.  x is positioned by point.x (years);
 * the segment leading to a PARTIAL or TARGET point is dashed, PARTIAL
 * markers are hollow and carry their own label.
 */
static void
line_plot(struct lay *L, const struct sb_chart *c,
    const struct chart_geom *g, double x0, double x1, double py0,
    double py1, double xmin_label)
{
	const struct sb_point	*p, *prev;
	struct sb_xy		*run = NULL, pt, pv = { 0, 0 };
	size_t			 runcap = 0, runsz, i, j, n, pass;
	double			 lo, hi, step, xa, xb, xs, t, ys[4], y;
	char			 b[96];
	int			 dash, hollow;
	long			 yr, y0, y1;
	struct sb_rgb		 col;

	y_range(g, &lo, &hi, &step);
	y_axis(L, lo, hi, step, x0, x1, py0, py1);

	/* X domain: padded so end labels fit. */
	xa = g->xmin, xb = g->xmax;
	if (xb - xa < 1) {
		xa -= 0.5;
		xb += 0.5;
	}
	t = (xb - xa) * 0.07;
	xa -= t;
	xb += t;
	line(L, x0, py1, x1, py1, 0.8, C_AXIS, 0);

	/* Year ticks: integers, 1-2-5 spaced, at most ~10. */
	xs = nice_step(xb - xa, 10);
	if (xs < 1)
		xs = 1;
	y0 = (long)ceil(xa / xs), y1 = (long)floor(xb / xs);
	for (yr = y0; yr <= y1; yr++) {
		t = yr * xs;
		y = x0 + (t - xa) / (xb - xa) * (x1 - x0);
		line(L, y, py1, y, py1 + 3, 0.8, C_AXIS, 0);
		snprintf(b, sizeof(b), "%.0f", t);
		text(L, y, py1 + 6 + SZ_TICK, SZ_TICK, C_GREY,
		    SB_ALIGN_CENTER, b);
	}

#define PX(v)	(x0 + ((v) - xa) / (xb - xa) * (x1 - x0))
#define PY(v)	(py1 - ((v) - lo) / (hi - lo) * (py1 - py0))

	/* Pass 0: lines; pass 1: markers; pass 2: labels. */
	for (pass = 0; pass < 3 && L->err == SB_OK; pass++)
	for (i = 0; i < c->linesz && L->err == SB_OK; i++) {
		col = PALETTE[i % PALETTESZ];
		n = c->lines[i].pointsz;
		prev = NULL;
		runsz = 0;
		for (j = 0; j < n && L->err == SB_OK; j++) {
			p = &c->lines[i].points[j];
			if (!usable(p->value) || !usable(p->x)) {
				/* A gap: end the run, do not bridge it. */
				if (pass == 0 && runsz >= 2)
					polyline(L, run, runsz, 1.8, col);
				runsz = 0;
				prev = NULL;
				continue;
			}
			pt.x = PX(p->x);
			pt.y = PY(p->value);
			hollow = (p->flags & SB_POINT_PARTIAL) != 0;
			if (pass == 0) {
				dash = prev != NULL && ((p->flags &
				    (SB_POINT_PARTIAL | SB_POINT_TARGET)) ||
				    (prev->flags & SB_POINT_TARGET));
				if (prev != NULL && dash) {
					if (runsz >= 2)
						polyline(L, run, runsz, 1.8, col);
					runsz = 0;
					line(L, pv.x, pv.y, pt.x, pt.y, 1.8,
					    col, 1);
				} else {
					if (runsz == 0 && prev != NULL) {
						if (!grow(L, &run,
						    &runcap, 1, sizeof(*run)))
							break;
						run[runsz++] = pv;
					}
					if (!grow(L, &run, &runcap,
					    runsz + 1, sizeof(*run)))
						break;
					run[runsz++] = pt;
				}
			} else if (pass == 1) {
				marker(L, pt.x, pt.y, 3.0, col, hollow);
				box_add(L, pt.x - 3.5, pt.y - 3.5, pt.x + 3.5,
				    pt.y + 3.5);
			} else {
				if (p->flags & SB_POINT_TARGET) {
					snprintf(b, sizeof(b), "目标 ");
					fmt_value(b + strlen(b),
					    sizeof(b) - strlen(b), p->value,
					    (p->flags & SB_POINT_APPROX) != 0);
				} else
					fmt_value(b, sizeof(b), p->value,
					    (p->flags & SB_POINT_APPROX) != 0);
				ys[0] = pt.y - 6;
				ys[1] = pt.y + 6 + SZ_LABEL;
				ys[2] = pt.y - 6 - SZ_LABEL - 2;
				ys[3] = pt.y + 6 + 2 * SZ_LABEL + 2;
				place_label(L, b, SZ_LABEL, col, pt.x, ys, 4,
				    xmin_label, x1 + 8, py0 - 4, py1);
				/*
				 * A partial point says which part of the
				 * year it covers; so does a point off the
				 * year ticks.
				 */
				if (p->label != NULL && p->label[0] != '\0' &&
				    (hollow || fabs(p->x - nearbyint(p->x)) >
				    1e-6)) {
					ys[0] = pt.y + 6 + SZ_LABEL;
					ys[1] = pt.y - 6 - SZ_LABEL - 2;
					ys[2] = pt.y + 6 + 2 * SZ_LABEL + 2;
					ys[3] = pt.y - 6 - 2 * SZ_LABEL - 4;
					place_label(L, p->label, SZ_LABEL,
					    C_GREY, pt.x, ys, 4, xmin_label,
					    x1 + 8, py0 - 4, py1);
				}
			}
			pv = pt;
			prev = p;
		}
		if (pass == 0 && runsz >= 2)
			polyline(L, run, runsz, 1.8, col);
	}
#undef PX
#undef PY
	free(run);
}

/*
 * A bar chart: one group per category, one bar per line in the group,
 * bars from zero.  PARTIAL bars are hollow, TARGET bars dashed.
 */
static void
bar_plot(struct lay *L, const struct sb_chart *c, const struct chart_geom *g,
    double x0, double x1, double py0, double py1)
{
	const struct sb_point	*p;
	struct lines		 ls;
	struct sb_op		*op;
	size_t			 i, j, k, nl = 0, slot;
	double			 lo, hi, step, gw, bw, bx, yv, yz, ys[2];
	char			 b[96];
	struct sb_rgb		 col;
	const char		*lab;

	y_range(g, &lo, &hi, &step);
	y_axis(L, lo, hi, step, x0, x1, py0, py1);
	for (i = 0; i < c->linesz; i++)
		if (c->lines[i].pointsz > 0)
			nl++;
	if (nl == 0 || g->ncat == 0)
		return;
	gw = (x1 - x0) / (double)g->ncat;
	bw = fmin(gw * 0.7 / (double)nl, 48);
	yz = py1 - (0 - lo) / (hi - lo) * (py1 - py0);
	line(L, x0, yz, x1, yz, 0.8, C_AXIS, 0);

	for (j = 0; j < g->ncat && L->err == SB_OK; j++) {
		lab = NULL;
		slot = 0;
		for (i = 0; i < c->linesz && L->err == SB_OK; i++) {
			if (c->lines[i].pointsz == 0)
				continue;
			bx = x0 + gw * j + (gw - bw * nl) / 2 + bw * slot++;
			if (j >= c->lines[i].pointsz)
				continue;
			p = &c->lines[i].points[j];
			if (lab == NULL)
				lab = p->label;
			col = PALETTE[(nl > 1 ? i : 0) % PALETTESZ];
			if (!usable(p->value)) {
				text(L, bx + bw / 2, yz - 4, SZ_TICK, C_GREY,
				    SB_ALIGN_CENTER, "无数据");
				continue;
			}
			yv = py1 - (p->value - lo) / (hi - lo) * (py1 - py0);
			if (p->flags & (SB_POINT_PARTIAL | SB_POINT_TARGET)) {
				op = rect(L, bx + 0.6, fmin(yv, yz), bw - 1.2,
				    fabs(yz - yv), SB_OPF_FILL | SB_OPF_STROKE,
				    C_WHITE, col, 1.2);
				if (op != NULL && (p->flags & SB_POINT_TARGET))
					op->flags |= SB_OPF_DASH;
			} else
				rect(L, bx, fmin(yv, yz), bw, fabs(yz - yv),
				    SB_OPF_FILL, col, col, 0);
			if (p->flags & SB_POINT_TARGET) {
				snprintf(b, sizeof(b), "目标 ");
				fmt_value(b + strlen(b), sizeof(b) - strlen(b),
				    p->value, (p->flags & SB_POINT_APPROX) != 0);
			} else
				fmt_value(b, sizeof(b), p->value,
				    (p->flags & SB_POINT_APPROX) != 0);
			ys[0] = p->value >= 0 ? yv - 4 : yv + 4 + SZ_LABEL;
			ys[1] = p->value >= 0 ? yv - 6 - SZ_LABEL :
			    yv + 6 + 2 * SZ_LABEL;
			place_label(L, b, SZ_LABEL, C_TEXT, bx + bw / 2, ys, 2,
			    x0 - 40, x1 + 8, py0 - 6, py1 + 40);
		}
		if (lab == NULL)
			continue;
		wrap(L, lab, SZ_TICK, gw - 4, &ls);
		for (k = 0; k < ls.n && k < 3; k++)
			text_n(L, x0 + gw * (j + 0.5),
			    py1 + 6 + SZ_TICK + k * 11.0, SZ_TICK, C_TEXT,
			    SB_ALIGN_CENTER, lab + ls.v[k].off, ls.v[k].len);
		free(ls.v);
	}
}

/*
 * Draw chart c in the box (x, y, w, h) of the current page: title,
 * unit, plot, axis labels, legend, source.  g came from chart_measure
 * with the same width.
 */
static void
chart_draw(struct lay *L, const struct sb_chart *c, struct chart_geom *g,
    double x, double y, double w, double h)
{
	size_t	 i;
	double	 ty, x0, x1, py0, py1, yl, lw;
	char	 b[256];
	double	 ticks;

	L->boxsz = 0;
	ty = y;
	for (i = 0; i < g->title.n; i++) {
		text_n(L, x, ty + SZ_CHART_TITLE + 1, SZ_CHART_TITLE, C_TEXT,
		    SB_ALIGN_LEFT, c->title + g->title.v[i].off,
		    g->title.v[i].len);
		ty += 16;
	}

	/* Room for the y tick labels: the widest of a few candidates. */
	lw = text_width(L, "-0000.00", 8, SZ_TICK);
	if (g->npts > 0) {
		double	 lo, hi, step;

		y_range(g, &lo, &hi, &step);
		fmt_tick(b, sizeof(b), hi, step);
		lw = text_width(L, b, strlen(b), SZ_TICK);
		fmt_tick(b, sizeof(b), lo, step);
		lw = fmax(lw, text_width(L, b, strlen(b), SZ_TICK));
	}
	x0 = x + lw + 8;
	x1 = x + w - 8;
	py0 = y + g->top;
	py1 = y + h - g->below;

	/* The unit heads the y axis. */
	if (c->unit != NULL && c->unit[0] != '\0') {
		snprintf(b, sizeof(b), "单位：%s", c->unit);
		text(L, x, py0 - 10, SZ_TICK, C_GREY, SB_ALIGN_LEFT, b);
	}
	if (g->npts == 0)
		no_data(L, x0, py0, x1, py1);
	else if (c->type == SB_CHART_BAR)
		bar_plot(L, c, g, x0, x1, py0, py1);
	else
		line_plot(L, c, g, x0, x1, py0, py1, x);

	ticks = 6 + g->catlines * 11.0 + 6;
	yl = py1 + ticks;
	if (g->npts > 0)
		legend(L, c, g, x0, yl, x1 - x0, 1);
	yl += g->legendh;
	for (i = 0; i < g->source.n; i++) {
		text_n(L, x, yl + SZ_SOURCE, SZ_SOURCE, C_GREY, SB_ALIGN_LEFT,
		    c->source + g->source.v[i].off, g->source.v[i].len);
		yl += LEAD_SOURCE;
	}
}

/* Table columns: header and share of the content width. */
struct col {
	const char	*name;
	double		 share;
};

/* A table of figures: one figure a row, its sentence below. */
static const struct col FIGCOLS[] = {
	{ "指标", 0.22 },
	{ "地区", 0.14 },
	{ "时期", 0.18 },
	{ "数值", 0.16 },
	{ "来源", 0.30 },
};

/* A table of series: the sparkline is column SPARKCOL. */
static const struct col SERCOLS[] = {
	{ "指标", 0.19 },
	{ "地区", 0.10 },
	{ "时期", 0.12 },
	{ "最新值", 0.14 },
	{ "变化", 0.17 },
	{ "走势", 0.12 },
	{ "来源", 0.16 },
};
#define SPARKCOL	5
#define MAXCOLS		7

static void
table_header(struct lay *L, const struct col *cols, size_t ncols)
{
	double	 x = L->left, w = L->right - L->left;
	size_t	 k;

	rect(L, L->left, L->y, w, 18, SB_OPF_FILL, C_SHADE, C_SHADE, 0);
	for (k = 0; k < ncols; k++) {
		text(L, x + 3, L->y + 13, SZ_TABLE, C_TEXT, SB_ALIGN_LEFT,
		    cols[k].name);
		x += cols[k].share * w;
	}
	L->y += 18;
}

/*
 * A sparkline of v[0..n) in the box (x, y, w, h): the shape of the
 * series scaled to its own range, the newest point marked.  Non-finite
 * values break the line.
 */
static void
sparkline(struct lay *L, const double *v, size_t n, double x, double y,
    double w, double h)
{
	struct sb_xy	*pts;
	double		 lo = INFINITY, hi = -INFINITY, px, py;
	size_t		 i, run = 0, last = n;

	for (i = 0; i < n; i++)
		if (usable(v[i])) {
			lo = fmin(lo, v[i]);
			hi = fmax(hi, v[i]);
			last = i;
		}
	if (last == n || L->err != SB_OK)
		return;
	if (hi - lo <= 0) {
		lo -= 1;
		hi += 1;
	}
	if ((pts = calloc(n, sizeof(*pts))) == NULL) {
		fail(L, SB_ENOMEM, "out of memory");
		return;
	}
	for (i = 0; i <= n; i++) {
		if (i == n || !usable(v[i])) {
			if (run >= 2)
				polyline(L, pts, run, 1.0, PALETTE[0]);
			run = 0;
			continue;
		}
		px = n > 1 ? x + w * (double)i / (double)(n - 1) : x + w / 2;
		py = y + h - (v[i] - lo) / (hi - lo) * h;
		pts[run].x = px;
		pts[run].y = py;
		run++;
		if (i == last)
			marker(L, px, py, 1.8, PALETTE[0], 0);
	}
	free(pts);
}

/*
 * A table: one row per figure (cells wrapped in their column, the
 * source sentence below in smaller text) or per series (with a
 * sparkline).  The header repeats on every page the table continues
 * on.
 */
static void
table(struct lay *L, const struct sb_section *s)
{
	const struct sb_row *rows = s->rows;
	const struct col *cols;
	struct lines	 cell[MAXCOLS], sent;
	const char	*val[MAXCOLS];
	size_t		 i, k, l, nl, ncols, page;
	double		 w = L->right - L->left, x, h, sh;
	int		 series = s->table == SB_TABLE_SERIES;

	cols = series ? SERCOLS : FIGCOLS;
	ncols = series ? sizeof(SERCOLS) / sizeof(SERCOLS[0]) :
	    sizeof(FIGCOLS) / sizeof(FIGCOLS[0]);
	need(L, 18 + 2 * LEAD_TABLE + 8);
	table_header(L, cols, ncols);
	page = L->doc->pagesz;
	for (i = 0; i < s->rowsz && L->err == SB_OK; i++) {
		val[0] = rows[i].indicator;
		val[1] = rows[i].region;
		val[2] = rows[i].period;
		val[3] = rows[i].value;
		if (series) {
			val[4] = rows[i].change != NULL ? rows[i].change : "—";
			val[5] = NULL;
			val[6] = rows[i].source;
		} else
			val[4] = rows[i].source;
		nl = 1;
		for (k = 0; k < ncols; k++) {
			wrap(L, val[k], SZ_TABLE, cols[k].share * w - 6,
			    &cell[k]);
			if (cell[k].n > nl)
				nl = cell[k].n;
		}
		memset(&sent, 0, sizeof(sent));
		if (rows[i].sentence != NULL && rows[i].sentence[0] != '\0')
			wrap(L, rows[i].sentence, SZ_SENTENCE, w - 18, &sent);
		h = nl * LEAD_TABLE + 6;
		sh = sent.n * LEAD_SENTENCE + (sent.n > 0 ? 3 : 0);
		/* Keep a row with its sentence when it fits on a page. */
		need(L, h + sh);
		if (L->doc->pagesz != page) {
			table_header(L, cols, ncols);
			page = L->doc->pagesz;
		}
		x = L->left;
		for (k = 0; k < ncols; k++) {
			for (l = 0; l < cell[k].n; l++)
				text_n(L, x + 3, L->y + 4 + SZ_TABLE +
				    l * LEAD_TABLE, SZ_TABLE, C_TEXT,
				    SB_ALIGN_LEFT, val[k] + cell[k].v[l].off,
				    cell[k].v[l].len);
			if (series && k == SPARKCOL)
				sparkline(L, rows[i].spark, rows[i].sparksz,
				    x + 4, L->y + 4, cols[k].share * w - 12,
				    LEAD_TABLE - 2);
			x += cols[k].share * w;
			free(cell[k].v);
		}
		L->y += h;
		for (l = 0; l < sent.n; l++) {
			text_n(L, L->left + 12, L->y + SZ_SENTENCE,
			    SZ_SENTENCE, C_GREY, SB_ALIGN_LEFT,
			    rows[i].sentence + sent.v[l].off, sent.v[l].len);
			L->y += LEAD_SENTENCE;
		}
		free(sent.v);
		L->y += sent.n > 0 ? 3 : 0;
		line(L, L->left, L->y, L->right, L->y, 0.4, C_RULE, 0);
	}
	L->y += 10;
}

/* Callout geometry (points). */
#define CO_COLS		3
#define CO_GAP		10.0
#define CO_PAD		8.0
#define SZ_CO_LABEL	8.5
#define SZ_CO_VALUE	20.0
#define SZ_CO_UNIT	9.5
#define SZ_CO_CHANGE	8.5
#define SZ_CO_SOURCE	7.0

/* Colours of change arrows: Okabe-Ito bluish green up, vermillion down. */
#define C_UP		PALETTE[2]
#define C_DOWN		PALETTE[1]

/* The wrapped parts of one callout. */
struct co {
	struct lines	 label;
	struct lines	 change;
	struct lines	 source;
};

/* Height of a callout box with these wrapped parts. */
static double
co_height(const struct co *c)
{
	return CO_PAD + (double)(c->label.n > 2 ? 2 : c->label.n) * 11.0 +
	    SZ_CO_VALUE + 8 + (double)(c->change.n > 2 ? 2 : c->change.n) *
	    11.0 + (double)(c->source.n > 2 ? 2 : c->source.n) * 9.0 + CO_PAD;
}

/* A change arrow: a filled triangle (up, down) or a bar (flat) at x. */
static void
arrow(struct lay *L, enum sb_trend t, double x, double base)
{
	struct sb_xy	 p[3];
	double		 m = base - SZ_CO_CHANGE * 0.35;

	if (t == SB_TREND_UP) {
		p[0].x = x, p[0].y = m + 3.5;
		p[1].x = x + 7, p[1].y = m + 3.5;
		p[2].x = x + 3.5, p[2].y = m - 3.5;
		polygon(L, p, 3, C_UP);
	} else if (t == SB_TREND_DOWN) {
		p[0].x = x, p[0].y = m - 3.5;
		p[1].x = x + 7, p[1].y = m - 3.5;
		p[2].x = x + 3.5, p[2].y = m + 3.5;
		polygon(L, p, 3, C_DOWN);
	} else if (t == SB_TREND_FLAT)
		rect(L, x, m - 1, 7, 2, SB_OPF_FILL, C_GREY, C_GREY, 0);
}

/*
 * Key-figure callouts: boxes CO_COLS to a row, each with its label,
 * the value large with its unit, the change behind an arrow (shape
 * and colour both say the direction), and period and source small.
 */
static void
callouts(struct lay *L, const struct sb_callout *cs, size_t n)
{
	struct co	*c;
	size_t		 i, j, k, row;
	double		 bw, bh, x, y, tw;
	char		 b[256];

	if (n == 0 || L->err != SB_OK)
		return;
	if ((c = calloc(n, sizeof(*c))) == NULL) {
		fail(L, SB_ENOMEM, "out of memory");
		return;
	}
	bw = (L->right - L->left - CO_GAP * (CO_COLS - 1)) / CO_COLS;
	for (i = 0; i < n; i++) {
		wrap(L, cs[i].label, SZ_CO_LABEL, bw - 2 * CO_PAD - 4,
		    &c[i].label);
		wrap(L, cs[i].change, SZ_CO_CHANGE, bw - 2 * CO_PAD - 14,
		    &c[i].change);
		snprintf(b, sizeof(b), "%s%s%s", cs[i].period != NULL ?
		    cs[i].period : "", cs[i].period != NULL &&
		    cs[i].source != NULL ? " · " : "",
		    cs[i].source != NULL ? cs[i].source : "");
		/* The joined line is wrapped again when drawn. */
		wrap(L, b, SZ_CO_SOURCE, bw - 2 * CO_PAD - 4, &c[i].source);
	}
	for (row = 0; row * CO_COLS < n && L->err == SB_OK; row++) {
		bh = 0;
		for (j = 0; j < CO_COLS && row * CO_COLS + j < n; j++)
			bh = fmax(bh, co_height(&c[row * CO_COLS + j]));
		need(L, bh + CO_GAP);
		for (j = 0; j < CO_COLS && row * CO_COLS + j < n; j++) {
			const struct sb_callout *o = &cs[row * CO_COLS + j];
			struct co *p = &c[row * CO_COLS + j];

			x = L->left + j * (bw + CO_GAP);
			y = L->y;
			rect(L, x, y, bw, bh, SB_OPF_FILL | SB_OPF_STROKE,
			    C_WHITE, C_RULE, 0.6);
			rect(L, x, y, 3, bh, SB_OPF_FILL, PALETTE[0],
			    PALETTE[0], 0);
			x += CO_PAD + 2;
			y += CO_PAD;
			for (k = 0; k < p->label.n && k < 2; k++) {
				text_n(L, x, y + SZ_CO_LABEL, SZ_CO_LABEL,
				    C_GREY, SB_ALIGN_LEFT, o->label +
				    p->label.v[k].off, p->label.v[k].len);
				y += 11;
			}
			y += SZ_CO_VALUE;
			text(L, x, y, SZ_CO_VALUE, C_TEXT, SB_ALIGN_LEFT,
			    o->value);
			if (o->unit != NULL && o->value != NULL) {
				tw = text_width(L, o->value, strlen(o->value),
				    SZ_CO_VALUE);
				text(L, x + tw + 3, y, SZ_CO_UNIT, C_TEXT,
				    SB_ALIGN_LEFT, o->unit);
			}
			y += 8;
			for (k = 0; k < p->change.n && k < 2; k++) {
				if (k == 0)
					arrow(L, o->trend, x, y + SZ_CO_CHANGE);
				text_n(L, x + (o->trend != SB_TREND_NONE ?
				    11 : 0), y + SZ_CO_CHANGE, SZ_CO_CHANGE,
				    C_TEXT, SB_ALIGN_LEFT, o->change +
				    p->change.v[k].off, p->change.v[k].len);
				y += 11;
			}
			snprintf(b, sizeof(b), "%s%s%s", o->period != NULL ?
			    o->period : "", o->period != NULL &&
			    o->source != NULL ? " · " : "",
			    o->source != NULL ? o->source : "");
			for (k = 0; k < p->source.n && k < 2; k++) {
				text_n(L, x, y + SZ_CO_SOURCE, SZ_CO_SOURCE,
				    C_GREY, SB_ALIGN_LEFT, b +
				    p->source.v[k].off, p->source.v[k].len);
				y += 9;
			}
		}
		L->y += bh + CO_GAP;
	}
	for (i = 0; i < n; i++) {
		free(c[i].label.v);
		free(c[i].change.v);
		free(c[i].source.v);
	}
	free(c);
	L->y += 4;
}

/* Record a bookmark for a section heading at the cursor. */
static void
mark(struct lay *L, const char *title)
{
	struct sb_doc	*doc = L->doc;
	char		*t;

	if (L->err != SB_OK || title == NULL)
		return;
	if (!grow(L, &doc->marks, &L->markcap,
	    doc->marksz + 1, sizeof(*doc->marks)))
		return;
	if ((t = strdup(title)) == NULL) {
		fail(L, SB_ENOMEM, "out of memory");
		return;
	}
	doc->marks[doc->marksz].title = t;
	doc->marks[doc->marksz].page = doc->pagesz - 1;
	doc->marks[doc->marksz].y = L->y;
	doc->marksz++;
}

static void
section(struct lay *L, const struct sb_section *s)
{
	struct chart_geom	 g;
	double			 w = L->right - L->left, h, keep;

	/*
	 * Keep the heading with the start of what follows: three lines of
	 * text, else the whole chart, else the table header and a row.
	 */
	keep = 0;
	memset(&g, 0, sizeof(g));
	if (s->text != NULL)
		keep = 3 * LEAD_BODY;
	else if (s->calloutsz > 0)
		keep = 90;
	else if (s->chart != NULL) {
		chart_measure(L, s->chart, w, &g);
		keep = g.top + PLOT_H + g.below;
		chart_geom_free(&g);
	} else if (s->rowsz > 0)
		keep = 18 + 2 * LEAD_TABLE + 8;
	if (s->heading != NULL) {
		need(L, 31 + keep);
		mark(L, s->heading);
		paragraph(L, s->heading, L->left, w, SZ_HEADING, 21, C_TEXT);
		line(L, L->left, L->y, L->left + 40, L->y, 1.5, PALETTE[0], 0);
		L->y += 10;
	}
	if (s->text != NULL) {
		paragraph(L, s->text, L->left, w, SZ_BODY, LEAD_BODY, C_TEXT);
		L->y += 8;
	}
	if (s->calloutsz > 0)
		callouts(L, s->callouts, s->calloutsz);
	if (s->chart != NULL && L->err == SB_OK) {
		chart_measure(L, s->chart, w, &g);
		h = g.top + PLOT_H + g.below;
		need(L, h);
		chart_draw(L, s->chart, &g, L->left, L->y, w, h);
		chart_geom_free(&g);
		L->y += h + 12;
	}
	if (s->rowsz > 0)
		table(L, s);
	L->y += 6;
}

void
sb_layout_page_size(const struct sb_report *r, double *w, double *h)
{
	if (r != NULL && r->page == SB_PAGE_LETTER) {
		*w = 612;
		*h = 792;
	} else {
		*w = 595;
		*h = 842;
	}
}

/* Common set-up of a layout run; returns SB_OK or SB_ENOMEM. */
static int
lay_init(struct lay *L, const struct sb_measure *m, double w, double h,
    struct sb_diag *d)
{
	memset(L, 0, sizeof(*L));
	L->m = m;
	L->d = d;
	L->doc = calloc(1, sizeof(*L->doc));
	L->wcache = calloc(WCACHE_SIZE, sizeof(*L->wcache));
	L->wknown = calloc(WCACHE_SIZE, sizeof(*L->wknown));
	if (L->doc == NULL || L->wcache == NULL || L->wknown == NULL)
		return fail(L, SB_ENOMEM, "out of memory");
	L->doc->width = w;
	L->doc->height = h;
	return SB_OK;
}

/* Common end of a layout run: hand the doc over on success. */
static int
lay_finish(struct lay *L, struct sb_doc **out)
{
	int	 rc = L->err;

	free(L->wcache);
	free(L->wknown);
	free(L->boxes);
	if (rc == SB_OK)
		*out = L->doc;
	else
		sb_doc_free(L->doc);
	return rc;
}

int
sb_layout_report(const struct sb_report *r, const struct sb_measure *m,
    struct sb_doc **out, struct sb_diag *d)
{
	struct lay	 L;
	struct lines	 ls;
	double		 w, h;
	size_t		 i;

	sb_layout_page_size(r, &w, &h);
	if (lay_init(&L, m, w, h, d) != SB_OK)
		return lay_finish(&L, out);
	L.doc->title = r->title;
	L.title = r->title;
	L.left = MARGIN_X;
	L.right = w - MARGIN_X;
	L.top = MARGIN_TOP;
	L.bottom = h - MARGIN_BOTTOM;
	check_report(&L, r);
	new_page(&L);

	/* Title block. */
	if (r->title != NULL) {
		wrap(&L, r->title, SZ_TITLE, L.right - L.left, &ls);
		for (i = 0; i < ls.n; i++) {
			text_n(&L, L.left, L.y + SZ_TITLE, SZ_TITLE, C_TEXT,
			    SB_ALIGN_LEFT, r->title + ls.v[i].off,
			    ls.v[i].len);
			L.y += 30;
		}
		free(ls.v);
	}
	if (r->subtitle != NULL)
		paragraph(&L, r->subtitle, L.left, L.right - L.left,
		    SZ_SUBTITLE, 19, C_TEXT);
	if (r->date != NULL)
		paragraph(&L, r->date, L.left, L.right - L.left, SZ_DATE, 15,
		    C_GREY);
	L.y += 4;
	line(&L, L.left, L.y, L.right, L.y, 0.8, C_AXIS, 0);
	L.y += 18;

	for (i = 0; i < r->sectionsz && L.err == SB_OK; i++)
		section(&L, &r->sections[i]);
	return lay_finish(&L, out);
}

int
sb_layout_chart(const struct sb_chart *c, const struct sb_measure *m,
    double w, double h, struct sb_doc **out, struct sb_diag *d)
{
	struct lay		 L;
	struct chart_geom	 g;

	if (lay_init(&L, m, w, h, d) != SB_OK)
		return lay_finish(&L, out);
	L.left = 12;
	L.right = w - 12;
	L.top = 12;
	L.bottom = h - 12;
	check_chart(&L, c, 1);
	if (!grow(&L, &L.doc->pages, &L.pagecap, 1,
	    sizeof(*L.doc->pages)))
		return lay_finish(&L, out);
	memset(L.doc->pages, 0, sizeof(*L.doc->pages));
	L.doc->pagesz = 1;
	if (L.err == SB_OK) {
		chart_measure(&L, c, L.right - L.left, &g);
		if (L.bottom - L.top - g.top - g.below < 60)
			fail(&L, SB_ELIMIT, "chart image too small");
		else
			chart_draw(&L, c, &g, L.left, L.top, L.right - L.left,
			    L.bottom - L.top);
		chart_geom_free(&g);
	}
	return lay_finish(&L, out);
}

void
sb_doc_free(struct sb_doc *doc)
{
	size_t	 i, j;

	if (doc == NULL)
		return;
	for (i = 0; i < doc->pagesz; i++) {
		for (j = 0; j < doc->pages[i].opsz; j++) {
			free(doc->pages[i].ops[j].pts);
			free(doc->pages[i].ops[j].text);
		}
		free(doc->pages[i].ops);
	}
	free(doc->pages);
	for (i = 0; i < doc->marksz; i++)
		free(doc->marks[i].title);
	free(doc->marks);
	free(doc);
}
