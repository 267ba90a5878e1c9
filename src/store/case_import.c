/* Bulk registration: ärenden from a diarium system's export (CSV/TSV),
 * all rows or none. Every row is checked before anything is written, and
 * every fault is named by row and column; then one transaction inserts
 * them with statements prepared once, so 100 000 ärenden take seconds and
 * are searchable when it commits (the search triggers index each row). */
#include "namnd/case_import.h"
#include "namnd/audit.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/case.h"
#include "namnd/date.h"
#include "namnd/dnr.h"
#include "namnd/text.h"
#include "quote.h"

enum col { C_DNR, C_TITLE, C_OFFICER, C_REGISTERED, C_STATUS, C_COMMITTEE, C_COUNT };

/* Header names as diarium systems (Public 360, Ciceron, W3D3, Evolution,
 * Platina) and spreadsheets call them; compared folded to lower case. */
static const char *const col_names[C_COUNT][8] = {
	[C_DNR] = { "dnr", "diarienummer", "diarienr", "ärendenummer", "ärendenr",
		    "ärende-id", NULL },
	[C_TITLE] = { "titel", "rubrik", "ärendemening", "ärenderubrik", "mening",
		      "title", NULL },
	[C_OFFICER] = { "handläggare", "ansvarig handläggare", "ansvarig", "officer",
			NULL },
	[C_REGISTERED] = { "registrerat", "registrerad", "registreringsdatum",
			   "inkom", "inkommen", "datum", "registered", NULL },
	[C_STATUS] = { "status", "ärendestatus", NULL },
	[C_COMMITTEE] = { "nämnd", "instans", "committee", NULL },
};
static const char *const col_labels[C_COUNT] = {
	"dnr", "titel", "handläggare", "registrerat", "status", "nämnd",
};

/* Statuses in other systems' words, and ours. */
static const struct {
	const char *from, *to;
} status_map[] = {
	{ "registrerat", "registrerat" }, { "registrerad", "registrerat" },
	{ "ny", "registrerat" }, { "inkommen", "registrerat" },
	{ "under beredning", "under beredning" }, { "pågående", "under beredning" },
	{ "öppen", "under beredning" }, { "öppet", "under beredning" },
	{ "aktiv", "under beredning" }, { "vilande", "under beredning" },
	{ "klart för beslut", "klart för beslut" }, { "beslutat", "beslutat" },
	{ "beslutad", "beslutat" }, { "avslutat", "avslutat" },
	{ "avslutad", "avslutat" }, { "stängd", "avslutat" }, { "stängt", "avslutat" },
	{ "arkiverad", "avslutat" }, { "arkiverat", "avslutat" },
};

#define FAULTS_SHOWN CASE_IMPORT_FAULTS_SHOWN

struct ctx {
	struct nd_db *db;
	struct case_import_report *rep;
	const struct tab_file *t;
	int col[C_COUNT]; /* column index, -1: none */
	const char *series_default;
	long long committee_default;
};

/* A trimmed copy of s, lower-cased for the ASCII letters and å ä ö (the
 * header names above are lower case). */
static void fold(const char *s, char *out, size_t size)
{
	size_t n = 0;
	while (*s == ' ' || *s == '\t')
		s++;
	for (; *s && n + 1 < size; s++) {
		unsigned char c = (unsigned char)*s;
		/* Å Ä Ö É in UTF-8: C3 85, C3 84, C3 96, C3 89. */
		if (c == 0xC3 && n + 2 < size && (s[1] == '\x85' || s[1] == '\x84' ||
						 s[1] == '\x96' || s[1] == '\x89')) {
			out[n++] = (char)c;
			out[n++] = (char)(s[1] + 0x20);
			s++;
			continue;
		}
		out[n++] = (char)tolower(c);
	}
	while (n > 0 && (out[n - 1] == ' ' || out[n - 1] == '\t'))
		n--;
	out[n] = '\0';
}

