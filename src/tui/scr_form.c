/* A form over one record: the entity's show_sql as label/value rows.
 * Enter edits the field under the cursor through the same entity table
 * the CLI uses, so the checks and messages are the same: a short field
 * in the line editor, a choice from a list, a long text in the editor. */
#include "tui.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/vacancy.h"

struct form {
	struct tscreen base;
	const struct nd_entity *e;
	long long id;
	const struct form_field *map;
	char *heading;
	char *subject;       /* value of the first mapped or second column */
	struct tmem mem;     /* cell 0 label, 1 value; ktext the field name */
	struct tlist list;
	struct trows full;   /* full values, same order (cell 0) */
};

static const enum tui_action actions[] = {
	ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END, ACT_OPEN, ACT_EDIT, ACT_NONE,
};

static const struct tcol cols[] = {
	{ "Fält", 22, false, false },
	{ "Värde", 0, false, false },
};

static const char *field_of(const struct form *f, const char *column)
{
	for (const struct form_field *m = f->map; m && m->column; m++)
		if (strcmp(m->column, column) == 0)
			return m->field;
	return NULL;
}

static int on_show(void *ctx, sqlite3_stmt *st)
{
	struct form *f = ctx;
	int n = sqlite3_column_count(st);
	for (int i = 0; i < n; i++) {
		const char *label = sqlite3_column_name(st, i);
		const char *value = (const char *)sqlite3_column_text(st, i);
		const char *field = field_of(f, label);
		struct trow *r = trows_add(&f->mem.all), *full;
		if (!r || !(full = trows_add(&f->full)))
			return 1;
		r->id = f->mem.all.n - 1;
		r->ktext = field ? strdup(field) : NULL;
		r->flags = field != NULL;
		trow_set(r, 0, label);
		trow_set(r, 1, value);
		trow_set(full, 0, value);
		if (i == 1 && !f->subject)
			f->subject = strdup(value ? value : "");
	}
	return 0;
}

static enum nd_err load(struct tui *t, struct form *f)
{
	trows_clear(&f->mem.all);
	trows_clear(&f->full);
	free(f->subject);
	f->subject = NULL;
	enum nd_err e = entity_show(t->db, f->e, f->id, on_show, f);
	tmem_index(&f->mem);
	return e;
}

static void title(struct tui *t, struct tscreen *s, char *buf, size_t size)
{
	struct form *f = (struct form *)s;
	(void)t;
	snprintf(buf, size, "%s %s", f->heading, f->subject ? f->subject : "");
}

static enum theme_role row_role(const struct trow *r)
{
	return r->flags ? R_NORMAL : R_DIM;
}

static void draw(struct tui *t, struct tscreen *s, int y, int h)
{
	struct form *f = (struct form *)s;
	const struct trow *r;
	int rows = f->mem.all.n + 1;
	/* The fields on top; the whole text of the selected one below. */
	if (rows > h - 4)
		rows = h - 4;
	list_fit(t, &f->list, rows - 1);
	list_draw(&f->list, cols, 2, y, rows, row_role);
	if ((r = list_selected(&f->list)) != NULL) {
		const char *full = f->full.v[r->id].cell[0];
		draw_rule(y + rows, 0, COLS, r->cell[0]);
		draw_wrapped(y + rows + 1, 1, COLS - 2, h - rows - 1, full && *full ? full :
			     (r->flags ? "(tomt; Enter skriver)" : "(tomt)"), R_NORMAL);
	}
}

/* A membership's from, to or role, as member edit does it: a filled
 * vacancy's from moves the vacancy's end or is refused over a justerat
 * meeting (vacancy_fill_moved); a change reaching a justerat meeting is
 * saved with the CLI's warning (hostile19 F4, F14). */
static enum nd_err member_edit(struct tui *t, struct form *f, const char *field,
			       const char *value, char *warning, size_t size)
{
	const char *names[1] = { field }, *values[1] = { value };
	char from[11] = "", to[11] = "";
	bool period = strcmp(field, "from") == 0 || strcmp(field, "to") == 0 ||
		      strcmp(field, "role") == 0;
	enum nd_err e;
	warning[0] = '\0';
	if (period && (e = membership_span(t->db, f->id, from, to)))
		return e;
	if ((strcmp(field, "from") == 0 || strcmp(field, "to") == 0) &&
	    (e = membership_keeps_justerat(t->db, f->id, strcmp(field, "from") == 0 ? value : NULL,
					   strcmp(field, "to") == 0 ? value : NULL)))
		return e;
	if ((e = db_begin(t->db)))
		return e;
	if ((strcmp(field, "from") != 0 || !(e = vacancy_fill_moved(t->db, f->id, value))) &&
	    !(e = entity_edit(t->db, f->e, f->id, 1, names, values)))
		e = db_commit(t->db);
	else
		db_rollback(t->db);
	if (!e && period)
		membership_justerat_warning(t->db, f->id, from, to, strcmp(field, "role") == 0,
					    warning, size);
	return e;
}

