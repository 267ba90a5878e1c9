/* Ärenden: the register, by dnr or by title, optionally filtered by
 * words; only the visible rows are read (keyset paging over case_page). */
#include "tui.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/case.h"
#include "namnd/case_import.h"
#include "namnd/tabfile.h"
#include "namnd/text.h"

struct cases {
	struct tscreen base;
	struct tui *t;
	struct tlist list;
	enum case_sort sort;
	char *filter; /* owned; NULL: all */
	char *status; /* owned; NULL: every status */
	long long officer; /* 0: every handläggare */
	char *officer_name; /* owned */
};

/* In footer order, by what a registrator does most: the footer drops
 * from the end what does not fit (at 80 columns Sortera and Importera
 * fil; every key stays in ?). */
static const enum tui_action actions[] = {
	ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END,
	ACT_OPEN, ACT_NEW, ACT_EDIT, ACT_FIND, ACT_FILTER, ACT_DRAFT, ACT_REGISTER,
	ACT_VOID, ACT_DELETE, ACT_UNDERLAG, ACT_SORT, ACT_IMPORT,
	ACT_NONE,
};

static const struct tcol cols[] = {
	{ "Dnr", 14, false, false },
	{ "Titel", 0, false, false },
	{ "Status", 16, false, false },
	{ "Nämnd", 6, false, false },
};

static int on_row(void *ctx, sqlite3_stmt *st)
{
	struct trows *out = ctx;
	struct trow *r = trows_add(out);
	struct case_key k;
	if (!r)
		return 1;
	case_key_from_row(st, &k);
	r->id = k.id;
	r->ktext = strdup(k.title ? k.title : "");
	snprintf(r->kser, sizeof r->kser, "%s", k.series);
	r->k[0] = k.year;
	r->k[1] = k.number;
	trow_set(r, 0, (const char *)sqlite3_column_text(st, 1));
	trow_set(r, 1, (const char *)sqlite3_column_text(st, 2));
	trow_set(r, 2, (const char *)sqlite3_column_text(st, 3));
	trow_set(r, 3, (const char *)sqlite3_column_text(st, 4));
	return 0;
}

static enum nd_err fetch(void *ctx, bool backward, const struct trow *from, int limit,
			 struct trows *out)
{
	struct cases *c = ctx;
	struct case_key key, *kp = NULL;
	if (from) {
		memset(&key, 0, sizeof key);
		snprintf(key.series, sizeof key.series, "%s", from->kser);
		key.year = (int)from->k[0];
		key.number = (long)from->k[1];
		key.title = from->ktext;
		key.id = from->id;
		kp = &key;
	}
	struct case_filter f = { c->filter, c->status, c->officer };
	return case_page_filter(c->t->db, c->sort, backward, kp, &f, limit, on_row, out);
}

static void title(struct tui *t, struct tscreen *s, char *buf, size_t size)
{
	struct cases *c = (struct cases *)s;
	(void)t;
	snprintf(buf, size, "Ärenden · sorterade efter %s%s%s%s%s%s%s%s",
		 c->sort == CASE_BY_DNR ? "diarienummer" : "titel",
		 c->filter ? " · filter »" : "", c->filter ? c->filter : "",
		 c->filter ? "«" : "", c->status ? " · " : "", c->status ? c->status : "",
		 c->officer_name ? " · handläggare " : "",
		 c->officer_name ? c->officer_name : "");
}

static void draw(struct tui *t, struct tscreen *s, int y, int h)
{
	struct cases *c = (struct cases *)s;
	list_fit(t, &c->list, h - 1);
	list_draw(&c->list, cols, 4, y, h, NULL);
	if (c->list.rows.n == 0)
		draw_text(y + 2, 1, 78, c->filter || c->status || c->officer ?
			  "Inga ärenden matchar filtret (/ ändrar orden, f status och "
			  "handläggare)." : "Inga ärenden ännu (a registrerar ett).", R_DIM);
}

static enum nd_err check_title(struct tui *t, const char *text, void *ctx)
{
	(void)t;
	(void)ctx;
	return text[strspn(text, " ")] ? ND_OK
		: nd_fail(ND_EINVAL, "Ett ärende behöver en titel.");
}

