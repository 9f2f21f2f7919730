/*
 * Report specs (spec.h): INI text parsed with libinih into plain data.
 *
 * libinih reads through our own line reader, which counts lines (so
 * every message names its line), refuses lines longer than libinih's
 * 200-byte buffer instead of letting it split them silently, and notes
 * section headers in file order (libinih reports a section only with
 * its first key, so an empty section would otherwise vanish).
 */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <ini.h>

#include "obs.h"
#include "spec.h"

/* The built-in spec: what `statbrief run` draws without --spec. */
static const char default_spec[] =
    "; statbrief's built-in report spec (docs/spec.md).\n"
    "[report]\n"
    "page = A4\n"
    "\n"
    "[section 要点]\n"
    "chart = callouts\n"
    "max = 6\n"
    "\n"
    "[section 趋势]\n"
    "heading =\n"
    "chart = auto\n"
    "max = 4\n"
    "\n"
    "[section 地区与时期比较]\n"
    "chart = bar\n"
    "\n"
    "[section 关键数据]\n"
    "chart = figures\n"
    "max = 40\n";

static const char *const chart_names[] = {
	"line", "bar", "table", "callouts", "figures", "auto"
};
#define NCHARTS	(sizeof(chart_names) / sizeof(chart_names[0]))

/* Parser state shared by the reader and the handler. */
struct sp {
	struct sb_spec	*s;
	const char	*p;		/* rest of the input */
	const char	*end;
	size_t		 line;		/* line last handed to libinih */
	int		 err;		/* first error, SB_OK if none */
	size_t		 errline;	/* its line */
	char		 msg[256];	/* its message */
	unsigned int	*seen;		/* per section: keys given (bits) */
	unsigned int	 rseen;		/* [report] keys given (bits) */
};

const char *
sb_spec_default_text(void)
{
	return default_spec;
}

const char *
sb_spec_chart_name(enum sb_spec_chart c)
{
	return (unsigned int)c < NCHARTS ? chart_names[c] : "line";
}

