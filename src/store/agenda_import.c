/* Agenda import: reading the rows of a pasted föredragningslista. The
 * times and the writing are in agenda_import_write.c. */
#include "agenda_import_impl.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/collate.h"
#include "namnd/date.h"
#include "namnd/dnr.h"
#include "namnd/text.h"

void ai_msg(struct ai_result *res, size_t line, bool error, const char *fmt, ...)
{
	char buf[600];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (res->n == res->cap) {
		size_t cap = res->cap ? res->cap * 2 : 16;
		struct ai_msg *nv = realloc(res->v, cap * sizeof *nv);
		if (!nv)
			return;
		res->v = nv;
		res->cap = cap;
	}
	if (!(res->v[res->n].text = strdup(buf)))
		return;
	res->v[res->n].line = line;
	res->v[res->n++].error = error;
	if (error)
		res->errors++;
	else
		res->warnings++;
}

void agenda_import_free(struct ai_result *res)
{
	for (size_t i = 0; res && i < res->n; i++)
		free(res->v[i].text);
	if (res) {
		free(res->v);
		memset(res, 0, sizeof *res);
	}
}

/* A cell as one line: control characters and line breaks (a Word cell
 * with several lines) become spaces, runs of spaces one, ends trimmed. */
static char *clean(const char *s)
{
	char *c = text_sanitize(s, false);
	size_t o = 0;
	if (!c)
		return NULL;
	for (size_t i = 0; c[i]; i++) {
		/* No-break space (U+00A0) from Word counts as a space. */
		if ((unsigned char)c[i] == 0xC2 && (unsigned char)c[i + 1] == 0xA0) {
			c[i + 1] = ' ';
			continue;
		}
		if (c[i] == ' ' && (o == 0 || c[o - 1] == ' '))
			continue;
		c[o++] = c[i];
	}
	while (o > 0 && c[o - 1] == ' ')
		o--;
	c[o] = '\0';
	return c;
}

static const struct { const char *name; int col; } header_names[] = {
	{ "nr", AI_NR }, { "nummer", AI_NR }, { "punkt", AI_NR }, { "§", AI_NR },
	{ "ärende", AI_TITLE }, { "ärenden", AI_TITLE }, { "rubrik", AI_TITLE },
	{ "titel", AI_TITLE }, { "dnr", AI_DNR }, { "diarienummer", AI_DNR },
	{ "diarienr", AI_DNR }, { "föredragande", AI_PRESENTER }, { "föredr.", AI_PRESENTER },
	{ "tid", AI_TIME }, { "klockan", AI_TIME }, { "kl.", AI_TIME },
};

/* A header row names the title column and at least one other. */
static bool header_map(const struct tab_row *r, int *map)
{
	int named = 0;
	bool title = false;
	for (int c = 0; c < AI_NCOLS; c++)
		map[c] = -1;
	for (size_t i = 0; i < r->ncells; i++) {
		char *cell = clean(r->cells[i]);
		for (size_t k = 0; cell && k < sizeof header_names / sizeof *header_names; k++)
			if (sv_strcmp(cell, header_names[k].name) == 0 &&
			    map[header_names[k].col] < 0) {
				map[header_names[k].col] = (int)i;
				named++;
				title |= header_names[k].col == AI_TITLE;
			}
		free(cell);
	}
	return title && named >= 2;
}

static bool contains(const char *title, const char *const *words)
{
	bool found = false;
	for (; *words && !found; words++) {
		size_t n = strlen(*words), tl = strlen(title);
		for (size_t i = 0; i + n <= tl && !found; i++)
			found = sv_collate(title + i, n, *words, n) == 0;
	}
	return found;
}

/* The kind follows from the number and the title. */
static const char *kind_of(const char *nr, const char *title, bool has_dnr)
{
	static const char *const standing[] = {
		"föredragningslista", "jäv", "delegeringsbeslut", "delegationsbeslut",
		"meddelanden", "underrättelser", "övriga frågor", "anmälningsärenden", NULL,
	};
	static const char *const decision_round[] = { "beslutsomgång", "beslutsrunda", NULL };
	if (!*nr)
		return contains(title, decision_round) ? "beslutsomgång" : "paus";
	if (isalpha((unsigned char)nr[0]))
		return "procedur";
	if (contains(title, standing))
		return "stående";
	return has_dnr ? "ärende" : "information";
}

