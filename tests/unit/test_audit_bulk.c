/* A bulk insert's audit (audit_hold, audit_bulk_log, schema/037): each
 * row gets one audit row, chained; the table's own trigger skips only
 * namnd's held insert; nothing can be replaced by it (schema/038);
 * audit_log's checks hold again afterwards. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "namnd/audit.h"
#include "namnd/db.h"

static char dir[64];
static char path[128];

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof dir, "/tmp/namnd-test-XXXXXX");
	if (!mkdtemp(dir))
		return -1;
	snprintf(path, sizeof path, "%s/t.db", dir);
	setenv("NAMND_TODAY", "2024-03-12", 1);
	setenv("NAMND_USER", "enhetstest", 1);
	return 0;
}

static int teardown(void **state)
{
	char side[160];
	(void)state;
	unlink(path);
	snprintf(side, sizeof side, "%s-wal", path);
	unlink(side);
	snprintf(side, sizeof side, "%s-shm", path);
	unlink(side);
	rmdir(dir);
	return 0;
}

static long long num(sqlite3 *h, const char *sql)
{
	sqlite3_stmt *st = NULL;
	long long v = -1;
	if (sqlite3_prepare_v2(h, sql, -1, &st, NULL) != SQLITE_OK)
		fail_msg("%s: %s", sql, sqlite3_errmsg(h));
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

static void exec(sqlite3 *h, const char *sql)
{
	char *err = NULL;
	if (sqlite3_exec(h, sql, NULL, NULL, &err) != SQLITE_OK)
		fail_msg("%s: %s", sql, err ? err : "?");
}

#define HELD(tbl) "SELECT sqlite_compileoption_used('NAMND_BULK_INSERT_" tbl "')"

/* Three ärenden in one INSERT ... SELECT, as case import does. */
static void bulk_cases(struct nd_db *db)
{
	long long before = num(db->h, "SELECT coalesce(max(id), 0) FROM cases");
	assert_int_equal(db_begin(db), ND_OK);
	audit_hold(db, "cases");
	exec(db->h, "INSERT INTO cases (dnr_series, dnr_year, dnr_number, title, registered) "
	     "SELECT 'UBN', 2024, value, 'Ärende ' || value, '2024-03-12' FROM "
	     "json_each('[101, 102, 103]')");
	audit_release(db);
	assert_int_equal(audit_bulk_log(db, "cases", "json_object('title', t.title)", before),
			 ND_OK);
	assert_int_equal(db_commit(db), ND_OK);
}

static void test_bulk_insert_audited_once_and_chained(void **state)
{
	struct nd_db *db = NULL;
	struct audit_summary s;
	(void)state;
	assert_int_equal(db_open(path, DB_CREATE, &db), ND_OK);
	bulk_cases(db);
	/* Without the trigger's skip, each ärende had a second row. */
	assert_int_equal(num(db->h, "SELECT count(*) FROM audit_log WHERE tbl = 'cases'"), 3);
	assert_int_equal(num(db->h, "SELECT count(DISTINCT row_id) FROM audit_log WHERE "
			     "tbl = 'cases' AND who = 'enhetstest' AND action = 'insert' AND "
			     "json_extract(new, '$.title') LIKE 'Ärende 10_'"), 3);
	assert_int_equal(audit_verify(db, NULL, &s, NULL, NULL), ND_OK);
	assert_int_equal(s.problems, 0);
	assert_int_equal(s.unchained, 0);
	db_close(db);
}

static void test_trigger_skips_only_the_held_table(void **state)
{
	struct nd_db *db = NULL;
	(void)state;
	assert_int_equal(db_open(path, DB_CREATE, &db), ND_OK);
	assert_int_equal(num(db->h, HELD("cases")), 0);
	audit_hold(db, "cases");
	assert_int_equal(num(db->h, HELD("cases")), 1);
	assert_int_equal(num(db->h, HELD("month_report_line")), 0);
	assert_int_equal(num(db->h, HELD("case")), 0);
	audit_release(db);
	assert_int_equal(num(db->h, HELD("cases")), 0);
	/* Every other name is SQLite's own answer. */
	assert_int_equal(num(db->h, "SELECT sqlite_compileoption_used('THREADSAFE')"),
			 sqlite3_compileoption_used("THREADSAFE"));
	assert_int_equal(num(db->h, "SELECT sqlite_compileoption_used('SQLITE_ENABLE_FTS5')"),
			 sqlite3_compileoption_used("SQLITE_ENABLE_FTS5"));
	assert_int_equal(num(db->h, "SELECT sqlite_compileoption_used(NULL) IS NULL"), 1);
	/* An ärende added one by one through namnd's connection, not held,
	 * is audited by the trigger. */
	exec(db->h, "INSERT INTO cases (dnr_series, dnr_year, dnr_number, title, registered) "
	     "VALUES ('UBN', 2024, 7, 'En i taget', '2024-03-12')");
	assert_int_equal(num(db->h, "SELECT count(*) FROM audit_log WHERE tbl = 'cases' AND "
			     "json_extract(new, '$.title') = 'En i taget' AND who = 'enhetstest'"), 1);
	db_close(db);
}

