/*
 * SQLite store (see store.h).  WAL journal, a busy timeout, prepared
 * statements with bound parameters, the schema version in user_version
 * and migrations applied in order inside one transaction.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "store.h"

struct sb_store {
	sqlite3		*db;
	sqlite3_stmt	*get_article;
	sqlite3_stmt	*put_article;
	sqlite3_stmt	*del_obs;
	sqlite3_stmt	*put_obs;
};

/* Migrations: entry i brings the schema from version i to i + 1. */
static const char *const migrations[] = {
	"CREATE TABLE article ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL UNIQUE,"		/* file name as given */
	"  hash TEXT NOT NULL,"			/* FNV-1a 64 of the bytes */
	"  pub_date TEXT,"			/* YYYY-MM-DD or empty */
	"  region TEXT"				/* home region or NULL */
	");"
	"CREATE TABLE observation ("
	"  id INTEGER PRIMARY KEY,"
	"  article_id INTEGER NOT NULL REFERENCES article(id)"
	"    ON DELETE CASCADE,"
	"  line INTEGER, col INTEGER, offset INTEGER,"
	"  indicator TEXT, indicator_id TEXT, region TEXT, period TEXT,"
	"  value REAL, value_hi REAL, unit TEXT,"
	"  base_value REAL, base_value_hi REAL, base_unit TEXT,"
	"  qualifier TEXT, kind TEXT, sentence TEXT,"
	"  UNIQUE (article_id, offset, indicator_id)"
	");"
	"CREATE INDEX observation_series ON observation"
	"  (indicator_id, region, base_unit);",
	/*
	 * 2: no query uses observation_series (loads filter with "?1 IS
	 * NULL OR ...", a full scan either way), and keeping it costs each
	 * article's commit about six scattered index pages: a third of the
	 * ingest's writes.
	 */
	"DROP INDEX IF EXISTS observation_series;",
};

static int
dberr(struct sb_store *st, struct sb_diag *d, const char *what)
{
	return sb_diag_set(d, SB_EDB, "database: %s: %s", what,
	    st != NULL && st->db != NULL ? sqlite3_errmsg(st->db) : "error");
}

static int
exec(struct sb_store *st, const char *sql, struct sb_diag *d)
{
	if (sqlite3_exec(st->db, sql, NULL, NULL, NULL) != SQLITE_OK)
		return dberr(st, d, sql);
	return SB_OK;
}

static int
migrate(struct sb_store *st, struct sb_diag *d)
{
	sqlite3_stmt	*s;
	int		 v, i, n = (int)(sizeof(migrations) /
			    sizeof(migrations[0]));
	char		 sql[64];

	if (exec(st, "BEGIN IMMEDIATE", d) != SB_OK)
		return SB_EDB;
	if (sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &s,
	    NULL) != SQLITE_OK || sqlite3_step(s) != SQLITE_ROW) {
		sqlite3_finalize(s);
		exec(st, "ROLLBACK", NULL);
		return dberr(st, d, "reading the schema version");
	}
	v = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	if (v > n) {
		exec(st, "ROLLBACK", NULL);
		return sb_diag_set(d, SB_EDB, "database: schema version %d is "
		    "newer than this statbrief (%d)", v, n);
	}
	for (i = v; i < n; i++)
		if (exec(st, migrations[i], d) != SB_OK) {
			exec(st, "ROLLBACK", NULL);
			return SB_EDB;
		}
	snprintf(sql, sizeof(sql), "PRAGMA user_version = %d", n);
	if (exec(st, sql, d) != SB_OK || exec(st, "COMMIT", d) != SB_OK) {
		exec(st, "ROLLBACK", NULL);
		return SB_EDB;
	}
	return SB_OK;
}

