/*
 * The brief builder (see brief.h).  Plain data in, plain data out: the
 * report model it returns holds copies, nothing borrowed.
 *
 * Every section starts from the same selection: the series a section's
 * indicators, regions and kind pick, gathered into groups of one
 * indicator, region, kind and unit.  The extractor gives the growth
 * stated right after a level the id "<id>:growth" (国内生产总值达到114万亿元，
 * 增长8.1%) and other growth figures of the indicator the plain id
 * (国内生产总值增长3%), so a group joins both: one indicator, one line.
 * Where two series of a group give the same period, an exact figure
 * beats a bounded one, then the later publication wins.
 *
 * Memory errors are sticky in struct bctx: helpers return NULL and set
 * nomem, and the entry points check it once per section.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "brief.h"
#include "spec.h"

/* Defaults of a section's max (lines, rows, boxes, charts). */
#define DEF_LINES	6
#define DEF_ROWS	12
#define DEF_CALLOUTS	6
#define DEF_FIGURES	40
#define DEF_AUTO	4
/* Points a sparkline keeps (the newest). */
#define SPARK_MAX	24

/* Builder state. */
struct bctx {
	const struct sb_obs	*obs;
	size_t			 obssz;
	char *const		*pubdates;	/* may be NULL */
	const struct sb_serieslist *sl;
	int			 nomem;		/* an allocation failed */
};

/* One indicator of one region: outcome points and goals, merged. */
struct group {
	const struct sb_series	*s;		/* first series (region, unit) */
	const char		*name;		/* indicator name to show */
	size_t			 idlen;		/* length of the base id */
	const struct sb_spoint	**pts;		/* outcomes, by x */
	size_t			 ptsz;
	const struct sb_spoint	**tgt;		/* goals, by x */
	size_t			 tgtsz;
	size_t			 order;		/* first series index */
	double			 score;		/* for choosing: bigger first */
};

struct groups {
	struct group	*v;
	size_t		 n;
};

void
sb_brief_defaults(struct sb_brief_opts *o)
{
	memset(o, 0, sizeof(*o));
}

static char *
bprintf(struct bctx *B, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static char *
bprintf(struct bctx *B, const char *fmt, ...)
{
	va_list	 ap;
	char	*s = NULL;
	int	 n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || (s = malloc((size_t)n + 1)) == NULL) {
		B->nomem = 1;
		return NULL;
	}
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return s;
}

/* strdup that records failure; NULL in, NULL out. */
static char *
bdup(struct bctx *B, const char *s)
{
	char	*p;

	if (s == NULL)
		return NULL;
	if ((p = strdup(s)) == NULL)
		B->nomem = 1;
	return p;
}

char *
sb_brief_period_label(const struct sb_period *p, char *buf, size_t bufsz)
{
	static const char *const q[] = { "一", "二", "三", "四" };

	switch (p->gran) {
	case SB_GRAN_YEAR:
		snprintf(buf, bufsz, "%d", p->y1);
		break;
	case SB_GRAN_YEARS:
		snprintf(buf, bufsz, "%d-%d", p->y1, p->y2);
		break;
	case SB_GRAN_HALF:
		snprintf(buf, bufsz, "%d年%s半年", p->y1, p->m1 == 1 ? "上" :
		    "下");
		break;
	case SB_GRAN_QUARTER:
		snprintf(buf, bufsz, "%d年%s季度", p->y1,
		    p->m1 >= 1 && p->m1 <= 4 ? q[p->m1 - 1] : "?");
		break;
	case SB_GRAN_MONTHS:
		if (p->y1 == p->y2)
			snprintf(buf, bufsz, "%d年%d-%d月", p->y1, p->m1, p->m2);
		else
			snprintf(buf, bufsz, "%d年%d月-%d年%d月", p->y1, p->m1,
			    p->y2, p->m2);
		break;
	case SB_GRAN_MONTH:
		snprintf(buf, bufsz, "%d年%d月", p->y1, p->m1);
		break;
	default:
		snprintf(buf, bufsz, "?");
		break;
	}
	return buf;
}

/*
 * Display unit and divisor for values in base unit with maximum
 * magnitude max: money in 万亿元, 亿元 or 万元 as the data need.
 */
static const char *
display_unit(const char *base, double max, double *div)
{
	*div = 1;
	if (strcmp(base, "元") == 0) {
		if (max >= 1e12) {
			*div = 1e12;
			return "万亿元";
		}
		if (max >= 1e8) {
			*div = 1e8;
			return "亿元";
		}
		if (max >= 1e4) {
			*div = 1e4;
			return "万元";
		}
		return "元";
	}
	if (strcmp(base, "µg/m³") == 0)
		return "微克/立方米";
	if ((strcmp(base, "人") == 0 || strcmp(base, "吨") == 0 ||
	    strcmp(base, "人次") == 0) && max >= 1e5) {
		if (max >= 1e8) {
			*div = 1e8;
			return strcmp(base, "人") == 0 ? "亿人" :
			    strcmp(base, "吨") == 0 ? "亿吨" : "亿人次";
		}
		*div = 1e4;
		return strcmp(base, "人") == 0 ? "万人" :
		    strcmp(base, "吨") == 0 ? "万吨" : "万人次";
	}
	return base;
}

/* A number for reading: at most two decimals, no trailing zeros. */
static void
fmtnum(char *b, size_t bsz, double v)
{
	size_t	 n;

	if (fabs(v) < 5e-3)
		v = 0;
	snprintf(b, bsz, "%.2f", v);
	n = strlen(b);
	while (n > 0 && b[n - 1] == '0')
		b[--n] = '\0';
	if (n > 0 && b[n - 1] == '.')
		b[--n] = '\0';
}

