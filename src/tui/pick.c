/* Choosing one of a few items in a box over the screen: the screen
 * menu, a field's allowed values, the hits when adding an ärende. */
#include "tui.h"

#include <curses.h>
#include <string.h>

#include "namnd/text.h"

static const enum tui_action pick_keys[] = {
	ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END, ACT_OPEN, ACT_BACK, ACT_NONE,
};

static void draw_box(const char *title, const char *const *items, int n, int cur,
		     int top, int rows, int w)
{
	int y0 = (LINES - rows - 2) / 2, x0 = (COLS - w - 2) / 2;
	attrset(theme_attr(R_HEADER));
	mvaddstr(y0, x0, "┌");
	mvaddstr(y0 + rows + 1, x0, "└");
	mvaddstr(y0, x0 + w + 1, "┐");
	mvaddstr(y0 + rows + 1, x0 + w + 1, "┘");
	for (int x = 1; x <= w; x++) {
		mvaddstr(y0, x0 + x, "─");
		mvaddstr(y0 + rows + 1, x0 + x, "─");
	}
	for (int y = 1; y <= rows; y++) {
		attrset(theme_attr(R_HEADER));
		mvaddstr(y0 + y, x0, "│");
		mvaddstr(y0 + y, x0 + w + 1, "│");
		int i = top + y - 1;
		enum theme_role r = i == cur ? R_SELECTED : R_NORMAL;
		draw_text(y0 + y, x0 + 1, w, i < n ? items[i] : "", r);
	}
	int tw = (int)text_width(title);
	draw_text(y0, x0 + 2, tw < w - 2 ? tw : w - 2, title, R_HEADER);
}

int tui_pick(struct tui *t, const char *title, const char *const *items, int n,
	     int initial)
{
	int cur = initial >= 0 && initial < n ? initial : 0, top = 0;
	if (n <= 0)
		return -1;
	for (;;) {
		int w = (int)text_width(title) + 4, rows;
		for (int i = 0; i < n; i++)
			if ((int)text_width(items[i]) + 2 > w)
				w = (int)text_width(items[i]) + 2;
		if (w > COLS - 6)
			w = COLS - 6;
		rows = n < LINES - 6 ? n : LINES - 6;
		if (rows < 1)
			rows = 1;
		if (cur < top)
			top = cur;
		if (cur >= top + rows)
			top = cur - rows + 1;
		tui_draw(t);
		if (COLS >= TUI_MIN_COLS && LINES >= TUI_MIN_LINES)
			draw_box(title, items, n, cur, top, rows, w);
		refresh();
		int k = keys_read();
		if (k == TK_RESIZE || k == -1)
			continue;
		switch (keys_lookup(k, pick_keys)) {
		case ACT_UP: cur = cur > 0 ? cur - 1 : 0; break;
		case ACT_DOWN: cur = cur + 1 < n ? cur + 1 : cur; break;
		case ACT_PGUP: cur = cur > rows ? cur - rows : 0; break;
		case ACT_PGDN: cur = cur + rows < n ? cur + rows : n - 1; break;
		case ACT_HOME: cur = 0; break;
		case ACT_END: cur = n - 1; break;
		case ACT_OPEN: return cur;
		case ACT_BACK: return -1;
		default: break;
		}
	}
}
