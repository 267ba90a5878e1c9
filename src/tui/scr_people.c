/* Personer och ledamöter: the person register (keyset paged), and with
 * Tab one committee's members: seats in rank order, then ersättare in
 * their tjänstgöringsordning, which K/J change. v adds a vacant seat of a
 * party ("Vakant (M)", namnd member add --vacant) and t puts a person in
 * the selected vacant seat from a day (namnd member fill). */
#include "tui.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/page.h"
#include "namnd/vacancy.h"

#define COMMITTEES_MAX 64

struct people {
	struct tscreen base;
	struct tui *t;
	bool members;                 /* showing one committee's members */
	struct tlist persons;
	struct tmem mem;              /* the members of committee[ci] */
	struct tlist mlist;
	char *code[COMMITTEES_MAX];   /* committee codes, in name order */
	char *cname[COMMITTEES_MAX];
	int ncommittees, ci;
};

static const enum tui_action actions[] = {
	ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END, ACT_LEFT, ACT_RIGHT, ACT_OPEN, ACT_NEW,
	ACT_DELETE, ACT_SWITCH, ACT_MOVE_UP, ACT_MOVE_DOWN, ACT_FIND, ACT_VACANT, ACT_FILL,
	ACT_NONE,
};

static const struct tcol person_cols[] = {
	{ "Namn", 26, false, false },
	{ "Parti", 6, false, false },
	{ "Titel/organisation", 20, false, false },
	{ "Uppdrag nu", 0, false, false },
};

static const struct tcol member_cols[] = {
	{ "Roll", 20, false, false },
	{ "Namn", 0, false, false },
	{ "Parti", 6, false, false },
	{ "Nr", 3, true, false },
	{ "Period", 23, false, false },
};

static int on_person(void *ctx, sqlite3_stmt *st)
{
	struct trows *out = ctx;
	struct trow *r = trows_add(out);
	if (!r)
		return 1;
	r->id = sqlite3_column_int64(st, 0);
	r->ktext = strdup((const char *)sqlite3_column_text(st, 1));
	for (int i = 0; i < 4; i++)
		trow_set(r, i, (const char *)sqlite3_column_text(st, i + 1));
	return 0;
}

static enum nd_err fetch_persons(void *ctx, bool backward, const struct trow *from,
				 int limit, struct trows *out)
{
	struct people *p = ctx;
	return person_page(p->t->db, backward, from ? from->ktext : NULL,
			   from ? from->id : 0, limit, on_person, out);
}

/* membership list_sql: 0 id, 1 code, 2 role, 3 name, 4 party, 5 order, 6 period. */
static int on_member(void *ctx, sqlite3_stmt *st)
{
	struct people *p = ctx;
	struct trow *r = trows_add(&p->mem.all);
	if (!r)
		return 1;
	r->id = sqlite3_column_int64(st, 0);
	r->k[0] = sqlite3_column_int64(st, 5);
	trow_set(r, 0, (const char *)sqlite3_column_text(st, 2));
	trow_set(r, 1, (const char *)sqlite3_column_text(st, 3));
	trow_set(r, 2, (const char *)sqlite3_column_text(st, 4));
	trow_set(r, 3, (const char *)sqlite3_column_text(st, 5));
	trow_set(r, 4, (const char *)sqlite3_column_text(st, 6));
	return 0;
}

static enum nd_err load_members(struct tui *t, struct people *p)
{
	const char *filter[1] = { p->ncommittees ? p->code[p->ci] : NULL };
	enum nd_err e = ND_OK;
	trows_clear(&p->mem.all);
	if (p->ncommittees)
		e = entity_list(t->db, &membership_entity, filter, on_member, p);
	tmem_index(&p->mem);
	return e;
}

static int on_committee(void *ctx, sqlite3_stmt *st)
{
	struct people *p = ctx;
	if (p->ncommittees == COMMITTEES_MAX)
		return 1;
	p->code[p->ncommittees] = strdup((const char *)sqlite3_column_text(st, 1));
	p->cname[p->ncommittees++] = strdup((const char *)sqlite3_column_text(st, 2));
	return 0;
}

static struct tlist *current(struct people *p)
{
	return p->members ? &p->mlist : &p->persons;
}

static void title(struct tui *t, struct tscreen *s, char *buf, size_t size)
{
	struct people *p = (struct people *)s;
	(void)t;
	if (p->members && p->ncommittees)
		snprintf(buf, size, "Ledamöter · %s (%s)", p->cname[p->ci],
			 p->code[p->ci]);
	else
		snprintf(buf, size, "Personer · Tab visar ledamöter per nämnd");
}

