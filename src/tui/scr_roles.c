/* Roller: the roles a meeting gave for a range of its paragraphs (as
 * namnd meeting role), opened from the Protokoll with the selected §:
 * a tjänstgörande ordförande (the ordförande jävig or away), a justerare
 * or an ersättande justerare for some §§, a second sekreterare. a adds
 * one (the role, the person from those serving, or from the register
 * for a sekreterare, and the §§, the selected one offered), d removes
 * one entered by mistake; both only before justering. */
#include "minutes.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/meeting_role.h"
#include "namnd/paragraph.h"
#include "namnd/protocol.h"

struct roles {
	struct tscreen base;
	long long meeting;
	int number;          /* the § selected on the Protokoll, 0: none */
	bool items;          /* numbered per meeting: punkt 1, 2 … (schema 025) */
	char what[64];       /* "UBN 2024-03-20" */
	char justerad[11];   /* "" while it may change */
	struct tmem mem;
	struct tlist list;
};

static const enum tui_action actions[] = {
	ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END, ACT_NEW, ACT_DELETE, ACT_NONE,
};

static const struct tcol cols[] = {
	{ "Roll", 26, false, false },
	{ "Person", 0, false, false },
	{ "Paragrafer", 22, false, false },
};

/* The roles as the user says them, the stored name beside. */
static const char *const role_label[] = {
	"Tjänstgörande ordförande", "Justerare", "Ersättande justerare", "Sekreterare",
};

static const char *label_of(const char *role)
{
	for (int i = 0; meeting_role_names[i]; i++)
		if (strcmp(role, meeting_role_names[i]) == 0)
			return role_label[i];
	return role;
}

/* "§ 44", "§§ 43–44", "§ 45 och framåt", "hela sammanträdet"; "punkt 4",
 * "punkterna 3–4" where the body numbers items per meeting. */
static void range_text(bool items, int from, int to, char *buf, size_t size)
{
	if (!from && !to)
		snprintf(buf, size, "hela sammanträdet");
	else if (!to)
		snprintf(buf, size, items ? "punkt %d och framåt" : "§ %d och framåt", from);
	else if (from == to)
		snprintf(buf, size, items ? "punkt %d" : "§ %d", from);
	else
		snprintf(buf, size, items ? "punkterna %d–%d" : "§§ %d–%d", from ? from : 1, to);
}

static int on_role(void *ctx, sqlite3_stmt *st)
{
	struct roles *r = ctx;
	struct trow *row = trows_add(&r->mem.all);
	const char *party = (const char *)sqlite3_column_text(st, 4);
	char range[64];
	if (!row)
		return 1;
	row->id = sqlite3_column_int64(st, 0);
	trow_set(row, 0, label_of((const char *)sqlite3_column_text(st, 1)));
	if (party && *party)
		trow_setf(row, 1, "%s (%s)", (const char *)sqlite3_column_text(st, 3), party);
	else
		trow_set(row, 1, (const char *)sqlite3_column_text(st, 3));
	range_text(r->items, sqlite3_column_int(st, 5), sqlite3_column_int(st, 6), range,
		   sizeof range);
	trow_set(row, 2, range);
	return 0;
}

static enum nd_err load(struct tui *t, struct roles *r, long long keep)
{
	struct nd_protocol *p = NULL;
	enum nd_err e;
	if ((e = protocol_load(t->db, r->meeting, &p)))
		return e;
	snprintf(r->what, sizeof r->what, "%s %s", p->code, p->date);
	snprintf(r->justerad, sizeof r->justerad, "%s", p->justerad_on ? p->justerad_on : "");
	protocol_free(p);
	list_free(&r->list);
	trows_clear(&r->mem.all);
	if ((e = meeting_role_list(t->db, r->meeting, on_role, r)))
		return e;
	tmem_index(&r->mem);
	return keep > 0 ? tmem_show(&r->list, &r->mem, keep)
			: list_home(&r->list, r->list.height > 0 ? r->list.height : 1);
}

