/*
 * The report model's constructor, destructor and section append.  The
 * builder that fills a report from observations lives elsewhere; this
 * file only owns memory.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

struct sb_report *
sb_report_new(void)
{
	struct sb_report	*r;

	r = calloc(1, sizeof(*r));
	if (r == NULL)
		return NULL;
	r->page = SB_PAGE_A4;
	return r;
}

void
sb_chart_free(struct sb_chart *c)
{
	size_t	 i, j;

	if (c == NULL)
		return;
	for (i = 0; i < c->linesz; i++) {
		for (j = 0; j < c->lines[i].pointsz; j++)
			free(c->lines[i].points[j].label);
		free(c->lines[i].points);
		free(c->lines[i].name);
	}
	free(c->lines);
	free(c->title);
	free(c->unit);
	free(c->source);
	free(c);
}

static void
row_clear(struct sb_row *w)
{
	free(w->indicator);
	free(w->region);
	free(w->period);
	free(w->value);
	free(w->source);
	free(w->sentence);
	free(w->change);
	free(w->spark);
}

static void
callout_clear(struct sb_callout *c)
{
	free(c->label);
	free(c->value);
	free(c->unit);
	free(c->period);
	free(c->change);
	free(c->source);
}

void
sb_report_free(struct sb_report *r)
{
	size_t			 i, j;
	struct sb_section	*s;

	if (r == NULL)
		return;
	for (i = 0; i < r->sectionsz; i++) {
		s = &r->sections[i];
		free(s->heading);
		free(s->text);
		sb_chart_free(s->chart);
		for (j = 0; j < s->rowsz; j++)
			row_clear(&s->rows[j]);
		free(s->rows);
		for (j = 0; j < s->calloutsz; j++)
			callout_clear(&s->callouts[j]);
		free(s->callouts);
	}
	free(r->sections);
	free(r->title);
	free(r->subtitle);
	free(r->date);
	free(r);
}

/*
 * Grow the section array by one (amortised: the array doubles) and
 * return the new zeroed section with a copy of heading.
 */
struct sb_section *
sb_report_add_section(struct sb_report *r, const char *heading)
{
	struct sb_section	*s, *ns;
	char			*h = NULL;
	size_t			 n;

	if (r == NULL)
		return NULL;
	if (heading != NULL && (h = strdup(heading)) == NULL)
		return NULL;
	/* Capacity is implicit: grow when sectionsz hits a power of two. */
	n = r->sectionsz;
	if (n == 0 || (n & (n - 1)) == 0) {
		if (n > SIZE_MAX / 2 / sizeof(*ns)) {
			free(h);
			return NULL;
		}
		ns = realloc(r->sections, (n == 0 ? 1 : n * 2) * sizeof(*ns));
		if (ns == NULL) {
			free(h);
			return NULL;
		}
		r->sections = ns;
	}
	s = &r->sections[n];
	memset(s, 0, sizeof(*s));
	s->heading = h;
	r->sectionsz = n + 1;
	return s;
}
