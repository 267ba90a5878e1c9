/* A growing, always NUL-terminated string, for text whose length user
 * data decides (a document line, a listing, a canonical text): nothing
 * is ever cut. Out of memory is sticky: later additions are dropped and
 * oom stays set, so a builder checks it once at the end.
 *
 *   struct strbuf b = { 0 };
 *   strbuf_add(&b, name);
 *   strbuf_printf(&b, " (%s)", party);
 *   use(strbuf_str(&b));
 *   strbuf_free(&b);
 *
 * The buffer (s) is owned by the strbuf until strbuf_free. */
#ifndef NAMND_STRBUF_H
#define NAMND_STRBUF_H

#include <stdbool.h>
#include <stddef.h>

struct strbuf {
	char *s;        /* NULL until something is added */
	size_t len, cap;
	bool oom;
};

/* Append n bytes of s. */
void strbuf_addn(struct strbuf *b, const char *s, size_t n);
/* Append s; NULL appends nothing. */
void strbuf_add(struct strbuf *b, const char *s);
/* Append printf-style text, however long. */
void strbuf_printf(struct strbuf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* The text so far ("" when empty); valid until the next change. */
const char *strbuf_str(const struct strbuf *b);
/* Free the buffer and empty b for reuse. */
void strbuf_free(struct strbuf *b);

#endif
