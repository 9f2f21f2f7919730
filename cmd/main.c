/*
 * statbrief: the command line.  Global options, then a subcommand from
 * the table; each cmd_<verb>() parses its own options.  No logic of its
 * own lives here.
 */
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"

static const struct {
	const char	*name;
	int		(*fn)(int, char *[]);
	const char	*what;
} verbs[] = {
	{ "run", cmd_run, "extract + store + report in one go" },
	{ "extract", cmd_extract, "print the figures of articles" },
	{ "ingest", cmd_ingest, "store articles and figures in the database" },
	{ "series", cmd_series, "print time series from the database" },
	{ "report", cmd_report, "render a PDF brief from the database" },
	{ "chart", cmd_chart, "draw one indicator's chart as SVG or PNG" },
	{ "export", cmd_export, "write observations or series as CSV/JSONL" },
	{ NULL, NULL, NULL }
};

static void
usage(FILE *fp)
{
	int	 i;

	fprintf(fp, "usage: statbrief [-v] [--version] COMMAND [OPTIONS] "
	    "[ARGS]\n\ncommands:\n");
	for (i = 0; verbs[i].name != NULL; i++)
		fprintf(fp, "  %-8s %s\n", verbs[i].name, verbs[i].what);
	fprintf(fp, "\nstatbrief COMMAND --help shows the options of a "
	    "command.\nWith no command, 'statbrief run' reads the built-in "
	    "sample corpus.\n");
}

/* Make sure fds 0-2 are open so no file lands on them. */
static void
sane_fds(void)
{
	int	 fd;

	while ((fd = open("/dev/null", O_RDWR)) >= 0 && fd <= 2)
		;
	if (fd > 2)
		close(fd);
}

int
main(int argc, char *argv[])
{
	int	 i, rc;

	sane_fds();
	sb_out_signals();
	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "-v") == 0 ||
		    strcmp(argv[i], "--verbose") == 0)
			sb_verbose = 1;
		else if (strcmp(argv[i], "-h") == 0 ||
		    strcmp(argv[i], "--help") == 0) {
			usage(stdout);
			return 0;
		} else if (strcmp(argv[i], "--version") == 0) {
			printf("statbrief 0.1.0\n");
			return 0;
		} else {
			sb_warnx("unknown option %s", argv[i]);
			usage(stderr);
			return EX_USAGE_;
		}
	}
	if (i == argc) {
		char	*runargv[] = { "run", NULL };

		return cmd_run(1, runargv);
	}
	for (rc = 0; verbs[rc].name != NULL; rc++)
		if (strcmp(argv[i], verbs[rc].name) == 0) {
			optind = 0;
			rc = verbs[rc].fn(argc - i, argv + i);
			if (fflush(stdout) != 0 || ferror(stdout)) {
				sb_warnx("stdout: write error");
				return EX_IOERR_;
			}
			return rc;
		}
	sb_warnx("unknown command '%s'", argv[i]);
	usage(stderr);
	return EX_USAGE_;
}
