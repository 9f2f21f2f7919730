/*
 * fuzz_jsonl: JSON Lines article records (sb_jsonl_parse, jsonl.h).
 * No option bytes: the input is split at newlines as the reader does and
 * every line is parsed.  A parsed record's offset map must point into
 * its line and its text must be as long as it says.
 */
#include <string.h>

#include "fuzz.h"
#include "jsonl.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char		*p = (const char *)data, *nl;
	struct sb_jsonrec	 rec;
	struct sb_diag		 d;
	size_t			 len, i;
	int			 rc;

	while (size > 0) {
		nl = memchr(p, '\n', size);
		len = nl != NULL ? (size_t)(nl - p) : size;
		memset(&rec, 0, sizeof(rec));
		sb_diag_clear(&d);
		rc = sb_jsonl_parse(p, len, &rec, &d);
		if (rc == SB_OK) {
			FUZZ_CHECK(rec.text != NULL && rec.map != NULL);
			FUZZ_CHECK(rec.text[rec.textlen] == '\0');
			for (i = 0; i <= rec.textlen; i++)
				FUZZ_CHECK(rec.map[i] <= len);
		} else {
			FUZZ_CHECK(rc == SB_EINPUT || rc == SB_ENOMEM);
			FUZZ_CHECK(rc != SB_EINPUT || d.offset == (size_t)-1 ||
			    d.offset <= len);
		}
		sb_jsonrec_free(&rec);
		if (nl == NULL)
			break;
		size -= len + 1;
		p += len + 1;
	}
	return 0;
}
