/* benchgen DB YEARS CASES PARAGRAPHS: fill a new database with a
 * realistic organisation at benchmark size. Everything goes through
 * db_open, so the schema, the audit and search triggers and the Swedish
 * collation are the real ones; rows are written with prepared statements
 * and bound parameters in large transactions. The output is the same for
 * the same arguments and the same "today" (NAMND_TODAY).
 *
 * The file is built as DB.part and renamed when complete, so an
 * interrupted run never leaves something that looks like a finished
 * benchmark database. */
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "namnd/date.h"
#include "namnd/db.h"

#define BATCH 50000L     /* rows per transaction */
#define PROGRESS 100000L /* rows between progress lines */

#include "benchdata.h"

/* ---- Generator state ------------------------------------------------- */

struct buf {
	char s[4096];
	size_t n;
};

struct person {
	long long id;
	char name[64];
	int party;   /* index, or -1 for an official */
	int series;  /* for officials: the förvaltning */
	const char *title;
};

/* The seats of one body in one term of office (indexes into people). */
struct seats {
	int ordinary[11];
	int nordinary;
	int deputy[7];
	int ndeputy;
	int secretary;
};

struct case_list {
	long long *id;
	long *day;
	long n, cap;
};

struct meeting_plan {
	int body;
	struct nd_date date;
	long day;
	double weight;
	long quota; /* paragraphs */
};

struct gen {
	struct nd_db *db;
	uint64_t rng;
	double t0, tphase;
	long rows;
	struct nd_date today;
	long today_day;
	int year0, year1, nterms, term0;
	long ncases, nparas, cases_done, paras_done;

	struct person *people;
	int npeople, npoliticians;
	struct seats *seats; /* [term][body] */
	struct case_list cases[NSERIES];

	sqlite3_stmt *ins_committee, *ins_person, *ins_member, *ins_case, *ins_counter,
		*ins_meeting, *upd_meeting, *ins_agenda, *ins_para, *ins_attend,
		*get_case;
};

/* Template context: which series/body/year the text is about. */
struct tctx {
	int series;
	int body;
	int year;
};

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* xorshift64*: fast, fixed seed, reproducible. */
static uint64_t rnd64(struct gen *g)
{
	g->rng ^= g->rng >> 12;
	g->rng ^= g->rng << 25;
	g->rng ^= g->rng >> 27;
	return g->rng * 2685821657736338717ULL;
}

static long rnd(struct gen *g, long n)
{
	return n <= 1 ? 0 : (long)((rnd64(g) >> 11) % (uint64_t)n);
}

static int permille(struct gen *g, int p)
{
	return rnd(g, 1000) < p;
}

static double rnd_unit(struct gen *g)
{
	return (double)(rnd64(g) >> 11) / 9007199254740992.0;
}

#define PICK(g, a) ((a)[rnd((g), (long)N(a))])

static int weighted(struct gen *g, const int *w, int n)
{
	int total = 0, r;
	for (int i = 0; i < n; i++)
		total += w[i];
	r = (int)rnd(g, total);
	for (int i = 0; i < n; i++) {
		if (r < w[i])
			return i;
		r -= w[i];
	}
	return n - 1;
}

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void bput(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;
	if (b->n >= sizeof b->s - 1)
		return;
	va_start(ap, fmt);
	n = vsnprintf(b->s + b->n, sizeof b->s - b->n, fmt, ap);
	va_end(ap);
	if (n > 0)
		b->n += (size_t)n;
	if (b->n > sizeof b->s - 1)
		b->n = sizeof b->s - 1;
}

static void bclear(struct buf *b)
{
	b->n = 0;
	b->s[0] = '\0';
}

/* A day number as Swedish prose: "14 maj 2019". */
static void put_date_prose(struct buf *b, struct nd_date d)
{
	bput(b, "%d %s %d", d.d, date_month_name(d.m), d.y);
}

static void expand(struct gen *g, struct buf *b, const struct tctx *c,
		   const char *tpl, int depth);

static void put_word(struct gen *g, struct buf *b, const struct tctx *c,
		     const char *w, int depth)
{
	if (strchr(w, '{') && depth < 3)
		expand(g, b, c, w, depth + 1);
	else
		bput(b, "%s", w);
}

/* Replace {x} keys in tpl by words; see the lists above. */
static void expand(struct gen *g, struct buf *b, const struct tctx *c,
		   const char *tpl, int depth)
{
	static const struct {
		char key;
		const char *const *words;
		size_t n;
	} lists[] = {
		{ 'T', w_topic, N(w_topic) },       { 'R', w_authority, N(w_authority) },
		{ 'B', w_building, N(w_building) }, { 'G', w_street, N(w_street) },
		{ 'C', w_company, N(w_company) },   { 'S', w_school, N(w_school) },
		{ 'U', w_unit, N(w_unit) },         { 'L', w_policy, N(w_policy) },
		{ 'H', w_service, N(w_service) },   { 'E', w_fund, N(w_fund) },
		{ 'D', w_action, N(w_action) },     { 'F', parties, N(parties) },
	};
	const char *p = tpl;
	while (*p) {
		const char *open = strchr(p, '{');
		if (!open || !open[1] || open[2] != '}') {
			bput(b, "%s", p);
			return;
		}
		bput(b, "%.*s", (int)(open - p), p);
		char key = open[1];
		p = open + 3;
		size_t i;
		for (i = 0; i < N(lists); i++)
			if (lists[i].key == key)
				break;
		if (i < N(lists)) {
			put_word(g, b, c, lists[i].words[rnd(g, (long)lists[i].n)], depth);
			continue;
		}
		switch (key) {
		case 'A':
			bput(b, "%s", rnd(g, 30000) == 0 ? rare_word : PICK(g, w_area));
			break;
		case 'P':
			bput(b, "%s %ld:%ld", PICK(g, w_block), 1 + rnd(g, 12), 1 + rnd(g, 40));
			break;
		case 'N':
			bput(b, "%s %s", PICK(g, first_names), PICK(g, last_names));
			break;
		case 'Y': bput(b, "%d", c->year); break;
		case 'Z': bput(b, "%d", c->year + 1); break;
		case 'X': bput(b, "%d", c->year - 1); break;
		case '3': bput(b, "%d", c->year + 3); break;
		case 'k': bput(b, "%ld", 1 + rnd(g, 4)); break;
		case 'I': bput(b, "%ld", 2 + rnd(g, 38)); break;
		case 'K':
			if (permille(g, 300))
				bput(b, "%ld,%ld miljoner kronor", 1 + rnd(g, 40), rnd(g, 10));
			else
				bput(b, "%ld 000 kronor", 10 * (1 + rnd(g, 95)));
			break;
		case 'Q': {
			struct nd_date d = { c->year, 1 + (int)rnd(g, 12), 1 };
			d.d = 1 + (int)rnd(g, date_days_in_month(d.y, d.m));
			put_date_prose(b, d);
			break;
		}
		case 'O': bput(b, "%s", bodies[c->body].name); break;
		case 'o': bput(b, "%s", bodies[c->body].name_lc); break;
		case 'V': bput(b, "%s", series[c->series].office); break;
		default: bput(b, "{%c}", key); break;
		}
	}
}