static void draw(struct tui *t, struct tscreen *s, int y, int h)
{
	struct people *p = (struct people *)s;
	struct tlist *l = current(p);
	list_fit(t, l, h - 1);
	if (p->members)
		list_draw(l, member_cols, 5, y, h, NULL);
	else
		list_draw(l, person_cols, 4, y, h, NULL);
	if (l->rows.n == 0)
		draw_text(y + 2, 1, 78, "Listan är tom (a lägger till).", R_DIM);
}

static bool enabled(struct tui *t, struct tscreen *s, enum tui_action a)
{
	struct people *p = (struct people *)s;
	(void)t;
	if (a == ACT_MOVE_UP || a == ACT_MOVE_DOWN || a == ACT_LEFT || a == ACT_RIGHT ||
	    a == ACT_VACANT || a == ACT_FILL)
		return p->members;
	if (a == ACT_FIND)
		return !p->members;
	return true;
}

static const struct form_field person_form[] = {
	{ "name", "Namn" }, { "party", "Parti" }, { "org", "Organisation" },
	{ "title", "Titel" }, { "email", "E-post" }, { "phone", "Telefon" }, { NULL, NULL },
};

static const struct form_field member_form[] = {
	{ "role", "Roll" }, { "order", "Ersättarordning" }, { "from", "Från" },
	{ "to", "Till" }, { NULL, NULL },
};

static void after_change(struct tui *t, struct people *p, long long id)
{
	enum nd_err e = ND_OK;
	if (p->members && !(e = load_members(t, p)))
		e = tmem_show(&p->mlist, &p->mem, id);
	else if (!p->members)
		e = list_reload(&p->persons, p->persons.height, id);
	tui_result(t, e, NULL);
}

static void create(struct tui *t, struct people *p)
{
	char *name = NULL;
	long long id = 0;
	enum nd_err e;
	if (!p->members) {
		const char *names[1] = { "name" }, *values[1];
		if (!tui_prompt(t, "Ny person, namn", NULL, &name))
			return;
		values[0] = name;
		do
			e = entity_add(t->db, &person_entity, 1, names, values, &id);
		while (tui_busy(t, e));
		if (tui_result(t, e, NULL) == ND_OK)
			tui_push(t, scr_form_new(t, &person_entity, id, person_form, "Person"));
	} else if (p->ncommittees) {
		static const char *const roles[] = { "ordförande", "1:e vice ordförande",
			"2:e vice ordförande", "ledamot", "ersättare", "sekreterare", "övrig" };
		const char *names[3] = { "person", "committee", "role" }, *values[3];
		long long pid;
		char idbuf[24];
		if (!tui_pick_person(t, "Nytt uppdrag: skriv en del av personens namn", NULL, &pid,
				     &name))
			return;
		/* By id: two people may share a name. */
		snprintf(idbuf, sizeof idbuf, "%lld", pid);
		free(name);
		if (!(name = strdup(idbuf))) {
			tui_err(t, nd_fail(ND_ENOMEM, "Slut på minne."));
			return;
		}
		int i = tui_pick(t, "Roll", roles, 7, 3);
		if (i < 0) {
			free(name);
			return;
		}
		values[0] = name;
		values[1] = p->code[p->ci];
		values[2] = roles[i];
		do
			e = entity_add(t->db, &membership_entity, 3, names, values, &id);
		while (tui_busy(t, e));
		if (tui_result(t, e, "Uppdraget är inlagt.") == ND_OK) {
			char warning[400];
			after_change(t, p, id);
			/* Backdated over a justerat meeting: as the CLI warns. */
			if (membership_justerat_warning(t->db, id, NULL, NULL, false, warning,
							sizeof warning))
				tui_msg(t, "Uppdraget är inlagt. Obs: %s", warning);
		}
	}
	free(name);
}

/* An uppdrag that counted at a justerat meeting stays (schema 032): say
 * which meeting, and how it is ended here instead (hostile19 F14). */
