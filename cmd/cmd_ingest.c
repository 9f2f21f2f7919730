/*
 * statbrief ingest: store articles and their figures, incrementally and
 * idempotently (an unchanged file is skipped; a changed one replaces its
 * own observations).
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "pipeline.h"

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: statbrief ingest [--db DB] [--date D | --manifest M] "
	    "[--wait SECONDS] [-v] PATH...\n"
	    "\n"
	    "Store the articles of PATH (files or directories) and their\n"
	    "figures in DB (default statbrief.db).  One transaction per "
	    "article.\n");
}

int
cmd_ingest(int argc, char *argv[])
{
	static const struct option opts[] = {
		SB_OPT_DB,
		SB_OPT_MANIFEST,
		SB_OPT_DATE,
		SB_OPT_WAIT,
		SB_OPT_VERBOSE,
		SB_OPT_HELP,
		SB_OPT_END
	};
	struct sb_opts	 o;
	struct sb_diag	 d;
	struct sb_inputs in;
	struct sb_lex	*lx = NULL;
	struct sb_store	*st = NULL;
	struct sb_ingest_stats stats;
	int		 rc, lockfd = -1;

	sb_opts_init(&o, NULL);
	memset(&in, 0, sizeof(in));
	sb_diag_clear(&d);
	if ((rc = sb_opts_parse(argc, argv, "vh", opts, &o, usage)) >= 0)
		return rc;
	argc -= optind;
	argv += optind;
	if (argc == 0) {
		sb_warnx("ingest: no input paths");
		usage(stderr);
		return EX_USAGE_;
	}
	if ((rc = sb_lock_acquire(o.db, o.wait, &lockfd, &d)) != SB_OK ||
	    (rc = sb_inputs_collect(argv, (size_t)argc, o.manifest, &in,
	    &d)) != SB_OK || (rc = sb_lex_new(NULL, &lx, &d)) != SB_OK ||
	    (rc = sb_store_open(o.db, &st, &d)) != SB_OK ||
	    (rc = sb_ingest(st, lx, &in, &o.date, &stats, &d)) != SB_OK)
		goto out;
	if (sb_verbose)
		printf("%zu articles read (%zu new or changed), %zu figures "
		    "stored in %s\n", stats.files, stats.changed, stats.obs,
		    o.db);
out:
	if (rc != SB_OK)
		sb_report_error(&d, rc);
	sb_store_close(st);
	sb_lex_free(lx);
	sb_inputs_free(&in);
	sb_lock_release(lockfd);
	return sb_exit_code(rc);
}