static void sentences(struct gen *g, struct buf *b, const struct tctx *c, int n)
{
	for (int i = 0; i < n; i++) {
		if (i)
			bput(b, " ");
		expand(g, b, c, PICK(g, w_sentence), 0);
	}
}

/* Titles are mostly short; some run on, as real ones do. */
static void make_title(struct gen *g, struct buf *b, const struct tctx *c)
{
	const struct series *s = &series[c->series];
	bclear(b);
	expand(g, b, c, s->titles[rnd(g, (long)s->ntitles)], 0);
	if (permille(g, 40)) {
		bput(b, " samt ");
		expand(g, b, c, "{T}", 0);
	}
	if (permille(g, 20)) {
		expand(g, b, c, " – uppföljning av {o}s beslut den {Q}, § {I}, med redovisning av {T} och "
		       "{T} i enlighet med {R}s föreskrifter", 0);
	}
	if (permille(g, 3))
		while (b->n < 700) {
			bput(b, ", ");
			expand(g, b, c, "{T}", 0);
		}
}

/* ---- SQL helpers ----------------------------------------------------- */

static enum nd_err prepare_all(struct gen *g)
{
	static const struct {
		size_t off;
		const char *sql;
	} stmts[] = {
		{ offsetof(struct gen, ins_committee),
		  "INSERT INTO committee (code, name, kind, parent_id, place, start_time, "
		  "notice_days, dnr_series) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)" },
		{ offsetof(struct gen, ins_person),
		  "INSERT INTO person (name, party, organisation, title, email, phone) "
		  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)" },
		{ offsetof(struct gen, ins_member),
		  "INSERT INTO membership (person_id, committee_id, role, ersattare_order, "
		  "valid_from, valid_to) VALUES (?1, ?2, ?3, ?4, ?5, ?6)" },
		{ offsetof(struct gen, ins_case),
		  "INSERT INTO cases (committee_id, dnr_series, dnr_year, dnr_number, title, "
		  "officer_id, status, registered, proposal, summary, description, "
		  "confidential) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)" },
		{ offsetof(struct gen, ins_counter),
		  "INSERT INTO dnr_counter (series, year, last) VALUES (?1, ?2, ?3) "
		  "ON CONFLICT (series, year) DO UPDATE SET last = max(last, excluded.last)" },
		{ offsetof(struct gen, ins_meeting),
		  "INSERT INTO meeting (committee_id, date, start_time, end_time, place, "
		  "status) VALUES (?1, ?2, ?3, ?4, ?5, ?6)" },
		{ offsetof(struct gen, upd_meeting),
		  "UPDATE meeting SET status = ?2, justering_place = ?3, justering_date = ?4, "
		  "justerad_on = ?5, anslag_on = ?6 WHERE id = ?1" },
		{ offsetof(struct gen, ins_agenda),
		  "INSERT INTO agenda_item (meeting_id, position, kind, title, case_id, "
		  "presenter_id, duration) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)" },
		{ offsetof(struct gen, ins_para),
		  "INSERT INTO paragraph (meeting_id, agenda_item_id, committee_id, year, "
		  "number, title, case_id, presenter, account, decision, immediate, "
		  "justerad_on, reviewed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
		  "?11, ?12, ?13)" },
		{ offsetof(struct gen, ins_attend),
		  "INSERT INTO attendance (meeting_id, person_id, status, replaces_id) "
		  "VALUES (?1, ?2, ?3, ?4)" },
		{ offsetof(struct gen, get_case),
		  "SELECT title, confidential FROM cases WHERE id = ?1" },
	};
	for (size_t i = 0; i < N(stmts); i++) {
		sqlite3_stmt **st = (sqlite3_stmt **)(void *)((char *)g + stmts[i].off);
		enum nd_err e = db_prepare(g->db, stmts[i].sql, st);
		if (e)
			return e;
	}
	return ND_OK;
}

static void finalize_all(struct gen *g)
{
	sqlite3_stmt *all[] = { g->ins_committee, g->ins_person, g->ins_member,
				g->ins_case, g->ins_counter, g->ins_meeting,
				g->upd_meeting, g->ins_agenda, g->ins_para,
				g->ins_attend, g->get_case };
	for (size_t i = 0; i < N(all); i++)
		sqlite3_finalize(all[i]);
}

static void bind_text(sqlite3_stmt *st, int i, const char *s)
{
	if (s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, i);
}

static void bind_id(sqlite3_stmt *st, int i, long long id)
{
	if (id > 0)
		sqlite3_bind_int64(st, i, id);
	else
		sqlite3_bind_null(st, i);
}

