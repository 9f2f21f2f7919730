/*
 * fuzz_manifest: manifest TSV reading (sb_manifest_read in cmd/util.c,
 * compiled in) and lookup (sb_manifest_find).  sb_manifest_read takes a
 * path, so the input is written to one temporary file per process and
 * read back; no option bytes.  A buffer-based reader would let this
 * target skip the file system (see docs/fuzzing.md).
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"
#include "fuzz.h"

static char	 path[64];
static int	 fd = -1;

static void
cleanup(void)
{
	if (fd >= 0) {
		close(fd);
		unlink(path);
	}
}

/* Replace the temporary file's contents with data; 0 or -1. */
static int
put(const uint8_t *data, size_t size)
{
	ssize_t	 w;
	size_t	 off = 0;

	if (fd < 0) {
		snprintf(path, sizeof(path), "/tmp/sb_fuzz_manifest.XXXXXX");
		if ((fd = mkstemp(path)) < 0)
			return -1;
		atexit(cleanup);
	}
	if (ftruncate(fd, 0) != 0)
		return -1;
	while (off < size) {
		w = pwrite(fd, data + off, size - off, (off_t)off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		off += (size_t)w;
	}
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sb_manifest	 m;
	struct sb_diag		 d;
	const struct sb_source	*s;
	size_t			 i;
	int			 rc;

	if (put(data, size) != 0)
		abort();
	memset(&m, 0, sizeof(m));
	sb_diag_clear(&d);
	rc = sb_manifest_read(path, &m, &d);
	if (rc == SB_OK) {
		for (i = 0; i < m.rowsz; i++) {
			FUZZ_CHECK(m.rows[i].file != NULL);
			FUZZ_CHECK(strchr(m.rows[i].file, '/') == NULL);
			FUZZ_CHECK(m.rows[i].date.y >= 1900);
			s = sb_manifest_find(&m, m.rows[i].file);
			FUZZ_CHECK(s != NULL);
		}
		(void)sb_manifest_find(&m, "dir/a.txt");
	} else {
		FUZZ_CHECK(rc == SB_EINPUT || rc == SB_ENOMEM);
		FUZZ_CHECK(d.err == rc && d.msg[0] != '\0');
	}
	sb_manifest_free(&m);
	return 0;
}
