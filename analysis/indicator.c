/*
 * Lexicon loading and the byte tries used to look words up.
 *
 * A trie node keeps its children as a singly linked sibling list sorted by
 * byte; the root of each trie has a direct 256-entry table because every
 * text position starts a lookup there.  UTF-8 makes a byte trie exact: a
 * match always ends on a character boundary when the entries are UTF-8.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "indicator.h"
#include "text.h"

extern const unsigned char sb_data_units[], sb_data_cues[],
    sb_data_regions[], sb_data_indicators[];

struct node {
	int		 child;		/* first child, -1 if none */
	int		 next;		/* next sibling, -1 if none */
	int		 entry;		/* entry index, -1 if none */
	unsigned char	 byte;
};

/* The node reached after a word's first character, by code point. */
struct rootent {
	uint32_t	 cp;
	int		 node;		/* -1: empty slot */
};

struct trie {
	struct node	*nodes;
	size_t		 nodesz, nodecap;
	int		 root[256];	/* child of the root per first byte */
	struct rootent	*rh;		/* open addressing, power of two */
	size_t		 rhcap;
};

struct sb_lex {
	struct trie		 tries[SB_LEX__MAX];
	struct sb_lex_entry	*entries[SB_LEX__MAX];
	size_t			 entrysz[SB_LEX__MAX];
	char			*text[SB_LEX__MAX];	/* owned file contents */
	unsigned char		*starts;	/* per BMP code point: bit 1 << type
						   when an entry of type starts with it */
	unsigned char		*pairs;		/* per hash of two code points: bit
						   1 << type when an entry of type
						   starts with them, or is one
						   character long */
};

#define PAIRS_BITS	16

static uint32_t
pair_hash(uint32_t a, uint32_t b)
{
	return ((a * 2654435761u) ^ (b * 2246822519u)) >> (32 - PAIRS_BITS);
}

static const char *const files[SB_LEX__MAX] = {
	"units.tsv", "cues.tsv", "regions.tsv", "indicators.tsv"
};

static int
node_new(struct trie *t, unsigned char b)
{
	struct node	*nn;
	size_t		 ncap;

	if (t->nodesz == t->nodecap) {
		ncap = t->nodecap ? t->nodecap * 2 : 256;
		if ((nn = reallocarray(t->nodes, ncap, sizeof(*nn))) == NULL)
			return -1;
		t->nodes = nn;
		t->nodecap = ncap;
	}
	t->nodes[t->nodesz].child = -1;
	t->nodes[t->nodesz].next = -1;
	t->nodes[t->nodesz].entry = -1;
	t->nodes[t->nodesz].byte = b;
	return (int)t->nodesz++;
}

/* Insert word with entry index; the first entry for a word wins. */
static int
trie_add(struct trie *t, const char *word, int entry)
{
	const unsigned char *p = (const unsigned char *)word;
	int		 cur, *link, k;

	if (*p == '\0')
		return 0;
	if (t->root[*p] < 0) {
		if ((k = node_new(t, *p)) < 0)
			return -1;
		t->root[*p] = k;
	}
	cur = t->root[*p++];
	for (; *p != '\0'; p++) {
		link = &t->nodes[cur].child;
		while (*link >= 0 && t->nodes[*link].byte < *p)
			link = &t->nodes[*link].next;
		if (*link < 0 || t->nodes[*link].byte != *p) {
			if ((k = node_new(t, *p)) < 0)
				return -1;
			/* node_new may have moved the array: find link again. */
			link = &t->nodes[cur].child;
			while (*link >= 0 && t->nodes[*link].byte < *p)
				link = &t->nodes[*link].next;
			t->nodes[k].next = *link;
			*link = k;
		}
		cur = *link;
	}
	if (t->nodes[cur].entry < 0)
		t->nodes[cur].entry = entry;
	return 0;
}

static uint32_t
rh_slot(uint32_t cp, size_t cap)
{
	return (uint32_t)((cp * 2654435761u) & (cap - 1));
}

