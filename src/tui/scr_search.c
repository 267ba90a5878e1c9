/* Sök: full-text search over ärenden and paragraphs, best hits first,
 * each hit shown in its context with the words highlighted. */
#include "tui.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/search.h"

/* Hits are read a page at a time as the list is scrolled (newest first,
 * an exact dnr before them) and kept; at most HITS_MAX are kept. */
#define HITS_MAX 2000
#define HITS_PAGE 100
#define PARAGRAPH 1
/* How far the hits are counted before "fler än" is said. */
#define COUNT_MAX 10000

struct search {
	struct tscreen base;
	char *text;
	struct tmem mem;
	struct tlist list;
	bool done;           /* every hit is in mem */
	long long count;     /* counted hits (-1: not yet) */
};

static const enum tui_action actions[] = {
	ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END, ACT_OPEN, ACT_FIND, ACT_NONE,
};

static const struct tcol cols[] = {
	{ "Typ", 8, false, false },
	{ "Dnr", 13, false, false },
	{ "Titel", 23, false, false },
	{ "Var", 16, false, false },
	{ "Träff", 0, false, true },
};

/* Cells: 0 type ("ärende", or "§ N" for a paragraph), 1 dnr, 2 title,
 * 3 where (status, or "CODE YYYY-MM-DD"), 4 context, 5 the store's
 * "where" whole; k[0] the hit's key for the next page. */
static int on_hit(void *ctx, sqlite3_stmt *st)
{
	struct search *s = ctx;
	struct trow *r = trows_add(&s->mem.all);
	if (!r)
		return 1;
	const char *kind = (const char *)sqlite3_column_text(st, 0);
	const char *where = (const char *)sqlite3_column_text(st, 5);
	bool para = kind && strcmp(kind, "paragraf") == 0;
	r->id = sqlite3_column_int64(st, 1);
	r->flags = para ? PARAGRAPH : 0;
	r->k[0] = sqlite3_column_int64(st, 6);
	r->k[2] = s->mem.all.n - 1;
	/* A paragraph's "§ N, CODE YYYY-MM-DD": the § as its type, the
	 * body and date where the ärende has its status. */
	const char *comma = para && where ? strstr(where, ", ") : NULL;
	if (comma) {
		trow_setf(r, 0, "%.*s", (int)(comma - where), where);
		trow_set(r, 3, comma + 2);
	} else {
		trow_set(r, 0, kind);
		trow_set(r, 3, where);
	}
	trow_set(r, 1, (const char *)sqlite3_column_text(st, 2));
	trow_set(r, 2, (const char *)sqlite3_column_text(st, 3));
	trow_set(r, 4, (const char *)sqlite3_column_text(st, 4));
	trow_set(r, 5, where);
	return 0;
}

/* Read the next page of hits into mem. */
static enum nd_err more(struct tui *t, struct search *s)
{
	int before = s->mem.all.n;
	long long after = before ? s->mem.all.v[before - 1].k[0] : 0;
	int want = HITS_MAX - before < HITS_PAGE ? HITS_MAX - before : HITS_PAGE;
	if (s->done || want <= 0)
		return ND_OK;
	enum nd_err e = search_page(t->db, s->text, after, want, MARK_ON, MARK_OFF, on_hit, s);
	if (!e && s->mem.all.n - before < want)
		s->done = true;
	return e;
}

static struct tui *search_tui; /* the UI, for fetch (one UI per process) */

/* Rows from mem, reading more hits when the list scrolls past them. */
static enum nd_err fetch(void *ctx, bool backward, const struct trow *from, int limit,
			 struct trows *out)
{
	struct search *s = ctx;
	long long need = backward ? 0 : (from ? from->k[2] + 1 : 0) + limit;
	enum nd_err e;
	/* The end of the list: every hit (up to HITS_MAX). */
	if (backward && !from)
		need = HITS_MAX;
	while (!s->done && s->mem.all.n < need && s->mem.all.n < HITS_MAX) {
		int n = s->mem.all.n;
		if ((e = more(search_tui, s)))
			return e;
		if (s->mem.all.n == n)
			break;
	}
	return tmem_fetch(&s->mem, backward, from, limit, out);
}

static void say_count(struct tui *t, struct search *s)
{
	if (s->mem.all.n == 0)
		tui_msg(t, "Inga träffar för »%s«.", s->text);
	else if (s->done)
		tui_msg(t, "%d träffar, de nyaste först.", s->mem.all.n);
	else if (s->count > COUNT_MAX)
		tui_msg(t, "Fler än %d träffar, de nyaste först.", COUNT_MAX);
	else if (s->count >= 0)
		tui_msg(t, "%lld träffar, de nyaste först.", s->count);
	else
		tui_msg(t, "Minst %d träffar, de nyaste först.", s->mem.all.n);
}

