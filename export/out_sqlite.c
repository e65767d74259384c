/* out_sqlite.c: foi.sqlite, the dataset as typed SQLite tables (records,
 * sources, issues, forces, comparable) with indexes and ready-made views:
 * written row by row (foi_sqlite_*: a new file in one transaction, or an
 * existing one updated in place in one transaction), and the exporter of a
 * whole dataset on top. No timestamps; the rows are what a build says,
 * whatever order they went in (SPEC: identical content, compared sorted). */
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

struct foi_sqlite {
    sqlite3 *db;
    const char *path;
    struct foi_err *err;
    struct foi_buf scratch;   /* UTF-8 cleaning */
    struct foi_buf sql;       /* statements built at run time */
    sqlite3_stmt *ins_record, *ins_source, *ins_issue, *ins_cmp;
    sqlite3_stmt *ins_issue_at;   /* with its rowid given */
    int fresh;                /* a new file (indexes and views made at the end) */
    int records_indexed;      /* the records table's indexes made already */
    /* comparable columns: what each is (text, integer, real, a cell) */
    int ncmp;
    unsigned char *cmp_kind;
    int *cmp_cell;
    char pathbuf[4096];
};
#define sq foi_sqlite

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
    size_t n;
    const char *t = foi_utf8_clean_n(s ? s : "", &q->scratch, &n);
    if (!t)
        return foi_errf(q->err, FOI_ENOMEM, q->path, "out of memory");
    int keep = stable && (t == s || !s);
    if (sqlite3_bind_text(st, k, t, (int)n, keep ? SQLITE_STATIC : SQLITE_TRANSIENT) != SQLITE_OK)
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
        /* few distinct values (a parser's confidence): the last one remembered */
        static double last_in, last_out;
        static int have_last;
        if (!have_last || memcmp(&last_in, &v, sizeof v)) {
            char buf[64];
            snprintf(buf, sizeof buf, "%.2f", v);
            last_out = strtod(buf, NULL);
            last_in = v;
            have_last = 1;
        }
        rc = sqlite3_bind_double(st, k, last_out);
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

/* The records.csv columns the records table leaves out: each is carried once
 * per source (sources.source_sha256, sources.parser) or per force
 * (forces.name); the view records_full puts them back. */
static int left_out(int c)
{
    const char *n = foi_record_columns[c];
    return !strcmp(n, "force_name") || !strcmp(n, "source_sha256") || !strcmp(n, "parser");
}

static int records_table(struct sq *q)
{
    foi_buf_reset(&q->sql);
    int rc = foi_buf_adds(&q->sql, "CREATE TABLE records (");
    int k = 0;
    for (int c = 0; !rc && c < FOI_RECORD_NCOLS; c++)
        if (!left_out(c))
            rc = foi_buf_printf(&q->sql, "%s%s %s", k++ ? ", " : "", foi_record_columns[c],
                                sql_type(foi_export_coltype(c)));
    if (!rc)
        rc = foi_buf_adds(&q->sql, ")");
    if (rc)
        return foi_errf(q->err, FOI_ENOMEM, q->path, "out of memory");
    if ((rc = exec(q, q->sql.data)) || (rc = insert_sql(q, "records", FOI_RECORD_NCOLS - 3)))
        return rc;
    return prepare(q, q->sql.data, &q->ins_record);
}

/* What the records table does with each column of records.csv: left out,
 * or bound as an integer, a number or text (worked out once). */
enum { RC_OUT, RC_INT, RC_NUM, RC_TEXT };

static const unsigned char *record_plan(void)
{
    static unsigned char plan[FOI_RECORD_NCOLS];
    static int ready;
    if (!ready) {
        for (int c = 0; c < FOI_RECORD_NCOLS; c++)
            plan[c] = left_out(c) ? RC_OUT
                    : foi_export_coltype(c) == FOI_COL_INTEGER ? RC_INT
                    : foi_export_coltype(c) == FOI_COL_NUMBER ? RC_NUM : RC_TEXT;
        ready = 1;
    }
    return plan;
}

