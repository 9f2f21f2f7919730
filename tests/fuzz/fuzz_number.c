/*
 * fuzz_number: numerals (sb_number_parse), magnitudes (sb_number_scale)
 * and Chinese digits (sb_number_cdigit).  No option bytes: the input is
 * the text, and every function is tried at every byte offset, as the
 * scanner does.  A numeral never reads past n, is finite and within the
 * documented 1e18.
 */
#include <math.h>

#include "fuzz.h"
#include "number.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char	*p = (const char *)data;
	char		*s;
	struct sb_num	 num;
	size_t		 i, l, dl;
	double		 scale;
	int		 v;

	/* SB_FUZZ_SKIP=pad: parse a NUL-terminated copy (see fuzz_period). */
	if ((s = malloc(size + 1)) == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	if (fuzz_skip("pad"))
		p = s;
	for (i = 0; i < size; i++) {
		if ((l = sb_number_parse(p + i, size - i, &num)) > 0) {
			FUZZ_CHECK(l <= size - i);
			FUZZ_CHECK(num.len == l);
			if (!fuzz_skip("finite")) {
				FUZZ_CHECK(isfinite(num.value));
				FUZZ_CHECK(fabs(num.value) <= 1e18);
			}
			FUZZ_CHECK(num.decimals >= 0);
		}
		if ((l = sb_number_scale(p + i, size - i, &scale)) > 0) {
			FUZZ_CHECK(l <= size - i);
			FUZZ_CHECK(scale >= 1e4 && scale <= 1e12);
		}
		dl = 0;
		if ((v = sb_number_cdigit(p + i, size - i, &dl)) >= 0) {
			FUZZ_CHECK(v <= 9);
			FUZZ_CHECK(dl > 0 && dl <= size - i);
		}
	}
	free(s);
	return 0;
}
