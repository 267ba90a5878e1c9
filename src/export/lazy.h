/* Libraries loaded when first needed. Cairo/Pango (PDF), GMime (e-mail),
 * libical (calendars) and libxlsxwriter (xlsx) bring some fifty shared
 * libraries with them; linked into the binary, the dynamic loader mapped
 * and relocated all of them at the start of every command, which cost a
 * `namnd case show` several times what SQLite itself did. The binary is
 * linked without them; the file that uses one includes its lazy_*.h after
 * the library's own header. That header lists the functions the file
 * calls (LAZY_*_SYMS), keeps a table of pointers to them, and renames each
 * call to go through the table, which lazy_load() fills with dlopen and
 * dlsym before first use. A function missing from a list is an undefined
 * reference when the binary is linked, so the lists cannot fall behind. */
#ifndef ND_LAZY_H
#define ND_LAZY_H

#include <stdbool.h>
#include <stddef.h>

#include "namnd/err.h"

struct lazy_sym {
	const char *name;
	size_t offset; /* of its pointer in the group's table */
};

struct lazy_group {
	const char *const *libs; /* sonames, NULL-terminated, searched in order */
	const struct lazy_sym *syms;
	size_t nsyms;
	void *table;      /* a struct of function pointers */
	const char *what; /* what cannot be made without it, Swedish */
	bool loaded;
};

/* Loads the group's libraries and fills its table (once); a library or
 * function that cannot be found fails with a message naming it, and the
 * table stays unused. */
enum nd_err lazy_load(struct lazy_group *g);

/* The pieces of a lazy_*.h: a member of the table, and its entry. */
#define LAZY_MEMBER(f) __typeof__(f) *f;
#define LAZY_ENTRY(type, f) { #f, offsetof(struct type, f) },

#endif
