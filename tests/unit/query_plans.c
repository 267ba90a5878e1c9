/* query_plans LOG: every statement the CLI, the UI and the store ran
 * during the test suite (NAMND_SQL_LOG, one a line) is planned with
 * EXPLAIN QUERY PLAN on a fresh database of the current schema; a plan
 * that reads a whole large table fails, since on a register of a million
 * ärenden that is a second, not a millisecond.
 *
 * A scan is accepted when the statement walks an index (or the rowid)
 * in its ORDER BY and stops at a LIMIT: a keyset page. A few statements
 * read a whole table on purpose; they are listed below with the reason.
 * Run by tests/run.sh after the CLI and UI tests. */
#define _GNU_SOURCE /* strcasestr */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "namnd/db.h"

/* Tables that grow with the register (DOMAIN.md: a kommun keeps every
 * ärende, paragraph and audit row for decades). */
static const char *const large[] = {
	"cases", "paragraph", "audit_log", "search_index", "agenda_item", "attendance",
	"month_report_line", "case_document", "case_section", "case_recipient", "motion",
	"vote", "reservation", "protocol_note", "recusal", "paragraph_recipient",
	"delegation", "rattelse", "justerare", NULL,
};

/* Statements that read a whole table by design: a fragment of the SQL
 * and why. */
static const struct {
	const char *fragment, *why;
} allowed[] = {
	{ "SELECT count(*) FROM cases",
	  "benchrun's own figure (count of the register), not run by namnd" },
	{ "SELECT coalesce(max(id), 0) FROM paragraph",
	  "benchrun: max(id) is one seek; the planner reports it as a scan" },
	{ "OR EXISTS (SELECT 1 FROM cases)",
	  "db_is_empty: EXISTS stops at the first row of the table" },
	{ "INSERT INTO search_index (rowid, dnr, title, body) SELECT",
	  "migrations 002 and 011 build the search index from every record, once" },
	{ "FROM delegation d JOIN committee k ON k.id = d.committee_id LEFT JOIN person",
	  "'namnd delegation list' prints the delegeringsbeslut in date order; "
	  "the list is what was asked for" },
	{ "FROM cases c WHERE NOT EXISTS (SELECT 1 FROM audit_log a",
	  "'namnd audit verify' finds every ärende put in past the log; reading "
	  "every ärende is the check that was asked for" },
	{ "a.action = 'insert' AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.id = a.row_id)",
	  "'namnd audit verify' finds every ärende whose insert is logged but that is "
	  "gone with no delete logged; it reads the log's rows about ärenden" },
	{ "FROM month_report_line l WHERE NOT EXISTS (SELECT 1 FROM audit_log a",
	  "'namnd audit verify' finds every month report line put in past the log" },
	{ "FROM audit_log ORDER BY id",
	  "'namnd audit verify' walks the whole hash chain in order; reading every "
	  "row is the check that was asked for" },
	{ "NOT EXISTS (SELECT 1 FROM protocol_record r WHERE r.meeting_id = p.meeting_id",
	  "protocol_record_backfill runs once after an upgrade (and on the demo) to "
	  "record the justerade protokoll an earlier version left without a record" },
	{ "SELECT DISTINCT nd_dnr(c.dnr_series, c.dnr_year, c.dnr_number), c.title, "
	  "c.registered",
	  "'namnd publish' writes the open data (OParl Paper) of every ärende in a "
	  "published paragraph: the output is the whole public record" },
	{ "WHERE p.anslag_on IS NOT NULL AND p.anslag_on <= ?1 ORDER BY 8 DESC",
	  "'namnd publish' lists every anslag ever posted (the board and its archive "
	  "page): the output is the whole list" },
	{ NULL, NULL },
};

static char **stmts;
static size_t nstmts;
static const char *log_path;

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool is_dml(const char *s)
{
	static const char *const verbs[] = { "SELECT", "INSERT", "UPDATE", "DELETE",
					     "WITH", "REPLACE", NULL };
	while (isspace((unsigned char)*s))
		s++;
	for (const char *const *v = verbs; *v; v++) {
		size_t n = strlen(*v);
		if (strncasecmp(s, *v, n) == 0 && !isalnum((unsigned char)s[n]))
			return true;
	}
	return false;
}

static bool word_at(const char *sql, const char *p, const char *w)
{
	size_t n = strlen(w);
	return strncasecmp(p, w, n) == 0 &&
	       (p == sql || !(isalnum((unsigned char)p[-1]) || p[-1] == '_')) &&
	       !(isalnum((unsigned char)p[n]) || p[n] == '_');
}

/* The large table that `name` in a plan's "SCAN name" stands for: the
 * table itself, or an alias given to it in the SQL ("cases c",
 * "paragraph AS p"). NULL when it is not a large table. */
static const char *large_table(const char *sql, const char *name)
{
	for (const char *const *t = large; *t; t++) {
		if (strcmp(*t, name) == 0)
			return *t;
		size_t tl = strlen(*t);
		for (const char *p = sql; (p = strcasestr(p, *t)) != NULL; p += tl) {
			if (!word_at(sql, p, *t))
				continue;
			const char *q = p + tl;
			while (*q == ' ')
				q++;
			if (strncasecmp(q, "AS ", 3) == 0)
				for (q += 3; *q == ' '; q++)
					;
			size_t nl = strlen(name);
			if (strncmp(q, name, nl) == 0 &&
			    !(isalnum((unsigned char)q[nl]) || q[nl] == '_'))
				return *t;
		}
	}
	return NULL;
}

