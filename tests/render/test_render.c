/*
 * Render layer tests: the report model, both PDF backends, single
 * charts, bad input.  Writes the fixture PDFs into the directory given
 * as argv[1] for check_pdf.sh and backends_agree.sh.
 *
 *	test_render OUTDIR		run everything, write PDFs to OUTDIR
 *	test_render --expect-efont	only check that rendering reports
 *					SB_EFONT (run with a font-less
 *					FONTCONFIG_FILE)
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sb.h"
#include "report.h"
#include "render.h"

static int	 passed, failed;

#define OK(c, name)	ok((c) != 0, (name), __LINE__)

static void
ok(int c, const char *name, int line)
{
	if (c)
		passed++;
	else {
		failed++;
		fprintf(stderr, "FAIL line %d: %s\n", line, name);
	}
}

static char *
xstrdup(const char *s)
{
	char	*p;

	if ((p = strdup(s)) == NULL) {
		perror("strdup");
		exit(2);
	}
	return p;
}

static void *
xcalloc(size_t n, size_t sz)
{
	void	*p;

	if ((p = calloc(n, sz)) == NULL) {
		perror("calloc");
		exit(2);
	}
	return p;
}

static void
set_point(struct sb_point *p, const char *label, double x, double v,
    unsigned int flags)
{
	p->label = xstrdup(label);
	p->x = x;
	p->value = v;
	p->flags = flags;
}

static void
set_row(struct sb_row *w, const char *ind, const char *reg, const char *per,
    const char *val, const char *src, const char *sent)
{
	w->indicator = xstrdup(ind);
	w->region = xstrdup(reg);
	w->period = xstrdup(per);
	w->value = xstrdup(val);
	w->source = xstrdup(src);
	w->sentence = sent != NULL ? xstrdup(sent) : NULL;
}

/* The PM2.5 line chart of the fixture. */
static struct sb_chart *
pm25_chart(void)
{
	struct sb_chart	*c;

	c = xcalloc(1, sizeof(*c));
	c->type = SB_CHART_LINE;
	c->title = xstrdup("太原市 PM2.5浓度");
	c->unit = xstrdup("微克/立方米");
	c->source = xstrdup("来源: taiyuan-2023-09.txt, 2023-09-21");
	c->lines = xcalloc(1, sizeof(*c->lines));
	c->linesz = 1;
	c->lines[0].name = xstrdup("PM2.5年均浓度");
	c->lines[0].points = xcalloc(3, sizeof(struct sb_point));
	c->lines[0].pointsz = 3;
	set_point(&c->lines[0].points[0], "2017", 2017.0, 60, 0);
	set_point(&c->lines[0].points[1], "2022", 2022.0, 44, 0);
	set_point(&c->lines[0].points[2], "2023年1-8月", 2023.0 + 8.0 / 12,
	    39, SB_POINT_PARTIAL);
	return c;
}

/* The fixture report: text, a line chart, a bar chart, a table. */
static struct sb_report *
fixture(void)
{
	struct sb_report	*r;
	struct sb_section	*s;
	struct sb_chart		*c;

	if ((r = sb_report_new()) == NULL)
		exit(2);
	r->title = xstrdup("太原市统计简报");
	r->subtitle = xstrdup("空气质量与经济指标");
	r->date = xstrdup("2023-09-21");

	s = sb_report_add_section(r, "空气质量");
	s->text = xstrdup("2023年1-8月，太原市PM2.5平均浓度为39微克/立方米，"
	    "较2022年全年的44微克/立方米有所下降；2017年为60微克/立方米。"
	    "1-8月数据不是全年数据，图中以空心点表示。");
	s->chart = pm25_chart();

	s = sb_report_add_section(r, "各区生产总值");
	c = s->chart = xcalloc(1, sizeof(*c));
	c->type = SB_CHART_BAR;
	c->title = xstrdup("2022年各区地区生产总值");
	c->unit = xstrdup("亿元");
	c->source = xstrdup("来源: taiyuan-districts-2022.txt, 2023-03-15");
	c->lines = xcalloc(1, sizeof(*c->lines));
	c->linesz = 1;
	c->lines[0].points = xcalloc(3, sizeof(struct sb_point));
	c->lines[0].pointsz = 3;
	set_point(&c->lines[0].points[0], "小店区", 0, 1456.7, 0);
	set_point(&c->lines[0].points[1], "迎泽区", 1, 812.3, 0);
	set_point(&c->lines[0].points[2], "杏花岭区", 2, 600, SB_POINT_APPROX);

	s = sb_report_add_section(r, "主要数据");
	s->rows = xcalloc(2, sizeof(*s->rows));
	s->rowsz = 2;
	set_row(&s->rows[0], "PM2.5平均浓度", "太原市", "2023-01..2023-08",
	    "39微克/立方米", "taiyuan-2023-09.txt:12",
	    "1-8月，全市PM2.5平均浓度为39微克/立方米，同比下降4.9%。");
	set_row(&s->rows[1], "地区生产总值", "杏花岭区", "2022",
	    "约600亿元", "taiyuan-districts-2022.txt:40",
	    "杏花岭区全年实现地区生产总值约600亿元。");
	return r;
}