static const char *
base_name(const char *path)
{
	const char	*s = strrchr(path, '/');

	return s != NULL ? s + 1 : path;
}

/* Length of the id without a ":growth" or ":share" suffix. */
static size_t
base_id_len(const char *id)
{
	size_t	 n = strlen(id);

	if (n > 7 && strcmp(id + n - 7, ":growth") == 0)
		return n - 7;
	if (n > 6 && strcmp(id + n - 6, ":share") == 0)
		return n - 6;
	return n;
}

/* Does section sel pick this indicator (id, name) in this region? */
static int
sel_wants(const struct sb_spec_section *sel, const char *id,
    const char *name, const char *region)
{
	size_t	 i, bl = base_id_len(id), nl = strlen(name);
	int	 ok = sel->indicatorsz == 0;

	/* "<name>增速" of an "<id>:growth" answers to the plain name too. */
	if (bl != strlen(id) && nl > 6 && strcmp(name + nl - 6, "增速") == 0)
		nl -= 6;
	for (i = 0; i < sel->indicatorsz && !ok; i++)
		ok = strcmp(sel->indicators[i], id) == 0 ||
		    strcmp(sel->indicators[i], name) == 0 ||
		    (strlen(sel->indicators[i]) == nl &&
		    strncmp(sel->indicators[i], name, nl) == 0) ||
		    (strlen(sel->indicators[i]) == bl &&
		    strncmp(sel->indicators[i], id, bl) == 0);
	if (!ok)
		return 0;
	if (sel->regionsz == 0)
		return 1;
	for (i = 0; i < sel->regionsz; i++)
		if (strcmp(sel->regions[i], region) == 0)
			return 1;
	return 0;
}

/* Can point p go on a time axis within years from..to (0: open)? */
static int
chartable(const struct sb_spoint *p, int from, int to)
{
	if (!(p->flags & SB_SPOINT_CHARTED) || !isfinite(p->value) ||
	    !isfinite(p->x))
		return 0;
	switch (p->per.gran) {
	case SB_GRAN_YEAR:
	case SB_GRAN_HALF:
	case SB_GRAN_QUARTER:
	case SB_GRAN_MONTHS:
	case SB_GRAN_MONTH:
		break;
	default:
		return 0;
	}
	if (from != 0 && p->per.y1 < from)
		return 0;
	if (to != 0 && p->per.y1 > to)
		return 0;
	return 1;
}

/* Is a better than b for the same period (exact first, then newer)? */
static int
better(const struct sb_spoint *a, const struct sb_spoint *b)
{
	int	 ea = a->qual == SB_QUAL_EXACT, eb = b->qual == SB_QUAL_EXACT;

	if (ea != eb)
		return ea;
	return strcmp(a->pubdate, b->pubdate) > 0;
}

/*
 * Add point p to the sorted list v/vsz (capacity cap): replace a point
 * of the same period if p is better, else insert by x.  Returns 0 or -1.
 */
static int
gadd(struct bctx *B, const struct sb_spoint ***v, size_t *vsz, size_t *cap,
    const struct sb_spoint *p)
{
	const struct sb_spoint **n;
	size_t	 i, k;

	for (i = 0; i < *vsz; i++)
		if (strcmp((*v)[i]->period, p->period) == 0) {
			if (better(p, (*v)[i]))
				(*v)[i] = p;
			return 0;
		}
	if (*vsz == *cap) {
		k = *cap < 8 ? 8 : *cap * 2;
		if ((n = realloc(*v, k * sizeof(*n))) == NULL) {
			B->nomem = 1;
			return -1;
		}
		*v = n;
		*cap = k;
	}
	for (i = *vsz; i > 0 && (*v)[i - 1]->x > p->x; i--)
		(*v)[i] = (*v)[i - 1];
	(*v)[i] = p;
	(*vsz)++;
	return 0;
}

static void
groups_free(struct groups *G)
{
	size_t	 i;

	for (i = 0; i < G->n; i++) {
		free(G->v[i].pts);
		free(G->v[i].tgt);
	}
	free(G->v);
	memset(G, 0, sizeof(*G));
}

static int
cmp_group(const void *a, const void *b)
{
	const struct group *p = a, *q = b;

	if (p->score != q->score)
		return p->score < q->score ? 1 : -1;
	return p->order < q->order ? -1 : p->order > q->order;
}

/*
 * Gather the series section sel picks, within years from..to, into
 * groups sorted best first (more points, lexicon indicators, levels).
 * Groups without any point are dropped.  Returns 0 or -1 (ENOMEM).
 */
static int
gather(struct bctx *B, const struct sb_spec_section *sel, int from, int to,
    struct groups *G)
{
	const struct sb_serieslist *sl = B->sl;
	struct group	*g, *ng;
	size_t		 i, j, k, cap = 0, *pcap = NULL, *tcap = NULL, *nc;