/* Walk the trie over the bytes of p[0..len); the node or -1. */
static int
walk(const struct trie *t, const unsigned char *p, size_t len)
{
	size_t	 i;
	int	 cur;

	if ((cur = t->root[p[0]]) < 0)
		return -1;
	for (i = 1; i < len && cur >= 0; i++) {
		cur = t->nodes[cur].child;
		while (cur >= 0 && t->nodes[cur].byte < p[i])
			cur = t->nodes[cur].next;
		if (cur >= 0 && t->nodes[cur].byte != p[i])
			cur = -1;
	}
	return cur;
}

/*
 * Index the nodes after each first character by code point, so a lookup
 * at a text position costs one hash probe when nothing starts there
 * (the sibling lists under a UTF-8 lead byte are long).
 */
static int
root_hash(struct trie *t, const struct sb_lex_entry *ent, size_t entsz)
{
	size_t		 i, cap = 64;
	uint32_t	 cp, h;
	int		 l, node;

	while (cap < entsz * 2 + 2)
		cap *= 2;
	if ((t->rh = reallocarray(NULL, cap, sizeof(*t->rh))) == NULL)
		return -1;
	t->rhcap = cap;
	for (i = 0; i < cap; i++)
		t->rh[i].node = -1;
	for (i = 0; i < entsz; i++) {
		const unsigned char *w = (const unsigned char *)ent[i].word;

		if ((l = sb_utf8_decode(w, strlen(ent[i].word), &cp)) <= 0 ||
		    (node = walk(t, w, (size_t)l)) < 0)
			continue;
		for (h = rh_slot(cp, cap); t->rh[h].node >= 0 &&
		    t->rh[h].cp != cp; h = (h + 1) & (uint32_t)(cap - 1))
			;
		t->rh[h].cp = cp;
		t->rh[h].node = node;
	}
	return 0;
}

unsigned int
sb_lex_starts(const struct sb_lex *lx, uint32_t cp)
{
	return cp < 0x10000 ? lx->starts[cp] : 0xffu;
}

unsigned int
sb_lex_starts2(const struct sb_lex *lx, uint32_t cp, uint32_t next)
{
	unsigned int	 m = sb_lex_starts(lx, cp);

	if (m == 0)
		return 0;
	/* Entries of one character are filed under the pair (cp, 0). */
	return m & (lx->pairs[pair_hash(cp, next)] |
	    lx->pairs[pair_hash(cp, 0)]);
}

size_t
sb_lex_match(const struct sb_lex *lx, enum sb_lex_type type, const char *p,
    size_t n, const struct sb_lex_entry **e)
{
	const struct trie *t = &lx->tries[type];
	const unsigned char *s = (const unsigned char *)p;
	size_t		 i, best = 0;
	int		 cur, bestent = -1, l;
	uint32_t	 cp, h;

	if (n == 0 || t->root[s[0]] < 0)
		return 0;
	if (s[0] < 0x80) {
		cp = s[0];
		l = 1;
	} else if (s[0] >= 0xe1 && s[0] <= 0xec && n >= 3 &&
	    (s[1] & 0xc0) == 0x80 && (s[2] & 0xc0) == 0x80) {
		cp = ((uint32_t)(s[0] & 0x0f) << 12) |
		    ((uint32_t)(s[1] & 0x3f) << 6) | (s[2] & 0x3f);
		l = 3;
	} else if ((l = sb_utf8_decode(s, n, &cp)) <= 0)
		return 0;
	for (h = rh_slot(cp, t->rhcap); t->rh[h].node >= 0 &&
	    t->rh[h].cp != cp; h = (h + 1) & (uint32_t)(t->rhcap - 1))
		;
	if ((cur = t->rh[h].node) < 0)
		return 0;
	for (i = (size_t)l;; i++) {
		if (t->nodes[cur].entry >= 0) {
			best = i;
			bestent = t->nodes[cur].entry;
		}
		if (i >= n)
			break;
		cur = t->nodes[cur].child;
		while (cur >= 0 && t->nodes[cur].byte < s[i])
			cur = t->nodes[cur].next;
		if (cur < 0 || t->nodes[cur].byte != s[i])
			break;
	}
	if (bestent >= 0)
		*e = &lx->entries[type][bestent];
	return best;
}