static void remove_member(struct tui *t, struct people *p, const struct trow *r)
{
	char q[300], label[64];
	int n = 0;
	enum nd_err e;
	snprintf(q, sizeof q, "Ta bort uppdraget %s för %s?", r->cell[0], r->cell[1]);
	if (!tui_confirm(t, q))
		return;
	do
		e = entity_remove(t->db, &membership_entity, r->id);
	while (tui_busy(t, e));
	if (e && !membership_justerat(t->db, r->id, NULL, NULL, true, label, sizeof label, &n) &&
	    n) {
		tui_msg(t, "Kan inte ta bort uppdraget: det gällde vid det justerade sammanträdet "
			"%s%s, och protokollet säger vem som hade platsen. Avsluta det i stället "
			"med ett slutdatum: %s på uppdraget och fältet Till.", label,
			n > 1 ? " (och tidigare)" : "", keys_first(ACT_OPEN));
		t->msg_err = true;
		return;
	}
	if (tui_result(t, e, "Borttaget.") == ND_OK)
		after_change(t, p, -1);
}

static void remove_row(struct tui *t, struct people *p, const struct trow *r)
{
	char q[300];
	if (p->members) {
		remove_member(t, p, r);
		return;
	}
	snprintf(q, sizeof q, "Ta bort %s ur personregistret?", r->cell[0]);
	if (tui_remove(t, q, &person_entity, r->id, "Borttaget."))
		after_change(t, p, -1);
}

/* v: a vacant ledamot's seat of a party in the committee shown, from a
 * day (empty: today). */
static void add_vacant(struct tui *t, struct people *p)
{
	char *party = NULL, *from = NULL;
	long long committee = 0, id = 0;
	enum nd_err e;
	if (!p->ncommittees)
		return;
	if (!tui_prompt(t, "Vakant plats, parti", NULL, &party))
		return;
	if (!tui_prompt_check(t, "Vakant från (ÅÅÅÅ-MM-DD, tomt: i dag)", NULL,
			      check_date_or_empty, NULL, &from)) {
		free(party);
		return;
	}
	if (!(e = committee_resolve(t->db, p->code[p->ci], &committee)))
		do
			e = vacancy_add(t->db, committee, party, *from ? from : NULL, &id);
		while (tui_busy(t, e));
	if (tui_result(t, e, "Den vakanta platsen är inlagd.") == ND_OK)
		after_change(t, p, id);
	free(party);
	free(from);
}

/* t: a person in the selected vacant seat from a day (empty: today). */
static void fill_vacant(struct tui *t, struct people *p, const struct trow *r)
{
	char *name = NULL, *from = NULL, title[200], note[600] = "";
	long long person = 0, id = 0;
	enum nd_err e;
	if (!r->cell[1] || strcmp(r->cell[1], "Vakant") != 0) {
		tui_msg(t, "Välj en vakant plats (Vakant) att tillsätta.");
		t->msg_err = true;
		return;
	}
	snprintf(title, sizeof title, "Tillsätt Vakant (%s): skriv en del av personens namn",
		 r->cell[2] ? r->cell[2] : "");
	if (!tui_pick_person(t, title, NULL, &person, &name))
		return;
	if (tui_prompt_check(t, "Från (ÅÅÅÅ-MM-DD, tomt: i dag)", NULL, check_date_or_empty,
			     NULL, &from)) {
		do
			e = vacancy_fill(t->db, r->id, person, *from ? from : NULL, &id, note,
					 sizeof note);
		while (tui_busy(t, e));
		if (tui_result(t, e, "Platsen är tillsatt.") == ND_OK) {
			after_change(t, p, id);
			if (*note)
				tui_msg(t, "Platsen är tillsatt. %s", note);
		}
	}
	free(name);
	free(from);
}

/* Swap an ersättare's place in the order with the one above or below. */
static void move_item(struct tui *t, struct people *p, const struct trow *r, int by)
{
	const struct trow *o = NULL;
	enum nd_err e;
	long long id = r->id;
	for (int i = 0; i < p->mem.all.n; i++)
		if (p->mem.all.v[i].id == id && i + by >= 0 && i + by < p->mem.all.n)
			o = &p->mem.all.v[i + by];
	if (!r->k[0] || !o || !o->k[0]) {
		tui_msg(t, "Bara ersättare har en ordning att flytta i.");
		return;
	}
	char a[24], b[24];
	snprintf(a, sizeof a, "%lld", o->k[0]);
	snprintf(b, sizeof b, "%lld", r->k[0]);
	const char *names[1] = { "order" }, *va[1] = { a }, *vb[1] = { b };
	do {
		if (!(e = db_begin(t->db)) &&
		    !(e = entity_edit(t->db, &membership_entity, id, 1, names, va)) &&
		    !(e = entity_edit(t->db, &membership_entity, o->id, 1, names, vb)))
			e = db_commit(t->db);
		if (e)
			db_rollback(t->db);
	} while (tui_busy(t, e));
	if (tui_result(t, e, "Ersättarordningen är ändrad.") == ND_OK)
		after_change(t, p, id);
}

