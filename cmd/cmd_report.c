/*
 * statbrief report: render a PDF brief from what the store holds.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pipeline.h"

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: statbrief report [--db DB] [--backend cairo|hpdf] "
	    "[--title T] [--csv OUT.csv]\n"
	    "                        [--wait SECONDS] -o OUT.pdf\n"
	    "\n"
	    "Render a PDF brief (line charts of the longest series, a bar chart,\n"
	    "a table of key figures with sources) from the store.  OUT may hold\n"
	    "strftime fields (briefs/%%Y-%%m-%%d.pdf).\n");
}

int
cmd_report(int argc, char *argv[])
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'D' },
		{ "backend", required_argument, NULL, 'b' },
		{ "spec", required_argument, NULL, 's' },
		{ "title", required_argument, NULL, 't' },
		{ "csv", required_argument, NULL, 'c' },
		{ "wait", required_argument, NULL, 'w' },
		{ "output", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char	*db = "statbrief.db", *title = NULL, *pdfpat = NULL,
			*csvpat = NULL;
	char		*pdfname = NULL;
	struct sb_store	*st = NULL;
	struct sb_diag	 d;
	enum sb_backend	 backend = SB_BACKEND_CAIRO;
	int		 ch, rc, lockfd = -1, wait = 0;

	sb_diag_clear(&d);
	while ((ch = getopt_long(argc, argv, "o:h", opts, NULL)) != -1) {
		switch (ch) {
		case 'D':
			db = optarg;
			break;
		case 'b':
			if (sb_backend_parse(optarg, &backend) != 0) {
				sb_warnx("--backend: unknown backend '%s' "
				    "(cairo, hpdf)", optarg);
				return EX_USAGE_;
			}
			break;
		case 's':
			sb_warnx("--spec: report specs are not supported yet");
			return EX_USAGE_;
		case 't':
			title = optarg;
			break;
		case 'c':
			csvpat = optarg;
			break;
		case 'w':
			wait = atoi(optarg);
			break;
		case 'o':
			pdfpat = optarg;
			break;
		case 'h':
			usage(stdout);
			return 0;
		default:
			usage(stderr);
			return EX_USAGE_;
		}
	}
	if (pdfpat == NULL || optind != argc) {
		usage(stderr);
		return EX_USAGE_;
	}
	if (access(db, F_OK) != 0) {
		d.file = db;
		rc = sb_diag_set(&d, SB_ENOENT, "no such database (run "
		    "'statbrief ingest' first)");
		goto out;
	}
	if ((rc = sb_lock_acquire(db, wait, &lockfd, &d)) != SB_OK ||
	    (rc = sb_store_open(db, &st, &d)) != SB_OK ||
	    (rc = sb_publish_brief(st, backend, title, pdfpat, csvpat,
	    &pdfname, NULL, &d)) != SB_OK)
		goto out;
	if (sb_verbose)
		printf("brief: %s\n", pdfname);
out:
	if (rc != SB_OK)
		sb_report_error(&d);
	free(pdfname);
	sb_store_close(st);
	sb_lock_release(lockfd);
	return sb_exit_code(rc);
}
