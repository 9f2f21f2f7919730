/*
 * fuzz_extract: a whole article through decoding and extraction
 * (sb_text_decode, sb_extract) with the built-in lexicons (sb_lex_new,
 * loaded once).  Bytes 0-3 are the publication date (see fuzz_date;
 * year 0 lets the dateline decide), byte 4 picks the home region and the
 * decoding flags; the rest is the article.  Every observation must point
 * inside the original bytes and carry its strings.
 */
#include <math.h>
#include <string.h>

#include "extract.h"
#include "fuzz.h"

static struct sb_lex	*lex;

static void
free_lex(void)
{
	sb_lex_free(lex);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const regions[] = {
		NULL, "太原市", "山西省", "迎泽区", "全国", "不存在的地方"
	};
	struct sb_text	 t;
	struct sb_diag	 d;
	struct sb_docinfo info;
	struct sb_obslist list;
	const struct sb_obs *o;
	unsigned int	 b;
	size_t		 i;
	int		 rc;

	if (lex == NULL) {
		if (sb_lex_new(NULL, &lex, NULL) != SB_OK)
			abort();
		atexit(free_lex);
	}
	memset(&info, 0, sizeof(info));
	info.name = "fuzz.txt";
	fuzz_date(&data, &size, &info.pub.y, &info.pub.m, &info.pub.d);
	b = fuzz_byte(&data, &size);
	info.region = regions[(b & 0x0f) % (sizeof(regions) /
	    sizeof(regions[0]))];
	memset(&t, 0, sizeof(t));
	memset(&list, 0, sizeof(list));
	sb_diag_clear(&d);
	if (sb_text_decode((const char *)data, size, (b >> 4) & 3, &t,
	    &d) != SB_OK) {
		sb_text_free(&t);
		return 0;
	}
	rc = sb_extract(lex, &t, &info, &list, &d);
	FUZZ_CHECK(rc == SB_OK || rc == SB_ENOMEM || rc == SB_ELIMIT);
	for (i = 0; i < list.obssz; i++) {
		o = &list.obs[i];
		FUZZ_CHECK(o->offset < size);
		FUZZ_CHECK(o->line >= 1 && o->col >= 1);
		FUZZ_CHECK(o->doc != NULL && o->indicator != NULL &&
		    o->indicator_id != NULL && o->region != NULL &&
		    o->period != NULL && o->unit != NULL &&
		    o->base_unit != NULL && o->sentence != NULL);
		FUZZ_CHECK(sb_qual_name(o->qual) != NULL);
		FUZZ_CHECK(sb_kind_name(o->kind) != NULL);
		if (!fuzz_skip("finite"))
			FUZZ_CHECK(isfinite(o->value) &&
			    isfinite(o->value_hi) &&
			    isfinite(o->base_value) &&
			    isfinite(o->base_value_hi));
	}
	sb_obslist_free(&list);
	sb_text_free(&t);
	return 0;
}
