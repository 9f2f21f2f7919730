/*
 * Inputs and errors of the command line: reading files and manifests,
 * expanding directories, mapping results to exit codes.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "jsonl.h"

int	 sb_verbose;

int
sb_exit_code(int err)
{
	switch (err) {
	case SB_OK:
		return EX_DONE;
	case SB_EUSAGE:
		return EX_USAGE_;
	case SB_EINPUT:
	case SB_ELIMIT:
		return EX_DATA;
	case SB_ENOENT:
		return EX_NOINPUT_;
	case SB_EFONT:
		return EX_UNAVAIL;
	case SB_ECREATE:
		return EX_CANTCREAT_;
	case SB_EIO:
		return EX_IOERR_;
	case SB_EBUSY:
		return EX_TEMPFAIL_;
	case SB_EDB:
		return EX_IOERR_;
	default:
		return EX_SOFTWARE_;
	}
}

void
sb_report_error(const struct sb_diag *d, int rc)
{
	/* A failure that left no message still says what it was. */
	const char	*msg = d->msg[0] != '\0' ? d->msg : sb_strerror(rc);

	if (d->file != NULL && d->line > 0)
		fprintf(stderr, "statbrief: %s:%zu: %s\n", d->file, d->line,
		    msg);
	else if (d->file != NULL)
		fprintf(stderr, "statbrief: %s: %s\n", d->file, msg);
	else
		fprintf(stderr, "statbrief: %s\n", msg);
}

