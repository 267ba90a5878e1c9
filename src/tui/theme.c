/* Colour roles: one row per role, a column per theme (the ncdu util.h
 * idea). Without colours (NO_COLOR set, or a terminal that has none)
 * every role falls back to plain attributes that still tell the roles
 * apart: reverse for the selection, bold for headings and warnings. */
#include "tui.h"

#include <curses.h>
#include <stdlib.h>

/* X(role, foreground, background, attribute with colours, plain attribute) */
#define THEME_TABLE(X) \
	X(NORMAL,     -1,            -1,          A_NORMAL,  A_NORMAL) \
	X(TITLE,      COLOR_WHITE,   COLOR_BLUE,  A_BOLD,    A_REVERSE) \
	X(HEADER,     COLOR_CYAN,    -1,          A_BOLD,    A_BOLD | A_UNDERLINE) \
	X(SELECTED,   COLOR_BLACK,   COLOR_CYAN,  A_NORMAL,  A_REVERSE) \
	X(FOOTER,     -1,            -1,          A_NORMAL,  A_NORMAL) \
	X(FOOTER_KEY, COLOR_YELLOW,  -1,          A_BOLD,    A_BOLD) \
	X(INFO,       COLOR_GREEN,   -1,          A_NORMAL,  A_NORMAL) \
	X(ERROR,      COLOR_WHITE,   COLOR_RED,   A_BOLD,    A_BOLD | A_REVERSE) \
	X(OVERDUE,    COLOR_RED,     -1,          A_BOLD,    A_BOLD | A_UNDERLINE) \
	X(HIT,        COLOR_BLACK,   COLOR_YELLOW, A_NORMAL, A_BOLD | A_UNDERLINE) \
	X(LOCKED,     COLOR_GREEN,   -1,          A_BOLD,    A_BOLD) \
	X(DIM,        COLOR_BLUE,    -1,          A_BOLD,    A_DIM) \
	X(WARN,       COLOR_YELLOW,  -1,          A_BOLD,    A_BOLD) \
	X(EDIT,       COLOR_WHITE,   COLOR_BLACK, A_NORMAL,  A_UNDERLINE)

static const struct {
	short fg, bg;
	int colour, plain;
} table[R_COUNT] = {
#define X(r, fg, bg, colour, plain) [R_##r] = { fg, bg, colour, plain },
	THEME_TABLE(X)
#undef X
};

static int attrs[R_COUNT];

void theme_init(void)
{
	const char *no = getenv("NO_COLOR");
	bool colour = !(no && *no) && has_colors() && start_color() == OK;
	/* Terminals without a default colour get white on black. */
	bool deflt = colour && use_default_colors() == OK;
	for (int r = 0; r < R_COUNT; r++) {
		if (!colour) {
			attrs[r] = table[r].plain;
			continue;
		}
		attrs[r] = table[r].colour;
		if (table[r].fg >= 0 || table[r].bg >= 0) {
			short fg = table[r].fg, bg = table[r].bg;
			if (!deflt) {
				fg = fg < 0 ? COLOR_WHITE : fg;
				bg = bg < 0 ? COLOR_BLACK : bg;
			}
			init_pair((short)(r + 1), fg, bg);
			attrs[r] |= (int)COLOR_PAIR(r + 1);
		}
	}
}

int theme_attr(enum theme_role r)
{
	return r >= 0 && r < R_COUNT ? attrs[r] : (int)A_NORMAL;
}
