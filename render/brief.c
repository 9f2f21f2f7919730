/*
 * The brief builder (see brief.h).  Plain data in, plain data out: the
 * report model it returns holds copies, nothing borrowed.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "brief.h"

void
sb_brief_defaults(struct sb_brief_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->page = SB_PAGE_A4;
	o->maxlines = 4;
	o->maxrows = 40;
}

static char *
xprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static char *
xprintf(const char *fmt, ...)
{
	va_list	 ap;
	char	*s = NULL;
	int	 n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || (s = malloc((size_t)n + 1)) == NULL)
		return NULL;
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return s;
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

/* Display unit and divisor for values in base unit with maximum max. */
static const char *
display_unit(const char *base, double max, double *div)
{
	*div = 1;
	if (strcmp(base, "元") == 0) {
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
	if (strcmp(base, "人") == 0 && max >= 1e5) {
		*div = 1e4;
		return "万人";
	}
	return base;
}

static const char *
base_name(const char *path)
{
	const char	*s = strrchr(path, '/');

	return s != NULL ? s + 1 : path;
}

static int
wanted(const struct sb_brief_opts *o, const char *id, const char *name,
    const char *region)
{
	size_t	 i;
	int	 ok = o->indicatorsz == 0;

	for (i = 0; i < o->indicatorsz && !ok; i++)
		ok = strcmp(o->indicators[i], id) == 0 ||
		    strcmp(o->indicators[i], name) == 0;
	if (!ok)
		return 0;
	if (o->regionsz == 0)
		return 1;
	for (i = 0; i < o->regionsz; i++)
		if (strcmp(o->regions[i], region) == 0)
			return 1;
	return 0;
}

/* Charted points with distinct x: how long a line the series makes. */
static size_t
charted(const struct sb_series *s)
{
	size_t	 i, n = 0;
	double	 lastx = -1e9;

	for (i = 0; i < s->pointsz; i++)
		if ((s->points[i].flags & SB_SPOINT_CHARTED) &&
		    (s->points[i].per.gran == SB_GRAN_YEAR ||
		    s->points[i].per.gran == SB_GRAN_MONTHS ||
		    s->points[i].per.gran == SB_GRAN_HALF ||
		    s->points[i].per.gran == SB_GRAN_QUARTER) &&
		    isfinite(s->points[i].value) &&
		    (n == 0 || s->points[i].x != lastx || 1)) {
			n++;
			lastx = s->points[i].x;
		}
	return n;
}

/* Fill line ln from the charted points of s, values divided by div. */
static int
fill_line(struct sb_line *ln, const struct sb_series *s, double div,
    unsigned int extra)
{
	size_t	 i, n = 0;
	char	 lab[64];

	ln->points = calloc(s->pointsz, sizeof(*ln->points));
	if (s->pointsz > 0 && ln->points == NULL)
		return -1;
	for (i = 0; i < s->pointsz; i++) {
		const struct sb_spoint *p = &s->points[i];
		struct sb_point *q = &ln->points[n];

		if (!(p->flags & SB_SPOINT_CHARTED) || !isfinite(p->value) ||
		    !(p->per.gran == SB_GRAN_YEAR ||
		    p->per.gran == SB_GRAN_MONTHS ||
		    p->per.gran == SB_GRAN_HALF ||
		    p->per.gran == SB_GRAN_QUARTER))
			continue;
		sb_brief_period_label(&p->per, lab, sizeof(lab));
		if ((q->label = strdup(lab)) == NULL)
			return -1;
		q->x = p->x;
		q->value = p->value / div;
		q->flags = extra;
		if (p->flags & SB_SPOINT_PARTIAL)
			q->flags |= SB_POINT_PARTIAL;
		if (p->qual == SB_QUAL_APPROX || p->qual == SB_QUAL_OVER ||
		    p->qual == SB_QUAL_UNDER)
			q->flags |= SB_POINT_APPROX;
		n++;
	}
	ln->pointsz = n;
	return 0;
}

/* The source line: the articles behind the charted points. */
static char *
source_line(const struct sb_obs *obs, char *const *pubdates,
    const struct sb_series *s)
{
	char	 buf[1024];
	size_t	 i, j, n = 0, len;
	const char *seen[16];

	len = (size_t)snprintf(buf, sizeof(buf), "来源：");
	for (i = 0; i < s->pointsz && len < sizeof(buf) - 80; i++) {
		const struct sb_spoint *p = &s->points[i];

		if (!(p->flags & SB_SPOINT_CHARTED))
			continue;
		for (j = 0; j < p->srcsz && len < sizeof(buf) - 80; j++) {
			const struct sb_obs *o = &obs[p->srcs[j]];
			size_t	 k;

			for (k = 0; k < n; k++)
				if (strcmp(seen[k], o->doc) == 0)
					break;
			if (k < n || n == 16)
				continue;
			seen[n++] = o->doc;
			len += (size_t)snprintf(buf + len, sizeof(buf) - len,
			    "%s%s%s%s%s", n > 1 ? "；" : "",
			    base_name(o->doc),
			    pubdates != NULL && pubdates[p->srcs[j]][0] ?
			    "（" : "",
			    pubdates != NULL ? pubdates[p->srcs[j]] : "",
			    pubdates != NULL && pubdates[p->srcs[j]][0] ?
			    "）" : "");
		}
	}
	return strdup(buf);
}

static double
series_max(const struct sb_series *s)
{
	double	 m = 0;
	size_t	 i;

	for (i = 0; i < s->pointsz; i++)
		if (isfinite(s->points[i].value) && fabs(s->points[i].value) > m)
			m = fabs(s->points[i].value);
	return m;
}

/* Score for choosing which series to chart: longer, lexicon, home. */
static double
series_score(const struct sb_series *s)
{
	double	 sc = (double)charted(s) * 10;

	if (strncmp(s->indicator_id, "np:", 3) != 0)
		sc += 15;
	if (s->kind == SB_KIND_LEVEL)
		sc += 3;
	return sc;
}

static struct sb_chart *
line_chart(const struct sb_obs *obs, char *const *pubdates,
    const struct sb_serieslist *sl, size_t si)
{
	const struct sb_series *s = &sl->series[si];
	struct sb_chart	*c;
	double		 div, max = series_max(s);
	const char	*unit;
	size_t		 j;

	if ((c = calloc(1, sizeof(*c))) == NULL)
		return NULL;
	c->type = SB_CHART_LINE;
	/* The goals of the same indicator, drawn dashed beside it. */
	for (j = 0; j < sl->seriessz; j++)
		if (sl->series[j].target && strcmp(sl->series[j].indicator_id,
		    s->indicator_id) == 0 && strcmp(sl->series[j].region,
		    s->region) == 0 && strcmp(sl->series[j].base_unit,
		    s->base_unit) == 0 && series_max(&sl->series[j]) > max)
			max = series_max(&sl->series[j]);
	unit = display_unit(s->base_unit, max, &div);
	c->title = s->kind == SB_KIND_GROWTH ? xprintf("%s %s（%%）",
	    s->region, s->indicator) : xprintf("%s %s", s->region,
	    s->indicator);
	c->unit = strdup(unit);
	c->source = source_line(obs, pubdates, s);
	if ((c->lines = calloc(2, sizeof(*c->lines))) == NULL)
		goto fail;
	c->linesz = 1;
	c->lines[0].name = strdup("实际");
	if (fill_line(&c->lines[0], s, div, 0) != 0)
		goto fail;
	for (j = 0; j < sl->seriessz; j++)
		if (sl->series[j].target && strcmp(sl->series[j].indicator_id,
		    s->indicator_id) == 0 && strcmp(sl->series[j].region,
		    s->region) == 0 && strcmp(sl->series[j].base_unit,
		    s->base_unit) == 0) {
			c->lines[1].name = strdup("目标");
			if (fill_line(&c->lines[1], &sl->series[j], div,
			    SB_POINT_TARGET) != 0)
				goto fail;
			c->linesz = 2;
			break;
		}
	if (c->title == NULL || c->unit == NULL || c->source == NULL)
		goto fail;
	return c;
fail:
	/* Freed with its section by sb_report_free; here it is not yet in one. */
	for (j = 0; j < 2 && c->lines != NULL; j++) {
		size_t	 k;

		for (k = 0; k < c->lines[j].pointsz; k++)
			free(c->lines[j].points[k].label);
		free(c->lines[j].points);
		free(c->lines[j].name);
	}
	free(c->lines);
	free(c->title);
	free(c->unit);
	free(c->source);
	free(c);
	return NULL;
}

/*
 * A bar chart comparing regions: the indicator and period reported for
 * the most regions.  Without one, the periods of the best series.
 */
static struct sb_chart *
bar_chart(const struct sb_obs *obs, char *const *pubdates,
    const struct sb_serieslist *sl, const struct sb_brief_opts *o,
    size_t fallback)
{
	struct sb_chart	*c;
	size_t		 i, j, k, best = 0, bestn = 0, bestk = 0, n, m;
	double		 div, max = 0;
	const char	*unit;
	char		 lab[64];

	/* Count regions per (series id, unit, kind, period). */
	for (i = 0; i < sl->seriessz; i++) {
		const struct sb_series *s = &sl->series[i];

		if (s->target || !wanted(o, s->indicator_id, s->indicator,
		    s->region))
			continue;
		for (k = 0; k < s->pointsz; k++) {
			if (!(s->points[k].flags & SB_SPOINT_CHARTED))
				continue;
			n = 0;
			for (j = 0; j < sl->seriessz; j++) {
				const struct sb_series *t = &sl->series[j];

				if (t->target || t->kind != s->kind ||
				    strcmp(t->indicator_id, s->indicator_id) ||
				    strcmp(t->base_unit, s->base_unit))
					continue;
				for (m = 0; m < t->pointsz; m++)
					if ((t->points[m].flags &
					    SB_SPOINT_CHARTED) && strcmp(
					    t->points[m].period,
					    s->points[k].period) == 0)
						n++;
			}
			if (n > bestn) {
				bestn = n;
				best = i;
				bestk = k;
			}
		}
	}
	if ((c = calloc(1, sizeof(*c))) == NULL)
		return NULL;
	c->type = SB_CHART_BAR;
	if ((c->lines = calloc(1, sizeof(*c->lines))) == NULL) {
		free(c);
		return NULL;
	}
	c->linesz = 1;
	if (bestn >= 2) {
		const struct sb_series *s = &sl->series[best];
		const char *period = s->points[bestk].period;

		c->lines[0].points = calloc(bestn, sizeof(struct sb_point));
		for (j = 0; j < sl->seriessz && c->lines[0].points; j++) {
			const struct sb_series *t = &sl->series[j];

			if (t->target || t->kind != s->kind ||
			    strcmp(t->indicator_id, s->indicator_id) ||
			    strcmp(t->base_unit, s->base_unit))
				continue;
			for (m = 0; m < t->pointsz; m++)
				if ((t->points[m].flags & SB_SPOINT_CHARTED) &&
				    strcmp(t->points[m].period, period) == 0 &&
				    c->lines[0].pointsz < bestn) {
					struct sb_point *q = &c->lines[0].points[
					    c->lines[0].pointsz];

					q->label = strdup(t->region);
					q->x = (double)c->lines[0].pointsz;
					q->value = t->points[m].value;
					if (fabs(q->value) > max)
						max = fabs(q->value);
					c->lines[0].pointsz++;
				}
		}
		unit = display_unit(s->base_unit, max, &div);
		for (j = 0; j < c->lines[0].pointsz; j++)
			c->lines[0].points[j].value /= div;
		sb_brief_period_label(&s->points[bestk].per, lab, sizeof(lab));
		c->title = xprintf("%s（%s，分地区）", s->indicator, lab);
		c->unit = strdup(unit);
		c->source = source_line(obs, pubdates, s);
	} else {
		const struct sb_series *s = &sl->series[fallback];

		unit = display_unit(s->base_unit, series_max(s), &div);
		fill_line(&c->lines[0], s, div, 0);
		for (j = 0; j < c->lines[0].pointsz; j++)
			c->lines[0].points[j].x = (double)j;
		c->title = xprintf("%s %s（按期）", s->region, s->indicator);
		c->unit = strdup(unit);
		c->source = source_line(obs, pubdates, s);
	}
	return c;
}

/* Order of table rows: lexicon indicators first, then newest. */
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

static int
add_table(struct sb_section *sec, const struct sb_obs *obs, size_t obssz,
    char *const *pubdates, const struct sb_brief_opts *o)
{
	struct rowref	*refs;
	size_t		 i, n = 0;
	char		 v[128];

	if ((refs = calloc(obssz ? obssz : 1, sizeof(*refs))) == NULL)
		return -1;
	for (i = 0; i < obssz; i++) {
		if (!wanted(o, obs[i].indicator_id, obs[i].indicator,
		    obs[i].region) || obs[i].indicator[0] == '\0')
			continue;
		refs[n].i = i;
		refs[n].lex = strncmp(obs[i].indicator_id, "np:", 3) != 0;
		refs[n].pub = pubdates != NULL ? pubdates[i] : "";
		n++;
	}
	qsort(refs, n, sizeof(*refs), cmp_rowref);
	if (n > o->maxrows)
		n = o->maxrows;
	if ((sec->rows = calloc(n ? n : 1, sizeof(*sec->rows))) == NULL) {
		free(refs);
		return -1;
	}
	for (i = 0; i < n; i++) {
		const struct sb_obs *ob = &obs[refs[i].i];
		struct sb_row *w = &sec->rows[i];

		sb_obs_fmtval(v, sizeof(v), ob->value, ob->value_hi);
		w->indicator = strdup(ob->indicator);
		w->region = strdup(ob->region);
		w->period = strdup(ob->period[0] ? ob->period : "—");
		w->value = xprintf("%s%s%s", ob->qual == SB_QUAL_APPROX ? "约" :
		    ob->qual == SB_QUAL_OVER ? "超" : ob->qual ==
		    SB_QUAL_UNDER ? "近" : ob->qual == SB_QUAL_TARGET ?
		    "目标 " : "", v, ob->unit);
		w->source = xprintf("%s:%zu", base_name(ob->doc), ob->line);
		w->sentence = strdup(ob->sentence);
		sec->rowsz++;
		if (!w->indicator || !w->region || !w->period || !w->value ||
		    !w->source || !w->sentence) {
			free(refs);
			return -1;
		}
	}
	free(refs);
	return 0;
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

int
sb_brief_build(const struct sb_obs *obs, size_t obssz, char *const *pubdates,
    const struct sb_serieslist *sl, const struct sb_brief_opts *o,
    struct sb_report **out, struct sb_diag *d)
{
	struct sb_report *r;
	struct sb_section *sec;
	size_t		*order = NULL, i, j, n = 0, docs = 0;
	char		 today[32];
	time_t		 now;
	struct tm	 tm;
	const char	*sde;
	int		 rc = SB_ENOMEM;

	if ((r = sb_report_new()) == NULL)
		return sb_diag_set(d, SB_ENOMEM, "out of memory");
	r->page = o->page;
	if ((sde = getenv("SOURCE_DATE_EPOCH")) != NULL && *sde != '\0')
		now = (time_t)strtoll(sde, NULL, 10);
	else
		now = time(NULL);
	gmtime_r(&now, &tm);
	strftime(today, sizeof(today), "%Y-%m-%d", &tm);
	for (i = 0; i < obssz; i++)
		if (i == 0 || strcmp(obs[i].doc, obs[i - 1].doc) != 0)
			docs++;
	r->title = o->title != NULL ? strdup(o->title) :
	    xprintf("%s统计简报", main_region(obs, obssz));
	r->subtitle = o->subtitle != NULL ? strdup(o->subtitle) :
	    xprintf("据 %zu 篇文章中的 %zu 项数据整理", docs, obssz);
	r->date = strdup(o->date != NULL ? o->date : today);
	if (r->title == NULL || r->subtitle == NULL || r->date == NULL)
		goto out;

	/* Line charts for the best series, best first. */
	if ((order = calloc(sl->seriessz ? sl->seriessz : 1,
	    sizeof(*order))) == NULL)
		goto out;
	for (i = 0; i < sl->seriessz; i++) {
		const struct sb_series *s = &sl->series[i];

		if (s->target || charted(s) < 2 ||
		    !wanted(o, s->indicator_id, s->indicator, s->region))
			continue;
		order[n++] = i;
	}
	for (i = 1; i < n; i++)		/* insertion sort by score */
		for (j = i; j > 0 && series_score(&sl->series[order[j]]) >
		    series_score(&sl->series[order[j - 1]]); j--) {
			size_t	 t = order[j];

			order[j] = order[j - 1];
			order[j - 1] = t;
		}
	for (i = 0; i < n && i < o->maxlines; i++) {
		const struct sb_series *s = &sl->series[order[i]];
		char	*h = xprintf("%s：%s", s->region, s->indicator);

		sec = h != NULL ? sb_report_add_section(r, h) : NULL;
		free(h);
		if (sec == NULL || (sec->chart = line_chart(obs, pubdates, sl,
		    order[i])) == NULL)
			goto out;
		if (s->has_cagr)
			sec->text = xprintf("年均变化 %.1f%%（按已有年度数据"
			    "计算）。", s->cagr);
	}
	if (n > 0) {
		if ((sec = sb_report_add_section(r, "地区与时期比较")) == NULL ||
		    (sec->chart = bar_chart(obs, pubdates, sl, o,
		    order[0])) == NULL)
			goto out;
	}
	if ((sec = sb_report_add_section(r, "关键数据")) == NULL)
		goto out;
	if (obssz == 0 && (sec->text = strdup("没有找到数据。")) == NULL)
		goto out;
	if (add_table(sec, obs, obssz, pubdates, o) != 0)
		goto out;
	*out = r;
	r = NULL;
	rc = SB_OK;
out:
	free(order);
	sb_report_free(r);
	if (rc != SB_OK)
		sb_diag_set(d, rc, "out of memory");
	return rc;
}
