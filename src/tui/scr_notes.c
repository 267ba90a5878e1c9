/* Messages to read through: an import's errors and notes with their
 * line, the warnings of a plan. Rows in role error when flagged; Esc
 * closes the list and nothing else happens here. */
#include "tui.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct notes {
	struct tscreen base;
	char *title;
	struct tmem mem;
	struct tlist list;
};

static const enum tui_action actions[] = {
	ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END, ACT_NONE,
};

static const struct tcol cols[] = {
	{ "Rad", 5, true, false },
	{ "", 7, false, false },
	{ "Vad", 0, false, false },
};

static void title(struct tui *t, struct tscreen *s, char *buf, size_t size)
{
	struct notes *n = (struct notes *)s;
	(void)t;
	snprintf(buf, size, "%s", n->title);
}

static enum theme_role role(const struct trow *r)
{
	return r->flags ? R_OVERDUE : R_NORMAL;
}

static void draw(struct tui *t, struct tscreen *s, int y, int h)
{
	struct notes *n = (struct notes *)s;
	const struct trow *r;
	/* The selected message whole under the list: a long one is cut in
	 * its row. */
	int rows = h - 4;
	list_fit(t, &n->list, rows - 1);
	list_draw(&n->list, cols, 3, y, rows, role);
	if ((r = list_selected(&n->list)) != NULL) {
		draw_rule(y + rows, 0, COLS, "");
		draw_wrapped(y + rows + 1, 1, COLS - 2, 3, r->cell[2] ? r->cell[2] : "",
			     role(r));
	}
}

static bool act(struct tui *t, struct tscreen *s, enum tui_action a)
{
	struct notes *n = (struct notes *)s;
	return list_act(t, &n->list, a);
}

static void destroy(struct tscreen *s)
{
	struct notes *n = (struct notes *)s;
	list_free(&n->list);
	trows_clear(&n->mem.all);
	free(n->title);
	free(n);
}

static const struct tscreen_ops ops = {
	.name = "Meddelanden",
	.actions = actions,
	.title = title,
	.draw = draw,
	.act = act,
	.free = destroy,
};

struct tscreen *scr_notes_new(struct tui *t, const char *heading, struct trows *rows)
{
	struct notes *n = scr_alloc(t, sizeof *n, &ops);
	if (!n) {
		trows_clear(rows);
		return NULL;
	}
	if (!(n->title = strdup(heading))) {
		trows_clear(rows);
		destroy(&n->base);
		tui_err(t, nd_fail(ND_ENOMEM, "Slut på minne."));
		return NULL;
	}
	n->mem.all = *rows;
	memset(rows, 0, sizeof *rows);
	tmem_index(&n->mem);
	list_init(&n->list, tmem_fetch, &n->mem);
	list_home(&n->list, 1);
	return &n->base;
}