/*
 * A report that exercises the edges: Letter pages, a long paragraph
 * breaking pages, non-finite values, an empty series, a character
 * beyond U+FFFF, target and approximate points, two lines.
 */
static struct sb_report *
edges(void)
{
	struct sb_report	*r;
	struct sb_section	*s;
	struct sb_chart		*c;
	char			*big;
	size_t			 i, n = 3000;

	if ((r = sb_report_new()) == NULL)
		exit(2);
	r->page = SB_PAGE_LETTER;
	r->title = xstrdup("边界情况 \xf0\xa0\x80\x80 测试");
	r->date = xstrdup("2023-09-21");

	s = sb_report_add_section(r, "长段落");
	big = xcalloc(n * 3 + 1, 1);
	for (i = 0; i < n; i++)
		memcpy(big + i * 3, (i % 50 == 49) ? "。" : "数", 3);
	s->text = big;

	s = sb_report_add_section(r, "非有限值与目标");
	c = s->chart = xcalloc(1, sizeof(*c));
	c->type = SB_CHART_LINE;
	c->title = xstrdup("两条线");
	c->unit = xstrdup("%");
	c->lines = xcalloc(2, sizeof(*c->lines));
	c->linesz = 2;
	c->lines[0].name = xstrdup("甲");
	c->lines[0].points = xcalloc(4, sizeof(struct sb_point));
	c->lines[0].pointsz = 4;
	set_point(&c->lines[0].points[0], "2020", 2020, -1.5, 0);
	set_point(&c->lines[0].points[1], "2021", 2021, NAN, 0);
	set_point(&c->lines[0].points[2], "2022", 2022, 3.25, SB_POINT_APPROX);
	set_point(&c->lines[0].points[3], "2025", 2025, 6, SB_POINT_TARGET);
	c->lines[1].name = xstrdup("乙");
	c->lines[1].points = xcalloc(2, sizeof(struct sb_point));
	c->lines[1].pointsz = 2;
	set_point(&c->lines[1].points[0], "2020", 2020, INFINITY, 0);
	set_point(&c->lines[1].points[1], "2022", 2022, 2, 0);

	s = sb_report_add_section(r, "空图");
	c = s->chart = xcalloc(1, sizeof(*c));
	c->type = SB_CHART_BAR;
	c->title = xstrdup("没有数据的图");
	c->lines = xcalloc(1, sizeof(*c->lines));
	c->linesz = 1;
	c->lines[0].points = xcalloc(1, sizeof(struct sb_point));
	c->lines[0].pointsz = 1;
	set_point(&c->lines[0].points[0], "甲", 0, NAN, 0);

	s = sb_report_add_section(r, NULL);
	s->rows = xcalloc(40, sizeof(*s->rows));
	s->rowsz = 40;
	for (i = 0; i < s->rowsz; i++)
		set_row(&s->rows[i], "一个相当长的指标名称会在单元格里换行",
		    "区", "2023", "1", "file.txt", "句子。");
	return r;
}

static int
has_pdf_frame(const unsigned char *p, size_t n)
{
	size_t	 e = n;

	if (n < 16 || memcmp(p, "%PDF-", 5) != 0)
		return 0;
	while (e > 0 && (p[e - 1] == '\n' || p[e - 1] == '\r'))
		e--;
	return e >= 5 && memcmp(p + e - 5, "%%EOF", 5) == 0;
}

