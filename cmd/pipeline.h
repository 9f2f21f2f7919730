/*
 * Private to cmd/: the steps that several subcommands share (ingest
 * inputs into the store, build and publish a brief).
 */
#ifndef SB_PIPELINE_H
#define SB_PIPELINE_H

#include "cmd.h"
#include "render.h"
#include "spec.h"
#include "store.h"

struct sb_ingest_stats {
	size_t		 files;		/* files read */
	size_t		 changed;	/* files stored anew */
	size_t		 obs;		/* observations stored */
};

/* Ingest the files of in (or the built-in sample when in is NULL). */
int	sb_ingest(struct sb_store *st, const struct sb_lex *lx,
	    const struct sb_inputs *in, const struct sb_date *flagdate,
	    struct sb_ingest_stats *stats, struct sb_diag *d);

/*
 * Build the brief from everything stored as spec says (NULL: the
 * built-in spec; a non-NULL title overrides the spec's) and publish it
 * as pdfpattern (strftime fields allowed) and, when csvpattern is not
 * NULL, the observations as CSV.  The final names are returned (caller
 * frees).
 */
int	sb_publish_brief(struct sb_store *st, enum sb_backend backend,
	    const struct sb_spec *spec, const char *title,
	    const char *pdfpattern, const char *csvpattern,
	    char **pdfname, char **csvname, struct sb_diag *d);

/*
 * Read and parse the report spec at path ("-" for stdin) into *out
 * (caller frees with sb_spec_free).  SB_ENOENT when missing, SB_EINPUT
 * or SB_ELIMIT naming the line when bad.
 */
int	sb_spec_load(const char *path, struct sb_spec **out,
	    struct sb_diag *d);

/* --backend NAME: 0, or -1 after a usage message. */
int	sb_opt_backend(const char *arg, enum sb_backend *b);

/* Default CSV name beside a PDF name: brief.pdf -> brief.csv. */
char	*sb_csv_beside(const char *pdf);

#endif /* SB_PIPELINE_H */
