/* CSV/TSV parsing: encoding, delimiter, cells with their source lines.
 * The bytes are first decoded to UTF-8 with "\n" line ends, then fed to
 * libcsv one line at a time, so every row knows the line it ends on; the
 * line it starts on is that minus the line breaks inside its cells. */
#include "namnd/tabfile.h"

#include <csv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/text.h"

/* Windows-1252 0x80–0x9F; 0 marks the five bytes it leaves undefined. */
static const uint16_t cp1252_high[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

const char *tab_delim_name(char delim)
{
	switch (delim) {
	case '\t': return "tabb";
	case ';': return "semikolon";
	case ',': return "komma";
	case ' ': return "flera blanksteg (tabell inklistrad från en PDF)";
	}
	return "okänd";
}

const char *tab_encoding_name(enum tab_encoding e)
{
	switch (e) {
	case TAB_UTF8: return "UTF-8";
	case TAB_UTF8_BOM: return "UTF-8 med BOM";
	case TAB_UTF16: return "UTF-16";
	case TAB_CP1252: return "Windows-1252";
	}
	return "okänd";
}

const char *tab_cell(const struct tab_row *r, size_t col)
{
	return r && col < r->ncells ? r->cells[col] : "";
}

void tab_free(struct tab_file *t)
{
	if (!t)
		return;
	for (size_t k = 0; k < t->nslabs; k++)
		free(t->slabs[k]);
	free(t->slabs);
	free(t->slab_end);
	free(t->rows);
	free(t);
}

void tab_rows_release(struct tab_file *t, size_t from, size_t upto)
{
	if (upto > t->nrows)
		upto = t->nrows;
	if (t->released < from)
		t->released = from;
	for (; t->released < upto; t->released++) {
		t->rows[t->released].cells = NULL;
		t->rows[t->released].ncells = 0;
	}
	/* A slab goes when all its rows are in [from, upto); slab_first
	 * is where to look next. The last slab is the one being filled. */
	for (; t->slab_first + 1 < t->nslabs; t->slab_first++) {
		size_t k = t->slab_first, start = k ? t->slab_end[k - 1] : 0;
		if (t->slab_end[k] > upto)
			break;
		if (start >= from) {
			free(t->slabs[k]);
			t->slabs[k] = NULL;
		}
	}
}

/* Room for a row's cells (pointers, then texts), in the current slab or
 * a new one. Slabs of a megabyte: a big file is few allocations, and
 * each is given back whole when released. */
#define SLAB_SIZE (1024u * 1024u)
static char *slab_take(struct tab_file *t, size_t n)
{
	n = (n + sizeof(char *) - 1) / sizeof(char *) * sizeof(char *);
	if (!t->nslabs || t->slab_cap - t->slab_used < n) {
		size_t cap = n > SLAB_SIZE ? n : SLAB_SIZE;
		char **s = realloc(t->slabs, (t->nslabs + 1) * sizeof *s);
		if (!s)
			return NULL;
		t->slabs = s;
		size_t *e = realloc(t->slab_end, (t->nslabs + 1) * sizeof *e);
		if (!e)
			return NULL;
		t->slab_end = e;
		if (!(t->slabs[t->nslabs] = malloc(cap)))
			return NULL;
		t->slab_end[t->nslabs++] = t->nrows;
		t->slab_cap = cap;
		t->slab_used = 0;
	}
	char *p = t->slabs[t->nslabs - 1] + t->slab_used;
	t->slab_used += n;
	return p;
}

/* 1-based line of byte offset at in s. */
static size_t line_of(const char *s, size_t at)
{
	size_t line = 1;
	for (size_t i = 0; i < at; i++)
		if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= at || s[i + 1] != '\n')))
			line++;
	return line;
}

/* Append code point cp to out, turning "\r\n" and a lone "\r" into "\n".
 * *cr remembers a "\r" just written. */
static void put_cp(char *out, size_t *o, uint32_t cp, bool *cr)
{
	if (cp == '\n' && *cr) {
		*cr = false;
		return;
	}
	*cr = cp == '\r';
	if (cp == '\r')
		cp = '\n';
	*o += utf8_encode(cp, out + *o);
}

