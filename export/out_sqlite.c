/* out_sqlite.c: foi.sqlite, the dataset as typed SQLite tables (records,
 * sources, issues, forces, comparable) with indexes and ready-made views.
 * Deterministic: no timestamps, one transaction that only inserts (so no
 * free pages; no VACUUM needed), tables then indexes in a fixed order. */
#include "export.h"
#include "../analyze/comparable.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct sq {
    sqlite3 *db;
    const char *path;
    struct foi_err *err;
    struct foi_buf scratch;   /* UTF-8 cleaning */
    struct foi_buf sql;       /* statements built at run time */
};

static int sq_fail(struct sq *q, const char *what)
{
    int rc = sqlite3_errcode(q->db);
    int code = rc == SQLITE_NOMEM ? FOI_ENOMEM : FOI_EIO;
    return foi_errf(q->err, code, q->path, "sqlite: %s: %s", what, sqlite3_errmsg(q->db));
}

static int exec(struct sq *q, const char *sql)
{
    if (sqlite3_exec(q->db, sql, NULL, NULL, NULL) != SQLITE_OK)
        return sq_fail(q, "cannot run statement");
    return 0;
}

static int prepare(struct sq *q, const char *sql, sqlite3_stmt **st)
{
    if (sqlite3_prepare_v2(q->db, sql, -1, st, NULL) != SQLITE_OK)
        return sq_fail(q, "cannot prepare statement");
    return 0;
}

/* One row: step, then reset for the next; counts as one write for the fault hook. */
static int step(struct sq *q, sqlite3_stmt *st)
{
    if (foi_wfile_fault_point())
        return foi_errf(q->err, FOI_EIO, q->path, "cannot write: %s", strerror(ENOSPC));
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc != SQLITE_DONE)
        return sq_fail(q, "cannot insert row");
    return 0;
}

/* Bind s as text (made valid UTF-8). SQLite copies it unless it is the
 * caller's own and outlives the row's step (stable) and needed no cleaning:
 * a cleaned copy lives in q->scratch, which the next bind reuses. */
static int bind_text_as(struct sq *q, sqlite3_stmt *st, int k, const char *s, int stable)
{
    const char *t = foi_utf8_clean(s ? s : "", &q->scratch);
    if (!t)
        return foi_errf(q->err, FOI_ENOMEM, q->path, "out of memory");
    int keep = stable && (t == s || !s);
    if (sqlite3_bind_text(st, k, t, -1, keep ? SQLITE_STATIC : SQLITE_TRANSIENT) != SQLITE_OK)
        return sq_fail(q, "cannot bind value");
    return 0;
}

static int bind_text(struct sq *q, sqlite3_stmt *st, int k, const char *s)
{
    return bind_text_as(q, st, k, s, 0);
}

static int bind_int(struct sq *q, sqlite3_stmt *st, int k, int has, int64_t v)
{
    int rc = has ? sqlite3_bind_int64(st, k, (sqlite3_int64)v) : sqlite3_bind_null(st, k);
    return rc == SQLITE_OK ? 0 : sq_fail(q, "cannot bind value");
}

/* A number as it reads with two decimals ("%.2f"), or NULL when not finite. */
static int bind_real2(struct sq *q, sqlite3_stmt *st, int k, int has, double v)
{
    int rc;
    if (!has || !isfinite(v)) {
        rc = sqlite3_bind_null(st, k);
    } else {
        char buf[64];
        snprintf(buf, sizeof buf, "%.2f", v);
        rc = sqlite3_bind_double(st, k, strtod(buf, NULL));
    }
    return rc == SQLITE_OK ? 0 : sq_fail(q, "cannot bind value");
}

/* "name" with quotes doubled, for identifiers that come from data. */
static int add_ident(struct foi_buf *b, const char *name)
{
    int rc = foi_buf_addc(b, '"');
    for (const char *p = name; !rc && *p; p++)
        rc = *p == '"' ? foi_buf_adds(b, "\"\"") : foi_buf_addc(b, *p);
    return rc ? rc : foi_buf_addc(b, '"');
}

