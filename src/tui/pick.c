/* Choosing one of a few items in a box over the screen (the screen
 * menu, a field's allowed values), and people and ärenden from a list
 * that narrows as one types part of a name, dnr or title. */
#include "tui.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/search.h"
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

/* ---- Pickers that narrow as one types ---- */

/* s lower-cased with the diacritics Swedish keyboards and names bring
 * folded to the base letter (å ä → a, ö ø → o, é è → e, ü → u …), so
 * "ostlund" finds Östlund and "backeby" Bäckeby. */
static void fold(const char *s, char *out, size_t size)
{
	size_t o = 0, len = strlen(s);
	while (*s && o + 5 < size) {
		uint32_t cp;
		size_t n = utf8_decode(s, len, &cp);
		if (n == 0) {
			s++;
			len--;
			continue;
		}
		s += n;
		len -= n;
		if (cp >= 'A' && cp <= 'Z')
			cp += 'a' - 'A';
		else if (cp >= 0xC0 && cp <= 0xFF) {
			/* Latin-1 letters: upper and lower alike. */
			static const char base[] = "aaaaaaaceeeeiiiidnooooo*ouuuuyts"
						   "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
			char b = base[cp - 0xC0];
			if (b != '*' && b != '/')
				cp = (uint32_t)b;
		}
		o += utf8_encode(cp, out + o);
	}
	out[o] = '\0';
}

/* Whether every word of the folded query is in the folded label. */
static bool matches(const char *label, const char *query)
{
	char fl[1024], fq[512], *save = NULL;
	fold(label, fl, sizeof fl);
	fold(query, fq, sizeof fq);
	for (char *w = strtok_r(fq, " ", &save); w; w = strtok_r(NULL, " ", &save))
		if (!strstr(fl, w))
			return false;
	return true;
}

#define FIND_SHOWN 200
#define FIND_TEXT 200

/* The rows shown for what is typed: fill sets *labels (valid until the
 * next call) and returns how many; the picker returns the position of
 * the one chosen in the last fill. */
typedef int (*find_fill)(struct tui *t, void *ctx, const char *text,
			 const char *const **labels);

static void draw_find(const char *title, const char *text, const char *const *labels,
		      int n, int cur, int top, int rows, int w, const char *none)
{
	int y0 = (LINES - rows - 4) / 2, x0 = (COLS - w - 2) / 2;
	char line[FIND_TEXT + 16];
	attrset(theme_attr(R_HEADER));
	mvaddstr(y0, x0, "┌");
	mvaddstr(y0, x0 + w + 1, "┐");
	mvaddstr(y0 + 2, x0, "├");
	mvaddstr(y0 + 2, x0 + w + 1, "┤");
	mvaddstr(y0 + rows + 3, x0, "└");
	mvaddstr(y0 + rows + 3, x0 + w + 1, "┘");
	for (int x = 1; x <= w; x++) {
		mvaddstr(y0, x0 + x, "─");
		mvaddstr(y0 + 2, x0 + x, "─");
		mvaddstr(y0 + rows + 3, x0 + x, "─");
	}
	for (int y = 1; y <= rows + 2; y++) {
		if (y == 2)
			continue;
		attrset(theme_attr(R_HEADER));
		mvaddstr(y0 + y, x0, "│");
		mvaddstr(y0 + y, x0 + w + 1, "│");
	}
	snprintf(line, sizeof line, "Sök: %s", text);
	int used = draw_text(y0 + 1, x0 + 1, w, line, R_EDIT);
	for (int y = 0; y < rows; y++) {
		int i = top + y;
		if (n == 0 && y == 0)
			draw_text(y0 + 3, x0 + 1, w, none, R_DIM);
		else
			draw_text(y0 + 3 + y, x0 + 1, w, i < n ? labels[i] : "",
				  i == cur ? R_SELECTED : R_NORMAL);
	}
	int tw = (int)text_width(title);
	draw_text(y0, x0 + 2, tw < w - 2 ? tw : w - 2, title, R_HEADER);
	move(y0 + 1, x0 + 1 + (used < w ? used : w - 1));
}

/* Remove the last character (or word, ^W) of text. */
static void find_erase(char *text, bool word)
{
	size_t len = strlen(text);
	if (word) {
		while (len > 0 && text[len - 1] == ' ')
			len--;
		while (len > 0 && text[len - 1] != ' ')
			len--;
	} else {
		while (len > 0 && ((unsigned char)text[--len] & 0xC0) == 0x80)
			;
	}
	text[len] = '\0';
}

static const enum tui_action find_keys[] = {
	ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_NONE,
};

/* The loop of a picker that narrows: letters go to the search line
 * (never to commands), arrows choose, Enter takes, Esc gives up. Enter
 * with nothing shown keeps the picker open. */
