/*
 * Observation records: names, copies and value formatting.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "obs.h"

static const char *const qualnames[] = {
	"exact", "approx", "over", "under", "target"
};
static const char *const kindnames[] = {
	"level", "count", "growth", "share", "rank"
};

const char *
sb_qual_name(enum sb_qual q)
{
	return (unsigned)q < 5 ? qualnames[q] : "exact";
}

const char *
sb_kind_name(enum sb_kind k)
{
	return (unsigned)k < 5 ? kindnames[k] : "level";
}

int
sb_qual_parse(const char *s)
{
	int	 i;

	for (i = 0; i < 5; i++)
		if (strcmp(s, qualnames[i]) == 0)
			return i;
	return -1;
}

int
sb_kind_parse(const char *s)
{
	int	 i;

	for (i = 0; i < 5; i++)
		if (strcmp(s, kindnames[i]) == 0)
			return i;
	return -1;
}

void
sb_obs_clear(struct sb_obs *o)
{
	if (o == NULL)
		return;
	if (o->block != NULL) {
		free(o->block);
		memset(o, 0, sizeof(*o));
		return;
	}
	free(o->doc);
	free(o->indicator);
	free(o->indicator_id);
	free(o->region);
	free(o->period);
	free(o->unit);
	free(o->base_unit);
	free(o->sentence);
	memset(o, 0, sizeof(*o));
}

int
sb_obs_copy(struct sb_obs *dst, const struct sb_obs *src)
{
	const char	*const from[8] = { src->doc, src->indicator,
	    src->indicator_id, src->region, src->period, src->unit,
	    src->base_unit, src->sentence };
	char		**const to[8] = { &dst->doc, &dst->indicator,
	    &dst->indicator_id, &dst->region, &dst->period, &dst->unit,
	    &dst->base_unit, &dst->sentence };
	size_t		 len[8], total = 0, i;
	char		*p;

	/* One allocation for the eight strings: a figure is copied into
	 * every list, and malloc cost more than the rest of the copy. */
	for (i = 0; i < 8; i++) {
		len[i] = from[i] != NULL ? strlen(from[i]) + 1 : 0;
		total += len[i];
	}
	*dst = *src;
	if ((dst->block = p = malloc(total > 0 ? total : 1)) == NULL) {
		memset(dst, 0, sizeof(*dst));
		return -1;
	}
	for (i = 0; i < 8; i++) {
		if (from[i] == NULL) {
			*to[i] = NULL;
			continue;
		}
		memcpy(p, from[i], len[i]);
		*to[i] = p;
		p += len[i];
	}
	return 0;
}

/*
 * sign, whole and, when nd > 0, a point and frac in nd digits (zeros in
 * front): by hand, as snprintf() costs more than the rest of a figure.
 */
static void
fmt_int(char *buf, size_t sz, const char *sign, long long whole, int frac,
    int nd)
{
	char	 t[48];
	size_t	 n = sizeof(t), len;
	int	 i;

	t[--n] = '\0';
	for (i = 0; i < nd; i++) {
		t[--n] = (char)('0' + frac % 10);
		frac /= 10;
	}
	if (nd > 0)
		t[--n] = '.';
	do {
		t[--n] = (char)('0' + whole % 10);
		whole /= 10;
	} while (whole > 0);
	if (*sign != '\0')
		t[--n] = '-';
	len = sizeof(t) - 1 - n;
	if (sz == 0)
		return;
	if (len > sz - 1)
		len = sz - 1;		/* cut as snprintf() would */
	memcpy(buf, t + n, len);
	buf[len] = '\0';
}

/* Shortest %.*g that reads back as v, without exponent for sane sizes. */
static void
fmt1(char *buf, size_t sz, double v)
{
	int	 prec;

	if (!isfinite(v)) {
		snprintf(buf, sz, "nan");
		return;
	}
	/* (Casts, not floor() and round(): libm calls, twice a figure.
	 * Below 2^50 both are exact.) */
	if (fabs(v) < 1e15 && v == (double)(long long)v) {
		fmt_int(buf, sz, v < 0 ? "-" : "", (long long)fabs(v), 0, 0);
		return;
	}
	/* Up to six decimals that read back exactly: digits by hand. */
	if (fabs(v) < 1e9) {
		double		 r = (double)(long long)(fabs(v) * 1e6 + 0.5);
		long long	 iv = (long long)r;
		int		 frac = (int)(iv % 1000000), nd = 6;

		if ((v < 0 ? -r : r) / 1e6 == v) {
			while (nd > 0 && frac % 10 == 0) {
				frac /= 10;
				nd--;
			}
			fmt_int(buf, sz, v < 0 ? "-" : "", iv / 1000000, frac,
			    nd);
			return;
		}
	}
	/* Most figures have a few decimals: try six, trimmed, first. */
	snprintf(buf, sz, "%.6f", v);
	if (fabs(v) < 1e9 && strtod(buf, NULL) == v)
		prec = 17;
	else
		prec = 1;
	for (; prec < 17; prec++) {
		snprintf(buf, sz, "%.*f", prec, v);
		if (strtod(buf, NULL) == v)
			break;
		if (fabs(v) < 1e15 && fabs(strtod(buf, NULL) - v) <
		    fabs(v) * 1e-12)
			break;
	}
	/* Trim trailing zeros left by %f. */
	if (strchr(buf, '.') != NULL) {
		char	*e = buf + strlen(buf) - 1;

		while (*e == '0')
			*e-- = '\0';
		if (*e == '.')
			*e = '\0';
	}
}

char *
sb_obs_fmtval(char *buf, size_t bufsz, double lo, double hi)
{
	char	 a[64], b[64];

	if (hi == lo) {
		fmt1(buf, bufsz, lo);
		return buf;
	}
	fmt1(a, sizeof(a), lo);
	fmt1(b, sizeof(b), hi);
	snprintf(buf, bufsz, "%s..%s", a, b);
	return buf;
}