/* "1", "12.", "A", "B" — or empty. */
static bool number_ok(const char *nr)
{
	size_t n = strlen(nr);
	if (n > 0 && nr[n - 1] == '.')
		n--;
	if (n == 0)
		return strlen(nr) == 0;
	if (n <= 2 && isalpha((unsigned char)nr[0]) && (n == 1 || isalpha((unsigned char)nr[1])))
		return true;
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)nr[i]))
			return false;
	return n <= 4;
}

/* The ärende of a dnr: as written, or (without series) in the meeting's
 * committee's series. */
static enum nd_err find_case(struct ai_ctx *x, struct ai_row *row, const char *dnr)
{
	struct nd_dnr d;
	sqlite3_stmt *st = NULL;
	char q[TEXT_QUOTE_SIZE];
	enum nd_err e;
	text_quote(dnr, q, sizeof q);
	if (dnr_parse(dnr, &d) != ND_OK) {
		ai_msg(x->res, row->line, true, "Rad %zu: \"%s\" är inget diarienummer; "
		       "väntat t.ex. \"UBN 2023/451\".", row->line, q);
		return ND_OK;
	}
	if ((e = db_prepare(x->db, "SELECT id, title FROM cases WHERE dnr_year = ?2 AND "
			    "dnr_number = ?3 AND (dnr_series = ?1 OR (?1 = '' AND "
			    "dnr_series = ?4)) ORDER BY dnr_series <> ?1 LIMIT 1", &st)))
		return e;
	sqlite3_bind_text(st, 1, d.series, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 2, d.year);
	sqlite3_bind_int64(st, 3, d.number);
	sqlite3_bind_text(st, 4, x->series ? x->series : "", -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW) {
		row->case_id = sqlite3_column_int64(st, 0);
		row->case_title = strdup((const char *)sqlite3_column_text(st, 1));
	} else {
		ai_msg(x->res, row->line, true, "Rad %zu: diarienumret \"%s\" finns inte i "
		       "diariet; registrera ärendet först (namnd case add --dnr).", row->line, q);
	}
	sqlite3_finalize(st);
	return ND_OK;
}

static enum nd_err find_presenter(struct ai_ctx *x, struct ai_row *row, const char *who)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	int n = 0;
	if (!*who)
		return ND_OK;
	if ((e = db_prepare(x->db, "SELECT id FROM person WHERE name = ?1 LIMIT 2", &st)))
		return e;
	sqlite3_bind_text(st, 1, who, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW)
		if (n++ == 0)
			row->presenter_id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (n != 1) {
		row->presenter_id = 0;
		if (strlen(who) > 200)
			ai_msg(x->res, row->line, true, "Rad %zu: föredragande är längre än 200 "
			       "tecken.", row->line);
		else if (!(row->role = strdup(who)))
			return nd_fail(ND_ENOMEM, "Slut på minne.");
	}
	return ND_OK;
}