/* Another program's connection (no function of namnd's): its insert is
 * audited by the trigger, the file holding nothing that turns it off. */
static void test_other_program_audited(void **state)
{
	struct nd_db *db = NULL;
	sqlite3 *raw = NULL;
	(void)state;
	assert_int_equal(db_open(path, DB_CREATE, &db), ND_OK);
	bulk_cases(db);
	long long committee;
	exec(db->h, "INSERT INTO committee (code, name) VALUES ('UBN', 'Utbildningsnämnden')");
	committee = sqlite3_last_insert_rowid(db->h);
	db_close(db);
	assert_int_equal(sqlite3_open(path, &raw), SQLITE_OK);
	char sql[300];
	snprintf(sql, sizeof sql, "INSERT INTO month_report (committee_id, year, month, "
		 "imported_on) VALUES (%lld, 2024, 2, '2024-03-12')", committee);
	exec(raw, sql);
	exec(raw, "INSERT INTO month_report_line (report_id, position, area, is_group) "
	     "SELECT max(id), 1, 'Från ett annat program', 0 FROM month_report");
	assert_int_equal(num(raw, "SELECT count(*) FROM audit_log WHERE tbl = "
			     "'month_report_line' AND who = '' AND action = 'insert'"), 1);
	assert_int_equal(num(raw, HELD("month_report_line")), 0);
	sqlite3_close(raw);
}

/* While held, the checks against replacing an ärende are skipped
 * (schema/038): the held insert is a plain INSERT, and a taken dnr
 * ends it on the UNIQUE constraint instead, the ärende left as it was.
 * Not held, an INSERT OR REPLACE of namnd's connection is refused. */
static void test_held_insert_replaces_nothing(void **state)
{
	struct nd_db *db = NULL;
	(void)state;
	assert_int_equal(db_open(path, DB_CREATE, &db), ND_OK);
	bulk_cases(db);
	audit_hold(db, "cases");
	assert_int_equal(sqlite3_exec(db->h, "INSERT INTO cases (dnr_series, dnr_year, "
				      "dnr_number, title, registered) VALUES ('UBN', 2024, 102, "
				      "'Dubblett', '2024-03-12')", NULL, NULL, NULL),
			 SQLITE_CONSTRAINT_UNIQUE);
	audit_release(db);
	assert_int_equal(num(db->h, "SELECT count(*) FROM cases WHERE title = 'Ärende 102' "
			     "AND dnr_number = 102"), 1);
	assert_int_equal(sqlite3_exec(db->h, "INSERT OR REPLACE INTO cases (dnr_series, "
				      "dnr_year, dnr_number, title, registered) VALUES ('UBN', "
				      "2024, 102, 'Ersättare', '2024-03-12')", NULL, NULL, NULL),
			 SQLITE_CONSTRAINT_TRIGGER);
	assert_non_null(strstr(sqlite3_errmsg(db->h), "ersätts aldrig"));
	assert_int_equal(num(db->h, "SELECT count(*) FROM cases WHERE title = 'Ärende 102' "
			     "AND dnr_number = 102"), 1);
	db_close(db);
}

/* audit_bulk_log leaves audit_log's checks out of its own statement
 * only: afterwards namnd's connection is refused a malformed row. */
static void test_checks_hold_after_bulk_log(void **state)
{
	struct nd_db *db = NULL;
	(void)state;
	assert_int_equal(db_open(path, DB_CREATE, &db), ND_OK);
	bulk_cases(db);
	assert_int_equal(num(db->h, "PRAGMA ignore_check_constraints"), 0);
	assert_int_not_equal(sqlite3_exec(db->h, "INSERT INTO audit_log (who, tbl, action, hash) "
					  "VALUES ('x', 'cases', 'insert', 'inte hex')", NULL,
					  NULL, NULL), SQLITE_OK);
	assert_int_not_equal(sqlite3_exec(db->h, "INSERT INTO audit_log (who, tbl, action) "
					  "VALUES ('x', 'cases', 'rename')", NULL, NULL, NULL),
			     SQLITE_OK);
	db_close(db);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_bulk_insert_audited_once_and_chained, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_trigger_skips_only_the_held_table, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_other_program_audited, setup, teardown),
		cmocka_unit_test_setup_teardown(test_held_insert_replaces_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_checks_hold_after_bulk_log, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
