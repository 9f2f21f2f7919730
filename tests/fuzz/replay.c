/*
 * Replay driver: a plain main() (no libFuzzer) that feeds every file
 * named on the command line, or found in a directory named there, to
 * LLVMFuzzerTestOneInput once.  ctest runs it over the saved corpus and
 * every past crash input of a target (tests/fuzz/corpus/<target>,
 * tests/fuzz/crashes/<target>), so a fixed crash stays fixed.
 * A crash aborts the process; otherwise it prints the count and exits 0.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

int	LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

static size_t	 nrun;

/* Read path whole and run it; 0 on success, -1 when it cannot be read. */
static int
run_file(const char *path)
{
	FILE	*f;
	uint8_t	*buf = NULL, *nb;
	size_t	 n = 0, cap = 0, r;

	if ((f = fopen(path, "rb")) == NULL) {
		perror(path);
		return -1;
	}
	for (;;) {
		if (n == cap) {
			cap = cap ? cap * 2 : 4096;
			if ((nb = realloc(buf, cap)) == NULL) {
				fprintf(stderr, "%s: out of memory\n", path);
				free(buf);
				fclose(f);
				return -1;
			}
			buf = nb;
		}
		if ((r = fread(buf + n, 1, cap - n, f)) == 0)
			break;
		n += r;
	}
	if (ferror(f)) {
		perror(path);
		free(buf);
		fclose(f);
		return -1;
	}
	fclose(f);
	/* An exactly-sized copy, so ASan sees reads past the end. */
	if ((nb = malloc(n ? n : 1)) == NULL) {
		free(buf);
		return -1;
	}
	if (n)
		memcpy(nb, buf, n);
	free(buf);
	if (getenv("SB_REPLAY_VERBOSE") != NULL)
		fprintf(stderr, "replay %s (%zu bytes)\n", path, n);
	LLVMFuzzerTestOneInput(nb, n);
	free(nb);
	nrun++;
	return 0;
}

static int
cmpstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Run every regular file of dir (not recursive), in name order. */
static int
run_dir(const char *dir)
{
	DIR		*dp;
	struct dirent	*de;
	char		**names = NULL, **nn, *p;
	size_t		 namesz = 0, i, l;
	int		 rc = 0;
	struct stat	 st;

	if ((dp = opendir(dir)) == NULL) {
		perror(dir);
		return -1;
	}
	while ((de = readdir(dp)) != NULL) {
		if (de->d_name[0] == '.' ||
		    strcmp(de->d_name, "README") == 0 ||
		    strcmp(de->d_name, "README.md") == 0)
			continue;
		l = strlen(dir) + strlen(de->d_name) + 2;
		if ((nn = realloc(names, (namesz + 1) * sizeof(*nn))) == NULL ||
		    (p = malloc(l)) == NULL) {
			if (nn != NULL)
				names = nn;
			rc = -1;
			break;
		}
		names = nn;
		snprintf(p, l, "%s/%s", dir, de->d_name);
		if (stat(p, &st) == 0 && S_ISREG(st.st_mode))
			names[namesz++] = p;
		else
			free(p);
	}
	closedir(dp);
	if (namesz > 1)
		qsort(names, namesz, sizeof(*names), cmpstr);
	for (i = 0; i < namesz; i++) {
		if (rc == 0 && run_file(names[i]) != 0)
			rc = -1;
		free(names[i]);
	}
	free(names);
	return rc;
}

int
main(int argc, char *argv[])
{
	struct stat	 st;
	int		 i, rc = 0;

	if (LLVMFuzzerInitialize != NULL)
		LLVMFuzzerInitialize(&argc, &argv);
	for (i = 1; i < argc; i++) {
		/* A missing crash directory just means no past crashes. */
		if (stat(argv[i], &st) != 0)
			continue;
		if (S_ISDIR(st.st_mode) ? run_dir(argv[i]) != 0 :
		    run_file(argv[i]) != 0)
			rc = 1;
	}
	printf("%zu inputs replayed\n", nrun);
	return rc;
}