/* Split a line in place at tabs; returns the number of fields. */
static size_t
split(char *line, char **f, size_t max)
{
	size_t	 n = 0;

	f[n++] = line;
	while (n < max && (line = strchr(line, '\t')) != NULL) {
		*line++ = '\0';
		f[n++] = line;
	}
	return n;
}

/* Parse text (owned by lx afterwards) as lexicon type. */
static int
parse(struct sb_lex *lx, enum sb_lex_type type, char *text,
    const char *name, struct sb_diag *d)
{
	char		*line, *nl, *f[6], *syn, *bar;
	size_t		 lineno = 0, nf, cap = 0, i;
	struct sb_lex_entry *e, *ne;
	size_t		 need;

	lx->text[type] = text;
	for (line = text; line != NULL && *line != '\0'; line = nl) {
		lineno++;
		if ((nl = strchr(line, '\n')) != NULL)
			*nl++ = '\0';
		if (*line == '#' || *line == '\0')
			continue;
		nf = split(line, f, 6);
		if (nf < 2 || *f[0] == '\0') {
			if (d != NULL) {
				d->file = name;
				d->line = lineno;
			}
			return sb_diag_set(d, SB_EINPUT,
			    "%s:%zu: expected tab-separated fields", name,
			    lineno);
		}
		/* Indicator synonyms add more words for the same entry. */
		need = lx->entrysz[type] + 1 + (type == SB_LEX_IND && nf > 3 ?
		    strlen(f[3]) / 2 + 1 : 0);
		if (need > cap) {
			cap = need * 2 + 64;
			if ((ne = reallocarray(lx->entries[type], cap,
			    sizeof(*ne))) == NULL)
				return sb_diag_set(d, SB_ENOMEM,
				    "out of memory");
			lx->entries[type] = ne;
		}
		e = &lx->entries[type][lx->entrysz[type]++];
		memset(e, 0, sizeof(*e));
		e->word = f[0];
		e->a = f[1];
		e->b = nf > 2 ? f[2] : "";
		e->c = nf > 3 ? f[3] : "";
		switch (type) {
		case SB_LEX_UNIT:
			e->factor = nf > 2 ? strtod(f[2], NULL) : 1;
			e->b = nf > 3 ? f[3] : "level";
			e->c = "";
			break;
		case SB_LEX_IND:
			/* word is the display name; a = id, b = name. */
			e->word = f[1];
			e->a = f[0];
			e->b = f[1];
			e->c = nf > 2 ? f[2] : "";
			if (nf > 3) {
				for (syn = f[3]; syn != NULL; syn = bar) {
					if ((bar = strchr(syn, '|')) != NULL)
						*bar++ = '\0';
					if (*syn == '\0')
						continue;
					ne = &lx->entries[type][
					    lx->entrysz[type]++];
					*ne = *e;
					ne->word = syn;
				}
			}
			break;
		default:
			break;
		}
	}
	for (i = 0; i < lx->entrysz[type]; i++)
		if (trie_add(&lx->tries[type], lx->entries[type][i].word,
		    (int)i) != 0)
			return sb_diag_set(d, SB_ENOMEM, "out of memory");
	if (root_hash(&lx->tries[type], lx->entries[type],
	    lx->entrysz[type]) != 0)
		return sb_diag_set(d, SB_ENOMEM, "out of memory");
	for (i = 0; i < lx->entrysz[type]; i++) {
		uint32_t	 cp;
		const char	*w = lx->entries[type][i].word;

		int		 l1;
		uint32_t	 cp2 = 0;

		if ((l1 = sb_utf8_decode((const unsigned char *)w, strlen(w),
		    &cp)) > 0 && cp < 0x10000) {
			lx->starts[cp] |= 1u << type;
			if (w[l1] != '\0' && sb_utf8_decode((const unsigned
			    char *)w + l1, strlen(w + l1), &cp2) <= 0)
				cp2 = 0;
			lx->pairs[pair_hash(cp, cp2)] |= 1u << type;
		}
	}
	return SB_OK;
}

