/*
 * Decoding and normalization (see text.h).
 *
 * One pass over the original bytes emits normalized UTF-8 and the runs
 * that map it back to the offsets of the original characters.  White
 * space is held back as "pending" until the next visible character shows
 * whether it separates two ASCII words (kept as one space), ends a
 * paragraph (kept as '\n') or is noise inside Chinese text (dropped).
 */
#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include "simd.h"
#include "text.h"

/* Growing output: normalized bytes plus their origin offsets. */
struct out {
	char		*buf;
	size_t		 len;
	size_t		 cap;
	struct sb_textrun *runs;	/* the origin map, as in sb_text */
	size_t		 runsz;
	size_t		 runcap;
	size_t		*lines;		/* original line starts, as in sb_text */
	size_t		 linesz;
	size_t		 linecap;
};

/*
 * Decode one character; the common cases (ASCII, three-byte CJK) stay
 * inline in the loops below, the rest goes to sb_utf8_decode.
 */
static inline int
dec(const unsigned char *p, size_t n, uint32_t *cp)
{
	if (p[0] < 0x80) {
		*cp = p[0];
		return 1;
	}
	if (p[0] >= 0xe1 && p[0] <= 0xec && n >= 3 &&
	    (p[1] & 0xc0) == 0x80 && (p[2] & 0xc0) == 0x80) {
		*cp = ((uint32_t)(p[0] & 0x0f) << 12) |
		    ((uint32_t)(p[1] & 0x3f) << 6) | (p[2] & 0x3f);
		return 3;
	}
	return sb_utf8_decode(p, n, cp);
}

int
sb_utf8_decode(const unsigned char *p, size_t n, uint32_t *cp)
{
	uint32_t	 c;
	int		 len, i;

	if (n == 0)
		return 0;
	if (p[0] < 0x80) {
		*cp = p[0];
		return 1;
	}
	/* Most of the text: three bytes that cannot be overlong. */
	if (p[0] >= 0xe1 && p[0] <= 0xec && n >= 3 &&
	    (p[1] & 0xc0) == 0x80 && (p[2] & 0xc0) == 0x80) {
		*cp = ((uint32_t)(p[0] & 0x0f) << 12) |
		    ((uint32_t)(p[1] & 0x3f) << 6) | (p[2] & 0x3f);
		return 3;
	}
	if (p[0] >= 0xc2 && p[0] <= 0xdf) {
		len = 2;
		c = p[0] & 0x1f;
	} else if (p[0] >= 0xe0 && p[0] <= 0xef) {
		len = 3;
		c = p[0] & 0x0f;
	} else if (p[0] >= 0xf0 && p[0] <= 0xf4) {
		len = 4;
		c = p[0] & 0x07;
	} else
		return 0;
	if ((size_t)len > n)
		return 0;
	for (i = 1; i < len; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (p[i] & 0x3f);
	}
	/* Overlong forms, surrogates and values past U+10FFFF. */
	if ((len == 3 && c < 0x800) || (len == 4 && c < 0x10000) ||
	    (c >= 0xd800 && c <= 0xdfff) || c > 0x10ffff)
		return 0;
	*cp = c;
	return len;
}

static int
out_reserve(struct out *o, size_t more)
{
	size_t	 ncap;
	char	*nb;

	if (o->len + more + 1 <= o->cap)
		return SB_OK;
	ncap = o->cap ? o->cap + o->cap / 2 : 4096;
	if (ncap < o->len + more + 1)
		ncap = o->len + more + 1;
	if ((nb = realloc(o->buf, ncap)) == NULL)
		return SB_ENOMEM;
	o->buf = nb;
	o->cap = ncap;
	return SB_OK;
}

/*
 * The next byte out (at o->len) comes from original offset off: go on
 * with the current run when off follows it, else open a new one.
 */
/*
 * Array arr of n elements (of size elsz) and capacity *cap with room
 * for one more: arr itself, or moved with its capacity doubled.  NULL
 * when out of memory (arr is left as it was).
 */
static void *
room(void *arr, size_t n, size_t *cap, size_t elsz)
{
	void	*na;
	size_t	 ncap;

	if (n < *cap)
		return arr;
	ncap = *cap ? *cap * 2 : 64;
	if ((na = reallocarray(arr, ncap, elsz)) == NULL)
		return NULL;
	*cap = ncap;
	return na;
}

