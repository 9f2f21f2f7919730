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
	    "[--spec SPEC]\n"
	    "                        [--title T] [--csv OUT.csv] [--wait SECONDS] "
	    "-o OUT.pdf\n"
	    "\n"
	    "Render a PDF brief from the store as the report spec says (the\n"
	    "built-in spec: key figures, line charts of the longest series, a\n"
	    "table of figures with sources).  OUT may hold strftime fields\n"
	    "(briefs/%%Y-%%m-%%d.pdf).\n"
	    "\n"
	    "  --spec SPEC     report spec (INI, see docs/spec.md; default "
	    "built in)\n"
	    "  --title T       title of the brief (overrides the spec's)\n"
	    "  --backend B     cairo (default, cairo+pango) or hpdf (libharu)\n");
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
	const char	*specpath = NULL;
	const char	*db = "statbrief.db", *title = NULL, *pdfpat = NULL,
			*csvpat = NULL;
	char		*pdfname = NULL;
	struct sb_store	*st = NULL;
	struct sb_spec	*spec = NULL;
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
			if (sb_opt_backend(optarg, &backend) != 0)
				return EX_USAGE_;
			break;
		case 's':
			specpath = optarg;
			break;
		case 't':
			title = optarg;
			break;
		case 'c':
			csvpat = optarg;
			break;
		case 'w':
			if (sb_opt_seconds("--wait", optarg, &wait) != 0)
				return EX_USAGE_;
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
	if (specpath != NULL && (rc = sb_spec_load(specpath, &spec, &d)) !=
	    SB_OK)
		goto out;
	if ((rc = sb_lock_acquire(db, wait, &lockfd, &d)) != SB_OK ||
	    (rc = sb_store_open(db, &st, &d)) != SB_OK ||
	    (rc = sb_publish_brief(st, backend, spec, title, pdfpat, csvpat,
	    &pdfname, NULL, &d)) != SB_OK)
		goto out;
	if (sb_verbose)
		printf("brief: %s\n", pdfname);
out:
	if (rc != SB_OK)
		sb_report_error(&d, rc);
	free(pdfname);
	sb_spec_free(spec);
	sb_store_close(st);
	sb_lock_release(lockfd);
	return sb_exit_code(rc);
}