int foi_sqlite_record(struct foi_sqlite *q, const struct foi_record *r, int64_t *rowid)
{
    sqlite3_stmt *st = q->ins_record;
    const unsigned char *plan = record_plan();
    int rc = 0, k = 1;
    for (int c = 0; !rc && c < FOI_RECORD_NCOLS; c++) {
        int64_t v;
        switch (plan[c]) {
        case RC_OUT:
            continue;
        case RC_INT: {
            int has = foi_record_int(r, c, &v);
            rc = bind_int(q, st, k++, has, has ? v : 0);
            break;
        }
        case RC_NUM:
            rc = bind_real2(q, st, k++, 1, r->confidence);
            break;
        default:
            /* the record's own strings stay put until the step */
            rc = bind_text_as(q, st, k++, foi_record_field(r, c, NULL, 0), 1);
        }
    }
    if (!rc)
        rc = step(q, st);
    if (!rc && rowid)
        *rowid = (int64_t)sqlite3_last_insert_rowid(q->db);
    return rc;
}

/* ------------------------------------------------------------- sources */
static int sources_table(struct sq *q)
{
    int rc = exec(q, "CREATE TABLE sources (source_file TEXT PRIMARY KEY, source_sha256 TEXT, "
                     "bytes INTEGER, format TEXT, parser TEXT, force_id TEXT, status TEXT, "
                     "records INTEGER, attached_to TEXT)");
    return rc;
}

int foi_sqlite_source(struct foi_sqlite *q, const struct foi_source *s)
{
    int rc = 0;
    if (!q->ins_source && ((rc = insert_sql(q, "sources", 9)) || (rc = prepare(q, q->sql.data, &q->ins_source))))
        return rc;
    sqlite3_stmt *st = q->ins_source;
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
    return rc;
}

/* -------------------------------------------------------------- issues */
static int issues_table(struct sq *q)
{
    return exec(q, "CREATE TABLE issues (severity TEXT, code TEXT, source_file TEXT, locator TEXT, message TEXT)");
}

int foi_sqlite_issue(struct foi_sqlite *q, const struct foi_issue *is, int64_t *rowid)
{
    int rc = 0;
    if (!q->ins_issue && ((rc = insert_sql(q, "issues", 5)) || (rc = prepare(q, q->sql.data, &q->ins_issue))))
        return rc;
    sqlite3_stmt *st = q->ins_issue;
    if (!(rc = bind_text(q, st, 1, foi_severity_name(is->severity))) &&
        !(rc = bind_text(q, st, 2, is->code)) &&
        !(rc = bind_text(q, st, 3, is->source_file)) &&
        !(rc = bind_text(q, st, 4, is->locator)) &&
        !(rc = bind_text(q, st, 5, is->message)))
        rc = step(q, st);
    if (!rc && rowid)
        *rowid = (int64_t)sqlite3_last_insert_rowid(q->db);
    return rc;
}

int foi_sqlite_issue_at(struct foi_sqlite *q, const struct foi_issue *is, int64_t rowid)
{
    int rc = 0;
    if (!q->ins_issue_at &&
        (rc = prepare(q, "INSERT INTO issues (rowid, severity, code, source_file, locator, message) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", &q->ins_issue_at)))
        return rc;
    sqlite3_stmt *st = q->ins_issue_at;
    if (!(rc = bind_int(q, st, 1, 1, rowid)) &&
        !(rc = bind_text(q, st, 2, foi_severity_name(is->severity))) &&
        !(rc = bind_text(q, st, 3, is->code)) &&
        !(rc = bind_text(q, st, 4, is->source_file)) &&
        !(rc = bind_text(q, st, 5, is->locator)) &&
        !(rc = bind_text(q, st, 6, is->message)))
        rc = step(q, st);
    return rc;
}

/* -------------------------------------------------------------- forces */
static int forces_table(struct sq *q)
{
    return exec(q, "CREATE TABLE forces (id TEXT PRIMARY KEY, name TEXT, aliases TEXT)");
}

