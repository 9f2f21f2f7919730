/*
 * Lexicon loading and the tries used to look words up.
 *
 * Every lookup starts with the code point of the word's first character,
 * in one hash table shared by the four lexicons: its slot holds, per
 * lexicon, the trie node after that character.  Before any lookup, a
 * scanner asks three small filters which lexicons may have a word at a
 * text position: hashed by the first character, the first two and the
 * first three.  They answer with three loads and no branch; a false
 * hope costs one failed lookup.
 *
 * After the first character a trie steps one character at a time: a
 * child's key is the bytes of one UTF-8 sequence packed into a uint32_t,
 * its length told by the lead byte alone, so text and words split alike
 * wherever their bytes agree and a walk over keys finds exactly the words
 * a walk over bytes would.  A lexicon with a word cut inside a character
 * steps bytes instead.  The children of a node sit next to each other,
 * sorted by key, so a step reads one or two cache lines.
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
	uint32_t	 key;		/* the character leading here, packed */
	int		 entry;		/* entry index, -1 if none */
	uint32_t	 kids;		/* index of the first child */
	uint32_t	 nkids;		/* children, consecutive, sorted by key */
};

struct trie {
	struct node	*nodes;		/* nodes[0] is the root */
	size_t		 nodesz;
	int		 bytewise;	/* keys after the first character are
					   single bytes (a word ends inside
					   a character) */
};

/* A first character of some word, in the table shared by all types. */
struct first {
	uint32_t	 cp;		/* 0: empty slot */
	int		 node[SB_LEX__MAX];	/* per type, the node after
						   the character, or -1 */
};

struct sb_lex {
	struct trie		 tries[SB_LEX__MAX];
	struct sb_lex_entry	*entries[SB_LEX__MAX];
	size_t			 entrysz[SB_LEX__MAX];
	char			*text[SB_LEX__MAX];	/* owned file contents */
	struct first		*first;		/* open addressing, power of two */
	size_t			 firstcap;
	unsigned int		 firstbits;	/* firstcap is 1 << firstbits */
	unsigned char		*pairs;		/* per hash of the first two
						   characters: bit 1 << type
						   when a word of type starts
						   with them, bit 16 << type
						   when one has fewer than six
						   bytes after the first */
	unsigned char		*triples;	/* per hash of the first
						   three: bit 1 << type when a
						   word of type starts with
						   them */
	unsigned char		*ones;		/* per hash of a character: bit
						   1 << type when a word of type
						   starts with it, bit 16 << type
						   when one has fewer than three
						   bytes after it */
	uint32_t		 lenmask[5];	/* pack(): the first n bytes of
						   a word kept */
	unsigned char		*firstmap;	/* bit per BMP code point: some
						   word starts with it */
};

#define PAIRS_BITS	13
#define TRIPLES_BITS	14
#define ONES_BITS	11

/* A node while the trie is built: children in a sorted sibling list. */
struct bnode {
	uint32_t	 key;
	int		 child;		/* first child, -1 if none */
	int		 next;		/* next sibling, -1 if none */
	int		 entry;		/* entry index, -1 if none */
};

struct build {
	struct bnode	*n;
	size_t		 nsz, ncap;
};

static const char *const files[SB_LEX__MAX] = {
	"units.tsv", "cues.tsv", "regions.tsv", "indicators.tsv"
};

/* Bytes of the UTF-8 sequence led by each byte (1 for a stray byte). */
#define L16(n)	n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n
static const unsigned char seqlens[256] = {
	L16(1), L16(1), L16(1), L16(1), L16(1), L16(1), L16(1), L16(1),
	L16(1), L16(1), L16(1), L16(1), L16(2), L16(2), L16(3), L16(4)
};
#undef L16

static inline size_t
seqlen(unsigned char c)
{
	return seqlens[c];
}

/*
 * The l bytes at p (1 to 4, of n readable) as a key: a word of four
 * bytes in memory order, the bytes past l zero.
 */
static inline uint32_t
pack(const struct sb_lex *lx, const unsigned char *p, size_t l, size_t n)
{
	uint32_t	 k = 0;

	if (n >= 4) {
		memcpy(&k, p, 4);
		return k & lx->lenmask[l];
	}
	memcpy(&k, p, l);
	return k;
}

/*
 * The three bytes after the first character of a text or a word, which
 * the pair filter hashes as they are: one CJK character, or the first
 * bytes of two or three narrower ones.
 */