static int
out_origin(struct out *o, uint32_t off)
{
	struct sb_textrun *r, *nr;

	if (o->runsz > 0) {
		r = &o->runs[o->runsz - 1];
		if (r->orig + (o->len - r->at) == off)
			return SB_OK;
		if (r->at == o->len) {
			r->orig = off;
			return SB_OK;
		}
	}
	if ((nr = room(o->runs, o->runsz, &o->runcap, sizeof(*nr))) == NULL)
		return SB_ENOMEM;
	o->runs = nr;
	o->runs[o->runsz].at = (uint32_t)o->len;
	o->runs[o->runsz++].orig = off;
	return SB_OK;
}

/* A line of the original starts at off (after a line break). */
static int
out_line(struct out *o, size_t off)
{
	size_t	*nl;

	if ((nl = room(o->lines, o->linesz, &o->linecap, sizeof(*nl))) ==
	    NULL)
		return SB_ENOMEM;
	o->lines = nl;
	o->lines[o->linesz++] = off;
	return SB_OK;
}

/* Append the UTF-8 form of cp, which comes from origin off. */
static int
out_put(struct out *o, uint32_t cp, uint32_t off)
{
	unsigned char	 b[4];
	int		 n, i;

	if (out_origin(o, off) != SB_OK)
		return SB_ENOMEM;
	if (cp < 0x80) {
		b[0] = (unsigned char)cp;
		n = 1;
	} else if (cp < 0x800) {
		b[0] = 0xc0 | (cp >> 6);
		b[1] = 0x80 | (cp & 0x3f);
		n = 2;
	} else if (cp < 0x10000) {
		b[0] = 0xe0 | (cp >> 12);
		b[1] = 0x80 | ((cp >> 6) & 0x3f);
		b[2] = 0x80 | (cp & 0x3f);
		n = 3;
	} else {
		b[0] = 0xf0 | (cp >> 18);
		b[1] = 0x80 | ((cp >> 12) & 0x3f);
		b[2] = 0x80 | ((cp >> 6) & 0x3f);
		b[3] = 0x80 | (cp & 0x3f);
		n = 4;
	}
	for (i = 0; i < n; i++)
		o->buf[o->len++] = (char)b[i];
	return SB_OK;
}

