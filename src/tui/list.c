/* A list that holds only its visible rows. Moving past the window asks
 * the source for the rows after the last (or before the first) one by
 * their key, so a page deep in a million ärenden costs what the first
 * page does. */
#include "tui.h"

#include <curses.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void trow_free(struct trow *r)
{
	for (int i = 0; i < LIST_COLS; i++)
		free(r->cell[i]);
	free(r->ktext);
	memset(r, 0, sizeof *r);
}

struct trow *trows_add(struct trows *r)
{
	if (r->n == r->cap) {
		int cap = r->cap ? r->cap * 2 : 32;
		struct trow *v = realloc(r->v, (size_t)cap * sizeof *v);
		if (!v)
			return NULL;
		r->v = v;
		r->cap = cap;
	}
	memset(&r->v[r->n], 0, sizeof r->v[r->n]);
	return &r->v[r->n++];
}

void trows_clear(struct trows *r)
{
	for (int i = 0; i < r->n; i++)
		trow_free(&r->v[i]);
	free(r->v);
	memset(r, 0, sizeof *r);
}

void trow_set(struct trow *row, int i, const char *s)
{
	if (i < 0 || i >= LIST_COLS)
		return;
	free(row->cell[i]);
	row->cell[i] = strdup(s ? s : "");
}

void trow_setf(struct trow *row, int i, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	trow_set(row, i, buf);
}

/* Move row src into dst (dst must be free). */
static void trow_move(struct trow *dst, struct trow *src)
{
	*dst = *src;
	memset(src, 0, sizeof *src);
}

void list_init(struct tlist *l, tsource_fn fetch, void *ctx)
{
	memset(l, 0, sizeof *l);
	l->fetch = fetch;
	l->ctx = ctx;
}

void list_free(struct tlist *l)
{
	trows_clear(&l->rows);
}

const struct trow *list_selected(const struct tlist *l)
{
	return l->cur >= 0 && l->cur < l->rows.n ? &l->rows.v[l->cur] : NULL;
}

/* Rows fetched backward come nearest first: turn them around. */
static void reverse(struct trows *r)
{
	for (int i = 0, j = r->n - 1; i < j; i++, j--) {
		struct trow tmp = r->v[i];
		r->v[i] = r->v[j];
		r->v[j] = tmp;
	}
}

static enum nd_err fetch(struct tlist *l, bool backward, const struct trow *from,
			 int limit, struct trows *out)
{
	enum nd_err e;
	memset(out, 0, sizeof *out);
	if (limit <= 0)
		return ND_OK;
	e = l->fetch(l->ctx, backward, from, limit, out);
	if (e)
		trows_clear(out);
	else if (backward)
		reverse(out);
	return e;
}

/* The window becomes old rows [keep_from, keep_from + keep) around the
 * new ones: before them when append, else after them. */
static enum nd_err splice(struct tlist *l, struct trows *fresh, int keep_from, int keep,
			  bool append)
{
	struct trows w = { 0 };
	int i;
	for (i = 0; !append && i < fresh->n; i++) {
		struct trow *d = trows_add(&w);
		if (!d)
			goto nomem;
		trow_move(d, &fresh->v[i]);
	}
	for (i = keep_from; i < keep_from + keep && i < l->rows.n; i++) {
		struct trow *d = trows_add(&w);
		if (!d)
			goto nomem;
		trow_move(d, &l->rows.v[i]);
	}
	for (i = 0; append && i < fresh->n; i++) {
		struct trow *d = trows_add(&w);
		if (!d)
			goto nomem;
		trow_move(d, &fresh->v[i]);
	}
	trows_clear(fresh);
	trows_clear(&l->rows);
	l->rows = w;
	return ND_OK;
nomem:
	trows_clear(&w);
	trows_clear(fresh);
	return nd_fail(ND_ENOMEM, "Slut på minne.");
}

