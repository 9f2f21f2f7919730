/*
 * statbrief extract: print the figures of articles, one row each, as
 * TSV (default), CSV or JSON Lines.  Streams: one article in memory at a
 * time.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "pipeline.h"

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: statbrief extract [--date YYYY-MM-DD | --manifest "
	    "M] [--format tsv|csv|jsonl]\n"
	    "                         [--lexicon DIR] [-o OUT] FILE|DIR...\n"
	    "\n"
	    "Print every figure found in the articles with its indicator,\n"
	    "region, period, unit, qualifier, kind and sentence.\n"
	    "\n"
	    "  --date D       publication date of every input (YYYY-MM-DD)\n"
	    "  --manifest M   TSV naming file, publication_date[, region]\n"
	    "  --format F     tsv (default), csv or jsonl\n"
	    "  --lexicon DIR  read units/cues/regions/indicators.tsv from DIR\n"
	    "  -o OUT         write to OUT (atomically) instead of stdout\n"
	    "  -h, --help     this help\n");
}

int
cmd_extract(int argc, char *argv[])
{
	static const struct option opts[] = {
		SB_OPT_DATE,
		SB_OPT_MANIFEST,
		SB_OPT_FORMAT,
		{ "lexicon", required_argument, NULL, 'l' },
		SB_OPT_OUTPUT,
		SB_OPT_HELP,
		SB_OPT_END
	};
	struct sb_opts	 o;
	const char	*lexdir = NULL;
	struct sb_diag	 d;
	struct sb_inputs in;
	struct sb_lex	*lx = NULL;
	struct sb_obslist list;
	struct sb_outfile out;
	FILE		*fp = stdout;
	size_t		 i;
	int		 ch, rc;

	sb_opts_init(&o, "tsv");
	memset(&list, 0, sizeof(list));
	memset(&out, 0, sizeof(out));
	memset(&in, 0, sizeof(in));
	sb_diag_clear(&d);
	while ((ch = getopt_long(argc, argv, "d:m:f:l:o:h", opts, NULL)) !=
	    -1) {
		if (ch == 'h') {
			usage(stdout);
			return 0;
		}
		if (ch == 'l')
			lexdir = optarg;
		else if ((rc = sb_opt_shared(ch, optarg, &o)) <= 0) {
			if (rc == 0)
				usage(stderr);
			return EX_USAGE_;
		}
	}
	argc -= optind;
	argv += optind;
	if (!sb_format_ok(o.format)) {
		sb_warnx("--format: unknown format '%s' (tsv, csv, jsonl)",
		    o.format);
		return EX_USAGE_;
	}
	if (argc == 0) {
		sb_warnx("extract: no input files");
		usage(stderr);
		return EX_USAGE_;
	}
	if ((rc = sb_inputs_collect(argv, (size_t)argc, o.manifest, &in,
	    &d)) != SB_OK)
		goto out;
	if ((rc = sb_lex_new(lexdir, &lx, &d)) != SB_OK)
		goto out;
	if (o.out != NULL && strcmp(o.out, "-") != 0) {
		if ((rc = sb_out_open(&out, o.out, &d)) != SB_OK)
			goto out;
		fp = out.fp;
	}
	for (i = 0; i < in.pathsz; i++) {
		if ((rc = sb_extract_file(lx, in.paths[i], &in, &o.date, &list,
		    &d)) != SB_OK)
			goto out;
		if ((rc = sb_obs_write(fp, o.format, list.obs, list.obssz,
		    i == 0)) != SB_OK) {
			sb_diag_set(&d, rc, "%s: write error: %s",
			    out.name != NULL ? out.name : "stdout",
			    strerror(errno));
			goto out;
		}
		sb_obslist_free(&list);
	}
	if (out.fp != NULL && (rc = sb_out_commit(&out, &d)) != SB_OK)
		goto out;
	rc = SB_OK;
out:
	if (out.fp != NULL)
		sb_out_abort(&out);
	if (rc != SB_OK)
		sb_report_error(&d, rc);
	sb_obslist_free(&list);
	sb_lex_free(lx);
	sb_inputs_free(&in);
	return sb_exit_code(rc);
}
