/* Internal to src/core: user text made safe to show inside an error
 * message. Not part of the public surface (see include/namnd/). */
#ifndef NAMND_CORE_QUOTE_H
#define NAMND_CORE_QUOTE_H

#include <stddef.h>

/* Enough for the 60 bytes text_quote keeps, an ellipsis and the NUL. */
#define TEXT_QUOTE_SIZE 72

/* Copy of s into buf (bufsz bytes, TEXT_QUOTE_SIZE recommended): at most
 * 60 bytes of it, never cut inside a code point, "…" added when cut,
 * control characters and invalid UTF-8 shown as '?', so a message can
 * never carry an escape sequence to the terminal. s may be NULL. */
void text_quote(const char *s, char *buf, size_t bufsz);

#endif