	memset(G, 0, sizeof(*G));
	for (i = 0; i < sl->seriessz; i++) {
		const struct sb_series *s = &sl->series[i];
		size_t	 bl = base_id_len(s->indicator_id);

		if (!sel_wants(sel, s->indicator_id, s->indicator, s->region))
			continue;
		if (sel->kind != SB_SPEC_KIND_ANY && (int)s->kind != sel->kind)
			continue;
		if (s->target && !sel->targets)
			continue;
		for (j = 0; j < G->n; j++) {
			g = &G->v[j];
			if (g->idlen == bl && strncmp(g->s->indicator_id,
			    s->indicator_id, bl) == 0 && g->s->kind ==
			    s->kind && strcmp(g->s->region, s->region) == 0 &&
			    strcmp(g->s->base_unit, s->base_unit) == 0)
				break;
		}
		if (j == G->n) {
			if (G->n == cap) {
				k = cap < 8 ? 8 : cap * 2;
				if ((ng = realloc(G->v, k * sizeof(*ng))) ==
				    NULL)
					goto fail;
				G->v = ng;
				if ((nc = realloc(pcap, k * sizeof(*nc))) ==
				    NULL)
					goto fail;
				pcap = nc;
				if ((nc = realloc(tcap, k * sizeof(*nc))) ==
				    NULL)
					goto fail;
				tcap = nc;
				cap = k;
			}
			g = &G->v[G->n];
			memset(g, 0, sizeof(*g));
			pcap[G->n] = tcap[G->n] = 0;
			g->s = s;
			g->name = s->indicator;
			g->idlen = bl;
			g->order = i;
			G->n++;
		}
		g = &G->v[j];
		/* The plain id's name reads best ("国内生产总值", not "…增速"). */
		if (strlen(s->indicator_id) == bl && !s->target)
			g->name = s->indicator;
		for (k = 0; k < s->pointsz; k++) {
			if (!chartable(&s->points[k], from, to))
				continue;
			if (s->target ? gadd(B, &g->tgt, &g->tgtsz, &tcap[j],
			    &s->points[k]) : gadd(B, &g->pts, &g->ptsz,
			    &pcap[j], &s->points[k]))
				goto fail;
		}
	}
	/* Drop empty groups, score the rest. */
	for (i = j = 0; i < G->n; i++) {
		g = &G->v[i];
		if (g->ptsz + g->tgtsz == 0) {
			free(g->pts);
			free(g->tgt);
			continue;
		}
		g->score = (double)g->ptsz * 10 + (g->tgtsz > 0 ? 2 : 0);
		if (strncmp(g->s->indicator_id, "np:", 3) != 0)
			g->score += 15;
		if (g->s->kind == SB_KIND_LEVEL)
			g->score += 3;
		G->v[j++] = *g;
	}
	G->n = j;
	if (G->n > 1)
		qsort(G->v, G->n, sizeof(*G->v), cmp_group);
	free(pcap);
	free(tcap);
	return 0;
fail:
	B->nomem = 1;
	free(pcap);
	free(tcap);
	groups_free(G);
	return -1;
}

/* Name of a group's indicator as a reader reads it. */
static char *
group_name(struct bctx *B, const struct group *g)
{
	const char	*n = g->name;
	size_t		 l = strlen(n);

	/* A growth figure of a level indicator: say so once. */
	if (g->s->kind == SB_KIND_GROWTH && !(l >= 6 &&
	    (strcmp(n + l - 6, "增速") == 0 || strcmp(n + l - 6, "增长") == 0 ||
	    strcmp(n + l - 6, "增幅") == 0 || strcmp(n + l - 6, "降幅") == 0 ||
	    strcmp(n + l - 3, "率") == 0)))
		return bprintf(B, "%s增速", n);
	return bdup(B, n);
}

/* Largest magnitude over a group's points (and goals). */
static double
group_max(const struct group *g)
{
	double	 m = 0;
	size_t	 i;

	for (i = 0; i < g->ptsz; i++)
		m = fmax(m, fabs(g->pts[i]->value));
	for (i = 0; i < g->tgtsz; i++)
		m = fmax(m, fabs(g->tgt[i]->value));
	return m;
}

/* The qualifier as a reader reads it before a value. */
static const char *
qual_word(enum sb_qual q)
{
	switch (q) {
	case SB_QUAL_APPROX:
		return "约";
	case SB_QUAL_OVER:
		return "超";
	case SB_QUAL_UNDER:
		return "近";
	case SB_QUAL_TARGET:
		return "目标";
	default:
		return "";
	}
}

/*
 * The source line of a chart: the articles behind points pts[0..n)
 * and goals tgt[0..m), each with its publication date, once each.
 */
static char *
source_line(struct bctx *B, const struct sb_spoint *const *pts, size_t n,
    const struct sb_spoint *const *tgt, size_t m)
{
	char		 buf[1536];
	size_t		 i, j, k, ns = 0, len;
	const char	*seen[24];
	const struct sb_spoint *p;

	len = (size_t)snprintf(buf, sizeof(buf), "来源：");
	for (i = 0; i < n + m && len < sizeof(buf) - 100; i++) {
		p = i < n ? pts[i] : tgt[i - n];
		for (j = 0; j < p->srcsz && len < sizeof(buf) - 100; j++) {
			const struct sb_obs *o = &B->obs[p->srcs[j]];
			const char *pd = B->pubdates != NULL ?
			    B->pubdates[p->srcs[j]] : "";

			for (k = 0; k < ns; k++)
				if (strcmp(seen[k], o->doc) == 0)
					break;
			if (k < ns)
				continue;
			if (ns == sizeof(seen) / sizeof(seen[0])) {
				len += (size_t)snprintf(buf + len,
				    sizeof(buf) - len, "等");
				i = n + m;
				break;
			}
			seen[ns++] = o->doc;
			len += (size_t)snprintf(buf + len, sizeof(buf) - len,
			    "%s%s%s%s%s", ns > 1 ? "；" : "",
			    base_name(o->doc), pd[0] ? "（" : "", pd,
			    pd[0] ? "）" : "");
		}
	}
	if (ns == 0)
		return bdup(B, "来源：无");
	return bdup(B, buf);
}

