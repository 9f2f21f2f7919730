/*
 * statbrief report: render a PDF brief from what the store holds.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

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
		SB_OPT_DB,
		SB_OPT_BACKEND,
		SB_OPT_SPEC,
		SB_OPT_TITLE,
		SB_OPT_CSV,
		SB_OPT_WAIT,
		SB_OPT_OUTPUT,
		SB_OPT_HELP,
		SB_OPT_END
	};
	struct sb_opts	 o;
	char		*pdfname = NULL;
	struct sb_store	*st = NULL;
	struct sb_spec	*spec = NULL;
	struct sb_diag	 d;
	int		 rc, lockfd = -1;

	sb_opts_init(&o, NULL);
	sb_diag_clear(&d);
	if ((rc = sb_opts_parse(argc, argv, "o:h", opts, &o, usage)) >= 0)
		return rc;
	if (o.out == NULL || optind != argc) {
		if (o.out == NULL)
			sb_warnx("report: -o OUT.pdf is required");
		else
			sb_warnx("report: unexpected argument '%s'",
			    argv[optind]);
		usage(stderr);
		return EX_USAGE_;
	}
	if ((rc = sb_db_exists(o.db, &d)) != SB_OK)
		goto out;
	if (o.spec != NULL && (rc = sb_spec_load(o.spec, &spec, &d)) !=
	    SB_OK)
		goto out;
	if ((rc = sb_lock_acquire(o.db, o.wait, &lockfd, &d)) != SB_OK ||
	    (rc = sb_store_open(o.db, &st, &d)) != SB_OK ||
	    (rc = sb_publish_brief(st, o.backend, spec, o.title, o.out, o.csv,
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