static inline uint32_t
next3(const unsigned char *p)
{
	return p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16;
}

/*
 * Decode the character at p (n bytes) as sb_utf8_decode does, with the
 * common three-byte case inline.
 */
static inline int
dec(const unsigned char *p, size_t n, uint32_t *cp)
{
	if (n > 0 && p[0] < 0x80) {
		*cp = p[0];
		return 1;
	}
	if (n >= 3 && p[0] >= 0xe1 && p[0] <= 0xec &&
	    (p[1] & 0xc0) == 0x80 && (p[2] & 0xc0) == 0x80) {
		*cp = ((uint32_t)(p[0] & 0x0f) << 12) |
		    ((uint32_t)(p[1] & 0x3f) << 6) | (p[2] & 0x3f);
		return 3;
	}
	return sb_utf8_decode(p, n, cp);
}

/* Slot of cp in a table of 1 << bits: the top bits of a product. */
static inline uint32_t
cp_hash(uint32_t cp, unsigned int bits)
{
	return (cp * 2654435761u) >> (32 - bits);
}

static inline uint32_t
pair_hash(uint32_t cp, uint32_t key)
{
	return ((cp * 2654435761u) ^ (key * 2246822519u)) >>
	    (32 - PAIRS_BITS);
}

static inline uint32_t
triple_hash(uint32_t cp, uint32_t k2, uint32_t k3)
{
	return ((cp * 2654435761u) ^ (k2 * 2246822519u) ^
	    (k3 * 3266489917u)) >> (32 - TRIPLES_BITS);
}

static inline uint32_t
one_hash(uint32_t cp)
{
	return (cp * 2654435761u) >> (32 - ONES_BITS);
}

/* The slot of first character cp, or -1. */
static inline int
first_find(const struct sb_lex *lx, uint32_t cp)
{
	uint32_t	 m = (uint32_t)lx->firstcap - 1, h;

	for (h = cp_hash(cp, lx->firstbits); lx->first[h].cp != 0;
	    h = (h + 1) & m)
		if (lx->first[h].cp == cp)
			return (int)h;
	return -1;
}

/* The slot of cp, taken if it was empty. */
static uint32_t
first_slot(struct sb_lex *lx, uint32_t cp)
{
	uint32_t	 m = (uint32_t)lx->firstcap - 1, h;

	for (h = cp_hash(cp, lx->firstbits); lx->first[h].cp != 0 &&
	    lx->first[h].cp != cp; h = (h + 1) & m)
		;
	lx->first[h].cp = cp;
	return h;
}

static int
bnode_new(struct build *b, uint32_t key)
{
	struct bnode	*nn;
	size_t		 ncap;

	if (b->nsz == b->ncap) {
		ncap = b->ncap ? b->ncap * 2 : 256;
		if ((nn = reallocarray(b->n, ncap, sizeof(*nn))) == NULL)
			return -1;
		b->n = nn;
		b->ncap = ncap;
	}
	b->n[b->nsz].key = key;
	b->n[b->nsz].child = -1;
	b->n[b->nsz].next = -1;
	b->n[b->nsz].entry = -1;
	return (int)b->nsz++;
}

/* The child of node cur with key, added if missing; -1 on ENOMEM. */
static int
bnode_child(struct build *b, int cur, uint32_t key)
{
	int	*link, k;

	link = &b->n[cur].child;
	while (*link >= 0 && b->n[*link].key < key)
		link = &b->n[*link].next;
	if (*link >= 0 && b->n[*link].key == key)
		return *link;
	if ((k = bnode_new(b, key)) < 0)
		return -1;
	/* bnode_new may have moved the array: find link again. */
	link = &b->n[cur].child;
	while (*link >= 0 && b->n[*link].key < key)
		link = &b->n[*link].next;
	b->n[k].next = *link;
	*link = k;
	return k;
}

/*
 * Does word w (len bytes) end inside a character after its first one
 * (l1 bytes)?
 */
static int
cut_inside(const unsigned char *w, size_t len, size_t l1)
{
	size_t	 j;

	for (j = l1; j < len; j += seqlen(w[j]))
		if (seqlen(w[j]) > len - j)
			return 1;
	return 0;
}

/*
 * Word i of lexicon type into *w (*len bytes) and its first code point
 * into *cp; the length of that character, or <= 0 when it is none.
 */
