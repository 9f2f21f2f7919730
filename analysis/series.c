/*
 * Series building (see series.h).
 *
 * Observations whose indicator comes from the lexicon group by its id;
 * those named by their noun phrase ("np:...") join a series of the same
 * region, unit and kind whose name is similar enough (one contains the
 * other, or character-bigram Dice >= 0.5), so "谋划90个项目" and "谋划项目
 * 90个" meet.  Within a series, points with the same period and value
 * merge, and so does a bounded figure with the exact one it rounds
 * (突破8亿元 with 8.8亿元, 39万余元 with 390936.46元); other values for one
 * period are a conflict.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "series.h"
#include "text.h"

int
sb_period_parse(const char *s, struct sb_period *per)
{
	int	 y1, m1, y2, m2, n = 0;
	char	 c;

	memset(per, 0, sizeof(*per));
	if (*s == '\0')
		return -1;
	if (sscanf(s, "%4d-%2d..%4d-%2d%n", &y1, &m1, &y2, &m2, &n) == 4 &&
	    s[n] == '\0') {
		per->gran = SB_GRAN_MONTHS;
		per->y1 = y1;
		per->m1 = m1;
		per->y2 = y2;
		per->m2 = m2;
	} else if (sscanf(s, "%4d..%4d%n", &y1, &y2, &n) == 2 && s[n] == '\0') {
		per->gran = SB_GRAN_YEARS;
		per->y1 = y1;
		per->y2 = y2;
	} else if (sscanf(s, "%4d-%c%d%n", &y1, &c, &m1, &n) == 3 &&
	    s[n] == '\0' && (c == 'Q' || c == 'H')) {
		per->gran = c == 'Q' ? SB_GRAN_QUARTER : SB_GRAN_HALF;
		per->y1 = y1;
		per->m1 = m1;
	} else if (sscanf(s, "%4d-%2d%n", &y1, &m1, &n) == 2 && s[n] == '\0') {
		per->gran = SB_GRAN_MONTH;
		per->y1 = y1;
		per->m1 = m1;
	} else if (sscanf(s, "%4d%n", &y1, &n) == 1 && s[n] == '\0') {
		per->gran = SB_GRAN_YEAR;
		per->y1 = y1;
	} else
		return -1;
	return 0;
}

/* Time position of a period, and whether it is part of a year. */
static double
period_x(const struct sb_period *p, int *partial)
{
	*partial = 0;
	switch (p->gran) {
	case SB_GRAN_YEAR:
		return p->y1;
	case SB_GRAN_YEARS:
		return p->y2;
	case SB_GRAN_HALF:
		*partial = 1;
		return p->y1 + (p->m1 == 1 ? 0.0 : 0.5);
	case SB_GRAN_QUARTER:
		*partial = 1;
		return p->y1 + (p->m1 - 1) * 0.25;
	case SB_GRAN_MONTHS:
		/* Jan-Aug of a year stands at that year, drawn as partial. */
		*partial = !(p->m1 == 1 && p->m2 == 12);
		return p->y2;
	case SB_GRAN_MONTH:
		*partial = 1;
		return p->y1 + (p->m1 - 1) / 12.0;
	default:
		return 0;
	}
}

/* Character bigrams of s as code-point pairs. */
static size_t
bigrams(const char *s, uint64_t *out, size_t max)
{
	uint32_t	 prev = 0, cp;
	size_t		 n = 0, len = strlen(s);
	int		 l, have = 0;

	while (len > 0 && n < max) {
		if ((l = sb_utf8_decode((const unsigned char *)s, len,
		    &cp)) <= 0)
			l = 1, cp = (unsigned char)*s;
		if (have)
			out[n++] = ((uint64_t)prev << 32) | cp;
		prev = cp;
		have = 1;
		s += l;
		len -= (size_t)l;
	}
	return n;
}

/* Copy s without ASCII digits, spaces and number punctuation. */
static void
letters(const char *s, char *buf, size_t bufsz)
{
	size_t	 n = 0;

	for (; *s != '\0' && n + 1 < bufsz; s++)
		if (!(*s >= '0' && *s <= '9') && *s != '.' && *s != ',' &&
		    *s != ' ')
			buf[n++] = *s;
	buf[n] = '\0';
}