static enum nd_err decode_utf16(const unsigned char *d, size_t len, char *out, size_t *olen)
{
	bool le = d[0] == 0xFF, cr = false;
	size_t o = 0, line = 1;
	if (len % 2)
		return nd_fail(ND_EINVAL, "Filen ser ut att vara UTF-16 men har ett udda "
			       "antal byte; den är trasig eller avkortad.");
	for (size_t i = 2; i < len; i += 2) {
		uint32_t u = le ? (uint32_t)(d[i] | d[i + 1] << 8) : (uint32_t)(d[i] << 8 | d[i + 1]);
		if (u >= 0xD800 && u <= 0xDBFF && i + 3 < len) {
			uint32_t lo = le ? (uint32_t)(d[i + 2] | d[i + 3] << 8)
					 : (uint32_t)(d[i + 2] << 8 | d[i + 3]);
			if (lo >= 0xDC00 && lo <= 0xDFFF) {
				u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
				i += 2;
			}
		}
		if ((u >= 0xD800 && u <= 0xDFFF) || u == 0)
			return nd_fail(ND_EINVAL, "Rad %zu: filen är UTF-16 men har %s där; "
				       "den är trasig.", line,
				       u ? "ett ensamt surrogattecken" : "ett nolltecken");
		if (u == '\n' || (u == '\r'))
			line += !(u == '\n' && cr);
		put_cp(out, &o, u, &cr);
	}
	*olen = o;
	return ND_OK;
}

/* True when s holds at least one valid multi-byte UTF-8 sequence: a file
 * with those and some broken bytes is damaged UTF-8, not Windows-1252. */
static bool has_utf8_sequence(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if ((unsigned char)s[i] < 0x80)
			continue;
		size_t n = utf8_decode(s + i, len - i, NULL);
		if (n > 1)
			return true;
	}
	return false;
}

/* Decode the input into *out (malloc'ed, UTF-8, "\n" line ends): as
 * large as the encoding needs, Windows-1252 growing to 3 bytes a byte. */
static enum nd_err decode(const char *data, size_t len, char **outp, size_t *olen,
			  enum tab_encoding *enc)
{
	const unsigned char *d = (const unsigned char *)data;
	size_t o = 0, start = 0;
	bool cr = false;
	char *out;

	*outp = NULL;
	if (len >= 2 && ((d[0] == 0xFF && d[1] == 0xFE) || (d[0] == 0xFE && d[1] == 0xFF))) {
		*enc = TAB_UTF16;
		/* Two bytes become at most three; a surrogate pair's four, four. */
		if (!(*outp = malloc(len / 2 * 3 + 1)))
			return nd_fail(ND_ENOMEM, "Slut på minne.");
		return decode_utf16(d, len, *outp, olen);
	}
	const char *nul = memchr(data, '\0', len);
	if (nul && text_utf16_guess(data, len))
		return nd_fail(ND_EINVAL, "Filen är UTF-16-text (%s) utan byte order mark "
			       "(BOM), så kodningen kan inte avgöras säkert: spara den som "
			       "UTF-8, eller som UTF-16 med BOM (Excel: »Unicode-text«).",
			       text_utf16_guess(data, len) == 1 ? "little endian"
								: "big endian");
	if (nul)
		return nd_fail(ND_EINVAL, "Rad %zu: filen innehåller nolltecken och är "
			       "ingen textfil (spara tabellen som CSV eller text).",
			       line_of(data, (size_t)(nul - data)));
	if (len >= 3 && d[0] == 0xEF && d[1] == 0xBB && d[2] == 0xBF) {
		*enc = TAB_UTF8_BOM;
		start = 3;
	} else {
		*enc = TAB_UTF8;
	}
	size_t bad = text_invalid_at(data + start, len - start);
	if (bad != (size_t)-1) {
		if (*enc == TAB_UTF8_BOM || has_utf8_sequence(data + start, len - start))
			return nd_fail(ND_EINVAL, "Rad %zu: byte 0x%02X är inte giltig UTF-8, "
				       "fast resten av filen är UTF-8; filen är trasig.",
				       line_of(data, start + bad), d[start + bad]);
		*enc = TAB_CP1252;
	}
	if ((*enc == TAB_CP1252 && len > (SIZE_MAX - 1) / 3) ||
	    !(out = malloc(*enc == TAB_CP1252 ? len * 3 + 1 : len + 1)))
		return nd_fail(ND_ENOMEM, "Slut på minne.");
	*outp = out;
	for (size_t i = start; i < len; i++) {
		uint32_t cp = d[i];
		if (*enc != TAB_CP1252 && cp >= 0x80) {
			size_t n = utf8_decode(data + i, len - i, &cp);
			i += n - 1;
		} else if (cp >= 0x80 && cp < 0xA0) {
			cp = cp1252_high[cp - 0x80];
			if (!cp)
				return nd_fail(ND_EINVAL, "Rad %zu: byte 0x%02X är varken UTF-8 "
					       "eller Windows-1252; spara filen som UTF-8.",
					       line_of(data, i), d[i]);
		}
		put_cp(out, &o, cp, &cr);
	}
	*olen = o;
	return ND_OK;
}

