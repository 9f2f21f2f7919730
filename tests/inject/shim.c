/*
 * Fault-injection shim, loaded with LD_PRELOAD into statbrief (as jq's
 * src/inject_errors.c and SQLite's OOM tests).  It counts from the start
 * of main(), so library constructors that run before it are never hit.
 * Controlled by the environment:
 *
 *   SB_FAIL_MALLOC_AT=N      the Nth allocation (malloc, calloc, realloc,
 *                            reallocarray, strdup's malloc ...) fails
 *   SB_FAIL_MALLOC_PERSIST=1 ... and every later one too
 *   SB_FAIL_READ=ERR[@N]     read-class calls on regular files fail with
 *                            errno ERR (EIO, ENOSPC, ...) from the Nth on
 *   SB_FAIL_WRITE=ERR[@N]    write-class calls on regular files, likewise
 *   SB_FAIL_FSYNC=ERR[@N]    fsync and fdatasync, likewise
 *   SB_FAIL_RENAME=ERR[@N]   rename and renameat, likewise
 *   SB_FAIL_ONLY=NAME        only arm in programs called NAME (default
 *                            statbrief), not in env, timeout or sh
 *   SB_FAIL_LOG=FILE         append a line for the first injected failure
 *                            of each kind ("malloc N", "fsync EIO"), and at
 *                            exit "allocs N" and "SB_FAIL_WRITE N" (calls
 *                            counted; ERR@999999999 counts without failing)
 *
 * stdio reads and writes through libc's internal read/write, which no
 * preload can reach, so the stdio entry points are interposed too: a
 * failing stream gets its error flag set, as a failing write(2) would.
 * Allocation functions forward to the next definition (libc, or gcc's
 * shared ASan runtime, so LeakSanitizer still watches the process).
 */
#define _GNU_SOURCE
#include <sys/stat.h>
#include <sys/uio.h>

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum cls { C_READ, C_WRITE, C_FSYNC, C_RENAME, C__MAX };

static const char *const clsenv[C__MAX] = {
	"SB_FAIL_READ", "SB_FAIL_WRITE", "SB_FAIL_FSYNC", "SB_FAIL_RENAME"
};

static int		 armed;		/* main() has started */
static unsigned long	 nalloc;	/* allocations since main() */
static unsigned long	 failat;	/* SB_FAIL_MALLOC_AT, 0 off */
static int		 persist;
static int		 clserr[C__MAX];	/* errno to inject, 0 off */
static unsigned long	 clsat[C__MAX];		/* from the Nth call */
static unsigned long	 clsn[C__MAX];		/* calls seen */
static const char	*logpath;
static int		 inshim;	/* guards the shim's own stdio */

/* Bootstrap arena for dlsym's allocations before the real ones are known. */
static char		 boot[8192] __attribute__((aligned(16)));
static size_t		 bootn;

static void	*(*real_malloc)(size_t);
static void	*(*real_calloc)(size_t, size_t);
static void	*(*real_realloc)(void *, size_t);
static void	 (*real_free)(void *);

static int
isboot(const void *p)
{
	return (const char *)p >= boot && (const char *)p < boot + sizeof(boot);
}

static void *
bootalloc(size_t n)
{
	void	*p;

	n = (n + 15) & ~(size_t)15;
	if (n > sizeof(boot) - bootn)
		return NULL;
	p = boot + bootn;
	bootn += n;
	return p;
}

static void
resolve(void)
{
	static int	 busy;

	if (real_malloc != NULL || busy)
		return;
	busy = 1;
	*(void **)&real_calloc = dlsym(RTLD_NEXT, "calloc");
	*(void **)&real_realloc = dlsym(RTLD_NEXT, "realloc");
	*(void **)&real_free = dlsym(RTLD_NEXT, "free");
	*(void **)&real_malloc = dlsym(RTLD_NEXT, "malloc");
	busy = 0;
}