static void fault(struct ctx *x, const struct tab_row *r, int col, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void fault(struct ctx *x, const struct tab_row *r, int col, const char *fmt, ...)
{
	char msg[600];
	va_list ap;
	x->rep->faults++;
	if (x->rep->faults > FAULTS_SHOWN)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (col >= 0)
		strbuf_printf(&x->rep->messages, "Rad %zu, kolumn \"%s\": %s\n", r->line,
			      col_labels[col], msg);
	else
		strbuf_printf(&x->rep->messages, "Rad %zu: %s\n", r->line, msg);
}

static void note(struct ctx *x, const struct tab_row *r, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void note(struct ctx *x, const struct tab_row *r, const char *fmt, ...)
{
	char msg[600];
	va_list ap;
	x->rep->warnings++;
	if (x->rep->warnings > FAULTS_SHOWN)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	strbuf_printf(&x->rep->notes, "Rad %zu, kolumn \"%s\": %s\n", r->line,
		      col_labels[C_REGISTERED], msg);
}

/* Whether s is a time of day: HH:MM or HH:MM:SS (a fraction of a second
 * and a zone, "Z" or "+01:00", may follow), hour 00-23, minute and second
 * 00-59. */
static bool clock_time(const char *s)
{
	int h, m, sec = 0, n = 0;
	if (!isdigit((unsigned char)s[0]) || !isdigit((unsigned char)s[1]) || s[2] != ':' ||
	    !isdigit((unsigned char)s[3]) || !isdigit((unsigned char)s[4]))
		return false;
	h = (s[0] - '0') * 10 + (s[1] - '0');
	m = (s[3] - '0') * 10 + (s[4] - '0');
	n = 5;
	if (s[n] == ':') {
		if (!isdigit((unsigned char)s[n + 1]) || !isdigit((unsigned char)s[n + 2]))
			return false;
		sec = (s[n + 1] - '0') * 10 + (s[n + 2] - '0');
		n += 3;
		if (s[n] == '.' || s[n] == ',') {
			n++;
			if (!isdigit((unsigned char)s[n]))
				return false;
			while (isdigit((unsigned char)s[n]))
				n++;
		}
	}
	if (h > 23 || m > 59 || sec > 59)
		return false;
	if (s[n] == 'Z')
		n++;
	else if ((s[n] == '+' || s[n] == '-') && isdigit((unsigned char)s[n + 1]) &&
		 isdigit((unsigned char)s[n + 2]) && s[n + 3] == ':' &&
		 isdigit((unsigned char)s[n + 4]) && isdigit((unsigned char)s[n + 5]))
		n += 6;
	return s[n] == '\0';
}

static const char *cell(const struct ctx *x, const struct tab_row *r, int c, char *buf,
			size_t size)
{
	if (x->col[c] < 0) {
		buf[0] = '\0';
		return buf;
	}
	const char *s = tab_cell(r, (size_t)x->col[c]);
	while (*s == ' ' || *s == '\t')
		s++;
	size_t n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		n--;
	if (n >= size) {
		/* Cut where a character begins: a cut inside one would be
		 * reported as text that is not UTF-8. */
		n = size - 1;
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
	}
	memcpy(buf, s, n);
	buf[n] = '\0';
	return buf;
}

/* The characters (UTF-8) in the whole of cell c, trimmed as cell() does. */
static size_t cell_chars(const struct ctx *x, const struct tab_row *r, int c, size_t *bytes)
{
	size_t n = 0;
	*bytes = 0;
	if (x->col[c] < 0)
		return 0;
	const char *s = tab_cell(r, (size_t)x->col[c]);
	while (*s == ' ' || *s == '\t')
		s++;
	size_t len = strlen(s);
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\r'))
		len--;
	for (size_t i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			n++;
	*bytes = len;
	return n;
}

static enum nd_err find_columns(struct ctx *x)
{
	const struct tab_row *h = &x->t->rows[0];
	char name[128];
	for (int c = 0; c < C_COUNT; c++)
		x->col[c] = -1;
	for (size_t i = 0; i < h->ncells; i++) {
		fold(tab_cell(h, i), name, sizeof name);
		for (int c = 0; c < C_COUNT; c++)
			for (const char *const *n = col_names[c]; *n; n++)
				if (strcmp(name, *n) == 0 && x->col[c] < 0)
					x->col[c] = (int)i;
	}
	if (x->col[C_DNR] < 0 || x->col[C_TITLE] < 0)
		return nd_fail(ND_EINVAL, "Rad %zu (rubrikraden) saknar kolumnen \"%s\": "
			       "filens första rad ska namnge kolumnerna, t.ex. "
			       "Diarienummer, Ärendemening, Handläggare, Registrerad, "
			       "Status.", h->line, x->col[C_DNR] < 0 ? "diarienummer" :
			       "ärendemening (titel)");
	return ND_OK;
}

/* One parsed row, ready for the INSERT. */
struct row {
	size_t line;             /* in the file */
	struct nd_dnr d;
	const char *status;      /* static */
	char registered[11];
	char *title;             /* owned */
	char *officer;           /* owned; NULL: none */
	long long committee;     /* 0: none */
};

static int cmp_dnr(const void *a, const void *b)
{
	const struct row *p = a, *q = b;
	int c = strcmp(p->d.series, q->d.series);
	if (c)
		return c;
	if (p->d.year != q->d.year)
		return p->d.year < q->d.year ? -1 : 1;
	return (p->d.number > q->d.number) - (p->d.number < q->d.number);
}

static const char *map_status(const char *s)
{
	char f[64];
	if (!*s)
		return "registrerat";
	fold(s, f, sizeof f);
	for (size_t i = 0; i < sizeof status_map / sizeof *status_map; i++)
		if (strcmp(f, status_map[i].from) == 0)
			return status_map[i].to;
	return NULL;
}

static bool parse_row(struct ctx *x, const struct tab_row *r, struct row *out,
		      sqlite3_stmt *taken, sqlite3_stmt *committee)
{
	/* A title of 1000 characters may take 4000 bytes. */
	char buf[4100], q[TEXT_QUOTE_SIZE];
	bool ok = true;
	memset(out, 0, sizeof *out);
	out->line = r->line;

	cell(x, r, C_DNR, buf, sizeof buf);
	text_quote(buf, q, sizeof q);
	char dnrq[TEXT_QUOTE_SIZE];
	memcpy(dnrq, q, sizeof dnrq);
	if (!*buf) {
		fault(x, r, C_DNR, "diarienumret saknas.");
		ok = false;
	} else if (dnr_parse(buf, &out->d) != ND_OK) {
		fault(x, r, C_DNR, "\"%s\" är inget diarienummer (%s)", q, nd_errmsg());
		ok = false;
	} else if (!out->d.number) {
		fault(x, r, C_DNR, "\"%s\" saknar löpnummer, t.ex. \"UBN 2023/451\".", q);
		ok = false;
	}
	if (ok && !*out->d.series && x->series_default)
		snprintf(out->d.series, sizeof out->d.series, "%s", x->series_default);
	if (ok) {
		sqlite3_reset(taken);
		sqlite3_bind_text(taken, 1, out->d.series, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int(taken, 2, out->d.year);
		sqlite3_bind_int64(taken, 3, out->d.number);
		if (sqlite3_step(taken) == SQLITE_ROW) {
			fault(x, r, C_DNR, "diarienumret \"%s\" finns redan i registret.", q);
			ok = false;
		}
	}

	cell(x, r, C_TITLE, buf, sizeof buf);
	const struct nd_field *tf = field_find(case_entity.fields, "title");
	struct nd_value v;
	size_t title_bytes, title_chars = cell_chars(x, r, C_TITLE, &title_bytes);
	if (!*buf) {
		fault(x, r, C_TITLE, "titeln saknas.");
		ok = false;
	} else if (title_bytes >= sizeof buf) {
		/* Longer than any title can be: say so, not what the cut says. */
		fault(x, r, C_TITLE, "Fältet \"titel\" är för långt: %zu tecken (högst %ld).",
		      title_chars, tf ? tf->max : 1000L);
		ok = false;
	} else if (field_parse(x->db, tf, buf, &v) != ND_OK) {
		fault(x, r, C_TITLE, "%s", nd_errmsg());
		ok = false;
	} else {
		out->title = v.s; /* owned now */
	}

	cell(x, r, C_STATUS, buf, sizeof buf);
	if (!(out->status = map_status(buf))) {
		text_quote(buf, q, sizeof q);
		fault(x, r, C_STATUS, "\"%s\" är ingen status som namnd känner; använd "
		      "registrerat, under beredning, klart för beslut, beslutat eller "
		      "avslutat (eller pågående, avslutad).", q);
		ok = false;
	}

	cell(x, r, C_REGISTERED, buf, sizeof buf);
	struct nd_date d, today;
	if (!*buf) {
		if (date_today(&d) != ND_OK) {
			fault(x, r, C_REGISTERED, "%s", nd_errmsg());
			ok = false;
		} else {
			date_format(d, out->registered);
		}
	} else {
		/* "2023-10-11 14:02" from a system that exports the time too:
		 * a time it must be ("25:00" is a typo, not dropped). */
		bool bad_time = false;
		if (strlen(buf) > 10 && (buf[10] == ' ' || buf[10] == 'T')) {
			if ((bad_time = !clock_time(buf + 11)))
				text_quote(buf, q, sizeof q);
			buf[10] = '\0';
		}
		if (bad_time) {
			fault(x, r, C_REGISTERED, "\"%s\": tiden efter datumet är ingen tid "
			      "(TT:MM eller TT:MM:SS, timme 00–23, minut 00–59).", q);
			ok = false;
		} else if (date_parse(buf, &d) != ND_OK) {
			text_quote(buf, q, sizeof q);
			fault(x, r, C_REGISTERED, "\"%s\" är inget datum (%s)", q, nd_errmsg());
			ok = false;
		} else if (date_today(&today) == ND_OK && date_cmp(d, today) > 0) {
			/* A registration is a fact that has happened (2099-01-01 is a typo). */
			char now[11];
			date_format(today, now);
			text_quote(buf, q, sizeof q);
			fault(x, r, C_REGISTERED, "\"%s\" har inte kommit än (idag är det %s); ett "
			      "ärende registreras när handlingen kommer in.", q, now);
			ok = false;
		} else {
			date_format(d, out->registered);
			/* Registered in another year than the dnr says: said, not
			 * refused (a diarium may register late). */
			if (out->d.number && out->d.year && out->d.year != d.y) {
				note(x, r, "diarienumret \"%s\" har året %d men ärendet "
				     "registrerades %s; stämmer det?", dnrq, out->d.year,
				     out->registered);
			}
		}
	}

	cell(x, r, C_OFFICER, buf, sizeof buf);
	if (*buf) {
		const struct nd_field *of = field_find(person_entity.fields, "name");
		if (of && field_parse(x->db, of, buf, &v) != ND_OK) {
			fault(x, r, C_OFFICER, "%s", nd_errmsg());
			ok = false;
		} else if (of) {
			out->officer = v.s;
		} else if (!(out->officer = strdup(buf))) {
			ok = false;
		}
	}

	out->committee = x->committee_default;
	cell(x, r, C_COMMITTEE, buf, sizeof buf);
	if (*buf) {
		sqlite3_reset(committee);
		sqlite3_bind_text(committee, 1, buf, -1, SQLITE_TRANSIENT);
		if (sqlite3_step(committee) == SQLITE_ROW) {
			out->committee = sqlite3_column_int64(committee, 0);
		} else {
			text_quote(buf, q, sizeof q);
			fault(x, r, C_COMMITTEE, "nämnden \"%s\" finns inte (ange nämndens "
			      "kod, t.ex. UBN; se namnd committee list).", q);
			ok = false;
		}
	}
	return ok;
}

static void rows_free(struct row *rows, size_t n)
{
	for (size_t i = 0; rows && i < n; i++) {
		free(rows[i].title);
		free(rows[i].officer);
	}
	free(rows);
}

/* The handläggare's person id: found by name (the register's Swedish
 * collation: case and accents aside), else added to the register. */
static enum nd_err officer_id(struct ctx *x, sqlite3_stmt *find, sqlite3_stmt *add,
			      const char *name, long long *id)
{
	int n = 0;
	sqlite3_reset(find);
	sqlite3_bind_text(find, 1, name, -1, SQLITE_TRANSIENT);
	while (n < 2 && sqlite3_step(find) == SQLITE_ROW)
		if (n++ == 0)
			*id = sqlite3_column_int64(find, 0);
	if (n == 1)
		return ND_OK;
	if (n > 1)
		return nd_fail(ND_EINVAL, "Flera personer heter \"%s\" i personregistret; "
			       "handläggaren kan inte väljas. Ändra namnen först.",
			       msgval(name));
	sqlite3_reset(add);
	sqlite3_bind_text(add, 1, name, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(add) != SQLITE_DONE)
		return db_fail(x->db, "lägga till handläggaren i personregistret");
	*id = sqlite3_last_insert_rowid(x->db->h);
	x->rep->people_added++;
	return ND_OK;
}

/* One statement without parameters or rows. */
static enum nd_err exec_sql(struct nd_db *db, const char *sql, const char *what)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, sql, &st);
	if (!e && sqlite3_step(st) != SQLITE_DONE)
		e = db_fail(db, what);
	sqlite3_finalize(st);
	return e;
}

/* What the audit trigger on cases (schema/018) writes as an inserted
 * ärende's new values, over the row t. */
#define CASE_AUDIT_JSON \
	"json_object('id', t.id, 'committee_id', t.committee_id, 'dnr_series', " \
	"t.dnr_series, 'dnr_year', t.dnr_year, 'dnr_number', t.dnr_number, 'dnr_class', " \
	"t.dnr_class, 'title', t.title, 'officer_id', t.officer_id, 'status', t.status, " \
	"'registered', t.registered, 'proposal', t.proposal, 'summary', t.summary, " \
	"'description', t.description, 'confidential', t.confidential, 'voided', " \
	"t.voided, 'void_reason', t.void_reason, 'voided_by', t.voided_by)"

static enum nd_err max_case_id(struct nd_db *db, long long *id)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, "SELECT coalesce(max(id), 0) FROM cases", &st);
	if (e)
		return e;
	if (sqlite3_step(st) == SQLITE_ROW)
		*id = sqlite3_column_int64(st, 0);
	else
		e = db_fail(db, "läsa diariet");
	sqlite3_finalize(st);
	return e;
}