/* A new ärende: title, committee, and the dnr it already has in the
 * organisation's diarium, or none: then case_add allocates the next one.
 * Each field is checked when it is left. */
static void create(struct tui *t, struct cases *c)
{
	char *title_text = NULL, *code = NULL, *given = NULL, dnr[96];
	const char *names[2] = { "title", "committee" };
	const char *values[2];
	long long id = 0;
	enum nd_err e;
	if (!tui_prompt_check(t, "Nytt ärende, titel", NULL, check_title, NULL, &title_text))
		return;
	if (!tui_prompt_check(t, "Nämnd (kod, t.ex. UBN; tom: organisationens serie)", NULL,
			      check_committee_or_empty, NULL, &code) ||
	    !tui_prompt_check(t, "Diarienummer i diariet (tom: nästa lediga)", NULL,
			      check_dnr_or_empty, NULL, &given))
		goto out;
	values[0] = title_text;
	values[1] = code;
	do
		e = case_add(t->db, *given ? given : NULL, NULL, 0, *code ? 2 : 1, names, values,
			     &id, dnr, sizeof dnr);
	while (tui_busy(t, e));
	if (e) {
		tui_err(t, e);
		goto out;
	}
	tui_result(t, list_reload(&c->list, c->list.height, id), NULL);
	tui_push(t, scr_case_new(t, id));
	if (*given && !dnr_is_canonical(given, t->db->dnr_pattern))
		tui_msg(t, "Registrerade ärende %s (skrevs »%s«; organisationens form är %s).",
			dnr, given, dnr);
	else
		tui_msg(t, "Registrerade ärende %s.", dnr);
out:
	free(title_text);
	free(code);
	free(given);
}

/* n: a new utkast, without a dnr (no number of the series is used up):
 * title and committee, then its form as for a new ärende. */
static void create_draft(struct tui *t, struct cases *c)
{
	char *title_text = NULL, *code = NULL;
	const char *names[2] = { "title", "committee" };
	const char *values[2];
	long long id = 0;
	enum nd_err e;
	if (!tui_prompt_check(t, "Nytt utkast (inget diarienummer än), titel", NULL, check_title,
			      NULL, &title_text))
		return;
	if (!tui_prompt_check(t, "Nämnd (kod, t.ex. UBN; tom: ingen)", NULL,
			      check_committee_or_empty, NULL, &code))
		goto out;
	values[0] = title_text;
	values[1] = code;
	do
		e = case_add_draft(t->db, *code ? 2 : 1, names, values, &id);
	while (tui_busy(t, e));
	if (e) {
		tui_err(t, e);
		goto out;
	}
	tui_result(t, list_reload(&c->list, c->list.height, id), NULL);
	tui_push(t, scr_case_new(t, id));
	tui_msg(t, "Sparade utkast %lld; det har inget diarienummer än (%s i Ärenden "
		"registrerar det).", id, keys_first(ACT_REGISTER));
out:
	free(title_text);
	free(code);
}

/* r: register the selected utkast; the dnr asked for like a new
 * ärende's (empty: the next free one; Esc: nothing happens). */
static void register_draft(struct tui *t, struct cases *c, const struct trow *r)
{
	char label[200], dnr[96];
	char *given = NULL;
	enum nd_err e;
	if (!case_is_draft(t->db, r->id)) {
		tui_msg(t, "Ärende %s är redan registrerat.", r->cell[0]);
		return;
	}
	snprintf(label, sizeof label, "Registrera utkast %lld, diarienummer (tom: nästa lediga)",
		 r->id);
	if (!tui_prompt_check(t, label, NULL, check_dnr_or_empty, NULL, &given))
		return;
	do
		e = case_register(t->db, r->id, *given ? given : NULL, NULL, 0, dnr, sizeof dnr);
	while (tui_busy(t, e));
	if (e) {
		tui_err(t, e);
	} else {
		tui_result(t, list_reload(&c->list, c->list.height, r->id), NULL);
		tui_msg(t, "Registrerade utkastet som ärende %s.", dnr);
	}
	free(given);
}

/* d: a registered ärende is never removed (the database refuses, and the
 * message says how to makulera it), so nothing is asked first; an utkast
 * is removed for good, so that is asked. */
