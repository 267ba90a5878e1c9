/* benchrun DB: time what a user waits for on a large register: opening
 * the database, the first and last screenful of ärenden in both sort
 * orders, a page step from the middle, and full-text searches. Prints
 * figures only, never pass/fail. Every timing is repeated RUNS times;
 * median and max are shown (the max is usually the first, colder run). */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>

#include "namnd/agenda.h"
#include "namnd/case.h"
#include "namnd/db.h"
#include "namnd/search.h"

#define RUNS 7
#define STR_(x) #x
#define STR(x) STR_(x)
#define SCREEN 24 /* rows in one screenful */

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* The label padded to LABEL_W columns: code points, not bytes, so å ä ö
 * keep the figures aligned. */
#define LABEL_W 46
static void label(const char *s)
{
	int w = 0;
	for (const char *p = s; *p; p++)
		w += ((unsigned char)*p & 0xc0) != 0x80;
	fputs(s, stdout);
	for (; w < LABEL_W; w++)
		putchar(' ');
}

static void report(const char *name, const double *t, int n, long rows)
{
	double s[RUNS];
	memcpy(s, t, (size_t)n * sizeof *t);
	qsort(s, (size_t)n, sizeof *s, cmp_double);
	double median = n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
	label(name);
	printf(" %10.3f %10.3f %6ld\n", median, s[n - 1], rows);
	fflush(stdout);
}

/* What a session keeps between pages (db.h: the last search's query,
 * the filter's matches), dropped so that a first page is timed as a new
 * search's first page. */
static void forget(struct nd_db *db)
{
	free(db->fts_text);
	db->fts_text = NULL;
	free(db->match_text);
	db->match_text = NULL;
}

/* A page consumer: counts rows and keeps the key of the last one. */
struct page {
	long rows;
	struct case_key last;
	char title[1024];
};

static int on_case_row(void *ctx, sqlite3_stmt *st)
{
	struct page *p = ctx;
	case_key_from_row(st, &p->last);
	snprintf(p->title, sizeof p->title, "%s", p->last.title ? p->last.title : "");
	p->last.title = p->title;
	p->rows++;
	return 0;
}

static int on_hit(void *ctx, sqlite3_stmt *st)
{
	long *n = ctx;
	(void)sqlite3_column_text(st, 4); /* the snippet, as a screen would */
	(*n)++;
	return 0;
}

/* A screenful of the register, filtered by words when match is given
 * (the UI's / in Ärenden). */
static int time_page_match(struct nd_db *db, const char *label, enum case_sort sort,
			   bool backward, const struct case_key *after, const char *match)
{
	double t[RUNS];
	struct page p;
	for (int i = 0; i < RUNS; i++) {
		memset(&p, 0, sizeof p);
		forget(db);
		double t0 = now_ms();
		enum nd_err e = case_page_match(db, sort, backward, after, match, SCREEN,
						on_case_row, &p);
		t[i] = now_ms() - t0;
		if (e) {
			fprintf(stderr, "benchrun: %s: %s\n", label, nd_errmsg());
			return 1;
		}
	}
	report(label, t, RUNS, p.rows);
	return 0;
}

static int time_page(struct nd_db *db, const char *label, enum case_sort sort,
		     bool backward, const struct case_key *after)
{
	return time_page_match(db, label, sort, backward, after, NULL);
}

static int time_search(struct nd_db *db, const char *query)
{
	double t[RUNS];
	char label[96];
	long n = 0;
	snprintf(label, sizeof label, "search \"%s\"", query);
	for (int i = 0; i < RUNS; i++) {
		n = 0;
		forget(db);
		double t0 = now_ms();
		enum nd_err e = search_run(db, query, SCREEN, "[", "]", on_hit, &n);
		t[i] = now_ms() - t0;
		if (e) {
			fprintf(stderr, "benchrun: %s: %s\n", label, nd_errmsg());
			return 1;
		}
	}
	report(label, t, RUNS, n);
	return 0;
}

/* A figure beside its floor: the same work as the cheapest query SQLite
 * can do it with, timed in the same run. */
static double median_of(double *t, int n)
{
	qsort(t, (size_t)n, sizeof *t, cmp_double);
	return n % 2 ? t[n / 2] : (t[n / 2 - 1] + t[n / 2]) / 2;
}

static void report_floor(const char *name, double *t, double *f, long rows)
{
	double m = median_of(t, RUNS), fm = median_of(f, RUNS);
	label(name);
	printf(" %10.3f %10.3f %6ld  floor %8.3f  ratio %6.1f\n", m, t[RUNS - 1], rows, fm,
	       fm > 0 ? m / fm : 0.0);
	fflush(stdout);
}

