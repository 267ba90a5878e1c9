/* How a message names a paragraph: "§ 14" for a body numbering § through
 * the year, "punkt 3" for one numbering its items per meeting (schema
 * 025). Every user-facing message about a paragraph goes through here, so
 * the CLI, the store and the UI say the same word. Pure; no I/O. */
#ifndef NAMND_PARNUM_H
#define NAMND_PARNUM_H

#include <stdbool.h>
#include <stddef.h>

#define PARNUM_MAX 48

/* "§ 14" or "punkt 14" into buf. Returns buf. */
const char *parnum(bool items, int n, char *buf, size_t size);
/* The same beginning a sentence: "§ 14" or "Punkt 14". */
const char *parnum_cap(bool items, int n, char *buf, size_t size);
/* A range: "§§ 3–5" or "punkterna 3–5"; from == to names one. */
const char *parnum_range(bool items, int from, int to, char *buf, size_t size);

/* s with its first letter made upper case ("punkt 3 …" begins a
 * sentence as "Punkt 3 …"), in place. Returns s. */
char *parnum_upper(char *s);

/* The same as expressions for a format's %s, in a buffer that lives to
 * the end of the enclosing block (a compound literal). */
#define PAR(items, n) parnum((items), (n), (char[PARNUM_MAX]){ "" }, PARNUM_MAX)
#define PAR_CAP(items, n) parnum_cap((items), (n), (char[PARNUM_MAX]){ "" }, PARNUM_MAX)
#define PARS(items, from, to) \
	parnum_range((items), (from), (to), (char[PARNUM_MAX]){ "" }, PARNUM_MAX)

#endif