static void remove_case(struct tui *t, struct cases *c, const struct trow *r)
{
	enum nd_err e;
	char ok[100], q[300];
	snprintf(ok, sizeof ok, "Ärende %s är borttaget.", r->cell[0]);
	if (case_is_draft(t->db, r->id)) {
		snprintf(q, sizeof q, "Ta bort utkast %lld »%s«?", r->id, r->cell[1]);
		if (!tui_confirm(t, q))
			return;
		snprintf(ok, sizeof ok, "Utkast %lld är borttaget.", r->id);
	}
	do
		e = case_remove(t->db, r->id);
	while (tui_busy(t, e));
	if (tui_result(t, e, ok) == ND_OK)
		list_refresh(t, &c->list);
}

static enum nd_err check_reason(struct tui *t, const char *text, void *ctx)
{
	(void)t;
	(void)ctx;
	return text_is_blank(text) ? nd_fail(ND_EINVAL, "Ange skälet till makuleringen: "
					    "varför ärendet registrerades av misstag.")
				   : ND_OK;
}

/* m: makulera an ärende registered by mistake; it keeps its dnr. The
 * reason is asked for (Esc: nothing happens), then a j/n. */
static void void_case(struct tui *t, struct cases *c, const struct trow *r)
{
	char label[300], q[300], ok[160];
	char *reason = NULL;
	enum nd_err e;
	if (strcmp(r->cell[2] ? r->cell[2] : "", "makulerat") == 0) {
		tui_msg(t, "Ärende %s är redan makulerat.", r->cell[0]);
		return;
	}
	snprintf(label, sizeof label, "Makulera ärende %s, skäl", r->cell[0]);
	if (!tui_prompt_check(t, label, NULL, check_reason, NULL, &reason))
		return;
	snprintf(q, sizeof q, "Makulera ärende %s »%s«?", r->cell[0], r->cell[1]);
	if (!tui_confirm(t, q)) {
		free(reason);
		return;
	}
	snprintf(ok, sizeof ok, "Ärende %s är makulerat; diarienumret står kvar i diariet.",
		 r->cell[0]);
	do
		e = case_void(t->db, r->id, reason);
	while (tui_busy(t, e));
	if (tui_result(t, e, ok) == ND_OK)
		list_refresh(t, &c->list);
	free(reason);
}

/* i: register the ärenden of a diarium export, all rows or none; the
 * first fault (row and column) on the message line with the count. */
static void import_file(struct tui *t, struct cases *c)
{
	struct tab_opts opts = { 0, TAB_CASES_FILE_MAX, 0, true, false, "en diarieexport" };
	struct tab_file *f = NULL;
	struct case_import_report rep;
	char *path = NULL;
	enum nd_err e;
	if (!tui_prompt(t, "Importera ärenden från fil (CSV/TSV från diariet)", NULL, &path))
		return;
	if (!*path) {
		free(path);
		return;
	}
	if ((e = tab_load(path, &opts, &f))) {
		tui_err(t, e);
		free(path);
		return;
	}
	for (;;) {
		e = case_import(t->db, f, NULL, false, &rep);
		if (!tui_busy(t, e))
			break;
		case_import_report_free(&rep);
	}
	if (e && rep.faults) {
		char first[300];
		const char *m = strbuf_str(&rep.messages);
		size_t n = strcspn(m, "\n");
		snprintf(first, sizeof first, "%.*s", (int)(n < 299 ? n : 299), m);
		tui_msg(t, "Inget ärende registrerades: %zu fel. Första: %s (se 'namnd "
			"case import --dry-run %s' för alla)", rep.faults, first, path);
		t->msg_err = true;
	} else if (e) {
		tui_err(t, e);
	} else {
		tui_result(t, list_home(&c->list, c->list.height), NULL);
		char warn[360] = "";
		if (rep.warnings) {
			const char *m = strbuf_str(&rep.notes);
			size_t n = strcspn(m, "\n");
			snprintf(warn, sizeof warn, " Varning%s: %.*s", rep.warnings > 1 ?
				 " (första av flera)" : "", (int)(n < 299 ? n : 299), m);
		}
		tui_msg(t, "Registrerade %zu ärenden%s. %s%s", rep.added,
			rep.people_added ? " och lade till handläggare i personregistret" : "",
			f->note, warn);
	}
	case_import_report_free(&rep);
	tab_free(f);
	free(path);
}