/* Fill line ln from points pts[0..n), divided by div, flags extra. */
static void
fill_line(struct bctx *B, struct sb_line *ln, const struct sb_spoint *const *pts,
    size_t n, double div, unsigned int extra)
{
	size_t	 i;
	char	 lab[64];

	if (n == 0)
		return;
	if ((ln->points = calloc(n, sizeof(*ln->points))) == NULL) {
		B->nomem = 1;
		return;
	}
	for (i = 0; i < n; i++) {
		const struct sb_spoint *p = pts[i];
		struct sb_point *q = &ln->points[i];

		sb_brief_period_label(&p->per, lab, sizeof(lab));
		q->label = bdup(B, lab);
		q->x = p->x;
		q->value = p->value / div;
		q->flags = extra;
		if (p->flags & SB_SPOINT_PARTIAL)
			q->flags |= SB_POINT_PARTIAL;
		if (p->qual == SB_QUAL_APPROX || p->qual == SB_QUAL_OVER ||
		    p->qual == SB_QUAL_UNDER)
			q->flags |= SB_POINT_APPROX;
		ln->pointsz++;
	}
}

/*
 * A line chart of groups G->v[0..n) sharing the first group's kind and
 * unit: one line each, and its goals dashed beside it.
 */
static struct sb_chart *
line_chart(struct bctx *B, const struct groups *G, size_t maxn)
{
	struct sb_chart	*c;
	const struct group *g0 = &G->v[0];
	size_t		 i, n = 0, k = 0;
	double		 div, max = 0;
	const char	*unit;
	char		*nm;
	const struct group *use[DEF_LINES * 4];

	for (i = 0; i < G->n && n < maxn && n < sizeof(use) / sizeof(use[0]);
	    i++)
		if (G->v[i].s->kind == g0->s->kind &&
		    strcmp(G->v[i].s->base_unit, g0->s->base_unit) == 0) {
			use[n++] = &G->v[i];
			max = fmax(max, group_max(&G->v[i]));
		}
	if ((c = calloc(1, sizeof(*c))) == NULL ||
	    (c->lines = calloc(2 * n, sizeof(*c->lines))) == NULL) {
		free(c);
		B->nomem = 1;
		return NULL;
	}
	c->type = SB_CHART_LINE;
	unit = display_unit(g0->s->base_unit, max, &div);
	c->unit = bdup(B, unit);
	nm = group_name(B, g0);
	if (n == 1)
		c->title = bprintf(B, "%s %s%s", g0->s->region, nm ? nm : "",
		    strcmp(unit, "%") == 0 ? "（%）" : "");
	else
		c->title = bprintf(B, "%s%s", nm ? nm : "",
		    strcmp(unit, "%") == 0 ? "（%）" : "");
	free(nm);
	for (i = 0; i < n; i++) {
		const struct group *g = use[i];
		char	*gn = group_name(B, g);

		if (g->ptsz > 0) {
			c->lines[k].name = n == 1 ? bdup(B, "实际") :
			    bprintf(B, "%s %s", g->s->region, gn ? gn : "");
			fill_line(B, &c->lines[k++], g->pts, g->ptsz, div, 0);
		}
		if (g->tgtsz > 0) {
			c->lines[k].name = n == 1 ? bdup(B, "目标") :
			    bprintf(B, "%s %s目标", g->s->region, gn ? gn : "");
			fill_line(B, &c->lines[k++], g->tgt, g->tgtsz, div,
			    SB_POINT_TARGET);
		}
		free(gn);
	}
	c->linesz = k;
	/* Sources of every line, in line order. */
	{
		const struct sb_spoint **all;
		size_t	 m = 0, j;

		for (i = 0; i < n; i++)
			m += use[i]->ptsz + use[i]->tgtsz;
		if ((all = calloc(m ? m : 1, sizeof(*all))) == NULL)
			B->nomem = 1;
		else {
			for (i = m = 0; i < n; i++) {
				for (j = 0; j < use[i]->ptsz; j++)
					all[m++] = use[i]->pts[j];
				for (j = 0; j < use[i]->tgtsz; j++)
					all[m++] = use[i]->tgt[j];
			}
			c->source = source_line(B, all, m, NULL, 0);
			free(all);
		}
	}
	return c;
}

/*
 * A bar chart comparing regions: among groups G, the indicator and
 * period given for the most regions (the latest such period).  With
 * fewer than two regions, the periods of the best group instead.
 */
