/*
 * Observation writers: TSV (DESIGN.md's columns), RFC 4180 CSV with
 * spreadsheet formula cells neutralized, and JSON Lines.
 */
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "series.h"

static const char *const columns[] = {
	"file", "line", "col", "indicator", "indicator_id", "region",
	"period", "value", "unit", "base_value", "base_unit", "qualifier",
	"kind", "sentence", NULL
};

int
sb_format_ok(const char *format)
{
	return strcmp(format, "tsv") == 0 || strcmp(format, "csv") == 0 ||
	    strcmp(format, "jsonl") == 0;
}

/* The cells that come from the text or the command line: file,
 * indicator, indicator_id, region, sentence. */
#define TEXT_CELLS	(1u << 0 | 1u << 3 | 1u << 4 | 1u << 5 | 1u << 13)

/*
 * A TSV row of 14 cells, tabs and line breaks inside them made spaces,
 * written with one fwrite (a call per cell cost more than the cells).
 * Returns 0, or -1 when out of memory.
 */
static int
tsv_row(FILE *fp, const char *const cells[14])
{
	char		 stack[4096], *buf = stack, *q;
	size_t		 need = 16, k, n, len[14];
	const char	*s;

	for (k = 0; k < 14; k++) {
		len[k] = cells[k] != NULL ? strlen(cells[k]) : 0;
		need += len[k] + 1;
	}
	if (need > sizeof(stack) && (buf = malloc(need)) == NULL)
		return -1;
	q = buf;
	for (k = 0; k < 14; k++) {
		if (k > 0)
			*q++ = '\t';
		s = cells[k] != NULL ? cells[k] : "";
		/* Numbers, periods, units and names of kinds are ours: no tab
		 * nor line break in them.  Text may hold some. */
		if (!(TEXT_CELLS >> k & 1)) {
			memcpy(q, s, len[k]);
			q += len[k];
			continue;
		}
		while (*s != '\0') {
			n = strcspn(s, "\t\n\r");
			memcpy(q, s, n);
			q += n;
			s += n;
			if (*s != '\0') {
				*q++ = ' ';
				s++;
			}
		}
	}
	*q++ = '\n';
	fwrite(buf, 1, (size_t)(q - buf), fp);
	if (buf != stack)
		free(buf);
	return 0;
}

/* TSV cell: tabs and line breaks would break the row; make them spaces. */
static void
tsv_cell(FILE *fp, const char *s)
{
	size_t	 n;

	while (*s != '\0') {
		n = strcspn(s, "\t\n\r");
		fwrite(s, 1, n, fp);
		s += n;
		if (*s != '\0') {
			fputc(' ', fp);
			s++;
		}
	}
}

/*
 * CSV cell (RFC 4180).  A cell starting with = + - @ (or tab/CR) would
 * run as a formula in a spreadsheet: prefix it with a quote mark, unless
 * it is a plain number such as -9.3.
 */
static void
csv_cell(FILE *fp, const char *s, int numeric)
{
	int	 quote = strpbrk(s, ",\"\r\n") != NULL, formula;

	formula = !numeric && (s[0] == '=' || s[0] == '+' || s[0] == '-' ||
	    s[0] == '@' || s[0] == '\t' || s[0] == '\r');
	if (formula)
		quote = 1;
	if (quote)
		fputc('"', fp);
	if (formula)
		fputc('\'', fp);
	for (; *s != '\0'; s++) {
		if (*s == '"')
			fputc('"', fp);
		fputc(*s, fp);
	}
	if (quote)
		fputc('"', fp);
}

