/*
 * Private header of the command line: helpers shared by the cmd_<verb>
 * files.  Only cmd/ reads files, writes outputs and exits.
 */
#ifndef SB_CMD_H
#define SB_CMD_H

#include <stddef.h>
#include <stdio.h>

#include "extract.h"
#include "indicator.h"
#include "period.h"
#include "sb.h"

/* Exit codes (sysexits.h). */
#define EX_DONE		0
#define EX_USAGE_	64
#define EX_DATA		65
#define EX_NOINPUT_	66
#define EX_SOFTWARE_	70
#define EX_UNAVAIL	69
#define EX_CANTCREAT_	73
#define EX_IOERR_	74
#define EX_TEMPFAIL_	75

extern int	 sb_verbose;		/* -v given */

/* Map an enum sb_err to the process exit code. */
int	sb_exit_code(int err);

/* Print "statbrief: FILE:LINE: message" for d (or msg) to stderr. */
void	sb_report_error(const struct sb_diag *d, int rc);
/* Name the file of d and the line of its byte offset in data. */
void	sb_diag_locate(struct sb_diag *d, const char *name, const char *data,
	    size_t len);
void	sb_warnx(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* One row of a manifest. */
struct sb_source {
	size_t		 seq;		/* order read, for "the last one wins" */
	char		*file;		/* base name as the manifest writes it */
	struct sb_date	 date;
	char		*region;	/* may be NULL */
};

struct sb_manifest {
	struct sb_source *rows;
	size_t		 rowsz;
	int		 sorted;	/* sb_manifest_sort was called */
};

/* Sort the rows by file so that sb_manifest_find is a binary search. */
void	sb_manifest_sort(struct sb_manifest *m);

/* Read a manifest TSV (header with file, publication_date[, region]). */
int	sb_manifest_read(const char *path, struct sb_manifest *m,
	    struct sb_diag *d);
void	sb_manifest_free(struct sb_manifest *m);

/* The same from len bytes in memory; path names them in messages. */
int	sb_manifest_parse(const char *buf, size_t len, const char *path,
	    struct sb_manifest *m, struct sb_diag *d);

/* Row for a file (matched by base name), or NULL. */
const struct sb_source *sb_manifest_find(const struct sb_manifest *m,
	    const char *path);

/* An input article: its name, bytes and what the manifest says. */
struct sb_article {
	char		*path;		/* as given or joined with its dir */
	char		*data;		/* file contents, NUL-terminated */
	size_t		 len;
	struct sb_date	 date;		/* from --date or the manifest */
	const char	*region;	/* from the manifest, may be NULL */
};

/*
 * Expand the command-line inputs: files as given, directories into their
 * .txt/.jsonl files (sorted) with the SOURCES.tsv they hold as manifest.
 * paths is a list of pathsz strings; the result list is owned by caller.
 * Missing inputs give SB_ENOENT naming the file.
 */
struct sb_inputs {
	char		**paths;
	size_t		 pathsz;
	struct sb_manifest man;		/* merged manifests */
};

int	sb_inputs_collect(char *const *args, size_t argsz,
	    const char *manifest, struct sb_inputs *in, struct sb_diag *d);
void	sb_inputs_free(struct sb_inputs *in);

/* Read a whole file (or "-" for stdin) into memory. */
int	sb_file_read(const char *path, char **data, size_t *len,
	    struct sb_diag *d);

/*
 * Extract one article (or a JSON Lines file of them) given as bytes:
 * decode, then extract with publication date pub (forced: --date, which
 * outranks a JSON record's own date) and home region.
 */
int	sb_extract_buffer(const struct sb_lex *lx, const char *name,
	    const char *data, size_t len, const struct sb_date *pub, int forced,
	    const char *region, struct sb_obslist *list, struct sb_diag *d);

/*
 * The date and region of an input from --date and the manifest; returns
 * 1 when the date came from --date.
 */
int	sb_source_of(const struct sb_inputs *in, const char *path,
	    const struct sb_date *flagdate, struct sb_date *pub,
	    const char **region);

/*
 * Extract one article file: read, decode, resolve its date and region
 * (flag date wins, then manifest, then dateline), append observations.
 */
int	sb_extract_file(const struct sb_lex *lx, const char *path,
	    const struct sb_inputs *in, const struct sb_date *flagdate,
	    struct sb_obslist *list, struct sb_diag *d);

/*
 * Atomic output: write to NAME.tmp.XXXXXX beside name, fsync, rename,
 * fsync the directory.  The name may hold strftime fields (%Y-%m-%d).
 */
struct sb_outfile {
	char		*name;		/* final name after strftime */
	char		*tmp;		/* temporary name */
	FILE		*fp;
	int		 isstdout;	/* "-": standard output, not renamed */
};

int	sb_out_open(struct sb_outfile *o, const char *pattern,
	    struct sb_diag *d);
int	sb_out_commit(struct sb_outfile *o, struct sb_diag *d);
void	sb_out_abort(struct sb_outfile *o);

/* Write buf to name atomically (open, write, commit). */
int	sb_out_write(const char *pattern, const void *buf, size_t len,
	    char **finalname, struct sb_diag *d);

/* Remove temporary outputs on SIGINT/SIGTERM; install once. */
void	sb_out_signals(void);

/* Lock beside the database: SB_EBUSY when held (after wait seconds). */
int	sb_lock_acquire(const char *db, int wait, int *fd, struct sb_diag *d);
void	sb_lock_release(int fd);

/*
 * Option values, checked once for every subcommand: 0, or -1 after a
 * usage message (the caller exits 64).
 */
int	sb_opt_date(const char *arg, struct sb_date *date);
int	sb_opt_seconds(const char *opt, const char *arg, int *out);

/* Subcommands. */
int	cmd_extract(int argc, char *argv[]);
int	cmd_run(int argc, char *argv[]);
int	cmd_ingest(int argc, char *argv[]);
int	cmd_series(int argc, char *argv[]);
int	cmd_report(int argc, char *argv[]);
int	cmd_chart(int argc, char *argv[]);
int	cmd_export(int argc, char *argv[]);

/* Write observations as tsv, csv or jsonl ("tsv" default). */
int	sb_obs_write(FILE *fp, const char *format, const struct sb_obs *o,
	    size_t osz, int header);
int	sb_format_ok(const char *format);

struct sb_serieslist;

/* Write series points, one row each, as tsv, csv or jsonl. */
int	sb_series_write(FILE *fp, const char *format,
	    const struct sb_serieslist *sl, const struct sb_obs *obs);

#endif /* SB_CMD_H */