static bool save(struct tui *t, struct form *f, const char *field, const char *value)
{
	const char *names[1] = { field }, *values[1] = { value };
	char ok[600], warning[400] = "";
	const struct nd_field *fd = field_find(f->e->fields, field);
	enum nd_err e;
	snprintf(ok, sizeof ok, "Sparat: %s.", fd ? fd->label : field);
	do
		e = f->e == &membership_entity ?
		    member_edit(t, f, field, value, warning, sizeof warning) :
		    entity_edit(t->db, f->e, f->id, 1, names, values);
	while (tui_busy(t, e));
	if (*warning)
		snprintf(ok, sizeof ok, "Sparat: %s. Obs: %.300s", fd ? fd->label : field,
			 warning);
	if (tui_result(t, e, ok))
		return false;
	tui_result(t, load(t, f), NULL);
	list_refresh(t, &f->list);
	return true;
}

static void edit(struct tui *t, struct form *f, const struct trow *r)
{
	const struct nd_field *fd;
	const char *old = f->full.v[r->id].cell[0];
	char *text = NULL, label[160];
	if (!r->flags || !(fd = field_find(f->e->fields, r->ktext))) {
		tui_msg(t, "Fältet %s kan inte ändras här.", r->cell[0]);
		return;
	}
	snprintf(label, sizeof label, "%s", r->cell[0]);
	if (fd->type == FT_LONGTEXT) {
		if (tui_edit_long(t, old, &text))
			save(t, f, fd->name, text);
	} else if (fd->type == FT_ENUM || fd->type == FT_BOOL) {
		static const char *const yesno[] = { "ja", "nej", NULL };
		const char *const *ch = fd->type == FT_BOOL ? yesno : fd->choices;
		int n = 0, cur = 0;
		while (ch[n]) {
			if (old && strcmp(ch[n], old) == 0)
				cur = n;
			n++;
		}
		int i = tui_pick(t, label, ch, n, cur);
		if (i >= 0)
			save(t, f, fd->name, ch[i]);
	} else if (fd->type == FT_PERSON) {
		long long id;
		char idbuf[24];
		if (tui_pick_person(t, label, "(ingen)", &id, &text)) {
			/* By id: two people may share a name. */
			snprintf(idbuf, sizeof idbuf, id ? "%lld" : "", id);
			save(t, f, fd->name, idbuf);
		}
	} else if (fd->type == FT_CASE) {
		long long id;
		if (tui_pick_case(t, label, NULL, &id, &text))
			save(t, f, fd->name, text);
	} else if (tui_prompt(t, label, old, &text)) {
		save(t, f, fd->name, text);
	}
	free(text);
}

static bool act(struct tui *t, struct tscreen *s, enum tui_action a)
{
	struct form *f = (struct form *)s;
	const struct trow *r = list_selected(&f->list);
	if (list_act(t, &f->list, a))
		return true;
	if ((a == ACT_OPEN || a == ACT_EDIT) && r) {
		edit(t, f, r);
		return true;
	}
	return false;
}

static void reload(struct tui *t, struct tscreen *s)
{
	struct form *f = (struct form *)s;
	tui_result(t, load(t, f), NULL);
	list_refresh(t, &f->list);
}

static void destroy(struct tscreen *s)
{
	struct form *f = (struct form *)s;
	list_free(&f->list);
	trows_clear(&f->mem.all);
	trows_clear(&f->full);
	free(f->heading);
	free(f->subject);
	free(f);
}

static const struct tscreen_ops ops = {
	.name = "Uppgifter",
	.actions = actions,
	.title = title,
	.draw = draw,
	.act = act,
	.reload = reload,
	.free = destroy,
};

struct tscreen *scr_form_new(struct tui *t, const struct nd_entity *e, long long id,
			     const struct form_field *fields, const char *heading)
{
	struct form *f = scr_alloc(t, sizeof *f, &ops);
	enum nd_err err;
	if (!f || !(f->heading = strdup(heading))) {
		free(f);
		tui_err(t, nd_fail(ND_ENOMEM, "Slut på minne."));
		return NULL;
	}
	f->e = e;
	f->id = id;
	f->map = fields;
	list_init(&f->list, tmem_fetch, &f->mem);
	if ((err = load(t, f)) || (err = list_home(&f->list, 1))) {
		tui_err(t, err);
		destroy(&f->base);
		return NULL;
	}
	/* Start on the first field that can be edited. */
	return &f->base;
}

static const struct form_field case_form[] = {
	{ "title", "Titel" },
	{ "committee", "Nämnd" },
	{ "officer", "Handläggare" },
	{ "status", "Status" },
	{ "registered", "Registrerat" },
	{ "confidential", "Sekretess" },
	{ "proposal", "Förslag till beslut" },
	{ "summary", "Sammanfattning" },
	{ "description", "Ärendet" },
	{ NULL, NULL },
};

struct tscreen *scr_case_new(struct tui *t, long long id)
{
	return scr_form_new(t, &case_entity, id, case_form, "Ärende");
}