int foi_sqlite_forces(struct foi_sqlite *q, const struct foi_taxonomy *tax)
{
    if (!tax)
        return 0;
    int rc = insert_sql(q, "forces", 3);
    if (rc)
        return rc;
    sqlite3_stmt *st;
    if ((rc = prepare(q, q->sql.data, &st)))
        return rc;
    struct foi_buf aliases;
    foi_buf_init(&aliases, 0);
    const char *id;
    for (int i = 0; !rc && (id = foi_taxonomy_id_at(tax, FOI_VOCAB_FORCE, i)) != NULL; i++) {
        foi_buf_reset(&aliases);
        const char *a;
        for (int j = 0; !rc && (a = foi_taxonomy_alias_at(tax, FOI_VOCAB_FORCE, id, j)); j++)
            if (foi_buf_printf(&aliases, "%s%s", j ? "; " : "", a))
                rc = foi_errf(q->err, FOI_ENOMEM, q->path, "out of memory");
        if (!rc && !(rc = bind_text(q, st, 1, id)) &&
            !(rc = bind_text(q, st, 2, foi_taxonomy_name(tax, FOI_VOCAB_FORCE, id))) &&
            !(rc = bind_text(q, st, 3, aliases.data ? aliases.data : "")))
            rc = step(q, st);
    }
    foi_buf_release(&aliases);
    sqlite3_finalize(st);
    return rc;
}

/* ---------------------------------------------------------- comparable */
enum cmp_kind { CK_TEXT, CK_INT, CK_REAL, CK_CELL };
enum { F_FORCE, F_NAME, F_PS, F_PE, F_CAT, F_MEAS, F_SUBJ, F_ODATE, F_FUNNEL, F_NONE };
static const char *const cmp_fields[] = { "force_id", "force_name", "period_start", "period_end", "category",
                                          "measure", "subject", "officers_date", "funnel" };

/* How a comparable.csv column maps onto a row: by name, or an outcome cell. */
static enum cmp_kind cmp_kind_of(const struct foi_comparable *cmp, const char *name, int *cell)
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
    for (int f = 0; f < F_NONE; f++)
        if (!strcmp(name, cmp_fields[f])) {
            *cell = f;
            return CK_TEXT;
        }
    *cell = F_NONE;
    return CK_TEXT;
}

