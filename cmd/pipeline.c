/*
 * Shared steps of run, ingest and report.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "brief.h"
#include "pipeline.h"
#include "series.h"

struct sb_embedded {
	const char		*name;
	const unsigned char	*data;
	size_t			 size;
};
extern const struct sb_embedded sb_data_sample[];

/* Progress on a terminal only: cron and pipes stay silent. */
static void
progress(size_t done, size_t total)
{
	static int	 tty = -1;
	int		 w = 30, k;

	if (tty < 0)
		tty = isatty(2);
	if (total < 20 || !tty)
		return;
	if (done != total && done % 16 != 0)
		return;
	k = (int)(done * (size_t)w / total);
	fprintf(stderr, "\r[%.*s%*s] %zu/%zu", k,
	    "##############################", w - k, "", done, total);
	if (done == total)
		fputc('\n', stderr);
}

/*
 * Store one input given as bytes (an article, or a JSON Lines file of
 * them, stored whole): unchanged bytes are skipped by their hash.
 */
static int
ingest_one(struct sb_store *st, const struct sb_lex *lx, const char *name,
    const char *data, size_t len, const struct sb_date *pub, int forced,
    const char *region, struct sb_ingest_stats *stats, struct sb_diag *d)
{
	struct sb_obslist list;
	char		 hash[17];
	int		 same, changed, rc;

	memset(&list, 0, sizeof(list));
	stats->files++;
	sb_store_hash(data, len, hash);
	if ((rc = sb_store_same(st, name, hash, &same, d)) != SB_OK || same)
		return rc;
	if ((rc = sb_extract_buffer(lx, name, data, len, pub, forced, region,
	    &list, d)) == SB_OK && (rc = sb_store_put(st, name, hash, pub,
	    region, list.obs, list.obssz, &changed, d)) == SB_OK && changed) {
		stats->changed++;
		stats->obs += list.obssz;
	}
	sb_obslist_free(&list);
	return rc;
}

/*
 * The built-in sample corpus: articles embedded in the binary with their
 * manifest, so "statbrief run" works anywhere with no arguments.
 */
static int
ingest_builtin(struct sb_store *st, const struct sb_lex *lx,
    struct sb_ingest_stats *stats, struct sb_diag *d)
{
	const struct sb_embedded *e, *man = NULL;
	struct sb_manifest m;
	const struct sb_source *src;
	struct sb_date	 none;
	size_t		 n = 0, k = 0;
	int		 rc = SB_OK;

	memset(&m, 0, sizeof(m));
	memset(&none, 0, sizeof(none));
	for (e = sb_data_sample; e->name != NULL; e++, n++)
		if (strcmp(e->name, "SOURCES.tsv") == 0)
			man = e;
	if (man != NULL && (rc = sb_manifest_parse((const char *)man->data,
	    man->size, "SOURCES.tsv (built in)", &m, d)) != SB_OK)
		return rc;
	sb_manifest_sort(&m);
	for (e = sb_data_sample; e->name != NULL; e++) {
		if (e == man)
			continue;
		src = sb_manifest_find(&m, e->name);
		if ((rc = ingest_one(st, lx, e->name, (const char *)e->data,
		    e->size, src != NULL ? &src->date : &none, 0,
		    src != NULL ? src->region : NULL, stats, d)) != SB_OK)
			break;
		progress(++k, n);
	}
	sb_manifest_free(&m);
	return rc;
}

int
sb_ingest(struct sb_store *st, const struct sb_lex *lx,
    const struct sb_inputs *in, const struct sb_date *flagdate,
    struct sb_ingest_stats *stats, struct sb_diag *d)
{
	struct sb_date	 pub;
	const char	*region;
	char		*data;
	size_t		 i, len;
	int		 rc, forced;

	memset(stats, 0, sizeof(*stats));
	if (in == NULL)
		return ingest_builtin(st, lx, stats, d);
	for (i = 0; i < in->pathsz; i++) {
		if ((rc = sb_file_read(in->paths[i], &data, &len, d)) !=
		    SB_OK)
			return rc;
		forced = sb_source_of(in, in->paths[i], flagdate, &pub,
		    &region);
		rc = ingest_one(st, lx, in->paths[i], data, len, &pub, forced,
		    region, stats, d);
		free(data);
		if (rc != SB_OK)
			return rc;
		progress(i + 1, in->pathsz);
	}
	return SB_OK;
}

char *
sb_csv_beside(const char *pdf)
{
	size_t	 l = strlen(pdf);
	char	*s;

	if ((s = malloc(l + 5)) == NULL)
		return NULL;
	memcpy(s, pdf, l + 1);
	if (l > 4 && strcmp(s + l - 4, ".pdf") == 0)
		s[l - 4] = '\0';
	strcat(s, ".csv");
	return s;
}