/* INSERT INTO table VALUES (?1, ..., ?n) into q->sql. */
static int insert_sql(struct sq *q, const char *table, int n)
{
    foi_buf_reset(&q->sql);
    int rc = foi_buf_printf(&q->sql, "INSERT INTO %s VALUES (", table);
    for (int i = 1; !rc && i <= n; i++)
        rc = foi_buf_printf(&q->sql, "%s?%d", i > 1 ? ", " : "", i);
    if (!rc)
        rc = foi_buf_adds(&q->sql, ")");
    return rc ? foi_errf(q->err, FOI_ENOMEM, q->path, "out of memory") : 0;
}

/* ------------------------------------------------------------- records */
static const char *sql_type(enum foi_coltype t)
{
    switch (t) {
    case FOI_COL_INTEGER: return "INTEGER";
    case FOI_COL_NUMBER: return "REAL";
    default: return "TEXT";
    }
}

static int records_table(struct sq *q, const struct foi_dataset *ds)
{
    foi_buf_reset(&q->sql);
    int rc = foi_buf_adds(&q->sql, "CREATE TABLE records (id INTEGER PRIMARY KEY");
    for (int c = 0; !rc && c < FOI_RECORD_NCOLS; c++)
        rc = foi_buf_printf(&q->sql, ", %s %s", foi_record_columns[c],
                            sql_type(foi_export_coltype(c)));
    if (!rc)
        rc = foi_buf_adds(&q->sql, ")");
    if (rc)
        return foi_errf(q->err, FOI_ENOMEM, q->path, "out of memory");
    if ((rc = exec(q, q->sql.data)) || (rc = insert_sql(q, "records", FOI_RECORD_NCOLS + 1)))
        return rc;
    sqlite3_stmt *st;
    if ((rc = prepare(q, q->sql.data, &st)))
        return rc;
    for (size_t i = 0; !rc && i < ds->nrecords; i++) {
        const struct foi_record *r = &ds->records[i];
        rc = bind_int(q, st, 1, 1, (int64_t)i + 1);
        for (int c = 0; !rc && c < FOI_RECORD_NCOLS; c++) {
            char num[32];
            int64_t v;
            switch (foi_export_coltype(c)) {
            case FOI_COL_INTEGER: {
                int has = foi_record_int(r, c, &v);
                rc = bind_int(q, st, c + 2, has, has ? v : 0);
                break;
            }
            case FOI_COL_NUMBER:
                rc = bind_real2(q, st, c + 2, 1, r->confidence);
                break;
            default: {
                /* the record's own strings stay put until the step */
                const char *f = foi_record_field(r, c, num, sizeof num);
                rc = bind_text_as(q, st, c + 2, f, f != num);
            }
            }
        }
        if (!rc)
            rc = step(q, st);
    }
    sqlite3_finalize(st);
    return rc;
}

/* ------------------------------------------------------------- sources */
static int sources_table(struct sq *q, const struct foi_dataset *ds)
{
    int rc = exec(q, "CREATE TABLE sources (source_file TEXT PRIMARY KEY, source_sha256 TEXT, "
                     "bytes INTEGER, format TEXT, parser TEXT, force_id TEXT, status TEXT, "
                     "records INTEGER, attached_to TEXT)");
    if (rc || (rc = insert_sql(q, "sources", 9)))
        return rc;
    sqlite3_stmt *st;
    if ((rc = prepare(q, q->sql.data, &st)))
        return rc;
    for (size_t i = 0; !rc && i < ds->nsources; i++) {
        const struct foi_source *s = &ds->sources[i];
        if (!(rc = bind_text(q, st, 1, s->source_file)) &&
            !(rc = bind_text(q, st, 2, s->source_sha256)) &&
            !(rc = bind_int(q, st, 3, 1, (int64_t)s->bytes)) &&
            !(rc = bind_text(q, st, 4, s->format)) &&
            !(rc = bind_text(q, st, 5, s->parser)) &&
            !(rc = bind_text(q, st, 6, s->force_id)) &&
            !(rc = bind_text(q, st, 7, s->status)) &&
            !(rc = bind_int(q, st, 8, 1, (int64_t)s->records)) &&
            !(rc = bind_text(q, st, 9, s->attached_to ? s->attached_to : "")))
            rc = step(q, st);
    }
    sqlite3_finalize(st);
    return rc;
}