static int
first_char(const struct sb_lex *lx, enum sb_lex_type type, size_t i,
    const unsigned char **w, size_t *len, uint32_t *cp)
{
	*w = (const unsigned char *)lx->entries[type][i].word;
	*len = strlen((const char *)*w);
	return sb_utf8_decode(*w, *len, cp);
}

/*
 * Build the trie of type from its entries: a sibling-list trie first,
 * then laid out breadth first so each node's children are consecutive.
 * The root's children are keyed by code point.  A word whose first
 * character does not decode is left out: a lookup starts by decoding
 * the text's, so it was never found.  The first entry for a word wins.
 */
static int
trie_build(struct sb_lex *lx, enum sb_lex_type type)
{
	struct trie	*t = &lx->tries[type];
	struct build	 b;
	int		*order = NULL, *newid = NULL, cur, l1, k;
	size_t		 i, j, len, l, head, tail;
	uint32_t	 cp;
	int		 rc = -1;

	memset(&b, 0, sizeof(b));
	if (bnode_new(&b, 0) < 0)
		goto out;
	for (i = 0; i < lx->entrysz[type]; i++) {
		const unsigned char *w;

		if ((l1 = first_char(lx, type, i, &w, &len, &cp)) > 0 &&
		    cut_inside(w, len, (size_t)l1))
			t->bytewise = 1;
	}
	for (i = 0; i < lx->entrysz[type]; i++) {
		const unsigned char *w;

		if ((l1 = first_char(lx, type, i, &w, &len, &cp)) <= 0)
			continue;
		if ((cur = bnode_child(&b, 0, cp)) < 0)
			goto out;
		for (j = (size_t)l1; j < len; j += l) {
			l = t->bytewise ? 1 : seqlen(w[j]);
			if ((cur = bnode_child(&b, cur, pack(lx, w + j, l,
			    len - j))) < 0)
				goto out;
		}
		if (b.n[cur].entry < 0)
			b.n[cur].entry = (int)i;
	}
	if ((order = reallocarray(NULL, b.nsz, sizeof(*order))) == NULL ||
	    (newid = reallocarray(NULL, b.nsz, sizeof(*newid))) == NULL ||
	    (t->nodes = reallocarray(NULL, b.nsz, sizeof(*t->nodes))) == NULL)
		goto out;
	t->nodesz = b.nsz;
	/* Breadth first: a node's children get the next free numbers. */
	order[0] = 0;
	newid[0] = 0;
	for (head = 0, tail = 1; head < tail; head++) {
		struct node *nd = &t->nodes[newid[order[head]]];

		nd->key = b.n[order[head]].key;
		nd->entry = b.n[order[head]].entry;
		nd->kids = (uint32_t)tail;
		nd->nkids = 0;
		for (k = b.n[order[head]].child; k >= 0; k = b.n[k].next) {
			newid[k] = (int)tail;
			order[tail++] = k;
			nd->nkids++;
		}
	}
	rc = 0;
out:
	free(b.n);
	free(order);
	free(newid);
	return rc;
}

/*
 * Index the first characters of the words of every type (the node after
 * each) and fill the filters.
 */
static int
first_build(struct sb_lex *lx)
{
	size_t		 i, n = 0, len, cap = 64;
	unsigned int	 bits = 6;
	uint32_t	 h, cp;
	int		 type, l1;

	for (type = 0; type < SB_LEX__MAX; type++)
		n += lx->tries[type].nodes[0].nkids;
	while (cap < n * 2 + 2) {
		cap *= 2;
		bits++;
	}
	if ((lx->first = calloc(cap, sizeof(*lx->first))) == NULL ||
	    (lx->pairs = calloc(1u << PAIRS_BITS, 1)) == NULL ||
	    (lx->triples = calloc(1u << TRIPLES_BITS, 1)) == NULL ||
	    (lx->ones = calloc(1u << ONES_BITS, 1)) == NULL ||
	    (lx->firstmap = calloc(0x10000 / 8, 1)) == NULL)
		return -1;
	lx->firstcap = cap;
	lx->firstbits = bits;
	for (i = 0; i < cap; i++)
		for (type = 0; type < SB_LEX__MAX; type++)
			lx->first[i].node[type] = -1;
	for (type = 0; type < SB_LEX__MAX; type++) {
		const struct trie *t = &lx->tries[type];

		for (i = 0; i < t->nodes[0].nkids; i++) {
			cp = t->nodes[t->nodes[0].kids + i].key;
			h = first_slot(lx, cp);
			lx->first[h].node[type] = (int)(t->nodes[0].kids + i);
		}
		for (i = 0; i < lx->entrysz[type]; i++) {
			const unsigned char *w;

			if ((l1 = first_char(lx, type, i, &w, &len, &cp)) <= 0)
				continue;
			if (cp < 0x10000)
				lx->firstmap[cp >> 3] |= (unsigned char)(1u <<
				    (cp & 7));
			lx->ones[one_hash(cp)] |= 1u << type;
			if (len - (size_t)l1 < 3) {
				lx->ones[one_hash(cp)] |= 16u << type;
				continue;
			}
			h = pair_hash(cp, next3(w + l1));
			lx->pairs[h] |= 1u << type;
			if (len - (size_t)l1 < 6)
				lx->pairs[h] |= 16u << type;
			else
				lx->triples[triple_hash(cp, next3(w + l1),
				    next3(w + l1 + 3))] |= 1u << type;
		}
	}
	return 0;
}

