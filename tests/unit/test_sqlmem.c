/* SQLite's allocator (src/store/sqlmem.c): every block keeps what was
 * written into it through resizes, blocks never overlap, sizes are what
 * SQLite is told, and SQLite itself runs on it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/sqlmem.h"

/* Sizes around every boundary of the classes: the 16-byte steps, the
 * last small class, the powers of two, and past them to malloc. */
static const int sizes[] = {
	1, 8, 15, 16, 17, 31, 100, 1000, 4095, 4096, 4200, 5119, 5120, 5121,
	8191, 8192, 8193, 65536, 100000, 262143, 262144, 262145, 600000,
};
#define NSIZES (int)(sizeof sizes / sizeof sizes[0])

static unsigned char mark(size_t slot, size_t i)
{
	return (unsigned char)(slot * 131 + i * 7 + 1);
}

static void fill(unsigned char *p, size_t n, size_t slot)
{
	for (size_t i = 0; i < n; i++)
		p[i] = mark(slot, i);
}

static void check(const unsigned char *p, size_t n, size_t slot)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] != mark(slot, i))
			fail_msg("slot %zu byte %zu of %zu: %u, expected %u", slot, i, n,
				 p[i], mark(slot, i));
}

static void test_sizes_and_alignment(void **state)
{
	(void)state;
	for (int i = 0; i < NSIZES; i++) {
		unsigned char *p = sqlmem_alloc(sizes[i]);
		assert_non_null(p);
		assert_true(((uintptr_t)p & 15) == 0);
		assert_true(sqlmem_size(p) >= sizes[i]);
		fill(p, (size_t)sqlmem_size(p), (size_t)i);
		check(p, (size_t)sqlmem_size(p), (size_t)i);
		sqlmem_free(p);
	}
	assert_int_equal(sqlmem_size(NULL), 0);
	sqlmem_free(NULL);
}

/* A freed block is handed out again for its size: memory is reused. */
static void test_reuse(void **state)
{
	(void)state;
	void *a = sqlmem_alloc(40);
	sqlmem_free(a);
	void *b = sqlmem_alloc(48);
	assert_ptr_equal(a, b);
	void *c = sqlmem_alloc(10000);
	sqlmem_free(c);
	void *d = sqlmem_alloc(16000);
	assert_ptr_equal(c, d);
	sqlmem_free(b);
	sqlmem_free(d);
}

/* Many live blocks, resized up and down across the classes and freed in
 * a random order: each keeps its own bytes. */
#define SLOTS 600
static void test_random_live_blocks(void **state)
{
	(void)state;
	unsigned char *p[SLOTS] = {0};
	size_t len[SLOTS] = {0};
	unsigned seed = 12345;
	for (int round = 0; round < 40000; round++) {
		seed = seed * 1103515245u + 12345u;
		size_t s = (seed >> 8) % SLOTS;
		int n = sizes[(seed >> 20) % NSIZES] + (int)((seed >> 4) % 13);
		if (!p[s]) {
			p[s] = sqlmem_alloc(n);
			assert_non_null(p[s]);
			len[s] = (size_t)n;
			fill(p[s], len[s], s);
		} else if ((seed >> 3) & 1) {
			check(p[s], len[s], s);
			unsigned char *q = sqlmem_realloc(p[s], n);
			assert_non_null(q);
			size_t keep = len[s] < (size_t)n ? len[s] : (size_t)n;
			check(q, keep, s);
			p[s] = q;
			len[s] = (size_t)n;
			fill(p[s], len[s], s);
		} else {
			check(p[s], len[s], s);
			sqlmem_free(p[s]);
			p[s] = NULL;
		}
	}
	for (size_t s = 0; s < SLOTS; s++) {
		if (p[s]) {
			check(p[s], len[s], s);
			sqlmem_free(p[s]);
		}
	}
}

static long long one(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *st = NULL;
	long long v = -1;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		fail_msg("%s: %s", sql, sqlite3_errmsg(db));
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* Installed (forced in a sanitizer build), SQLite's blocks are ours and
 * a real workload gives the right answers. */
static void test_sqlite_on_it(void **state)
{
	(void)state;
	setenv("NAMND_SQLMEM", "1", 1);
	assert_true(sqlmem_install());
	void *p = sqlite3_malloc(100);
	assert_non_null(p);
	assert_int_equal(sqlite3_msize(p), 112);     /* our 16-byte steps */
	assert_int_equal(sqlmem_size(p), 112);
	sqlite3_free(p);

	sqlite3 *db = NULL;
	assert_int_equal(sqlite3_open(":memory:", &db), SQLITE_OK);
	char *err = NULL;
	if (sqlite3_exec(db,
			 "CREATE TABLE t (id INTEGER PRIMARY KEY, k INTEGER, b BLOB, s TEXT);"
			 "CREATE INDEX t_k ON t(k);"
			 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)"
			 " INSERT INTO t (k, b, s) SELECT i % 97, zeroblob(i % 3000),"
			 " replace(hex(zeroblob(i % 700)), '00', 'x') FROM n;"
			 "CREATE VIRTUAL TABLE f USING fts5(s);"
			 "INSERT INTO f SELECT 'ord' || k || ' ' || s FROM t WHERE id % 10 = 0;",
			 NULL, NULL, &err) != SQLITE_OK)
		fail_msg("%s", err);
	assert_int_equal(one(db, "SELECT count(*) FROM t"), 20000);
	/* sum of i % 3000 and of i % 700 for i = 1..20000, worked out by hand:
	 * 6 whole rounds of 3000 (6 * 4498500) plus 1..2000 (2001000);
	 * 28 rounds of 700 (28 * 244650) plus 1..400 (80200); k = 5 for
	 * i = 5, 102, ..., 19987: (19987 - 5) / 97 + 1 = 207 rows, of which
	 * those with i % 10 = 0 are i = 5 + 97j with j = 5 mod 10: 21. */
	assert_int_equal(one(db, "SELECT sum(length(b)) FROM t"), 6 * 4498500 + 2001000);
	assert_int_equal(one(db, "SELECT sum(length(s)) FROM t"), 28 * 244650 + 80200);
	assert_int_equal(one(db, "SELECT count(*) FROM t WHERE k = 5"), 207);
	assert_int_equal(one(db, "SELECT count(*) FROM f WHERE f MATCH 'ord5'"), 21);
	sqlite3_close(db);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sizes_and_alignment),
		cmocka_unit_test(test_reuse),
		cmocka_unit_test(test_random_live_blocks),
		cmocka_unit_test(test_sqlite_on_it),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