/* Rows of a raw statement with one text parameter (the floor). */
static long raw_rows(struct nd_db *db, const char *sql, const char *p1, long long p2)
{
	sqlite3_stmt *st = NULL;
	long n = 0;
	if (db_prepare(db, sql, &st))
		return -1;
	if (p1)
		sqlite3_bind_text(st, 1, p1, -1, SQLITE_TRANSIENT);
	if (p2)
		sqlite3_bind_int64(st, 2, p2);
	while (sqlite3_step(st) == SQLITE_ROW) {
		(void)sqlite3_column_text(st, 1);
		n++;
	}
	sqlite3_finalize(st);
	return n;
}

struct hitpage {
	long n;
	long long last;
};

static int on_hit_key(void *ctx, sqlite3_stmt *st)
{
	struct hitpage *h = ctx;
	(void)sqlite3_column_text(st, 4);
	h->last = sqlite3_column_int64(st, 6);
	h->n++;
	return 0;
}

/* The first page and the next of a search, each beside the same word
 * looked up in FTS5 directly (exact word, newest first, no snippet). */
static int time_search_pages(struct nd_db *db, const char *word)
{
	double t[RUNS], t2[RUNS], f[RUNS], f2[RUNS];
	struct hitpage h = { 0, 0 }, h2 = { 0, 0 };
	char lbl[96], q[128];
	snprintf(q, sizeof q, "\"%s\"", word);
	for (int i = 0; i < RUNS; i++) {
		h.n = 0;
		forget(db);
		double t0 = now_ms();
		if (search_page(db, word, 0, SCREEN, "[", "]", on_hit_key, &h))
			return 1;
		t[i] = now_ms() - t0;
		h2.n = 0;
		t0 = now_ms();
		if (h.n && search_page(db, word, h.last, SCREEN, "[", "]", on_hit_key, &h2))
			return 1;
		t2[i] = now_ms() - t0;
		t0 = now_ms();
		raw_rows(db, "SELECT rowid, title FROM search_index WHERE search_index "
			 "MATCH ?1 ORDER BY rowid DESC LIMIT 24", q, 0);
		f[i] = now_ms() - t0;
		t0 = now_ms();
		raw_rows(db, "SELECT rowid, title FROM search_index WHERE search_index "
			 "MATCH ?1 AND rowid < ?2 ORDER BY rowid DESC LIMIT 24", q,
			 h.last ? h.last : 1);
		f2[i] = now_ms() - t0;
	}
	snprintf(lbl, sizeof lbl, "search \"%s\", first page", word);
	report_floor(lbl, t, f, h.n);
	snprintf(lbl, sizeof lbl, "search \"%s\", next page", word);
	report_floor(lbl, t2, f2, h2.n);
	return 0;
}

static int count_row(void *ctx, sqlite3_stmt *st)
{
	(void)st;
	(*(long *)ctx)++;
	return 0;
}

/* Page-down in Ärenden filtered by a word: the second screen. */
static int time_filter_pagedown(struct nd_db *db, const char *word)
{
	double t[RUNS], f[RUNS];
	struct page first;
	char lbl[96];
	memset(&first, 0, sizeof first);
	if (case_page_match(db, CASE_BY_DNR, false, NULL, word, SCREEN, on_case_row, &first))
		return 1;
	struct page p;
	for (int i = 0; i < RUNS; i++) {
		memset(&p, 0, sizeof p);
		double t0 = now_ms();
		if (case_page_match(db, CASE_BY_DNR, false, first.rows ? &first.last : NULL, word,
				    SCREEN, on_case_row, &p))
			return 1;
		t[i] = now_ms() - t0;
		t0 = now_ms();
		raw_rows(db, "SELECT id, title FROM cases WHERE id > ?2 ORDER BY id LIMIT 24",
			 NULL, first.last.id);
		f[i] = now_ms() - t0;
	}
	snprintf(lbl, sizeof lbl, "cases filtered \"%s\", page down", word);
	report_floor(lbl, t, f, p.rows);
	return 0;
}

