/*
 * statbrief series: print the time series built from the store, and
 * statbrief export: write observations or series to a file.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "pipeline.h"
#include "series.h"

/* Load (filtered) observations and build their series. */
static int
load(const char *db, const char *indicator, const char *region,
    unsigned int flags, struct sb_obslist *list, char ***dates,
    struct sb_serieslist *sl, struct sb_diag *d)
{
	struct sb_store	*st = NULL;
	int		 rc;

	if ((rc = sb_db_exists(db, d)) == SB_OK &&
	    (rc = sb_store_open(db, &st, d)) == SB_OK &&
	    (rc = sb_store_load(st, indicator, region, flags, list, dates,
	    d)) ==
	    SB_OK)
		rc = sb_series_build(list->obs, list->obssz, *dates, sl, d);
	sb_store_close(st);
	return rc;
}

static void
free_dates(char **dates, size_t n)
{
	size_t	 i;

	if (dates == NULL)
		return;
	for (i = 0; i < n; i++)
		free(dates[i]);
	free(dates);
}

static void
series_usage(FILE *fp)
{
	fprintf(fp, "usage: statbrief series [--db DB] [--indicator ID] "
	    "[--region R] [--format tsv|csv|jsonl]\n"
	    "\n"
	    "Print every series point: indicator, region, kind, period, value\n"
	    "in the base unit, flags (partial, conflict, charted, growth_gap),\n"
	    "computed year-on-year growth, stated growth and the sources.\n");
}

int
cmd_series(int argc, char *argv[])
{
	static const struct option opts[] = {
		SB_OPT_DB,
		SB_OPT_INDICATOR,
		SB_OPT_REGION,
		SB_OPT_FORMAT,
		SB_OPT_HELP,
		SB_OPT_END
	};
	struct sb_opts	 o;
	struct sb_obslist list;
	struct sb_serieslist sl;
	struct sb_diag	 d;
	char		**dates = NULL;
	int		 rc;

	sb_opts_init(&o, "tsv");
	memset(&list, 0, sizeof(list));
	memset(&sl, 0, sizeof(sl));
	sb_diag_clear(&d);
	if ((rc = sb_opts_parse(argc, argv, "h", opts, &o, series_usage)) >= 0)
		return rc;
	if (!sb_format_ok(o.format) || optind != argc) {
		if (!sb_format_ok(o.format))
			sb_warnx("series: --format: unknown format '%s' (tsv, "
			    "csv, jsonl)", o.format);
		else
			sb_warnx("series: unexpected argument '%s'",
			    argv[optind]);
		series_usage(stderr);
		return EX_USAGE_;
	}
	if ((rc = load(o.db, o.indicator, o.region, SB_LOAD_NO_SENTENCE,
	    &list, &dates, &sl, &d)) == SB_OK && (rc = sb_series_write(stdout, o.format, &sl,
	    list.obs)) != SB_OK)
		sb_diag_set(&d, rc, "stdout: write error");
	if (rc != SB_OK)
		sb_report_error(&d, rc);
	free_dates(dates, list.obssz);
	sb_series_free(&sl);
	sb_obslist_free(&list);
	return sb_exit_code(rc);
}

static void
export_usage(FILE *fp)
{
	fprintf(fp, "usage: statbrief export [--db DB] --table "
	    "observations|series [--format csv|jsonl]\n"
	    "                        [--bom] -o OUT\n"
	    "\n"
	    "Write a table as RFC 4180 CSV in UTF-8 (--bom adds a byte order\n"
	    "mark for Excel) or as JSON Lines.  Cells starting with = + - @\n"
	    "are prefixed with ' so a spreadsheet does not run them.\n");
}

int
cmd_export(int argc, char *argv[])
{
	static const struct option opts[] = {
		SB_OPT_DB,
		{ "table", required_argument, NULL, 't' },
		SB_OPT_FORMAT,
		{ "bom", no_argument, NULL, 'B' },
		SB_OPT_OUTPUT,
		SB_OPT_HELP,
		SB_OPT_END
	};
	struct sb_opts	 o;
	const char	*table = NULL;
	struct sb_obslist list;
	struct sb_serieslist sl;
	struct sb_outfile out;
	struct sb_diag	 d;
	char		**dates = NULL;
	int		 ch, rc, bom = 0, series;

	sb_opts_init(&o, "csv");
	memset(&list, 0, sizeof(list));
	memset(&sl, 0, sizeof(sl));
	memset(&out, 0, sizeof(out));
	sb_diag_clear(&d);
	while ((ch = getopt_long(argc, argv, "o:h", opts, NULL)) != -1) {
		if (ch == 'h') {
			export_usage(stdout);
			return 0;
		}
		if (ch == 't')		/* --table here, not --title */
			table = optarg;
		else if (ch == 'B')
			bom = 1;
		else if ((rc = sb_opt_shared(ch, optarg, &o)) <= 0) {
			if (rc == 0)
				export_usage(stderr);
			return EX_USAGE_;
		}
	}
	/* Say what is wrong, then how it is used. */
	if (table == NULL)
		sb_warnx("export: --table is required (observations, series)");
	else if (strcmp(table, "observations") && strcmp(table, "series"))
		sb_warnx("export: --table: unknown table '%s' (observations, "
		    "series)", table);
	else if (o.out == NULL)
		sb_warnx("export: -o OUT is required");
	else if (optind != argc)
		sb_warnx("export: unexpected argument '%s'", argv[optind]);
	else if (strcmp(o.format, "csv") && strcmp(o.format, "jsonl"))
		sb_warnx("export: --format: unknown format '%s' (csv, jsonl)",
		    o.format);
	else
		goto run;
	export_usage(stderr);
	return EX_USAGE_;
run:
	series = strcmp(table, "series") == 0;
	if ((rc = load(o.db, NULL, NULL, series ? SB_LOAD_NO_SENTENCE : 0,
	    &list, &dates, &sl, &d)) != SB_OK)
		goto out;
	if ((rc = sb_out_open(&out, o.out, &d)) != SB_OK)
		goto out;
	if (bom && strcmp(o.format, "csv") == 0)
		fputs("\xef\xbb\xbf", out.fp);
	rc = series ? sb_series_write(out.fp, o.format, &sl, list.obs) :
	    sb_obs_write(out.fp, o.format, list.obs, list.obssz, 1);
	if (rc != SB_OK) {
		sb_diag_set(&d, rc, "%s: write failed", out.name);
		sb_out_abort(&out);
		goto out;
	}
	rc = sb_out_commit(&out, &d);
out:
	if (rc != SB_OK)
		sb_report_error(&d, rc);
	free_dates(dates, list.obssz);
	sb_series_free(&sl);
	sb_obslist_free(&list);
	return sb_exit_code(rc);
}
