/*
 * Shared helpers of the libFuzzer targets in tests/fuzz.  Each target
 * defines LLVMFuzzerTestOneInput; the leading bytes of an input select
 * options (a publication date, decoding flags), the rest is the text.
 * The same sources link either with libFuzzer (SB_FUZZ=ON, clang) or
 * with replay.c, a plain main() that runs saved inputs under ctest.
 */
#ifndef SB_FUZZ_H
#define SB_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/*
 * Take one option byte from the front of the input; 0 when the input is
 * exhausted, so short inputs still run with default options.
 */
static inline unsigned int
fuzz_byte(const uint8_t **data, size_t *size)
{
	unsigned int	 b;

	if (*size == 0)
		return 0;
	b = **data;
	(*data)++;
	(*size)--;
	return b;
}

/*
 * A broken invariant of the code under test: print what and abort, so
 * libFuzzer keeps the input as a crash and the replay driver fails.
 */
#define FUZZ_CHECK(cond) do {						\
	if (!(cond)) {							\
		fprintf(stderr, "%s:%d: invariant failed: %s\n",	\
		    __FILE__, __LINE__, #cond);				\
		abort();						\
	}								\
} while (0)

/*
 * Semantic checks (not memory safety) can be switched off by name once
 * they have found a bug that is reported but not yet fixed, so fuzzing
 * goes on: SB_FUZZ_SKIP=finite,... in the environment.
 */
static inline int
fuzz_skip(const char *name)
{
	const char	*s = getenv("SB_FUZZ_SKIP");

	return s != NULL && strstr(s, name) != NULL;
}

/*
 * A publication date from four option bytes: year 0 (unknown) or
 * 1900..2200 (what sb_date_parse accepts), month 0..12, day 0..31.
 */
static inline void
fuzz_date(const uint8_t **data, size_t *size, int *y, int *m, int *d)
{
	unsigned int	 hi, lo;

	hi = fuzz_byte(data, size);
	lo = fuzz_byte(data, size);
	*y = hi == 0 && lo == 0 ? 0 : 1900 + (int)((hi << 8 | lo) % 301);
	*m = (int)(fuzz_byte(data, size) % 13);
	*d = (int)(fuzz_byte(data, size) % 32);
}

#endif /* SB_FUZZ_H */