static int
is_ascii_word(uint32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Characters after which a line break really ends a line. */
static int
ends_sentence(uint32_t c)
{
	switch (c) {
	case 0x3002:	/* 。 */
	case 0xff01:	/* ！ */
	case 0xff1f:	/* ？ */
	case 0xff1b:	/* ； */
	case 0xff1a:	/* ： */
	case 0x201d:	/* ” */
	case 0x300d:	/* 」 */
	case 0x2026:	/* … */
	case '!':
	case '?':
	case ';':
	case ':':
		return 1;
	default:
		return 0;
	}
}

/* Map a code point to its normalized form; 0 means drop it. */
static uint32_t
fold(uint32_t c)
{
	if (c >= 0xff10 && c <= 0xff19)		/* full-width digits */
		return c - 0xff10 + '0';
	if ((c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a))
		return c - 0xfee0;
	switch (c) {
	case 0xff05:	/* ％ */
		return '%';
	case 0xff0e:	/* ． */
		return '.';
	case 0xff0f:	/* ／ */
		return '/';
	case 0xff0b:	/* ＋ */
		return '+';
	case 0xff0d:	/* － */
		return '-';
	case 0xff5e:	/* ～ */
		return '~';
	case 0x200b: case 0x200c: case 0x200d: case 0x2060: case 0xfeff:
	case '\r':
		return 0;
	default:
		return c;
	}
}

static int
is_space(uint32_t c)
{
	return c == ' ' || c == '\t' || c == '\f' || c == '\v' ||
	    c == 0x3000 || c == 0xa0 || (c >= 0x2000 && c <= 0x200a);
}

/* ASCII that normalizes to itself whatever comes next (copy_run). */
static const unsigned char plain_ascii[128] = {
	['"'] = 1, ['#'] = 1, ['$'] = 1, ['%'] = 1, ['&'] = 1, ['\''] = 1,
	['('] = 1, [')'] = 1, ['*'] = 1, ['+'] = 1, [','] = 1, ['-'] = 1,
	['.'] = 1, ['/'] = 1, ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1,
	['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
	['<'] = 1, ['='] = 1, ['>'] = 1, ['@'] = 1, ['A'] = 1, ['B'] = 1,
	['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1,
	['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1,
	['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1,
	['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
	['['] = 1, ['\\'] = 1, [']'] = 1, ['^'] = 1, ['`'] = 1, ['a'] = 1,
	['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1,
	['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1,
	['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1,
	['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1,
	['z'] = 1, ['{'] = 1, ['|'] = 1, ['~'] = 1
};

#ifdef __SSE2__
/* Bytes of x in lo..hi (unsigned). */
static inline __m128i
in_range(__m128i x, unsigned char lo, unsigned char hi)
{
	__m128i	 d = _mm_sub_epi8(x, _mm_set1_epi8((char)lo));

	return _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8((char)(hi - lo))),
	    d);
}

#define EQ(x, c)	_mm_cmpeq_epi8((x), _mm_set1_epi8((char)(c)))

/* Lead bytes of the three-byte characters copy_run takes: E1..EF, not ED. */
static inline __m128i
lead3(__m128i x)
{
	return _mm_andnot_si128(EQ(x, 0xed), in_range(x, 0xe1, 0xef));
}

/*
 * The bytes of the 16 at p that are not what copy_run's loop copies,
 * whole characters or parts of them, a bit each (0: a clean block).
 * p[-2] .. p[17] are readable, and p[-2], p[-1] end a character that
 * was copied.  Printable ASCII but _ } ! ? ; : and three-byte
 * characters with a lead of lead3() and two continuation bytes, none of
 * them a space or a fold: U+2000..200D, U+2060 and U+3000 exactly, and
 * a few more full-width characters than fold (the loop looks at those).
 * From the first byte flagged on, the loop decides character by
 * character.
 */
static inline unsigned int
clean16(const unsigned char *p)
{
	const __m128i	 v = _mm_loadu_si128((const __m128i *)p);
	const __m128i	 p1 = _mm_loadu_si128((const __m128i *)(p - 1));
	const __m128i	 p2 = _mm_loadu_si128((const __m128i *)(p - 2));
	const __m128i	 n1 = _mm_loadu_si128((const __m128i *)(p + 1));
	const __m128i	 n2 = _mm_loadu_si128((const __m128i *)(p + 2));
	const __m128i	 ascii = _mm_cmpgt_epi8(v, _mm_set1_epi8(-1));
	__m128i		 bad;

	/* A continuation byte exactly where a lead one or two back wants. */
	bad = _mm_xor_si128(in_range(v, 0x80, 0xbf),
	    _mm_or_si128(lead3(p1), lead3(p2)));
	/* No other lead byte (C0..DF, E0, ED, F0..FF). */
	bad = _mm_or_si128(bad, _mm_andnot_si128(lead3(v),
	    _mm_andnot_si128(ascii, _mm_cmpgt_epi8(v, _mm_set1_epi8(-0x41)))));
	/* ASCII but controls, space, ! : ; ? _ } and DEL. */
	bad = _mm_or_si128(bad, _mm_and_si128(ascii, _mm_or_si128(
	    _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x22)),
	    _mm_or_si128(EQ(v, ':'), EQ(v, ';'))), _mm_or_si128(
	    _mm_or_si128(EQ(v, '?'), EQ(v, '_')), _mm_or_si128(EQ(v, '}'),
	    EQ(v, 0x7f))))));
	/* U+2000..200D (E2 80 80..8D), U+2060 (E2 81 A0). */
	bad = _mm_or_si128(bad, _mm_and_si128(EQ(v, 0xe2), _mm_or_si128(
	    _mm_and_si128(EQ(n1, 0x80), in_range(n2, 0x80, 0x8d)),
	    _mm_and_si128(EQ(n1, 0x81), EQ(n2, 0xa0)))));
	/* U+3000 (E3 80 80). */
	bad = _mm_or_si128(bad, _mm_and_si128(_mm_and_si128(EQ(v, 0xe3),
	    EQ(n1, 0x80)), EQ(n2, 0x80)));
	/* U+FEFF (EF BB BF); U+FF05 FF0B FF0D..19 FF21..3A (EF BC 85 8B
	 * 8D..99 A1..BA) and U+FF41..5E (EF BD 81..9E), which hold the
	 * folds but not ，：；（）！？ */
	bad = _mm_or_si128(bad, _mm_and_si128(EQ(v, 0xef), _mm_or_si128(
	    _mm_or_si128(_mm_and_si128(EQ(n1, 0xbb), EQ(n2, 0xbf)),
	    _mm_and_si128(EQ(n1, 0xbd), in_range(n2, 0x81, 0x9e))),
	    _mm_and_si128(EQ(n1, 0xbc), _mm_or_si128(_mm_or_si128(EQ(n2,
	    0x85), in_range(n2, 0xa1, 0xba)), _mm_andnot_si128(EQ(n2, 0x8c),
	    in_range(n2, 0x8b, 0x99)))))));
	return (unsigned int)_mm_movemask_epi8(bad);
}
#undef EQ

/*
 * Past the clean bytes from i, 16 at a time: to the first byte a block
 * flags (clean16).  Each byte's flag looks at its own character and the
 * two bytes on either side, so the bytes before it are as clean as a
 * whole clean block; the caller goes back to the start of the last
 * character begun.
 */
static size_t
skip_clean16(const unsigned char *src, size_t n, size_t i)
{
	unsigned int	 m;

	for (; i + 18 <= n; i += 16)
		if ((m = clean16(src + i)) != 0)
			return i + (size_t)__builtin_ctz(m);
	return i;
}
#endif

#ifdef HAVE_AVX2_PATH
#define EQ(x, c)	_mm256_cmpeq_epi8((x), _mm256_set1_epi8((char)(c)))

static inline AVX2 __m256i
in_range32(__m256i x, unsigned char lo, unsigned char hi)
{
	__m256i	 d = _mm256_sub_epi8(x, _mm256_set1_epi8((char)lo));

	return _mm256_cmpeq_epi8(_mm256_min_epu8(d,
	    _mm256_set1_epi8((char)(hi - lo))), d);
}

/*
 * Classes of bytes, by their high and low nibbles (a table lookup each,
 * vpshufb, and'ed): ASCII that normalization looks at (C_ASCII: the
 * controls, space, ! : ; ? _ } and DEL, and a few plain ones that share
 * their nibbles, = Z [ ] z {, which clean16 passes), C_CONT a
 * continuation byte, C_LEAD the lead of a three-byte character copy_run
 * takes (E1..EF but ED), C_SPECIAL among them E2 E3 EF, whose
 * characters may be spaces or folds, C_BAD any other lead byte.
 */
#define C_ASCII		0x07
#define C_CONT		0x08
#define C_LEAD		0x30
#define C_SPECIAL	0x20
#define C_BAD		0xc0

static inline AVX2 __m256i
classes32(__m256i x)
{
	const __m256i	 hi = _mm256_setr_epi8(
	    0x01, 0x01, 0x02, 0x04, 0, 0x04, 0, 0x04,
	    0x08, 0x08, 0x08, 0x08, 0x40, 0x40, (char)0xb0, 0x40,
	    0x01, 0x01, 0x02, 0x04, 0, 0x04, 0, 0x04,
	    0x08, 0x08, 0x08, 0x08, 0x40, 0x40, (char)0xb0, 0x40);
	const __m256i	 lo = _mm256_setr_epi8(
	    (char)0xcb, 0x5b, 0x69, 0x69, 0x59, 0x59, 0x59, 0x59,
	    0x59, 0x59, 0x5d, 0x5d, 0x59, (char)0xcd, 0x59, 0x6d,
	    (char)0xcb, 0x5b, 0x69, 0x69, 0x59, 0x59, 0x59, 0x59,
	    0x59, 0x59, 0x5d, 0x5d, 0x59, (char)0xcd, 0x59, 0x6d);
	const __m256i	 nib = _mm256_set1_epi8(0x0f);

	return _mm256_and_si256(_mm256_shuffle_epi8(hi, _mm256_and_si256(
	    _mm256_srli_epi16(x, 4), nib)), _mm256_shuffle_epi8(lo,
	    _mm256_and_si256(x, nib)));
}

/*
 * clean16() for the 32 bytes at p (p[-2] .. p[33] readable), with AVX2:
 * the bytes classed by table, not compared one value at a time.  It
 * flags every byte clean16 flags, and a few more (= Z [ ] z {).
 */
static inline AVX2 unsigned int
clean32(const unsigned char *p)
{
	const __m256i	 v = _mm256_loadu_si256((const __m256i *)p);
	const __m256i	 n1 = _mm256_loadu_si256((const __m256i *)(p + 1));
	const __m256i	 n2 = _mm256_loadu_si256((const __m256i *)(p + 2));
	const __m256i	 c = classes32(v);
	const __m256i	 zero = _mm256_setzero_si256();
	__m256i		 bad, want;

	/* A continuation byte exactly where a lead one or two back wants. */
	want = _mm256_and_si256(_mm256_or_si256(classes32(
	    _mm256_loadu_si256((const __m256i *)(p - 1))), classes32(
	    _mm256_loadu_si256((const __m256i *)(p - 2)))),
	    _mm256_set1_epi8(C_LEAD));
	bad = _mm256_xor_si256(_mm256_cmpeq_epi8(_mm256_and_si256(c,
	    _mm256_set1_epi8(C_CONT)), zero), _mm256_cmpeq_epi8(want, zero));
	/* No ASCII normalization looks at, no other lead byte (a class
	 * bit to a whole byte, as movemask reads the top bit). */
	bad = _mm256_or_si256(bad, _mm256_xor_si256(_mm256_cmpeq_epi8(
	    _mm256_and_si256(c, _mm256_set1_epi8((char)(C_ASCII | C_BAD))),
	    zero), _mm256_set1_epi8(-1)));
	/* U+2000..200D (E2 80 80..8D), U+2060 (E2 81 A0); U+3000 (E3 80
	 * 80); U+FEFF (EF BB BF), U+FF05 FF0B FF0D..19 FF21..3A (EF BC 85
	 * 8B 8D..99 A1..BA), U+FF41..5E (EF BD 81..9E). */
	if (_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_and_si256(c,
	    _mm256_set1_epi8(C_SPECIAL)), zero)) != -1) {
		bad = _mm256_or_si256(bad, _mm256_and_si256(EQ(v, 0xe2),
		    _mm256_or_si256(_mm256_and_si256(EQ(n1, 0x80),
		    in_range32(n2, 0x80, 0x8d)), _mm256_and_si256(EQ(n1, 0x81),
		    EQ(n2, 0xa0)))));
		bad = _mm256_or_si256(bad, _mm256_and_si256(_mm256_and_si256(
		    EQ(v, 0xe3), EQ(n1, 0x80)), EQ(n2, 0x80)));
		bad = _mm256_or_si256(bad, _mm256_and_si256(EQ(v, 0xef),
		    _mm256_or_si256(_mm256_or_si256(_mm256_and_si256(EQ(n1,
		    0xbb), EQ(n2, 0xbf)), _mm256_and_si256(EQ(n1, 0xbd),
		    in_range32(n2, 0x81, 0x9e))), _mm256_and_si256(EQ(n1,
		    0xbc), _mm256_or_si256(_mm256_or_si256(EQ(n2, 0x85),
		    in_range32(n2, 0xa1, 0xba)), _mm256_andnot_si256(EQ(n2,
		    0x8c), in_range32(n2, 0x8b, 0x99)))))));
	}
	return (unsigned int)_mm256_movemask_epi8(bad);
}
#undef EQ

/* skip_clean16(), 32 bytes at a time while they last. */
static AVX2 size_t
skip_clean32(const unsigned char *src, size_t n, size_t i)
{
	unsigned int	 m;

	for (; i + 34 <= n; i += 32)
		if ((m = clean32(src + i)) != 0)
			return i + (size_t)__builtin_ctz(m);
	return skip_clean16(src, n, i);
}
#endif

#ifdef __SSE2__
/*
 * Past the clean blocks from i (i >= 2): with AVX2 where the processor
 * has it (normalization runs over every byte read, and the wider
 * blocks halve its work), else with SSE2.
 */
static size_t
skip_clean(const unsigned char *src, size_t n, size_t i)
{
#ifdef HAVE_AVX2_PATH
	if (have_avx2())
		return skip_clean32(src, n, i);
#endif
	return skip_clean16(src, n, i);
}
#endif

/* U+FF00..FF7F that fold (see fold()), a bit each. */
static const uint64_t	 fold_bits[2] = {
	0x07fffffe03ffe820ull, 0x0000000047fffffeull
};

/*
 * The end of the run of characters from src[i] (n bytes in all) that
 * normalize to themselves when no space is pending: printable ASCII but
 * _ } ! ? ; : (which normalize() looks at again), and three-byte
 * characters that are neither space nor folded.  Writes the last
 * character to *prev.  Out of line, so its loop keeps its variables in
 * registers.
 *
 * Sixteen bytes at a time (32 with AVX2) while they are clean
 * (clean16), whatever the character boundaries, up to the first byte
 * flagged; then back to the start of the character and on by character
 * through the next 16 bytes, and so on.
 */
static size_t __attribute__((noinline))
copy_run(const unsigned char *src, size_t n, size_t i, uint32_t *prev)
{
	uint32_t	 c, b0, b1, b2;
	size_t		 i0 = i, stop;

	for (;;) {
#ifdef __SSE2__
		if (i >= 2 && i + 18 <= n && (stop = skip_clean(src, n, i)) >
		    i) {
			i = stop;
			/* Back to the start of the last character begun: its
			 * continuation bytes may lie beyond the clean blocks. */
			stop = i - 1;
			while ((src[stop] & 0xc0) == 0x80)
				stop--;
			if (src[stop] >= 0x80)
				i = stop;
		}
#endif
		/* The last character or two are left to the careful path. */
		for (stop = i + 16; i < stop && i + 3 <= n; ) {
			b0 = src[i];
			b1 = src[i + 1];
			b2 = src[i + 2];
			if (b0 < 0x80) {
				if (!plain_ascii[b0])
					goto out;
				i++;
				continue;
			}
			/* A three-byte character, not overlong nor a
			 * surrogate. */
			if (b0 - 0xe1 > 0xef - 0xe1 || b0 == 0xed ||
			    ((b1 | b2 << 8) & 0xc0c0) != 0x8080)
				goto out;
			c = (b0 & 0x0f) << 12 | (b1 & 0x3f) << 6 |
			    (b2 & 0x3f);
			/* Spaces and folds: U+2000..U+200D, U+2060, U+3000,
			 * U+FEFF, U+FF05..U+FF5E (see is_space() and fold()),
			 * none of them in U+4000..U+FEFE, where ideographs
			 * are. */
			if (c - 0x4000 > 0xfefe - 0x4000 && (c - 0x2000 <=
			    0x0d || c == 0x2060 || c == 0x3000 || c == 0xfeff ||
			    (c - 0xff00 < 0x80 && (fold_bits[(c >> 6) & 1] >>
			    (c & 63) & 1))))
				goto out;
			i += 3;
		}
		if (i + 3 > n)
			break;
	}
out:
	/* The last character copied (only ASCII and three-byte ones are). */
	if (i > i0)
		*prev = src[i - 1] < 0x80 ? src[i - 1] :
		    (uint32_t)(src[i - 3] & 0x0f) << 12 |
		    (uint32_t)(src[i - 2] & 0x3f) << 6 | (src[i - 1] & 0x3f);
	return i;
}

/*
 * Normalize UTF-8 src (already validated) with origin offsets srcmap
 * (NULL: identity) into t.
 */
static int
normalize(const unsigned char *src, size_t n, const uint32_t *srcmap,
    struct sb_text *t, size_t *bad, int *binary)
{
	struct out	 o;
	size_t		 i = 0;
	int		 nl = 0, sp = 0, skipbrace = 0, rc = SB_ENOMEM;
	uint32_t	 c, prev = 0, spoff = 0, cpoff;
	int		 l;

	memset(&o, 0, sizeof(o));
	if (out_reserve(&o, n + 16) != SB_OK || out_line(&o, 0) != SB_OK)
		goto out;
	while (i < n) {
		/*
		 * Fast path: with no space pending, a run of characters
		 * that normalize to themselves is copied as it is.
		 */
		if (sp == 0 && srcmap == NULL) {
			size_t	 run = i;

			i = copy_run(src, n, i, &prev);
			if (i > run && out_origin(&o, (uint32_t)run) != SB_OK)
				goto out;
			memcpy(o.buf + o.len, src + run, i - run);
			o.len += i - run;
			if (i >= n)
				break;
		}
		if (sp == 0 && src[i] > ' ' && src[i] < 0x7f &&
		    src[i] != '_' && src[i] != '}' && src[i] != '!' &&
		    src[i] != '?' && src[i] != ';' && src[i] != ':') {
			if (out_origin(&o, srcmap ? srcmap[i] : (uint32_t)i) !=
			    SB_OK)
				goto out;
			o.buf[o.len++] = (char)src[i];
			prev = src[i++];
			continue;
		}
		if ((l = dec(src + i, n - i, &c)) == 0 || (c < 0x20 &&
		    c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
			if (bad != NULL) {
				/* Strict: report the first bad byte. */
				*bad = i;
				*binary = l != 0;
				rc = SB_EINPUT;
				goto out;
			}
			c = 0xfffd;
			l = l ? l : 1;
		}
		cpoff = srcmap ? srcmap[i] : (uint32_t)i;
		i += l;
		if (c == '\n') {
			/* Every line break of the original comes by here. */
			if (out_line(&o, (size_t)cpoff + 1) != SB_OK)
				goto out;
			if (nl++ == 0 && sp == 0)
				spoff = cpoff;
			sp = 1;
			continue;
		}
		if (is_space(c)) {
			if (sp == 0)
				spoff = cpoff;
			sp = 1;
			continue;
		}
		if ((c = fold(c)) == 0)
			continue;
		/* "PM_{2.5}": TeX subscript braces around a number. */
		if (c == '_' && i < n && src[i] == '{') {
			i++;
			skipbrace = 1;
			continue;
		}
		if (c == '}' && skipbrace) {
			skipbrace = 0;
			continue;
		}
		/* Output never outgrows input + 1 (a break replaces space). */
		if (o.len + 8 > o.cap && out_reserve(&o, 8) != SB_OK)
			goto out;
		if (o.len > 0 && sp) {
			if (nl >= 2 || (nl == 1 && ends_sentence(prev))) {
				if (out_put(&o, '\n', spoff) != SB_OK)
					goto out;
			} else if (is_ascii_word(prev) && is_ascii_word(c) &&
			    out_put(&o, ' ', spoff) != SB_OK)
				goto out;
		}
		sp = nl = 0;
		if (out_put(&o, c, cpoff) != SB_OK)
			goto out;
		prev = c;
	}
	if (out_origin(&o, srcmap ? srcmap[n] : (uint32_t)n) != SB_OK)
		goto out;
	o.buf[o.len] = '\0';
	t->buf = o.buf;
	t->runs = o.runs;
	t->runsz = o.runsz;
	t->lines = o.lines;
	t->linesz = o.linesz;
	t->len = o.len;
	o.buf = NULL;
	o.runs = NULL;
	o.lines = NULL;
	rc = SB_OK;
out:
	free(o.buf);
	free(o.runs);
	free(o.lines);
	return rc;
}

/*
 * Find the first invalid UTF-8 sequence or control byte; return its
 * offset, or n when the buffer is clean.  *binary is set for NUL and
 * control bytes.
 */
static size_t
utf8_check(const unsigned char *p, size_t n, int *binary)
{
	size_t		 i = 0;
	uint32_t	 c;
	int		 l;

	*binary = 0;
	while (i < n) {
		/* Eight printable ASCII bytes at a time. */
		while (i + 8 <= n) {
			uint64_t	 w;

			memcpy(&w, p + i, 8);
			if ((w & 0x8080808080808080ULL) != 0 ||
			    ((w - 0x2020202020202020ULL) &
			    0x8080808080808080ULL) != 0)
				break;
			i += 8;
		}
		if (i >= n)
			break;
		if (p[i] < 0x80) {
			if (p[i] < 0x20 && p[i] != '\n' && p[i] != '\r' &&
			    p[i] != '\t' && p[i] != '\f') {
				*binary = 1;
				return i;
			}
			i++;
			continue;
		}
		if ((l = dec(p + i, n - i, &c)) == 0)
			return i;
		i += l;
	}
	return n;
}

/*
 * Convert GB18030 to UTF-8 one character at a time, so every output byte
 * knows the offset of its original character.  Returns SB_EINPUT with
 * *bad set at the first undecodable byte.
 */
static int
gb18030_to_utf8(const char *raw, size_t n, unsigned char **outp,
    uint32_t **mapp, size_t *outlen, size_t *bad)
{
	iconv_t		 cd;
	unsigned char	*ob = NULL;
	uint32_t	*om = NULL;
	size_t		 i = 0, len = 0, k, want;
	int		 rc = SB_ENOMEM;

	if ((cd = iconv_open("UTF-8", "GB18030")) == (iconv_t)-1)
		return SB_EINPUT;
	if ((ob = malloc(n * 4 + 1)) == NULL ||
	    (om = reallocarray(NULL, n * 4 + 1, sizeof(uint32_t))) == NULL)
		goto out;
	while (i < n) {
		char	*in = (char *)raw + i, *o = (char *)ob + len;
		size_t	 inl, outl = 4, r = (size_t)-1;

		for (want = 1; want <= 4 && i + want <= n; want++) {
			inl = want;
			in = (char *)raw + i;
			o = (char *)ob + len;
			outl = 4;
			r = iconv(cd, &in, &inl, &o, &outl);
			if (r != (size_t)-1 || errno != EINVAL)
				break;
		}
		if (r == (size_t)-1 || (unsigned char)raw[i] == 0 ||
		    ((unsigned char)raw[i] < 0x20 && raw[i] != '\n' &&
		    raw[i] != '\r' && raw[i] != '\t')) {
			*bad = i;
			rc = SB_EINPUT;
			goto out;
		}
		for (k = len; k < (size_t)(o - (char *)ob); k++)
			om[k] = (uint32_t)i;
		len = (size_t)(o - (char *)ob);
		i = (size_t)(in - raw);
	}
	om[len] = (uint32_t)n;
	*outp = ob;
	*mapp = om;
	*outlen = len;
	ob = NULL;
	om = NULL;
	rc = SB_OK;
out:
	iconv_close(cd);
	free(ob);
	free(om);
	return rc;
}

int
sb_text_decode(const char *raw, size_t rawlen, unsigned int flags,
    struct sb_text *t, struct sb_diag *d)
{
	struct sb_text	 nt;
	unsigned char	*u8 = NULL, *clean = NULL;
	uint32_t	*u8map = NULL;
	size_t		 u8len, bad, gbbad, i, k;
	int		 binary, rc;

	memset(&nt, 0, sizeof(nt));
	nt.orig = raw;
	nt.origlen = rawlen;
	if (rawlen > SB_MAX_ARTICLE_BYTES) {
		rc = sb_diag_set(d, SB_ELIMIT, "file larger than %u bytes",
		    SB_MAX_ARTICLE_BYTES);
		goto out;
	}
	/* Validation and normalization in one pass over clean UTF-8. */
	rc = normalize((const unsigned char *)raw, rawlen, NULL, &nt, &bad,
	    &binary);
	if (rc == SB_OK || rc == SB_ENOMEM) {
		;
	} else if (!binary && !(flags & SB_TEXT_NO_GB18030) &&
	    (rc = gb18030_to_utf8(raw, rawlen, &u8, &u8map, &u8len,
	    &gbbad)) == SB_OK) {
		nt.gb18030 = 1;
		rc = normalize(u8, u8len, u8map, &nt, NULL, NULL);
	} else if (flags & SB_TEXT_LOSSY) {
		/* Replace every bad byte with U+FFFD; count them. */
		if ((clean = malloc(rawlen * 3 + 1)) == NULL ||
		    (u8map = reallocarray(NULL, rawlen * 3 + 1,
		    sizeof(uint32_t))) == NULL) {
			rc = sb_diag_set(d, SB_ENOMEM, "out of memory");
			goto out;
		}
		for (i = k = 0; i < rawlen; ) {
			size_t	 rest = rawlen - i;

			bad = utf8_check((const unsigned char *)raw + i, rest,
			    &binary);
			memcpy(clean + k, raw + i, bad);
			for (size_t j = 0; j < bad; j++)
				u8map[k + j] = (uint32_t)(i + j);
			k += bad;
			i += bad;
			if (i < rawlen) {
				memcpy(clean + k, "\xef\xbf\xbd", 3);
				u8map[k] = u8map[k + 1] = u8map[k + 2] =
				    (uint32_t)i;
				k += 3;
				i++;
				nt.replaced++;
			}
		}
		u8map[k] = (uint32_t)rawlen;
		rc = normalize(clean, k, u8map, &nt, NULL, NULL);
	} else {
		if (d != NULL)
			d->offset = bad;
		if (binary)
			rc = sb_diag_set(d, SB_EINPUT, "binary data (control "
			    "byte 0x%02x) at byte offset %zu",
			    (unsigned)(unsigned char)raw[bad], bad);
		else
			rc = sb_diag_set(d, SB_EINPUT, "invalid UTF-8 (and "
			    "not GB18030) at byte offset %zu", bad);
		goto out;
	}
	if (rc != SB_OK) {
		rc = sb_diag_set(d, rc, "out of memory");
		goto out;
	}
	*t = nt;
	memset(&nt, 0, sizeof(nt));
	rc = SB_OK;
out:
	sb_text_free(&nt);
	free(u8);
	free(u8map);
	free(clean);
	return rc;
}

void
sb_text_free(struct sb_text *t)
{
	if (t == NULL)
		return;
	free(t->buf);
	free(t->runs);
	free(t->lines);
	t->buf = NULL;
	t->runs = NULL;
	t->lines = NULL;
}

size_t
sb_text_orig(const struct sb_text *t, size_t at)
{
	size_t	 lo = 0, hi = t->runsz, mid;

	if (t->runsz == 0)
		return at;
	if (at > t->len)
		at = t->len;
	/* The last run starting at or before at. */
	while (hi - lo > 1) {
		mid = (lo + hi) / 2;
		if (t->runs[mid].at <= at)
			lo = mid;
		else
			hi = mid;
	}
	/* Inside a character longer than its original (U+FFFD for one
	 * bad byte), never past where the next run starts. */
	if (lo + 1 < t->runsz && t->runs[lo].orig + (at - t->runs[lo].at) >
	    t->runs[lo + 1].orig)
		return t->runs[lo + 1].orig;
	return t->runs[lo].orig + (at - t->runs[lo].at);
}

size_t
sb_text_line(const struct sb_text *t, size_t off)
{
	size_t	 lo = 0, hi = t->linesz, mid;

	/* Last line start <= off. */
	while (hi - lo > 1) {
		mid = (lo + hi) / 2;
		if (t->lines[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	return lo + 1;
}

void
sb_text_linecol(const struct sb_text *t, size_t off, size_t *line,
    size_t *col)
{
	size_t		 lo, i, c = 1;
	uint32_t	 cp;
	int		 l;

	*line = sb_text_line(t, off);
	lo = *line - 1;
	if (t->gb18030) {
		*col = off - t->lines[lo] + 1;
		return;
	}
	for (i = t->lines[lo]; i < off && i < t->origlen; c++) {
		l = sb_utf8_decode((const unsigned char *)t->orig + i,
		    t->origlen - i, &cp);
		i += l > 0 ? (size_t)l : 1;
	}
	*col = c;
}