/* Does p[0..n) contain the NUL-terminated string s? */
static int
contains(const unsigned char *p, size_t n, const char *s)
{
	size_t	 i, k = strlen(s);

	for (i = 0; i + k <= n; i++)
		if (memcmp(p + i, s, k) == 0)
			return 1;
	return 0;
}

static void
write_file(const char *dir, const char *name, const unsigned char *p,
    size_t n)
{
	char	 path[4096];
	FILE	*f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	if ((f = fopen(path, "wb")) == NULL) {
		perror(path);
		failed++;
		return;
	}
	if (fwrite(p, 1, n, f) != n)
		failed++;
	if (fclose(f) != 0)
		failed++;
}

static void
test_model(void)
{
	struct sb_report	*r;
	struct sb_section	*s;
	enum sb_backend		 b = SB_BACKEND_HPDF;
	size_t			 i;
	char			 name[32];

	sb_report_free(NULL);
	OK((r = sb_report_new()) != NULL, "report_new");
	OK(r->sectionsz == 0 && r->page == SB_PAGE_A4, "empty report");
	for (i = 0; i < 9; i++) {
		snprintf(name, sizeof(name), "节 %zu", i);
		s = sb_report_add_section(r, name);
		OK(s != NULL && strcmp(s->heading, name) == 0 &&
		    s->chart == NULL && s->rows == NULL, "add_section");
	}
	OK(r->sectionsz == 9, "9 sections");
	OK(strcmp(r->sections[0].heading, "节 0") == 0, "first kept");
	sb_report_free(r);

	OK(sb_backend_parse("cairo", &b) == 0 && b == SB_BACKEND_CAIRO,
	    "parse cairo");
	OK(sb_backend_parse("hpdf", &b) == 0 && b == SB_BACKEND_HPDF,
	    "parse hpdf");
	OK(sb_backend_parse("pdf", &b) == -1 && b == SB_BACKEND_HPDF,
	    "parse unknown leaves b");
	OK(sb_backend_parse(NULL, &b) == -1, "parse NULL");
}

/* Render r with backend b; check the frame; optionally write it. */
static void
render_one(const struct sb_report *r, enum sb_backend b, const char *dir,
    const char *name)
{
	unsigned char	*p = NULL;
	size_t		 n = 0;
	struct sb_diag	 d;
	int		 rc;

	sb_diag_clear(&d);
	rc = sb_render_pdf(r, b, &p, &n, &d);
	if (rc != SB_OK)
		fprintf(stderr, "%s: %s\n", name, d.msg);
	OK(rc == SB_OK, name);
	OK(rc == SB_OK && has_pdf_frame(p, n), "starts %PDF-, ends %%EOF");
	if (rc == SB_OK && dir != NULL)
		write_file(dir, name, p, n);
	if (rc == SB_OK)
		printf("%s: %zu bytes\n", name, n);
	free(p);
}

/* Two renderings with SOURCE_DATE_EPOCH set are identical. */
static void
test_reproducible(const struct sb_report *r, enum sb_backend b)
{
	unsigned char	*p1 = NULL, *p2 = NULL;
	size_t		 n1 = 0, n2 = 0;

	OK(getenv("SOURCE_DATE_EPOCH") != NULL, "SOURCE_DATE_EPOCH set");
	OK(sb_render_pdf(r, b, &p1, &n1, NULL) == SB_OK, "render 1");
	OK(sb_render_pdf(r, b, &p2, &n2, NULL) == SB_OK, "render 2");
	OK(p1 != NULL && p2 != NULL && n1 == n2 && memcmp(p1, p2, n1) == 0,
	    b == SB_BACKEND_CAIRO ? "cairo output reproducible" :
	    "hpdf output reproducible");
	free(p1);
	free(p2);
}

