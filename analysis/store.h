/*
 * The SQLite store: articles and their observations.  Only store.c
 * includes sqlite3.h.  Ingest is idempotent: an article is keyed by its
 * name; the same bytes twice change nothing, changed bytes replace only
 * that article's observations, one transaction per article.
 */
#ifndef SB_STORE_H
#define SB_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "extract.h"
#include "period.h"
#include "sb.h"

/* Schema version kept in PRAGMA user_version. */
#define SB_STORE_SCHEMA	2

struct sb_store;

/*
 * Open (creating and migrating as needed) the database at path.
 * Returns SB_OK, SB_EDB (a newer schema, a corrupt file) or SB_ENOMEM.
 */
int	sb_store_open(const char *path, struct sb_store **st,
	    struct sb_diag *d);

/* Close; NULL is fine. */
void	sb_store_close(struct sb_store *st);

/* A 64-bit FNV-1a hash of bytes, written as 16 hex digits into hex[17]. */
void	sb_store_hash(const void *p, size_t n, char hex[17]);

/*
 * Is the article name stored with exactly this hash?  *same set to 1/0.
 */
int	sb_store_same(struct sb_store *st, const char *name, const char *hash,
	    int *same, struct sb_diag *d);

/*
 * Store an article and its observations in one transaction, replacing
 * the article's earlier observations.  *changed is 0 when the stored
 * article already had this hash (nothing written).
 */
int	sb_store_put(struct sb_store *st, const char *name, const char *hash,
	    const struct sb_date *pub, const char *region,
	    const struct sb_obs *obs, size_t obssz, int *changed,
	    struct sb_diag *d);

/*
 * Load observations (all when indicator and region are NULL) ordered by
 * article name and offset, with the publication date of each article as
 * "YYYY-MM-DD" in pubdates (parallel array, owned by the caller; may be
 * NULL when not wanted).  With SB_LOAD_NO_SENTENCE in flags every
 * sentence is "": series and charts need none, and on a large store the
 * sentences are most of the memory.
 */
#define SB_LOAD_NO_SENTENCE	0x01u

int	sb_store_load(struct sb_store *st, const char *indicator,
	    const char *region, unsigned int flags, struct sb_obslist *out,
	    char ***pubdates, struct sb_diag *d);

/* Counts of stored articles and observations. */
int	sb_store_counts(struct sb_store *st, size_t *articles, size_t *obs,
	    struct sb_diag *d);

/* Run PRAGMA integrity_check; SB_OK when it says "ok". */
int	sb_store_check(struct sb_store *st, struct sb_diag *d);

#endif /* SB_STORE_H */