/* Write one line to SB_FAIL_LOG without stdio or allocation. */
static void
logline(const char *what, const char *detail)
{
	char	 buf[256];
	int	 fd, n;

	if (logpath == NULL)
		return;
	n = snprintf(buf, sizeof(buf), "%s %s\n", what, detail);
	if (n <= 0 || (size_t)n >= sizeof(buf))
		return;
	if ((fd = open(logpath, O_WRONLY | O_APPEND | O_CREAT, 0644)) < 0)
		return;
	if (write(fd, buf, (size_t)n) < 0) {
		/* Nothing to do: the log is advisory. */
	}
	close(fd);
}

/* Should this allocation fail?  Counts it when armed. */
static int
allocfail(void)
{
	unsigned long	 n;
	char		 num[32];

	if (!armed || failat == 0 || inshim)
		return 0;
	n = __atomic_add_fetch(&nalloc, 1, __ATOMIC_RELAXED);
	if (n == failat || (persist && n > failat)) {
		if (n == failat) {
			snprintf(num, sizeof(num), "%lu", n);
			logline("malloc", num);
		}
		errno = ENOMEM;
		return 1;
	}
	return 0;
}

void *
malloc(size_t n)
{
	resolve();
	if (real_malloc == NULL)
		return bootalloc(n);
	if (allocfail())
		return NULL;
	return real_malloc(n);
}

void *
calloc(size_t a, size_t b)
{
	void	*p;

	resolve();
	if (real_calloc == NULL) {
		if (b != 0 && a > SIZE_MAX / b)
			return NULL;
		if ((p = bootalloc(a * b)) != NULL)
			memset(p, 0, a * b);
		return p;
	}
	if (allocfail())
		return NULL;
	return real_calloc(a, b);
}

void *
realloc(void *p, size_t n)
{
	void	*q;

	resolve();
	if (isboot(p)) {
		/* Rare: move a bootstrap block to the real heap. */
		if ((q = malloc(n)) != NULL)
			memcpy(q, p, n < sizeof(boot) -
			    (size_t)((char *)p - boot) ? n :
			    sizeof(boot) - (size_t)((char *)p - boot));
		return q;
	}
	if (real_realloc == NULL)
		return NULL;
	if (n != 0 && allocfail())
		return NULL;
	return real_realloc(p, n);
}

void *
reallocarray(void *p, size_t a, size_t b)
{
	if (b != 0 && a > SIZE_MAX / b) {
		errno = ENOMEM;
		return NULL;
	}
	return realloc(p, a * b);
}

void
free(void *p)
{
	if (p == NULL || isboot(p))
		return;
	resolve();
	if (real_free != NULL)
		real_free(p);
}

/* Parse "EIO", "ENOSPC", ... with an optional "@N". */
static void
parsecls(enum cls c)
{
	static const struct { const char *name; int err; } errs[] = {
		{ "EIO", EIO }, { "ENOSPC", ENOSPC }, { "EDQUOT", EDQUOT },
		{ "EACCES", EACCES }, { "EROFS", EROFS }, { "EXDEV", EXDEV },
		{ "ENOMEM", ENOMEM }, { NULL, 0 }
	};
	const char	*s = getenv(clsenv[c]), *at;
	size_t		 i, l;

	if (s == NULL || *s == '\0')
		return;
	at = strchr(s, '@');
	l = at != NULL ? (size_t)(at - s) : strlen(s);
	for (i = 0; errs[i].name != NULL; i++)
		if (strlen(errs[i].name) == l &&
		    strncmp(errs[i].name, s, l) == 0)
			clserr[c] = errs[i].err;
	if (clserr[c] == 0)
		clserr[c] = EIO;
	clsat[c] = at != NULL ? strtoul(at + 1, NULL, 10) : 1;
	if (clsat[c] == 0)
		clsat[c] = 1;
}

/* Only regular files are failed: never stderr, pipes or terminals. */
static int
isregfd(int fd)
{
	struct stat	 st;

	return fd > 2 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
}