enum nd_err list_home(struct tlist *l, int height)
{
	struct trows fresh;
	enum nd_err e;
	l->height = height > 0 ? height : 1;
	if ((e = fetch(l, false, NULL, l->height, &fresh)))
		return e;
	trows_clear(&l->rows);
	l->rows = fresh;
	l->cur = 0;
	return ND_OK;
}

static enum nd_err list_end(struct tlist *l)
{
	struct trows fresh;
	enum nd_err e;
	if ((e = fetch(l, true, NULL, l->height, &fresh)))
		return e;
	trows_clear(&l->rows);
	l->rows = fresh;
	l->cur = l->rows.n - 1;
	return ND_OK;
}

/* Fill the window to its height: more after the last row, then (at the
 * end of the list) more before the first. */
static enum nd_err fill(struct tlist *l)
{
	struct trows fresh;
	enum nd_err e;
	int want = l->height - l->rows.n;
	if (want > 0 && l->rows.n > 0) {
		if ((e = fetch(l, false, &l->rows.v[l->rows.n - 1], want, &fresh)) ||
		    (e = splice(l, &fresh, 0, l->rows.n, true)))
			return e;
	}
	want = l->height - l->rows.n;
	if (want > 0 && l->rows.n > 0) {
		int had = l->rows.n;
		if ((e = fetch(l, true, &l->rows.v[0], want, &fresh)))
			return e;
		int got = fresh.n;
		if ((e = splice(l, &fresh, 0, had, false)))
			return e;
		l->cur += got;
	}
	return ND_OK;
}

enum nd_err list_reload(struct tlist *l, int height, long long keep)
{
	struct trows before, fresh;
	enum nd_err e;
	const struct trow *sel = list_selected(l);
	long long want = keep >= 0 ? keep : (sel ? sel->id : -1);
	int pos = l->cur;
	l->height = height > 0 ? height : 1;
	if (l->rows.n == 0)
		return list_home(l, l->height);
	/* The row before the window, then the window again from after it:
	 * the first row may have changed or gone. */
	/* As many rows as were shown, at least: when the window shrinks
	 * (a long message takes lines) the rows above the selected one go,
	 * so the selection stays where it was rather than on another row. */
	int n = l->rows.n > l->height ? l->rows.n : l->height;
	if ((e = fetch(l, true, &l->rows.v[0], 1, &before)))
		return e;
	e = before.n ? fetch(l, false, &before.v[0], n, &fresh)
		     : fetch(l, false, NULL, n, &fresh);
	trows_clear(&before);
	if (e)
		return e;
	int drop = 0;
	for (int i = 0; i < fresh.n; i++)
		if (fresh.v[i].id == want && i >= l->height)
			drop = i - l->height + 1;
	for (int i = 0; i < fresh.n; i++)
		if (i < drop || i >= drop + l->height)
			trow_free(&fresh.v[i]);
	if (drop)
		memmove(fresh.v, fresh.v + drop, (size_t)(fresh.n - drop) * sizeof *fresh.v);
	fresh.n -= drop;
	if (fresh.n > l->height)
		fresh.n = l->height;
	pos -= drop;
	trows_clear(&l->rows);
	l->rows = fresh;
	if ((e = fill(l)))
		return e;
	l->cur = pos;
	for (int i = 0; i < l->rows.n; i++)
		if (l->rows.v[i].id == want)
			l->cur = i;
	if (l->cur >= l->rows.n)
		l->cur = l->rows.n - 1;
	if (l->cur < 0)
		l->cur = 0;
	return ND_OK;
}

enum nd_err list_seek(struct tlist *l, int height, const struct trow *from, long long id)
{
	struct trows fresh;
	enum nd_err e;
	l->height = height > 0 ? height : 1;
	if ((e = fetch(l, false, from, l->height, &fresh)))
		return e;
	if (fresh.n == 0) {
		trows_clear(&fresh);
		return list_end(l);
	}
	trows_clear(&l->rows);
	l->rows = fresh;
	l->cur = 0;
	if ((e = fill(l)))
		return e;
	for (int i = 0; i < l->rows.n; i++)
		if (l->rows.v[i].id == id)
			l->cur = i;
	return ND_OK;
}