double
sb_series_similar(const char *a0, const char *b0)
{
	uint64_t	 x[128], y[128];
	size_t		 nx, ny, i, j, common = 0;
	int		 used[128];
	char		 a[512], b[512];

	/* "谋划90个项目" and "谋划项目" name the same thing. */
	letters(a0, a, sizeof(a));
	letters(b0, b, sizeof(b));
	if (*a == '\0' || *b == '\0')
		return 0;
	if (strstr(a, b) != NULL || strstr(b, a) != NULL)
		return 1;
	nx = bigrams(a, x, 128);
	ny = bigrams(b, y, 128);
	if (nx + ny == 0)
		return 0;
	memset(used, 0, sizeof(used));
	for (i = 0; i < nx; i++)
		for (j = 0; j < ny; j++)
			if (!used[j] && x[i] == y[j]) {
				used[j] = 1;
				common++;
				break;
			}
	return 2.0 * (double)common / (double)(nx + ny);
}

static int
same_group(const struct sb_series *s, const struct sb_obs *o, int target)
{
	int	 npa, npb;

	if (s->kind != o->kind || s->target != target ||
	    strcmp(s->region, o->region) != 0 ||
	    strcmp(s->base_unit, o->base_unit) != 0)
		return 0;
	if (strcmp(s->indicator_id, o->indicator_id) == 0)
		return 1;
	npa = strncmp(s->indicator_id, "np:", 3) == 0;
	npb = strncmp(o->indicator_id, "np:", 3) == 0;
	if (!npa && !npb)
		return 0;
	return sb_series_similar(s->indicator, o->indicator) >= 0.5;
}

static int
add_src(struct sb_spoint *p, size_t i)
{
	size_t	*ns;

	if ((ns = reallocarray(p->srcs, p->srcsz + 1, sizeof(*ns))) == NULL)
		return -1;
	p->srcs = ns;
	p->srcs[p->srcsz++] = i;
	return 0;
}

static int
cmp_size(const void *a, const void *b)
{
	size_t	 x = *(const size_t *)a, y = *(const size_t *)b;

	return x < y ? -1 : x > y;
}

static int
cmp_point(const void *a, const void *b)
{
	const struct sb_spoint *p = a, *q = b;
	int	 c;

	if (p->x != q->x)
		return p->x < q->x ? -1 : 1;
	if (p->per.gran != q->per.gran)
		return p->per.gran < q->per.gran ? -1 : 1;
	if ((c = strcmp(p->period, q->period)) != 0)
		return c;
	if (p->value != q->value)
		return p->value < q->value ? -1 : 1;
	return 0;
}

/* Is point p preferred over q for charting (see series.h)? */
static int
better(const struct sb_spoint *p, const struct sb_spoint *q)
{
	int	 pe = p->qual == SB_QUAL_EXACT, qe = q->qual == SB_QUAL_EXACT;
	int	 c;

	if (pe != qe)
		return pe;
	if ((c = strcmp(p->pubdate, q->pubdate)) != 0)
		return c > 0;
	return p->srcs[0] < q->srcs[0];
}

/* Flag conflicts and choose the charted point of each period. */
static void
resolve(struct sb_series *s)
{
	size_t	 i, j, best;

	for (i = 0; i < s->pointsz; i = j) {
		best = i;
		for (j = i + 1; j < s->pointsz &&
		    strcmp(s->points[j].period, s->points[i].period) == 0; j++)
			if (better(&s->points[j], &s->points[best]))
				best = j;
		if (j - i > 1)
			for (size_t k = i; k < j; k++)
				s->points[k].flags |= SB_SPOINT_CONFLICT;
		s->points[best].flags |= SB_SPOINT_CHARTED;
	}
}

/*
 * The place value of the last significant digit of x: 8e8 -> 1e8,
 * 390000 -> 1e4, 8.5 -> 0.1.  A bounded figure (突破8亿, 39万余) is
 * rounded to it.
 */
static double
last_digit(double x)
{
	double	 u;

	if (!(x > 0) || !isfinite(x))
		return 0;
	for (u = pow(10, floor(log10(x))); u > 1e-6; u /= 10) {
		double r = fmod(x, u);

		if (r <= 1e-9 * x || u - r <= 1e-9 * x)
			return u;
	}
	return 0;
}

/*
 * Does a bounded figure b (over or under, not a range) tell the same fact
 * as the exact value v?  "Over X" (突破8亿元, 39万余元) holds for X <= v <
 * X + u and "under X" (近30万) for X - u < v <= X, u being the place of
 * X's last significant digit: writers round toward the bound.  Approximate
 * figures (约, 左右) are not merged: they stay a flagged conflict.
 */
