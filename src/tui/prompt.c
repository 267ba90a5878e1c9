/* The line editor on the message line, and yes/no questions. Editing
 * keys are the usual readline ones; Esc cancels without writing. */
#include "tui.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/ledit.h"
#include "namnd/text.h"

#define PROMPT_MAX 4000

/* Draw "label: text" on the message line with the cursor visible;
 * *scroll is the byte offset of the first character shown. */
static void draw_prompt(int y, const char *label, struct ledit *e, size_t *scroll)
{
	int lw, avail;
	char *clean = text_sanitize(label, false);
	/* The label may take all but 20 columns: the text scrolls. */
	lw = draw_text(y, 0, COLS - 20, clean ? clean : "", R_WARN);
	free(clean);
	lw += draw_text(y, lw, 2, ": ", R_WARN);
	avail = COLS - lw - 1;
	if (avail < 1)
		avail = 1;
	if (*scroll > e->cur)
		*scroll = e->cur;
	/* Move the start right until the cursor fits. */
	for (;;) {
		char save = e->buf[e->cur];
		e->buf[e->cur] = '\0';
		size_t w = text_width(e->buf + *scroll);
		e->buf[e->cur] = save;
		if ((int)w < avail || *scroll >= e->cur)
			break;
		size_t step = 1;
		while (*scroll + step < e->len &&
		       ((unsigned char)e->buf[*scroll + step] & 0xC0) == 0x80)
			step++;
		*scroll += step;
	}
	draw_blank(y, lw, COLS - lw, R_EDIT);
	attrset(theme_attr(R_EDIT));
	size_t fit = text_fit_bytes(e->buf + *scroll, (size_t)avail);
	char *shown = malloc(fit + 1);
	if (shown) {
		memcpy(shown, e->buf + *scroll, fit);
		shown[fit] = '\0';
		mvaddstr(y, lw, shown);
		free(shown);
	}
	char save = e->buf[e->cur];
	e->buf[e->cur] = '\0';
	int cx = lw + (int)text_width(e->buf + *scroll);
	e->buf[e->cur] = save;
	move(y, cx < COLS ? cx : COLS - 1);
}

/* text wrapped into the rows that end at row last (at most MSG_ROWS,
 * never above the body's second row). */
static void draw_ending_at(int last, const char *text, enum theme_role r)
{
	int rows = wrap_rows(text, COLS - 1, MSG_ROWS);
	if (rows > last - 1)
		rows = last - 1 > 0 ? last - 1 : 1;
	for (int i = 0; i < rows; i++)
		draw_blank(last - rows + 1 + i, 0, COLS, r);
	draw_wrapped(last - rows + 1, 0, COLS - 1, rows, text, r);
}

static bool prompt(struct tui *t, const char *label, const char *initial, tui_check_fn check,
		   void *ctx, char **out)
{
	struct ledit e;
	size_t scroll = 0;
	bool done = false, ok = false;
	char err[1024] = "";
	*out = NULL;
	if (ledit_init(&e, initial, PROMPT_MAX)) {
		tui_err(t, ND_ENOMEM);
		return false;
	}
	t->msg[0] = '\0';
	curs_set(1);
	while (!done) {
		tui_draw(t);
		if (COLS >= TUI_MIN_COLS && LINES >= TUI_MIN_LINES) {
			if (err[0])
				draw_ending_at(t->msg_y - 1, err, R_ERROR);
			draw_prompt(t->msg_y, label, &e, &scroll);
		}
		refresh();
		int k = keys_read();
		switch (k) {
		case TK_RESIZE: case -1: break;
		case '\n': {
			enum nd_err ce;
			nd_errclear();
			/* A value the check refuses stays in the field with the
			 * reason above it; what is typed next edits it. */
			if (check && (ce = check(t, e.buf, ctx)) != ND_OK) {
				const char *m = nd_errmsg();
				snprintf(err, sizeof err, "%s", *m ? m : nd_strerror(ce));
				break;
			}
			done = ok = true;
			break;
		}
		case TK_ESC: case 7 /* ^G */: done = true; break;
		case TK_FN(KEY_LEFT): case 2 /* ^B */: ledit_left(&e); break;
		case TK_FN(KEY_RIGHT): case 6 /* ^F */: ledit_right(&e); break;
		case TK_FN(KEY_HOME): case 1 /* ^A */: ledit_home(&e); break;
		case TK_FN(KEY_END): case 5 /* ^E */: ledit_end(&e); break;
		case TK_FN(KEY_BACKSPACE): ledit_backspace(&e); break;
		case TK_FN(KEY_DC): case 4 /* ^D */: ledit_delete(&e); break;
		case 23 /* ^W */: ledit_delete_word(&e); break;
		case 21 /* ^U */: ledit_kill_start(&e); break;
		case 11 /* ^K */: ledit_kill_end(&e); break;
		case TK_FN(KEY_SLEFT): ledit_word_left(&e); break;
		case TK_FN(KEY_SRIGHT): ledit_word_right(&e); break;
		default:
			if (k > 0 && k < 0x110000)
				ledit_insert(&e, (uint32_t)k);
			break;
		}
	}
	curs_set(0);
	if (ok && !(*out = strdup(e.buf))) {
		tui_err(t, nd_fail(ND_ENOMEM, "Slut på minne."));
		ok = false;
	}
	if (!ok && !t->msg[0])
		tui_msg(t, "Avbrutet; ingenting ändrades.");
	ledit_free(&e);
	return ok;
}

bool tui_prompt(struct tui *t, const char *label, const char *initial, char **out)
{
	return prompt(t, label, initial, NULL, NULL, out);
}

bool tui_prompt_check(struct tui *t, const char *label, const char *initial,
		      tui_check_fn check, void *ctx, char **out)
{
	return prompt(t, label, initial, check, ctx, out);
}

bool tui_confirm(struct tui *t, const char *question)
{
	char full[1200];
	snprintf(full, sizeof full, "%s (j/n)", question);
	/* The question stands alone, wrapped above the footer when long. */
	t->msg[0] = '\0';
	for (;;) {
		tui_draw(t);
		if (COLS >= TUI_MIN_COLS && LINES >= TUI_MIN_LINES)
			draw_ending_at(t->msg_y, full, R_WARN);
		refresh();
		int k = keys_read();
		if (k == TK_RESIZE || k == -1)
			continue;
		t->msg[0] = '\0';
		if (k == 'j' || k == 'J' || k == 'y' || k == 'Y')
			return true;
		tui_msg(t, "Avbrutet; ingenting ändrades.");
		return false;
	}
}