int
sb_spec_load(const char *path, struct sb_spec **out, struct sb_diag *d)
{
	char	*data = NULL;
	size_t	 len;
	int	 rc;

	if ((rc = sb_file_read(path, &data, &len, d)) != SB_OK)
		return rc;
	rc = sb_spec_parse(data, len, path, out, d);
	free(data);
	return rc;
}

int
sb_publish_brief(struct sb_store *st, enum sb_backend backend,
    const struct sb_spec *spec, const char *title, const char *pdfpattern,
    const char *csvpattern, char **pdfname, char **csvname,
    struct sb_diag *d)
{
	struct sb_obslist list;
	struct sb_serieslist sl;
	struct sb_brief_opts bo;
	struct sb_report *r = NULL;
	struct sb_outfile out;
	unsigned char	*pdf = NULL;
	size_t		 pdfsz, i;
	char		**dates = NULL;
	int		 rc;

	memset(&list, 0, sizeof(list));
	memset(&sl, 0, sizeof(sl));
	if ((rc = sb_store_load(st, NULL, NULL, 0, &list, &dates, d)) != SB_OK)
		goto out;
	if ((rc = sb_series_build(list.obs, list.obssz, dates, &sl, d)) !=
	    SB_OK)
		goto out;
	sb_brief_defaults(&bo);
	bo.spec = spec;
	bo.title = title;
	if ((rc = sb_brief_build(list.obs, list.obssz, dates, &sl, &bo, &r,
	    d)) != SB_OK)
		goto out;
	if ((rc = sb_render_pdf(r, backend, &pdf, &pdfsz, d)) != SB_OK)
		goto out;
	/* CSV first: the PDF appearing means the run is complete. */
	if (csvpattern != NULL) {
		if ((rc = sb_out_open(&out, csvpattern, d)) != SB_OK)
			goto out;
		if ((rc = sb_obs_write(out.fp, "csv", list.obs, list.obssz,
		    1)) != SB_OK) {
			sb_diag_set(d, rc, "%s: write failed", out.name);
			sb_out_abort(&out);
			goto out;
		}
		if (csvname != NULL && (*csvname = strdup(out.name)) == NULL) {
			sb_out_abort(&out);
			rc = sb_diag_set(d, SB_ENOMEM, "out of memory");
			goto out;
		}
		if ((rc = sb_out_commit(&out, d)) != SB_OK)
			goto out;
	}
	rc = sb_out_write(pdfpattern, pdf, pdfsz, pdfname, d);
out:
	if (dates != NULL) {
		for (i = 0; i < list.obssz; i++)
			free(dates[i]);
		free(dates);
	}
	free(pdf);
	sb_report_free(r);
	sb_series_free(&sl);
	sb_obslist_free(&list);
	return rc;
}

int
sb_opt_backend(const char *arg, enum sb_backend *b)
{
	if (sb_backend_parse(arg, b) == 0)
		return 0;
	sb_warnx("--backend: unknown backend '%s' (cairo, hpdf)", arg);
	return -1;
}

void
sb_opts_init(struct sb_opts *o, const char *format)
{
	memset(o, 0, sizeof(*o));
	o->db = "statbrief.db";
	o->format = format;
	o->backend = SB_BACKEND_CAIRO;
}

int
sb_opt_shared(int ch, const char *arg, struct sb_opts *o)
{
	switch (ch) {
	case 'D':
		o->db = arg;
		return 1;
	case 'm':
		o->manifest = arg;
		return 1;
	case 'd':
		return sb_opt_date(arg, &o->date) == 0 ? 1 : -1;
	case 'b':
		return sb_opt_backend(arg, &o->backend) == 0 ? 1 : -1;
	case 's':
		o->spec = arg;
		return 1;
	case 't':
		o->title = arg;
		return 1;
	case 'c':
		o->csv = arg;
		return 1;
	case 'w':
		return sb_opt_seconds("--wait", arg, &o->wait) == 0 ? 1 : -1;
	case 'o':
		o->out = arg;
		return 1;
	case 'f':
		o->format = arg;
		return 1;
	case 'i':
		o->indicator = arg;
		return 1;
	case 'r':
		o->region = arg;
		return 1;
	case 'v':
		sb_verbose = 1;
		return 1;
	default:
		return 0;
	}
}

int
sb_db_exists(const char *db, struct sb_diag *d)
{
	if (access(db, F_OK) == 0)
		return SB_OK;
	d->file = db;
	return sb_diag_set(d, SB_ENOENT, "no such database (run "
	    "'statbrief ingest' first)");
}

int
sb_opts_parse(int argc, char *argv[], const char *shortopts,
    const struct option *longopts, struct sb_opts *o, void (*usage)(FILE *))
{
	int	 ch, r;

	while ((ch = getopt_long(argc, argv, shortopts, longopts, NULL)) !=
	    -1) {
		if (ch == 'h') {
			usage(stdout);
			return 0;
		}
		if ((r = sb_opt_shared(ch, optarg, o)) <= 0) {
			if (r == 0)
				usage(stderr);
			return EX_USAGE_;
		}
	}
	return -1;
}
