/*
 * Private to cmd/: the steps that several subcommands share (ingest
 * inputs into the store, build and publish a brief).
 */
#ifndef SB_PIPELINE_H
#define SB_PIPELINE_H

#include <getopt.h>

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

/*
 * The options several subcommands share, read in one place.  A command
 * lists in its getopt table the options it takes, handles its own, and
 * hands every other to sb_opt_shared().  The letters: D db, m manifest,
 * d date, b backend, s spec, t title, c csv, w wait, o output, f format,
 * i indicator, r region, v verbose.
 */
struct sb_opts {
	const char	*db;		/* default statbrief.db */
	const char	*manifest;
	const char	*spec;
	const char	*title;
	const char	*csv;
	const char	*out;
	const char	*format;	/* default as given to sb_opts_init */
	const char	*indicator;
	const char	*region;
	struct sb_date	 date;		/* zero: none given */
	enum sb_backend	 backend;	/* default cairo */
	int		 wait;		/* seconds; 0: do not wait */
};

/* Entries of a getopt_long table for the shared options. */
#define SB_OPT_DB	{ "db", required_argument, NULL, 'D' }
#define SB_OPT_MANIFEST	{ "manifest", required_argument, NULL, 'm' }
#define SB_OPT_DATE	{ "date", required_argument, NULL, 'd' }
#define SB_OPT_BACKEND	{ "backend", required_argument, NULL, 'b' }
#define SB_OPT_SPEC	{ "spec", required_argument, NULL, 's' }
#define SB_OPT_TITLE	{ "title", required_argument, NULL, 't' }
#define SB_OPT_CSV	{ "csv", required_argument, NULL, 'c' }
#define SB_OPT_WAIT	{ "wait", required_argument, NULL, 'w' }
#define SB_OPT_OUTPUT	{ "output", required_argument, NULL, 'o' }
#define SB_OPT_FORMAT	{ "format", required_argument, NULL, 'f' }
#define SB_OPT_INDICATOR { "indicator", required_argument, NULL, 'i' }
#define SB_OPT_REGION	{ "region", required_argument, NULL, 'r' }
#define SB_OPT_VERBOSE	{ "verbose", no_argument, NULL, 'v' }
#define SB_OPT_HELP	{ "help", no_argument, NULL, 'h' }
#define SB_OPT_END	{ NULL, 0, NULL, 0 }

void	sb_opts_init(struct sb_opts *o, const char *format);

/*
 * Read the options of a command that takes only shared ones (and -h):
 * -1 to go on, else the status to exit with (0 after --help).
 */
int	sb_opts_parse(int argc, char *argv[], const char *shortopts,
	    const struct option *longopts, struct sb_opts *o,
	    void (*usage)(FILE *));

/* SB_OK when the store db exists; else SB_ENOENT saying to ingest first. */
int	sb_db_exists(const char *db, struct sb_diag *d);

/*
 * Take option ch with its argument arg: 1 when it is a shared option
 * and was taken, 0 when it is none (the caller prints its usage), -1
 * when its value is bad (a message was printed).
 */
int	sb_opt_shared(int ch, const char *arg, struct sb_opts *o);

/* Default CSV name beside a PDF name: brief.pdf -> brief.csv. */
char	*sb_csv_beside(const char *pdf);

#endif /* SB_PIPELINE_H */