void
sb_warnx(const char *fmt, ...)
{
	va_list	 ap;

	fputs("statbrief: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int
sb_file_read(const char *path, char **data, size_t *len, struct sb_diag *d)
{
	FILE	*f;
	char	*buf = NULL, *nb;
	size_t	 n = 0, cap = 0, r;
	int	 rc;

	if (strcmp(path, "-") == 0)
		f = stdin;
	else if ((f = fopen(path, "rb")) == NULL) {
		rc = errno == ENOENT || errno == ENOTDIR ? SB_ENOENT :
		    SB_EIO;
		if (d != NULL)
			d->file = path;
		return sb_diag_set(d, rc, "%s", strerror(errno));
	}
	for (;;) {
		if (cap - n < 65536) {
			if (cap > SB_MAX_ARTICLE_BYTES) {
				rc = SB_ELIMIT;
				sb_diag_set(d, rc, "larger than %u bytes",
				    SB_MAX_ARTICLE_BYTES);
				goto fail;
			}
			cap = cap ? cap * 2 : 65536 * 2;
			if ((nb = realloc(buf, cap + 1)) == NULL) {
				rc = sb_diag_set(d, SB_ENOMEM,
				    "out of memory");
				goto fail;
			}
			buf = nb;
		}
		r = fread(buf + n, 1, cap - n, f);
		n += r;
		if (r == 0)
			break;
	}
	if (ferror(f)) {
		rc = sb_diag_set(d, SB_EIO, "read error: %s", strerror(errno));
		goto fail;
	}
	if (f != stdin)
		fclose(f);
	if (buf == NULL && (buf = malloc(1)) == NULL)
		return sb_diag_set(d, SB_ENOMEM, "out of memory");
	buf[n] = '\0';
	*data = buf;
	*len = n;
	return SB_OK;
fail:
	if (d != NULL)
		d->file = path;
	if (f != stdin)
		fclose(f);
	free(buf);
	return rc;
}

void
sb_diag_locate(struct sb_diag *d, const char *name, const char *data,
    size_t len)
{
	size_t	 i;

	if (d == NULL)
		return;
	d->file = name;
	if (d->offset == (size_t)-1 || d->offset > len)
		return;
	d->line = 1;
	for (i = 0; i < d->offset; i++)
		if (data[i] == '\n')
			d->line++;
}

static const char *
base_name(const char *path)
{
	const char	*s = strrchr(path, '/');

	return s != NULL ? s + 1 : path;
}

void
sb_manifest_free(struct sb_manifest *m)
{
	size_t	 i;

	for (i = 0; i < m->rowsz; i++) {
		free(m->rows[i].file);
		free(m->rows[i].region);
	}
	free(m->rows);
	memset(m, 0, sizeof(*m));
}

/* Split a TSV line in place; returns the field count. */
static size_t
tsv_split(char *line, char **f, size_t max)
{
	size_t	 n = 0;
	char	*t;

	if ((t = strchr(line, '\r')) != NULL && t[1] == '\0')
		*t = '\0';
	f[n++] = line;
	while (n < max && (line = strchr(line, '\t')) != NULL) {
		*line++ = '\0';
		f[n++] = line;
	}
	return n;
}

int
sb_manifest_read(const char *path, struct sb_manifest *m, struct sb_diag *d)
{
	char	*data = NULL;
	size_t	 len;
	int	 rc;

	if ((rc = sb_file_read(path, &data, &len, d)) != SB_OK)
		return rc;
	rc = sb_manifest_parse(data, len, path, m, d);
	free(data);
	return rc;
}

int
sb_manifest_parse(const char *buf, size_t len, const char *path,
    struct sb_manifest *m, struct sb_diag *d)
{
	char		*data, *line, *nl, *f[SB_MAX_LINE_FIELDS];
	size_t		 nf, i, lineno = 0;
	int		 cfile = -1, cdate = -1, creg = -1, rc;
	struct sb_source *row, *nr;

	/* Fields are split in place: work on a copy. */
	if ((data = malloc(len + 1)) == NULL)
		return sb_diag_set(d, SB_ENOMEM, "out of memory");
	memcpy(data, buf, len);
	data[len] = '\0';
	rc = SB_EINPUT;
	if (d != NULL)
		d->file = path;
	for (line = data; line != NULL && *line != '\0'; line = nl) {
		lineno++;
		if ((nl = strchr(line, '\n')) != NULL)
			*nl++ = '\0';
		if (*line == '#' || *line == '\0')
			continue;
		nf = tsv_split(line, f, SB_MAX_LINE_FIELDS);
		if (cfile < 0) {
			for (i = 0; i < nf; i++) {
				if (strcmp(f[i], "file") == 0)
					cfile = (int)i;
				else if (strcmp(f[i], "publication_date") == 0)
					cdate = (int)i;
				else if (strcmp(f[i], "region") == 0)
					creg = (int)i;
			}
			if (cfile < 0 || cdate < 0) {
				if (d != NULL)
					d->line = lineno;
				sb_diag_set(d, rc, "manifest header must name "
				    "the columns file and publication_date");
				goto out;
			}
			continue;
		}
		if ((size_t)cfile >= nf || (size_t)cdate >= nf) {
			if (d != NULL)
				d->line = lineno;
			sb_diag_set(d, rc, "expected %d tab-separated fields",
			    (cfile > cdate ? cfile : cdate) + 1);
			goto out;
		}
		if ((nr = reallocarray(m->rows, m->rowsz + 1,
		    sizeof(*nr))) == NULL) {
			rc = sb_diag_set(d, SB_ENOMEM, "out of memory");
			goto out;
		}
		m->rows = nr;
		row = &m->rows[m->rowsz];
		memset(row, 0, sizeof(*row));
		if (sb_date_parse(f[cdate], &row->date) != 0) {
			if (d != NULL)
				d->line = lineno;
			sb_diag_set(d, rc, "bad publication_date '%s' "
			    "(want YYYY-MM-DD)", f[cdate]);
			goto out;
		}
		if ((row->file = strdup(base_name(f[cfile]))) == NULL ||
		    (creg >= 0 && (size_t)creg < nf && *f[creg] != '\0' &&
		    (row->region = strdup(f[creg])) == NULL)) {
			free(row->file);
			rc = sb_diag_set(d, SB_ENOMEM, "out of memory");
			goto out;
		}
		m->rowsz++;
	}
	if (cfile < 0) {
		sb_diag_set(d, rc, "empty manifest");
		goto out;
	}
	rc = SB_OK;
	if (d != NULL)
		d->file = NULL;
out:
	free(data);
	return rc;
}

/* Rows in file order, the later of equal names last (a stable sort). */
static int
cmp_source(const void *a, const void *b)
{
	const struct sb_source *p = a, *q = b;
	int	 c;

	if ((c = strcmp(p->file, q->file)) != 0)
		return c;
	return p->seq < q->seq ? -1 : p->seq > q->seq;
}

void
sb_manifest_sort(struct sb_manifest *m)
{
	size_t	 i;

	for (i = 0; i < m->rowsz; i++)
		m->rows[i].seq = i;
	if (m->rowsz > 1)
		qsort(m->rows, m->rowsz, sizeof(*m->rows), cmp_source);
	m->sorted = 1;
}

/*
 * The row for a file, matched by base name; when several rows name it,
 * the last one read wins.  A binary search once the rows are sorted
 * (100,000 files against a 100,000-row manifest stay fast).
 */
const struct sb_source *
sb_manifest_find(const struct sb_manifest *m, const char *path)
{
	const char	*b = base_name(path);
	size_t		 i, lo = 0, hi = m->rowsz, mid;
	int		 c;

	if (!m->sorted) {
		for (i = m->rowsz; i-- > 0;)
			if (strcmp(m->rows[i].file, b) == 0)
				return &m->rows[i];
		return NULL;
	}
	while (lo < hi) {		/* first row > b */
		mid = lo + (hi - lo) / 2;
		if ((c = strcmp(m->rows[mid].file, b)) <= 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo > 0 && strcmp(m->rows[lo - 1].file, b) == 0)
		return &m->rows[lo - 1];
	return NULL;
}

static int
path_add(struct sb_inputs *in, const char *dir, const char *name)
{
	char	**np, *s;
	size_t	 l;

	if ((np = reallocarray(in->paths, in->pathsz + 1,
	    sizeof(*np))) == NULL)
		return SB_ENOMEM;
	in->paths = np;
	if (dir == NULL)
		s = strdup(name);
	else {
		l = strlen(dir) + strlen(name) + 2;
		if ((s = malloc(l)) != NULL)
			snprintf(s, l, "%s%s%s", dir,
			    dir[strlen(dir) - 1] == '/' ? "" : "/", name);
	}
	if (s == NULL)
		return SB_ENOMEM;
	in->paths[in->pathsz++] = s;
	return SB_OK;
}

static int
cmpstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
has_suffix(const char *s, const char *suf)
{
	size_t	 a = strlen(s), b = strlen(suf);

	return a >= b && strcmp(s + a - b, suf) == 0;
}

/* Add the .txt and .jsonl files of dir, sorted, and its SOURCES.tsv. */
static int
add_dir(struct sb_inputs *in, const char *dir, struct sb_diag *d)
{
	DIR		*dp;
	struct dirent	*de;
	size_t		 first = in->pathsz;
	char		 man[4096];
	struct stat	 st;
	int		 rc = SB_OK;

	if ((dp = opendir(dir)) == NULL) {
		if (d != NULL)
			d->file = dir;
		return sb_diag_set(d, SB_EIO, "%s", strerror(errno));
	}
	while ((de = readdir(dp)) != NULL) {
		if (de->d_name[0] == '.' || !(has_suffix(de->d_name, ".txt") ||
		    has_suffix(de->d_name, ".jsonl")))
			continue;
		if ((rc = path_add(in, dir, de->d_name)) != SB_OK)
			break;
	}
	closedir(dp);
	if (rc != SB_OK)
		return sb_diag_set(d, rc, "out of memory");
	qsort(in->paths + first, in->pathsz - first, sizeof(char *), cmpstr);
	snprintf(man, sizeof(man), "%s/SOURCES.tsv", dir);
	if (stat(man, &st) == 0)
		return sb_manifest_read(man, &in->man, d);
	return SB_OK;
}

int
sb_inputs_collect(char *const *args, size_t argsz, const char *manifest,
    struct sb_inputs *in, struct sb_diag *d)
{
	struct stat	 st;
	size_t		 i;
	int		 rc;

	memset(in, 0, sizeof(*in));
	for (i = 0; i < argsz; i++) {
		if (strcmp(args[i], "-") == 0) {
			rc = path_add(in, NULL, "-");
		} else if (stat(args[i], &st) != 0) {
			if (d != NULL)
				d->file = args[i];
			rc = sb_diag_set(d, errno == ENOENT ||
			    errno == ENOTDIR ? SB_ENOENT : SB_EIO, "%s",
			    strerror(errno));
		} else if (S_ISDIR(st.st_mode))
			rc = add_dir(in, args[i], d);
		else
			rc = path_add(in, NULL, args[i]);
		if (rc != SB_OK)
			goto fail;
	}
	if (manifest != NULL &&
	    (rc = sb_manifest_read(manifest, &in->man, d)) != SB_OK)
		goto fail;
	sb_manifest_sort(&in->man);
	return SB_OK;
fail:
	sb_inputs_free(in);
	return rc;
}

void
sb_inputs_free(struct sb_inputs *in)
{
	size_t	 i;

	for (i = 0; i < in->pathsz; i++)
		free(in->paths[i]);
	free(in->paths);
	sb_manifest_free(&in->man);
	memset(in, 0, sizeof(*in));
}

/* Characters (not bytes) in p[0..n), for a column number. */
static size_t
chars(const char *p, size_t n)
{
	size_t	 i, k = 0;

	for (i = 0; i < n; i++)
		if (((unsigned char)p[i] & 0xc0) != 0x80)
			k++;
	return k;
}

/*
 * A JSON Lines file: one article per line.  Each figure's position is
 * moved from the decoded text back to the line and column of the file.
 */
static int
extract_jsonl(const struct sb_lex *lx, const char *path, const char *data,
    size_t len, const struct sb_date *pub, int forced, const char *region,
    struct sb_obslist *list, struct sb_diag *d)
{
	struct sb_jsonrec rec;
	struct sb_text	 t;
	struct sb_docinfo info;
	const char	*line = data, *nl;
	size_t		 lineno = 0, ll, k, first, off;
	int		 rc = SB_OK;

	memset(&t, 0, sizeof(t));
	memset(&rec, 0, sizeof(rec));
	for (; line < data + len; line = nl + 1) {
		lineno++;
		if ((nl = memchr(line, '\n', (size_t)(data + len - line))) ==
		    NULL)
			nl = data + len;
		ll = (size_t)(nl - line);
		if (ll > 0 && line[ll - 1] == '\r')
			ll--;
		if (ll == 0 || strspn(line, " \t") == ll)
			continue;
		if ((rc = sb_jsonl_parse(line, ll, &rec, d)) != SB_OK)
			goto fail;
		if ((rc = sb_text_decode(rec.text, rec.textlen,
		    SB_TEXT_NO_GB18030, &t, d)) != SB_OK) {
			if (d != NULL && d->offset != (size_t)-1 &&
			    d->offset <= rec.textlen)
				d->offset = rec.map[d->offset];
			goto fail;
		}
		memset(&info, 0, sizeof(info));
		info.name = path;
		/* --date wins, then the record's date, then the manifest's. */
		info.pub = *pub;
		if (!forced && rec.date != NULL) {
			char	 ymd[11];

			/* 2023-09-21 or 2023-09-21T08:00:00+08:00 */
			snprintf(ymd, sizeof(ymd), "%s", rec.date);
			if (sb_date_parse(ymd, &info.pub) != 0)
				info.pub = *pub;
		}
		info.region = rec.region != NULL ? rec.region : region;
		first = list->obssz;
		if ((rc = sb_extract(lx, &t, &info, list, d)) != SB_OK)
			goto fail;
		for (k = first; k < list->obssz; k++) {
			struct sb_obs *o = &list->obs[k];

			off = o->offset <= rec.textlen ? rec.map[o->offset] : 0;
			o->line = lineno;
			o->col = chars(line, off) + 1;
			o->offset = (size_t)(line - data) + off;
		}
		sb_text_free(&t);
		sb_jsonrec_free(&rec);
	}
	return SB_OK;
fail:
	if (d != NULL) {
		d->file = path;
		d->line = lineno;
	}
	sb_text_free(&t);
	sb_jsonrec_free(&rec);
	return rc;
}

int
sb_extract_buffer(const struct sb_lex *lx, const char *name, const char *data,
    size_t len, const struct sb_date *pub, int forced, const char *region,
    struct sb_obslist *list, struct sb_diag *d)
{
	struct sb_text	 t;
	struct sb_docinfo info;
	int		 rc;

	if (has_suffix(name, ".jsonl"))
		return extract_jsonl(lx, name, data, len, pub, forced, region,
		    list, d);
	memset(&t, 0, sizeof(t));
	if ((rc = sb_text_decode(data, len, 0, &t, d)) != SB_OK) {
		sb_diag_locate(d, name, data, len);
		return rc;
	}
	memset(&info, 0, sizeof(info));
	info.name = name;
	info.pub = *pub;
	info.region = region;
	rc = sb_extract(lx, &t, &info, list, d);
	sb_text_free(&t);
	return rc;
}

int
sb_source_of(const struct sb_inputs *in, const char *path,
    const struct sb_date *flagdate, struct sb_date *pub, const char **region)
{
	const struct sb_source *src;

	src = in != NULL ? sb_manifest_find(&in->man, path) : NULL;
	memset(pub, 0, sizeof(*pub));
	*region = src != NULL ? src->region : NULL;
	if (flagdate != NULL && flagdate->y) {
		*pub = *flagdate;
		return 1;
	}
	if (src != NULL)
		*pub = src->date;
	return 0;
}

int
sb_extract_file(const struct sb_lex *lx, const char *path,
    const struct sb_inputs *in, const struct sb_date *flagdate,
    struct sb_obslist *list, struct sb_diag *d)
{
	char		*data = NULL;
	size_t		 len;
	struct sb_date	 pub;
	const char	*region;
	int		 rc, forced;

	if ((rc = sb_file_read(path, &data, &len, d)) != SB_OK)
		return rc;
	forced = sb_source_of(in, path, flagdate, &pub, &region);
	rc = sb_extract_buffer(lx, path, data, len, &pub, forced, region, list,
	    d);
	free(data);
	return rc;
}

int
sb_opt_date(const char *arg, struct sb_date *date)
{
	if (sb_date_parse(arg, date) == 0)
		return 0;
	sb_warnx("--date: bad date '%s' (want YYYY-MM-DD)", arg);
	return -1;
}

int
sb_opt_seconds(const char *opt, const char *arg, int *out)
{
	char	*end;
	long	 v;

	v = strtol(arg, &end, 10);
	if (*arg == '\0' || *end != '\0' || v < 0 || v > 86400 * 7) {
		sb_warnx("%s: want whole seconds, 0 to 604800, not '%s'", opt,
		    arg);
		return -1;
	}
	*out = (int)v;
	return 0;
}
