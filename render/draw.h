/*
 * The drawing list: what layout.c computes once and every painter
 * replays.  Plain C data in PDF points, origin at the top left of the
 * page, y growing downwards (painters with a bottom-left origin flip).
 * Text is one line, anchored at its baseline.
 */
#ifndef SB_DRAW_H
#define SB_DRAW_H

#include <stddef.h>

#include "sb.h"

struct sb_report;
struct sb_chart;

/* An RGB colour, each component 0..1. */
struct sb_rgb {
	double	 r;
	double	 g;
	double	 b;
};

enum sb_op_kind {
	SB_OP_RECT,			/* x, y, w, h: fill and/or stroke */
	SB_OP_LINE,			/* pts[0..1]: one segment */
	SB_OP_POLYLINE,			/* pts[0..ptsz-1]: joined segments */
	SB_OP_CIRCLE,			/* x, y centre, r radius: a marker */
	SB_OP_POLYGON,			/* pts[0..ptsz-1], closed: fill and/or stroke */
	SB_OP_TEXT			/* text at baseline x, y */
};

/* Bits of sb_op.flags. */
#define SB_OPF_FILL	0x01u	/* fill the shape with fill */
#define SB_OPF_STROKE	0x02u	/* stroke the outline with colour */
#define SB_OPF_DASH	0x04u	/* stroke dashed: SB_DASH_ON on, SB_DASH_OFF off */

/* Dash pattern in points, integers so libharu can take it as is. */
#define SB_DASH_ON	5
#define SB_DASH_OFF	3

enum sb_align {
	SB_ALIGN_LEFT,			/* x is where the text starts */
	SB_ALIGN_CENTER,		/* x is the middle of the text */
	SB_ALIGN_RIGHT			/* x is where the text ends */
};

/* A point of a line or polyline. */
struct sb_xy {
	double	 x;
	double	 y;
};

/* One drawing operation. */
struct sb_op {
	enum sb_op_kind	 kind;
	unsigned int	 flags;		/* SB_OPF_* */
	struct sb_rgb	 colour;	/* stroke colour, text colour */
	struct sb_rgb	 fill;		/* fill colour (RECT, CIRCLE, POLYGON) */
	double		 lw;		/* stroke line width */
	double		 x;		/* RECT/CIRCLE/TEXT position */
	double		 y;
	double		 w;		/* RECT width */
	double		 h;		/* RECT height */
	double		 r;		/* CIRCLE radius */
	struct sb_xy	*pts;		/* LINE/POLYLINE/POLYGON points (owned) */
	size_t		 ptsz;
	char		*text;		/* TEXT, UTF-8, one line (owned) */
	double		 size;		/* TEXT font size in points */
	enum sb_align	 align;		/* TEXT anchoring */
};

/* An outline (bookmark) entry: a section heading and where it is. */
struct sb_mark {
	char		*title;		/* owned UTF-8 */
	size_t		 page;		/* 0-based page index */
	double		 y;		/* top of the heading, y down */
};

/* One page of operations. */
struct sb_page {
	struct sb_op	*ops;
	size_t		 opsz;
	size_t		 opcap;		/* allocated ops */
};

/* A laid-out document: page size, pages, bookmarks. */
struct sb_doc {
	double		 width;		/* page width in points */
	double		 height;	/* page height in points */
	const char	*title;		/* borrowed from the report, may be NULL */
	struct sb_page	*pages;
	size_t		 pagesz;
	struct sb_mark	*marks;
	size_t		 marksz;
};

/*
 * Text measurement, the one thing layout asks of a painter: the advance
 * width in points of one line of UTF-8 at the given font size.
 */
struct sb_measure {
	double	(*width)(void *ctx, const char *utf8, double size);
	void	*ctx;
};

/*
 * Page size in points for a report (A4 unless it asks for Letter).
 */
void	sb_layout_page_size(const struct sb_report *r, double *w, double *h);

/*
 * Lay out report r into a new document measured by m.  On success *out
 * owns the document (free with sb_doc_free).  Returns SB_OK,
 * SB_EINPUT (invalid UTF-8, named in d), SB_ELIMIT or SB_ENOMEM.
 */
int	sb_layout_report(const struct sb_report *r, const struct sb_measure *m,
	    struct sb_doc **out, struct sb_diag *d);

/*
 * Lay out chart c alone on one page of w x h points, same rules as
 * sb_layout_report.
 */
int	sb_layout_chart(const struct sb_chart *c, const struct sb_measure *m,
	    double w, double h, struct sb_doc **out, struct sb_diag *d);

/* Free a document and everything it owns; NULL is fine. */
void	sb_doc_free(struct sb_doc *doc);

#endif /* SB_DRAW_H */