/* -------------------------------------------------------------- issues */
static int issues_table(struct sq *q, const struct foi_dataset *ds)
{
    int rc = exec(q, "CREATE TABLE issues (id INTEGER PRIMARY KEY, severity TEXT, code TEXT, "
                     "source_file TEXT, locator TEXT, message TEXT)");
    if (rc || (rc = insert_sql(q, "issues", 6)))
        return rc;
    sqlite3_stmt *st;
    if ((rc = prepare(q, q->sql.data, &st)))
        return rc;
    for (size_t i = 0; !rc && i < ds->nissues; i++) {
        const struct foi_issue *is = &ds->issues[i];
        if (!(rc = bind_int(q, st, 1, 1, (int64_t)i + 1)) &&
            !(rc = bind_text(q, st, 2, foi_severity_name(is->severity))) &&
            !(rc = bind_text(q, st, 3, is->code)) &&
            !(rc = bind_text(q, st, 4, is->source_file)) &&
            !(rc = bind_text(q, st, 5, is->locator)) &&
            !(rc = bind_text(q, st, 6, is->message)))
            rc = step(q, st);
    }
    sqlite3_finalize(st);
    return rc;
}

/* -------------------------------------------------------------- forces */
static int forces_table(struct sq *q, const struct foi_dataset *ds)
{
    int rc = exec(q, "CREATE TABLE forces (id TEXT PRIMARY KEY, name TEXT, aliases TEXT)");
    if (rc || !ds->tax)
        return rc;
    if ((rc = insert_sql(q, "forces", 3)))
        return rc;
    sqlite3_stmt *st;
    if ((rc = prepare(q, q->sql.data, &st)))
        return rc;
    struct foi_buf aliases;
    foi_buf_init(&aliases, 0);
    const char *id;
    for (int i = 0; !rc && (id = foi_taxonomy_id_at(ds->tax, FOI_VOCAB_FORCE, i)) != NULL; i++) {
        foi_buf_reset(&aliases);
        const char *a;
        for (int j = 0; !rc && (a = foi_taxonomy_alias_at(ds->tax, FOI_VOCAB_FORCE, id, j)); j++)
            if (foi_buf_printf(&aliases, "%s%s", j ? "; " : "", a))
                rc = foi_errf(q->err, FOI_ENOMEM, q->path, "out of memory");
        if (!rc && !(rc = bind_text(q, st, 1, id)) &&
            !(rc = bind_text(q, st, 2, foi_taxonomy_name(ds->tax, FOI_VOCAB_FORCE, id))) &&
            !(rc = bind_text(q, st, 3, aliases.data ? aliases.data : "")))
            rc = step(q, st);
    }
    foi_buf_release(&aliases);
    sqlite3_finalize(st);
    return rc;
}

/* ---------------------------------------------------------- comparable */
enum cmp_kind { CK_TEXT, CK_INT, CK_REAL, CK_CELL };

/* How a comparable.csv column maps onto a row: by name, or an outcome cell. */
static enum cmp_kind cmp_kind(const struct foi_comparable *cmp, const char *name, int *cell)
{
    *cell = -1;
    for (int i = 0; i < cmp->noutcomes; i++)
        if (!strcmp(cmp->outcomes[i], name)) {
            *cell = i;
            return CK_CELL;
        }
    if (!strcmp(name, "officers"))
        return CK_INT;
    if (!strcmp(name, "rate_per_1000"))
        return CK_REAL;
    return CK_TEXT;
}