static char *
slurp(const char *path, int *missing)
{
	FILE	*f;
	char	*buf = NULL, *nb;
	size_t	 len = 0, cap = 0, r;

	*missing = 0;
	if ((f = fopen(path, "rb")) == NULL) {
		*missing = errno == ENOENT;
		return NULL;
	}
	for (;;) {
		if (cap - len < 4096) {
			cap = cap ? cap * 2 : 8192;
			if ((nb = realloc(buf, cap)) == NULL)
				goto fail;
			buf = nb;
		}
		r = fread(buf + len, 1, cap - len - 1, f);
		len += r;
		if (r == 0)
			break;
	}
	if (ferror(f))
		goto fail;
	fclose(f);
	buf[len] = '\0';
	return buf;
fail:
	fclose(f);
	free(buf);
	return NULL;
}

int
sb_lex_new(const char *dir, struct sb_lex **out, struct sb_diag *d)
{
	static const unsigned char *builtin[SB_LEX__MAX] = {
		sb_data_units, sb_data_cues, sb_data_regions,
		sb_data_indicators
	};
	struct sb_lex	*lx;
	char		 path[4096], *text;
	int		 i, rc = SB_ENOMEM, missing;

	if ((lx = calloc(1, sizeof(*lx))) == NULL ||
	    (lx->starts = calloc(0x10000, 1)) == NULL ||
	    (lx->pairs = calloc(1u << PAIRS_BITS, 1)) == NULL) {
		if (lx != NULL)
			free(lx->starts);
		free(lx);
		return sb_diag_set(d, SB_ENOMEM, "out of memory");
	}
	for (i = 0; i < SB_LEX__MAX; i++)
		memset(lx->tries[i].root, 0xff, sizeof(lx->tries[i].root));
	for (i = 0; i < SB_LEX__MAX; i++) {
		text = NULL;
		if (dir != NULL) {
			snprintf(path, sizeof(path), "%s/%s", dir, files[i]);
			text = slurp(path, &missing);
			if (text == NULL && !missing) {
				rc = sb_diag_set(d, SB_EIO, "%s: cannot read",
				    path);
				goto out;
			}
		}
		if (text == NULL &&
		    (text = strdup((const char *)builtin[i])) == NULL) {
			rc = sb_diag_set(d, SB_ENOMEM, "out of memory");
			goto out;
		}
		if ((rc = parse(lx, i, text, files[i], d)) != SB_OK)
			goto out;
	}
	*out = lx;
	lx = NULL;
	rc = SB_OK;
out:
	sb_lex_free(lx);
	return rc;
}

void
sb_lex_free(struct sb_lex *lx)
{
	int	 i;

	if (lx == NULL)
		return;
	for (i = 0; i < SB_LEX__MAX; i++) {
		free(lx->tries[i].nodes);
		free(lx->tries[i].rh);
		free(lx->entries[i]);
		free(lx->text[i]);
	}
	free(lx->starts);
	free(lx->pairs);
	free(lx);
}

const struct sb_lex_entry *
sb_lex_region(const struct sb_lex *lx, const char *name)
{
	size_t	 i;

	for (i = 0; i < lx->entrysz[SB_LEX_REGION]; i++)
		if (strcmp(lx->entries[SB_LEX_REGION][i].word, name) == 0)
			return &lx->entries[SB_LEX_REGION][i];
	return NULL;
}

size_t
sb_lex_count(const struct sb_lex *lx, enum sb_lex_type type)
{
	return lx->entrysz[type];
}