static struct sb_chart *
bar_chart(struct bctx *B, const struct groups *G, size_t maxn)
{
	struct sb_chart	*c;
	const struct group *gb = NULL;
	const struct sb_spoint *bp = NULL, **src = NULL;
	size_t		 i, j, k, m, cnt, best = 0, srcsz = 0;
	double		 div, max = 0;
	const char	*unit;
	char		 lab[64], *nm;

	for (i = 0; i < G->n; i++)
		for (k = 0; k < G->v[i].ptsz; k++) {
			const struct sb_spoint *p = G->v[i].pts[k];

			for (j = cnt = 0; j < G->n; j++) {
				if (G->v[j].idlen != G->v[i].idlen ||
				    strncmp(G->v[j].s->indicator_id,
				    G->v[i].s->indicator_id, G->v[i].idlen) ||
				    G->v[j].s->kind != G->v[i].s->kind ||
				    strcmp(G->v[j].s->base_unit,
				    G->v[i].s->base_unit))
					continue;
				for (m = 0; m < G->v[j].ptsz; m++)
					if (strcmp(G->v[j].pts[m]->period,
					    p->period) == 0)
						cnt++;
			}
			if (cnt > best || (cnt == best && bp != NULL &&
			    p->x > bp->x && &G->v[i] == gb)) {
				best = cnt;
				gb = &G->v[i];
				bp = p;
			}
		}
	if ((c = calloc(1, sizeof(*c))) == NULL ||
	    (c->lines = calloc(1, sizeof(*c->lines))) == NULL ||
	    (src = calloc(G->n + 1, sizeof(*src))) == NULL) {
		if (c != NULL)
			free(c->lines);
		free(c);
		B->nomem = 1;
		return NULL;
	}
	c->type = SB_CHART_BAR;
	c->linesz = 1;
	if (best >= 2) {
		struct sb_line *ln = &c->lines[0];

		if ((ln->points = calloc(best, sizeof(*ln->points))) == NULL)
			B->nomem = 1;
		for (j = 0; j < G->n && ln->points != NULL; j++) {
			const struct group *g = &G->v[j];

			if (g->idlen != gb->idlen || strncmp(g->s->indicator_id,
			    gb->s->indicator_id, gb->idlen) || g->s->kind !=
			    gb->s->kind || strcmp(g->s->base_unit,
			    gb->s->base_unit))
				continue;
			for (m = 0; m < g->ptsz && ln->pointsz < best &&
			    ln->pointsz < maxn; m++)
				if (strcmp(g->pts[m]->period, bp->period) ==
				    0) {
					struct sb_point *q =
					    &ln->points[ln->pointsz++];

					q->label = bdup(B, g->s->region);
					q->x = (double)(ln->pointsz - 1);
					q->value = g->pts[m]->value;
					if (g->pts[m]->qual != SB_QUAL_EXACT)
						q->flags |= SB_POINT_APPROX;
					max = fmax(max, fabs(q->value));
					src[srcsz++] = g->pts[m];
				}
		}
		unit = display_unit(gb->s->base_unit, max, &div);
		for (j = 0; j < ln->pointsz; j++)
			ln->points[j].value /= div;
		sb_brief_period_label(&bp->per, lab, sizeof(lab));
		nm = group_name(B, gb);
		c->title = bprintf(B, "%s（%s，分地区）", nm ? nm : "", lab);
		free(nm);
		c->unit = bdup(B, unit);
		c->source = source_line(B, src, srcsz, NULL, 0);
	} else {
		const struct group *g = &G->v[0];
		size_t	 first = g->ptsz > maxn ? g->ptsz - maxn : 0;

		unit = display_unit(g->s->base_unit, group_max(g), &div);
		fill_line(B, &c->lines[0], g->pts + first, g->ptsz - first,
		    div, 0);
		for (j = 0; j < c->lines[0].pointsz; j++)
			c->lines[0].points[j].x = (double)j;
		nm = group_name(B, g);
		c->title = bprintf(B, "%s %s（按期）", g->s->region,
		    nm ? nm : "");
		free(nm);
		c->unit = bdup(B, unit);
		c->source = source_line(B, g->pts + first, g->ptsz - first,
		    NULL, 0);
	}
	free(src);
	return c;
}

/*
 * The change of a group's latest point on the one before, as a reader
 * reads it, and its direction.  Levels: the growth the article states,
 * else the computed year-on-year growth.  Rates (growth, share): the
 * difference in percentage points from the point before.
 */
static char *
change_text(struct bctx *B, const struct group *g, enum sb_trend *t)
{
	const struct sb_spoint *p, *q = NULL;
	char		 v[64], lab[64];
	double		 ch;
	size_t		 i;

	*t = SB_TREND_NONE;
	if (g->ptsz == 0)
		return NULL;
	p = g->pts[g->ptsz - 1];
	if (g->s->kind == SB_KIND_LEVEL || g->s->kind == SB_KIND_COUNT) {
		if (p->flags & SB_SPOINT_HAS_STATED)
			ch = p->stated;
		else if (p->flags & SB_SPOINT_HAS_YOY)
			ch = p->yoy;
		else
			return NULL;
		if (!isfinite(ch))
			return NULL;
		fmtnum(v, sizeof(v), fabs(ch));
		*t = strcmp(v, "0") == 0 ? SB_TREND_FLAT : ch > 0 ?
		    SB_TREND_UP : SB_TREND_DOWN;
		return *t == SB_TREND_FLAT ? bdup(B, "与上年持平") :
		    bprintf(B, "%s %s%%", ch > 0 ? "增长" : "下降", v);
	}
	if (g->s->kind != SB_KIND_GROWTH && g->s->kind != SB_KIND_SHARE)
		return NULL;
	for (i = g->ptsz - 1; i > 0; i--)
		if (g->pts[i - 1]->per.gran == p->per.gran &&
		    !(g->pts[i - 1]->flags & SB_SPOINT_PARTIAL)) {
			q = g->pts[i - 1];
			break;
		}
	if (q == NULL || (p->flags & SB_SPOINT_PARTIAL))
		return NULL;
	ch = p->value - q->value;
	fmtnum(v, sizeof(v), fabs(ch));
	sb_brief_period_label(&q->per, lab, sizeof(lab));
	if (q->per.gran == SB_GRAN_YEAR)
		strncat(lab, "年", sizeof(lab) - strlen(lab) - 1);
	*t = strcmp(v, "0") == 0 ? SB_TREND_FLAT : ch > 0 ? SB_TREND_UP :
	    SB_TREND_DOWN;
	if (*t == SB_TREND_FLAT)
		return bprintf(B, "与%s持平", lab);
	return bprintf(B, "较%s%s %s个百分点", lab,
	    *t == SB_TREND_UP ? "提高" : "回落", v);
}