static int find_loop(struct tui *t, const char *title, find_fill fill, void *ctx,
		     const char *initial, const char *none)
{
	char text[FIND_TEXT] = "";
	const char *const *labels = NULL;
	int n, cur = 0, top = 0;
	bool refill = true;
	snprintf(text, sizeof text, "%s", initial ? initial : "");
	curs_set(1);
	for (;;) {
		int w = COLS - 10, rows;
		if (refill) {
			n = fill(t, ctx, text, &labels);
			cur = top = 0;
			refill = false;
		}
		rows = LINES - 10;
		if (rows < 1)
			rows = 1;
		if (n > 0 && n < rows)
			rows = n;
		else if (n == 0)
			rows = 1;
		if (cur < top)
			top = cur;
		if (cur >= top + rows)
			top = cur - rows + 1;
		tui_draw(t);
		if (COLS >= TUI_MIN_COLS && LINES >= TUI_MIN_LINES)
			draw_find(title, text, labels, n, cur, top, rows, w, none);
		refresh();
		int k = keys_read();
		if (k == TK_RESIZE || k == -1)
			continue;
		if (k == '\n') {
			if (n > 0) {
				curs_set(0);
				return cur;
			}
			continue;
		}
		if (k == TK_ESC || k == 7 /* ^G */) {
			curs_set(0);
			return -1;
		}
		if (k == TK_FN(KEY_BACKSPACE) || k == 23 /* ^W */ || k == 21 /* ^U */) {
			if (k == 21)
				text[0] = '\0';
			else
				find_erase(text, k == 23);
			refill = true;
			continue;
		}
		if (k >= ' ' && k < 0x110000 && k != 127) {
			char enc[8];
			size_t len = strlen(text), el = utf8_encode((uint32_t)k, enc);
			if (len + el < sizeof text) {
				memcpy(text + len, enc, el);
				text[len + el] = '\0';
				refill = true;
			}
			continue;
		}
		switch (keys_lookup(k, find_keys)) {
		case ACT_UP: cur = cur > 0 ? cur - 1 : 0; break;
		case ACT_DOWN: cur = cur + 1 < n ? cur + 1 : cur; break;
		case ACT_PGUP: cur = cur > rows ? cur - rows : 0; break;
		case ACT_PGDN: cur = cur + rows < n ? cur + rows : (n > 0 ? n - 1 : 0); break;
		default: break;
		}
	}
}

/* Items held by the caller, filtered in memory. */
struct find_mem {
	const char *const *items;
	int n;
	const char *shown[FIND_SHOWN];
	int index[FIND_SHOWN];
};

static int mem_fill(struct tui *t, void *ctx, const char *text, const char *const **labels)
{
	struct find_mem *m = ctx;
	int n = 0;
	(void)t;
	for (int i = 0; i < m->n && n < FIND_SHOWN; i++)
		if (matches(m->items[i], text)) {
			m->shown[n] = m->items[i];
			m->index[n++] = i;
		}
	*labels = m->shown;
	return n;
}

int tui_pick_find(struct tui *t, const char *title, const char *const *items, int n)
{
	struct find_mem m = { items, n, { NULL }, { 0 } };
	int i;
	if (n <= 0)
		return -1;
	i = find_loop(t, title, mem_fill, &m, NULL, "(ingen träff; Backspace raderar)");
	return i < 0 ? -1 : m.index[i];
}

/* The person register, read once per picker (it is small next to the
 * ärenden), alphabetical. */
