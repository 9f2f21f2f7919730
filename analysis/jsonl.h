/*
 * JSON Lines input: one article per line, an object with the text in
 * "text" (or "content", "body") and optionally "date" (or
 * "publication_date", "published"), "region", "id" and "title".  The
 * decoded text keeps a map back to byte offsets in the line, so figures
 * still point into the original file.
 */
#ifndef SB_JSONL_H
#define SB_JSONL_H

#include <stddef.h>
#include <stdint.h>

#include "sb.h"

/* One record; all strings are owned, NUL-terminated, NULL when absent. */
struct sb_jsonrec {
	char		*text;		/* the article, UTF-8 as decoded */
	size_t		 textlen;
	uint32_t	*map;		/* textlen + 1 offsets into the line */
	char		*date;
	char		*region;
	char		*id;
	char		*title;
};

/*
 * Parse one line (len bytes, no newline) into rec.  Returns SB_OK,
 * SB_EINPUT (d->offset set to the byte of the line where it failed) or
 * SB_ENOMEM.  A record without text is SB_EINPUT.
 */
int	sb_jsonl_parse(const char *line, size_t len, struct sb_jsonrec *rec,
	    struct sb_diag *d);

/* Free what rec owns and zero it. */
void	sb_jsonrec_free(struct sb_jsonrec *rec);

#endif /* SB_JSONL_H */