/* Latest point of a group as "约134.9" in its display unit. */
static char *
value_text(struct bctx *B, const struct sb_spoint *p, double div,
    const char *unit, int withunit)
{
	char	 a[64], b[64];

	fmtnum(a, sizeof(a), p->value / div);
	if (p->value_hi != p->value && isfinite(p->value_hi)) {
		fmtnum(b, sizeof(b), p->value_hi / div);
		return bprintf(B, "%s%s–%s%s", qual_word(p->qual), a, b,
		    withunit ? unit : "");
	}
	return bprintf(B, "%s%s%s", qual_word(p->qual), a,
	    withunit ? unit : "");
}

/* The articles (and dates) behind point p, for a callout or a row. */
static char *
point_source(struct bctx *B, const struct sb_spoint *p, int withline)
{
	const struct sb_obs *o;
	const char	*pd;

	if (p->srcsz == 0)
		return NULL;
	o = &B->obs[p->srcs[0]];
	pd = B->pubdates != NULL ? B->pubdates[p->srcs[0]] : "";
	if (withline)
		return bprintf(B, "%s:%zu%s", base_name(o->doc), o->line,
		    p->srcsz > 1 ? " 等" : "");
	return bprintf(B, "%s%s%s%s", base_name(o->doc), pd[0] ? "（" : "",
	    pd, pd[0] ? "）" : "");
}

/* Key-figure callouts: the latest outcome of the best groups. */
static void
add_callouts(struct bctx *B, struct sb_section *sec, const struct groups *G,
    size_t maxn)
{
	size_t	 i, n = 0;
	double	 div;
	const char *unit;
	char	 lab[64];

	if ((sec->callouts = calloc(maxn, sizeof(*sec->callouts))) == NULL) {
		B->nomem = 1;
		return;
	}
	for (i = 0; i < G->n && n < maxn; i++) {
		const struct group *g = &G->v[i];
		const struct sb_spoint *p;
		struct sb_callout *c = &sec->callouts[n];
		char	*nm;

		if (g->ptsz == 0 || g->s->kind == SB_KIND_RANK)
			continue;
		p = g->pts[g->ptsz - 1];
		unit = display_unit(g->s->base_unit, fabs(p->value), &div);
		nm = group_name(B, g);
		c->label = bprintf(B, "%s %s", g->s->region, nm ? nm : "");
		free(nm);
		c->value = value_text(B, p, div, unit, 0);
		c->unit = bdup(B, unit);
		c->period = bdup(B, sb_brief_period_label(&p->per, lab,
		    sizeof(lab)));
		c->change = change_text(B, g, &c->trend);
		c->source = point_source(B, p, 0);
		n++;
		sec->calloutsz = n;
	}
}

/* A table of series: latest value, change, a sparkline, the source. */
static void
add_series_table(struct bctx *B, struct sb_section *sec,
    const struct groups *G, size_t maxn)
{
	size_t	 i, j, n = 0, first;
	double	 div;
	const char *unit;
	char	 lab[64];
	enum sb_trend t;

	sec->table = SB_TABLE_SERIES;
	if ((sec->rows = calloc(maxn, sizeof(*sec->rows))) == NULL) {
		B->nomem = 1;
		return;
	}
	for (i = 0; i < G->n && n < maxn; i++) {
		const struct group *g = &G->v[i];
		const struct sb_spoint *p;
		struct sb_row *w = &sec->rows[n];

		if (g->ptsz == 0)
			continue;
		p = g->pts[g->ptsz - 1];
		unit = display_unit(g->s->base_unit, group_max(g), &div);
		w->indicator = group_name(B, g);
		w->region = bdup(B, g->s->region);
		w->period = bdup(B, sb_brief_period_label(&p->per, lab,
		    sizeof(lab)));
		w->value = value_text(B, p, div, unit, 1);
		w->change = change_text(B, g, &t);
		w->source = point_source(B, p, 1);
		first = g->ptsz > SPARK_MAX ? g->ptsz - SPARK_MAX : 0;
		if ((w->spark = calloc(g->ptsz - first,
		    sizeof(*w->spark))) == NULL)
			B->nomem = 1;
		else {
			for (j = first; j < g->ptsz; j++)
				w->spark[j - first] = g->pts[j]->value / div;
			w->sparksz = g->ptsz - first;
		}
		n++;
		sec->rowsz = n;
	}
}

/* Order of figure rows: lexicon indicators first, then newest. */
struct rowref {
	size_t		 i;
	int		 lex;
	const char	*pub;
};

static int
cmp_rowref(const void *a, const void *b)
{
	const struct rowref *p = a, *q = b;
	int	 c;

	if (p->lex != q->lex)
		return q->lex - p->lex;
	if ((c = strcmp(q->pub, p->pub)) != 0)
		return c;
	return p->i < q->i ? -1 : p->i > q->i;
}

/* Is an observation's period inside years from..to (0: open)? */
static int
obs_in_window(const struct sb_obs *o, int from, int to)
{
	struct sb_period per;

	if (from == 0 && to == 0)
		return 1;
	if (o->period[0] == '\0' || sb_period_parse(o->period, &per) != 0)
		return 0;
	if (from != 0 && (per.y2 ? per.y2 : per.y1) < from)
		return 0;
	if (to != 0 && per.y1 > to)
		return 0;
	return 1;
}

