/* Store: opening, migrations, collation in SQL, dnr allocation, keyset
 * paging, agenda order and all-or-nothing writes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "namnd/agenda.h"
#include "namnd/case.h"
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

static struct nd_db *open_new(void)
{
	struct nd_db *db = NULL;
	assert_int_equal(db_open(path, DB_CREATE, &db), ND_OK);
	return db;
}

static void add(struct nd_db *db, const struct nd_entity *e, int n, const char *const *names,
		const char *const *values)
{
	long long id;
	enum nd_err err = entity_add(db, e, n, names, values, &id);
	if (err)
		fail_msg("%s", nd_errmsg());
}

static void test_open_creates_private_current_file(void **state)
{
	struct stat sb;
	(void)state;
	struct nd_db *db = open_new();
	assert_int_equal(stat(path, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	assert_int_equal(db_schema_version(db), db_schema_latest());
	assert_true(db_is_empty(db));
	db_close(db);
}

static void test_open_missing_without_create(void **state)
{
	struct nd_db *db = NULL;
	(void)state;
	assert_int_equal(db_open(path, 0, &db), ND_ENOTFOUND);
	assert_null(db);
	assert_int_not_equal(access(path, F_OK), 0);
	assert_non_null(strstr(nd_errmsg(), "finns inte"));
}

struct names {
	char list[10][64];
	int n;
};

static int collect_name(void *ctx, sqlite3_stmt *st)
{
	struct names *n = ctx;
	snprintf(n->list[n->n++], 64, "%s", (const char *)sqlite3_column_text(st, 1));
	return n->n == 10;
}

static void test_people_listed_in_swedish_order(void **state)
{
	(void)state;
	struct nd_db *db = open_new();
	const char *names[] = { "name" };
	const char *people[] = { "Östen", "Åsa", "Zelda", "ärla", "Émile", "Adam", "Örjan" };
	for (size_t i = 0; i < sizeof people / sizeof *people; i++)
		add(db, &person_entity, 1, names, &people[i]);
	struct names got = { .n = 0 };
	assert_int_equal(entity_list(db, &person_entity, NULL, collect_name, &got), ND_OK);
	const char *want[] = { "Adam", "Émile", "Zelda", "Åsa", "ärla", "Örjan", "Östen" };
	assert_int_equal(got.n, 7);
	for (int i = 0; i < 7; i++)
		assert_string_equal(got.list[i], want[i]);
	db_close(db);
}

static void test_dnr_allocation_continues_after_given_number(void **state)
{
	(void)state;
	struct nd_db *db = open_new();
	const char *cn[] = { "code", "name" }, *cv[] = { "UBN", "Utbildningsnämnden" };
	add(db, &committee_entity, 2, cn, cv);
	const char *names[] = { "title", "committee" };
	const char *values[] = { "Första", "UBN" };
	char dnr[64];
	long long id;
	assert_int_equal(case_add(db, NULL, NULL, 0, 2, names, values, &id, dnr, sizeof dnr), ND_OK);
	assert_string_equal(dnr, "UBN 2024/1");
	assert_int_equal(case_add(db, "UBN 2024-00005", NULL, 0, 1, names, values, &id, dnr,
				  sizeof dnr), ND_OK);
	assert_string_equal(dnr, "UBN 2024/5");
	assert_int_equal(case_add(db, NULL, NULL, 0, 2, names, values, &id, dnr, sizeof dnr), ND_OK);
	assert_string_equal(dnr, "UBN 2024/6");
	/* Another year starts at 1 again. */
	assert_int_equal(case_add(db, NULL, "UBN", 2025, 1, names, values, &id, dnr, sizeof dnr),
			 ND_OK);
	assert_string_equal(dnr, "UBN 2025/1");
	assert_int_equal(case_add(db, "UBN 2024/5", NULL, 0, 1, names, values, &id, dnr,
				  sizeof dnr), ND_EEXIST);
	db_close(db);
}

struct page {
	long long ids[64];
	int n;
	struct case_key last;
	char title[128];
};

static int collect_case(void *ctx, sqlite3_stmt *st)
{
	struct page *p = ctx;
	p->ids[p->n++] = sqlite3_column_int64(st, 0);
	case_key_from_row(st, &p->last);
	snprintf(p->title, sizeof p->title, "%s", p->last.title);
	p->last.title = p->title;
	return 0;
}