static void progress(struct gen *g, const char *what)
{
	double t = now_s() - g->t0;
	fprintf(stderr, "benchgen: %8ld rows  %-10s cases %ld/%ld  paragraphs %ld/%ld  "
		"%6.1f s  %6.0f rows/s\n", g->rows, what, g->cases_done, g->ncases,
		g->paras_done, g->nparas, t, t > 0 ? (double)g->rows / t : 0.0);
}

/* Count one row; commit and start a new transaction every BATCH rows. */
static enum nd_err tick(struct gen *g, const char *what)
{
	enum nd_err e;
	g->rows++;
	if (g->rows % BATCH == 0) {
		if ((e = db_commit(g->db)) || (e = db_begin(g->db)))
			return e;
	}
	if (g->rows % PROGRESS == 0)
		progress(g, what);
	return ND_OK;
}

/* Step an insert/update, reset it, count the row. */
static enum nd_err run(struct gen *g, sqlite3_stmt *st, const char *what)
{
	int rc = sqlite3_step(st);
	enum nd_err e = ND_OK;
	if (rc != SQLITE_DONE)
		e = nd_fail(ND_EDB, "insert %s: %s", what, sqlite3_errmsg(g->db->h));
	sqlite3_reset(st);
	return e ? e : tick(g, what);
}

static long long last_id(struct gen *g)
{
	return sqlite3_last_insert_rowid(g->db->h);
}

/* ---- Organisation: committees and people ----------------------------- */

static enum nd_err gen_committees(struct gen *g, long long *ids)
{
	enum nd_err e;
	for (int i = 0; i < NBODIES; i++) {
		const struct body *b = &bodies[i];
		sqlite3_stmt *st = g->ins_committee;
		bind_text(st, 1, b->code);
		bind_text(st, 2, b->name);
		bind_text(st, 3, b->kind);
		bind_id(st, 4, b->parent >= 0 ? ids[b->parent] : 0);
		bind_text(st, 5, b->place);
		bind_text(st, 6, b->time);
		sqlite3_bind_int(st, 7, b->parent >= 0 ? 5 : 7);
		bind_text(st, 8, series[b->series].code);
		if ((e = run(g, st, "committee")))
			return e;
		ids[i] = last_id(g);
	}
	return ND_OK;
}