/* A table of figures, each with its sentence and source line. */
static void
add_figures(struct bctx *B, struct sb_section *sec,
    const struct sb_spec_section *sel, int from, int to, size_t maxn)
{
	const struct sb_obs *obs = B->obs;
	struct rowref	*refs;
	size_t		 i, n = 0;
	char		 v[128];

	sec->table = SB_TABLE_FIGURES;
	if ((refs = calloc(B->obssz ? B->obssz : 1, sizeof(*refs))) == NULL) {
		B->nomem = 1;
		return;
	}
	for (i = 0; i < B->obssz; i++) {
		if (obs[i].indicator[0] == '\0' || !sel_wants(sel,
		    obs[i].indicator_id, obs[i].indicator, obs[i].region) ||
		    (sel->kind != SB_SPEC_KIND_ANY &&
		    (int)obs[i].kind != sel->kind) ||
		    !obs_in_window(&obs[i], from, to))
			continue;
		refs[n].i = i;
		refs[n].lex = strncmp(obs[i].indicator_id, "np:", 3) != 0;
		refs[n].pub = B->pubdates != NULL ? B->pubdates[i] : "";
		n++;
	}
	qsort(refs, n, sizeof(*refs), cmp_rowref);
	if (n > maxn)
		n = maxn;
	if ((sec->rows = calloc(n ? n : 1, sizeof(*sec->rows))) == NULL) {
		free(refs);
		B->nomem = 1;
		return;
	}
	for (i = 0; i < n; i++) {
		const struct sb_obs *ob = &obs[refs[i].i];
		struct sb_row *w = &sec->rows[i];

		sb_obs_fmtval(v, sizeof(v), ob->value, ob->value_hi);
		w->indicator = bdup(B, ob->indicator);
		w->region = bdup(B, ob->region);
		w->period = bdup(B, ob->period[0] ? ob->period : "—");
		w->value = bprintf(B, "%s%s%s%s", qual_word(ob->qual),
		    ob->qual == SB_QUAL_TARGET ? " " : "", v, ob->unit);
		w->source = bprintf(B, "%s:%zu", base_name(ob->doc), ob->line);
		w->sentence = bdup(B, ob->sentence);
		sec->rowsz++;
	}
	free(refs);
}

/* The region most observations are about. */
static const char *
main_region(const struct sb_obs *obs, size_t obssz)
{
	size_t		 i, j, best = 0, bestn = 0, n;

	for (i = 0; i < obssz && i < 5000; i++) {
		if (obs[i].region[0] == '\0')
			continue;
		for (j = n = 0; j < obssz && j < 5000; j++)
			n += strcmp(obs[i].region, obs[j].region) == 0;
		if (n > bestn) {
			bestn = n;
			best = i;
		}
	}
	return bestn > 0 ? obs[best].region : "";
}

/* A section heading: the spec's heading, else its name; "" for none. */
static const char *
heading_of(const struct sb_spec_section *sel)
{
	return sel->heading != NULL ? sel->heading : sel->name;
}

/* Append a section with heading h ("" or NULL: none); NULL on ENOMEM. */
static struct sb_section *
new_section(struct bctx *B, struct sb_report *r, const char *h)
{
	struct sb_section *sec;

	sec = sb_report_add_section(r, h != NULL && h[0] != '\0' ? h : NULL);
	if (sec == NULL)
		B->nomem = 1;
	return sec;
}

/* Build the sections one spec section asks for. */
static void
build_section(struct bctx *B, struct sb_report *r,
    const struct sb_spec_section *sel, int from, int to)
{
	struct groups	 G;
	struct sb_section *sec;
	size_t		 i, maxn = sel->max;
	int		 empty;

	if (sel->chart == SB_SPEC_FIGURES) {
		if ((sec = new_section(B, r, heading_of(sel))) == NULL)
			return;
		sec->text = bdup(B, sel->text);
		add_figures(B, sec, sel, from, to, maxn ? maxn : DEF_FIGURES);
		if (sec->rowsz == 0 && sec->text == NULL)
			sec->text = bdup(B, "没有符合条件的数据。");
		return;
	}
	if (gather(B, sel, from, to, &G) != 0)
		return;
	if (sel->chart == SB_SPEC_AUTO) {
		struct groups one;
		size_t	 n = 0;

		/* Each of the longest series as a line chart of its own. */
		if (heading_of(sel)[0] != '\0' || sel->text != NULL) {
			if ((sec = new_section(B, r, heading_of(sel))) == NULL)
				goto out;
			sec->text = bdup(B, sel->text);
		}
		for (i = 0; i < G.n && n < (maxn ? maxn : DEF_AUTO) &&
		    !B->nomem; i++) {
			const struct group *g = &G.v[i];
			char	*nm, *h;

			if (g->ptsz < 2)
				continue;
			nm = group_name(B, g);
			h = bprintf(B, "%s：%s", g->s->region, nm ? nm : "");
			free(nm);
			sec = h != NULL ? new_section(B, r, h) : NULL;
			free(h);
			if (sec == NULL)
				break;
			one.v = &G.v[i];
			one.n = 1;
			sec->chart = line_chart(B, &one, 1);
			if (g->s->has_cagr && g->s->kind == SB_KIND_LEVEL &&
			    g->ptsz == g->s->pointsz)
				sec->text = bprintf(B, "年均变化 %.1f%%（按已有"
				    "年度数据计算）。", g->s->cagr);
			n++;
		}
		goto out;
	}
	if ((sec = new_section(B, r, heading_of(sel))) == NULL)
		goto out;
	sec->text = bdup(B, sel->text);
	empty = 1;
	for (i = 0; i < G.n; i++)
		if (G.v[i].ptsz > 0 || (sel->chart == SB_SPEC_LINE &&
		    G.v[i].tgtsz > 0))
			empty = 0;
	if (empty) {
		if (sec->text == NULL)
			sec->text = bdup(B, "没有符合条件的数据。");
		goto out;
	}
	switch (sel->chart) {
	case SB_SPEC_LINE:
		sec->chart = line_chart(B, &G, maxn ? maxn : DEF_LINES);
		break;
	case SB_SPEC_BAR:
		sec->chart = bar_chart(B, &G, maxn ? maxn : 12);
		break;
	case SB_SPEC_TABLE:
		add_series_table(B, sec, &G, maxn ? maxn : DEF_ROWS);
		break;
	case SB_SPEC_CALLOUTS:
		add_callouts(B, sec, &G, maxn ? maxn : DEF_CALLOUTS);
		break;
	default:
		break;
	}
out:
	groups_free(&G);
}