/* case show's lookup of a dnr, beside the unique index's. */
static int time_lookup(struct nd_db *db, const char *dnr, const char *series, int year,
		       long number)
{
	double t[RUNS], f[RUNS];
	long long id = 0;
	char lbl[96];
	for (int i = 0; i < RUNS; i++) {
		double t0 = now_ms();
		if (case_resolve(db, dnr, &id)) /* several series: ambiguous */
			id = 0;
		t[i] = now_ms() - t0;
		sqlite3_stmt *st = NULL;
		t0 = now_ms();
		if (db_prepare(db, "SELECT id FROM cases WHERE dnr_series = ?1 AND dnr_year = ?2 "
			       "AND dnr_number = ?3", &st) == ND_OK) {
			sqlite3_bind_text(st, 1, series, -1, SQLITE_TRANSIENT);
			sqlite3_bind_int(st, 2, year);
			sqlite3_bind_int64(st, 3, number);
			sqlite3_step(st);
		}
		sqlite3_finalize(st);
		f[i] = now_ms() - t0;
	}
	snprintf(lbl, sizeof lbl, "lookup dnr \"%s\"", dnr);
	report_floor(lbl, t, f, id > 0);
	return 0;
}

/* The Översikt: each body's meeting, and the newest ärenden. */
static int time_overview(struct nd_db *db)
{
	double t[RUNS], f[RUNS];
	long n = 0;
	for (int i = 0; i < RUNS; i++) {
		n = 0;
		double t0 = now_ms();
		if (meeting_overview(db, count_row, &n))
			return 1;
		raw_rows(db, "SELECT nd_dnr(dnr_series, dnr_year, dnr_number), title FROM cases "
			 "ORDER BY dnr_year DESC, dnr_number DESC LIMIT 15", NULL, 0);
		t[i] = now_ms() - t0;
		t0 = now_ms();
		raw_rows(db, "SELECT id, name FROM committee", NULL, 0);
		raw_rows(db, "SELECT id, title FROM cases ORDER BY id DESC LIMIT 15", NULL, 0);
		f[i] = now_ms() - t0;
	}
	report_floor("overview (meetings + newest ärenden)", t, f, n);
	return 0;
}