static void test_keyset_pages_cover_the_list_once(void **state)
{
	(void)state;
	struct nd_db *db = open_new();
	const char *names[] = { "title" };
	static const char *const words[] = { "Ärende", "Budget", "Öppen", "Avtal", "Åtgärd" };
	long long id;
	for (int i = 0; i < 40; i++) {
		char title[64];
		/* Many equal titles: the id must break the ties. */
		snprintf(title, sizeof title, "%s %d", words[i % 5], i % 3);
		const char *values[] = { title };
		assert_int_equal(case_add(db, NULL, "KS", 2024, 1, names, values, &id, NULL, 0), ND_OK);
	}
	for (int sort = CASE_BY_DNR; sort <= CASE_BY_TITLE; sort++) {
		struct page all = { .n = 0 }, paged = { .n = 0 }, back = { .n = 0 };
		assert_int_equal(case_page(db, sort, false, NULL, 0, collect_case, &all), ND_OK);
		assert_int_equal(all.n, 40);
		struct case_key *after = NULL;
		struct case_key key;
		char keytitle[128];
		for (;;) {
			struct page one = { .n = 0 };
			assert_int_equal(case_page(db, sort, false, after, 7, collect_case, &one), ND_OK);
			for (int i = 0; i < one.n; i++)
				paged.ids[paged.n++] = one.ids[i];
			if (one.n < 7)
				break;
			key = one.last;
			snprintf(keytitle, sizeof keytitle, "%s", one.title);
			key.title = keytitle;
			after = &key;
		}
		assert_int_equal(paged.n, 40);
		assert_memory_equal(paged.ids, all.ids, 40 * sizeof(long long));
		/* The last screenful is the end of the list, reversed. */
		assert_int_equal(case_page(db, sort, true, NULL, 5, collect_case, &back), ND_OK);
		for (int i = 0; i < 5; i++)
			assert_int_equal(back.ids[i], all.ids[39 - i]);
	}
	db_close(db);
}

static int collect_title(void *ctx, sqlite3_stmt *st)
{
	struct names *n = ctx;
	snprintf(n->list[n->n++], 64, "%d %s %d-%d", sqlite3_column_int(st, 1),
		 (const char *)sqlite3_column_text(st, 3), sqlite3_column_int(st, 7),
		 sqlite3_column_int(st, 8));
	return 0;
}

static void test_agenda_positions_and_times(void **state)
{
	(void)state;
	struct nd_db *db = open_new();
	const char *cn[] = { "code", "name", "time" }, *cv[] = { "AU", "Utskottet", "08.30" };
	add(db, &committee_entity, 3, cn, cv);
	const char *mn[] = { "committee", "date" }, *mv[] = { "AU", "2024-03-20" };
	add(db, &meeting_entity, 2, mn, mv);
	const char *an[] = { "title", "minutes" };
	const char *items[][2] = { { "Upprop", "5" }, { "Ett", "10" }, { "Två", "20" }, { "Tre", "15" } };
	long long ids[4];
	for (int i = 0; i < 4; i++)
		assert_int_equal(agenda_add(db, 1, 0, 2, an, items[i], &ids[i]), ND_OK);
	assert_int_equal(agenda_move(db, ids[3], 2), ND_OK);
	assert_int_equal(agenda_remove(db, ids[1]), ND_OK);
	struct names got = { .n = 0 };
	assert_int_equal(agenda_list(db, 1, collect_title, &got), ND_OK);
	assert_int_equal(got.n, 3);
	/* 08.30 = 510 minutes. */
	assert_string_equal(got.list[0], "1 Upprop 510-515");
	assert_string_equal(got.list[1], "2 Tre 515-530");
	assert_string_equal(got.list[2], "3 Två 530-550");
	db_close(db);
}

static void test_failed_add_leaves_nothing(void **state)
{
	(void)state;
	struct nd_db *db = open_new();
	const char *names[] = { "name", "email" };
	const char *values[] = { "Karin Berg", "inte-en-adress" };
	long long id;
	assert_int_equal(entity_add(db, &person_entity, 2, names, values, &id), ND_EINVAL);
	assert_non_null(strstr(nd_errmsg(), "e-post"));
	assert_non_null(strstr(nd_errmsg(), "inte-en-adress"));
	assert_true(db_is_empty(db));
	db_close(db);
}

static void test_newer_schema_refused(void **state)
{
	(void)state;
	struct nd_db *db = open_new();
	assert_int_equal(sqlite3_exec(db->h, "PRAGMA user_version = 99", NULL, NULL, NULL),
			 SQLITE_OK);
	db_close(db);
	struct stat before, after;
	assert_int_equal(stat(path, &before), 0);
	assert_int_equal(db_open(path, 0, &db), ND_ENEWER);
	assert_null(db);
	assert_non_null(strstr(nd_errmsg(), "99"));
	assert_int_equal(stat(path, &after), 0);
	assert_int_equal(before.st_mtime, after.st_mtime);
	assert_int_equal(before.st_size, after.st_size);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_open_creates_private_current_file, setup, teardown),
		cmocka_unit_test_setup_teardown(test_open_missing_without_create, setup, teardown),
		cmocka_unit_test_setup_teardown(test_people_listed_in_swedish_order, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dnr_allocation_continues_after_given_number, setup, teardown),
		cmocka_unit_test_setup_teardown(test_keyset_pages_cover_the_list_once, setup, teardown),
		cmocka_unit_test_setup_teardown(test_agenda_positions_and_times, setup, teardown),
		cmocka_unit_test_setup_teardown(test_failed_add_leaves_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_newer_schema_refused, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