static bool is_blank_cp(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == 0xA0 || cp == 0x202F;
}

static bool blank(const char *s, size_t len)
{
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = utf8_decode(s + i, len - i, &cp);
		if (n == 0 || !is_blank_cp(cp))
			return false;
		i += n;
	}
	return true;
}

/* The delimiter: the one found (outside quotes) on the most of the first
 * lines, tab before semicolon before comma on a tie; tab when there is
 * none (one column). Looking at several lines passes over a title line
 * above the table and a stray tab or comma inside a cell. */
#define DELIM_LINES 20
static char detect_delim(const char *s, size_t len)
{
	static const char cand[3] = { '\t', ';', ',' };
	size_t lines_with[3] = { 0 }, lines = 0;
	bool quoted = false, on_line[3] = { false };
	for (size_t i = 0; i <= len && lines < DELIM_LINES; i++) {
		if (i == len || (!quoted && s[i] == '\n')) {
			for (int k = 0; k < 3; k++) {
				lines_with[k] += on_line[k];
				on_line[k] = false;
			}
			lines++;
		} else if (s[i] == '"') {
			quoted = !quoted;
		} else if (!quoted) {
			for (int k = 0; k < 3; k++)
				on_line[k] |= s[i] == cand[k];
		}
	}
	int best = 0;
	for (int k = 1; k < 3; k++)
		if (lines_with[k] > lines_with[best])
			best = k;
	return cand[best];
}

/* A table pasted from a PDF (pdftotext -layout, a copy from a viewer):
 * no tab on the first lines, and most of them part their text with runs
 * of two or more spaces (a single space stays inside a cell: "-2 209",
 * "Förskola köpta"), more of them than hold a semicolon. */
static bool looks_like_layout(const char *s, size_t len)
{
	size_t lines = 0, gaps = 0, semis = 0;
	bool gap = false, semi = false, text = false;
	for (size_t i = 0; i <= len && lines < DELIM_LINES; i++) {
		if (i == len || s[i] == '\n') {
			if (text) {
				lines++;
				gaps += gap;
				semis += semi;
			}
			gap = semi = text = false;
			continue;
		}
		if (s[i] == '\t')
			return false;
		semi |= s[i] == ';';
		if (s[i] != ' ' && s[i] != '\r') {
			/* Two spaces before this, after text on the line. */
			gap |= text && i >= 2 && s[i - 1] == ' ' && s[i - 2] == ' ';
			text = true;
		}
	}
	return gaps >= 2 && 2 * gaps >= lines && gaps > semis;
}

/* s with each line's runs of two or more spaces between text made one
 * tab and the spaces at its ends dropped; *out malloc'ed. */
