/*
 * Private to analysis/: the vector instructions the scanners use.  SSE2
 * is in every x86-64; AVX2 paths are built beside it (AVX2 marks their
 * functions) and taken where the processor has it (have_avx2(), asked
 * at run time), unless the build says SB_NO_AVX2.
 */
#ifndef SB_SIMD_H
#define SB_SIMD_H

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__) && !defined(SB_NO_AVX2)
#include <immintrin.h>
#define HAVE_AVX2_PATH	1
#define AVX2		__attribute__((target("avx2")))

/* Has this processor AVX2?  (A load and a test: libgcc asked once.) */
static inline int
have_avx2(void)
{
	return __builtin_cpu_supports("avx2");
}
#endif

#endif /* SB_SIMD_H */