int
sb_brief_build(const struct sb_obs *obs, size_t obssz, char *const *pubdates,
    const struct sb_serieslist *sl, const struct sb_brief_opts *o,
    struct sb_report **out, struct sb_diag *d)
{
	struct bctx	 B;
	struct sb_report *r = NULL;
	struct sb_spec	*defspec = NULL;
	const struct sb_spec *spec;
	size_t		 i, docs = 0;
	char		 today[32];
	time_t		 now;
	struct tm	 tm;
	const char	*sde;
	int		 rc = SB_ENOMEM;

	memset(&B, 0, sizeof(B));
	B.obs = obs;
	B.obssz = obssz;
	B.pubdates = pubdates;
	B.sl = sl;
	if ((spec = o->spec) == NULL) {
		if ((rc = sb_spec_default(&defspec, d)) != SB_OK)
			goto out;
		spec = defspec;
		rc = SB_ENOMEM;
	}
	if ((r = sb_report_new()) == NULL)
		goto out;
	r->page = spec->page;
	if ((sde = getenv("SOURCE_DATE_EPOCH")) != NULL && *sde != '\0')
		now = (time_t)strtoll(sde, NULL, 10);
	else
		now = time(NULL);
	gmtime_r(&now, &tm);
	strftime(today, sizeof(today), "%Y-%m-%d", &tm);
	for (i = 0; i < obssz; i++)
		if (i == 0 || strcmp(obs[i].doc, obs[i - 1].doc) != 0)
			docs++;
	r->title = o->title != NULL ? bdup(&B, o->title) :
	    spec->title != NULL ? bdup(&B, spec->title) :
	    bprintf(&B, "%s统计简报", main_region(obs, obssz));
	r->subtitle = o->subtitle != NULL ? bdup(&B, o->subtitle) :
	    spec->subtitle != NULL ? bdup(&B, spec->subtitle) :
	    bprintf(&B, "据 %zu 篇文章中的 %zu 项数据整理", docs, obssz);
	r->date = bdup(&B, o->date != NULL ? o->date : spec->date != NULL ?
	    spec->date : today);
	for (i = 0; i < spec->sectionsz && !B.nomem; i++) {
		const struct sb_spec_section *sel = &spec->sections[i];

		build_section(&B, r, sel, sel->from ? sel->from : spec->from,
		    sel->to ? sel->to : spec->to);
	}
	if (obssz == 0 && r->sectionsz > 0 && r->sections[0].text == NULL)
		r->sections[0].text = bdup(&B, "没有找到数据。");
	if (B.nomem)
		goto out;
	*out = r;
	r = NULL;
	rc = SB_OK;
out:
	sb_spec_free(defspec);
	sb_report_free(r);
	if (rc == SB_ENOMEM)
		sb_diag_set(d, rc, "out of memory");
	return rc;
}

int
sb_brief_chart(const struct sb_obs *obs, size_t obssz, char *const *pubdates,
    const struct sb_serieslist *sl, const struct sb_spec_section *sel,
    int from, int to, struct sb_chart **out, struct sb_diag *d)
{
	struct bctx	 B;
	struct groups	 G;
	struct sb_chart	*c = NULL;
	int		 rc = SB_ENOMEM;

	memset(&B, 0, sizeof(B));
	B.obs = obs;
	B.obssz = obssz;
	B.pubdates = pubdates;
	B.sl = sl;
	if (gather(&B, sel, sel->from ? sel->from : from,
	    sel->to ? sel->to : to, &G) != 0)
		goto out;
	if (G.n == 0) {
		groups_free(&G);
		rc = sb_diag_set(d, SB_ENOENT, "no series of %s%s%s on a time "
		    "axis", sel->indicatorsz > 0 ? sel->indicators[0] :
		    "any indicator", sel->regionsz > 0 ? " in " : "",
		    sel->regionsz > 0 ? sel->regions[0] : "");
		goto out;
	}
	c = line_chart(&B, &G, sel->max ? sel->max : DEF_LINES);
	groups_free(&G);
	if (c == NULL || B.nomem)
		goto out;
	*out = c;
	c = NULL;
	rc = SB_OK;
out:
	sb_chart_free(c);
	if (rc == SB_ENOMEM)
		sb_diag_set(d, rc, "out of memory");
	return rc;
}