static enum nd_err step(struct tlist *l, bool down)
{
	struct trows fresh;
	enum nd_err e;
	if (down && l->cur + 1 < l->rows.n && l->cur + 1 < l->height) {
		l->cur++;
		return ND_OK;
	}
	if (!down && l->cur > 0) {
		l->cur--;
		return ND_OK;
	}
	if (l->rows.n == 0)
		return ND_OK;
	if (down) {
		if ((e = fetch(l, false, &l->rows.v[l->rows.n - 1], 1, &fresh)))
			return e;
		if (fresh.n == 0)
			return ND_OK;
		/* Drop the first row when the window is full. */
		int drop = l->rows.n + 1 > l->height ? 1 : 0;
		if ((e = splice(l, &fresh, drop, l->rows.n - drop, true)))
			return e;
		l->cur = l->rows.n - 1;
	} else {
		if ((e = fetch(l, true, &l->rows.v[0], 1, &fresh)))
			return e;
		if (fresh.n == 0)
			return ND_OK;
		int keep = l->rows.n + 1 > l->height ? l->rows.n - 1 : l->rows.n;
		if ((e = splice(l, &fresh, 0, keep, false)))
			return e;
		l->cur = 0;
	}
	return ND_OK;
}

static enum nd_err page(struct tlist *l, bool down)
{
	struct trows fresh;
	enum nd_err e;
	int got;
	if (l->rows.n == 0)
		return ND_OK;
	if (down) {
		if ((e = fetch(l, false, &l->rows.v[l->rows.n - 1], l->height, &fresh)))
			return e;
		got = fresh.n;
		if (got == 0) {
			l->cur = l->rows.n - 1;
			return ND_OK;
		}
		/* Keep as many old rows as the new ones leave room for. */
		int keep = l->height - got < l->rows.n ? l->height - got : l->rows.n;
		if ((e = splice(l, &fresh, l->rows.n - keep, keep, true)))
			return e;
	} else {
		if ((e = fetch(l, true, &l->rows.v[0], l->height, &fresh)))
			return e;
		got = fresh.n;
		if (got == 0) {
			l->cur = 0;
			return ND_OK;
		}
		int keep = l->height - got < l->rows.n ? l->height - got : l->rows.n;
		if ((e = splice(l, &fresh, 0, keep, false)))
			return e;
	}
	if (l->cur >= l->rows.n)
		l->cur = l->rows.n - 1;
	return ND_OK;
}

void list_fit(struct tui *t, struct tlist *l, int h)
{
	if (l->height != h)
		tui_result(t, list_reload(l, h, -1), NULL);
}

void list_refresh(struct tui *t, struct tlist *l)
{
	tui_result(t, list_reload(l, l->height, -1), NULL);
}

bool list_act(struct tui *t, struct tlist *l, enum tui_action a)
{
	enum nd_err e;
	switch (a) {
	case ACT_UP: e = step(l, false); break;
	case ACT_DOWN: e = step(l, true); break;
	case ACT_PGUP: e = page(l, false); break;
	case ACT_PGDN: e = page(l, true); break;
	case ACT_HOME: e = list_home(l, l->height); break;
	case ACT_END: e = list_end(l); break;
	default: return false;
	}
	if (e)
		tui_err(t, e);
	return true;
}

/* Width of column c starting at x: a 0 column takes what the columns
 * after it leave. */
static int col_width(const struct tcol *cols, int ncols, int c, int x)
{
	int rest = 0;
	if (cols[c].width)
		return cols[c].width;
	for (int i = c + 1; i < ncols; i++)
		rest += cols[i].width + 1;
	return COLS - x - rest > 1 ? COLS - x - rest : 1;
}

/* Where each list of the frame was drawn, for a click. */
static struct {
	struct tlist *l;
	int y, n;
} drawn[8];
static int ndrawn;

void list_drawn_reset(void)
{
	ndrawn = 0;
}