static enum nd_err layout_to_tabs(const char *s, size_t len, char **out, size_t *olen)
{
	char *t = malloc(len + 1);
	size_t o = 0;
	if (!t)
		return nd_fail(ND_ENOMEM, "Slut på minne.");
	for (size_t i = 0; i < len;) {
		size_t e = i;
		while (e < len && s[e] != '\n')
			e++;
		size_t a = i, b = e;
		while (a < b && s[a] == ' ')
			a++;
		while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\r'))
			b--;
		for (size_t k = a; k < b;) {
			size_t n = 0;
			while (k + n < b && s[k + n] == ' ')
				n++;
			if (n >= 2) {
				t[o++] = '\t';
				k += n;
			} else {
				t[o++] = s[k++];
			}
		}
		if (e < len)
			t[o++] = '\n';
		i = e + 1;
	}
	t[o] = '\0';
	*out = t;
	*olen = o;
	return ND_OK;
}

/* The row being read: its cells' texts one after another in text (each
 * NUL-terminated), at offs. A finished row is copied into one block, so
 * a file of a hundred thousand rows is that many allocations, not one
 * per cell (which, with malloc's overhead, took five times the file). */
struct parse_state {
	struct tab_file *t;
	const struct tab_opts *o;
	char *text;
	size_t tlen, tcap;
	size_t *offs;
	size_t ncells, cap;
	size_t rows_cap;
	size_t newlines; /* line breaks inside the row's cells so far */
	size_t line;     /* the line being fed */
	bool fed_nl;     /* that line ended in "\n" (now at the next one) */
	enum nd_err err;
};

static void drop_cells(struct parse_state *p)
{
	p->tlen = 0;
	p->ncells = 0;
	p->newlines = 0;
}

static size_t count_nl(const char *s, size_t n)
{
	size_t c = 0;
	for (size_t i = 0; i < n; i++)
		c += s[i] == '\n';
	return c;
}

static void on_cell(void *s, size_t n, void *data)
{
	struct parse_state *p = data;
	if (p->err)
		return;
	size_t nl = count_nl(s, n);
	if (n > p->o->cell_max) {
		p->err = nd_fail(ND_ETOOLONG, "Rad %zu, kolumn %zu: cellen är %zu byte; "
				 "högst %zu byte tillåts (saknas ett avslutande "
				 "citattecken?).", p->line - nl, p->ncells + 1, n,
				 p->o->cell_max);
		return;
	}
	if (p->ncells == p->cap) {
		size_t cap = p->cap ? p->cap * 2 : 16;
		size_t *o = realloc(p->offs, cap * sizeof *o);
		if (!o)
			goto nomem;
		p->offs = o;
		p->cap = cap;
	}
	if (p->tlen + n + 1 > p->tcap) {
		size_t cap = p->tcap ? p->tcap : 1024;
		while (p->tlen + n + 1 > cap)
			cap *= 2;
		char *t = realloc(p->text, cap);
		if (!t)
			goto nomem;
		p->text = t;
		p->tcap = cap;
	}
	if (n)
		memcpy(p->text + p->tlen, s, n);
	p->text[p->tlen + n] = '\0';
	p->offs[p->ncells++] = p->tlen;
	p->tlen += n + 1;
	p->newlines += nl;
	return;
nomem:
	p->err = nd_fail(ND_ENOMEM, "Slut på minne vid läsning av rad %zu.", p->line);
}

