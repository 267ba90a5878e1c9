/* Drawing text: the one way strings reach the screen. Each is sanitised
 * (no control characters, so a stored ESC sequence is shown as text,
 * never obeyed), line breaks become spaces, and it is cut by display
 * columns, never inside a character. */
#include "tui.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/text.h"

/* Sanitised one-line copy of s (line breaks as spaces); NULL on no memory. */
static char *one_line(const char *s)
{
	char *c = text_sanitize(s ? s : "", true);
	for (char *p = c; p && *p; p++)
		if (*p == '\n')
			*p = ' ';
	return c;
}

static int put_cut(int y, int x, int w, const char *clean, bool ellipsis)
{
	char *cut;
	int used;
	if (w <= 0)
		return 0;
	if (ellipsis) {
		cut = text_truncate(clean, (size_t)w);
	} else {
		size_t n = text_fit_bytes(clean, (size_t)w);
		cut = malloc(n + 1);
		if (cut) {
			memcpy(cut, clean, n);
			cut[n] = '\0';
		}
	}
	if (!cut)
		return 0;
	mvaddstr(y, x, cut);
	used = (int)text_width(cut);
	free(cut);
	return used;
}

void draw_blank(int y, int x, int w, enum theme_role r)
{
	attrset(theme_attr(r));
	if (x + w > COLS)
		w = COLS - x;
	if (w > 0)
		mvhline(y, x, ' ', w);
}

int draw_text(int y, int x, int w, const char *s, enum theme_role r)
{
	char *clean;
	int used;
	if (x + w > COLS)
		w = COLS - x;
	if (w <= 0)
		return 0;
	clean = one_line(s);
	draw_blank(y, x, w, r);
	used = clean ? put_cut(y, x, w, clean, true) : 0;
	free(clean);
	return used;
}

void draw_right(int y, int x, int w, const char *s, enum theme_role r)
{
	char *clean = one_line(s);
	int sw;
	if (x + w > COLS)
		w = COLS - x;
	if (!clean || w <= 0) {
		free(clean);
		return;
	}
	draw_blank(y, x, w, r);
	sw = (int)text_width(clean);
	if (sw > w)
		put_cut(y, x, w, clean, true);
	else
		put_cut(y, x + w - sw, sw, clean, false);
	free(clean);
}

/* Pieces of s between the marks alternate between r and hit. The text
 * is cut as a whole: the ellipsis comes where the columns run out. */
void draw_marked(int y, int x, int w, const char *s, enum theme_role r,
		 enum theme_role hit)
{
	char *clean, *p;
	bool on = false;
	int left;
	if (x + w > COLS)
		w = COLS - x;
	if (w <= 0)
		return;
	draw_blank(y, x, w, r);
	if (!(clean = one_line(s)))
		return;
	size_t total = 0;
	for (p = clean; *p;) {
		const char *m = on ? MARK_OFF : MARK_ON;
		char *end = strstr(p, m);
		if (end)
			*end = '\0';
		total += text_width(p);
		p = end ? end + strlen(m) : p + strlen(p);
		on = !on;
	}
	/* Walk again over the NUL-separated pieces. */
	left = w;
	on = false;
	for (p = clean; left > 0 && total > 0;) {
		size_t pw = text_width(p), len = strlen(p);
		bool last = pw >= (size_t)left && total > (size_t)left;
		attrset(theme_attr(on ? hit : r));
		int used = put_cut(y, x + (w - left), left, p, last);
		left -= used;
		total -= pw;
		p += len + strlen(on ? MARK_OFF : MARK_ON);
		on = !on;
		if (last)
			break;
	}
	free(clean);
}

void draw_rule(int y, int x, int w, const char *label)
{
	int used = 0;
	if (x + w > COLS)
		w = COLS - x;
	draw_blank(y, x, w, R_DIM);
	attrset(theme_attr(R_DIM));
	mvaddstr(y, x, "─ ");
	if (label && *label)
		used = draw_text(y, x + 2, w - 4, label, R_DIM);
	attrset(theme_attr(R_DIM));
	for (int i = x + 2 + used + 1; i < x + w; i++)
		mvaddstr(y, i, "─");
}

size_t wrap_fit(const char *s, size_t w)
{
	size_t len = strlen(s), fit = text_fit_bytes(s, w);
	if (fit < len) {
		/* Break at the last space that fits, if any. */
		size_t sp = fit;
		while (sp > 0 && s[sp] != ' ')
			sp--;
		if (sp > 0)
			fit = sp;
	}
	return fit ? fit : len; /* a character wider than the column: all */
}

/* Words wrapped to w columns in at most h rows; a line break in the text
 * starts a new row. Returns the rows used. */
int draw_wrapped(int y, int x, int w, int h, const char *s, enum theme_role r)
{
	char *clean = text_sanitize(s ? s : "", true);
	int row = 0;
	if (!clean || w <= 0) {
		free(clean);
		return 0;
	}
	for (char *line = clean; line && row < h;) {
		char *next = strchr(line, '\n'), *p = line;
		if (next)
			*next++ = '\0';
		do {
			size_t fit = wrap_fit(p, (size_t)w);
			char keep = p[fit];
			p[fit] = '\0';
			draw_text(y + row++, x, w, p, r);
			p[fit] = keep;
			p += fit;
			while (*p == ' ')
				p++;
		} while (*p && row < h);
		line = next;
	}
	free(clean);
	return row;
}

int wrap_rows(const char *s, int w, int max)
{
	char *clean = text_sanitize(s ? s : "", true);
	int row = 0;
	if (!clean || w <= 0) {
		free(clean);
		return 1;
	}
	for (char *line = clean; line && row < max;) {
		char *next = strchr(line, '\n'), *p = line;
		if (next)
			*next++ = '\0';
		do {
			p += wrap_fit(p, (size_t)w);
			while (*p == ' ')
				p++;
			row++;
		} while (*p && row < max);
		line = next;
	}
	free(clean);
	return row > 0 ? row : 1;
}