static void
json_str(FILE *fp, const char *s)
{
	fputc('"', fp);
	for (; *s != '\0'; s++) {
		unsigned char	 c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			fprintf(fp, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", fp);
		else if (c == '\t')
			fputs("\\t", fp);
		else if (c < 0x20)
			fprintf(fp, "\\u%04x", c);
		else
			fputc(c, fp);
	}
	fputc('"', fp);
}

/* v in decimal into buf (size sz >= 21): by hand, per figure. */
static void
fmt_zu(char *buf, size_t sz, size_t v)
{
	char	 t[24];
	size_t	 n = sizeof(t), len;

	t[--n] = '\0';
	do {
		t[--n] = (char)('0' + v % 10);
		v /= 10;
	} while (v > 0);
	len = sizeof(t) - 1 - n;
	if (len >= sz)
		len = sz - 1;
	memcpy(buf, t + n, len);
	buf[len] = '\0';
}

int
sb_obs_write(FILE *fp, const char *format, const struct sb_obs *o,
    size_t osz, int header)
{
	char		 v[128], bv[128], ln[32], col[32];
	const char	*cells[14];
	size_t		 i, k;
	int		 csv = strcmp(format, "csv") == 0;
	int		 jsonl = strcmp(format, "jsonl") == 0;

	if (header && !jsonl) {
		for (k = 0; columns[k] != NULL; k++) {
			if (k > 0)
				fputc(csv ? ',' : '\t', fp);
			fputs(columns[k], fp);
		}
		fputs(csv ? "\r\n" : "\n", fp);
	}
	for (i = 0; i < osz; i++) {
		sb_obs_fmtval(v, sizeof(v), o[i].value, o[i].value_hi);
		sb_obs_fmtval(bv, sizeof(bv), o[i].base_value,
		    o[i].base_value_hi);
		fmt_zu(ln, sizeof(ln), o[i].line);
		fmt_zu(col, sizeof(col), o[i].col);
		cells[0] = o[i].doc;
		cells[1] = ln;
		cells[2] = col;
		cells[3] = o[i].indicator;
		cells[4] = o[i].indicator_id;
		cells[5] = o[i].region;
		cells[6] = o[i].period;
		cells[7] = v;
		cells[8] = o[i].unit;
		cells[9] = bv;
		cells[10] = o[i].base_unit;
		cells[11] = sb_qual_name(o[i].qual);
		cells[12] = sb_kind_name(o[i].kind);
		cells[13] = o[i].sentence;
		if (!csv && !jsonl) {
			/* TSV: the row is built whole and written once. */
			if (tsv_row(fp, cells) != 0)
				return SB_ENOMEM;
			continue;
		}
		if (jsonl)
			fputc('{', fp);
		for (k = 0; k < 14; k++) {
			const char *s = cells[k] != NULL ? cells[k] : "";
			int	 num = k == 1 || k == 2 || k == 7 || k == 9;

			if (jsonl) {
				if (k > 0)
					fputc(',', fp);
				json_str(fp, columns[k]);
				fputc(':', fp);
				if ((k == 1 || k == 2) || ((k == 7 || k == 9) &&
				    strstr(s, "..") == NULL))
					fputs(s, fp);
				else
					json_str(fp, s);
				continue;
			}
			if (k > 0)
				fputc(csv ? ',' : '\t', fp);
			if (csv)
				csv_cell(fp, s, num);
			else
				tsv_cell(fp, s);
		}
		fputs(jsonl ? "}\n" : csv ? "\r\n" : "\n", fp);
	}
	return ferror(fp) ? SB_EIO : SB_OK;
}

static const char *const scolumns[] = {
	"indicator", "indicator_id", "region", "kind", "target", "period",
	"value", "base_unit", "qualifier", "flags", "yoy", "stated_growth",
	"sources", NULL
};

int
sb_series_write(FILE *fp, const char *format, const struct sb_serieslist *sl,
    const struct sb_obs *obs)
{
	char		 v[128], yoy[64], st[64], flags[80], *src = NULL, *ns;
	const char	*cells[13];
	size_t		 i, j, k, n, srclen;
	int		 csv = strcmp(format, "csv") == 0;
	int		 jsonl = strcmp(format, "jsonl") == 0;

	if (!jsonl) {
		for (k = 0; scolumns[k] != NULL; k++) {
			if (k > 0)
				fputc(csv ? ',' : '\t', fp);
			fputs(scolumns[k], fp);
		}
		fputs(csv ? "\r\n" : "\n", fp);
	}
	for (i = 0; i < sl->seriessz; i++) {
		const struct sb_series *s = &sl->series[i];

		for (j = 0; j < s->pointsz; j++) {
			const struct sb_spoint *p = &s->points[j];

			sb_obs_fmtval(v, sizeof(v), p->value, p->value_hi);
			snprintf(flags, sizeof(flags), "%s%s%s%s",
			    p->flags & SB_SPOINT_PARTIAL ? "partial " : "",
			    p->flags & SB_SPOINT_CONFLICT ? "conflict " : "",
			    p->flags & SB_SPOINT_CHARTED ? "charted " : "",
			    p->flags & SB_SPOINT_GROWTH_GAP ? "growth_gap " :
			    "");
			if ((n = strlen(flags)) > 0)
				flags[n - 1] = '\0';
			yoy[0] = st[0] = '\0';
			if (p->flags & SB_SPOINT_HAS_YOY)
				snprintf(yoy, sizeof(yoy), "%.2f", p->yoy);
			if (p->flags & SB_SPOINT_HAS_STATED)
				sb_obs_fmtval(st, sizeof(st), p->stated,
				    p->stated);
			srclen = 0;
			for (k = 0; k < p->srcsz; k++) {
				const struct sb_obs *o = &obs[p->srcs[k]];

				n = strlen(o->doc) + 24;
				if ((ns = realloc(src, srclen + n + 1)) ==
				    NULL) {
					free(src);
					return SB_ENOMEM;
				}
				src = ns;
				srclen += (size_t)snprintf(src + srclen, n + 1,
				    "%s%s:%zu", k > 0 ? ";" : "", o->doc,
				    o->line);
			}
			cells[0] = s->indicator;
			cells[1] = s->indicator_id;
			cells[2] = s->region;
			cells[3] = sb_kind_name(s->kind);
			cells[4] = s->target ? "1" : "0";
			cells[5] = p->period;
			cells[6] = v;
			cells[7] = s->base_unit;
			cells[8] = sb_qual_name(p->qual);
			cells[9] = flags;
			cells[10] = yoy;
			cells[11] = st;
			cells[12] = src != NULL ? src : "";
			if (jsonl)
				fputc('{', fp);
			for (k = 0; k < 13; k++) {
				if (jsonl) {
					if (k > 0)
						fputc(',', fp);
					json_str(fp, scolumns[k]);
					fputc(':', fp);
					json_str(fp, cells[k]);
					continue;
				}
				if (k > 0)
					fputc(csv ? ',' : '\t', fp);
				if (csv)
					csv_cell(fp, cells[k], k == 6 ||
					    k == 10 || k == 11);
				else
					tsv_cell(fp, cells[k]);
			}
			fputs(jsonl ? "}\n" : csv ? "\r\n" : "\n", fp);
		}
	}
	free(src);
	return ferror(fp) ? SB_EIO : SB_OK;
}
