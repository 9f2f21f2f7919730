/*
 * A tiny test harness: ok / int_eq / str_eq / dbl_eq, then "N passed, N
 * failed" and exit 1 on any failure (as cmark's api_test/harness.h).
 */
#ifndef SB_HARNESS_H
#define SB_HARNESS_H

#include <math.h>
#include <stdio.h>
#include <string.h>

static int	 h_pass, h_fail;

#define ok(cond, name) do {						\
	if (cond)							\
		h_pass++;						\
	else {								\
		h_fail++;						\
		fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__,	\
		    (name));						\
	}								\
} while (0)

#define int_eq(a, b, name) do {						\
	long long h_a = (long long)(a), h_b = (long long)(b);		\
	if (h_a == h_b)							\
		h_pass++;						\
	else {								\
		h_fail++;						\
		fprintf(stderr, "FAIL %s:%d: %s: got %lld, want %lld\n",\
		    __FILE__, __LINE__, (name), h_a, h_b);		\
	}								\
} while (0)

#define dbl_eq(a, b, name) do {						\
	double h_a = (a), h_b = (b);					\
	if (fabs(h_a - h_b) <= 1e-9 * fmax(1, fabs(h_b)))		\
		h_pass++;						\
	else {								\
		h_fail++;						\
		fprintf(stderr, "FAIL %s:%d: %s: got %.10g, want %.10g\n",\
		    __FILE__, __LINE__, (name), h_a, h_b);		\
	}								\
} while (0)

#define str_eq(a, b, name) do {						\
	const char *h_a = (a), *h_b = (b);				\
	if (h_a != NULL && strcmp(h_a, h_b) == 0)			\
		h_pass++;						\
	else {								\
		h_fail++;						\
		fprintf(stderr, "FAIL %s:%d: %s: got '%s', want '%s'\n",\
		    __FILE__, __LINE__, (name), h_a ? h_a : "(null)", h_b);\
	}								\
} while (0)

static int
h_done(void)
{
	printf("%d passed, %d failed\n", h_pass, h_fail);
	return h_fail ? 1 : 0;
}

#endif