bool tui_pick_person(struct tui *t, const char *title, const char *first, long long *id,
		     char **name)
{
	sqlite3_stmt *st = NULL;
	char **labels = NULL, **names = NULL;
	long long *ids = NULL;
	int n = 0, cap = 0, i = -1, rc;
	bool ok = false;
	enum nd_err e;
	*id = 0;
	*name = NULL;
	if ((e = db_prepare(t->db, "SELECT p.id, p.name, coalesce(p.party, ''), "
			    "coalesce(p.title, '') FROM person p WHERE p.vacant = 0 ORDER BY p.name COLLATE sv, "
			    "p.id", &st))) {
		tui_err(t, e);
		return false;
	}
	if (first) {
		cap = 64;
		labels = malloc((size_t)cap * sizeof *labels);
		names = malloc((size_t)cap * sizeof *names);
		ids = malloc((size_t)cap * sizeof *ids);
		if (!labels || !names || !ids)
			goto nomem;
		labels[0] = strdup(first);
		names[0] = strdup("");
		ids[0] = 0;
		n = 1;
		if (!labels[0] || !names[0])
			goto nomem;
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *nm = (const char *)sqlite3_column_text(st, 1);
		const char *pa = (const char *)sqlite3_column_text(st, 2);
		const char *ti = (const char *)sqlite3_column_text(st, 3);
		char label[600];
		if (n == cap) {
			int nc = cap ? cap * 2 : 64;
			char **l2 = realloc(labels, (size_t)nc * sizeof *labels);
			if (l2)
				labels = l2;
			char **n2 = realloc(names, (size_t)nc * sizeof *names);
			if (n2)
				names = n2;
			long long *i2 = realloc(ids, (size_t)nc * sizeof *ids);
			if (i2)
				ids = i2;
			if (!l2 || !n2 || !i2)
				goto nomem;
			cap = nc;
		}
		snprintf(label, sizeof label, "%s%s%s%s%s%s", nm ? nm : "", *pa ? " (" : "", pa,
			 *pa ? ")" : "", *ti ? " · " : "", ti);
		labels[n] = strdup(label);
		names[n] = strdup(nm ? nm : "");
		ids[n] = sqlite3_column_int64(st, 0);
		n++;
		if (!labels[n - 1] || !names[n - 1])
			goto nomem;
	}
	if (rc != SQLITE_DONE) {
		tui_err(t, nd_fail(ND_EIO, "Personregistret kunde inte läsas: %s",
				   sqlite3_errmsg(t->db->h)));
		goto out;
	}
	if (n == 0) {
		tui_msg(t, "Personregistret är tomt; lägg till personen under Personer (%s, "
			"sedan %s).", keys_first(ACT_GO_PEOPLE), keys_first(ACT_NEW));
		goto out;
	}
	if ((i = tui_pick_find(t, title, (const char *const *)labels, n)) < 0) {
		tui_msg(t, "Avbrutet; ingenting ändrades.");
		goto out;
	}
	if (!(*name = strdup(names[i])))
		goto nomem;
	*id = ids[i];
	ok = true;
	goto out;
nomem:
	tui_err(t, nd_fail(ND_ENOMEM, "Slut på minne."));
out:
	sqlite3_finalize(st);
	for (int k = 0; k < n; k++) {
		free(labels[k]);
		free(names[k]);
	}
	free(labels);
	free(names);
	free(ids);
	return ok;
}

/* Ärenden by a part of their dnr or title, through the search index (a
 * word begun is enough), newest first; the exact dnr first. */
#define CASES_SHOWN 100
struct find_cases {
	char *label[CASES_SHOWN], *dnr[CASES_SHOWN];
	long long id[CASES_SHOWN];
	int n;
};

static void cases_clear(struct find_cases *c)
{
	for (int i = 0; i < c->n; i++) {
		free(c->label[i]);
		free(c->dnr[i]);
	}
	c->n = 0;
}

static int on_case(void *ctx, sqlite3_stmt *st)
{
	struct find_cases *c = ctx;
	const char *kind = (const char *)sqlite3_column_text(st, 0);
	const char *dnr = (const char *)sqlite3_column_text(st, 2);
	const char *title = (const char *)sqlite3_column_text(st, 3);
	const char *status = (const char *)sqlite3_column_text(st, 5);
	char buf[600];
	if (!kind || strcmp(kind, "ärende") != 0 || !dnr)
		return 0;
	snprintf(buf, sizeof buf, "%-13s %s (%s)", dnr, title ? title : "",
		 status ? status : "");
	c->label[c->n] = strdup(buf);
	c->dnr[c->n] = strdup(dnr);
	c->id[c->n] = sqlite3_column_int64(st, 1);
	if (!c->label[c->n] || !c->dnr[c->n]) {
		free(c->label[c->n]);
		free(c->dnr[c->n]);
		return 1;
	}
	return ++c->n == CASES_SHOWN;
}

static int cases_fill(struct tui *t, void *ctx, const char *text, const char *const **labels)
{
	struct find_cases *c = ctx;
	cases_clear(c);
	*labels = (const char *const *)c->label;
	if (!*text || strspn(text, " ") == strlen(text))
		return 0;
	/* Hits come page by page, paragraphs among them: ask for enough. */
	if (search_prefix(t->db, text, CASES_SHOWN * 2, on_case, c))
		nd_errclear();
	return c->n;
}

bool tui_pick_case(struct tui *t, const char *title, const char *initial, long long *id,
		   char **dnr)
{
	struct find_cases c;
	int i;
	memset(&c, 0, sizeof c);
	*id = 0;
	*dnr = NULL;
	i = find_loop(t, title, cases_fill, &c, initial,
		      "Skriv en del av diarienumret eller rubriken");
	if (i >= 0 && i < c.n) {
		*id = c.id[i];
		if (!(*dnr = strdup(c.dnr[i])))
			tui_err(t, nd_fail(ND_ENOMEM, "Slut på minne."));
	} else {
		tui_msg(t, "Avbrutet; ingenting ändrades.");
	}
	cases_clear(&c);
	return *dnr != NULL;
}