static void title(struct tui *t, struct tscreen *s, char *buf, size_t size)
{
	struct roles *r = (struct roles *)s;
	(void)t;
	if (r->justerad[0])
		snprintf(buf, size, "Roller · %s · justerat %s", r->what, r->justerad);
	else
		snprintf(buf, size, "Roller · %s", r->what);
}

static void draw(struct tui *t, struct tscreen *s, int y, int h)
{
	struct roles *r = (struct roles *)s;
	list_fit(t, &r->list, h - 1);
	list_draw(&r->list, cols, 3, y, h, NULL);
	if (r->mem.all.n == 0) {
		char line[200];
		snprintf(line, sizeof line, "Inga roller för delar av sammanträdet. %s lägger till "
			 "en tjänstgörande ordförande, justerare eller sekreterare för några §§.",
			 keys_first(ACT_NEW));
		draw_wrapped(y + 2, 1, COLS - 2, 3, line, R_DIM);
	}
}

/* Those who may preside or justera: present or serving at the meeting. */
static bool serving(struct tui *t, struct roles *r, struct people *out)
{
	struct nd_protocol *p = NULL;
	enum nd_err e = protocol_load(t->db, r->meeting, &p);
	if (e) {
		tui_err(t, e);
		return false;
	}
	for (size_t i = 0; i < p->natt; i++) {
		const struct nd_patt *a = &p->att[i];
		if (a->status == PRES_PRESENT || a->status == PRES_SERVING)
			people_add(out, a->who.id, a->who.name, a->who.party);
	}
	protocol_free(p);
	if (out->n == 0)
		tui_msg(t, "Ingen tjänstgör vid sammanträdet; anteckna närvaron först (n på "
			"Sammanträdet).");
	return out->n > 0;
}

static enum nd_err check_number(struct tui *t, const char *text, void *ctx)
{
	char *end;
	long n;
	(void)t;
	(void)ctx;
	if (!*text)
		return ND_OK;
	n = strtol(text, &end, 10);
	if (*end || n < 1 || n > 100000)
		return nd_fail(ND_EINVAL, "\"%s\" är inget paragrafnummer; skriv ett tal som 44, "
			       "eller lämna tomt.", text);
	return ND_OK;
}

/* A § number (empty: 0) asked with def offered. false on Esc. */
static bool ask_number(struct tui *t, const char *label, int def, int *out)
{
	char buf[16] = "", *text = NULL;
	if (def > 0)
		snprintf(buf, sizeof buf, "%d", def);
	if (!tui_prompt_check(t, label, buf, check_number, NULL, &text))
		return false;
	*out = *text ? atoi(text) : 0;
	free(text);
	return true;
}

static bool add(struct tui *t, struct roles *r)
{
	struct people cand = { 0 };
	long long person = -1;
	char *name = NULL, title[120], range[64];
	int i, from, to;
	enum nd_err e;
	if ((i = tui_pick(t, "Roll", role_label, 4, 0)) < 0)
		return false;
	if (i == 3) {
		if (!tui_pick_person(t, "Sekreterare: skriv en del av namnet", NULL, &person, &name))
			return false;
	} else {
		if (!serving(t, r, &cand))
			return false;
		snprintf(title, sizeof title, "%s: bland dem som tjänstgör", role_label[i]);
		person = people_pick(t, title, &cand);
		for (int k = 0; k < cand.n && person >= 0; k++)
			if (cand.id[k] == person)
				name = strdup(cand.label[k]);
		people_free(&cand);
		if (person < 0) {
			tui_msg(t, "Avbrutet; ingenting ändrades.");
			return false;
		}
	}
	snprintf(title, sizeof title, "%s från %s (tomt: från början)", role_label[i],
		 r->items ? "punkt" : "§");
	if (!ask_number(t, title, r->number, &from))
		goto cancel;
	snprintf(title, sizeof title, "%s till %s (tomt: till slutet)", role_label[i],
		 r->items ? "punkt" : "§");
	if (!ask_number(t, title, from, &to))
		goto cancel;
	do
		e = meeting_role_add(t->db, r->meeting, meeting_role_names[i], person, from, to);
	while (tui_busy(t, e));
	if (!e) {
		range_text(r->items, from, to, range, sizeof range);
		tui_msg(t, "%s: %s, %s.", role_label[i], name ? name : "", range);
		tui_result(t, load(t, r, -1), NULL);
	} else {
		tui_err(t, e);
	}
	free(name);
	return e == ND_OK;
cancel:
	tui_msg(t, "Avbrutet; ingenting ändrades.");
	free(name);
	return false;
}