static const char *allowed_why(const char *sql)
{
	for (size_t i = 0; allowed[i].fragment; i++)
		if (strstr(sql, allowed[i].fragment))
			return allowed[i].why;
	return NULL;
}

static int load(void **state)
{
	(void)state;
	FILE *f = fopen(log_path, "r");
	char *line = NULL;
	size_t cap = 0, size = 0;
	ssize_t n;
	if (!f)
		return -1;
	while ((n = getline(&line, &cap, f)) > 0) {
		if (line[n - 1] == '\n')
			line[--n] = '\0';
		if (!is_dml(line))
			continue;
		if (nstmts == size) {
			size = size ? size * 2 : 256;
			char **grown = realloc(stmts, size * sizeof *stmts);
			if (!grown)
				return -1;
			stmts = grown;
		}
		if (!(stmts[nstmts++] = strdup(line)))
			return -1;
	}
	free(line);
	fclose(f);
	if (nstmts)
		qsort(stmts, nstmts, sizeof *stmts, cmp_str);
	size_t u = 0;
	for (size_t i = 0; i < nstmts; i++) {
		if (u && strcmp(stmts[u - 1], stmts[i]) == 0)
			free(stmts[i]);
		else
			stmts[u++] = stmts[i];
	}
	nstmts = u;
	return 0;
}

static int unload(void **state)
{
	(void)state;
	for (size_t i = 0; i < nstmts; i++)
		free(stmts[i]);
	free(stmts);
	return 0;
}

/* The first word after "SCAN " in a plan line. */
static void scan_target(const char *detail, char *out, size_t size)
{
	const char *p = detail + 5;
	size_t i = 0;
	while (*p && *p != ' ' && i + 1 < size)
		out[i++] = *p++;
	out[i] = '\0';
}

static void plans_use_indexes(void **state)
{
	char dir[] = "/tmp/namnd-plans-XXXXXX", path[64];
	struct nd_db *db = NULL;
	int bad = 0, planned = 0, unplannable = 0;
	(void)state;

	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/plans.db", dir);
	unsetenv("NAMND_SQL_LOG");
	if (db_open(path, DB_CREATE, &db))
		fail_msg("%s", nd_errmsg());
	/* The statements the tests ran: the suite runs hundreds of verbs and
	 * UI screens, so this is not a short list. */
	assert_true(nstmts > 100);
	for (size_t i = 0; i < nstmts; i++) {
		const char *sql = stmts[i];
		size_t len = strlen(sql) + 32;
		char *eqp = malloc(len);
		sqlite3_stmt *st = NULL;
		assert_non_null(eqp);
		snprintf(eqp, len, "EXPLAIN QUERY PLAN %s", sql);
		if (sqlite3_prepare_v2(db->h, eqp, -1, &st, NULL) != SQLITE_OK) {
			/* Temp tables and statements of an older schema. */
			if (getenv("QUERY_PLANS_VERBOSE"))
				printf("not plannable: %s\n  %s\n", sqlite3_errmsg(db->h), sql);
			unplannable++;
			free(eqp);
			continue;
		}
		free(eqp);
		planned++;
		char plan[4096] = "";
		const char *scanned = NULL;
		bool temp_order = false;
		while (sqlite3_step(st) == SQLITE_ROW) {
			const char *d = (const char *)sqlite3_column_text(st, 3);
			size_t l = strlen(plan);
			snprintf(plan + l, sizeof plan - l, "  %s\n", d ? d : "");
			if (!d)
				continue;
			if (strstr(d, "TEMP B-TREE FOR ORDER BY") ||
			    strstr(d, "TEMP B-TREE FOR RIGHT PART OF ORDER BY"))
				temp_order = true;
			if (strncmp(d, "SCAN ", 5) != 0)
				continue;
			/* Full-text lookups show as a virtual-table scan with
			 * an M (MATCH) in the index string; FTS5 writes '=' there
			 * for a rowid equality, a seek on its b-tree. */
			const char *vt = strstr(d, "VIRTUAL TABLE INDEX ");
			if (vt && (strchr(vt, 'M') || strchr(vt, '=')))
				continue;
			char name[128];
			scan_target(d, name, sizeof name);
			const char *t = large_table(sql, name);
			if (t && !scanned)
				scanned = t;
		}
		sqlite3_finalize(st);
		if (!scanned)
			continue;
		/* A keyset page: walks its ORDER BY and stops at the LIMIT. */
		if (strcasestr(sql, "ORDER BY") && strcasestr(sql, " LIMIT ") && !temp_order)
			continue;
		if (allowed_why(sql))
			continue;
		bad++;
		printf("full scan of %s:\n  %s\nplan:\n%s\n", scanned, sql, plan);
	}
	printf("query plans: %d statements planned, %d not plannable here, %d scan a "
	       "large table\n", planned, unplannable, bad);
	db_close(db);
	unlink(path);
	char wal[96];
	snprintf(wal, sizeof wal, "%s-wal", path);
	unlink(wal);
	snprintf(wal, sizeof wal, "%s-shm", path);
	unlink(wal);
	rmdir(dir);
	assert_int_equal(bad, 0);
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: query_plans LOG (statements from NAMND_SQL_LOG)\n");
		return 2;
	}
	log_path = argv[1];
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(plans_use_indexes),
	};
	return cmocka_run_group_tests(tests, load, unload);
}
