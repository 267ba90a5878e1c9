/* The month report through the library calls the TUI uses: import a file,
 * find the period, stream its rows, render text; a refused import changes
 * nothing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "namnd/entity.h"
#include "namnd/report.h"

static char dir[64], path[128], file[128];

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof dir, "/tmp/namnd-report-XXXXXX");
	if (!mkdtemp(dir))
		return -1;
	snprintf(path, sizeof path, "%s/t.db", dir);
	snprintf(file, sizeof file, "%s/r.tsv", dir);
	setenv("NAMND_TODAY", "2024-03-12", 1);
	setenv("NAMND_USER", "enhetstest", 1);
	return 0;
}

static int teardown(void **state)
{
	char side[160];
	(void)state;
	const char *suffix[] = { "", "-wal", "-shm" };
	for (size_t i = 0; i < 3; i++) {
		snprintf(side, sizeof side, "%s%s", path, suffix[i]);
		unlink(side);
	}
	unlink(file);
	rmdir(dir);
	return 0;
}

static void write_file(const char *text)
{
	FILE *f = fopen(file, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static struct nd_db *open_with_committee(long long *committee)
{
	struct nd_db *db = NULL;
	const char *names[] = { "code", "name" }, *values[] = { "UBN", "Utbildningsnämnden" };
	assert_int_equal(db_open(path, DB_CREATE, &db), ND_OK);
	assert_int_equal(entity_add(db, &committee_entity, 2, names, values, committee), ND_OK);
	return db;
}

static const char table[] =
	"Verksamhet\tBudget (ack)\tUtfall (ack)\tBudget (helår)\tPrognos (helår)\n"
	"Utbildningsnämnden\t-30\t-28,5\t-40\t-41\n"
	"Förskola\t-10\t-9\t-12\t-12\n"
	"Komvux\t-20\t-19,5\t-28\t-29\n";

struct collect {
	int rows;
	int64_t avv_ack[4];
	char areas[4][32];
};

static int collect_row(void *ctx, const struct report_row *r)
{
	struct collect *c = ctx;
	if (c->rows < 4) {
		c->avv_ack[c->rows] = r->v[RC_AVV_ACK];
		snprintf(c->areas[c->rows], sizeof c->areas[0], "%s", r->area);
	}
	c->rows++;
	return 0;
}

static void test_import_find_rows_text(void **state)
{
	(void)state;
	long long committee, id;
	struct nd_db *db = open_with_committee(&committee);
	struct report_data *d = NULL;
	struct report_import_opts o = { .committee = committee, .year = 2023, .month = 10 };
	write_file(table);
	assert_int_equal(report_import(db, file, &o, &d, &id), ND_OK);
	assert_non_null(d);
	assert_string_equal(d->notes.v[0], "Teckenkodning: UTF-8; avgränsare: tabb.");
	assert_int_equal(d->total_line, 2); /* the committee's name marks it */
	assert_int_equal(d->warnings.n, 0);
	report_data_free(d);

	struct report_head h;
	assert_int_equal(report_find(db, committee, 2023, 10, &h), ND_OK);
	assert_int_equal(h.id, id);
	assert_int_equal(h.nlines, 2);
	assert_true(h.cents);
	assert_int_equal(h.total[RC_UTFALL_ACK], -2850);
	assert_int_equal(h.total[RC_AVV_ACK], 150);
	assert_int_equal(h.total[RC_AVV_PROGNOS], -100);
	struct collect c = { 0 };
	assert_int_equal(report_rows(db, h.id, collect_row, &c), ND_OK);
	assert_int_equal(c.rows, 2);
	assert_string_equal(c.areas[0], "Förskola");
	assert_int_equal(c.avv_ack[0], 100);
	assert_int_equal(c.avv_ack[1], 50);

	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	assert_int_equal(report_write_text(db, &h, f), ND_OK);
	fclose(f);
	assert_non_null(strstr(buf, "\nTotalt      -30,00  -28,50       1,50"));
	assert_non_null(strstr(buf, "\nKomvux      -20,00  -19,50       0,50"));
	free(buf);
	report_head_free(&h);
	db_close(db);
}

static long long count(struct nd_db *db, const char *sql)
{
	sqlite3_stmt *st = NULL;
	long long n = -1;
	assert_int_equal(db_prepare(db, sql, &st), ND_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

static void test_refused_import_changes_nothing(void **state)
{
	(void)state;
	long long committee, id;
	struct nd_db *db = open_with_committee(&committee);
	struct report_data *d = NULL;
	struct report_import_opts o = { .committee = committee, .year = 2023, .month = 9 };
	write_file(table);
	assert_int_equal(report_import(db, file, &o, &d, &id), ND_OK);
	report_data_free(d);
	long long before = count(db, "SELECT count(*) FROM month_report_line");

	/* October without Komvux: an area gone since September. */
	write_file("Verksamhet\tBudget (ack)\tUtfall (ack)\tBudget (helår)\tPrognos (helår)\n"
		   "Förskola\t-10\t-9\t-12\t-12\n");
	o.month = 10;
	assert_int_equal(report_import(db, file, &o, &d, &id), ND_EINVAL);
	assert_non_null(strstr(nd_errmsg(), "\"Komvux\" fanns i månadsuppföljningen för 2023-09"));
	report_data_free(d);
	/* A bad number: errors listed, nothing stored. */
	write_file("Verksamhet\tBudget (ack)\tUtfall (ack)\tBudget (helår)\tPrognos (helår)\n"
		   "Förskola\t-10\t12 34\t-12\t-12\n");
	assert_int_equal(report_import(db, file, &o, &d, &id), ND_EINVAL);
	assert_int_equal(d->errors.n, 1);
	assert_non_null(strstr(d->errors.v[0], "Rad 2, kolumn 3"));
	report_data_free(d);
	assert_int_equal(count(db, "SELECT count(*) FROM month_report"), 1);
	assert_int_equal(count(db, "SELECT count(*) FROM month_report_line"), before);

	/* An unreadable file: no data, a message naming it. */
	assert_int_equal(report_import(db, "/nonexistent/x.tsv", &o, &d, &id), ND_EIO);
	assert_null(d);
	db_close(db);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_import_find_rows_text, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refused_import_changes_nothing, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
