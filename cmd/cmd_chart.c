/*
 * statbrief chart: one line chart of one indicator from the store,
 * drawn by the cairo painter as SVG or PNG (by the output's suffix or
 * --format).  The same chart a line section of a report spec draws.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "brief.h"
#include "pipeline.h"
#include "series.h"

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: statbrief chart [--db DB] [--spec SPEC] "
	    "--indicator ID [--region R]\n"
	    "                       [--kind K] [--from YEAR] [--to YEAR] "
	    "[--format svg|png]\n"
	    "                       -o OUT.svg|OUT.png\n"
	    "\n"
	    "Draw the line chart of one indicator (its lexicon id or name) from\n"
	    "the store, goals dashed beside outcomes, as SVG or PNG.  The spec's\n"
	    "[report] from/to bound the years unless --from/--to are given.\n"
	    "\n"
	    "  --db DB         SQLite store (default statbrief.db)\n"
	    "  --spec SPEC     report spec whose period window applies\n"
	    "  --indicator ID  indicator id or name (required)\n"
	    "  --region R      only this region (default: every region)\n"
	    "  --kind K        level, count, growth, share or rank (default: "
	    "the best)\n"
	    "  --format F      svg or png (default: from OUT's suffix)\n"
	    "  -o OUT          file to write (strftime fields allowed)\n"
	    "  -h, --help      this help\n");
}

/* "svg" or "png" from a file name's suffix; NULL when neither. */
static const char *
format_of(const char *path)
{
	size_t	 n = strlen(path);

	if (n > 4 && strcmp(path + n - 4, ".svg") == 0)
		return "svg";
	if (n > 4 && strcmp(path + n - 4, ".png") == 0)
		return "png";
	return NULL;
}

/* A year option 1900..2200; -1 when bad. */
static int
year_arg(const char *s)
{
	char	*e;
	long	 y = strtol(s, &e, 10);

	if (*s == '\0' || *e != '\0' || y < 1900 || y > 2200)
		return -1;
	return (int)y;
}

int
cmd_chart(int argc, char *argv[])
{
	static const struct option opts[] = {
		SB_OPT_DB,
		SB_OPT_SPEC,
		SB_OPT_INDICATOR,
		SB_OPT_REGION,
		{ "kind", required_argument, NULL, 'k' },
		{ "from", required_argument, NULL, 'F' },
		{ "to", required_argument, NULL, 'T' },
		SB_OPT_FORMAT,
		SB_OPT_OUTPUT,
		SB_OPT_HELP,
		SB_OPT_END
	};
	struct sb_opts	 o;
	const char	*format = NULL;
	char		*ind = NULL, *reg = NULL, *outname = NULL;
	char		**dates = NULL;
	struct sb_spec	*spec = NULL;
	struct sb_spec_section sel;
	struct sb_store	*st = NULL;
	struct sb_obslist list;
	struct sb_serieslist sl;
	struct sb_chart	*chart = NULL;
	struct sb_diag	 d;
	unsigned char	*img = NULL;
	size_t		 imgsz, i;
	int		 ch, rc, from = 0, to = 0, kind = SB_SPEC_KIND_ANY;

	sb_opts_init(&o, NULL);
	memset(&list, 0, sizeof(list));
	memset(&sl, 0, sizeof(sl));
	memset(&sel, 0, sizeof(sel));
	sb_diag_clear(&d);
	while ((ch = getopt_long(argc, argv, "o:h", opts, NULL)) != -1) {
		switch (ch) {
		case 'i':
			ind = optarg;
			break;
		case 'r':
			reg = optarg;
			break;
		case 'k':
			if ((kind = sb_kind_parse(optarg)) < 0) {
				sb_warnx("--kind: unknown kind '%s' (level, "
				    "count, growth, share, rank)", optarg);
				return EX_USAGE_;
			}
			break;
		case 'F':
		case 'T':
			if (year_arg(optarg) < 0) {
				sb_warnx("--%s: want a year, not '%s'",
				    ch == 'F' ? "from" : "to", optarg);
				return EX_USAGE_;
			}
			*(ch == 'F' ? &from : &to) = year_arg(optarg);
			break;
		case 'f':
			if (strcmp(optarg, "svg") != 0 &&
			    strcmp(optarg, "png") != 0) {
				sb_warnx("--format: want svg or png, not '%s'",
				    optarg);
				return EX_USAGE_;
			}
			format = optarg;
			break;
		case 'h':
			usage(stdout);
			return 0;
		default:	/* --db, --spec, -o */
			if ((rc = sb_opt_shared(ch, optarg, &o)) > 0)
				break;
			if (rc == 0)
				usage(stderr);
			return EX_USAGE_;
		}
	}
	if (ind == NULL || o.out == NULL || optind != argc) {
		if (ind == NULL)
			sb_warnx("chart: --indicator is required");
		else if (o.out == NULL)
			sb_warnx("chart: -o OUT is required");
		else
			sb_warnx("chart: unexpected argument '%s'",
			    argv[optind]);
		usage(stderr);
		return EX_USAGE_;
	}
	if (format == NULL && (format = format_of(o.out)) == NULL) {
		sb_warnx("%s: name the format with --format or a .svg/.png "
		    "suffix", o.out);
		return EX_USAGE_;
	}
	if ((o.spec != NULL && (rc = sb_spec_load(o.spec, &spec, &d)) !=
	    SB_OK) || (rc = sb_db_exists(o.db, &d)) != SB_OK)
		goto out;
	/* The section a spec would write for this chart. */
	sel.name = "chart";
	sel.chart = SB_SPEC_LINE;
	sel.indicators = &ind;
	sel.indicatorsz = 1;
	sel.regions = &reg;
	sel.regionsz = reg != NULL;
	sel.kind = kind;
	sel.targets = 1;
	sel.from = from;
	sel.to = to;
	if ((rc = sb_store_open(o.db, &st, &d)) != SB_OK ||
	    (rc = sb_store_load(st, NULL, reg, SB_LOAD_NO_SENTENCE, &list,
	    &dates, &d)) != SB_OK ||
	    (rc = sb_series_build(list.obs, list.obssz, dates, &sl, &d)) !=
	    SB_OK)
		goto out;
	if ((rc = sb_brief_chart(list.obs, list.obssz, dates, &sl, &sel,
	    spec != NULL ? spec->from : 0, spec != NULL ? spec->to : 0,
	    &chart, &d)) != SB_OK)
		goto out;
	if ((rc = sb_render_chart(chart, format, &img, &imgsz, &d)) != SB_OK)
		goto out;
	if ((rc = sb_out_write(o.out, img, imgsz, &outname, &d)) != SB_OK)
		goto out;
	if (sb_verbose)
		printf("chart: %s\n", outname);
out:
	if (rc != SB_OK)
		sb_report_error(&d, rc);
	if (dates != NULL) {
		for (i = 0; i < list.obssz; i++)
			free(dates[i]);
		free(dates);
	}
	free(outname);
	free(img);
	sb_chart_free(chart);
	sb_series_free(&sl);
	sb_obslist_free(&list);
	sb_store_close(st);
	sb_spec_free(spec);
	return sb_exit_code(rc);
}