/*
 * Should this call of class c on fd fail?  fd < 0 means "no fd to
 * check" (rename).  Sets errno when it fails.
 */
static int
iofail(enum cls c, int fd, const char *fn)
{
	unsigned long	 n;

	if (!armed || inshim || clserr[c] == 0)
		return 0;
	if (fd >= 0 && !isregfd(fd))
		return 0;
	if (fd == -2)
		return 0;
	n = ++clsn[c];
	if (n < clsat[c])
		return 0;
	if (n == clsat[c]) {
		/* Log the first injected failure of a class only. */
		inshim++;
		logline(fn, strerror(clserr[c]));
		inshim--;
	}
	errno = clserr[c];
	return 1;
}

static int
streamfail(enum cls c, FILE *fp, const char *fn)
{
	int	 fd;

	if (fp == NULL || !armed || inshim)
		return 0;
	fd = fileno(fp);
	if (fd < 0)
		return 0;
	if (!iofail(c, fd, fn))
		return 0;
	fp->_flags |= _IO_ERR_SEEN;
	return 1;
}

/* The next definition of the function we interpose (libc's, usually). */
#define NEXT(name) \
	static __typeof__(name) *real; \
	if (real == NULL) \
		*(void **)&real = dlsym(RTLD_NEXT, #name)

ssize_t
read(int fd, void *buf, size_t n)
{
	NEXT(read);
	if (iofail(C_READ, fd, "read"))
		return -1;
	return real(fd, buf, n);
}

ssize_t
pread(int fd, void *buf, size_t n, off_t off)
{
	NEXT(pread);
	if (iofail(C_READ, fd, "pread"))
		return -1;
	return real(fd, buf, n, off);
}

ssize_t
pread64(int fd, void *buf, size_t n, off_t off)
{
	NEXT(pread64);
	if (iofail(C_READ, fd, "pread64"))
		return -1;
	return real(fd, buf, n, off);
}

size_t
fread(void *buf, size_t sz, size_t n, FILE *fp)
{
	NEXT(fread);
	if (streamfail(C_READ, fp, "fread"))
		return 0;
	return real(buf, sz, n, fp);
}

char *
fgets(char *s, int n, FILE *fp)
{
	NEXT(fgets);
	if (streamfail(C_READ, fp, "fgets"))
		return NULL;
	return real(s, n, fp);
}

ssize_t
write(int fd, const void *buf, size_t n)
{
	NEXT(write);
	if (iofail(C_WRITE, fd, "write"))
		return -1;
	return real(fd, buf, n);
}

ssize_t
pwrite(int fd, const void *buf, size_t n, off_t off)
{
	NEXT(pwrite);
	if (iofail(C_WRITE, fd, "pwrite"))
		return -1;
	return real(fd, buf, n, off);
}

ssize_t
pwrite64(int fd, const void *buf, size_t n, off_t off)
{
	NEXT(pwrite64);
	if (iofail(C_WRITE, fd, "pwrite64"))
		return -1;
	return real(fd, buf, n, off);
}

ssize_t
writev(int fd, const struct iovec *iov, int n)
{
	NEXT(writev);
	if (iofail(C_WRITE, fd, "writev"))
		return -1;
	return real(fd, iov, n);
}

size_t
fwrite(const void *buf, size_t sz, size_t n, FILE *fp)
{
	NEXT(fwrite);
	if (streamfail(C_WRITE, fp, "fwrite"))
		return 0;
	return real(buf, sz, n, fp);
}

int
fputs(const char *s, FILE *fp)
{
	NEXT(fputs);
	if (streamfail(C_WRITE, fp, "fputs"))
		return EOF;
	return real(s, fp);
}

int
fputc(int c, FILE *fp)
{
	NEXT(fputc);
	if (streamfail(C_WRITE, fp, "fputc"))
		return EOF;
	return real(c, fp);
}

int
putc(int c, FILE *fp)
{
	NEXT(putc);
	if (streamfail(C_WRITE, fp, "putc"))
		return EOF;
	return real(c, fp);
}

int
vfprintf(FILE *fp, const char *fmt, va_list ap)
{
	NEXT(vfprintf);
	if (streamfail(C_WRITE, fp, "vfprintf"))
		return -1;
	return real(fp, fmt, ap);
}

int
fprintf(FILE *fp, const char *fmt, ...)
{
	va_list	 ap;
	int	 r;

	va_start(ap, fmt);
	r = vfprintf(fp, fmt, ap);
	va_end(ap);
	return r;
}

int
fflush(FILE *fp)
{
	NEXT(fflush);
	if (fp != NULL && streamfail(C_WRITE, fp, "fflush"))
		return EOF;
	return real(fp);
}

/* Close for real (no leak), but report the failed final write. */
int
fclose(FILE *fp)
{
	int	 failed;

	NEXT(fclose);
	failed = fp != NULL && (fp->_flags & 0x0008) == 0 /* glibc _IO_NO_WRITES */ &&
	    streamfail(C_WRITE, fp, "fclose");
	if (real(fp) != 0 || failed) {
		if (failed)
			errno = clserr[C_WRITE];
		return EOF;
	}
	return 0;
}

int
fsync(int fd)
{
	NEXT(fsync);
	if (iofail(C_FSYNC, -1, "fsync"))
		return -1;
	return real(fd);
}

int
fdatasync(int fd)
{
	NEXT(fdatasync);
	if (iofail(C_FSYNC, -1, "fdatasync"))
		return -1;
	return real(fd);
}

int
rename(const char *a, const char *b)
{
	NEXT(rename);
	if (iofail(C_RENAME, -1, "rename"))
		return -1;
	return real(a, b);
}

int
renameat(int da, const char *a, int db, const char *b)
{
	NEXT(renameat);
	if (iofail(C_RENAME, -1, "renameat"))
		return -1;
	return real(da, a, db, b);
}

static void
atend(void)
{
	char	 num[32];
	int	 c;

	if (logpath != NULL) {
		inshim++;
		snprintf(num, sizeof(num), "%lu", nalloc);
		logline("allocs", num);
		for (c = 0; c < C__MAX; c++) {
			snprintf(num, sizeof(num), "%lu", clsn[c]);
			if (clserr[c] != 0)
				logline(clsenv[c], num);
		}
		inshim--;
	}
}

typedef int (*mainfn)(int, char **, char **);
static mainfn	 realmain;

/* Arm the shim when main() starts: constructors are not counted. */
static int
wrapmain(int argc, char **argv, char **envp)
{
	const char	*s, *only, *base;
	int		 c;

	if ((only = getenv("SB_FAIL_ONLY")) == NULL || *only == '\0')
		only = "statbrief";
	base = strrchr(argv[0], '/') != NULL ? strrchr(argv[0], '/') + 1 :
	    argv[0];
	if (strcmp(base, only) != 0)
		return realmain(argc, argv, envp);
	logpath = getenv("SB_FAIL_LOG");
	if ((s = getenv("SB_FAIL_MALLOC_AT")) != NULL)
		failat = strtoul(s, NULL, 10);
	persist = (s = getenv("SB_FAIL_MALLOC_PERSIST")) != NULL &&
	    *s == '1';
	for (c = 0; c < C__MAX; c++)
		parsecls((enum cls)c);
	atexit(atend);
	armed = 1;
	return realmain(argc, argv, envp);
}

int
__libc_start_main(mainfn m, int argc, char **argv, void (*init)(void),
    void (*fini)(void), void (*rtld_fini)(void), void *stack)
{
	int	(*real)(mainfn, int, char **, void (*)(void),
		    void (*)(void), void (*)(void), void *);

	*(void **)&real = dlsym(RTLD_NEXT, "__libc_start_main");
	realmain = m;
	return real(wrapmain, argc, argv, init, fini, rtld_fini, stack);
}