int
sb_store_open(const char *path, struct sb_store **out, struct sb_diag *d)
{
	struct sb_store	*st;
	int		 rc = SB_EDB;

	if ((st = calloc(1, sizeof(*st))) == NULL)
		return sb_diag_set(d, SB_ENOMEM, "out of memory");
	if (sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		rc = dberr(st, d, path);
		goto out;
	}
	sqlite3_busy_timeout(st->db, 10000);
	/*
	 * WAL with synchronous=NORMAL: a commit is an append to the WAL, no
	 * fsync; a crash loses no committed article, a power cut at most the
	 * last ones, never consistency.  The fsyncs come with checkpoints:
	 * one every 4000 pages (16 MB of WAL, ~500 articles) instead of the
	 * default 1000 cuts ingest time by a third on a disk, where each
	 * checkpoint also rewrites the hot index pages again.
	 */
	sqlite3_extended_result_codes(st->db, 1);
	if (exec(st, "PRAGMA journal_mode = WAL", d) != SB_OK ||
	    exec(st, "PRAGMA synchronous = NORMAL", d) != SB_OK ||
	    exec(st, "PRAGMA wal_autocheckpoint = 4000", d) != SB_OK ||
	    exec(st, "PRAGMA foreign_keys = ON", d) != SB_OK)
		goto out;
	if ((rc = migrate(st, d)) != SB_OK)
		goto out;
	rc = SB_EDB;
	if (sqlite3_prepare_v2(st->db, "SELECT id, hash FROM article WHERE "
	    "name = ?1", -1, &st->get_article, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(st->db, "INSERT INTO article (name, hash, "
	    "pub_date, region) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (name) DO "
	    "UPDATE SET hash = excluded.hash, pub_date = excluded.pub_date, "
	    "region = excluded.region RETURNING id", -1, &st->put_article,
	    NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(st->db, "DELETE FROM observation WHERE "
	    "article_id = ?1", -1, &st->del_obs, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(st->db, "INSERT OR REPLACE INTO observation "
	    "(article_id, line, col, offset, indicator, indicator_id, region, "
	    "period, value, value_hi, unit, base_value, base_value_hi, "
	    "base_unit, qualifier, kind, sentence) VALUES (?1, ?2, ?3, ?4, "
	    "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)", -1,
	    &st->put_obs, NULL) != SQLITE_OK) {
		rc = dberr(st, d, "preparing statements");
		goto out;
	}
	*out = st;
	st = NULL;
	rc = SB_OK;
out:
	sb_store_close(st);
	return rc;
}

void
sb_store_close(struct sb_store *st)
{
	if (st == NULL)
		return;
	sqlite3_finalize(st->get_article);
	sqlite3_finalize(st->put_article);
	sqlite3_finalize(st->del_obs);
	sqlite3_finalize(st->put_obs);
	sqlite3_close(st->db);
	free(st);
}

void
sb_store_hash(const void *p, size_t n, char hex[17])
{
	const unsigned char *s = p;
	uint64_t	 h = 0xcbf29ce484222325ULL;
	size_t		 i;

	for (i = 0; i < n; i++) {
		h ^= s[i];
		h *= 0x100000001b3ULL;
	}
	snprintf(hex, 17, "%016llx", (unsigned long long)h);
}

int
sb_store_same(struct sb_store *st, const char *name, const char *hash,
    int *same, struct sb_diag *d)
{
	int	 r;

	*same = 0;
	sqlite3_reset(st->get_article);
	sqlite3_bind_text(st->get_article, 1, name, -1, SQLITE_STATIC);
	r = sqlite3_step(st->get_article);
	if (r == SQLITE_ROW)
		*same = strcmp((const char *)sqlite3_column_text(
		    st->get_article, 1), hash) == 0;
	else if (r != SQLITE_DONE)
		return dberr(st, d, "looking up an article");
	sqlite3_reset(st->get_article);
	return SB_OK;
}

static void
bind_str(sqlite3_stmt *s, int i, const char *v)
{
	if (v == NULL)
		sqlite3_bind_null(s, i);
	else
		sqlite3_bind_text(s, i, v, -1, SQLITE_STATIC);
}

int
sb_store_put(struct sb_store *st, const char *name, const char *hash,
    const struct sb_date *pub, const char *region, const struct sb_obs *obs,
    size_t obssz, int *changed, struct sb_diag *d)
{
	char		 date[16] = "";
	sqlite3_int64	 id;
	size_t		 i;
	int		 same, rc;

	*changed = 0;
	if (exec(st, "BEGIN IMMEDIATE", d) != SB_OK)
		return SB_EDB;
	if ((rc = sb_store_same(st, name, hash, &same, d)) != SB_OK)
		goto fail;
	if (same) {
		exec(st, "COMMIT", NULL);
		return SB_OK;
	}
	if (pub != NULL && pub->y)
		snprintf(date, sizeof(date), "%04d-%02d-%02d", pub->y, pub->m,
		    pub->d);
	sqlite3_reset(st->put_article);
	bind_str(st->put_article, 1, name);
	bind_str(st->put_article, 2, hash);
	bind_str(st->put_article, 3, date);
	bind_str(st->put_article, 4, region);
	if (sqlite3_step(st->put_article) != SQLITE_ROW) {
		rc = dberr(st, d, "storing an article");
		goto fail;
	}
	id = sqlite3_column_int64(st->put_article, 0);
	sqlite3_reset(st->put_article);
	sqlite3_reset(st->del_obs);
	sqlite3_bind_int64(st->del_obs, 1, id);
	if (sqlite3_step(st->del_obs) != SQLITE_DONE) {
		rc = dberr(st, d, "replacing observations");
		goto fail;
	}
	for (i = 0; i < obssz; i++) {
		const struct sb_obs *o = &obs[i];
		sqlite3_stmt	*s = st->put_obs;

		sqlite3_reset(s);
		sqlite3_bind_int64(s, 1, id);
		sqlite3_bind_int64(s, 2, (sqlite3_int64)o->line);
		sqlite3_bind_int64(s, 3, (sqlite3_int64)o->col);
		sqlite3_bind_int64(s, 4, (sqlite3_int64)o->offset);
		bind_str(s, 5, o->indicator);
		bind_str(s, 6, o->indicator_id);
		bind_str(s, 7, o->region);
		bind_str(s, 8, o->period);
		sqlite3_bind_double(s, 9, o->value);
		sqlite3_bind_double(s, 10, o->value_hi);
		bind_str(s, 11, o->unit);
		sqlite3_bind_double(s, 12, o->base_value);
		sqlite3_bind_double(s, 13, o->base_value_hi);
		bind_str(s, 14, o->base_unit);
		bind_str(s, 15, sb_qual_name(o->qual));
		bind_str(s, 16, sb_kind_name(o->kind));
		bind_str(s, 17, o->sentence);
		if (sqlite3_step(s) != SQLITE_DONE) {
			rc = dberr(st, d, "storing an observation");
			goto fail;
		}
	}
	sqlite3_reset(st->put_obs);
	if (exec(st, "COMMIT", d) != SB_OK) {
		rc = SB_EDB;
		goto fail;
	}
	*changed = 1;
	return SB_OK;
fail:
	sqlite3_reset(st->put_article);
	sqlite3_reset(st->put_obs);
	exec(st, "ROLLBACK", NULL);
	return rc;
}

static char *
col_dup(sqlite3_stmt *s, int i)
{
	const unsigned char *t = sqlite3_column_text(s, i);

	return strdup(t != NULL ? (const char *)t : "");
}

int
sb_store_load(struct sb_store *st, const char *indicator, const char *region,
    unsigned int flags, struct sb_obslist *out, char ***pubdates,
    struct sb_diag *d)
{
	sqlite3_stmt	*s = NULL;
	struct sb_obs	 o;
	char		**dates = NULL, **nd;
	size_t		 n = 0, cap = 0;
	int		 r, rc = SB_ENOMEM, k;

	if (sqlite3_prepare_v2(st->db, "SELECT a.name, o.line, o.col, "
	    "o.offset, o.indicator, o.indicator_id, o.region, o.period, "
	    "o.value, o.value_hi, o.unit, o.base_value, o.base_value_hi, "
	    "o.base_unit, o.qualifier, o.kind, "
	    "CASE WHEN ?3 THEN '' ELSE o.sentence END, a.pub_date "
	    "FROM observation o JOIN article a ON a.id = o.article_id "
	    "WHERE (?1 IS NULL OR o.indicator_id = ?1 OR o.indicator = ?1) "
	    "AND (?2 IS NULL OR o.region = ?2) "
	    "ORDER BY a.name, o.offset, o.id", -1, &s, NULL) != SQLITE_OK)
		return dberr(st, d, "loading observations");
	bind_str(s, 1, indicator);
	bind_str(s, 2, region);
	sqlite3_bind_int(s, 3, (flags & SB_LOAD_NO_SENTENCE) != 0);
	while ((r = sqlite3_step(s)) == SQLITE_ROW) {
		memset(&o, 0, sizeof(o));
		o.doc = col_dup(s, 0);
		o.line = (size_t)sqlite3_column_int64(s, 1);
		o.col = (size_t)sqlite3_column_int64(s, 2);
		o.offset = (size_t)sqlite3_column_int64(s, 3);
		o.indicator = col_dup(s, 4);
		o.indicator_id = col_dup(s, 5);
		o.region = col_dup(s, 6);
		o.period = col_dup(s, 7);
		o.value = sqlite3_column_double(s, 8);
		o.value_hi = sqlite3_column_double(s, 9);
		o.unit = col_dup(s, 10);
		o.base_value = sqlite3_column_double(s, 11);
		o.base_value_hi = sqlite3_column_double(s, 12);
		o.base_unit = col_dup(s, 13);
		k = sb_qual_parse((const char *)sqlite3_column_text(s, 14));
		o.qual = k < 0 ? SB_QUAL_EXACT : (enum sb_qual)k;
		k = sb_kind_parse((const char *)sqlite3_column_text(s, 15));
		o.kind = k < 0 ? SB_KIND_LEVEL : (enum sb_kind)k;
		o.sentence = col_dup(s, 16);
		r = o.doc && o.indicator && o.indicator_id && o.region &&
		    o.period && o.unit && o.base_unit && o.sentence ?
		    sb_obslist_add(out, &o) : SB_ENOMEM;
		sb_obs_clear(&o);
		if (r != SB_OK)
			goto out;
		if (pubdates != NULL) {
			if (n == cap) {
				cap = cap ? cap * 2 : 256;
				if ((nd = reallocarray(dates, cap,
				    sizeof(*nd))) == NULL)
					goto out;
				dates = nd;
			}
			if ((dates[n] = col_dup(s, 17)) == NULL)
				goto out;
			n++;
		}
	}
	if (r != SQLITE_DONE) {
		rc = dberr(st, d, "loading observations");
		goto out;
	}
	if (pubdates != NULL)
		*pubdates = dates;
	dates = NULL;
	rc = SB_OK;
out:
	if (dates != NULL) {
		while (n-- > 0)
			free(dates[n]);
		free(dates);
	}
	if (rc == SB_ENOMEM)
		sb_diag_set(d, rc, "out of memory");
	sqlite3_finalize(s);
	return rc;
}

int
sb_store_counts(struct sb_store *st, size_t *articles, size_t *obs,
    struct sb_diag *d)
{
	sqlite3_stmt	*s;

	if (sqlite3_prepare_v2(st->db, "SELECT (SELECT count(*) FROM "
	    "article), (SELECT count(*) FROM observation)", -1, &s,
	    NULL) != SQLITE_OK || sqlite3_step(s) != SQLITE_ROW) {
		sqlite3_finalize(s);
		return dberr(st, d, "counting");
	}
	*articles = (size_t)sqlite3_column_int64(s, 0);
	*obs = (size_t)sqlite3_column_int64(s, 1);
	sqlite3_finalize(s);
	return SB_OK;
}

int
sb_store_check(struct sb_store *st, struct sb_diag *d)
{
	sqlite3_stmt	*s;
	int		 ok;

	if (sqlite3_prepare_v2(st->db, "PRAGMA integrity_check", -1, &s,
	    NULL) != SQLITE_OK || sqlite3_step(s) != SQLITE_ROW) {
		sqlite3_finalize(s);
		return dberr(st, d, "integrity_check");
	}
	ok = strcmp((const char *)sqlite3_column_text(s, 0), "ok") == 0;
	sqlite3_finalize(s);
	return ok ? SB_OK : sb_diag_set(d, SB_EDB, "database: integrity "
	    "check failed");
}
