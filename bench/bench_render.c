/*
 * bench_render CSV BACKEND OUT.pdf: read charts from CSV (header, then
 * chart,title,unit,x,value rows, one chart's rows together), lay them
 * out as one brief of line charts (a section each) and render it with
 * BACKEND (cairo or hpdf).  Prints the render time in seconds; the
 * bench script times the whole process too.  Not a test.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "render.h"
#include "report.h"

#define MAXPTS	256

static double
now(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Append point (x, v) to the last line of chart c. */
static int
add_point(struct sb_chart *c, double x, double v)
{
	struct sb_line	*l = &c->lines[0];
	char		 b[32];

	if (l->pointsz == MAXPTS)
		return -1;
	snprintf(b, sizeof(b), "%.0f", x);
	l->points[l->pointsz].label = strdup(b);
	l->points[l->pointsz].x = x;
	l->points[l->pointsz].value = v;
	l->pointsz++;
	return l->points[l->pointsz - 1].label != NULL ? 0 : -1;
}

/* Read the CSV into report r, a section and line chart per chart id. */
static int
read_csv(FILE *fp, struct sb_report *r)
{
	char		 line[1024], id[64], last[64] = "", title[256], unit[64];
	double		 x, v;
	struct sb_section *s = NULL;
	struct sb_chart	*c = NULL;

	if (fgets(line, sizeof(line), fp) == NULL)
		return -1;
	while (fgets(line, sizeof(line), fp) != NULL) {
		if (sscanf(line, "%63[^,],%255[^,],%63[^,],%lf,%lf", id, title,
		    unit, &x, &v) != 5)
			return -1;
		if (strcmp(id, last) != 0) {
			snprintf(last, sizeof(last), "%s", id);
			if ((s = sb_report_add_section(r, title)) == NULL ||
			    (c = s->chart = calloc(1, sizeof(*c))) == NULL ||
			    (c->lines = calloc(1, sizeof(*c->lines))) == NULL ||
			    (c->lines[0].points = calloc(MAXPTS,
			    sizeof(struct sb_point))) == NULL)
				return -1;
			c->linesz = 1;
			c->type = SB_CHART_LINE;
			c->title = strdup(title);
			c->unit = strdup(unit);
			c->source = strdup("来源：bench_render.csv（合成数据）");
			if (c->title == NULL || c->unit == NULL ||
			    c->source == NULL)
				return -1;
		}
		if (add_point(c, x, v) != 0)
			return -1;
	}
	return 0;
}

int
main(int argc, char *argv[])
{
	struct sb_report *r;
	struct sb_diag	 d;
	enum sb_backend	 b;
	unsigned char	*pdf = NULL;
	size_t		 pdfsz = 0;
	FILE		*fp;
	double		 t0, t1;
	int		 rc;

	if (argc != 4 || sb_backend_parse(argv[2], &b) != 0) {
		fprintf(stderr, "usage: bench_render CSV cairo|hpdf OUT.pdf\n");
		return 64;
	}
	if ((r = sb_report_new()) == NULL ||
	    (r->title = strdup("渲染基准：40 幅折线图")) == NULL ||
	    (r->date = strdup("2024-01-01")) == NULL)
		return 70;
	if ((fp = fopen(argv[1], "r")) == NULL) {
		perror(argv[1]);
		return 66;
	}
	if (read_csv(fp, r) != 0) {
		fprintf(stderr, "%s: bad CSV\n", argv[1]);
		return 65;
	}
	fclose(fp);
	sb_diag_clear(&d);
	t0 = now();
	rc = sb_render_pdf(r, b, &pdf, &pdfsz, &d);
	t1 = now();
	if (rc != SB_OK) {
		fprintf(stderr, "bench_render: %s\n", d.msg);
		return 70;
	}
	if ((fp = fopen(argv[3], "wb")) == NULL ||
	    fwrite(pdf, 1, pdfsz, fp) != pdfsz || fclose(fp) != 0) {
		perror(argv[3]);
		return 74;
	}
	printf("%.4f\n", t1 - t0);
	free(pdf);
	sb_report_free(r);
	return 0;
}
