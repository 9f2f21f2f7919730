/* Decoding and normalization with the offset map (analysis/text.c). */
#include <iconv.h>
#include <stdlib.h>

#include "harness.h"
#include "text.h"

static char	 norm[4096];

static int
dec(const char *s, size_t n, struct sb_text *t, struct sb_diag *d)
{
	int	 rc;

	sb_diag_clear(d);
	rc = sb_text_decode(s, n, 0, t, d);
	if (rc == SB_OK)
		snprintf(norm, sizeof(norm), "%s", t->buf);
	return rc;
}

/* What a full-width character U+FF01..FF7F becomes: its ASCII form
 * for digits, letters and ％．／＋－～, else itself (0). */
static int
fullwidth_ascii(unsigned int c)
{
	if (c >= 0xff10 && c <= 0xff19)
		return (int)(c - 0xff10 + '0');
	if ((c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a))
		return (int)(c - 0xfee0);
	switch (c) {
	case 0xff05: return '%';
	case 0xff0e: return '.';
	case 0xff0f: return '/';
	case 0xff0b: return '+';
	case 0xff0d: return '-';
	case 0xff5e: return '~';
	default: return 0;
	}
}

/*
 * Every full-width character in the middle of a run of ideographs (the
 * fast copy's path) folds or stays as the rules say.
 */
static void
fullwidth_all(void)
{
	struct sb_text	 t;
	struct sb_diag	 d;
	char		 in[64], want[64], mid[4];
	unsigned int	 c, bad = 0;
	int		 a;

	for (c = 0xff01; c <= 0xff7f; c++) {
		mid[0] = (char)(0xe0 | c >> 12);
		mid[1] = (char)(0x80 | (c >> 6 & 0x3f));
		mid[2] = (char)(0x80 | (c & 0x3f));
		mid[3] = '\0';
		snprintf(in, sizeof(in), "中中中中中中%s国国国国国国", mid);
		if ((a = fullwidth_ascii(c)) != 0)
			snprintf(want, sizeof(want), "中中中中中中%c国国国国国国",
			    a);
		else
			snprintf(want, sizeof(want), "%s", in);
		if (dec(in, strlen(in), &t, &d) != SB_OK ||
		    strcmp(norm, want) != 0)
			bad++;
		if (d.err == SB_OK)
			sb_text_free(&t);
	}
	int_eq(bad, 0, "every full-width character folds as the rules say");
}

/*
 * The fast copy (16 bytes at a time where they are clean, 32 with AVX2;
 * a build with SB_NO_AVX2 tests the SSE2 path alone) against the
 * careful path, on random text of the pieces either may stop at, at
 * every alignment.  A strict decode of valid text takes the fast copy;
 * a lossy one of the same text with one bad byte after it goes by the
 * careful path all the way.  Both must give the same text and the same
 * origin of every byte.  A bad sequence planted in the text is reported
 * at its offset.
 */
static void
fast_copy_agrees(void)
{
	static const char *const piece[] = {
		"中", "国", "增", "长", "，", "。", "、", "“", "”", "—",
		"：", "；", "（", "）", "！", "？", "％", "．", "５", "Ａ", "ｚ",
		"～", "＠", "［", "\xef\xbc\x8b", "\xef\xbc\x8d",
		"\xe2\x80\x8b", "\xe2\x80\x8d", "\xe2\x80\x8e", "\xe2\x81\xa0",
		"\xe3\x80\x80", "\xef\xbb\xbf", "\xef\xbf\xbd", "\xe1\x80\x80",
		"\xee\x80\x80", "\xe0\xa4\x85", "\xed\x9f\xbf", "é", "\xc2\xa0",
		"𠀀", "a", "Z", "0", "9", ".", "%", "-", " ", "\n", "\n\n", "\t",
		"!", "?", ":", ";", "_", "}", "{", "PM_{2.5}", "~", "\r\n"
	};
	static const char *const bad[] = {
		"\xff", "\x80", "\xe4\xb8", "\xed\xa0\x80", "\xe0\x80\x80",
		"\xc0\xaf", "\xf5\x80\x80\x80", "\xe4\x41\x80"
	};
	const size_t	 np = sizeof(piece) / sizeof(piece[0]);
	char		 in[1024], lossy[1030];
	struct sb_text	 t, u;
	struct sb_diag	 d;
	size_t		 len, i, k, at, nbad = 0, nmap = 0, noff = 0;
	unsigned int	 seed = 12345;
	int		 round, rc;

	for (round = 0; round < 4000; round++) {
		/* Runs of ideographs, so the 16-byte blocks have work. */
		len = 0;
		for (k = (size_t)round % 17; k > 0; k--) {
			memcpy(in + len, "a", 1);
			len++;
		}
		while (len < 600) {
			seed = seed * 1103515245u + 12345u;
			if ((seed >> 16) % 4 != 0) {
				memcpy(in + len, "中国经济", 12);
				len += 12;
				continue;
			}
			k = (seed >> 8) % np;
			memcpy(in + len, piece[k], strlen(piece[k]));
			len += strlen(piece[k]);
		}
		/* The careful path: the same text, a bad byte after it. */
		memcpy(lossy, in, len);
		lossy[len] = '\xff';
		sb_diag_clear(&d);
		rc = sb_text_decode(in, len, SB_TEXT_NO_GB18030, &t, &d);
		sb_diag_clear(&d);
		if (sb_text_decode(lossy, len + 1, SB_TEXT_NO_GB18030 |
		    SB_TEXT_LOSSY, &u, &d) != SB_OK || rc != SB_OK) {
			nbad++;
			if (rc == SB_OK)
				sb_text_free(&t);
			continue;
		}
		/* The lossy text ends in U+FFFD, maybe after a break. */
		if (u.len < t.len || memcmp(t.buf, u.buf, t.len) != 0)
			nbad++;
		else
			for (i = 0; i <= t.len; i++)
				if (sb_text_orig(&t, i) != sb_text_orig(&u, i) &&
				    i < t.len)
					nmap++;
		sb_text_free(&t);
		sb_text_free(&u);

		/* A bad sequence at a random character boundary. */
		seed = seed * 1103515245u + 12345u;
		for (at = (seed >> 8) % len; at > 0 &&
		    ((unsigned char)in[at] & 0xc0) == 0x80; at--)
			;
		k = (seed >> 4) % (sizeof(bad) / sizeof(bad[0]));
		memcpy(lossy, in, at);
		memcpy(lossy + at, bad[k], strlen(bad[k]));
		memcpy(lossy + at + strlen(bad[k]), in + at, len - at);
		sb_diag_clear(&d);
		if (sb_text_decode(lossy, len + strlen(bad[k]),
		    SB_TEXT_NO_GB18030, &t, &d) == SB_OK) {
			sb_text_free(&t);
			noff++;
		} else if (d.offset != at)
			noff++;
	}
	int_eq(nbad, 0, "fast copy and careful path give the same text");
	int_eq(nmap, 0, "fast copy and careful path give the same origins");
	int_eq(noff, 0, "a bad sequence is reported at its offset");
}

