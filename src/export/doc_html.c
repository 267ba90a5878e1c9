/* The HTML rendering of a document model: see html.h. */
#include "doc_impl.h"
#include "namnd/html.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>


static void escape(struct strbuf *out, const char *s, size_t n, bool br)
{
	size_t run = 0;
	for (size_t i = 0; i < n; i++) {
		const char *rep = NULL;
		switch (s[i]) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		case '\'': rep = "&#39;"; break;
		case '\n': rep = br ? "<br>\n" : " "; break;
		default: continue;
		}
		strbuf_addn(out, s + run, i - run);
		strbuf_add(out, rep);
		run = i + 1;
	}
	strbuf_addn(out, s + run, n - run);
}

void html_escape(struct strbuf *out, const char *s, bool br)
{
	if (s)
		escape(out, s, strlen(s), br);
}

struct render {
	struct strbuf *out;
	int level;           /* of the latest heading: 0 none yet */
	enum nd_err err;
};

static void text(struct render *r, const char *s, bool br)
{
	if (!r->err && s)
		escape(r->out, s, strlen(s), br);
}

static void tag(struct render *r, const char *s)
{
	if (!r->err)
		strbuf_add(r->out, s);
}

static void header_block(struct render *r, const struct doc_block *b)
{
	tag(r, "<p class=\"doc-header\">");
	for (size_t i = 0; i < b->nlines; i++) {
		tag(r, i ? "<br>\n" : "");
		text(r, b->lines[i].a, false);
		if (b->lines[i].b && *b->lines[i].b) {
			tag(r, *b->lines[i].a ? " <span class=\"doc-kind\">" : "<span class=\"doc-kind\">");
			text(r, b->lines[i].b, false);
			tag(r, "</span>");
		}
	}
	tag(r, "</p>\n");
}

static void heading(struct render *r, const char *s, int level)
{
	/* h2 for a heading; a subheading one below the latest heading, so
	 * levels are never skipped. */
	int h = level <= 1 || r->level == 0 ? 2 : 3;
	char open[8], close[8];
	snprintf(open, sizeof open, "<h%d>", h);
	snprintf(close, sizeof close, "</h%d>\n", h);
	tag(r, open);
	text(r, s, false);
	tag(r, close);
	r->level = h;
}

/* Fields and signatures: label–value rows. Continuation rows join the
 * value above. */
static void rows_block(struct render *r, const struct doc_block *b, const char *cls)
{
	tag(r, "<table class=\"");
	tag(r, cls);
	tag(r, "\">\n");
	for (size_t i = 0; i < b->nlines; i++) {
		const struct doc_line *l = &b->lines[i];
		if (l->a || i == 0) {
			tag(r, i ? "</td></tr>\n<tr><th scope=\"row\">" : "<tr><th scope=\"row\">");
			text(r, l->a ? l->a : "", false);
			tag(r, "</th><td>");
		} else {
			tag(r, "<br>\n");
		}
		text(r, l->b, true);
	}
	tag(r, b->nlines ? "</td></tr>\n</table>\n" : "</table>\n");
}

static void table_block(struct render *r, const struct doc_block *b)
{
	tag(r, "<table class=\"list\">\n");
	if (b->has_header) {
		tag(r, "<thead><tr>");
		for (int c = 0; c < b->ncols; c++) {
			tag(r, "<th scope=\"col\">");
			text(r, b->cols[c].header ? b->cols[c].header : "", false);
			tag(r, "</th>");
		}
		tag(r, "</tr></thead>\n");
	}
	tag(r, "<tbody>\n");
	for (size_t row = 0; row < b->nrows; row++) {
		tag(r, "<tr>");
		for (int c = 0; c < b->ncols; c++) {
			/* Without a header row the first column names the row
			 * ("Ja:", "Nej:" of an omröstning). */
			bool th = c == 0 && !b->has_header;
			tag(r, th ? "<th scope=\"row\">" : b->cols[c].align == DOC_RIGHT ?
			    "<td class=\"num\">" : "<td>");
			text(r, b->cells[row * (size_t)b->ncols + (size_t)c], true);
			tag(r, th ? "</th>" : "</td>");
		}
		tag(r, "</tr>\n");
	}
	tag(r, "</tbody>\n</table>\n");
}

enum nd_err doc_render_html(const struct nd_doc *doc, struct strbuf *out)
{
	struct render r = { out, 0, ND_OK };
	if (!doc)
		return nd_fail(ND_ENOMEM, "Minnet räckte inte.");
	if (doc->err)
		return doc->err;
	for (size_t i = 0; i < doc->n && !r.err; i++) {
		const struct doc_block *b = &doc->blocks[i];
		switch (b->kind) {
		case B_HEADER:
			header_block(&r, b);
			break;
		case B_HEADING:
			heading(&r, b->text, b->level);
			break;
		case B_PARA:
			tag(&r, "<p>");
			text(&r, b->text, true);
			tag(&r, "</p>\n");
			break;
		case B_LIST:
			tag(&r, "<ul>\n");
			for (size_t k = 0; k < b->nlines; k++) {
				tag(&r, "<li>");
				text(&r, b->lines[k].a, true);
				tag(&r, "</li>\n");
			}
			tag(&r, "</ul>\n");
			break;
		case B_FIELDS:
			rows_block(&r, b, "fields");
			break;
		case B_TABLE:
			table_block(&r, b);
			break;
		case B_SIGN:
			rows_block(&r, b, "signatures");
			break;
		case B_SEP:
			tag(&r, "<hr>\n");
			break;
		case B_PAGE:
		case B_CHART: /* drawn in xlsx and PDF; its figures are in a table */
			break;
		}
	}
	if (!r.err && out->oom)
		r.err = nd_fail(ND_ENOMEM, "Minnet räckte inte.");
	return r.err;
}

const char *doc_field_value(const struct nd_doc *doc, const char *label)
{
	for (size_t i = 0; doc && i < doc->n; i++) {
		const struct doc_block *b = &doc->blocks[i];
		if (b->kind != B_FIELDS)
			continue;
		for (size_t k = 0; k < b->nlines; k++)
			if (b->lines[k].a && strcmp(b->lines[k].a, label) == 0)
				return b->lines[k].b ? b->lines[k].b : "";
	}
	return "";
}