/* The columns' kinds and the insert statement; the table itself made when create. */
static int comparable_setup(struct foi_sqlite *q, const struct foi_comparable *cmp, int create)
{
    int n = 0;
    const char *const *cols = cmp ? foi_comparable_columns(cmp, &n) : NULL;
    if (!cols || n <= 0)
        return create ? exec(q, "CREATE TABLE comparable (force_id TEXT)") : 0;
    foi_free(q->cmp_kind);
    foi_free(q->cmp_cell);
    q->cmp_kind = foi_malloc((size_t)n);
    q->cmp_cell = foi_malloc((size_t)n * sizeof *q->cmp_cell);
    if (!q->cmp_kind || !q->cmp_cell)
        return foi_errf(q->err, FOI_ENOMEM, q->path, "out of memory");
    q->ncmp = n;
    foi_buf_reset(&q->sql);
    int rc = foi_buf_adds(&q->sql, "CREATE TABLE comparable (");
    for (int c = 0; !rc && c < n; c++) {
        enum cmp_kind k = cmp_kind_of(cmp, cols[c], &q->cmp_cell[c]);
        q->cmp_kind[c] = (unsigned char)k;
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
    if ((create && (rc = exec(q, q->sql.data))) || (rc = insert_sql(q, "comparable", n)))
        return rc;
    sqlite3_finalize(q->ins_cmp);
    q->ins_cmp = NULL;
    return prepare(q, q->sql.data, &q->ins_cmp);
}

int foi_sqlite_comparable_table(struct foi_sqlite *q, const struct foi_comparable *cmp)
{
    return comparable_setup(q, cmp, 1);
}

int foi_sqlite_comparable_prepare(struct foi_sqlite *q, const struct foi_comparable *cmp)
{
    return comparable_setup(q, cmp, 0);
}

int foi_sqlite_comparable_row(struct foi_sqlite *q, const struct foi_cmp_row *row, int64_t *rowid)
{
    sqlite3_stmt *st = q->ins_cmp;
    if (!st)
        return foi_errf(q->err, FOI_EUSAGE, q->path, "the comparable table was not made");
    int rc = 0;
    for (int c = 0; c < q->ncmp && !rc; c++) {
        int k = c + 1;
        switch (q->cmp_kind[c]) {
        case CK_CELL: {
            const struct foi_cmp_cell *x = &row->cells[q->cmp_cell[c]];
            rc = bind_text_as(q, st, k, x->present && x->text ? x->text : "", 1);
            break;
        }
        case CK_INT:   /* as comparable.csv: the headcount only where a rate was computed */
            rc = bind_int(q, st, k, row->has_rate && row->officers >= 0, row->officers);
            break;
        case CK_REAL:
            rc = bind_real2(q, st, k, row->has_rate, row->rate_per_1000);
            break;
        default: {
            const char *v = NULL;
            switch (q->cmp_cell[c]) {
            case F_FORCE: v = row->force_id; break;
            case F_NAME: v = row->force_name; break;
            case F_PS: v = row->period_start; break;
            case F_PE: v = row->period_end; break;
            case F_CAT: v = row->category; break;
            case F_MEAS: v = row->measure; break;
            case F_SUBJ: v = row->subject; break;
            case F_ODATE: v = row->has_rate ? row->officers_date : ""; break;
            case F_FUNNEL: v = row->funnel ? row->funnel : ""; break;
            default: break;
            }
            if (!v)
                rc = sqlite3_bind_null(st, k) == SQLITE_OK ? 0 : sq_fail(q, "cannot bind value");
            else
                rc = bind_text_as(q, st, k, v, 1);
        }
        }
    }
    if (!rc)
        rc = step(q, st);
    if (!rc && rowid)
        *rowid = (int64_t)sqlite3_last_insert_rowid(q->db);
    return rc;
}

/* --------------------------------------------------- indexes and views */
static const char *const records_index_sql[] = {
    "CREATE INDEX records_force ON records(force_id)",
    "CREATE INDEX records_period ON records(period_start, period_end)",
    "CREATE INDEX records_category ON records(category)",
};

int foi_sqlite_index_records(struct foi_sqlite *q)
{
    int rc = 0;
    if (!q->fresh || q->records_indexed)
        return 0;
    for (size_t i = 0; i < sizeof records_index_sql / sizeof records_index_sql[0] && !rc; i++)
        rc = exec(q, records_index_sql[i]);
    q->records_indexed = !rc;
    return rc;
}

static const char *const finish_sql[] = {
    /* the records.csv columns, in order: what a source or a force carries
     * once joined back in */
    "CREATE VIEW records_full AS\n"
    "SELECT r.force_id, COALESCE(f.name, '') AS force_name, r.period_start, r.period_end, r.period_label,\n"
    "       r.category, r.category_raw, r.measure, r.subject, r.outcome, r.outcome_raw, r.value,\n"
    "       r.value_status, r.value_min, r.value_max, r.exemption, r.source_file,\n"
    "       COALESCE(s.source_sha256, '') AS source_sha256, r.locator, r.raw_text,\n"
    "       COALESCE(s.parser, '') AS parser, r.confidence, r.request_ref, r.date_basis, r.note\n"
    "FROM records r LEFT JOIN forces f ON f.id = r.force_id LEFT JOIN sources s ON s.source_file = r.source_file",
    /* Per force, category, measure, subject and outcome: the reported values
     * summed over distinct periods, one value per period (sources that repeat
     * a figure count once) and only the finest periods (a period that contains
     * another one of the same figure is left out, so a Total column across
     * years is not added to the years themselves). */
    "CREATE VIEW outcomes_by_force AS\n"
    "WITH figures AS (\n"
    "  SELECT force_id, force_name, period_start, period_end, category, measure, subject,\n"
    "         outcome, MAX(value) AS value\n"
    "  FROM records_full WHERE value_status = 'reported'\n"
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
    "CREATE VIEW refusals AS SELECT * FROM records_full "
    "WHERE value_status IN ('refused', 'not_held', 'ncnd')",
    "CREATE VIEW suppressed AS SELECT * FROM records_full WHERE value_status = 'suppressed'",
    "CREATE VIEW totals AS SELECT * FROM records_full WHERE outcome = 'total'",
};

static void sq_free(struct foi_sqlite *q)
{
    sqlite3_finalize(q->ins_record);
    sqlite3_finalize(q->ins_source);
    sqlite3_finalize(q->ins_issue);
    sqlite3_finalize(q->ins_cmp);
    sqlite3_finalize(q->ins_issue_at);
    if (q->db)
        sqlite3_close(q->db);
    foi_buf_release(&q->scratch);
    foi_buf_release(&q->sql);
    foi_free(q->cmp_kind);
    foi_free(q->cmp_cell);
    foi_free(q);
}

static struct foi_sqlite *sq_new(const char *path, struct foi_err *err)
{
    struct foi_sqlite *q = foi_calloc(1, sizeof *q);
    if (!q) {
        foi_errf(err, FOI_ENOMEM, path, "out of memory");
        return NULL;
    }
    snprintf(q->pathbuf, sizeof q->pathbuf, "%s", path);
    q->path = q->pathbuf;
    q->err = err;
    foi_buf_init(&q->scratch, 0);
    foi_buf_init(&q->sql, 0);
    return q;
}

int foi_sqlite_create(struct foi_sqlite **out, const char *path, size_t cache_kb, struct foi_err *err)
{
    *out = NULL;
    /* Create the file ourselves (it must not exist), then let SQLite fill it. */
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return foi_errf(err, FOI_EIO, path, "cannot create: %s", strerror(errno));
    close(fd);
    struct foi_sqlite *q = sq_new(path, err);
    if (!q) {
        unlink(path);
        return FOI_ENOMEM;
    }
    q->fresh = 1;
    int rc;
    char pragma[64];
    snprintf(pragma, sizeof pragma, "PRAGMA cache_size = -%zu", cache_kb ? cache_kb : 16384);
    if (sqlite3_open_v2(path, &q->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
        rc = q->db ? sq_fail(q, "cannot open") : foi_errf(err, FOI_ENOMEM, path, "out of memory");
    else if (!(rc = exec(q, "PRAGMA journal_mode = OFF")) && !(rc = exec(q, "PRAGMA synchronous = OFF")) &&
             !(rc = exec(q, "PRAGMA page_size = 16384")) && !(rc = exec(q, pragma)) &&
             !(rc = exec(q, "PRAGMA locking_mode = EXCLUSIVE")) && !(rc = exec(q, "PRAGMA user_version = 2")) &&
             !(rc = exec(q, "BEGIN")) && !(rc = records_table(q)) && !(rc = sources_table(q)) &&
             !(rc = issues_table(q)))
        rc = forces_table(q);
    if (rc) {
        sq_free(q);
        unlink(path);
        return rc;
    }
    *out = q;
    return 0;
}

int foi_sqlite_update(struct foi_sqlite **out, const char *path, size_t cache_kb, struct foi_err *err)
{
    *out = NULL;
    struct foi_sqlite *q = sq_new(path, err);
    if (!q)
        return FOI_ENOMEM;
    int rc = 0;
    char pragma[64];
    snprintf(pragma, sizeof pragma, "PRAGMA cache_size = -%zu", cache_kb ? cache_kb : 16384);
    /* a rollback journal: a build that dies before COMMIT leaves the file as it was */
    if (sqlite3_open_v2(path, &q->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
        rc = q->db ? sq_fail(q, "cannot open") : foi_errf(err, FOI_ENOMEM, path, "out of memory");
    else if (!(rc = exec(q, "PRAGMA journal_mode = DELETE")) && !(rc = exec(q, pragma)) &&
             !(rc = exec(q, "PRAGMA locking_mode = EXCLUSIVE")) && !(rc = exec(q, "BEGIN IMMEDIATE")) &&
             !(rc = insert_sql(q, "records", FOI_RECORD_NCOLS - 3)))
        rc = prepare(q, q->sql.data, &q->ins_record);
    if (rc) {
        sq_free(q);
        return rc;
    }
    *out = q;
    return 0;
}

int foi_sqlite_exec(struct foi_sqlite *q, const char *sql)
{
    return exec(q, sql);
}

int foi_sqlite_delete_range(struct foi_sqlite *q, const char *table, int64_t first, int64_t count)
{
    char sql[160];
    snprintf(sql, sizeof sql, "DELETE FROM %s WHERE rowid BETWEEN %" PRId64 " AND %" PRId64, table, first,
             first + count - 1);
    return count > 0 ? exec(q, sql) : 0;
}

int foi_sqlite_delete_source(struct foi_sqlite *q, const char *source_file)
{
    sqlite3_stmt *st;
    int rc = prepare(q, "DELETE FROM sources WHERE source_file = ?1", &st);
    if (rc)
        return rc;
    rc = bind_text(q, st, 1, source_file);
    if (!rc)
        rc = step(q, st);
    sqlite3_finalize(st);
    return rc;
}

int foi_sqlite_finish(struct foi_sqlite *q, int commit)
{
    int rc = 0;
    if (commit && q->fresh)
        rc = foi_sqlite_index_records(q);
    if (commit && q->fresh)
        for (size_t i = 0; i < sizeof finish_sql / sizeof finish_sql[0] && !rc; i++)
            rc = exec(q, finish_sql[i]);
    if (!rc && commit && foi_wfile_fault_point())
        rc = foi_errf(q->err, FOI_EIO, q->path, "cannot write: %s", strerror(ENOSPC));
    sqlite3_finalize(q->ins_record);
    sqlite3_finalize(q->ins_source);
    sqlite3_finalize(q->ins_issue);
    sqlite3_finalize(q->ins_cmp);
    sqlite3_finalize(q->ins_issue_at);
    q->ins_record = q->ins_source = q->ins_issue = q->ins_cmp = q->ins_issue_at = NULL;
    if (!rc && commit)
        rc = exec(q, "COMMIT");
    else
        sqlite3_exec(q->db, "ROLLBACK", NULL, NULL, NULL);
    if (!rc && commit && q->fresh)
        rc = exec(q, "PRAGMA journal_mode = DELETE");
    if (sqlite3_close(q->db) != SQLITE_OK && !rc)
        rc = foi_errf(q->err, FOI_EIO, q->path, "sqlite: cannot close");
    q->db = NULL;
    if (!rc && commit) {   /* synchronous was off while building: make the bytes durable now */
        int fd = open(q->path, O_RDONLY | O_CLOEXEC);
        if (fd < 0 || fsync(fd) != 0)
            rc = foi_errf(q->err, FOI_EIO, q->path, "cannot sync: %s", strerror(errno));
        if (fd >= 0)
            close(fd);
    }
    if ((rc || !commit) && q->fresh)
        unlink(q->path);
    sq_free(q);
    return rc;
}

/* ------------------------------------------------------- a whole dataset */
int foi_out_sqlite(const struct foi_export_ctx *x, const char *path, struct foi_err *err)
{
    struct foi_sqlite *q;
    int rc = foi_sqlite_create(&q, path, 0, err);
    if (rc)
        return rc;
    const struct foi_dataset *ds = x->ds;
    for (size_t i = 0; i < ds->nrecords && !rc; i++)
        rc = foi_sqlite_record(q, &ds->records[i], NULL);
    for (size_t i = 0; i < ds->nsources && !rc; i++)
        rc = foi_sqlite_source(q, &ds->sources[i]);
    for (size_t i = 0; i < ds->nissues && !rc; i++)
        rc = foi_sqlite_issue(q, &ds->issues[i], NULL);
    if (!rc)
        rc = foi_sqlite_forces(q, ds->tax);
    if (!rc)
        rc = foi_sqlite_comparable_table(q, x->cmp);
    for (size_t i = 0; x->cmp && i < x->cmp->nrows && !rc; i++)
        rc = foi_sqlite_comparable_row(q, &x->cmp->rows[i], NULL);
    int frc = foi_sqlite_finish(q, !rc);
    return rc ? rc : frc;
}
