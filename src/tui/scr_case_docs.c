/* Handlingar och mottagare (U on Ärenden): an ärende's documents (its
 * beslutsunderlag and bilagor, listed in the kallelse and the protokoll)
 * and who the decision is to be sent to ("Beslutet skickas till"),
 * before the meeting. a adds either, e changes the selected one, d
 * removes it; the store refuses what a justerad paragraph has fixed. */
#include "tui.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define F_DOC 1
#define F_RECIPIENT 2

enum { C_KIND, C_WHEN, C_WHAT };

struct case_docs {
	struct tscreen base;
	long long id;
	char dnr[64];
	char title[200];
	struct tmem mem;
	struct tlist list;
};

static const enum tui_action actions[] = {
	ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END, ACT_NEW, ACT_EDIT, ACT_DELETE,
	ACT_NONE,
};

static const struct tcol cols[] = {
	{ "", 13, false, false },
	{ "Datum / syfte", 21, false, false },
	{ "Handling / mottagare", 0, false, false },
};

static int on_row(void *ctx, sqlite3_stmt *st)
{
	struct case_docs *c = ctx;
	struct trow *r = trows_add(&c->mem.all);
	if (!r)
		return 1;
	r->flags = sqlite3_column_int(st, 1);
	/* Two tables: the row's id is twice the record's, plus its kind. */
	r->id = 2 * sqlite3_column_int64(st, 0) + (r->flags == F_RECIPIENT);
	trow_set(r, C_KIND, r->flags == F_DOC ? "Handling" : "Skickas till");
	trow_set(r, C_WHEN, (const char *)sqlite3_column_text(st, 2));
	trow_set(r, C_WHAT, (const char *)sqlite3_column_text(st, 3));
	return 0;
}

static enum nd_err load(struct tui *t, struct case_docs *c)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	trows_clear(&c->mem.all);
	if ((e = db_prepare(t->db, "SELECT id, 1, coalesce(doc_date, ''), title FROM "
			    "case_document WHERE case_id = ?1 ORDER BY position", &st)))
		return e;
	sqlite3_bind_int64(st, 1, c->id);
	if ((e = db_rows(t->db, st, on_row, c, NULL, "läsa ärendets handlingar")))
		return e;
	if ((e = db_prepare(t->db, "SELECT id, 2, purpose, recipient FROM case_recipient "
			    "WHERE case_id = ?1 ORDER BY case_id, recipient, purpose", &st)))
		return e;
	sqlite3_bind_int64(st, 1, c->id);
	if ((e = db_rows(t->db, st, on_row, c, NULL, "läsa ärendets mottagare")))
		return e;
	tmem_index(&c->mem);
	return ND_OK;
}

/* Read again, with the record id of kind selected (id < 0: keep). */
static void reload_on(struct tui *t, struct case_docs *c, long long id, int kind)
{
	enum nd_err e = load(t, c);
	if (!e && id > 0)
		e = tmem_show(&c->list, &c->mem, 2 * id + (kind == F_RECIPIENT));
	else if (!e)
		e = list_reload(&c->list, c->list.height, -1);
	tui_result(t, e, NULL);
}

static void title(struct tui *t, struct tscreen *s, char *buf, size_t size)
{
	struct case_docs *c = (struct case_docs *)s;
	(void)t;
	snprintf(buf, size, "Handlingar och mottagare · %s %s", c->dnr, c->title);
}

static void draw(struct tui *t, struct tscreen *s, int y, int h)
{
	struct case_docs *c = (struct case_docs *)s;
	list_fit(t, &c->list, h - 1);
	if (c->mem.all.n == 0) {
		list_draw(&c->list, cols, 3, y, 1, NULL);
		draw_wrapped(y + 2, 1, COLS - 2, 3, "Inga handlingar och inga mottagare än: a "
			     "lägger till en handling (beslutsunderlag, bilaga) eller vem beslutet "
			     "skickas till.", R_DIM);
		return;
	}
	list_draw(&c->list, cols, 3, y, h, NULL);
}

static const char *const purposes[] = { "för vidare hantering", "för kännedom" };

/* Ask for a document's title and date, or a recipient and purpose,
 * starting from the old values (NULL: new). true with the two values. */
static bool ask(struct tui *t, int kind, const struct trow *old, char **what, char **when)
{
	*what = *when = NULL;
	if (kind == F_DOC) {
		if (!tui_prompt(t, "Handlingens titel", old ? old->cell[C_WHAT] : NULL, what))
			return false;
		if (!tui_prompt_check(t, "Handlingens datum (ÅÅÅÅ-MM-DD, tomt: inget)",
				      old ? old->cell[C_WHEN] : NULL, check_date_or_empty, NULL,
				      when)) {
			free(*what);
			*what = NULL;
			return false;
		}
		return true;
	}
	if (!tui_prompt(t, "Beslutet skickas till", old ? old->cell[C_WHAT] : NULL, what))
		return false;
	int cur = old && old->cell[C_WHEN] && strcmp(old->cell[C_WHEN], purposes[1]) == 0;
	int i = tui_pick(t, "Syfte", purposes, 2, cur);
	if (i < 0 || !(*when = strdup(purposes[i]))) {
		free(*what);
		*what = NULL;
		if (i < 0)
			tui_msg(t, "Avbrutet; ingenting ändrades.");
		return false;
	}
	return true;
}