/* One integer from a static query (no parameters). */
static long long query_int(struct nd_db *db, const char *sql)
{
	sqlite3_stmt *st = NULL;
	long long v = -1;
	if (db_prepare(db, sql, &st) == ND_OK && sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* The key of the ärende with the first id at or after id: a row from the
 * middle of the register without counting or OFFSET. */
static bool key_near_id(struct nd_db *db, long long id, struct page *p)
{
	sqlite3_stmt *st = NULL;
	bool ok = false;
	if (db_prepare(db, "SELECT id, '', title, '', '', dnr_series, dnr_year, dnr_number "
		       "FROM cases WHERE id >= ?1 ORDER BY id LIMIT 1", &st))
		return false;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		on_case_row(p, st);
		ok = true;
	}
	sqlite3_finalize(st);
	return ok;
}

int main(int argc, char **argv)
{
	struct nd_db *db = NULL;
	struct stat sb;
	struct rusage ru;
	double t[RUNS];
	int bad = 0;

	if (argc != 2) {
		fprintf(stderr, "usage: benchrun DB\n");
		return 2;
	}
	if (stat(argv[1], &sb) != 0) {
		fprintf(stderr, "benchrun: %s does not exist\n", argv[1]);
		return 1;
	}

	for (int i = 0; i < RUNS; i++) {
		double t0 = now_ms();
		enum nd_err e = db_open(argv[1], 0, &db);
		t[i] = now_ms() - t0;
		if (e) {
			fprintf(stderr, "benchrun: %s\n", nd_errmsg());
			return 1;
		}
		if (i < RUNS - 1) {
			db_close(db);
			db = NULL;
		}
	}

	long long ncases = query_int(db, "SELECT coalesce(sum(last), 0) FROM dnr_counter");
	long long maxid = query_int(db, "SELECT coalesce(max(id), 0) FROM cases");
	long long npara = query_int(db, "SELECT coalesce(max(id), 0) FROM paragraph");
	long long ymin = query_int(db, "SELECT coalesce(min(year), 0) FROM dnr_counter");
	long long ymax = query_int(db, "SELECT coalesce(max(year), 0) FROM dnr_counter");

	printf("namnd bench: %s\n", argv[1]);
	label("file size (MB)");
	printf(" %10.1f\n", (double)sb.st_size / 1e6);
	label("ärenden (sum of dnr counters)");
	printf(" %10lld\n", ncases);
	label("paragraphs (max id)");
	printf(" %10lld\n", npara);
	printf("\n");
	label("timing (ms; " STR(RUNS) " runs each)");
	printf(" %10s %10s %6s\n", "median", "max", "rows");
	report("open (db_open)", t, RUNS, 0);

	bad |= time_page(db, "cases by dnr, first screen", CASE_BY_DNR, false, NULL);
	bad |= time_page(db, "cases by dnr, last screen", CASE_BY_DNR, true, NULL);
	bad |= time_page(db, "cases by title, first screen", CASE_BY_TITLE, false, NULL);
	bad |= time_page(db, "cases by title, last screen", CASE_BY_TITLE, true, NULL);

	/* Page steps from a row in the middle (by id, so its place in each
	 * sort order is wherever it falls), and from the first screen. */
	struct page mid;
	memset(&mid, 0, sizeof mid);
	if (maxid > 0 && key_near_id(db, maxid / 2, &mid)) {
		bad |= time_page(db, "cases by dnr, next screen from middle",
				 CASE_BY_DNR, false, &mid.last);
		bad |= time_page(db, "cases by dnr, previous screen from middle",
				 CASE_BY_DNR, true, &mid.last);
		bad |= time_page(db, "cases by title, next screen from middle",
				 CASE_BY_TITLE, false, &mid.last);
		bad |= time_page(db, "cases by title, previous screen from middle",
				 CASE_BY_TITLE, true, &mid.last);
	}
	struct page first;
	memset(&first, 0, sizeof first);
	if (case_page(db, CASE_BY_TITLE, false, NULL, SCREEN, on_case_row, &first) == ND_OK &&
	    first.rows > 0)
		bad |= time_page(db, "cases by title, second screen", CASE_BY_TITLE,
				 false, &first.last);

	/* Filtered by a word in most ärenden, in some, and in none. */
	static const char *const filters[] = { "förvaltningen", "skolskjuts", "xyzzy" };
	for (size_t i = 0; i < sizeof filters / sizeof *filters; i++) {
		char lbl[96];
		snprintf(lbl, sizeof lbl, "cases by dnr filtered \"%s\"", filters[i]);
		bad |= time_page_match(db, lbl, CASE_BY_DNR, false, NULL, filters[i]);
		snprintf(lbl, sizeof lbl, "cases by title filtered \"%s\"", filters[i]);
		bad |= time_page_match(db, lbl, CASE_BY_TITLE, false, NULL, filters[i]);
	}

	char dnrq[32], dnrq2[48];
	long long ymid = ymin + (ymax - ymin) / 2;
	snprintf(dnrq, sizeof dnrq, "%lld/123", ymid);
	snprintf(dnrq2, sizeof dnrq2, "SBN %lld/123", ymid);
	const char *queries[] = {
		"förvaltningen", "detaljplan", "bygglov Örnen", "Klöverträsk",
		"lex Sarah hemtjänsten", "skolskjuts", "xyzzy", dnrq, dnrq2,
	};
	for (size_t i = 0; i < sizeof queries / sizeof *queries; i++)
		bad |= time_search(db, queries[i]);

	printf("\n");
	label("beside the floor (ms; median of " STR(RUNS) ")");
	printf(" %10s %10s %6s\n", "median", "max", "rows");
	static const char *const words[] = { "förvaltningen", "forvaltning", "detaljplan",
					     "skolskjuts", "xyzzy" };
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		bad |= time_search_pages(db, words[i]);
	for (size_t i = 0; i < 3; i++)
		bad |= time_filter_pagedown(db, words[i]);
	{
		sqlite3_stmt *st = NULL;
		if (db_prepare(db, "SELECT dnr_series, dnr_year, dnr_number FROM cases WHERE "
			       "id >= ?1 ORDER BY id LIMIT 1", &st) == ND_OK) {
			sqlite3_bind_int64(st, 1, maxid / 3);
			if (sqlite3_step(st) == SQLITE_ROW) {
				char ser[32], dnr[64], nos[40];
				snprintf(ser, sizeof ser, "%s", (const char *)sqlite3_column_text(st, 0));
				int y = sqlite3_column_int(st, 1);
				long num = (long)sqlite3_column_int64(st, 2);
				snprintf(dnr, sizeof dnr, "%s %d/%ld", ser, y, num);
				snprintf(nos, sizeof nos, "%d/%ld", y, num);
				bad |= time_lookup(db, dnr, ser, y, num);
				bad |= time_lookup(db, nos, ser, y, num);
			}
		}
		sqlite3_finalize(st);
	}
	bad |= time_overview(db);

	double t0 = now_ms();
	long long n = query_int(db, "SELECT count(*) FROM cases");
	double tc = now_ms() - t0;
	label("count(*) of ärenden, one run");
	printf(" %10.3f %10s %6lld\n", tc, "", n);

	db_close(db);
	getrusage(RUSAGE_SELF, &ru);
	label("peak memory, ru_maxrss (MB)");
	printf(" %10.1f\n", (double)ru.ru_maxrss / 1024.0);
	return bad ? 1 : 0;
}
