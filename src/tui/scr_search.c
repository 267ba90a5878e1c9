/* Sök: full-text search over ärenden and paragraphs, best hits first,
 * each hit shown in its context with the words highlighted. */
#include "tui.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/search.h"

#define HITS_MAX 500
#define PARAGRAPH 1

struct search {
	struct tscreen base;
	char *text;
	struct tmem mem;
	struct tlist list;
};

static const enum tui_action actions[] = {
	ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END, ACT_OPEN, ACT_FIND, ACT_NONE,
};

static const struct tcol cols[] = {
	{ "Typ", 8, false, false },
	{ "Dnr", 13, false, false },
	{ "Titel", 26, false, false },
	{ "Träff", 0, false, true },
};

static int on_hit(void *ctx, sqlite3_stmt *st)
{
	struct search *s = ctx;
	struct trow *r = trows_add(&s->mem.all);
	if (!r)
		return 1;
	const char *kind = (const char *)sqlite3_column_text(st, 0);
	r->id = sqlite3_column_int64(st, 1);
	r->flags = kind && strcmp(kind, "paragraf") == 0 ? PARAGRAPH : 0;
	trow_set(r, 0, kind);
	trow_set(r, 1, (const char *)sqlite3_column_text(st, 2));
	trow_set(r, 2, (const char *)sqlite3_column_text(st, 3));
	trow_set(r, 3, (const char *)sqlite3_column_text(st, 4));
	trow_set(r, 4, (const char *)sqlite3_column_text(st, 5));
	return 0;
}

static enum nd_err run(struct tui *t, struct search *s)
{
	trows_clear(&s->mem.all);
	enum nd_err e = search_run(t->db, s->text, HITS_MAX, MARK_ON, MARK_OFF, on_hit, s);
	tmem_index(&s->mem);
	if (!e)
		e = list_home(&s->list, s->list.height > 0 ? s->list.height : 1);
	if (!e && s->mem.all.n == 0)
		tui_msg(t, "Inga träffar för »%s«.", s->text);
	else if (!e)
		tui_msg(t, "%d träffar%s.", s->mem.all.n,
			s->mem.all.n == HITS_MAX ? " (de bästa)" : "");
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
	list_draw(&s->list, cols, 4, y, rows, NULL);
	if ((r = list_selected(&s->list)) != NULL) {
		char head[600];
		snprintf(head, sizeof head, "%s (%s)", r->cell[2], r->cell[4]);
		draw_rule(y + rows, 0, COLS, head);
		draw_marked(y + rows + 1, 1, COLS - 2, r->cell[3], R_NORMAL, R_HIT);
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

static bool act(struct tui *t, struct tscreen *sc, enum tui_action a)
{
	struct search *s = (struct search *)sc;
	const struct trow *r = list_selected(&s->list);
	if (list_act(t, &s->list, a))
		return true;
	switch (a) {
	case ACT_OPEN:
		if (r && !(r->flags & PARAGRAPH))
			tui_push(t, scr_case_new(t, r->id));
		else if (r)
			tui_push(t, scr_minutes_at(t, r->id));
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

struct tscreen *scr_search_new(struct tui *t, const char *text)
{
	struct search *s = scr_alloc(t, sizeof *s, &ops);
	if (!s)
		return NULL;
	list_init(&s->list, tmem_fetch, &s->mem);
	if (text && (s->text = strdup(text)) != NULL) {
		if (tui_result(t, run(t, s), NULL) == ND_OK)
			return &s->base;
	} else if (!text && ask(t, s)) {
		return &s->base;
	}
	destroy(&s->base);
	return NULL;
}
