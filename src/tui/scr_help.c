/* ? : every key, from the same table that decides what keys do, so the
 * help can never disagree with the program (or with the keys file). */
#include "tui.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct help {
	struct tscreen base;
	char *below;         /* the screen the help is for */
	struct tmem mem;
	struct tlist list;
};

static const enum tui_action actions[] = {
	ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END, ACT_NONE,
};

static const struct tcol cols[] = {
	{ "Tangenter", 18, false, false },
	{ "Gör", 26, false, false },
	{ "Namn i tangentfilen", 0, false, false },
};

static void add(struct help *h, const char *keys, const char *label, const char *name,
		bool heading)
{
	struct trow *r = trows_add(&h->mem.all);
	if (!r)
		return;
	r->flags = heading;
	trow_set(r, 0, keys);
	trow_set(r, 1, label);
	trow_set(r, 2, name);
}

/* label: what the action does on the screen (NULL: the table's words). */
static void add_action(struct help *h, enum tui_action a, const char *label,
		       const enum tui_action *acc)
{
	char keys[128];
	/* On the screen's own list only the keys that work there. */
	if (acc)
		keys_all_for(a, acc, keys, sizeof keys);
	else
		keys_all(a, keys, sizeof keys);
	add(h, keys, label ? label : action_label(a), action_name(a), false);
}

static void fill(struct tui *t, struct help *h, const struct tscreen *below)
{
	static const enum tui_action general[] = {
		ACT_HELP, ACT_MENU, ACT_BACK, ACT_QUIT, ACT_REDRAW, ACT_UNDO, ACT_GO_CASES,
		ACT_GO_MEETINGS, ACT_GO_PEOPLE, ACT_GO_SEARCH, ACT_GO_REPORT, ACT_NONE,
	};
	enum tui_action acc[ACT_COUNT + 16];
	if (below)
		tui_accepted(t, below, acc, sizeof acc / sizeof *acc);
	add(h, "", "Den här skärmen", "", true);
	for (const enum tui_action *a = below ? below->ops->actions : NULL; a && *a; a++)
		add_action(h, *a, below->ops->label ? below->ops->label(*a) : NULL, acc);
	add(h, "", "Överallt", "", true);
	for (const enum tui_action *a = general; *a; a++)
		add_action(h, *a, NULL, below ? acc : NULL);
	add(h, "", "Radredigering", "", true);
	add(h, "← → Home End", "Flytta markören", "(^B ^F ^A ^E)", false);
	add(h, "Backspace Delete", "Radera tecken", "(^D)", false);
	add(h, "^W", "Radera ordet före", "", false);
	add(h, "^U ^K", "Radera till början/slutet", "", false);
	add(h, "Enter", "Spara", "", false);
	add(h, "Esc", "Avbryt utan att spara", "", false);
	add(h, "", "Alla åtgärder", "", true);
	for (int a = 1; a < ACT_COUNT; a++)
		add_action(h, (enum tui_action)a, NULL, NULL);
	add(h, "", "Tangentfilen: $XDG_CONFIG_HOME/namnd/keys, en rad per åtgärd:",
	    "namn tangent …  (se namnd(1))", true);
	tmem_index(&h->mem);
}

static void title(struct tui *t, struct tscreen *s, char *buf, size_t size)
{
	struct help *h = (struct help *)s;
	(void)t;
	snprintf(buf, size, "Hjälp · %s", h->below);
}

static enum theme_role row_role(const struct trow *r)
{
	return r->flags ? R_HEADER : R_NORMAL;
}

static void draw(struct tui *t, struct tscreen *s, int y, int h)
{
	struct help *hp = (struct help *)s;
	list_fit(t, &hp->list, h - 1);
	list_draw(&hp->list, cols, 3, y, h, row_role);
}

static bool act(struct tui *t, struct tscreen *s, enum tui_action a)
{
	struct help *h = (struct help *)s;
	return list_act(t, &h->list, a);
}

static void destroy(struct tscreen *s)
{
	struct help *h = (struct help *)s;
	list_free(&h->list);
	trows_clear(&h->mem.all);
	free(h->below);
	free(h);
}

static const struct tscreen_ops ops = {
	.name = "Hjälp",
	.actions = actions,
	.title = title,
	.draw = draw,
	.act = act,
	.free = destroy,
};

struct tscreen *scr_help_new(struct tui *t, const struct tscreen *below)
{
	struct help *h = scr_alloc(t, sizeof *h, &ops);
	if (!h || !(h->below = strdup(below ? below->ops->name : ""))) {
		free(h);
		tui_err(t, nd_fail(ND_ENOMEM, "Slut på minne."));
		return NULL;
	}
	fill(t, h, below);
	list_init(&h->list, tmem_fetch, &h->mem);
	list_home(&h->list, 1);
	return &h->base;
}