/* The rows are staged in a TEMP table (no triggers, in memory) and go
 * into cases with one INSERT ... SELECT. Row by row, each INSERT was a
 * statement of its own, and at each statement's end the search index
 * (FTS5) wrote its pending words out as a new segment, to be merged again
 * later: most of an import's time. In one statement the words gather in
 * memory and are written in few, large segments. The triggers (audit,
 * search, the Swedish title key) still run for every row. */
static enum nd_err write_rows(struct ctx *x, struct row *rows, size_t n)
{
	sqlite3_stmt *stage = NULL, *find = NULL, *add = NULL;
	enum nd_err e;
	if ((e = exec_sql(x->db, "CREATE TEMP TABLE IF NOT EXISTS nd_case_import (ord "
			  "INTEGER PRIMARY KEY, series TEXT, year INTEGER, number INTEGER, "
			  "title TEXT, committee_id INTEGER, officer_id INTEGER, status TEXT, "
			  "registered TEXT, klass TEXT)", "förbereda importen")) ||
	    (e = exec_sql(x->db, "DELETE FROM temp.nd_case_import", "förbereda importen")))
		return e;
	if ((e = db_prepare(x->db, "INSERT INTO temp.nd_case_import (ord, series, year, "
			    "number, title, committee_id, officer_id, status, registered, "
			    "klass) VALUES (?10, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", &stage)) ||
	    (e = db_prepare(x->db, "SELECT id FROM person WHERE name = ?1 ORDER BY id "
			    "LIMIT 2", &find)) ||
	    (e = db_prepare(x->db, "INSERT INTO person (name) VALUES (?1)", &add)))
		goto out;
	/* One person lookup per distinct name: the rows name the same few
	 * handläggare over and over. */
	const char *last_name = NULL;
	long long last_id = 0;
	for (size_t i = 0; i < n; i++) {
		struct row *r = &rows[i];
		long long oid = 0;
		if (r->officer) {
			if (last_name && strcmp(last_name, r->officer) == 0) {
				oid = last_id;
			} else {
				if ((e = officer_id(x, find, add, r->officer, &oid)))
					goto out;
				last_name = r->officer;
				last_id = oid;
			}
		}
		sqlite3_reset(stage);
		sqlite3_bind_text(stage, 1, r->d.series, -1, SQLITE_STATIC);
		sqlite3_bind_int(stage, 2, r->d.year);
		sqlite3_bind_int64(stage, 3, r->d.number);
		sqlite3_bind_text(stage, 4, r->title, -1, SQLITE_STATIC);
		if (r->committee)
			sqlite3_bind_int64(stage, 5, r->committee);
		else
			sqlite3_bind_null(stage, 5);
		if (oid)
			sqlite3_bind_int64(stage, 6, oid);
		else
			sqlite3_bind_null(stage, 6);
		sqlite3_bind_text(stage, 7, r->status, -1, SQLITE_STATIC);
		sqlite3_bind_text(stage, 8, r->registered, -1, SQLITE_STATIC);
		if (r->d.klass[0])
			sqlite3_bind_text(stage, 9, r->d.klass, -1, SQLITE_STATIC);
		else
			sqlite3_bind_null(stage, 9);
		sqlite3_bind_int64(stage, 10, (long long)i + 1);
		if (sqlite3_step(stage) != SQLITE_DONE) {
			e = db_fail(x->db, "förbereda importen");
			goto out;
		}
	}
	/* In dnr order (the rows were sorted), so ids follow the numbers.
	 * Each (series, year)'s counter then stands at its highest number;
	 * later numbers are allocated after it. The audit rows are written
	 * after the ärenden in one statement (audit_bulk_log), not one
	 * trigger program each. */
	long long before = 0;
	if ((e = max_case_id(x->db, &before)))
		goto out;
	audit_hold(x->db, "cases");
	e = exec_sql(x->db, "INSERT INTO cases (dnr_series, dnr_year, dnr_number, title, "
		     "committee_id, officer_id, status, registered, dnr_class) SELECT "
		     "series, year, number, title, committee_id, officer_id, status, "
		     "registered, klass FROM temp.nd_case_import ORDER BY ord",
		     "registrera ärendena");
	audit_release(x->db);
	if (e || (e = audit_bulk_log(x->db, "cases", CASE_AUDIT_JSON, before)) ||
	    (e = exec_sql(x->db, "INSERT INTO dnr_counter (series, year, last) SELECT series, "
			  "year, max(number) FROM temp.nd_case_import WHERE true GROUP BY "
			  "series, year ON CONFLICT (series, year) DO UPDATE SET "
			  "last = max(last, excluded.last)", "räkna upp diarienumren")))
		goto out;
	x->rep->added = n;
out:
	sqlite3_finalize(stage);
	sqlite3_finalize(find);
	sqlite3_finalize(add);
	exec_sql(x->db, "DELETE FROM temp.nd_case_import", "städa efter importen");
	return e;
}