static int
bound_holds(const struct sb_spoint *b, double v)
{
	double	 x = b->value, u = last_digit(b->value);

	if (u == 0 || b->value != b->value_hi)
		return 0;
	if (b->qual == SB_QUAL_OVER)
		return v >= x * (1 - 1e-12) && v < x + u;
	if (b->qual == SB_QUAL_UNDER)
		return v <= x * (1 + 1e-12) && v > x - u;
	return 0;
}

/*
 * Point i of s joins point e (of s or another series): its sources and
 * latest publication date go to e, and it leaves s.  -1 on ENOMEM.
 */
static int
move_point(struct sb_series *s, size_t i, struct sb_spoint *e)
{
	struct sb_spoint *b = &s->points[i];
	size_t		 k;

	for (k = 0; k < b->srcsz; k++)
		if (add_src(e, b->srcs[k]) != 0)
			return -1;
	if (strcmp(b->pubdate, e->pubdate) > 0)
		memcpy(e->pubdate, b->pubdate, sizeof(b->pubdate));
	qsort(e->srcs, e->srcsz, sizeof(size_t), cmp_size);
	free(b->period);
	free(b->srcs);
	memmove(b, b + 1, (s->pointsz - i - 1) * sizeof(*b));
	s->pointsz--;
	return 0;
}

/*
 * Merge each bounded point into the exact point of the same period it
 * agrees with (the nearest, if several do): its sources join that point.
 * Returns -1 when out of memory.
 */
static int
absorb_bounds(struct sb_series *s)
{
	size_t	 i, j, best;
	double	 dist, bd;

	for (i = 0; i < s->pointsz; ) {
		struct sb_spoint *b = &s->points[i];

		best = s->pointsz;
		bd = HUGE_VAL;
		if (b->qual == SB_QUAL_OVER || b->qual == SB_QUAL_UNDER)
			for (j = 0; j < s->pointsz; j++) {
				struct sb_spoint *e = &s->points[j];

				if (j == i || e->qual != SB_QUAL_EXACT ||
				    e->value != e->value_hi ||
				    strcmp(e->period, b->period) != 0 ||
				    !bound_holds(b, e->value))
					continue;
				dist = fabs(e->value - b->value);
				if (dist < bd) {
					bd = dist;
					best = j;
				}
			}
		if (best == s->pointsz) {
			i++;
			continue;
		}
		if (move_point(s, i, &s->points[best]) != 0)
			return -1;
	}
	return 0;
}

/*
 * Is the exact value v a restatement of the bounded point b: b written
 * with two significant digits at least (39万余, not 近亿), v within its
 * bound and written with two digits more (390936.46, not 8.8亿 of
 * 突破8亿)?  Then a chance match of two different figures is unlikely.
 */
static int
restates(const struct sb_spoint *b, double v)
{
	double	 ub = last_digit(b->value), uv = last_digit(v);

	return bound_holds(b, v) && b->value >= 10 * ub && uv > 0 &&
	    uv * 100 <= ub;
}

/* Do points p and q cite a common document? */
static int
same_doc(const struct sb_obs *obs, const struct sb_spoint *p,
    const struct sb_spoint *q)
{
	size_t	 i, j;

	for (i = 0; i < p->srcsz; i++)
		for (j = 0; j < q->srcsz; j++)
			if (strcmp(obs[p->srcs[i]].doc, obs[q->srcs[j]].doc) == 0)
				return 1;
	return 0;
}

/* Order of series that may restate each other: region, unit, kind, target. */
static int
cmp_restate(const void *x, const void *y)
{
	const struct sb_series *a = *(struct sb_series *const *)x;
	const struct sb_series *b = *(struct sb_series *const *)y;
	int	 c;

	if ((c = strcmp(a->region, b->region)) != 0 ||
	    (c = strcmp(a->base_unit, b->base_unit)) != 0)
		return c;
	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	return (a->target > b->target) - (a->target < b->target);
}

/*
 * The exact point of the series grp[g0..g1) but grp[x] that the bounded
 * point p restates in one of its articles, or NULL.
 */
static struct sb_spoint *
restated_in(struct sb_series *const *grp, size_t g0, size_t g1, size_t x,
    const struct sb_spoint *p, const struct sb_obs *obs)
{
	size_t	 y, j;

	for (y = g0; y < g1; y++) {
		struct sb_series *sb = grp[y];

		for (j = 0; y != x && j < sb->pointsz; j++) {
			struct sb_spoint *q = &sb->points[j];

			if (q->qual == SB_QUAL_EXACT && q->value == q->value_hi &&
			    strcmp(q->period, p->period) == 0 &&
			    restates(p, q->value) && same_doc(obs, p, q))
				return q;
		}
	}
	return NULL;
}