static int cmp_bind(struct sq *q, sqlite3_stmt *st, int k, const struct foi_comparable *cmp,
                    const struct foi_cmp_row *row, const char *name)
{
    int cell;
    switch (cmp_kind(cmp, name, &cell)) {
    case CK_CELL: {
        const struct foi_cmp_cell *c = &row->cells[cell];
        return bind_text(q, st, k, c->present && c->text ? c->text : "");
    }
    case CK_INT:   /* as comparable.csv: the headcount only where a rate was computed */
        return bind_int(q, st, k, row->has_rate && row->officers >= 0, row->officers);
    case CK_REAL:
        return bind_real2(q, st, k, row->has_rate, row->rate_per_1000);
    default:
        break;
    }
    const char *v = NULL;
    if (!strcmp(name, "force_id")) v = row->force_id;
    else if (!strcmp(name, "force_name")) v = row->force_name;
    else if (!strcmp(name, "period_start")) v = row->period_start;
    else if (!strcmp(name, "period_end")) v = row->period_end;
    else if (!strcmp(name, "category")) v = row->category;
    else if (!strcmp(name, "measure")) v = row->measure;
    else if (!strcmp(name, "subject")) v = row->subject;
    else if (!strcmp(name, "officers_date")) v = row->has_rate ? row->officers_date : "";
    else if (!strcmp(name, "funnel")) v = row->funnel ? row->funnel : "";
    if (!v) {
        int rc = sqlite3_bind_null(st, k);
        return rc == SQLITE_OK ? 0 : sq_fail(q, "cannot bind value");
    }
    return bind_text(q, st, k, v);
}

static int comparable_table(struct sq *q, const struct foi_comparable *cmp)
{
    int n = 0;
    const char *const *cols = cmp ? foi_comparable_columns(cmp, &n) : NULL;
    if (!cols || n <= 0)
        return exec(q, "CREATE TABLE comparable (force_id TEXT)");
    foi_buf_reset(&q->sql);
    int rc = foi_buf_adds(&q->sql, "CREATE TABLE comparable (");
    for (int c = 0; !rc && c < n; c++) {
        int cell;
        enum cmp_kind k = cmp_kind(cmp, cols[c], &cell);
        if (c)
            rc = foi_buf_adds(&q->sql, ", ");
        if (!rc)
            rc = add_ident(&q->sql, cols[c]);
        if (!rc)
            rc = foi_buf_adds(&q->sql, k == CK_INT ? " INTEGER" : k == CK_REAL ? " REAL" : " TEXT");
    }
    if (!rc)
        rc = foi_buf_adds(&q->sql, ")");
    if (rc)
        return foi_errf(q->err, FOI_ENOMEM, q->path, "out of memory");
    if ((rc = exec(q, q->sql.data)) || (rc = insert_sql(q, "comparable", n)))
        return rc;
    sqlite3_stmt *st;
    if ((rc = prepare(q, q->sql.data, &st)))
        return rc;
    for (size_t i = 0; !rc && i < cmp->nrows; i++) {
        for (int c = 0; !rc && c < n; c++)
            rc = cmp_bind(q, st, c + 1, cmp, &cmp->rows[i], cols[c]);
        if (!rc)
            rc = step(q, st);
    }
    sqlite3_finalize(st);
    return rc;
}

