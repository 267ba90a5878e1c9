/* Swedish collation, registered in SQLite as "sv".
 * Order: digits before letters; a–z then å ä ö; Å before Ä; case-
 * insensitive; accents fold to the base letter (é→e, à→a, ü→y, æ→ä,
 * ø→ö); other characters by code point. */
#ifndef NAMND_COLLATE_H
#define NAMND_COLLATE_H

#include <stddef.h>

/* Compare two UTF-8 strings of the given byte lengths. Returns <0, 0, >0.
 * Strings equal ignoring case and accents compare 0. */
int sv_collate(const char *a, size_t alen, const char *b, size_t blen);

/* Same for NUL-terminated strings. */
int sv_strcmp(const char *a, const char *b);

#endif
