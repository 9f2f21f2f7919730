/*
 * A small JSON reader for JSON Lines articles (see jsonl.h).  It reads
 * one object per line, decodes the string values it wants (escapes,
 * \uXXXX with surrogate pairs) and skips everything else, nested
 * objects and arrays included, in one pass with a depth limit.
 */
#include <stdlib.h>
#include <string.h>

#include "jsonl.h"

#define JSON_MAX_DEPTH	64

struct rd {
	const char	*p;
	size_t		 n, i;
};

static void
ws(struct rd *r)
{
	while (r->i < r->n && (r->p[r->i] == ' ' || r->p[r->i] == '\t' ||
	    r->p[r->i] == '\r' || r->p[r->i] == '\n'))
		r->i++;
}

static int
hex4(const char *p, uint32_t *v)
{
	int	 k;

	*v = 0;
	for (k = 0; k < 4; k++) {
		char	 c = p[k];

		*v <<= 4;
		if (c >= '0' && c <= '9')
			*v |= (uint32_t)(c - '0');
		else if (c >= 'a' && c <= 'f')
			*v |= (uint32_t)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			*v |= (uint32_t)(c - 'A' + 10);
		else
			return -1;
	}
	return 0;
}

static size_t
put_utf8(char *o, uint32_t c)
{
	if (c < 0x80) {
		o[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		o[0] = (char)(0xc0 | (c >> 6));
		o[1] = (char)(0x80 | (c & 0x3f));
		return 2;
	}
	if (c < 0x10000) {
		o[0] = (char)(0xe0 | (c >> 12));
		o[1] = (char)(0x80 | ((c >> 6) & 0x3f));
		o[2] = (char)(0x80 | (c & 0x3f));
		return 3;
	}
	o[0] = (char)(0xf0 | (c >> 18));
	o[1] = (char)(0x80 | ((c >> 12) & 0x3f));
	o[2] = (char)(0x80 | ((c >> 6) & 0x3f));
	o[3] = (char)(0x80 | (c & 0x3f));
	return 4;
}

/*
 * Read a string at r->i (at its opening quote).  When out is not NULL,
 * decode it into a new buffer (and the offset of each byte's source in
 * map when mapp is not NULL).  Returns 0, or -1 on a syntax error.
 */
static int
string(struct rd *r, char **out, size_t *outlen, uint32_t **mapp)
{
	char		*o = NULL;
	uint32_t	*m = NULL, c, c2;
	size_t		 k = 0, start, cap;

	if (r->i >= r->n || r->p[r->i] != '"')
		return -1;
	start = ++r->i;
	if (out != NULL) {
		cap = r->n - start + 4;
		if ((o = malloc(cap + 1)) == NULL)
			return -2;
		if (mapp != NULL && (m = reallocarray(NULL, cap + 1,
		    sizeof(*m))) == NULL) {
			free(o);
			return -2;
		}
	}
	while (r->i < r->n && r->p[r->i] != '"') {
		size_t	 at = r->i, l = 1;

		if ((unsigned char)r->p[r->i] < 0x20)
			goto bad;
		if (r->p[r->i] != '\\') {
			if (o != NULL)
				o[k] = r->p[r->i];
			if (m != NULL)
				m[k] = (uint32_t)at;
			k += o != NULL;
			r->i++;
			continue;
		}
		if (++r->i >= r->n)
			goto bad;
		switch (r->p[r->i]) {
		case '"': case '\\': case '/':
			c = (unsigned char)r->p[r->i];
			break;
		case 'b': c = '\b'; break;
		case 'f': c = '\f'; break;
		case 'n': c = '\n'; break;
		case 'r': c = '\r'; break;
		case 't': c = '\t'; break;
		case 'u':
			if (r->i + 4 >= r->n || hex4(r->p + r->i + 1, &c) != 0)
				goto bad;
			r->i += 4;
			if (c >= 0xd800 && c <= 0xdbff) {
				if (r->i + 6 >= r->n || r->p[r->i + 1] != '\\' ||
				    r->p[r->i + 2] != 'u' ||
				    hex4(r->p + r->i + 3, &c2) != 0 ||
				    c2 < 0xdc00 || c2 > 0xdfff)
					goto bad;
				c = 0x10000 + ((c - 0xd800) << 10) +
				    (c2 - 0xdc00);
				r->i += 6;
			} else if (c >= 0xdc00 && c <= 0xdfff)
				goto bad;
			break;
		default:
			goto bad;
		}
		r->i++;
		if (o != NULL) {
			l = put_utf8(o + k, c);
			if (m != NULL)
				for (size_t j = 0; j < l; j++)
					m[k + j] = (uint32_t)(at - 1);
			k += l;
		}
	}
	if (r->i >= r->n)
		goto bad;
	if (m != NULL)
		m[k] = (uint32_t)r->i;
	r->i++;
	if (o != NULL) {
		o[k] = '\0';
		*out = o;
		if (outlen != NULL)
			*outlen = k;
		if (mapp != NULL)
			*mapp = m;
	}
	return 0;
bad:
	free(o);
	free(m);
	return -1;
}

/* Skip any value; depth-limited. */
static int
skip(struct rd *r, int depth)
{
	char	 open, close;
	int	 rc;

	if (depth > JSON_MAX_DEPTH)
		return -1;
	ws(r);
	if (r->i >= r->n)
		return -1;
	if (r->p[r->i] == '"')
		return string(r, NULL, NULL, NULL);
	if (r->p[r->i] == '{' || r->p[r->i] == '[') {
		open = r->p[r->i];
		close = open == '{' ? '}' : ']';
		r->i++;
		ws(r);
		if (r->i < r->n && r->p[r->i] == close) {
			r->i++;
			return 0;
		}
		for (;;) {
			if (open == '{') {
				ws(r);
				if ((rc = string(r, NULL, NULL, NULL)) != 0)
					return rc;
				ws(r);
				if (r->i >= r->n || r->p[r->i++] != ':')
					return -1;
			}
			if ((rc = skip(r, depth + 1)) != 0)
				return rc;
			ws(r);
			if (r->i >= r->n)
				return -1;
			if (r->p[r->i] == ',') {
				r->i++;
				continue;
			}
			if (r->p[r->i] == close) {
				r->i++;
				return 0;
			}
			return -1;
		}
	}
	/* Number, true, false, null: a run of their characters. */
	if (strchr("-0123456789tfn", r->p[r->i]) == NULL)
		return -1;
	while (r->i < r->n && strchr("+-.0123456789eEtruefalsn", r->p[r->i]))
		r->i++;
	return 0;
}

int
sb_jsonl_parse(const char *line, size_t len, struct sb_jsonrec *rec,
    struct sb_diag *d)
{
	struct rd	 r = { line, len, 0 };
	struct sb_jsonrec nr;
	char		*key = NULL, **dst;
	int		 rc = SB_EINPUT, s;

	memset(&nr, 0, sizeof(nr));
	ws(&r);
	if (r.i >= r.n || r.p[r.i++] != '{')
		goto bad;
	ws(&r);
	if (r.i < r.n && r.p[r.i] == '}') {
		r.i++;
		goto end;
	}
	for (;;) {
		ws(&r);
		if ((s = string(&r, &key, NULL, NULL)) != 0) {
			rc = s == -2 ? SB_ENOMEM : SB_EINPUT;
			goto bad;
		}
		ws(&r);
		if (r.i >= r.n || r.p[r.i++] != ':')
			goto bad;
		ws(&r);
		dst = NULL;
		if (strcmp(key, "text") == 0 || strcmp(key, "content") == 0 ||
		    strcmp(key, "body") == 0)
			dst = &nr.text;
		else if (strcmp(key, "date") == 0 ||
		    strcmp(key, "publication_date") == 0 ||
		    strcmp(key, "published") == 0)
			dst = &nr.date;
		else if (strcmp(key, "region") == 0)
			dst = &nr.region;
		else if (strcmp(key, "id") == 0)
			dst = &nr.id;
		else if (strcmp(key, "title") == 0)
			dst = &nr.title;
		free(key);
		key = NULL;
		if (dst != NULL && *dst == NULL && r.i < r.n && r.p[r.i] == '"') {
			s = dst == &nr.text ? string(&r, dst, &nr.textlen,
			    &nr.map) : string(&r, dst, NULL, NULL);
			if (s != 0) {
				rc = s == -2 ? SB_ENOMEM : SB_EINPUT;
				goto bad;
			}
		} else if (skip(&r, 1) != 0)
			goto bad;
		ws(&r);
		if (r.i < r.n && r.p[r.i] == ',') {
			r.i++;
			continue;
		}
		if (r.i < r.n && r.p[r.i] == '}') {
			r.i++;
			break;
		}
		goto bad;
	}
end:
	ws(&r);
	if (r.i != r.n)
		goto bad;
	if (nr.text == NULL) {
		if (d != NULL)
			d->offset = 0;
		rc = sb_diag_set(d, SB_EINPUT, "JSON record has no \"text\" "
		    "field");
		goto out;
	}
	*rec = nr;
	memset(&nr, 0, sizeof(nr));
	return SB_OK;
bad:
	if (rc == SB_ENOMEM) {
		sb_diag_set(d, rc, "out of memory");
		goto out;
	}
	if (d != NULL)
		d->offset = r.i;
	sb_diag_set(d, SB_EINPUT, "bad JSON at byte %zu of the record", r.i);
out:
	free(key);
	sb_jsonrec_free(&nr);
	return rc;
}

void
sb_jsonrec_free(struct sb_jsonrec *rec)
{
	free(rec->text);
	free(rec->map);
	free(rec->date);
	free(rec->region);
	free(rec->id);
	free(rec->title);
	memset(rec, 0, sizeof(*rec));
}
