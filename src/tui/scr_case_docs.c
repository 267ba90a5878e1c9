/* Handlingar och mottagare (U on Ärenden): an ärende's documents (its
 * beslutsunderlag and bilagor, listed in the kallelse and the protokoll),
 * the tjänsteutlåtande's own sections (a heading and a text each, after
 * its fixed parts) and who the decision is to be sent to ("Beslutet
 * skickas till"), before the meeting. a adds any of them, e changes the
 * selected one (a section's text in the user's editor), d removes it;
 * the selected section's text is shown under the list. The store
 * refuses what a justerad paragraph has fixed. */
#include "tui.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The kinds of row, in the order listed. */
#define F_DOC 0
#define F_RECIPIENT 1
#define F_SECTION 2
#define KINDS 3

enum { C_KIND, C_WHEN, C_WHAT, C_BODY };

struct case_docs {
	struct tscreen base;
	long long id;
	char dnr[64];
	char title[200];
	struct tmem mem;
	struct tlist list;
	int nsections;
};

static const enum tui_action actions[] = {
	ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END, ACT_NEW, ACT_EDIT, ACT_DELETE,
	ACT_NONE,
};

static const struct tcol cols[] = {
	{ "", 13, false, false },
	{ "Datum / syfte", 21, false, false },
	{ "Handling / avsnitt / mottagare", 0, false, false },
};

static const struct nd_entity *const entities[KINDS] = {
	&document_entity, &recipient_entity, &section_entity,
};

/* Three tables: the row's id is the record's times three, plus its kind. */
static long long row_id(long long id, int kind)
{
	return KINDS * id + kind;
}

static int on_row(void *ctx, sqlite3_stmt *st)
{
	struct case_docs *c = ctx;
	struct trow *r = trows_add(&c->mem.all);
	static const char *const names[KINDS] = { "Handling", "Skickas till", "Avsnitt" };
	if (!r)
		return 1;
	r->flags = sqlite3_column_int(st, 1);
	r->id = row_id(sqlite3_column_int64(st, 0), r->flags);
	trow_set(r, C_KIND, names[r->flags]);
	trow_set(r, C_WHEN, (const char *)sqlite3_column_text(st, 2));
	trow_set(r, C_WHAT, (const char *)sqlite3_column_text(st, 3));
	if (r->flags == F_SECTION) {
		trow_set(r, C_BODY, (const char *)sqlite3_column_text(st, 4));
		c->nsections++;
	}
	return 0;
}

static enum nd_err load(struct tui *t, struct case_docs *c)
{
	static const char *const sql[KINDS] = {
		"SELECT id, 0, coalesce(doc_date, ''), title, NULL FROM case_document "
		"WHERE case_id = ?1 ORDER BY position",
		"SELECT id, 1, purpose, recipient, NULL FROM case_recipient "
		"WHERE case_id = ?1 ORDER BY case_id, recipient, purpose",
		"SELECT id, 2, '', heading, body FROM case_section WHERE case_id = ?1 "
		"ORDER BY position",
	};
	static const char *const what[KINDS] = {
		"läsa ärendets handlingar", "läsa ärendets mottagare",
		"läsa tjänsteutlåtandets avsnitt",
	};
	trows_clear(&c->mem.all);
	c->nsections = 0;
	for (int k = 0; k < KINDS; k++) {
		sqlite3_stmt *st = NULL;
		enum nd_err e = db_prepare(t->db, sql[k], &st);
		if (e)
			return e;
		sqlite3_bind_int64(st, 1, c->id);
		if ((e = db_rows(t->db, st, on_row, c, NULL, what[k])))
			return e;
	}
	tmem_index(&c->mem);
	return ND_OK;
}

/* Read again, with the record id of kind selected (id < 0: keep). */
static void reload_on(struct tui *t, struct case_docs *c, long long id, int kind)
{
	enum nd_err e = load(t, c);
	if (!e && id > 0)
		e = tmem_show(&c->list, &c->mem, row_id(id, kind));
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
	const struct trow *r;
	int rows = h;
	if (c->mem.all.n == 0) {
		list_fit(t, &c->list, h - 1);
		list_draw(&c->list, cols, 3, y, 1, NULL);
		draw_wrapped(y + 2, 1, COLS - 2, 4, "Inga handlingar, inga avsnitt och inga "
			     "mottagare än: a lägger till en handling (beslutsunderlag, bilaga), "
			     "ett avsnitt i tjänsteutlåtandet eller vem beslutet skickas till.",
			     R_DIM);
		return;
	}
	/* With sections, the selected one's text below the list. */
	if (c->nsections) {
		rows = c->mem.all.n + 1;
		if (rows > h / 2)
			rows = h / 2;
	}
	list_fit(t, &c->list, rows - 1);
	list_draw(&c->list, cols, 3, y, rows, NULL);
	if (!c->nsections || !(r = list_selected(&c->list)) || r->flags != F_SECTION)
		return;
	draw_rule(y + rows, 0, COLS, r->cell[C_WHAT]);
	draw_wrapped(y + rows + 1, 1, COLS - 2, h - rows - 1, r->cell[C_BODY] &&
		     *r->cell[C_BODY] ? r->cell[C_BODY] : "(ingen text än: e skriver den)",
		     R_NORMAL);
}

static const char *const purposes[] = { "för vidare hantering", "för kännedom" };

/* A section's text in the user's editor, from old (NULL: new). True with
 * *text (malloc'ed), or with *text NULL when it is to stay as it was
 * (left unchanged, or left empty for a new one); false when the editor
 * failed. */
