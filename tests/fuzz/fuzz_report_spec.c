/*
 * fuzz_report_spec: report-spec parsing (sb_spec_parse, render/spec.h),
 * which reads INI text through libinih.  No option bytes: the input is
 * the spec.  Every parsed spec must respect the spec's own limits.
 */
#include <string.h>

#include "fuzz.h"
#include "spec.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sb_spec	*s = NULL;
	struct sb_diag	 d;
	size_t		 i;
	int		 rc;

	sb_diag_clear(&d);
	rc = sb_spec_parse((const char *)data, size, "fuzz.ini", &s, &d);
	if (rc != SB_OK) {
		FUZZ_CHECK(s == NULL);
		FUZZ_CHECK(rc == SB_EINPUT || rc == SB_ELIMIT ||
		    rc == SB_ENOMEM);
		return 0;
	}
	FUZZ_CHECK(s != NULL);
	FUZZ_CHECK(s->sectionsz <= SB_MAX_SPEC_SECTIONS);
	for (i = 0; i < s->sectionsz; i++) {
		FUZZ_CHECK(s->sections[i].name != NULL);
		FUZZ_CHECK(s->sections[i].indicatorsz <= SB_MAX_SPEC_ITEMS);
		FUZZ_CHECK(s->sections[i].regionsz <= SB_MAX_SPEC_ITEMS);
		FUZZ_CHECK(sb_spec_chart_name(s->sections[i].chart) != NULL);
	}
	sb_spec_free(s);
	return 0;
}