int
main(void)
{
	struct sb_text	 t;
	struct sb_diag	 d;
	size_t		 line, col, i;
	const char	*s;
	char		 gb[64], *in, *out;
	size_t		 inl, outl;
	iconv_t		 cd;

	s = "全年增长１２．５％\xe2\x80\x8b。";
	int_eq(dec(s, strlen(s), &t, &d), SB_OK, "decode full-width");
	str_eq(norm, "全年增长12.5%。", "full-width folded, zero-width gone");
	/* The 1 of 12.5 maps back to the full-width １ at byte 12. */
	int_eq(sb_text_orig(&t, 12), 12, "offset map points into the original");
	/* ５ (bytes 21..23) folds to one byte: ％ after it starts at 24. */
	int_eq(sb_text_orig(&t, 16), 24, "a folded character maps to its own start");
	/* 。 comes after the zero-width space (bytes 27..29). */
	int_eq(sb_text_orig(&t, 17), 30, "a dropped character shifts what follows");
	int_eq(sb_text_orig(&t, t.len), strlen(s), "the end maps to the end");
	sb_text_free(&t);

	s = "完成投资\n1562亿元，同\n比增长8.1%。\n\n下一段";
	dec(s, strlen(s), &t, &d);
	str_eq(norm, "完成投资1562亿元，同比增长8.1%。\n下一段",
	    "hard wraps joined, paragraph break kept");
	/* 下 of 下一段 is on line 5. */
	for (i = 0; i < t.len && strncmp(t.buf + i, "下一段", 9) != 0; i++)
		;
	sb_text_linecol(&t, sb_text_orig(&t, i), &line, &col);
	int_eq(line, 5, "line of 下一段");
	int_eq(col, 1, "column of 下一段");
	sb_text_free(&t);

	s = "海 子 湾 村 共 有 2 024 户 , PM_{2.5} 和 New York";
	dec(s, strlen(s), &t, &d);
	str_eq(norm, "海子湾村共有2024户,PM2.5和New York",
	    "spaced characters, TeX subscript, ASCII words keep a space");
	sb_text_free(&t);

	s = "好\xff\xfe坏";
	int_eq(dec(s, strlen(s), &t, &d), SB_EINPUT, "invalid UTF-8 refused");
	int_eq(d.offset, 3, "offset of the bad byte");

	s = "abc\0def";
	int_eq(dec(s, 7, &t, &d), SB_EINPUT, "NUL refused");
	int_eq(d.offset, 3, "offset of the NUL");
	ok(strstr(d.msg, "binary") != NULL, "NUL called binary");

	/* GB18030 input decodes, and offsets point at the GB bytes. */
	cd = iconv_open("GB18030", "UTF-8");
	in = (char *)"太原市增长5%";
	inl = strlen(in);
	out = gb;
	outl = sizeof(gb);
	iconv(cd, &in, &inl, &out, &outl);
	iconv_close(cd);
	int_eq(dec(gb, (size_t)(out - gb), &t, &d), SB_OK, "GB18030 decodes");
	str_eq(norm, "太原市增长5%", "GB18030 text");
	int_eq(t.gb18030, 1, "GB18030 detected");
	/* 5 is the 6th character: 5 two-byte characters before it. */
	for (i = 0; i < t.len && t.buf[i] != '5'; i++)
		;
	int_eq(sb_text_orig(&t, i), 10, "GB18030 offset of 5");
	sb_text_free(&t);

	/* A lossy decode replaces and counts. */
	sb_diag_clear(&d);
	int_eq(sb_text_decode("a\xffz", 3, SB_TEXT_LOSSY | SB_TEXT_NO_GB18030,
	    &t, &d), SB_OK, "lossy decode");
	int_eq(t.replaced, 1, "one replacement");
	sb_text_free(&t);
	fullwidth_all();
	fast_copy_agrees();
	return h_done();
}