/*
 * An article may round a figure in its lead and give it exactly further
 * on, naming it differently each time (捐赠价值39万余元 … 药械物资价值
 * 折合人民币390936.46元).  A bounded point of a series named by its noun
 * phrase joins the exact point of another such series of the same
 * region, unit, kind and period when both come from one article and the
 * exact value restates the bound (restates()).  Series left empty go.
 * Returns -1 when out of memory.
 */
static int
restatements(struct sb_serieslist *sl, const struct sb_obs *obs)
{
	struct sb_series **grp;
	struct sb_spoint *into;
	size_t		 n = 0, g0, g1, x, i, a, b;

	/* Only series of the same region, unit, kind and target can: each
	 * group of them, sorted together, is searched on its own. */
	if ((grp = reallocarray(NULL, sl->seriessz + 1, sizeof(*grp))) == NULL)
		return -1;
	for (a = 0; a < sl->seriessz; a++)
		if (strncmp(sl->series[a].indicator_id, "np:", 3) == 0)
			grp[n++] = &sl->series[a];
	qsort(grp, n, sizeof(*grp), cmp_restate);
	for (g0 = 0; g0 < n; g0 = g1) {
		for (g1 = g0 + 1; g1 < n && cmp_restate(&grp[g0], &grp[g1]) == 0;
		    g1++)
			;
		for (x = g0; g1 - g0 > 1 && x < g1; x++) {
			struct sb_series *sa = grp[x];

			for (i = 0; i < sa->pointsz; ) {
				const struct sb_spoint *p = &sa->points[i];

				if ((p->qual != SB_QUAL_OVER &&
				    p->qual != SB_QUAL_UNDER) || (into =
				    restated_in(grp, g0, g1, x, p, obs)) == NULL)
					i++;
				else if (move_point(sa, i, into) != 0) {
					free(grp);
					return -1;
				}
			}
		}
	}
	free(grp);
	/* Drop the series whose points all went elsewhere. */
	for (a = b = 0; a < sl->seriessz; a++) {
		struct sb_series *sa = &sl->series[a];

		if (sa->pointsz == 0) {
			free(sa->points);
			free(sa->indicator);
			free(sa->indicator_id);
			free(sa->region);
			free(sa->base_unit);
			continue;
		}
		sl->series[b++] = *sa;
	}
	sl->seriessz = b;
	return 0;
}

/* Year-on-year growth between charted annual points, and the CAGR. */
static void
derive(struct sb_series *s)
{
	struct sb_spoint *prev = NULL, *first = NULL, *last = NULL;
	size_t	 i;

	if (s->kind != SB_KIND_LEVEL && s->kind != SB_KIND_COUNT)
		return;
	for (i = 0; i < s->pointsz; i++) {
		struct sb_spoint *p = &s->points[i];

		if (!(p->flags & SB_SPOINT_CHARTED) ||
		    p->per.gran != SB_GRAN_YEAR || p->value <= 0)
			continue;
		if (prev != NULL && p->per.y1 == prev->per.y1 + 1) {
			p->yoy = (p->value / prev->value - 1) * 100;
			p->flags |= SB_SPOINT_HAS_YOY;
		}
		if (first == NULL)
			first = p;
		last = p;
		prev = p;
	}
	if (first != NULL && last != first && last->per.y1 > first->per.y1) {
		s->cagr = (pow(last->value / first->value, 1.0 /
		    (last->per.y1 - first->per.y1)) - 1) * 100;
		s->has_cagr = 1;
	}
}

/*
 * Attach stated growth (a growth series of the same indicator and
 * region) to the level points and flag gaps over half a point.
 */