/* Go to the first person whose name sorts at or after the text (the
 * register's Swedish order), by keyset: no scan. */
static void find_name(struct tui *t, struct people *p)
{
	struct trow from;
	char *text = NULL;
	if (p->members) {
		tui_msg(t, "Sök i personregistret: Tab tillbaka till personerna.");
		return;
	}
	if (!tui_prompt(t, "Gå till namn", NULL, &text))
		return;
	memset(&from, 0, sizeof from);
	from.ktext = text;
	/* (name, id) > (text, 0): the first with that name or after it. */
	tui_result(t, list_seek(&p->persons, p->persons.height, *text ? &from : NULL, -1),
		   NULL);
	free(text);
}

static bool act(struct tui *t, struct tscreen *s, enum tui_action a)
{
	struct people *p = (struct people *)s;
	struct tlist *l = current(p);
	const struct trow *r = list_selected(l);
	if (list_act(t, l, a))
		return true;
	switch (a) {
	case ACT_SWITCH:
		p->members = !p->members;
		if (p->members)
			tui_result(t, load_members(t, p), NULL);
		tui_result(t, list_home(current(p), l->height), NULL);
		return true;
	case ACT_LEFT: case ACT_RIGHT:
		if (!p->ncommittees)
			return true;
		p->ci = (p->ci + (a == ACT_RIGHT ? 1 : p->ncommittees - 1)) % p->ncommittees;
		tui_result(t, load_members(t, p), NULL);
		tui_result(t, list_home(&p->mlist, l->height), NULL);
		return true;
	case ACT_OPEN:
		if (r && p->members)
			tui_push(t, scr_form_new(t, &membership_entity, r->id, member_form,
						 "Uppdrag"));
		else if (r)
			tui_push(t, scr_form_new(t, &person_entity, r->id, person_form,
						 "Person"));
		return true;
	case ACT_NEW: create(t, p); return true;
	case ACT_FIND:
		find_name(t, p);
		return true;
	case ACT_DELETE: if (r) remove_row(t, p, r); return true;
	case ACT_VACANT: add_vacant(t, p); return true;
	case ACT_FILL: if (r) fill_vacant(t, p, r); return true;
	case ACT_MOVE_UP: case ACT_MOVE_DOWN:
		if (r)
			move_item(t, p, r, a == ACT_MOVE_UP ? -1 : 1);
		return true;
	default: return false;
	}
}

static void reload(struct tui *t, struct tscreen *s)
{
	struct people *p = (struct people *)s;
	const struct trow *r = list_selected(current(p));
	after_change(t, p, r ? r->id : -1);
}

static void destroy(struct tscreen *s)
{
	struct people *p = (struct people *)s;
	list_free(&p->persons);
	list_free(&p->mlist);
	trows_clear(&p->mem.all);
	for (int i = 0; i < p->ncommittees; i++) {
		free(p->code[i]);
		free(p->cname[i]);
	}
	free(p);
}

static const char *label(enum tui_action a)
{
	return a == ACT_LEFT ? "Nämnd" : a == ACT_SWITCH ? "Personer/ledamöter" :
	       a == ACT_FIND ? "Gå till namn" : NULL;
}

static const struct tscreen_ops ops = {
	.name = "Personer och ledamöter",
	.actions = actions,
	.label = label,
	.title = title,
	.draw = draw,
	.act = act,
	.enabled = enabled,
	.reload = reload,
	.free = destroy,
};

struct tscreen *scr_people_new(struct tui *t)
{
	struct people *p = scr_alloc(t, sizeof *p, &ops);
	enum nd_err e;
	if (!p)
		return NULL;
	p->t = t;
	list_init(&p->persons, fetch_persons, p);
	list_init(&p->mlist, tmem_fetch, &p->mem);
	if ((e = entity_list(t->db, &committee_entity, NULL, on_committee, p)) ||
	    (e = list_home(&p->persons, t->body_h > 2 ? t->body_h - 1 : 20))) {
		tui_err(t, e);
		destroy(&p->base);
		return NULL;
	}
	return &p->base;
}