/* --------------------------------------------------- indexes and views */
static const char *const finish_sql[] = {
    "CREATE INDEX records_force ON records(force_id)",
    "CREATE INDEX records_period ON records(period_start, period_end)",
    "CREATE INDEX records_category ON records(category)",
    /* Per force, category, measure, subject and outcome: the reported values
     * summed over distinct periods, one value per period (sources that repeat
     * a figure count once) and only the finest periods (a period that contains
     * another one of the same figure is left out, so a Total column across
     * years is not added to the years themselves). */
    "CREATE VIEW outcomes_by_force AS\n"
    "WITH figures AS (\n"
    "  SELECT force_id, force_name, period_start, period_end, category, measure, subject,\n"
    "         outcome, MAX(value) AS value\n"
    "  FROM records WHERE value_status = 'reported'\n"
    "  GROUP BY force_id, force_name, period_start, period_end, category, measure, subject, outcome),\n"
    "finest AS (\n"
    "  SELECT * FROM figures f WHERE NOT EXISTS (\n"
    "    SELECT 1 FROM figures g\n"
    "    WHERE g.force_id = f.force_id AND g.category = f.category AND g.measure = f.measure\n"
    "      AND g.subject = f.subject AND g.outcome = f.outcome\n"
    "      AND g.period_start >= f.period_start AND g.period_end <= f.period_end\n"
    "      AND (g.period_start <> f.period_start OR g.period_end <> f.period_end)))\n"
    "SELECT force_id, force_name, category, measure, subject, outcome,\n"
    "       SUM(value) AS total, COUNT(*) AS periods,\n"
    "       MIN(period_start) AS first_period_start, MAX(period_end) AS last_period_end\n"
    "FROM finest\n"
    "GROUP BY force_id, force_name, category, measure, subject, outcome",
    "CREATE VIEW refusals AS SELECT * FROM records "
    "WHERE value_status IN ('refused', 'not_held', 'ncnd')",
    "CREATE VIEW suppressed AS SELECT * FROM records WHERE value_status = 'suppressed'",
    "CREATE VIEW totals AS SELECT * FROM records WHERE outcome = 'total'",
};

static int build(struct sq *q, const struct foi_export_ctx *x)
{
    int rc;
    if ((rc = exec(q, "PRAGMA journal_mode = OFF")) ||
        (rc = exec(q, "PRAGMA synchronous = OFF")) ||
        (rc = exec(q, "PRAGMA page_size = 4096")) ||
        (rc = exec(q, "PRAGMA locking_mode = EXCLUSIVE")) ||
        (rc = exec(q, "PRAGMA user_version = 1")) ||
        (rc = exec(q, "BEGIN")))
        return rc;
    if ((rc = records_table(q, x->ds)) || (rc = sources_table(q, x->ds)) ||
        (rc = issues_table(q, x->ds)) || (rc = forces_table(q, x->ds)) ||
        (rc = comparable_table(q, x->cmp)))
        return rc;
    for (size_t i = 0; i < sizeof finish_sql / sizeof finish_sql[0]; i++)
        if ((rc = exec(q, finish_sql[i])))
            return rc;
    if (foi_wfile_fault_point())
        return foi_errf(q->err, FOI_EIO, q->path, "cannot write: %s", strerror(ENOSPC));
    if ((rc = exec(q, "COMMIT")))
        return rc;
    return exec(q, "PRAGMA journal_mode = DELETE");
}

int foi_out_sqlite(const struct foi_export_ctx *x, const char *path, struct foi_err *err)
{
    /* Create the file ourselves (it must not exist), then let SQLite fill it. */
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return foi_errf(err, FOI_EIO, path, "cannot create: %s", strerror(errno));
    close(fd);
    struct sq q = { .path = path, .err = err };
    foi_buf_init(&q.scratch, 0);
    foi_buf_init(&q.sql, 0);
    int rc;
    if (sqlite3_open_v2(path, &q.db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
        rc = q.db ? sq_fail(&q, "cannot open") : foi_errf(err, FOI_ENOMEM, path, "out of memory");
    } else {
        rc = build(&q, x);
    }
    if (q.db && sqlite3_close(q.db) != SQLITE_OK && !rc)
        rc = foi_errf(err, FOI_EIO, path, "sqlite: cannot close");
    foi_buf_release(&q.scratch);
    foi_buf_release(&q.sql);
    if (!rc) {   /* synchronous was off while building: make the bytes durable now */
        fd = open(path, O_RDONLY | O_CLOEXEC);
        if (fd < 0 || fsync(fd) != 0)
            rc = foi_errf(err, FOI_EIO, path, "cannot sync: %s", strerror(errno));
        if (fd >= 0)
            close(fd);
    }
    if (rc)
        unlink(path);
    return rc;
}