static void
test_chart(const char *dir)
{
	struct sb_chart	*c = pm25_chart();
	unsigned char	*p = NULL;
	size_t		 n = 0;
	struct sb_diag	 d;

	sb_diag_clear(&d);
	OK(sb_render_chart(c, "png", &p, &n, &d) == SB_OK, "chart png");
	OK(p != NULL && n > 8 && memcmp(p, "\x89PNG\r\n\x1a\n", 8) == 0,
	    "png signature");
	if (p != NULL)
		write_file(dir, "chart.png", p, n);
	free(p);
	p = NULL;
	OK(sb_render_chart(c, "svg", &p, &n, &d) == SB_OK, "chart svg");
	OK(p != NULL && n > 5 && contains(p, n, "<svg"),
	    "svg element");
	if (p != NULL)
		write_file(dir, "chart.svg", p, n);
	free(p);
	p = NULL;
	n = 7;
	OK(sb_render_chart(c, "gif", &p, &n, &d) == SB_EUSAGE,
	    "unknown chart format");
	OK(p == NULL && n == 7, "out untouched on failure");

	/* A chart of one report is freed by sb_report_free; alone, by hand. */
	{
		struct sb_report	*r = sb_report_new();
		struct sb_section	*s = sb_report_add_section(r, "x");

		s->chart = c;
		sb_report_free(r);
	}
}

static void
test_bad_input(void)
{
	struct sb_report	*r = fixture();
	unsigned char		*p = NULL;
	size_t			 n = 0;
	struct sb_diag		 d;
	char			*old;

	old = r->sections[0].heading;
	r->sections[0].heading = xstrdup("坏\xe4\xb8");
	sb_diag_clear(&d);
	OK(sb_render_pdf(r, SB_BACKEND_CAIRO, &p, &n, &d) == SB_EINPUT,
	    "invalid UTF-8 refused (cairo)");
	OK(strstr(d.msg, "UTF-8") != NULL, "message names UTF-8");
	OK(sb_render_pdf(r, SB_BACKEND_HPDF, &p, &n, &d) == SB_EINPUT,
	    "invalid UTF-8 refused (hpdf)");
	OK(p == NULL, "no output on failure");
	free(r->sections[0].heading);
	r->sections[0].heading = old;
	OK(sb_render_pdf(r, (enum sb_backend)42, &p, &n, &d) == SB_EUSAGE,
	    "unknown backend");
	OK(sb_render_pdf(NULL, SB_BACKEND_CAIRO, &p, &n, &d) == SB_EINPUT,
	    "NULL report");
	sb_report_free(r);
}

static int
expect_efont(void)
{
	struct sb_report	*r = fixture();
	unsigned char		*p = NULL;
	size_t			 n = 0;
	struct sb_diag		 d;

	sb_diag_clear(&d);
	OK(sb_render_pdf(r, SB_BACKEND_CAIRO, &p, &n, &d) == SB_EFONT,
	    "cairo: SB_EFONT without fonts");
	OK(strstr(d.msg, "fonts-wqy-zenhei") != NULL, "message names package");
	sb_diag_clear(&d);
	OK(sb_render_pdf(r, SB_BACKEND_HPDF, &p, &n, &d) == SB_EFONT,
	    "hpdf: SB_EFONT without fonts");
	OK(strstr(d.msg, "fonts-wqy-zenhei") != NULL, "message names package");
	OK(sb_render_chart(r->sections[0].chart, "png", &p, &n, &d) ==
	    SB_EFONT, "chart: SB_EFONT without fonts");
	OK(p == NULL, "no output");
	sb_report_free(r);
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}

int
main(int argc, char *argv[])
{
	struct sb_report	*r, *e;
	const char		*dir;

	if (argc != 2) {
		fprintf(stderr, "usage: test_render OUTDIR | --expect-efont\n");
		return 2;
	}
	if (strcmp(argv[1], "--expect-efont") == 0)
		return expect_efont();
	dir = argv[1];

	test_model();
	r = fixture();
	render_one(r, SB_BACKEND_CAIRO, dir, "cairo.pdf");
	render_one(r, SB_BACKEND_HPDF, dir, "hpdf.pdf");
	test_reproducible(r, SB_BACKEND_CAIRO);
	test_reproducible(r, SB_BACKEND_HPDF);
	sb_report_free(r);

	e = edges();
	render_one(e, SB_BACKEND_CAIRO, dir, "edges-cairo.pdf");
	render_one(e, SB_BACKEND_HPDF, dir, "edges-hpdf.pdf");
	sb_report_free(e);

	test_chart(dir);
	test_bad_input();

	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