enum nd_err case_import(struct nd_db *db, const struct tab_file *t, const char *committee,
			bool dry_run, struct case_import_report *rep)
{
	struct ctx x = { db, rep, t, { 0 }, NULL, 0 };
	sqlite3_stmt *taken = NULL, *comm = NULL;
	struct row *rows = NULL;
	char *series = NULL;
	size_t n = 0;
	enum nd_err e;

	memset(rep, 0, sizeof *rep);
	if (t->nrows < 2)
		return nd_fail(ND_EINVAL, "Filen har ingen rad med ärenden under rubrikraden.");
	if ((e = find_columns(&x)))
		return e;
	if ((e = db_prepare(db, "SELECT 1 FROM cases WHERE dnr_series = ?1 AND "
			    "dnr_year = ?2 AND dnr_number = ?3", &taken)) ||
	    (e = db_prepare(db, "SELECT id FROM committee WHERE code = upper(?1)", &comm)))
		goto out;
	/* Without a series in the dnr: the committee's, else the
	 * organisation's default (as case add). */
	if (committee && *committee) {
		sqlite3_stmt *st = NULL;
		if ((e = db_prepare(db, "SELECT c.id, coalesce(c.dnr_series, p.dnr_series, "
				    "p.code, c.code) FROM committee c LEFT JOIN committee p "
				    "ON p.id = c.parent_id WHERE c.code = upper(?1)", &st)))
			goto out;
		sqlite3_bind_text(st, 1, committee, -1, SQLITE_TRANSIENT);
		if (sqlite3_step(st) == SQLITE_ROW) {
			x.committee_default = sqlite3_column_int64(st, 0);
			series = strdup((const char *)sqlite3_column_text(st, 1));
		}
		sqlite3_finalize(st);
		if (!x.committee_default) {
			e = nd_fail(ND_ENOTFOUND, "Okänd nämnd: \"%s\". Se 'namnd committee "
				    "list' för koderna.", msgval(committee));
			goto out;
		}
	} else {
		series = setting_get(db, "dnr_series", "");
	}
	if (!series) {
		e = nd_fail(ND_ENOMEM, "Slut på minne.");
		goto out;
	}
	x.series_default = *series ? series : NULL;
	if (!(rows = calloc(t->nrows - 1, sizeof *rows))) {
		e = nd_fail(ND_ENOMEM, "Slut på minne.");
		goto out;
	}
	/* Checked and written in one transaction: no one registers one of
	 * the numbers in between, and the checks are one read, not one per
	 * row. A page cache that holds the whole transaction: with the
	 * default 2 MB the changed index pages spill to the WAL again and
	 * again. */
	sqlite3_exec(db->h, "PRAGMA cache_size = -65536", NULL, NULL, NULL);
	if ((e = db_begin(db)))
		goto out;
	rep->rows = t->nrows - 1;
	for (size_t i = 1; i < t->nrows; i++)
		if (parse_row(&x, &t->rows[i], &rows[n], taken, comm))
			n++;
		else {
			free(rows[n].title);
			free(rows[n].officer);
			rows[n].title = rows[n].officer = NULL;
		}
	/* Duplicates within the file, each named with both rows. */
	qsort(rows, n, sizeof *rows, cmp_dnr);
	for (size_t i = 1; i < n; i++)
		if (cmp_dnr(&rows[i - 1], &rows[i]) == 0) {
			char text[96];
			case_dnr_format(db, rows[i].d.series, rows[i].d.year, rows[i].d.number,
					text, sizeof text);
			size_t a = rows[i - 1].line, b = rows[i].line;
			rep->faults++;
			if (rep->faults <= FAULTS_SHOWN)
				strbuf_printf(&rep->messages, "Rad %zu, kolumn \"dnr\": "
					      "diarienumret %s står också på rad %zu.\n",
					      a > b ? a : b, text, a > b ? b : a);
		}
	if (rep->faults)
		e = nd_fail(ND_EINVAL, "Inget ärende registrerades: %zu fel i filen.",
			    rep->faults);
	else if (!dry_run)
		e = write_rows(&x, rows, n);
	if (e || dry_run || (e = db_commit(db))) {
		db_rollback(db);
		rep->added = rep->people_added = 0;
	}
out:
	sqlite3_exec(db->h, "PRAGMA cache_size = -2000", NULL, NULL, NULL);
	sqlite3_finalize(taken);
	sqlite3_finalize(comm);
	rows_free(rows, n);
	free(series);
	return e;
}

void case_import_report_free(struct case_import_report *rep)
{
	if (rep) {
		strbuf_free(&rep->messages);
		strbuf_free(&rep->notes);
	}
}