/*
 * The filters at s (n bytes), whose first character is cp.  A word with
 * fewer than three bytes after its first character passes on that
 * character alone, one with fewer than six on the first two; the others
 * need the first three (城镇 starts many words, 城镇化 fewer).
 */
static inline unsigned int
filter(const struct sb_lex *lx, uint32_t cp, const unsigned char *s,
    size_t n)
{
	size_t		 l = seqlen(s[0]);
	uint32_t	 k2 = 0, k3 = 0;
	unsigned int	 one, pair, m;

	if (n >= l + 3)
		k2 = next3(s + l);
	one = lx->ones[one_hash(cp)];
	pair = lx->pairs[pair_hash(cp, k2)];
	m = one & one >> 4 & 0xfu;
	/* The third table only when two characters start a word (most
	 * positions are let go by the first two). */
	if (one & pair & 0xfu) {
		if (n >= l + 6)
			k3 = next3(s + l + 3);
		m |= one & pair & (pair >> 4 |
		    lx->triples[triple_hash(cp, k2, k3)]) & 0xfu;
	}
	return m;
}

const unsigned char *
sb_lex_firstmap(const struct sb_lex *lx)
{
	return lx->firstmap;
}

unsigned int
sb_lex_starts_at(const struct sb_lex *lx, uint32_t cp, const char *p,
    size_t n)
{
	return n == 0 ? 0 : filter(lx, cp, (const unsigned char *)p, n);
}

size_t
sb_lex_match(const struct sb_lex *lx, enum sb_lex_type type, const char *p,
    size_t n, const struct sb_lex_entry **e)
{
	const struct trie *t = &lx->tries[type];
	const struct node *nd;
	const unsigned char *s = (const unsigned char *)p;
	size_t		 i, l, best = 0;
	uint32_t	 cp, key, k, end;
	int		 cur, bestent = -1, h, l1;

	if ((l1 = dec(s, n, &cp)) <= 0 || (h = first_find(lx, cp)) < 0 ||
	    (cur = lx->first[h].node[type]) < 0)
		return 0;
	for (i = (size_t)l1;; i += l) {
		nd = &t->nodes[cur];
		if (nd->entry >= 0) {
			best = i;
			bestent = nd->entry;
		}
		if (i >= n || nd->nkids == 0)
			break;
		l = t->bytewise ? 1 : seqlen(s[i]);
		if (l > n - i)
			break;
		key = pack(lx, s + i, l, n - i);
		for (k = nd->kids, end = k + nd->nkids; k < end &&
		    t->nodes[k].key < key; k++)
			;
		if (k == end || t->nodes[k].key != key)
			break;
		cur = (int)k;
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
	char		*line, *nl, *f[6] = { NULL }, *syn, *bar;
	size_t		 lineno = 0, nf, cap = 0;
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
	if (trie_build(lx, type) != 0)
		return sb_diag_set(d, SB_ENOMEM, "out of memory");
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

	if ((lx = calloc(1, sizeof(*lx))) == NULL)
		return sb_diag_set(d, SB_ENOMEM, "out of memory");
	/* The first n bytes of a word in memory, whatever the byte order. */
	for (i = 0; i <= 4; i++)
		memset((unsigned char *)&lx->lenmask[i], 0xff, (size_t)i);
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
	if (first_build(lx) != 0) {
		rc = sb_diag_set(d, SB_ENOMEM, "out of memory");
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
		free(lx->entries[i]);
		free(lx->text[i]);
	}
	free(lx->first);
	free(lx->pairs);
	free(lx->triples);
	free(lx->ones);
	free(lx->firstmap);
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
