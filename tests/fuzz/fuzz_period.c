/*
 * fuzz_period: time expressions (sb_period_scan, sb_period_fmt) and the
 * date parser (sb_date_parse).  Bytes 0-3 are the publication date (see
 * fuzz_date), bytes 4-5 the context year (0 or 1900..2200); the rest is
 * the text, scanned at every byte offset as the extractor does.
 */
#include <string.h>

#include "fuzz.h"
#include "period.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char	*p;
	struct sb_date	 pub, dd;
	struct sb_period per;
	char		 buf[64], *s;
	size_t		 i, l;
	unsigned int	 hi, lo;
	int		 ctxyear;

	fuzz_date(&data, &size, &pub.y, &pub.m, &pub.d);
	hi = fuzz_byte(&data, &size);
	lo = fuzz_byte(&data, &size);
	ctxyear = hi == 0 && lo == 0 ? 0 : 1900 + (int)((hi << 8 | lo) % 301);
	/*
	 * SB_FUZZ_SKIP=pad: scan a copy followed by a NUL, as the extractor's
	 * buffers are, to fuzz on past a known read of p[n].
	 */
	if ((s = malloc(size + 1)) == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	p = fuzz_skip("pad") ? s : (const char *)data;
	for (i = 0; i < size; i++) {
		memset(&per, 0, sizeof(per));
		if ((l = sb_period_scan(p + i, size - i, &pub, ctxyear,
		    &per)) == 0)
			continue;
		FUZZ_CHECK(l <= size - i);
		sb_period_fmt(&per, buf, sizeof(buf));
		FUZZ_CHECK(strlen(buf) < sizeof(buf));
		FUZZ_CHECK(per.gran == SB_GRAN_NONE || buf[0] != '\0');
	}
	/* The same bytes as a --date argument or manifest cell. */
	if (sb_date_parse(s, &dd) == 0)
		FUZZ_CHECK(dd.y >= 1900 && dd.m >= 0 && dd.m <= 12);
	free(s);
	return 0;
}