static void add(struct tui *t, struct case_docs *c)
{
	static const char *const kinds[] = {
		"Handling (beslutsunderlag, bilaga)",
		"Beslutet skickas till …",
	};
	char *what = NULL, *when = NULL;
	long long id = -1;
	enum nd_err e;
	int k = tui_pick(t, "Lägg till", kinds, 2, 0);
	if (k < 0 || !ask(t, k ? F_RECIPIENT : F_DOC, NULL, &what, &when))
		return;
	const char *names[3] = { "case", k ? "to" : "title", k ? "purpose" : "date" };
	const char *values[3] = { c->dnr, what, when };
	do
		e = entity_add(t->db, k ? &recipient_entity : &document_entity, 3, names, values,
			       &id);
	while (tui_busy(t, e));
	if (!e) {
		reload_on(t, c, id, k ? F_RECIPIENT : F_DOC);
		if (k)
			tui_msg(t, "Beslutet skickas till %s %s.", what, when);
		else
			tui_msg(t, "Handlingen \"%s\" är tillagd.", what);
	} else {
		tui_err(t, e);
	}
	free(what);
	free(when);
}

static void edit(struct tui *t, struct case_docs *c, const struct trow *r)
{
	char *what = NULL, *when = NULL;
	long long id = r->id / 2;
	int kind = r->flags;
	enum nd_err e;
	if (!ask(t, kind, r, &what, &when))
		return;
	const char *names[2] = { kind == F_DOC ? "title" : "to", kind == F_DOC ? "date" : "purpose" };
	const char *values[2] = { what, when };
	do
		e = entity_edit(t->db, kind == F_DOC ? &document_entity : &recipient_entity, id, 2,
				names, values);
	while (tui_busy(t, e));
	if (!e) {
		reload_on(t, c, id, kind);
		tui_msg(t, kind == F_DOC ? "Handlingen är ändrad: %s." : "Mottagaren är ändrad: %s.",
			what);
	} else {
		tui_err(t, e);
	}
	free(what);
	free(when);
}

static void remove_row(struct tui *t, struct case_docs *c, const struct trow *r)
{
	char q[700], ok[500];
	snprintf(q, sizeof q, r->flags == F_DOC ? "Ta bort handlingen \"%s\" ur ärendet?" :
		 "Ta bort %s ur \"Beslutet skickas till\"?", r->cell[C_WHAT] ? r->cell[C_WHAT] : "");
	snprintf(ok, sizeof ok, "Borttaget: %s.", r->cell[C_WHAT] ? r->cell[C_WHAT] : "");
	if (tui_remove(t, q, r->flags == F_DOC ? &document_entity : &recipient_entity, r->id / 2,
		       ok))
		reload_on(t, c, -1, 0);
}

static bool act(struct tui *t, struct tscreen *s, enum tui_action a)
{
	struct case_docs *c = (struct case_docs *)s;
	const struct trow *r = list_selected(&c->list);
	if (list_act(t, &c->list, a))
		return true;
	switch (a) {
	case ACT_NEW: add(t, c); return true;
	case ACT_EDIT: case ACT_DELETE:
		if (!r)
			tui_msg(t, "Ingenting valt: a lägger till.");
		else if (a == ACT_EDIT)
			edit(t, c, r);
		else
			remove_row(t, c, r);
		return true;
	default: return false;
	}
}

static void reload(struct tui *t, struct tscreen *s)
{
	struct case_docs *c = (struct case_docs *)s;
	reload_on(t, c, -1, 0);
}

static void destroy(struct tscreen *s)
{
	struct case_docs *c = (struct case_docs *)s;
	list_free(&c->list);
	trows_clear(&c->mem.all);
	free(c);
}

static const char *label(enum tui_action a)
{
	return a == ACT_NEW ? "Lägg till" : NULL;
}

static const struct tscreen_ops ops = {
	.name = "Handlingar och mottagare",
	.actions = actions,
	.label = label,
	.title = title,
	.draw = draw,
	.act = act,
	.reload = reload,
	.free = destroy,
};

static int on_case(void *ctx, sqlite3_stmt *st)
{
	struct case_docs *c = ctx;
	snprintf(c->dnr, sizeof c->dnr, "%s", (const char *)sqlite3_column_text(st, 0));
	snprintf(c->title, sizeof c->title, "%s", (const char *)sqlite3_column_text(st, 1));
	return 1;
}

struct tscreen *scr_case_docs_new(struct tui *t, long long id)
{
	struct case_docs *c = scr_alloc(t, sizeof *c, &ops);
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	if (!c)
		return NULL;
	c->id = id;
	list_init(&c->list, tmem_fetch, &c->mem);
	if ((e = db_prepare(t->db, "SELECT CASE WHEN dnr_number < 0 THEN 'utkast ' || id "
			    "ELSE trim(dnr_series || ' ' || dnr_year || '/' || dnr_number) END, "
			    "title FROM cases WHERE id = ?1", &st)) == ND_OK) {
		sqlite3_bind_int64(st, 1, id);
		e = db_rows(t->db, st, on_case, c, NULL, "läsa ärendet");
	}
	if (!e && !c->dnr[0])
		e = nd_fail(ND_ENOTFOUND, "Ärendet finns inte längre.");
	if (e || (e = load(t, c))) {
		tui_err(t, e);
		destroy(&c->base);
		return NULL;
	}
	list_home(&c->list, t->body_h > 3 ? t->body_h - 2 : 20);
	return &c->base;
}