static enum nd_err run(struct tui *t, struct search *s)
{
	trows_clear(&s->mem.all);
	s->done = false;
	s->count = -1;
	enum nd_err e = list_home(&s->list, s->list.height > 0 ? s->list.height : 1);
	/* The count stops at COUNT_MAX: a word in half the register is "more
	 * than", not a second of counting. */
	if (!e && !s->done)
		e = search_count(t->db, s->text, COUNT_MAX, &s->count);
	if (!e)
		say_count(t, s);
	return e;
}

static void title(struct tui *t, struct tscreen *sc, char *buf, size_t size)
{
	struct search *s = (struct search *)sc;
	(void)t;
	snprintf(buf, size, "Sök · »%s«", s->text);
}

static void draw(struct tui *t, struct tscreen *sc, int y, int h)
{
	struct search *s = (struct search *)sc;
	const struct trow *r;
	int rows = h - 3;
	list_fit(t, &s->list, rows - 1);
	list_draw(&s->list, cols, 5, y, rows, NULL);
	if ((r = list_selected(&s->list)) != NULL) {
		char head[600];
		snprintf(head, sizeof head, "%s (%s)", r->cell[2] ? r->cell[2] : "",
			 r->cell[5] ? r->cell[5] : "");
		draw_rule(y + rows, 0, COLS, head);
		draw_marked(y + rows + 1, 1, COLS - 2, r->cell[4], R_NORMAL, R_HIT);
	}
}

static bool ask(struct tui *t, struct search *s)
{
	char *text = NULL;
	if (!tui_prompt(t, "Sök efter", s->text, &text))
		return false;
	free(s->text);
	s->text = text;
	return tui_result(t, run(t, s), NULL) == ND_OK;
}

static void open_hit(struct tui *t, const struct trow *r)
{
	if (r && !(r->flags & PARAGRAPH))
		tui_push(t, scr_case_new(t, r->id));
	else if (r)
		tui_push(t, scr_minutes_at(t, r->id));
}

static bool act(struct tui *t, struct tscreen *sc, enum tui_action a)
{
	struct search *s = (struct search *)sc;
	const struct trow *r = list_selected(&s->list);
	if (list_act(t, &s->list, a))
		return true;
	switch (a) {
	case ACT_OPEN:
		open_hit(t, r);
		return true;
	case ACT_FIND:
		ask(t, s);
		return true;
	default:
		return false;
	}
}

static void destroy(struct tscreen *sc)
{
	struct search *s = (struct search *)sc;
	list_free(&s->list);
	trows_clear(&s->mem.all);
	free(s->text);
	free(s);
}

static const struct tscreen_ops ops = {
	.name = "Sök",
	.actions = actions,
	.title = title,
	.draw = draw,
	.act = act,
	.free = destroy,
};

bool scr_is_search(const struct tscreen *s)
{
	return s && s->ops == &ops;
}

void scr_search_step(struct tui *t, int dir)
{
	struct search *s;
	const struct trow *r;
	if (t->depth < 2 || !scr_is_search(t->stack[t->depth - 2]))
		return;
	s = (struct search *)t->stack[t->depth - 2];
	r = list_selected(&s->list);
	long long from = r ? r->k[2] : -1;
	list_act(t, &s->list, dir > 0 ? ACT_DOWN : ACT_UP);
	r = list_selected(&s->list);
	if (!r || r->k[2] == from) {
		tui_msg(t, dir > 0 ? "Det var den sista träffen." : "Det var den första träffen.");
		return;
	}
	tui_pop(t);
	open_hit(t, r);
	if (s->done || s->count >= 0)
		tui_msg(t, "Träff %lld av %lld för »%s« (n nästa, N föregående).", r->k[2] + 1,
			s->done ? (long long)s->mem.all.n : s->count, s->text);
	else
		tui_msg(t, "Träff %lld för »%s« (n nästa, N föregående).", r->k[2] + 1, s->text);
}

struct tscreen *scr_search_new(struct tui *t, const char *text)
{
	struct search *s = scr_alloc(t, sizeof *s, &ops);
	if (!s)
		return NULL;
	search_tui = t;
	list_init(&s->list, fetch, s);
	if (text && (s->text = strdup(text)) != NULL) {
		if (tui_result(t, run(t, s), NULL) == ND_OK)
			return &s->base;
	} else if (!text && ask(t, s)) {
		return &s->base;
	}
	destroy(&s->base);
	return NULL;
}