/* ASCII e-mail local part from a name: "Åsa Öberg" → "asa.oberg". */
static void email_part(const char *name, char *out, size_t size)
{
	static const struct {
		const char *from, *to;
	} fold[] = {
		{ "å", "a" }, { "ä", "a" }, { "ö", "o" }, { "é", "e" }, { "ü", "u" },
		{ "Å", "a" }, { "Ä", "a" }, { "Ö", "o" }, { "É", "e" }, { "Ü", "u" },
		{ "č", "c" },
	};
	size_t o = 0;
	for (const char *p = name; *p && o + 2 < size;) {
		size_t i;
		for (i = 0; i < N(fold); i++)
			if (strncmp(p, fold[i].from, strlen(fold[i].from)) == 0)
				break;
		if (i < N(fold)) {
			out[o++] = fold[i].to[0];
			p += strlen(fold[i].from);
		} else if (*p == ' ') {
			out[o++] = '.';
			p++;
		} else if ((unsigned char)*p < 0x80) {
			char ch = *p++;
			out[o++] = (char)(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
		} else {
			p++;
		}
	}
	out[o] = '\0';
}

static enum nd_err gen_people(struct gen *g)
{
	enum { NPOL = 260, NOFF_PER_SERIES = 10 };
	static unsigned char used[N(first_names)][N(last_names)];
	enum nd_err e;
	g->npoliticians = NPOL;
	g->npeople = NPOL + NOFF_PER_SERIES * NSERIES;
	g->people = calloc((size_t)g->npeople, sizeof *g->people);
	if (!g->people)
		return nd_fail(ND_ENOMEM, "out of memory");
	for (int i = 0; i < g->npeople; i++) {
		struct person *p = &g->people[i];
		size_t f, l;
		char mail[160], local[128], phone[32];
		do {
			f = (size_t)rnd(g, (long)N(first_names));
			l = (size_t)rnd(g, (long)N(last_names));
		} while (used[f][l]);
		used[f][l] = 1;
		snprintf(p->name, sizeof p->name, "%s %s", first_names[f], last_names[l]);
		email_part(p->name, local, sizeof local);
		snprintf(mail, sizeof mail, "%s@sjobacka.se", local);
		snprintf(phone, sizeof phone, "070-%03ld %02ld %02ld", rnd(g, 1000),
			 rnd(g, 100), rnd(g, 100));
		sqlite3_stmt *st = g->ins_person;
		bind_text(st, 1, p->name);
		if (i < NPOL) {
			p->party = weighted(g, party_weight, (int)N(parties));
			p->series = -1;
			bind_text(st, 2, parties[p->party]);
			bind_text(st, 3, NULL);
			bind_text(st, 4, NULL);
			bind_text(st, 5, permille(g, 700) ? mail : NULL);
			bind_text(st, 6, permille(g, 500) ? phone : NULL);
		} else {
			int k = (i - NPOL) / NOFF_PER_SERIES;
			p->party = -1;
			p->series = k;
			switch (k) {
			case S_SBN: p->title = PICK(g, sbn_official_titles); break;
			case S_SN: p->title = PICK(g, sn_official_titles); break;
			case S_BUN: p->title = PICK(g, bun_official_titles); break;
			default: p->title = PICK(g, official_titles); break;
			}
			if ((i - NPOL) % NOFF_PER_SERIES == 0)
				p->title = "nämndsekreterare";
			bind_text(st, 2, NULL);
			bind_text(st, 3, series[k].office);
			bind_text(st, 4, p->title);
			bind_text(st, 5, mail);
			bind_text(st, 6, phone);
		}
		if ((e = run(g, st, "person")))
			return e;
		p->id = last_id(g);
	}
	return ND_OK;
}

static const struct person *official(struct gen *g, int s)
{
	return &g->people[g->npoliticians + s * 10 + (int)rnd(g, 10)];
}

/* Memberships for every four-year term that touches the years. */
static enum nd_err gen_memberships(struct gen *g, const long long *cids)
{
	enum nd_err e;
	int *pool = malloc((size_t)g->npoliticians * sizeof *pool);
	if (!pool)
		return nd_fail(ND_ENOMEM, "out of memory");
	/* Terms start on 1 January after an election: 2019, 2023, … */
	g->term0 = g->year0 - (((g->year0 - 2019) % 4) + 4) % 4;
	g->nterms = (g->year1 - g->term0) / 4 + 1;
	g->seats = calloc((size_t)(g->nterms * NBODIES), sizeof *g->seats);
	if (!g->seats) {
		free(pool);
		return nd_fail(ND_ENOMEM, "out of memory");
	}
	for (int t = 0; t < g->nterms; t++) {
		int start = g->term0 + 4 * t;
		char from[24], to[24];
		snprintf(from, sizeof from, "%d-01-01", start);
		snprintf(to, sizeof to, "%d-12-31", start + 3);
		for (int b = 0; b < NBODIES; b++) {
			struct seats *s = &g->seats[t * NBODIES + b];
			bool au = bodies[b].parent >= 0;
			int nord = au ? 5 : 11, ndep = au ? 3 : 7;
			/* Partial Fisher–Yates: distinct people per body and term. */
			for (int i = 0; i < g->npoliticians; i++)
				pool[i] = i;
			for (int i = 0; i < nord + ndep; i++) {
				int j = i + (int)rnd(g, g->npoliticians - i);
				int tmp = pool[i];
				pool[i] = pool[j];
				pool[j] = tmp;
			}
			for (int i = 0; i < nord + ndep; i++) {
				static const char *const lead[] = {
					"ordförande", "1:e vice ordförande", "2:e vice ordförande",
				};
				const char *role = i < nord ? (i < 3 ? lead[i] : "ledamot")
							   : "ersättare";
				long long pid = g->people[pool[i]].id;
				sqlite3_stmt *st = g->ins_member;
				sqlite3_bind_int64(st, 1, pid);
				sqlite3_bind_int64(st, 2, cids[b]);
				bind_text(st, 3, role);
				if (i >= nord)
					sqlite3_bind_int(st, 4, i - nord + 1);
				else
					sqlite3_bind_null(st, 4);
				bind_text(st, 5, from);
				bind_text(st, 6, to);
				if ((e = run(g, st, "membership")))
					goto out;
				if (i < nord)
					s->ordinary[s->nordinary++] = pool[i];
				else
					s->deputy[s->ndeputy++] = pool[i];
			}
			/* The secretary: the förvaltning's nämndsekreterare. */
			s->secretary = g->npoliticians + bodies[b].series * 10;
			sqlite3_stmt *st = g->ins_member;
			sqlite3_bind_int64(st, 1, g->people[s->secretary].id);
			sqlite3_bind_int64(st, 2, cids[b]);
			bind_text(st, 3, "sekreterare");
			sqlite3_bind_null(st, 4);
			bind_text(st, 5, from);
			bind_text(st, 6, to);
			if ((e = run(g, st, "membership")))
				goto out;
		}
	}
	e = ND_OK;
out:
	free(pool);
	return e;
}

/* ---- Ärenden ---------------------------------------------------------- */

static enum nd_err case_list_push(struct case_list *l, long long id, long day)
{
	if (l->n == l->cap) {
		long cap = l->cap ? l->cap * 2 : 4096;
		long long *ids = realloc(l->id, (size_t)cap * sizeof *ids);
		if (!ids)
			return nd_fail(ND_ENOMEM, "out of memory");
		l->id = ids;
		long *days = realloc(l->day, (size_t)cap * sizeof *days);
		if (!days)
			return nd_fail(ND_ENOMEM, "out of memory");
		l->day = days;
		l->cap = cap;
	}
	l->id[l->n] = id;
	l->day[l->n] = day;
	l->n++;
	return ND_OK;
}

static const char *case_status(struct gen *g, long age_days)
{
	static const char *const st[] = {
		"registrerat", "under beredning", "klart för beslut", "beslutat", "avslutat",
	};
	static const int old_w[] = { 0, 1, 0, 7, 92 };
	static const int mid_w[] = { 0, 8, 2, 30, 60 };
	static const int new_w[] = { 35, 35, 15, 10, 5 };
	const int *w = age_days > 730 ? old_w : age_days > 180 ? mid_w : new_w;
	return st[weighted(g, w, 5)];
}

static enum nd_err insert_counter(struct gen *g, int s, int year, long last)
{
	sqlite3_stmt *st = g->ins_counter;
	bind_text(st, 1, series[s].code);
	sqlite3_bind_int(st, 2, year);
	sqlite3_bind_int64(st, 3, last);
	return run(g, st, "dnr_counter");
}

static enum nd_err gen_cases(struct gen *g, const long long *cids)
{
	static struct buf title, summary, proposal, descr;
	int sweights[NSERIES];
	double wsum = 0, wacc = 0;
	long done = 0;
	enum nd_err e;

	for (int s = 0; s < NSERIES; s++)
		sweights[s] = series[s].weight;
	/* Slow growth over the years; the current year only so far. */
	for (int y = g->year0; y <= g->year1; y++) {
		struct nd_date jan1 = { y, 1, 1 };
		double w = 1.0 + 0.03 * (y - g->year0);
		if (y == g->year1)
			w *= (double)(date_diff(g->today, jan1) + 1) / 365.0;
		wsum += w;
	}
	for (int y = g->year0; y <= g->year1; y++) {
		struct nd_date jan1 = { y, 1, 1 }, dec31 = { y, 12, 31 };
		long first = date_to_days(jan1);
		long span = (y == g->year1 ? g->today_day : date_to_days(dec31)) - first + 1;
		double w = 1.0 + 0.03 * (y - g->year0);
		long number[NSERIES] = { 0 };
		if (y == g->year1)
			w *= (double)span / 365.0;
		wacc += w;
		long upto = y == g->year1 ? g->ncases : (long)((double)g->ncases * wacc / wsum);
		long n = upto - done;
		for (long k = 0; k < n; k++) {
			long day = first + (k * span) / n;
			struct nd_date d = date_from_days(day);
			int wd = date_weekday(d);
			/* Registered on weekdays, never after today. */
			if (wd >= 6 && day + (8 - wd) <= g->today_day &&
			    day + (8 - wd) - first < span) {
				day += 8 - wd;
				d = date_from_days(day);
			}
			int s = weighted(g, sweights, NSERIES);
			struct tctx c = { s, series[s].body, y };
			char reg[11];
			date_format(d, reg);
			make_title(g, &title, &c);
			bclear(&summary);
			sentences(g, &summary, &c, 2 + (int)rnd(g, 3));
			bclear(&proposal);
			expand(g, &proposal, &c, "{O} beslutar\n\natt {D}", 0);
			if (permille(g, 400))
				expand(g, &proposal, &c, ",\n\natt {D}", 0);
			bput(&proposal, ".");
			bool has_descr = permille(g, 200);
			if (has_descr) {
				bclear(&descr);
				sentences(g, &descr, &c, 4 + (int)rnd(g, 4));
			}
			sqlite3_stmt *st = g->ins_case;
			sqlite3_bind_int64(st, 1, cids[series[s].body]);
			bind_text(st, 2, series[s].code);
			sqlite3_bind_int(st, 3, y);
			sqlite3_bind_int64(st, 4, ++number[s]);
			bind_text(st, 5, title.s);
			sqlite3_bind_int64(st, 6, official(g, s)->id);
			bind_text(st, 7, case_status(g, g->today_day - day));
			bind_text(st, 8, reg);
			bind_text(st, 9, proposal.s);
			bind_text(st, 10, summary.s);
			bind_text(st, 11, has_descr ? descr.s : NULL);
			sqlite3_bind_int(st, 12, permille(g, s == S_SN ? 300 : 10));
			if ((e = run(g, st, "case")))
				return e;
			if ((e = case_list_push(&g->cases[s], last_id(g), day)))
				return e;
			g->cases_done++;
		}
		done += n;
		for (int s = 0; s < NSERIES; s++)
			if (number[s] && (e = insert_counter(g, s, y, number[s])))
				return e;
	}
	return ND_OK;
}

/* A case of series s registered between lo and hi (day numbers), or
 * failing that any case before hi; 0 when there is none. */
static long long pick_case(struct gen *g, int s, long lo, long hi)
{
	const struct case_list *l = &g->cases[s];
	long a = 0, b = l->n, i, j;
	/* First index with day >= lo, then first with day > hi. */
	while (a < b) {
		long m = a + (b - a) / 2;
		if (l->day[m] < lo)
			a = m + 1;
		else
			b = m;
	}
	i = a;
	b = l->n;
	while (a < b) {
		long m = a + (b - a) / 2;
		if (l->day[m] <= hi)
			a = m + 1;
		else
			b = m;
	}
	j = a;
	if (j > i)
		return l->id[i + rnd(g, j - i)];
	if (j > 0)
		return l->id[rnd(g, j)];
	return 0;
}

/* ---- Meetings, agendas, paragraphs ----------------------------------- */

static int seats_index(struct gen *g, int year, int body)
{
	int t = (year - g->term0) / 4;
	if (t >= g->nterms)
		t = g->nterms - 1;
	return t * NBODIES + body;
}

static enum nd_err gen_attendance(struct gen *g, long long mid, const struct seats *s)
{
	enum nd_err e;
	int next_deputy = 0;
	sqlite3_stmt *st = g->ins_attend;
	for (int i = 0; i < s->nordinary; i++) {
		bool absent = permille(g, 100) && next_deputy < s->ndeputy;
		sqlite3_bind_int64(st, 1, mid);
		sqlite3_bind_int64(st, 2, g->people[s->ordinary[i]].id);
		bind_text(st, 3, absent ? "frånvarande" : "närvarande");
		sqlite3_bind_null(st, 4);
		if ((e = run(g, st, "attendance")))
			return e;
		if (!absent)
			continue;
		sqlite3_bind_int64(st, 1, mid);
		sqlite3_bind_int64(st, 2, g->people[s->deputy[next_deputy++]].id);
		bind_text(st, 3, "tjänstgörande ersättare");
		sqlite3_bind_int64(st, 4, g->people[s->ordinary[i]].id);
		if ((e = run(g, st, "attendance")))
			return e;
	}
	for (int i = next_deputy; i < s->ndeputy; i++) {
		if (!permille(g, 500))
			continue;
		sqlite3_bind_int64(st, 1, mid);
		sqlite3_bind_int64(st, 2, g->people[s->deputy[i]].id);
		bind_text(st, 3, "närvarande ersättare");
		sqlite3_bind_null(st, 4);
		if ((e = run(g, st, "attendance")))
			return e;
	}
	sqlite3_bind_int64(st, 1, mid);
	sqlite3_bind_int64(st, 2, g->people[s->secretary].id);
	bind_text(st, 3, "övrig");
	sqlite3_bind_null(st, 4);
	return run(g, st, "attendance");
}

static enum nd_err insert_agenda(struct gen *g, long long mid, int pos, const char *kind,
				 const char *title, long long case_id,
				 long long presenter, long long *id)
{
	sqlite3_stmt *st = g->ins_agenda;
	enum nd_err e;
	sqlite3_bind_int64(st, 1, mid);
	sqlite3_bind_int(st, 2, pos);
	bind_text(st, 3, kind);
	bind_text(st, 4, title);
	bind_id(st, 5, case_id);
	bind_id(st, 6, presenter);
	sqlite3_bind_int(st, 7, (int)(5 + 5 * rnd(g, 4)));
	if ((e = run(g, st, "agenda_item")))
		return e;
	*id = last_id(g);
	return ND_OK;
}

struct para {
	const char *title, *presenter, *account, *decision;
	long long case_id;
	bool immediate;
};

static enum nd_err insert_para(struct gen *g, long long mid, long long aid, long long cid,
			       int year, long number, const struct para *p,
			       const char *justerad)
{
	sqlite3_stmt *st = g->ins_para;
	sqlite3_bind_int64(st, 1, mid);
	sqlite3_bind_int64(st, 2, aid);
	sqlite3_bind_int64(st, 3, cid);
	sqlite3_bind_int(st, 4, year);
	sqlite3_bind_int64(st, 5, number);
	bind_text(st, 6, p->title);
	bind_id(st, 7, p->case_id);
	bind_text(st, 8, p->presenter);
	bind_text(st, 9, p->account);
	bind_text(st, 10, p->decision);
	sqlite3_bind_int(st, 11, p->immediate);
	bind_text(st, 12, justerad);
	sqlite3_bind_int(st, 13, justerad != NULL);
	g->paras_done++;
	return run(g, st, "paragraph");
}

/* Title of an ärende, copied into b. */
static enum nd_err case_title(struct gen *g, long long id, struct buf *b)
{
	sqlite3_stmt *st = g->get_case;
	enum nd_err e = ND_OK;
	sqlite3_bind_int64(st, 1, id);
	bclear(b);
	if (sqlite3_step(st) == SQLITE_ROW)
		bput(b, "%s", (const char *)sqlite3_column_text(st, 0));
	else
		e = nd_fail(ND_EDB, "read case %lld: %s", id, sqlite3_errmsg(g->db->h));
	sqlite3_reset(st);
	return e;
}

static enum nd_err gen_meeting(struct gen *g, const struct meeting_plan *m,
			       const long long *cids, long *number)
{
	static const char *const proc[][2] = {
		{ "Upprop och fastställande av närvaro",
		  "Ordföranden förklarar sammanträdet öppnat. Närvaron fastställs enligt upprop." },
		{ "Val av justerare", NULL },
		{ "Godkännande av dagordningen", NULL },
	};
	static struct buf title, account, decision, presenter;
	const struct body *b = &bodies[m->body];
	bool held = m->day < g->today_day;
	int s = b->series, pos = 0;
	char date[11], jdate[11], adate[11], end[32];
	long long mid, aid, cid = cids[m->body];
	const struct seats *seats = &g->seats[seats_index(g, m->date.y, m->body)];
	struct tctx c = { s, b->parent >= 0 ? b->parent : m->body, m->date.y };
	enum nd_err e;

	/* Justering a week later and the anslag two days after, on days the
	 * office is open. */
	struct nd_date jd = date_next_open(date_add_days(m->date, 7));
	date_format(m->date, date);
	date_format(jd, jdate);
	date_format(date_next_open(date_add_days(jd, 2)), adate);
	snprintf(end, sizeof end, "%02d:%.2s", (atoi(b->time) + 2 + (int)rnd(g, 3)) % 24,
		 b->time + 3);
	sqlite3_stmt *st = g->ins_meeting;
	sqlite3_bind_int64(st, 1, cid);
	bind_text(st, 2, date);
	bind_text(st, 3, b->time);
	bind_text(st, 4, held ? end : NULL);
	bind_text(st, 5, b->place);
	bind_text(st, 6, held ? "genomfört" : m->day - g->today_day <= 14 ? "kallat"
							      : "planerat");
	if ((e = run(g, st, "meeting")))
		return e;
	mid = last_id(g);

	if (!held) {
		/* An agenda for the coming meetings only. */
		if (m->day - g->today_day > 45)
			return ND_OK;
		for (int i = 0; i < 8; i++) {
			long long k = pick_case(g, s, g->today_day - 120, g->today_day);
			if (!k)
				break;
			if ((e = insert_agenda(g, mid, ++pos, "ärende", NULL, k,
					       official(g, s)->id, &aid)))
				return e;
		}
		return ND_OK;
	}

	if ((e = gen_attendance(g, mid, seats)))
		return e;

	bool justerad = date_to_days(jd) <= g->today_day;
	long q = m->quota;
	long nproc = q >= 8 ? 3 : q > 0 ? 1 : 0, ntail = q >= 10 ? 2 : 0;
	for (long i = 0; i < q; i++) {
		struct para p = { NULL, NULL, NULL, NULL, 0, false };
		const char *kind = "ärende";
		long long presenter_id = 0;
		bclear(&account);
		bclear(&decision);
		bclear(&presenter);
		if (i < nproc) {
			kind = "procedur";
			p.title = proc[i][0];
			if (i == 0) {
				p.decision = proc[0][1];
			} else if (i == 1) {
				/* A ledamot, not the chair, checks the minutes. */
				const struct person *j = &g->people[
					seats->ordinary[3 + rnd(g, seats->nordinary - 3)]];
				bput(&decision, "Till att jämte ordföranden justera dagens protokoll "
				     "utses %s (%s). Justering sker den ", j->name, parties[j->party]);
				put_date_prose(&decision, jd);
				bput(&decision, ".");
				p.decision = decision.s;
			} else {
				expand(g, &decision, &c, "{O} godkänner dagordningen.", 0);
				if (b->parent >= 0) {
					bclear(&decision);
					bput(&decision, "Arbetsutskottet godkänner dagordningen.");
				}
				p.decision = decision.s;
			}
		} else if (i >= q - ntail) {
			kind = "stående";
			p.title = i == q - ntail ? "Anmälan av delegeringsbeslut" : "Meddelanden";
			p.decision = i == q - ntail
				? "Redovisningen av delegeringsbeslut läggs till handlingarna."
				: "Meddelandena läggs till handlingarna.";
		} else {
			long long k = permille(g, 920)
				? pick_case(g, s, m->day - 180, m->day - 7) : 0;
			const struct person *o = official(g, s);
			presenter_id = o->id;
			bput(&presenter, "%s, %s", o->name, o->title);
			p.presenter = presenter.s;
			if (k) {
				if ((e = case_title(g, k, &title)))
					return e;
				p.title = title.s;
				p.case_id = k;
				expand(g, &account, &c, "{V} har i tjänsteutlåtande den {Q} "
				       "redogjort för ärendet. ", 0);
				sentences(g, &account, &c, 1 + (int)rnd(g, 2));
				if (b->parent >= 0)
					expand(g, &decision, &c, "Arbetsutskottet föreslår {o} "
					       "besluta att {D}", 0);
				else
					expand(g, &decision, &c, "{O} beslutar att {D}", 0);
				if (permille(g, 300))
					expand(g, &decision, &c, ", samt att {D}", 0);
				bput(&decision, ".");
				p.immediate = permille(g, 50);
			} else {
				kind = "information";
				bclear(&title);
				expand(g, &title, &c, "Information om {T}", 0);
				p.title = title.s;
				expand(g, &account, &c, "{V} informerar om {T}.", 0);
				p.decision = "Informationen läggs till handlingarna.";
			}
			p.account = account.s;
			if (!p.decision)
				p.decision = decision.s;
		}
		if ((e = insert_agenda(g, mid, ++pos, kind, p.case_id ? NULL : p.title,
				       p.case_id, presenter_id, &aid)))
			return e;
		if ((e = insert_para(g, mid, aid, cid, m->date.y, ++*number, &p,
				     justerad ? jdate : NULL)))
			return e;
	}

	/* Close the meeting the way it happens: justerat, anslaget, archived. */
	st = g->upd_meeting;
	sqlite3_bind_int64(st, 1, mid);
	bind_text(st, 2, !justerad ? "genomfört" : g->today_day - m->day > 730 ? "arkiverat"
							    : "anslaget");
	bind_text(st, 3, "Kommunhuset");
	bind_text(st, 4, jdate);
	bind_text(st, 5, justerad ? jdate : NULL);
	bind_text(st, 6, justerad ? adate : NULL);
	return run(g, st, "meeting");
}

/* Ten meetings a year per body: the nämnd in the third week of the month,
 * its arbetsutskott a week earlier; none in January and July. */
static enum nd_err gen_meetings(struct gen *g, const long long *cids)
{
	static const int months[] = { 2, 3, 4, 5, 6, 8, 9, 10, 11, 12 };
	long nplan = (long)(g->year1 - g->year0 + 1) * NBODIES * (long)N(months);
	struct meeting_plan *plan = calloc((size_t)nplan, sizeof *plan);
	double wsum = 0, wacc = 0;
	long k = 0, given = 0;
	enum nd_err e = ND_OK;

	if (!plan)
		return nd_fail(ND_ENOMEM, "out of memory");
	for (int y = g->year0; y <= g->year1; y++)
		for (int b = 0; b < NBODIES; b++)
			for (size_t i = 0; i < N(months); i++) {
				struct meeting_plan *m = &plan[k++];
				int nb = bodies[b].parent >= 0 ? bodies[b].parent : b;
				struct nd_date d = { y, months[i], 15 };
				while (date_weekday(d) != bodies[nb].weekday ||
				       date_is_public_holiday(d, NULL))
					d = date_add_days(d, 1);
				if (bodies[b].parent >= 0)
					d = date_add_days(d, -7);
				m->body = b;
				m->date = d;
				m->day = date_to_days(d);
				if (m->day < g->today_day)
					m->weight = (bodies[b].parent >= 0 ? 2.0 : 3.0) *
						    (0.7 + 0.6 * rnd_unit(g));
				wsum += m->weight;
			}
	/* Paragraphs shared out by weight, exactly PARAGRAPHS in all. */
	for (k = 0; k < nplan; k++) {
		wacc += plan[k].weight;
		long upto = wsum > 0 ? (long)((double)g->nparas * wacc / wsum + 0.5) : 0;
		if (k == nplan - 1 && wsum > 0)
			upto = g->nparas;
		plan[k].quota = upto - given;
		given = upto;
	}
	if (wsum == 0 && g->nparas > 0)
		fprintf(stderr, "benchgen: no meeting before today; no paragraphs written\n");

	/* Paragraph numbers run per committee and calendar year. */
	for (int y = g->year0; y <= g->year1 && !e; y++)
		for (int b = 0; b < NBODIES && !e; b++) {
			long number = 0;
			for (k = 0; k < nplan && !e; k++)
				if (plan[k].body == b && plan[k].date.y == y)
					e = gen_meeting(g, &plan[k], cids, &number);
		}
	free(plan);
	return e;
}

/* ---- Main ------------------------------------------------------------ */

static long parse_count(const char *s, const char *what, long min, long max)
{
	char *end;
	long v;
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || *end || end == s || v < min || v > max) {
		fprintf(stderr, "benchgen: %s must be %ld..%ld, not \"%s\"\n", what, min, max, s);
		return -1;
	}
	return v;
}

