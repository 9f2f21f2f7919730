/*
 * fuzz_manifest: manifest TSV parsing (sb_manifest_parse in cmd/util.c,
 * compiled in, on the input bytes) and lookup (sb_manifest_find), before
 * and after sorting; no option bytes.
 */
#include <string.h>

#include "cmd.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sb_manifest	 m;
	struct sb_diag		 d;
	const struct sb_source	*s;
	size_t			 i;
	int			 rc;

	memset(&m, 0, sizeof(m));
	sb_diag_clear(&d);
	rc = sb_manifest_parse((const char *)data, size, "fuzz.tsv", &m, &d);
	if (rc == SB_OK) {
		for (i = 0; i < m.rowsz; i++) {
			FUZZ_CHECK(m.rows[i].file != NULL);
			FUZZ_CHECK(strchr(m.rows[i].file, '/') == NULL);
			FUZZ_CHECK(m.rows[i].date.y >= 1900);
			s = sb_manifest_find(&m, m.rows[i].file);
			FUZZ_CHECK(s != NULL);
		}
		(void)sb_manifest_find(&m, "dir/a.txt");
		sb_manifest_sort(&m);
		for (i = 0; i < m.rowsz; i++)
			FUZZ_CHECK(sb_manifest_find(&m, m.rows[i].file) !=
			    NULL);
	} else {
		FUZZ_CHECK(rc == SB_EINPUT || rc == SB_ENOMEM);
		FUZZ_CHECK(d.err == rc && d.msg[0] != '\0');
	}
	sb_manifest_free(&m);
	return 0;
}
