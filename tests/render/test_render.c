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
#include "obs.h"
#include "report.h"
#include "render.h"
#include "spec.h"

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

static void
set_callout(struct sb_callout *c, const char *label, const char *value,
    const char *unit, const char *period, const char *change,
    enum sb_trend t, const char *source)
{
	c->label = xstrdup(label);
	c->value = xstrdup(value);
	c->unit = unit != NULL ? xstrdup(unit) : NULL;
	c->period = period != NULL ? xstrdup(period) : NULL;
	c->change = change != NULL ? xstrdup(change) : NULL;
	c->trend = t;
	c->source = source != NULL ? xstrdup(source) : NULL;
}

/*
 * The fixture report: text, a line chart, a bar chart, callouts, a
 * series table with sparklines, a table of figures.
 */
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

	s = sb_report_add_section(r, "要点");
	s->callouts = xcalloc(3, sizeof(*s->callouts));
	s->calloutsz = 3;
	set_callout(&s->callouts[0], "太原市 PM2.5浓度", "39", "微克/立方米",
	    "2023年1-8月", "下降 4.9%", SB_TREND_DOWN, "taiyuan-2023-09.txt");
	set_callout(&s->callouts[1], "太原市 地区生产总值", "约5571.2", "亿元",
	    "2022", "增长 1%", SB_TREND_UP, "taiyuan-2023-03.txt（2023-03-15）");
	set_callout(&s->callouts[2], "太原市 城镇调查失业率", "5.5", "%",
	    "2022", "与2021年持平", SB_TREND_FLAT, NULL);

	s = sb_report_add_section(r, "指标一览");
	s->table = SB_TABLE_SERIES;
	s->rows = xcalloc(2, sizeof(*s->rows));
	s->rowsz = 2;
	set_row(&s->rows[0], "PM2.5浓度", "太原市", "2023年1-8月",
	    "39微克/立方米", "taiyuan-2023-09.txt:12", NULL);
	s->rows[0].change = xstrdup("下降 4.9%");
	s->rows[0].spark = xcalloc(4, sizeof(double));
	s->rows[0].sparksz = 4;
	s->rows[0].spark[0] = 60, s->rows[0].spark[1] = 48;
	s->rows[0].spark[2] = 44, s->rows[0].spark[3] = 39;
	set_row(&s->rows[1], "地区生产总值", "太原市", "2022", "5571.2亿元",
	    "taiyuan-2023-03.txt:5", NULL);
	s->rows[1].spark = xcalloc(1, sizeof(double));
	s->rows[1].sparksz = 1;
	s->rows[1].spark[0] = 5571.2;

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

/* Parse s as a spec; returns the rc and the diag's line in *line. */
static int
spec_rc(const char *s, size_t *line)
{
	struct sb_spec	*sp = NULL;
	struct sb_diag	 d;
	int		 rc;

	sb_diag_clear(&d);
	rc = sb_spec_parse(s, strlen(s), "t.ini", &sp, &d);
	*line = d.line;
	if (rc != SB_OK && (d.file == NULL || strcmp(d.file, "t.ini") != 0))
		rc = 99;	/* the message must name the file */
	sb_spec_free(sp);
	return rc;
}

/* Report specs: the default, every key, and errors naming their line. */
static void
test_spec(void)
{
	static const char full[] =
	    "; a comment\n"
	    "[report]\n"
	    "title = 标题\n"
	    "subtitle = 副标题\n"
	    "date = 2025-03-05\n"
	    "from = 2020\n"
	    "to = 2024\n"
	    "page = Letter\n"
	    "[section 甲]\n"
	    "heading = 甲的标题\n"
	    "text = 第一行\n"
	    "  第二行\n"
	    "chart = table\n"
	    "indicators = gdp，pm25、国内生产总值\n"
	    "indicators = jobs\n"
	    "regions = 全国, 山西省\n"
	    "kind = growth\n"
	    "from = 2021\n"
	    "to = 2023\n"
	    "targets = no\n"
	    "max = 3\n"
	    "[section 空]\n";
	struct sb_spec	*sp = NULL;
	struct sb_diag	 d;
	size_t		 line;
	char		 longline[400];

	OK(sb_spec_default(&sp, NULL) == SB_OK && sp->sectionsz == 4 &&
	    sp->sections[0].chart == SB_SPEC_CALLOUTS, "default spec");
	sb_spec_free(sp);
	sp = NULL;
	sb_diag_clear(&d);
	OK(sb_spec_parse(full, sizeof(full) - 1, "t.ini", &sp, &d) == SB_OK,
	    "full spec parses");
	if (sp != NULL) {
		const struct sb_spec_section *a = &sp->sections[0];

		OK(strcmp(sp->title, "标题") == 0 && sp->from == 2020 &&
		    sp->to == 2024 && sp->page == SB_PAGE_LETTER, "report keys");
		OK(sp->sectionsz == 2 && strcmp(sp->sections[1].name, "空") ==
		    0 && sp->sections[1].chart == SB_SPEC_LINE,
		    "empty section kept with defaults");
		OK(strcmp(a->heading, "甲的标题") == 0 &&
		    strcmp(a->text, "第一行第二行") == 0 &&
		    a->chart == SB_SPEC_TABLE && a->indicatorsz == 4 &&
		    strcmp(a->indicators[2], "国内生产总值") == 0 &&
		    a->regionsz == 2 && strcmp(a->regions[1], "山西省") == 0 &&
		    a->kind == SB_KIND_GROWTH && a->from == 2021 &&
		    a->to == 2023 && a->targets == 0 && a->max == 3,
		    "section keys");
	}
	sb_spec_free(sp);

	OK(spec_rc("[report]\npage = A5\n", &line) == SB_EINPUT &&
	    line == 2, "bad page on line 2");
	OK(spec_rc("[report]\ntitle = a\n\ncolour = red\n", &line) ==
	    SB_EINPUT && line == 4, "unknown key on line 4");
	OK(spec_rc("[section a]\nchart = pie\n", &line) == SB_EINPUT &&
	    line == 2, "bad chart");
	OK(spec_rc("[section a]\nchart = bar\nchart = line\n", &line) ==
	    SB_EINPUT && line == 3, "key given twice");
	OK(spec_rc("[sections]\n", &line) == SB_EINPUT && line == 1,
	    "unknown section");
	OK(spec_rc("[section]\n", &line) == SB_EINPUT && line == 1,
	    "section without a name");
	OK(spec_rc("title = x\n", &line) == SB_EINPUT && line == 1,
	    "key outside a section");
	OK(spec_rc("[report]\nno equals sign\n", &line) == SB_EINPUT &&
	    line == 2, "syntax error");
	OK(spec_rc("[report]\nfrom = 2024\nto = 2020\n", &line) ==
	    SB_EINPUT, "from after to");
	OK(spec_rc("[report]\nfrom = 20x4\n", &line) == SB_EINPUT &&
	    line == 2, "bad year");
	memset(longline, 'a', sizeof(longline) - 1);
	longline[sizeof(longline) - 1] = '\0';
	memcpy(longline, "[report]\ntitle=", 15);
	OK(spec_rc(longline, &line) == SB_ELIMIT && line == 2,
	    "over-long line refused");
	OK(spec_rc("[report]\ntitle = a\0b\n", &line) == SB_OK,
	    "string stops at NUL (strlen)");
	sp = NULL;
	OK(sb_spec_parse("a\0b", 3, "t.ini", &sp, NULL) == SB_EINPUT &&
	    sp == NULL, "NUL byte refused");
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
	test_spec();
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