static void
spfail(struct sp *sp, int err, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Record the first error at the current line. */
static void
spfail(struct sp *sp, int err, const char *fmt, ...)
{
	va_list	 ap;

	if (sp->err != SB_OK)
		return;
	sp->err = err;
	sp->errline = sp->line;
	va_start(ap, fmt);
	vsnprintf(sp->msg, sizeof(sp->msg), fmt, ap);
	va_end(ap);
}

static void
free_list(char **v, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

void
sb_spec_free(struct sb_spec *s)
{
	size_t	 i;

	if (s == NULL)
		return;
	for (i = 0; i < s->sectionsz; i++) {
		free(s->sections[i].name);
		free(s->sections[i].heading);
		free(s->sections[i].text);
		free_list(s->sections[i].indicators,
		    s->sections[i].indicatorsz);
		free_list(s->sections[i].regions, s->sections[i].regionsz);
	}
	free(s->sections);
	free(s->title);
	free(s->subtitle);
	free(s->date);
	free(s);
}

/* Trim ASCII blanks at both ends of s[0..*len); returns the start. */
static const char *
trim(const char *s, size_t *len)
{
	while (*len > 0 && (*s == ' ' || *s == '\t'))
		s++, (*len)--;
	while (*len > 0 && (s[*len - 1] == ' ' || s[*len - 1] == '\t' ||
	    s[*len - 1] == '\r'))
		(*len)--;
	return s;
}

/* The section called name, created (in file order) if new; NULL: error. */
static struct sb_spec_section *
section_get(struct sp *sp, const char *name, size_t len)
{
	struct sb_spec		*s = sp->s;
	struct sb_spec_section	*ns;
	unsigned int		*nseen;
	size_t			 i;

	for (i = 0; i < s->sectionsz; i++)
		if (strlen(s->sections[i].name) == len &&
		    memcmp(s->sections[i].name, name, len) == 0)
			return &s->sections[i];
	if (s->sectionsz >= SB_MAX_SPEC_SECTIONS) {
		spfail(sp, SB_ELIMIT, "more than %u sections",
		    SB_MAX_SPEC_SECTIONS);
		return NULL;
	}
	ns = realloc(s->sections, (s->sectionsz + 1) * sizeof(*ns));
	if (ns == NULL) {
		spfail(sp, SB_ENOMEM, "out of memory");
		return NULL;
	}
	s->sections = ns;
	nseen = realloc(sp->seen, (s->sectionsz + 1) * sizeof(*nseen));
	if (nseen == NULL) {
		spfail(sp, SB_ENOMEM, "out of memory");
		return NULL;
	}
	sp->seen = nseen;
	ns = &s->sections[s->sectionsz];
	memset(ns, 0, sizeof(*ns));
	if ((ns->name = strndup(name, len)) == NULL) {
		spfail(sp, SB_ENOMEM, "out of memory");
		return NULL;
	}
	ns->chart = SB_SPEC_LINE;
	ns->kind = SB_SPEC_KIND_ANY;
	ns->targets = 1;
	sp->seen[s->sectionsz] = 0;
	s->sectionsz++;
	return ns;
}

/*
 * A section header "[...]": "report", or "section NAME".  Returns 0 on
 * success, -1 with the error recorded.
 */
static int
header(struct sp *sp, const char *h, size_t len)
{
	h = trim(h, &len);
	if (len == 6 && memcmp(h, "report", 6) == 0)
		return 0;
	if (len > 7 && memcmp(h, "section", 7) == 0 &&
	    (h[7] == ' ' || h[7] == '\t')) {
		h += 8, len -= 8;
		h = trim(h, &len);
		if (len > 0)
			return section_get(sp, h, len) != NULL ? 0 : -1;
	}
	spfail(sp, SB_EINPUT, "unknown section [%.*s] (want [report] or "
	    "[section NAME])", (int)(len > 60 ? 60 : len), h);
	return -1;
}

/*
 * libinih's line reader (fgets semantics): copy the next line into
 * str, count it, note section headers, refuse over-long lines.
 */
static char *
reader(char *str, int num, void *stream)
{
	struct sp	*sp = stream;
	const char	*nl, *h;
	size_t		 len, hl;

	if (sp->err != SB_OK || sp->p >= sp->end || num < 4)
		return NULL;
	nl = memchr(sp->p, '\n', (size_t)(sp->end - sp->p));
	len = nl != NULL ? (size_t)(nl - sp->p) : (size_t)(sp->end - sp->p);
	sp->line++;
	if (len > SB_MAX_SPEC_LINE || len + 3 > (size_t)num) {
		spfail(sp, SB_ELIMIT, "line longer than %u bytes (continue "
		    "a long value on indented lines)", SB_MAX_SPEC_LINE);
		return NULL;
	}
	memcpy(str, sp->p, len);
	str[len] = '\n';
	str[len + 1] = '\0';
	sp->p += len + (nl != NULL);

	/* Section headers, in order, as libinih will read them. */
	hl = len;
	h = trim(str, &hl);
	if (hl > 0 && h[0] == '[') {
		const char *e = memchr(h, ']', hl);

		if (e != NULL && header(sp, h + 1, (size_t)(e - h - 1)) != 0)
			return NULL;
	}
	return str;
}

/* Parse a year 1900..2200 (or empty: 0); -1 when bad. */
static int
parse_year(const char *v)
{
	char	*e;
	long	 y;

	if (*v == '\0')
		return 0;
	y = strtol(v, &e, 10);
	if (*e != '\0' || y < 1900 || y > 2200)
		return -1;
	return (int)y;
}

/* Parse yes/no (also true/false, 1/0, on/off); -1 when bad. */
static int
parse_bool(const char *v)
{
	if (strcmp(v, "yes") == 0 || strcmp(v, "true") == 0 ||
	    strcmp(v, "on") == 0 || strcmp(v, "1") == 0)
		return 1;
	if (strcmp(v, "no") == 0 || strcmp(v, "false") == 0 ||
	    strcmp(v, "off") == 0 || strcmp(v, "0") == 0)
		return 0;
	return -1;
}

/* Does s start with the UTF-8 list separator "，" or "、"? Its length. */
static size_t
wide_sep(const char *s)
{
	if (strncmp(s, "\xef\xbc\x8c", 3) == 0 ||	/* ， */
	    strncmp(s, "\xe3\x80\x81", 3) == 0)		/* 、 */
		return 3;
	return 0;
}

/*
 * Append the items of a comma list (",", "，" or "、") to v/vsz.
 * Repeated keys and continuation lines append.  Returns 0 or -1.
 */
static int
add_list(struct sp *sp, const char *key, const char *val, char ***v,
    size_t *vsz)
{
	const char	*p = val, *q;
	size_t		 len, k;
	char		**nv, *it;

	while (*p != '\0') {
		for (q = p; *q != '\0' && *q != ',' && wide_sep(q) == 0; q++)
			;
		len = (size_t)(q - p);
		it = (char *)trim(p, &len);
		if (len > 0) {
			if (*vsz >= SB_MAX_SPEC_ITEMS) {
				spfail(sp, SB_ELIMIT, "%s: more than %u items",
				    key, SB_MAX_SPEC_ITEMS);
				return -1;
			}
			if ((nv = realloc(*v, (*vsz + 1) * sizeof(*nv))) ==
			    NULL) {
				spfail(sp, SB_ENOMEM, "out of memory");
				return -1;
			}
			*v = nv;
			if ((nv[*vsz] = strndup(it, len)) == NULL) {
				spfail(sp, SB_ENOMEM, "out of memory");
				return -1;
			}
			(*vsz)++;
		}
		if (*q == '\0')
			break;
		k = *q == ',' ? 1 : wide_sep(q);
		p = q + k;
	}
	return 0;
}

/* Set a string once; a second value for the key is an error. */
static int
set_str(struct sp *sp, const char *key, const char *val, char **dst)
{
	if (*dst != NULL) {
		spfail(sp, SB_EINPUT, "%s given twice", key);
		return -1;
	}
	if ((*dst = strdup(val)) == NULL) {
		spfail(sp, SB_ENOMEM, "out of memory");
		return -1;
	}
	return 0;
}

/* Append a continuation line of text (joined without a space: CJK). */
static int
add_text(struct sp *sp, const char *val, char **dst)
{
	size_t	 a = *dst != NULL ? strlen(*dst) : 0, b = strlen(val);
	char	*n;

	if ((n = realloc(*dst, a + b + 1)) == NULL) {
		spfail(sp, SB_ENOMEM, "out of memory");
		return -1;
	}
	memcpy(n + a, val, b + 1);
	*dst = n;
	return 0;
}

/* Keys of [report] and of [section NAME], as bits for "given twice". */
static const char *const report_keys[] = {
	"title", "subtitle", "date", "from", "to", "page"
};
static const char *const section_keys[] = {
	"heading", "text", "chart", "indicators", "regions", "kind",
	"from", "to", "targets", "max"
};

static int
key_index(const char *const *keys, size_t n, const char *k)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (strcmp(keys[i], k) == 0)
			return (int)i;
	return -1;
}

/* Check the value of from/to; returns 0 or -1. */
static int
year_key(struct sp *sp, const char *key, const char *val, int *dst)
{
	int	 y = parse_year(val);

	if (y < 0) {
		spfail(sp, SB_EINPUT, "%s: want a year 1900..2200, not "
		    "\"%.40s\"", key, val);
		return -1;
	}
	*dst = y;
	return 0;
}

static int
report_key(struct sp *sp, const char *key, const char *val)
{
	struct sb_spec	*s = sp->s;
	int		 k = key_index(report_keys,
			    sizeof(report_keys) / sizeof(report_keys[0]), key);

	if (k < 0) {
		spfail(sp, SB_EINPUT, "[report]: unknown key \"%.40s\" (title, "
		    "subtitle, date, from, to, page)", key);
		return -1;
	}
	if (sp->rseen & (1u << k)) {
		spfail(sp, SB_EINPUT, "[report]: %s given twice", key);
		return -1;
	}
	sp->rseen |= 1u << k;
	switch (k) {
	case 0:
		return set_str(sp, key, val, &s->title);
	case 1:
		return set_str(sp, key, val, &s->subtitle);
	case 2:
		return set_str(sp, key, val, &s->date);
	case 3:
		return year_key(sp, key, val, &s->from);
	case 4:
		return year_key(sp, key, val, &s->to);
	default:
		if (strcmp(val, "A4") == 0 || strcmp(val, "a4") == 0)
			s->page = SB_PAGE_A4;
		else if (strcmp(val, "Letter") == 0 ||
		    strcmp(val, "letter") == 0)
			s->page = SB_PAGE_LETTER;
		else {
			spfail(sp, SB_EINPUT, "page: want A4 or Letter, not "
			    "\"%.40s\"", val);
			return -1;
		}
		return 0;
	}
}

static int
section_key(struct sp *sp, struct sb_spec_section *sec, unsigned int *seen,
    const char *key, const char *val)
{
	int	 k = key_index(section_keys,
		    sizeof(section_keys) / sizeof(section_keys[0]), key), v;
	size_t	 i;
	char	*e;
	long	 n;

	if (k < 0) {
		spfail(sp, SB_EINPUT, "[section %.40s]: unknown key \"%.40s\" "
		    "(heading, text, chart, indicators, regions, kind, from, "
		    "to, targets, max)", sec->name, key);
		return -1;
	}
	/* Lists and text may repeat (continuation lines); others not. */
	if (k != 1 && k != 3 && k != 4) {
		if (*seen & (1u << k)) {
			spfail(sp, SB_EINPUT, "[section %.40s]: %s given "
			    "twice", sec->name, key);
			return -1;
		}
		*seen |= 1u << k;
	}
	switch (k) {
	case 0:
		return set_str(sp, key, val, &sec->heading);
	case 1:
		return add_text(sp, val, &sec->text);
	case 2:
		for (i = 0; i < NCHARTS; i++)
			if (strcmp(val, chart_names[i]) == 0) {
				sec->chart = (enum sb_spec_chart)i;
				return 0;
			}
		spfail(sp, SB_EINPUT, "chart: want line, bar, table, callouts, "
		    "figures or auto, not \"%.40s\"", val);
		return -1;
	case 3:
		return add_list(sp, key, val, &sec->indicators,
		    &sec->indicatorsz);
	case 4:
		return add_list(sp, key, val, &sec->regions, &sec->regionsz);
	case 5:
		if (strcmp(val, "any") == 0 || *val == '\0') {
			sec->kind = SB_SPEC_KIND_ANY;
			return 0;
		}
		if ((v = sb_kind_parse(val)) < 0) {
			spfail(sp, SB_EINPUT, "kind: want level, count, growth, "
			    "share, rank or any, not \"%.40s\"", val);
			return -1;
		}
		sec->kind = v;
		return 0;
	case 6:
		return year_key(sp, key, val, &sec->from);
	case 7:
		return year_key(sp, key, val, &sec->to);
	case 8:
		if ((v = parse_bool(val)) < 0) {
			spfail(sp, SB_EINPUT, "targets: want yes or no, not "
			    "\"%.40s\"", val);
			return -1;
		}
		sec->targets = v;
		return 0;
	default:
		n = strtol(val, &e, 10);
		if (*val == '\0' || *e != '\0' || n < 1 || n > 1000) {
			spfail(sp, SB_EINPUT, "max: want a number 1..1000, not "
			    "\"%.40s\"", val);
			return -1;
		}
		sec->max = (size_t)n;
		return 0;
	}
}

/* libinih's handler: one key = value under section. */
static int
handler(void *user, const char *section, const char *key, const char *val)
{
	struct sp		*sp = user;
	struct sb_spec_section	*sec;
	size_t			 len = strlen(section), i;

	if (sp->err != SB_OK)
		return 0;
	if (strcmp(section, "report") == 0)
		return report_key(sp, key, val) == 0;
	if (len > 8 && strncmp(section, "section", 7) == 0) {
		const char *n = section + 8;

		len -= 8;
		n = trim(n, &len);
		for (i = 0; i < sp->s->sectionsz; i++) {
			sec = &sp->s->sections[i];
			if (strlen(sec->name) == len &&
			    memcmp(sec->name, n, len) == 0)
				return section_key(sp, sec, &sp->seen[i], key,
				    val) == 0;
		}
	}
	spfail(sp, SB_EINPUT, "key \"%.40s\" outside [report] or [section "
	    "NAME]", key);
	return 0;
}

int
sb_spec_parse(const char *buf, size_t len, const char *name,
    struct sb_spec **out, struct sb_diag *d)
{
	struct sp	 sp;
	size_t		 i, errline = 0;
	int		 rc = SB_EINPUT, line;

	memset(&sp, 0, sizeof(sp));
	if (buf == NULL || out == NULL)
		return sb_diag_set(d, SB_EINPUT, "spec: no input");
	if (len > SB_MAX_SPEC_BYTES) {
		rc = sb_diag_set(d, SB_ELIMIT, "spec longer than %u bytes",
		    SB_MAX_SPEC_BYTES);
		goto out;
	}
	if (memchr(buf, '\0', len) != NULL) {
		rc = sb_diag_set(d, SB_EINPUT, "NUL byte in spec");
		goto out;
	}
	if ((sp.s = calloc(1, sizeof(*sp.s))) == NULL) {
		rc = sb_diag_set(d, SB_ENOMEM, "out of memory");
		goto out;
	}
	sp.s->page = SB_PAGE_A4;
	sp.p = buf;
	sp.end = buf + len;
	line = ini_parse_stream(reader, &sp, handler, &sp);
	if (sp.err != SB_OK && (line <= 0 || (size_t)line >= sp.errline)) {
		errline = sp.errline;
		rc = sb_diag_set(d, sp.err, "%s", sp.msg);
		goto out;
	}
	if (line != 0) {
		errline = line > 0 ? (size_t)line : 0;
		rc = sb_diag_set(d, line > 0 ? SB_EINPUT : SB_ENOMEM,
		    line > 0 ? "syntax error (want [section], key = value "
		    "or a ; comment)" : "out of memory");
		goto out;
	}
	/* Whole-spec checks: windows that cannot hold a year. */
	if (sp.s->from && sp.s->to && sp.s->from > sp.s->to) {
		rc = sb_diag_set(d, SB_EINPUT, "[report]: from %d after to %d",
		    sp.s->from, sp.s->to);
		goto out;
	}
	for (i = 0; i < sp.s->sectionsz; i++) {
		const struct sb_spec_section *sec = &sp.s->sections[i];

		if (sec->from && sec->to && sec->from > sec->to) {
			rc = sb_diag_set(d, SB_EINPUT, "[section %s]: from %d "
			    "after to %d", sec->name, sec->from, sec->to);
			goto out;
		}
	}
	*out = sp.s;
	sp.s = NULL;
	rc = SB_OK;
out:
	if (rc != SB_OK && d != NULL) {
		d->file = name;
		d->line = errline;
	}
	free(sp.seen);
	sb_spec_free(sp.s);
	return rc;
}

int
sb_spec_default(struct sb_spec **out, struct sb_diag *d)
{
	return sb_spec_parse(default_spec, sizeof(default_spec) - 1,
	    "(built-in spec)", out, d);
}
