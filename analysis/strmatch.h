/*
 * Private to analysis/: matching words at a text position.  Static
 * inline helpers shared by the scanners (period.c, extract.c).
 */
#ifndef SB_STRMATCH_H
#define SB_STRMATCH_H

#include <stddef.h>
#include <string.h>

/* Does p (n bytes) start with s?  Returns the length of s, or 0. */
static inline int
litv(const char *p, size_t n, const char *s)
{
	size_t	 l = strlen(s);

	return n >= l && memcmp(p, s, l) == 0 ? (int)l : 0;
}

/*
 * Equal bytes; with a constant n the compiler unrolls it (no call).  The
 * first three bytes, a CJK character, are compared at once: one branch,
 * taken only where the character is there, where a branch per byte is
 * taken by every character that shares a first byte with it.
 */
static inline int
eqn(const char *a, const char *b, size_t n)
{
	const unsigned char *u = (const unsigned char *)a;
	const unsigned char *v = (const unsigned char *)b;
	size_t		 i = 0;

	if (n >= 3) {
		if ((u[0] | (unsigned int)u[1] << 8 | (unsigned int)u[2] << 16) !=
		    (v[0] | (unsigned int)v[1] << 8 | (unsigned int)v[2] << 16))
			return 0;
		i = 3;
	}
	for (; i < n; i++)
		if (a[i] != b[i])
			return 0;
	return 1;
}

/* litv() for a string literal, whose length is known when compiled. */
#define lit(p, n, s)	((size_t)(n) >= sizeof("" s "") - 1 &&		\
	eqn((p), (s), sizeof("" s "") - 1) ?				\
	(int)(sizeof("" s "") - 1) : 0)

/* A word of a table, with its length known when compiled. */
struct word {
	const char	*s;
	size_t		 len;
};
#define W(x)	{ (x), sizeof(x) - 1 }

/* Does p (n bytes) start with word w?  Its length, or 0. */
static inline size_t
wlit(const char *p, size_t n, const struct word *w)
{
	/* Most words are CJK: three bytes decide before memcmp() runs. */
	return n >= w->len && p[0] == w->s[0] && (w->len < 3 ||
	    (p[1] == w->s[1] && p[2] == w->s[2])) &&
	    memcmp(p, w->s, w->len) == 0 ? w->len : 0;
}

/* The length of the first word of table w (ended by NULL) at p, or 0. */
static inline size_t
first_word(const char *p, size_t n, const struct word *w)
{
	size_t	 l;

	for (; w->s != NULL; w++)
		if ((l = wlit(p, n, w)) > 0)
			return l;
	return 0;
}

/*
 * The first three-byte character w (one CJK character in UTF-8) in
 * p[0..n), or NULL.  memchr() looks for its last byte, a continuation
 * byte shared by few characters, so the search runs at memory speed.
 */
static inline const char *
find3(const char *p, size_t n, const char *w)
{
	const char	*q = p + 2, *end = p + n;

	while (q < end && (q = memchr(q, w[2], (size_t)(end - q))) != NULL) {
		if (q[-2] == w[0] && q[-1] == w[1])
			return q - 2;
		q++;
	}
	return NULL;
}

#endif /* SB_STRMATCH_H */