static bool ask_body(struct tui *t, const char *old, char **text)
{
	if (tui_edit_long(t, old, text))
		return true;
	/* tui_edit_long said why; only a failed editor stops the change. */
	return !t->msg_err;
}

/* Ask for a document's title and date, a section's heading and text, or
 * a recipient and purpose, starting from the old values (NULL: new).
 * true with the values (*body only for a section, NULL: unchanged). */
static bool ask(struct tui *t, int kind, const struct trow *old, char **what, char **when,
		char **body)
{
	*what = *when = *body = NULL;
	if (kind == F_DOC) {
		if (!tui_prompt(t, "Handlingens titel", old ? old->cell[C_WHAT] : NULL, what))
			return false;
		if (!tui_prompt_check(t, "Handlingens datum (ÅÅÅÅ-MM-DD, tomt: inget)",
				      old ? old->cell[C_WHEN] : NULL, check_date_or_empty, NULL,
				      when))
			goto fail;
		return true;
	}
	if (kind == F_SECTION) {
		if (!tui_prompt(t, "Avsnittets rubrik", old ? old->cell[C_WHAT] : NULL, what))
			return false;
		if (!ask_body(t, old ? old->cell[C_BODY] : NULL, body))
			goto fail;
		return true;
	}
	if (!tui_prompt(t, "Beslutet skickas till", old ? old->cell[C_WHAT] : NULL, what))
		return false;
	int cur = old && old->cell[C_WHEN] && strcmp(old->cell[C_WHEN], purposes[1]) == 0;
	int i = tui_pick(t, "Syfte", purposes, 2, cur);
	if (i < 0 || !(*when = strdup(purposes[i]))) {
		if (i < 0)
			tui_msg(t, "Avbrutet; ingenting ändrades.");
		goto fail;
	}
	return true;
fail:
	free(*what);
	*what = NULL;
	return false;
}

static void add(struct tui *t, struct case_docs *c)
{
	static const char *const kinds[KINDS] = {
		"Handling (beslutsunderlag, bilaga)",
		"Beslutet skickas till …",
		"Avsnitt i tjänsteutlåtandet (rubrik och text)",
	};
	static const char *const fields[KINDS][3] = {
		{ "case", "title", "date" }, { "case", "to", "purpose" },
		{ "case", "heading", "body" },
	};
	char *what = NULL, *when = NULL, *body = NULL;
	long long id = -1;
	enum nd_err e;
	int k = tui_pick(t, "Lägg till", kinds, KINDS, 0);
	if (k < 0 || !ask(t, k, NULL, &what, &when, &body))
		return;
	const char *values[3] = { c->dnr, what, k == F_SECTION ? body : when };
	do
		e = entity_add(t->db, entities[k], 3, fields[k], values, &id);
	while (tui_busy(t, e));
	if (!e) {
		reload_on(t, c, id, k);
		if (k == F_RECIPIENT)
			tui_msg(t, "Beslutet skickas till %s %s.", what, when);
		else if (k == F_SECTION)
			tui_msg(t, "Avsnittet \"%s\" är tillagt i tjänsteutlåtandet%s.", what,
				body ? "" : " utan text (e skriver den)");
		else
			tui_msg(t, "Handlingen \"%s\" är tillagd.", what);
	} else {
		tui_err(t, e);
	}
	free(what);
	free(when);
	free(body);
}

static void edit(struct tui *t, struct case_docs *c, const struct trow *r)
{
	static const char *const fields[KINDS][2] = {
		{ "title", "date" }, { "to", "purpose" }, { "heading", "body" },
	};
	static const char *const done[KINDS] = {
		"Handlingen är ändrad: %s.", "Mottagaren är ändrad: %s.", "Avsnittet är ändrat: %s.",
	};
	char *what = NULL, *when = NULL, *body = NULL;
	long long id = r->id / KINDS;
	int kind = r->flags;
	enum nd_err e;
	if (!ask(t, kind, r, &what, &when, &body))
		return;
	if (kind == F_SECTION && !body && strcmp(what, r->cell[C_WHAT] ? r->cell[C_WHAT] : "") == 0) {
		tui_msg(t, "Avsnittet är oförändrat.");
		free(what);
		return;
	}
	/* A section's text left as it was is not written again. */
	const char *values[2] = { what, kind == F_SECTION ? body : when };
	int n = kind == F_SECTION && !body ? 1 : 2;
	do
		e = entity_edit(t->db, entities[kind], id, n, fields[kind], values);
	while (tui_busy(t, e));
	if (!e) {
		reload_on(t, c, id, kind);
		tui_msg(t, done[kind], what);
	} else {
		tui_err(t, e);
	}
	free(what);
	free(when);
	free(body);
}

static void remove_row(struct tui *t, struct case_docs *c, const struct trow *r)
{
	static const char *const asks[KINDS] = {
		"Ta bort handlingen \"%s\" ur ärendet?",
		"Ta bort %s ur \"Beslutet skickas till\"?",
		"Ta bort avsnittet \"%s\" ur tjänsteutlåtandet, med dess text?",
	};
	char q[700], ok[500];
	const char *what = r->cell[C_WHAT] ? r->cell[C_WHAT] : "";
	snprintf(q, sizeof q, asks[r->flags], what);
	snprintf(ok, sizeof ok, "Borttaget: %s.", what);
	if (tui_remove(t, q, entities[r->flags], r->id / KINDS, ok))
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