/* f: narrow to a status or a handläggare, or drop both. */
static void choose_filter(struct tui *t, struct cases *c)
{
	static const char *const what[] = { "Status …", "Handläggare …",
					     "Alla statusar och handläggare" };
	static const char *const statuses[] = { "alla", "registrerat", "under beredning",
						"klart för beslut", "beslutat", "avslutat",
						"makulerat", "utkast" };
	char *name = NULL;
	long long id;
	int i = tui_pick(t, "Filtrera ärenden", what, 3, 0);
	if (i == 0) {
		int k = tui_pick(t, "Status", statuses, 8, 0);
		if (k < 0)
			return;
		free(c->status);
		c->status = k > 0 ? strdup(statuses[k]) : NULL;
	} else if (i == 1) {
		if (!tui_pick_person(t, "Handläggare: skriv en del av namnet", "Alla handläggare",
				     &id, &name))
			return;
		free(c->officer_name);
		c->officer_name = *name ? name : NULL;
		c->officer = *name ? id : 0;
		if (!*name)
			free(name);
	} else if (i == 2) {
		free(c->status);
		free(c->officer_name);
		c->status = c->officer_name = NULL;
		c->officer = 0;
	} else {
		return;
	}
	tui_result(t, list_home(&c->list, c->list.height), NULL);
}

static bool act(struct tui *t, struct tscreen *s, enum tui_action a)
{
	struct cases *c = (struct cases *)s;
	const struct trow *r = list_selected(&c->list);
	char *text = NULL;
	if (list_act(t, &c->list, a))
		return true;
	switch (a) {
	case ACT_OPEN: case ACT_EDIT:
		if (r)
			tui_push(t, scr_case_new(t, r->id));
		return true;
	case ACT_NEW:
		create(t, c);
		return true;
	case ACT_DRAFT:
		create_draft(t, c);
		return true;
	case ACT_REGISTER:
		if (r)
			register_draft(t, c, r);
		return true;
	case ACT_UNDERLAG:
		if (r)
			tui_push(t, scr_case_docs_new(t, r->id));
		else
			tui_msg(t, "Inget ärende valt.");
		return true;
	case ACT_SORT:
		c->sort = c->sort == CASE_BY_DNR ? CASE_BY_TITLE : CASE_BY_DNR;
		tui_result(t, list_home(&c->list, c->list.height), NULL);
		return true;
	case ACT_FIND:
		if (!tui_prompt(t, "Filtrera ärenden (ord; tomt: alla)", c->filter, &text))
			return true;
		free(c->filter);
		c->filter = *text ? text : NULL;
		if (!*text)
			free(text);
		tui_result(t, list_home(&c->list, c->list.height), NULL);
		return true;
	case ACT_FILTER:
		choose_filter(t, c);
		return true;
	case ACT_IMPORT:
		import_file(t, c);
		return true;
	case ACT_DELETE:
		if (r)
			remove_case(t, c, r);
		return true;
	case ACT_VOID:
		if (r)
			void_case(t, c, r);
		return true;
	default:
		return false;
	}
}

static void reload(struct tui *t, struct tscreen *s)
{
	struct cases *c = (struct cases *)s;
	list_refresh(t, &c->list);
}

static void destroy(struct tscreen *s)
{
	struct cases *c = (struct cases *)s;
	list_free(&c->list);
	free(c->filter);
	free(c->status);
	free(c->officer_name);
	free(c);
}

static const char *label(enum tui_action a)
{
	return a == ACT_UNDERLAG ? "Handlingar" : NULL;
}

static const struct tscreen_ops ops = {
	.name = "Ärenden",
	.actions = actions,
	.label = label,
	.title = title,
	.draw = draw,
	.act = act,
	.reload = reload,
	.free = destroy,
};

struct tscreen *scr_cases_new(struct tui *t)
{
	struct cases *c = scr_alloc(t, sizeof *c, &ops);
	enum nd_err e;
	if (!c)
		return NULL;
	c->t = t;
	c->sort = CASE_BY_DNR;
	list_init(&c->list, fetch, c);
	if ((e = list_home(&c->list, t->body_h > 2 ? t->body_h - 1 : 20))) {
		tui_err(t, e);
		destroy(&c->base);
		return NULL;
	}
	return &c->base;
}