static void
check_growth(struct sb_serieslist *sl)
{
	size_t	 i, j, a, b;
	size_t	 l;

	for (i = 0; i < sl->seriessz; i++) {
		struct sb_series *g = &sl->series[i];

		if (g->kind != SB_KIND_GROWTH || g->target)
			continue;
		for (j = 0; j < sl->seriessz; j++) {
			struct sb_series *s = &sl->series[j];

			if (s->kind == SB_KIND_GROWTH || s->target ||
			    strcmp(s->region, g->region) != 0)
				continue;
			l = strlen(s->indicator_id);
			if (strncmp(g->indicator_id, s->indicator_id, l) != 0 ||
			    (g->indicator_id[l] != '\0' &&
			    g->indicator_id[l] != ':'))
				continue;
			for (a = 0; a < g->pointsz; a++)
				for (b = 0; b < s->pointsz; b++) {
					struct sb_spoint *gp = &g->points[a],
					    *sp = &s->points[b];

					if (strcmp(gp->period, sp->period) != 0 ||
					    !(sp->flags & SB_SPOINT_CHARTED))
						continue;
					sp->stated = gp->value;
					sp->flags |= SB_SPOINT_HAS_STATED;
					if ((sp->flags & SB_SPOINT_HAS_YOY) &&
					    fabs(sp->yoy - gp->value) > 0.5)
						sp->flags |=
						    SB_SPOINT_GROWTH_GAP;
				}
		}
	}
}

/*
 * Series by region, unit, kind and target, so an observation is held
 * against the few series it can join, not all of them: a hash table of
 * groups, each the series of one such key in the order they were made.
 */
struct group {
	uint64_t	 h;		/* hash of the key; 0: free slot */
	size_t		*ids;		/* series indices */
	size_t		 n, cap;
};

struct groups {
	struct group	*g;
	size_t		 cap, n;	/* cap a power of two */
};

static uint64_t
group_hash(const char *region, const char *unit, int kind, int target)
{
	uint64_t	 h = 1469598103934665603ull;
	const unsigned char *q;

	for (q = (const unsigned char *)region; *q != '\0'; q++)
		h = (h ^ *q) * 1099511628211ull;
	h = (h ^ 0xff) * 1099511628211ull;
	for (q = (const unsigned char *)unit; *q != '\0'; q++)
		h = (h ^ *q) * 1099511628211ull;
	h = (h ^ (uint64_t)(kind * 2 + target + 1)) * 1099511628211ull;
	return h != 0 ? h : 1;
}

/* The group of o's key (made if missing), or NULL on ENOMEM. */
static struct group *
group_of(struct groups *gi, const struct sb_serieslist *sl,
    const struct sb_obs *o, int target)
{
	uint64_t	 h = group_hash(o->region, o->base_unit, (int)o->kind,
	    target);
	size_t		 m, i;

	if (2 * (gi->n + 1) > gi->cap) {
		struct groups	 ng;

		ng.cap = gi->cap ? gi->cap * 2 : 64;
		ng.n = gi->n;
		if ((ng.g = calloc(ng.cap, sizeof(*ng.g))) == NULL)
			return NULL;
		for (i = 0; i < gi->cap; i++) {
			if (gi->g[i].h == 0)
				continue;
			for (m = gi->g[i].h & (ng.cap - 1); ng.g[m].h != 0;
			    m = (m + 1) & (ng.cap - 1))
				;
			ng.g[m] = gi->g[i];
		}
		free(gi->g);
		*gi = ng;
	}
	/* Equal hashes are checked against a series of the group. */
	for (m = h & (gi->cap - 1); gi->g[m].h != 0; m = (m + 1) &
	    (gi->cap - 1)) {
		const struct sb_series *s;

		if (gi->g[m].h != h)
			continue;
		s = &sl->series[gi->g[m].ids[0]];
		if (s->kind == o->kind && s->target == target &&
		    strcmp(s->region, o->region) == 0 &&
		    strcmp(s->base_unit, o->base_unit) == 0)
			return &gi->g[m];
	}
	gi->g[m].h = h;
	gi->n++;
	return &gi->g[m];
}

static void
groups_free(struct groups *gi)
{
	size_t	 i;

	for (i = 0; i < gi->cap; i++)
		free(gi->g[i].ids);
	free(gi->g);
	memset(gi, 0, sizeof(*gi));
}

