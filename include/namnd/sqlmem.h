/* SQLite's memory for one namnd process (src/store/sqlmem.c). */
#ifndef NAMND_SQLMEM_H
#define NAMND_SQLMEM_H

#include <stdbool.h>
#include <stddef.h>

/* Give SQLite namnd's allocator, before SQLite is first used: single
 * threaded, no memory statistics, small blocks from 2 MB chunks backed
 * by huge pages where the kernel offers them. Returns false, changing
 * nothing, when SQLite was already initialised, when NAMND_SQLMEM=0, or
 * in a sanitizer build unless NAMND_SQLMEM=1 (so that ASan sees SQLite's
 * own blocks). Safe to call more than once. */
bool sqlmem_install(void);

/* For the tests: allocate, resize, free and size blocks through the
 * allocator itself, installed or not. */
void *sqlmem_alloc(int n);
void *sqlmem_realloc(void *p, int n);
void sqlmem_free(void *p);
int sqlmem_size(void *p);

#endif
