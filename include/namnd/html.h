/* The HTML rendering of a document model (doc.h), for the digital
 * anslagstavla: a fragment to put inside a page's <main>, never a
 * whole page. Headings start at <h2> (the page has the <h1>); a
 * subheading is one level lower, never skipping a level; label–value
 * fields and signatures are tables with <th scope="row">, a table's
 * header row <th scope="col">. Every text is HTML-escaped.
 * Personnummer are the caller's business (public.h: doc_public before
 * rendering). */
#ifndef NAMND_HTML_H
#define NAMND_HTML_H

#include <stdbool.h>
#include "namnd/doc.h"
#include "namnd/strbuf.h"

/* Append s (NULL: nothing) HTML-escaped to out; br: '\n' as <br>. */
void html_escape(struct strbuf *out, const char *s, bool br);

/* The document's blocks as HTML appended to out. ND_ENOMEM, or the
 * document's own error. */
enum nd_err doc_render_html(const struct nd_doc *doc, struct strbuf *out);

/* The value of the first field labelled label ("Anslaget tas ned"), as
 * the document holds it; "" when there is none. Borrowed from doc. */
const char *doc_field_value(const struct nd_doc *doc, const char *label);

#endif