static void on_row(int c, void *data)
{
	struct parse_state *p = data;
	struct tab_file *t = p->t;
	(void)c;
	if (p->err) {
		drop_cells(p);
		return;
	}
	bool empty = true;
	for (size_t k = 0; k < p->ncells && empty; k++)
		empty = blank(p->text + p->offs[k], strlen(p->text + p->offs[k]));
	if (empty) {
		drop_cells(p);
		return;
	}
	if (t->nrows == p->rows_cap) {
		size_t cap = p->rows_cap ? p->rows_cap * 2 : 64;
		struct tab_row *rows = realloc(t->rows, cap * sizeof *rows);
		if (!rows) {
			drop_cells(p);
			p->err = nd_fail(ND_ENOMEM, "Slut på minne vid läsning av rad %zu.",
					 p->line);
			return;
		}
		t->rows = rows;
		p->rows_cap = cap;
	}
	struct tab_row *r = &t->rows[t->nrows++];
	r->line = p->line - p->newlines;
	r->ncells = p->ncells;
	r->cells = (char **)(void *)slab_take(t, p->ncells * sizeof *r->cells + p->tlen);
	if (!r->cells) {
		t->nrows--;
		drop_cells(p);
		p->err = nd_fail(ND_ENOMEM, "Slut på minne vid läsning av rad %zu.", p->line);
		return;
	}
	t->slab_end[t->nslabs - 1] = t->nrows;
	char *texts = (char *)(r->cells + p->ncells);
	memcpy(texts, p->text, p->tlen);
	for (size_t k = 0; k < p->ncells; k++)
		r->cells[k] = texts + p->offs[k];
	if (p->ncells > t->width)
		t->width = p->ncells;
	drop_cells(p);
}

/* libcsv trims spaces around cells by default; callers trim themselves
 * (no-break spaces too), so cells come through as written. */
static int no_space(unsigned char c)
{
	(void)c;
	return 0;
}

/* The line where the cell libcsv is still collecting began. */
static size_t open_cell_line(const struct parse_state *p, const struct csv_parser *cp)
{
	return p->line + p->fed_nl - count_nl((const char *)cp->entry_buf, cp->entry_pos);
}

/* Feed s to libcsv line by line. */
static enum nd_err parse_lines(struct parse_state *p, const char *s, size_t len)
{
	struct csv_parser cp;
	enum nd_err e = ND_OK;
	if (csv_init(&cp, CSV_APPEND_NULL) != 0)
		return nd_fail(ND_ENOMEM, "Slut på minne.");
	csv_set_delim(&cp, (unsigned char)p->t->delim);
	csv_set_space_func(&cp, no_space);
	for (size_t i = 0; i < len && !p->err;) {
		const char *nl = memchr(s + i, '\n', len - i);
		size_t n = nl ? (size_t)(nl - (s + i)) + 1 : len - i;
		p->line++;
		p->fed_nl = s[i + n - 1] == '\n';
		if (csv_parse(&cp, s + i, n, on_cell, on_row, p) != n && !p->err)
			p->err = nd_fail(ND_ENOMEM, "Rad %zu: %s.", p->line,
					 csv_strerror(csv_error(&cp)));
		i += n;
		/* A cell still open (quoted, spanning lines) is held by
		 * libcsv: refuse it as soon as it is too big. */
		if (!p->err && cp.entry_pos > p->o->cell_max)
			p->err = nd_fail(ND_ETOOLONG, "Rad %zu, kolumn %zu: cellen är över %zu "
					 "byte (saknas ett avslutande citattecken?).",
					 open_cell_line(p, &cp), p->ncells + 1, p->o->cell_max);
	}
	/* pstate 2 is libcsv's "field begun": a quote still open at the end. */
	if (!p->err && cp.pstate == 2 && cp.quoted)
		p->err = nd_fail(ND_EINVAL, "Rad %zu, kolumn %zu: citattecknet som börjar "
				 "cellen avslutas aldrig.",
				 open_cell_line(p, &cp), p->ncells + 1);
	if (!p->err)
		csv_fini(&cp, on_cell, on_row, p);
	e = p->err;
	drop_cells(p);
	csv_free(&cp);
	return e;
}

static enum nd_err check_ragged(const struct tab_file *t)
{
	for (size_t i = 1; i < t->nrows; i++)
		if (t->rows[i].ncells != t->rows[0].ncells)
			return nd_fail(ND_EINVAL, "Rad %zu har %zu celler men första raden "
				       "(rad %zu) har %zu; kontrollera avgränsaren (%s).",
				       t->rows[i].line, t->rows[i].ncells, t->rows[0].line,
				       t->rows[0].ncells, tab_delim_name(t->delim));
	return ND_OK;
}

/* take: the caller's malloc'ed copy of data, freed (and set NULL) as soon
 * as it is decoded, so a large file is not held three times. */
