/*
 * statbrief run: extract + store + report in one go.  With no CORPUS it
 * reads the built-in sample corpus.  Prints the paths it wrote when
 * stdout is a terminal or -v is given; silent otherwise (cron).
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pipeline.h"

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: statbrief run [--db DB] [--manifest M] [--date D] "
	    "[--backend cairo|hpdf]\n"
	    "                     [--spec SPEC] [--title T] [--csv OUT.csv] "
	    "[--wait SECONDS]\n"
	    "                     [-o brief.pdf]\n"
	    "                     [CORPUS...]\n"
	    "\n"
	    "Extract the figures of CORPUS (files or directories; a directory's\n"
	    "SOURCES.tsv is its manifest), store them in DB and render a PDF\n"
	    "brief and a CSV of all observations.  With no CORPUS, the built-in\n"
	    "sample corpus is used.\n"
	    "\n"
	    "  --db DB         SQLite store (default statbrief.db)\n"
	    "  --manifest M    TSV naming file, publication_date[, region]\n"
	    "  --date D        publication date of every input (YYYY-MM-DD)\n"
	    "  --backend B     cairo (default, cairo+pango) or hpdf (libharu)\n"
	    "  --spec SPEC     report spec (INI, see docs/spec.md; default "
	    "built in)\n"
	    "  --title T       title of the brief (overrides the spec's)\n"
	    "  -o OUT          PDF to write (default brief.pdf; strftime fields "
	    "allowed)\n"
	    "  --csv OUT       CSV to write (default: OUT with .csv)\n"
	    "  --wait SECONDS  wait this long for another run's lock (default 0)\n"
	    "  -h, --help      this help\n");
}

int
cmd_run(int argc, char *argv[])
{
	static const struct option opts[] = {
		SB_OPT_DB,
		SB_OPT_MANIFEST,
		SB_OPT_DATE,
		SB_OPT_BACKEND,
		SB_OPT_SPEC,
		SB_OPT_TITLE,
		SB_OPT_CSV,
		SB_OPT_WAIT,
		SB_OPT_OUTPUT,
		SB_OPT_VERBOSE,
		SB_OPT_HELP,
		SB_OPT_END
	};
	struct sb_opts	 o;
	const char	*csvpat;
	char		*csvdef = NULL, *pdfname = NULL, *csvname = NULL;
	struct sb_diag	 d;
	struct sb_inputs in;
	struct sb_lex	*lx = NULL;
	struct sb_store	*st = NULL;
	struct sb_spec	*spec = NULL;
	struct sb_ingest_stats stats;
	int		 rc, lockfd = -1, have_in = 0;

	sb_opts_init(&o, NULL);
	o.out = "brief.pdf";
	memset(&in, 0, sizeof(in));
	sb_diag_clear(&d);
	if ((rc = sb_opts_parse(argc, argv, "o:vh", opts, &o, usage)) >= 0)
		return rc;
	argc -= optind;
	argv += optind;
	if ((csvpat = o.csv) == NULL) {
		if ((csvdef = sb_csv_beside(o.out)) == NULL)
			return EX_SOFTWARE_;
		csvpat = csvdef;
	}
	if (o.spec != NULL && (rc = sb_spec_load(o.spec, &spec, &d)) !=
	    SB_OK)
		goto out;
	if ((rc = sb_lock_acquire(o.db, o.wait, &lockfd, &d)) != SB_OK)
		goto out;
	if (argc > 0 || o.manifest != NULL) {
		if ((rc = sb_inputs_collect(argv, (size_t)argc, o.manifest,
		    &in, &d)) != SB_OK)
			goto out;
		have_in = 1;
	}
	if ((rc = sb_lex_new(NULL, &lx, &d)) != SB_OK ||
	    (rc = sb_store_open(o.db, &st, &d)) != SB_OK)
		goto out;
	if ((rc = sb_ingest(st, lx, have_in ? &in : NULL, &o.date, &stats,
	    &d)) != SB_OK)
		goto out;
	if ((rc = sb_publish_brief(st, o.backend, spec, o.title, o.out,
	    csvpat, &pdfname, &csvname, &d)) != SB_OK)
		goto out;
	if (sb_verbose || isatty(1)) {
		printf("%zu articles read (%zu new or changed), %zu figures "
		    "stored in %s\n", stats.files, stats.changed, stats.obs,
		    o.db);
		printf("brief: %s\ncsv:   %s\n", pdfname, csvname);
	}
	rc = SB_OK;
out:
	if (rc != SB_OK)
		sb_report_error(&d, rc);
	free(pdfname);
	free(csvname);
	free(csvdef);
	sb_spec_free(spec);
	sb_store_close(st);
	sb_lex_free(lx);
	sb_inputs_free(&in);
	sb_lock_release(lockfd);
	return sb_exit_code(rc);
}
