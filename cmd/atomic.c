/*
 * Publishing outputs: write NAME.tmp.XXXXXX beside NAME, fsync, rename,
 * fsync the directory (git lockfile.h).  Readers see the old file or the
 * new one, never half.  A signal removes the temporary file.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cmd.h"

/* The temporary file to remove if a signal arrives mid-write. */
static char	 pending[4096];

static void
on_signal(int sig)
{
	if (pending[0] != '\0')
		unlink(pending);
	signal(sig, SIG_DFL);
	raise(sig);
}

void
sb_out_signals(void)
{
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);
	signal(SIGHUP, on_signal);
}

/* Expand strftime fields of pattern with the local time. */
static char *
expand(const char *pattern)
{
	char		 buf[4096];
	time_t		 now = time(NULL);
	struct tm	 tm;

	if (strchr(pattern, '%') == NULL)
		return strdup(pattern);
	localtime_r(&now, &tm);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
	if (strftime(buf, sizeof(buf), pattern, &tm) == 0)
		return NULL;
#pragma GCC diagnostic pop
	return strdup(buf);
}

int
sb_out_open(struct sb_outfile *o, const char *pattern, struct sb_diag *d)
{
	struct stat	 st;
	size_t		 l;
	int		 fd, rc;

	memset(o, 0, sizeof(*o));
	if (*pattern == '\0')
		return sb_diag_set(d, SB_EUSAGE, "empty output name");
	if ((o->name = expand(pattern)) == NULL)
		return sb_diag_set(d, SB_ENOMEM, "out of memory");
	if (stat(o->name, &st) == 0 && S_ISDIR(st.st_mode)) {
		rc = sb_diag_set(d, SB_ECREATE, "%s: is a directory",
		    o->name);
		goto fail;
	}
	/* "-" is standard output. */
	if (strcmp(o->name, "-") == 0) {
		o->fp = stdout;
		o->isstdout = 1;
		return SB_OK;
	}
	/* A device or pipe (/dev/stdout, a FIFO) is written in place. */
	if (stat(o->name, &st) == 0 && !S_ISREG(st.st_mode) &&
	    !S_ISDIR(st.st_mode)) {
		if ((o->fp = fopen(o->name, "wb")) == NULL) {
			rc = sb_diag_set(d, SB_ECREATE, "%s: cannot open: %s",
			    o->name, strerror(errno));
			goto fail;
		}
		return SB_OK;
	}
	l = strlen(o->name) + 16;
	if ((o->tmp = malloc(l)) == NULL) {
		rc = sb_diag_set(d, SB_ENOMEM, "out of memory");
		goto fail;
	}
	snprintf(o->tmp, l, "%s.tmp.XXXXXX", o->name);
	if ((fd = mkstemp(o->tmp)) < 0) {
		if (d != NULL)
			d->file = NULL;
		rc = sb_diag_set(d, SB_ECREATE, "%s: cannot create: %s",
		    o->name, strerror(errno));
		free(o->tmp);
		o->tmp = NULL;
		goto fail;
	}
	fchmod(fd, 0644 & ~0);
	snprintf(pending, sizeof(pending), "%s", o->tmp);
	if ((o->fp = fdopen(fd, "wb")) == NULL) {
		close(fd);
		rc = sb_diag_set(d, SB_ENOMEM, "out of memory");
		goto fail;
	}
	return SB_OK;
fail:
	sb_out_abort(o);
	return rc;
}

void
sb_out_abort(struct sb_outfile *o)
{
	if (o->fp != NULL && !o->isstdout)
		fclose(o->fp);
	if (o->tmp != NULL)
		unlink(o->tmp);
	pending[0] = '\0';
	free(o->tmp);
	free(o->name);
	memset(o, 0, sizeof(*o));
}

int
sb_out_commit(struct sb_outfile *o, struct sb_diag *d)
{
	char	*dircopy = NULL;
	int	 dfd, rc;

	if (fflush(o->fp) != 0 || ferror(o->fp) || (o->tmp != NULL &&
	    fsync(fileno(o->fp)) != 0)) {
		rc = sb_diag_set(d, SB_EIO, "%s: write failed: %s", o->name,
		    strerror(errno));
		goto fail;
	}
	if (o->isstdout) {
		o->fp = NULL;
		free(o->name);
		o->name = NULL;
		return SB_OK;
	}
	if (fclose(o->fp) != 0) {
		o->fp = NULL;
		rc = sb_diag_set(d, SB_EIO, "%s: write failed: %s", o->name,
		    strerror(errno));
		goto fail;
	}
	o->fp = NULL;
	if (o->tmp == NULL) {		/* written in place */
		free(o->name);
		o->name = NULL;
		return SB_OK;
	}
	if (rename(o->tmp, o->name) != 0) {
		rc = sb_diag_set(d, SB_EIO, "%s: cannot rename into place: %s",
		    o->name, strerror(errno));
		goto fail;
	}
	pending[0] = '\0';
	if ((dircopy = strdup(o->name)) != NULL) {
		if ((dfd = open(dirname(dircopy), O_RDONLY | O_DIRECTORY)) >=
		    0) {
			fsync(dfd);
			close(dfd);
		}
		free(dircopy);
	}
	free(o->tmp);
	o->tmp = NULL;
	free(o->name);
	o->name = NULL;
	return SB_OK;
fail:
	sb_out_abort(o);
	return rc;
}

int
sb_out_write(const char *pattern, const void *buf, size_t len,
    char **finalname, struct sb_diag *d)
{
	struct sb_outfile o;
	char		*name;
	int		 rc;

	if ((rc = sb_out_open(&o, pattern, d)) != SB_OK)
		return rc;
	if (fwrite(buf, 1, len, o.fp) != len) {
		rc = sb_diag_set(d, SB_EIO, "%s: write failed: %s", o.name,
		    strerror(errno));
		sb_out_abort(&o);
		return rc;
	}
	if ((name = strdup(o.name)) == NULL) {
		sb_out_abort(&o);
		return sb_diag_set(d, SB_ENOMEM, "out of memory");
	}
	if ((rc = sb_out_commit(&o, d)) != SB_OK) {
		free(name);
		return rc;
	}
	if (finalname != NULL)
		*finalname = name;
	else
		free(name);
	return SB_OK;
}
