/* Personnummer kept out of published documents: see public.h. */
#include "doc_impl.h"
#include "namnd/public.h"

#include <stdlib.h>
#include <string.h>

#include "namnd/pnr.h"
#include "namnd/strbuf.h"

/* Up to 30 bytes either side of the number (on character boundaries),
 * every number masked, newlines as spaces. */
static void excerpt(struct strbuf *b, const char *s, size_t len, size_t at, size_t n)
{
	size_t from = at > 30 ? at - 30 : 0, to = at + n + 30 < len ? at + n + 30 : len;
	while (from > 0 && ((unsigned char)s[from] & 0xc0) == 0x80)
		from--;
	while (to < len && ((unsigned char)s[to] & 0xc0) == 0x80)
		to++;
	char *part = strndup(s + from, to - from), *masked = part ? pnr_mask(part) : NULL;
	if (masked) {
		for (char *p = masked; *p; p++)
			if (*p == '\n')
				*p = ' ';
		strbuf_add(b, from > 0 ? "…" : "");
		strbuf_add(b, masked);
		strbuf_add(b, to < len ? "…" : "");
	}
	free(part);
	free(masked);
}

/* ND_OK and *masked NULL when s holds none; else refuse or mask. */
static enum nd_err check(const char *s, const char *where, const char *section,
			 const char *place, bool mask, char **masked)
{
	size_t len = s ? strlen(s) : 0, at, n;
	*masked = NULL;
	if (!s || !pnr_find(s, len, 0, &at, &n))
		return ND_OK;
	if (!mask) {
		struct strbuf m = { 0 };
		excerpt(&m, s, len, at, n);
		if (place == section)
			place = NULL;
		enum nd_err e = nd_fail(ND_EINVAL, "Ett personnummer står i %s%s%s%s%s%s: \"%s\". "
					"Inget publicerades. Ta bort numret ur texten, eller låt "
					"det maskeras (namnd setting set personnummer maskera).",
					where ? where : "texten", section ? ", " : "",
					section ? section : "", place ? ", under \"" : "",
					place ? place : "", place ? "\"" : "", strbuf_str(&m));
		strbuf_free(&m);
		return e;
	}
	if (!(*masked = pnr_mask(s)))
		return nd_fail(ND_ENOMEM, "Minnet räckte inte.");
	return ND_OK;
}

enum nd_err public_text(const char *s, const char *where, const char *place, bool mask,
			char **out)
{
	enum nd_err e = check(s, where, NULL, place, mask, out);
	if (e || *out)
		return e;
	if (!(*out = strdup(s ? s : "")))
		return nd_fail(ND_ENOMEM, "Minnet räckte inte.");
	return ND_OK;
}

/* One owned text of the model, replaced by its masked copy when mask. */
static enum nd_err fix(char **s, const char *where, const char *section, const char *place,
		       bool mask)
{
	char *masked = NULL;
	enum nd_err e = check(*s, where, section, place, mask, &masked);
	if (!e && masked) {
		free(*s);
		*s = masked;
	}
	return e;
}

enum nd_err doc_public(struct nd_doc *doc, const char *where, bool mask)
{
	const char *place = NULL, *section = NULL;
	enum nd_err e = ND_OK;
	if (!doc)
		return nd_fail(ND_ENOMEM, "Minnet räckte inte.");
	if (doc->err)
		return doc->err;
	/* The PDF's metadata is published too. */
	char **meta[] = { &doc->title, &doc->author, &doc->subject };
	for (size_t i = 0; i < sizeof meta / sizeof *meta && !e; i++)
		if (*meta[i])
			e = fix(meta[i], where, NULL, "PDF-egenskaperna", mask);
	for (size_t i = 0; i < doc->n && !e; i++) {
		struct doc_block *b = &doc->blocks[i];
		if (b->kind == B_HEADING) {
			/* A paragraph's heading ("§ 14  …") names the section;
			 * the headings under it the place. */
			if (strncmp(b->text, "§", strlen("§")) == 0)
				section = NULL;
			e = fix(&b->text, where, section, place, mask);
			place = b->text;
			if (strncmp(b->text, "§", strlen("§")) == 0)
				section = b->text;
			continue;
		}
		if (b->text)
			e = fix(&b->text, where, section, place, mask);
		for (size_t k = 0; k < b->nlines && !e; k++) {
			if (b->lines[k].a)
				e = fix(&b->lines[k].a, where, section, place, mask);
			/* A field's value is placed by its label. */
			const char *at = b->kind == B_FIELDS && b->lines[k].a ? b->lines[k].a : place;
			if (!e && b->lines[k].b)
				e = fix(&b->lines[k].b, where, section, at, mask);
		}
		for (int c = 0; c < b->ncols && !e; c++)
			if (b->cols[c].header)
				e = fix((char **)&b->cols[c].header, where, section, place, mask);
		for (size_t k = 0; k < b->nrows * (size_t)b->ncols && !e; k++)
			e = fix(&b->cells[k], where, section, place, mask);
	}
	return e;
}