static void remove_role(struct tui *t, struct roles *r)
{
	const struct trow *row = list_selected(&r->list);
	char q[400];
	enum nd_err e;
	if (!row) {
		tui_msg(t, "Det finns ingen roll att ta bort.");
		return;
	}
	snprintf(q, sizeof q, "Ta bort %s som %s för %s?", row->cell[1] ? row->cell[1] : "",
		 row->cell[0] ? row->cell[0] : "", row->cell[2] ? row->cell[2] : "");
	if (!tui_confirm(t, q))
		return;
	do
		e = meeting_role_remove_id(t->db, row->id);
	while (tui_busy(t, e));
	if (tui_result(t, e, NULL) == ND_OK) {
		tui_msg(t, "Rollen är borttagen.");
		tui_result(t, load(t, r, -1), NULL);
	}
}

static bool enabled(struct tui *t, struct tscreen *s, enum tui_action a)
{
	struct roles *r = (struct roles *)s;
	(void)t;
	if (a == ACT_NEW)
		return !r->justerad[0];
	if (a == ACT_DELETE)
		return !r->justerad[0] && r->mem.all.n > 0;
	return true;
}

static const char *why_not(struct tui *t, struct tscreen *s, enum tui_action a)
{
	struct roles *r = (struct roles *)s;
	static char buf[160];
	(void)t;
	if (!r->justerad[0] && a == ACT_DELETE)
		return "Det finns ingen roll att ta bort.";
	snprintf(buf, sizeof buf, "Protokollet justerades %s; rollerna kan inte ändras.",
		 r->justerad);
	return buf;
}

static bool act(struct tui *t, struct tscreen *s, enum tui_action a)
{
	struct roles *r = (struct roles *)s;
	switch (a) {
	case ACT_NEW: add(t, r); return true;
	case ACT_DELETE: remove_role(t, r); return true;
	default: return list_act(t, &r->list, a);
	}
}

static const char *label(enum tui_action a)
{
	return a == ACT_NEW ? "Lägg till" : NULL;
}

static void reload(struct tui *t, struct tscreen *s)
{
	struct roles *r = (struct roles *)s;
	const struct trow *row = list_selected(&r->list);
	tui_result(t, load(t, r, row ? row->id : -1), NULL);
}

static void destroy(struct tscreen *s)
{
	struct roles *r = (struct roles *)s;
	list_free(&r->list);
	trows_clear(&r->mem.all);
	free(r);
}

static const struct tscreen_ops ops = {
	.name = "Roller",
	.actions = actions,
	.title = title,
	.draw = draw,
	.act = act,
	.label = label,
	.enabled = enabled,
	.why_not = why_not,
	.reload = reload,
	.free = destroy,
};

struct tscreen *scr_roles_new(struct tui *t, long long meeting, int number)
{
	struct roles *r = scr_alloc(t, sizeof *r, &ops);
	enum nd_err e;
	if (!r)
		return NULL;
	r->meeting = meeting;
	r->number = number;
	r->items = paragraph_items(t->db, meeting);
	list_init(&r->list, tmem_fetch, &r->mem);
	if ((e = load(t, r, -1))) {
		tui_err(t, e);
		destroy(&r->base);
		return NULL;
	}
	return &r->base;
}