static void remove_db(const char *path)
{
	char side[4200];
	unlink(path);
	snprintf(side, sizeof side, "%s-wal", path);
	unlink(side);
	snprintf(side, sizeof side, "%s-shm", path);
	unlink(side);
}

static void phase(struct gen *g, const char *name)
{
	double t = now_s();
	fprintf(stderr, "benchgen: %-28s %8.1f s  (%ld rows so far)\n", name,
		t - g->tphase, g->rows);
	g->tphase = t;
}

/* The triggers that keep justerad_on to meetings and paragraphs with a
 * justering record (schema 041). The generated register stands for one
 * brought over from an older system: its past meetings are justerat
 * without records, as a file from before records is (their documents are
 * read from the live rows). They are set aside while the meetings are
 * written, in the same transaction, and made again as they were. */
static const char *const record_triggers[] = {
	"meeting_justerad_record_update", "meeting_justerad_record_insert",
	"paragraph_justerad_record_update", "paragraph_justerad_record_insert",
};

static enum nd_err record_triggers_off(struct gen *g, char **saved)
{
	sqlite3_stmt *st = NULL;
	char sql[200];
	enum nd_err e = db_prepare(g->db, "SELECT group_concat(sql || ';', char(10)) FROM "
				   "sqlite_master WHERE type = 'trigger' AND name IN (?1, ?2, ?3, ?4)",
				   &st);
	*saved = NULL;
	if (e)
		return e;
	for (int i = 0; i < 4; i++)
		sqlite3_bind_text(st, i + 1, record_triggers[i], -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0) &&
	    !(*saved = strdup((const char *)sqlite3_column_text(st, 0))))
		e = nd_fail(ND_ENOMEM, "out of memory");
	sqlite3_finalize(st);
	for (int i = 0; i < 4 && !e; i++) {
		snprintf(sql, sizeof sql, "DROP TRIGGER IF EXISTS %s", record_triggers[i]);
		if (sqlite3_exec(g->db->h, sql, NULL, NULL, NULL) != SQLITE_OK)
			e = db_fail(g->db, "drop trigger");
	}
	return e;
}

