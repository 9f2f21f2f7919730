/*
 * fuzz_text: decoding and normalization (sb_text_decode).
 * Byte 0 selects the flags (bit 0 SB_TEXT_NO_GB18030, bit 1
 * SB_TEXT_LOSSY); the rest is the raw article.  Checks the offset map
 * and line table the later stages rely on.
 */
#include <string.h>

#include "fuzz.h"
#include "text.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sb_text	 t;
	struct sb_diag	 d;
	unsigned int	 flags;
	size_t		 i, line, col;
	uint32_t	 cp;
	int		 rc;

	flags = fuzz_byte(&data, &size) & (SB_TEXT_NO_GB18030 | SB_TEXT_LOSSY);
	memset(&t, 0, sizeof(t));
	sb_diag_clear(&d);
	rc = sb_text_decode((const char *)data, size, flags, &t, &d);
	if (rc != SB_OK) {
		FUZZ_CHECK(rc < 0);
		FUZZ_CHECK(d.err == rc);
		FUZZ_CHECK(d.offset == (size_t)-1 || d.offset <= size);
		sb_text_free(&t);
		return 0;
	}
	FUZZ_CHECK(t.buf != NULL && t.runs != NULL && t.runsz > 0);
	FUZZ_CHECK(t.buf[t.len] == '\0');
	FUZZ_CHECK(strlen(t.buf) == t.len);
	/* Origins stay inside the input and never go back. */
	for (i = 0; i <= t.len; i++) {
		FUZZ_CHECK(sb_text_orig(&t, i) <= size);
		FUZZ_CHECK(i == 0 || sb_text_orig(&t, i - 1) <=
		    sb_text_orig(&t, i));
	}
	/* The normalized text is valid UTF-8 throughout. */
	for (i = 0; i < t.len; ) {
		rc = sb_utf8_decode((const unsigned char *)t.buf + i,
		    t.len - i, &cp);
		FUZZ_CHECK(rc > 0);
		i += (size_t)rc;
	}
	for (i = 0; i <= t.len; i += 1 + t.len / 64) {
		sb_text_linecol(&t, sb_text_orig(&t, i), &line, &col);
		FUZZ_CHECK(line >= 1 && line <= t.linesz + 1);
	}
	sb_text_free(&t);
	return 0;
}