int
sb_series_build(const struct sb_obs *obs, size_t obssz,
    char *const *pubdates, struct sb_serieslist *out, struct sb_diag *d)
{
	struct sb_serieslist sl;
	struct sb_series *s, *ns;
	struct sb_spoint *p, *np;
	struct groups	 gi;
	struct group	*gb;
	size_t		 i, j, k, scap = 0;
	int		 target, partial;
	struct sb_period per;

	memset(&sl, 0, sizeof(sl));
	memset(&gi, 0, sizeof(gi));
	for (i = 0; i < obssz; i++) {
		const struct sb_obs *o = &obs[i];

		if (sb_period_parse(o->period, &per) != 0)
			continue;
		target = o->qual == SB_QUAL_TARGET;
		/* The series of its region, unit, kind and target, in the
		 * order they were made: the first that takes it. */
		if ((gb = group_of(&gi, &sl, o, target)) == NULL)
			goto nomem;
		for (k = 0; k < gb->n; k++)
			if (same_group(&sl.series[gb->ids[k]], o, target))
				break;
		j = k < gb->n ? gb->ids[k] : sl.seriessz;
		if (j == sl.seriessz) {
			if (sl.seriessz == scap) {
				scap = scap ? scap * 2 : 64;
				if ((ns = reallocarray(sl.series, scap,
				    sizeof(*ns))) == NULL)
					goto nomem;
				sl.series = ns;
			}
			if (gb->n == gb->cap) {
				size_t	*ni;

				gb->cap = gb->cap ? gb->cap * 2 : 4;
				if ((ni = reallocarray(gb->ids, gb->cap,
				    sizeof(*ni))) == NULL)
					goto nomem;
				gb->ids = ni;
			}
			gb->ids[gb->n++] = sl.seriessz;
			s = &sl.series[sl.seriessz++];
			memset(s, 0, sizeof(*s));
			s->kind = o->kind;
			s->target = target;
			if ((s->indicator = strdup(o->indicator)) == NULL ||
			    (s->indicator_id = strdup(o->indicator_id)) ==
			    NULL || (s->region = strdup(o->region)) == NULL ||
			    (s->base_unit = strdup(o->base_unit)) == NULL)
				goto nomem;
		}
		s = &sl.series[j];
		/*
		 * Merge with a point of the same period and value, unless
		 * both are bounded differently (约8亿 is not 突破8亿; an
		 * exact 8亿 agrees with either).
		 */
		for (k = 0; k < s->pointsz; k++) {
			p = &s->points[k];
			if (strcmp(p->period, o->period) == 0 &&
			    fabs(p->value - o->base_value) <= 1e-9 *
			    fmax(1, fabs(p->value)) && p->value_hi ==
			    o->base_value_hi && (p->qual == o->qual ||
			    p->qual == SB_QUAL_EXACT ||
			    o->qual == SB_QUAL_EXACT))
				break;
		}
		if (k == s->pointsz) {
			if ((np = reallocarray(s->points, s->pointsz + 1,
			    sizeof(*np))) == NULL)
				goto nomem;
			s->points = np;
			p = &s->points[s->pointsz++];
			memset(p, 0, sizeof(*p));
			if ((p->period = strdup(o->period)) == NULL)
				goto nomem;
			p->per = per;
			p->x = period_x(&per, &partial);
			if (partial)
				p->flags |= SB_SPOINT_PARTIAL;
			p->value = o->base_value;
			p->value_hi = o->base_value_hi;
			p->qual = o->qual;
		}
		p = &s->points[k];
		if (o->qual == SB_QUAL_EXACT)
			p->qual = SB_QUAL_EXACT;
		if (pubdates != NULL && pubdates[i] != NULL &&
		    strcmp(pubdates[i], p->pubdate) > 0)
			snprintf(p->pubdate, sizeof(p->pubdate), "%s",
			    pubdates[i]);
		if (add_src(p, i) != 0)
			goto nomem;
	}
	for (j = 0; j < sl.seriessz; j++)
		if (absorb_bounds(&sl.series[j]) != 0)
			goto nomem;
	if (restatements(&sl, obs) != 0)
		goto nomem;
	for (j = 0; j < sl.seriessz; j++) {
		s = &sl.series[j];
		qsort(s->points, s->pointsz, sizeof(*s->points), cmp_point);
		/* Sorting by x groups periods except for same-x others. */
		resolve(s);
		derive(s);
	}
	check_growth(&sl);
	groups_free(&gi);
	*out = sl;
	return SB_OK;
nomem:
	groups_free(&gi);
	sb_series_free(&sl);
	return sb_diag_set(d, SB_ENOMEM, "out of memory");
}

void
sb_series_free(struct sb_serieslist *sl)
{
	size_t	 i, j;

	for (i = 0; i < sl->seriessz; i++) {
		struct sb_series *s = &sl->series[i];

		for (j = 0; j < s->pointsz; j++) {
			free(s->points[j].period);
			free(s->points[j].srcs);
		}
		free(s->points);
		free(s->indicator);
		free(s->indicator_id);
		free(s->region);
		free(s->base_unit);
	}
	free(sl->series);
	memset(sl, 0, sizeof(*sl));
}