static enum nd_err record_triggers_on(struct gen *g, char *saved)
{
	enum nd_err e = ND_OK;
	if (saved && sqlite3_exec(g->db->h, saved, NULL, NULL, NULL) != SQLITE_OK)
		e = db_fail(g->db, "create trigger");
	free(saved);
	return e;
}

int main(int argc, char **argv)
{
	struct gen g;
	struct stat sb;
	char part[4096];
	long long cids[NBODIES];
	long years;
	enum nd_err e = ND_OK;
	int status = 1;

	memset(&g, 0, sizeof g);
	if (argc != 5) {
		fprintf(stderr, "usage: benchgen DB YEARS CASES PARAGRAPHS\n");
		return 2;
	}
	if ((years = parse_count(argv[2], "YEARS", 1, 200)) < 0 ||
	    (g.ncases = parse_count(argv[3], "CASES", 1, 50000000)) < 0 ||
	    (g.nparas = parse_count(argv[4], "PARAGRAPHS", 0, 50000000)) < 0)
		return 2;
	if (stat(argv[1], &sb) == 0) {
		fprintf(stderr, "benchgen: %s exists; refusing to write into it\n", argv[1]);
		return 1;
	}
	if (snprintf(part, sizeof part, "%s.part", argv[1]) >= (int)sizeof part) {
		fprintf(stderr, "benchgen: path too long\n");
		return 2;
	}
	remove_db(part); /* left by an interrupted run */
	if ((e = date_today(&g.today)))
		goto fail;
	g.today_day = date_to_days(g.today);
	g.year1 = g.today.y;
	g.year0 = g.year1 - (int)years + 1;
	if (g.year0 < 1900) {
		fprintf(stderr, "benchgen: YEARS reaches before 1900\n");
		return 2;
	}
	g.rng = 0x9e3779b97f4a7c15ULL;
	g.t0 = g.tphase = now_s();

	if ((e = db_open(part, DB_CREATE, &g.db)))
		goto fail;
	if ((e = setting_set(g.db, "org_name", "Sjöbacka kommun")) ||
	    (e = prepare_all(&g)) || (e = db_begin(g.db)))
		goto fail;
	if ((e = gen_committees(&g, cids)) || (e = gen_people(&g)) ||
	    (e = gen_memberships(&g, cids)))
		goto fail;
	phase(&g, "committees, people, seats");
	if ((e = gen_cases(&g, cids)))
		goto fail;
	phase(&g, "cases");
	char *triggers = NULL;
	if ((e = record_triggers_off(&g, &triggers)))
		goto fail;
	e = gen_meetings(&g, cids);
	if (e) {
		free(triggers);
		goto fail;
	}
	if ((e = record_triggers_on(&g, triggers)) || (e = db_commit(g.db)))
		goto fail;
	phase(&g, "meetings, agendas, paragraphs");
	if (sqlite3_exec(g.db->h, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL) !=
	    SQLITE_OK) {
		e = db_fail(g.db, "checkpoint");
		goto fail;
	}
	finalize_all(&g);
	db_close(g.db);
	g.db = NULL;
	phase(&g, "checkpoint, close");
	if (rename(part, argv[1]) != 0) {
		fprintf(stderr, "benchgen: rename %s: %s\n", part, strerror(errno));
		goto out;
	}
	if (stat(argv[1], &sb) == 0)
		fprintf(stderr, "benchgen: %s: %ld cases, %ld paragraphs, %ld rows, "
			"%.1f MB, %.1f s\n", argv[1], g.cases_done, g.paras_done, g.rows,
			(double)sb.st_size / 1e6, now_s() - g.t0);
	status = 0;
	goto out;
fail:
	fprintf(stderr, "benchgen: %s\n", *nd_errmsg() ? nd_errmsg() : nd_strerror(e));
out:
	if (g.db) {
		finalize_all(&g);
		db_close(g.db);
	}
	if (status)
		remove_db(part);
	for (int s = 0; s < NSERIES; s++) {
		free(g.cases[s].id);
		free(g.cases[s].day);
	}
	free(g.people);
	free(g.seats);
	return status;
}