static enum nd_err parse(const char *data, size_t len, const struct tab_opts *opts,
			 struct tab_file **out, char **take)
{
	struct tab_opts o = opts ? *opts : (struct tab_opts){ 0 };
	struct parse_state p = { 0 };
	struct tab_file *t = NULL;
	char *text = NULL;
	size_t tlen = 0;
	enum nd_err e;

	*out = NULL;
	if (!o.cell_max)
		o.cell_max = TAB_CELL_MAX_DEFAULT;
	if (!o.file_max)
		o.file_max = TAB_FILE_MAX_DEFAULT;
	if (len == 0)
		return nd_fail(ND_EINVAL, "Filen är tom.");
	if (len > o.file_max) {
		/* A cap under a megabyte (a test's) is named in bytes. */
		if (o.file_max < 1024u * 1024u)
			return nd_fail(ND_ETOOLONG, "Filen är för stor för %s: %zu byte "
				       "(högst %zu byte); ingenting lästes in.",
				       o.what ? o.what : "en import", len, o.file_max);
		return nd_fail(ND_ETOOLONG, "Filen är för stor för %s: %.1f MB (högst %zu "
			       "MB); ingenting lästes in.", o.what ? o.what : "en import",
			       (double)len / (1024.0 * 1024.0), o.file_max / (1024u * 1024u));
	}
	if (len >= 4 && memcmp(data, "PK\x03\x04", 4) == 0)
		return nd_fail(ND_EINVAL, "Filen är en Excel-arbetsbok eller annan zip-fil, "
			       "inte text: spara tabellen som CSV eller klistra in den.");
	if (!(t = calloc(1, sizeof *t))) {
		e = nd_fail(ND_ENOMEM, "Slut på minne.");
		goto fail;
	}
	e = decode(data, len, &text, &tlen, &t->encoding);
	if (take) {
		free(*take);
		*take = NULL;
		data = NULL;
	}
	if (e)
		goto fail;
	if (blank(text, tlen)) {
		e = nd_fail(ND_EINVAL, "Filen är tom (den har bara blanka rader).");
		goto fail;
	}
	if (o.delim && o.delim != '\t' && o.delim != ';' && o.delim != ',') {
		e = nd_fail(ND_EINVAL, "Avgränsaren måste vara tabb, semikolon eller komma.");
		goto fail;
	}
	t->delim = o.delim ? o.delim : detect_delim(text, tlen);
	bool layout = !o.delim && o.allow_layout && looks_like_layout(text, tlen);
	if (layout) {
		char *tabbed = NULL;
		if ((e = layout_to_tabs(text, tlen, &tabbed, &tlen)) != ND_OK)
			goto fail;
		free(text);
		text = tabbed;
		t->delim = '\t';
	}
	p.t = t;
	p.o = &o;
	e = parse_lines(&p, text, tlen);
	free(p.text);
	free(p.offs);
	if (e)
		goto fail;
	if (layout)
		t->delim = ' ';
	if (!o.allow_ragged && (e = check_ragged(t)) != ND_OK)
		goto fail;
	snprintf(t->note, sizeof t->note, "Teckenkodning: %s%s; avgränsare: %s.",
		 tab_encoding_name(t->encoding),
		 t->encoding == TAB_UTF8 || t->encoding == TAB_UTF8_BOM ? ""
									: " (omkodad till UTF-8)",
		 t->width > 1 ? tab_delim_name(t->delim) : "ingen (en kolumn)");
	free(text);
	*out = t;
	return ND_OK;
fail:
	free(text);
	tab_free(t);
	return e;
}

enum nd_err tab_parse(const char *data, size_t len, const struct tab_opts *opts,
		      struct tab_file **out)
{
	return parse(data, len, opts, out, NULL);
}

enum nd_err tab_parse_take(char *data, size_t len, const struct tab_opts *opts,
			   struct tab_file **out)
{
	char *p = data;
	enum nd_err e = parse(p, len, opts, out, &p);
	free(p);
	return e;
}