static enum nd_err read_row(struct ai_ctx *x, const struct tab_row *r, const int *map,
			    struct ai_row *row)
{
	char *cell[AI_NCOLS] = { NULL };
	char q[TEXT_QUOTE_SIZE];
	enum nd_err e = ND_OK;
	row->line = r->line;
	for (int c = 0; c < AI_NCOLS; c++)
		if (!(cell[c] = clean(map[c] >= 0 ? tab_cell(r, (size_t)map[c]) : ""))) {
			e = nd_fail(ND_ENOMEM, "Slut på minne.");
			goto out;
		}
	if (!number_ok(cell[AI_NR])) {
		text_quote(cell[AI_NR], q, sizeof q);
		ai_msg(x->res, row->line, true, "Rad %zu: numret \"%s\" är varken en bokstav "
		       "(A, B …), ett tal eller tomt.", row->line, q);
	}
	if (!*cell[AI_TITLE])
		ai_msg(x->res, row->line, true, "Rad %zu: ärendet (rubriken) saknas.", row->line);
	else if (text_is_blank(cell[AI_TITLE]))
		ai_msg(x->res, row->line, true, "Rad %zu: rubriken består bara av osynliga "
		       "tecken (t.ex. nollbreddsmellanslag); skriv en synlig rubrik.", row->line);
	else if (strlen(cell[AI_TITLE]) > 1000)
		ai_msg(x->res, row->line, true, "Rad %zu: rubriken är längre än 1000 tecken.",
		       row->line);
	row->kind = kind_of(cell[AI_NR], cell[AI_TITLE], *cell[AI_DNR] != '\0');
	row->title = cell[AI_TITLE];
	cell[AI_TITLE] = NULL;
	if (*cell[AI_DNR] && (e = find_case(x, row, cell[AI_DNR])))
		goto out;
	if ((e = find_presenter(x, row, cell[AI_PRESENTER])))
		goto out;
	if (*cell[AI_TIME]) {
		if (time_range_parse(cell[AI_TIME], &row->from, &row->to) != ND_OK) {
			text_quote(cell[AI_TIME], q, sizeof q);
			ai_msg(x->res, row->line, true, "Rad %zu: tiden \"%s\" går inte att läsa; "
			       "skriv början och slut, t.ex. \"08.05-08.10\".", row->line, q);
		} else if (row->to <= row->from) {
			text_quote(cell[AI_TIME], q, sizeof q);
			ai_msg(x->res, row->line, true, "Rad %zu: tiden \"%s\" slutar innan den "
			       "börjar.", row->line, q);
		} else {
			row->timed = true;
		}
	}
out:
	for (int c = 0; c < AI_NCOLS; c++)
		free(cell[c]);
	return e;
}

/* Every row must have as many cells as the first row of items: a row
 * cut short or run over is refused, not guessed at. */
static bool rows_even(struct ai_ctx *x, const struct tab_file *t, size_t first,
		      const bool *header)
{
	const struct tab_row *r0 = &t->rows[first];
	bool even = true;
	for (size_t i = first + 1; i < t->nrows; i++)
		if (!header[i] && t->rows[i].ncells != r0->ncells) {
			ai_msg(x->res, t->rows[i].line, true, "Rad %zu har %zu kolumner men rad %zu "
			       "har %zu; alla rader ska ha lika många.", t->rows[i].line,
			       t->rows[i].ncells, r0->line, r0->ncells);
			even = false;
		}
	return even;
}

enum nd_err ai_read(struct ai_ctx *x, const struct tab_file *t)
{
	int map[AI_NCOLS], other[AI_NCOLS];
	size_t first = 0;
	bool *header = calloc(t->nrows + 1, sizeof *header);
	enum nd_err e = ND_OK;
	if (!header)
		return nd_fail(ND_ENOMEM, "Slut på minne.");
	/* A header row, and the same row again where a second table (a new
	 * page in Word) was pasted after the first. */
	if (t->nrows > 0 && header_map(&t->rows[0], map)) {
		header[0] = true;
		first = 1;
		for (size_t i = 1; i < t->nrows; i++)
			header[i] = header_map(&t->rows[i], other);
	}
	while (first < t->nrows && header[first])
		first++;
	if (t->nrows <= first) {
		ai_msg(x->res, 0, true, "Filen har inga punkter, bara en rubrikrad.");
		goto out;
	}
	if (!rows_even(x, t, first, header))
		goto out;
	size_t width = t->rows[first].ncells;
	if (header[0] && map[AI_NR] < 0 && t->rows[0].ncells + 1 == width) {
		/* Word's table: the number column has no heading ("Ärenden
		 * Dnr Föredragande Tid" over five columns). */
		for (int c = 0; c < AI_NCOLS; c++)
			map[c] += map[c] >= 0;
		map[AI_NR] = 0;
	} else if (!header[0] && width == AI_NCOLS) {
		for (int c = 0; c < AI_NCOLS; c++)
			map[c] = c;
	} else if (!header[0]) {
		ai_msg(x->res, t->rows[0].line, true, "Rad %zu: utan rubrikrad väntas fem "
		       "kolumner (Nr, Ärende, Dnr, Föredragande, Tid), inte %zu.",
		       t->rows[0].line, width);
		goto out;
	}
	if (!(x->rows = calloc(t->nrows - first, sizeof *x->rows))) {
		e = nd_fail(ND_ENOMEM, "Slut på minne.");
		goto out;
	}
	for (size_t i = first; i < t->nrows && !e; i++)
		if (!header[i])
			e = read_row(x, &t->rows[i], map, &x->rows[x->nrows++]);
out:
	free(header);
	return e;
}
