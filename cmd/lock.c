/*
 * One run at a time per database: flock on a separate DB.lock file held
 * for the whole run.  The database file itself is never opened here: a
 * close() would drop SQLite's own POSIX locks (howtocorrupt.html).
 */
#include <sys/file.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"

int
sb_lock_acquire(const char *db, int wait, int *fdp, struct sb_diag *d)
{
	char	 path[4096];
	int	 fd, waited = 0;

	snprintf(path, sizeof(path), "%s.lock", db);
	if ((fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644)) < 0)
		return sb_diag_set(d, SB_ECREATE, "%s: cannot create lock: %s",
		    path, strerror(errno));
	while (flock(fd, LOCK_EX | LOCK_NB) != 0) {
		if (errno != EWOULDBLOCK && errno != EINTR) {
			close(fd);
			return sb_diag_set(d, SB_EIO, "%s: %s", path,
			    strerror(errno));
		}
		if (waited >= wait * 10) {
			close(fd);
			return sb_diag_set(d, SB_EBUSY, "%s: another run holds "
			    "the lock", path);
		}
		usleep(100000);
		waited++;
	}
	*fdp = fd;
	return SB_OK;
}

void
sb_lock_release(int fd)
{
	if (fd >= 0)
		close(fd);
}
