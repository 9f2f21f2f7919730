/* Series: merging, conflicts, derived growth (analysis/series.c). */
#include <stdlib.h>

#include "harness.h"
#include "series.h"

static struct sb_obs	 obs[16];
static char		*dates[16];
static size_t		 n;

static void
add(const char *doc, const char *ind, const char *id, const char *period,
    double v, int kind, int qual, const char *pub)
{
	struct sb_obs	*o = &obs[n];

	memset(o, 0, sizeof(*o));
	o->doc = (char *)doc;
	o->indicator = (char *)ind;
	o->indicator_id = (char *)id;
	o->region = (char *)"太原市";
	o->period = (char *)period;
	o->value = o->value_hi = v;
	o->base_value = o->base_value_hi = v;
	o->unit = o->base_unit = (char *)(kind == SB_KIND_GROWTH ? "%" : "元");
	o->kind = kind;
	o->qual = qual;
	o->sentence = (char *)"";
	dates[n++] = (char *)pub;
}

static const struct sb_series *
find(const struct sb_serieslist *sl, const char *id)
{
	size_t	 i;

	for (i = 0; i < sl->seriessz; i++)
		if (strcmp(sl->series[i].indicator_id, id) == 0)
			return &sl->series[i];
	return NULL;
}

/* Figures of May 2023: an article's lead and its body, and others. */
static const struct {
	const char	*doc, *ind, *id;
	double		 v;
	int		 qual;
	const char	*pub;
} lead[] = {
	{ "g.txt", "捐赠物资价值", "np:捐赠物资价值", 120000, SB_QUAL_OVER,
	    "2023-05-20" },
	{ "g.txt", "防护用品价值", "np:防护用品价值", 123456.7, SB_QUAL_EXACT,
	    "2023-05-20" },
	{ "h.txt", "新增投资", "np:新增投资", 120000, SB_QUAL_OVER,
	    "2023-05-21" },
	{ "i.txt", "节约成本", "np:节约成本", 6890000, SB_QUAL_EXACT,
	    "2023-05-22" },
	{ "i.txt", "新增产值", "np:新增产值", 10000000, SB_QUAL_UNDER,
	    "2023-05-22" },
	{ "j.txt", "营业收入", "np:营业收入", 8.8e8, SB_QUAL_EXACT,
	    "2023-05-23" },
	{ "j.txt", "利润总额", "np:利润总额", 8e8, SB_QUAL_OVER, "2023-05-23" },
	{ "k.txt", "财政收入", "fiscal", 5512345, SB_QUAL_EXACT, "2023-05-24" },
	{ "k.txt", "税收", "tax", 5500000, SB_QUAL_OVER, "2023-05-24" },
};

int
main(void)
{
	struct sb_serieslist sl;
	struct sb_diag	 d;
	const struct sb_series *s;
	size_t		 i;

	add("a.txt", "收入", "rev", "2021", 100, SB_KIND_LEVEL, SB_QUAL_EXACT,
	    "2022-01-10");
	add("b.txt", "收入", "rev", "2022", 110, SB_KIND_LEVEL, SB_QUAL_EXACT,
	    "2023-01-10");
	add("c.txt", "收入", "rev", "2022", 110, SB_KIND_LEVEL, SB_QUAL_EXACT,
	    "2023-02-10");
	add("c.txt", "收入增速", "rev:growth", "2022", 12, SB_KIND_GROWTH,
	    SB_QUAL_EXACT, "2023-02-10");
	add("d.txt", "收入", "rev", "2023", 120, SB_KIND_LEVEL, SB_QUAL_APPROX,
	    "2024-01-10");
	add("e.txt", "收入", "rev", "2023", 121, SB_KIND_LEVEL, SB_QUAL_EXACT,
	    "2023-12-30");
	add("f.txt", "谋划90个项目", "np:谋划90个项目", "2023", 90,
	    SB_KIND_COUNT, SB_QUAL_TARGET, "2023-01-20");
	add("f.txt", "谋划项目", "np:谋划项目", "2023", 90, SB_KIND_COUNT,
	    SB_QUAL_TARGET, "2023-01-20");
	int_eq(sb_series_build(obs, n, dates, &sl, &d), SB_OK, "build");
	ok((s = find(&sl, "rev")) != NULL, "revenue series");
	int_eq(s->pointsz, 4, "2021, 2022 (merged), two conflicting 2023");
	int_eq(s->points[1].srcsz, 2, "the same fact keeps both sources");
	ok(s->points[2].flags & SB_SPOINT_CONFLICT, "conflict flagged");
	ok(s->points[3].flags & SB_SPOINT_CONFLICT, "both flagged");
	ok((s->points[2].flags & SB_SPOINT_CHARTED) == 0,
	    "the approximate value is not charted");
	dbl_eq(s->points[3].value, 121, "the exact value is charted");
	ok(s->points[3].flags & SB_SPOINT_CHARTED, "charted flag");
	dbl_eq(s->points[1].yoy, 10, "year-on-year growth");
	dbl_eq(s->points[1].stated, 12, "stated growth attached");
	ok(s->points[1].flags & SB_SPOINT_GROWTH_GAP, "12 % stated vs 10 % computed");
	ok(s->has_cagr, "CAGR derived");
	dbl_eq(s->cagr, (pow(1.21, 0.5) - 1) * 100, "CAGR 2021-2023");
	ok((s = find(&sl, "np:谋划90个项目")) != NULL, "noun-phrase series");
	int_eq(s->pointsz, 1, "similar names merge into one point");
	int_eq(s->points[0].srcsz, 2, "with both sources");
	sb_series_free(&sl);

	/*
	 * An article that rounds a figure in its lead and gives it exactly
	 * later, under another name: one point.  Not so across articles,
	 * nor for a bound of one digit, nor for an exact value of too few
	 * digits, nor for names from the lexicon.
	 */
	n = 0;
	for (i = 0; i < sizeof(lead) / sizeof(lead[0]); i++)
		add(lead[i].doc, lead[i].ind, lead[i].id, "2023-05",
		    lead[i].v, SB_KIND_LEVEL, lead[i].qual, lead[i].pub);
	int_eq(sb_series_build(obs, n, dates, &sl, &d), SB_OK, "build");
	ok((s = find(&sl, "np:防护用品价值")) != NULL, "the exact figure's series");
	int_eq(s->pointsz, 1, "one point");
	int_eq(s->points[0].srcsz, 2, "a restated figure of one article joins it");
	ok(find(&sl, "np:捐赠物资价值") == NULL, "its series, left empty, goes");
	ok(find(&sl, "np:新增投资") != NULL, "not a figure of another article");
	ok(find(&sl, "np:新增产值") != NULL, "not a bound of one digit (近千万)");
	ok(find(&sl, "np:利润总额") != NULL,
	    "not an exact value of one digit more (8.8亿 of 突破8亿)");
	ok(find(&sl, "tax") != NULL, "not names of the lexicon");
	int_eq(sl.seriessz, 8, "the other series stay");
	sb_series_free(&sl);
	return h_done();
}