struct tlist *list_at(int y, int *row)
{
	for (int i = ndrawn - 1; i >= 0; i--)
		if (y >= drawn[i].y && y < drawn[i].y + drawn[i].n) {
			*row = y - drawn[i].y;
			return drawn[i].l;
		}
	return NULL;
}

int list_draw(struct tlist *l, const struct tcol *cols, int ncols, int y, int h,
	      enum theme_role (*row_role)(const struct trow *r))
{
	int x = 0, used = 0;
	if (h <= 0)
		return 0;
	for (int c = 0; c < ncols; c++) {
		int w = col_width(cols, ncols, c, x);
		if (cols[c].right)
			draw_right(y, x, w, cols[c].head, R_HEADER);
		else
			draw_text(y, x, w, cols[c].head, R_HEADER);
		x += w;
		if (x < COLS)
			draw_blank(y, x++, 1, R_HEADER);
	}
	if (x < COLS)
		draw_blank(y, x, COLS - x, R_HEADER);
	used = 1;
	for (int i = 0; i < l->rows.n && used < h; i++, used++) {
		const struct trow *r = &l->rows.v[i];
		enum theme_role role = row_role ? row_role(r) : R_NORMAL;
		if (i == l->cur)
			role = R_SELECTED;
		x = 0;
		for (int c = 0; c < ncols; c++) {
			int w = col_width(cols, ncols, c, x);
			if (cols[c].right)
				draw_right(y + used, x, w, r->cell[c], role);
			else if (cols[c].marked)
				draw_marked(y + used, x, w, r->cell[c], role, R_HIT);
			else
				draw_text(y + used, x, w, r->cell[c], role);
			x += w;
			if (x < COLS)
				draw_blank(y + used, x++, 1, role);
		}
		if (x < COLS)
			draw_blank(y + used, x, COLS - x, role);
	}
	for (int i = used; i < h; i++)
		draw_blank(y + i, 0, COLS, R_NORMAL);
	if (ndrawn < (int)(sizeof drawn / sizeof *drawn)) {
		drawn[ndrawn].l = l;
		drawn[ndrawn].y = y + 1;
		drawn[ndrawn++].n = used - 1;
	}
	return used;
}

/* Rows in memory: the key is the row's index in all. */
void tmem_index(struct tmem *m)
{
	for (int i = 0; i < m->all.n; i++)
		m->all.v[i].k[2] = i;
}

static void trow_copy(struct trow *dst, const struct trow *src)
{
	dst->id = src->id;
	dst->flags = src->flags;
	for (int i = 0; i < LIST_COLS; i++)
		dst->cell[i] = src->cell[i] ? strdup(src->cell[i]) : NULL;
	dst->ktext = src->ktext ? strdup(src->ktext) : NULL;
	memcpy(dst->kser, src->kser, sizeof dst->kser);
	memcpy(dst->k, src->k, sizeof dst->k);
}

enum nd_err tmem_show(struct tlist *l, struct tmem *m, long long id)
{
	for (int i = 0; i < m->all.n; i++) {
		if (m->all.v[i].id != id)
			continue;
		/* Show it in the middle of the window when the list is long. */
		int before = l->height / 2 < i ? l->height / 2 : i;
		if (i - before == 0)
			return list_seek(l, l->height, NULL, id);
		return list_seek(l, l->height, &m->all.v[i - before - 1], id);
	}
	return list_reload(l, l->height, -1);
}

enum nd_err tmem_fetch(void *ctx, bool backward, const struct trow *from, int limit,
		       struct trows *out)
{
	struct tmem *m = ctx;
	long long i = from ? from->k[2] + (backward ? -1 : 1) : (backward ? m->all.n - 1 : 0);
	for (; limit > 0 && i >= 0 && i < m->all.n; limit--, i += backward ? -1 : 1) {
		struct trow *d = trows_add(out);
		if (!d)
			return nd_fail(ND_ENOMEM, "Slut på minne.");
		trow_copy(d, &m->all.v[i]);
	}
	return ND_OK;
}
