/* SQLite's memory for one namnd process.
 *
 * A command reads the schema first: some 400 CREATE statements (most of
 * them triggers), which SQLite parses into tens of thousands of small
 * blocks, about 1.5 MB in all, and frees at the end. With the system
 * malloc that memory is touched a 4 KB page at a time, and on a virtual
 * machine each first touch of a page is a fault costing 10-15 us: some
 * 400 of them, more than half of a read-only command's time. Here the
 * small blocks come from 2 MB chunks that the kernel may back with one
 * huge page (madvise MADV_HUGEPAGE; without it they are ordinary pages
 * and cost what malloc's did), kept on a free list per size, so a block
 * freed is the next one of its size handed out. Blocks of more than
 * 256 KB come from malloc. Debian's SQLite is built without lookaside
 * memory and with statistics on (a mutex around each call): the process
 * is single threaded, so both are turned off.
 *
 * Memory of a chunk is never given back to the system: a command's peak
 * is what it keeps, which for the small blocks is the schema and the
 * page cache. Every block has a 16-byte header holding its size. */
#include "namnd/sqlmem.h"

#include <sqlite3.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

enum {
	GRAIN = 16,               /* block sizes are multiples of this */
	SMALL_MAX = 5120,         /* up to here one free list per GRAIN: a page
				   * of the cache (4 KB and its header) fits */
	LARGE_SHIFT_MIN = 13,     /* then powers of two from 8 KB */
	LARGE_SHIFT_MAX = 18,     /* to 256 KB; beyond, malloc */
	NSMALL = SMALL_MAX / GRAIN + 1,
	NLARGE = LARGE_SHIFT_MAX - LARGE_SHIFT_MIN + 1,
};
#define CHUNK ((size_t)2 << 20)
#define MALLOCED ((size_t)1)      /* flag in the header: from malloc */

struct head {
	size_t size;              /* usable bytes after the header */
	size_t from;              /* MALLOCED or 0 */
};

static void *small_free[NSMALL];
static void *large_free[NLARGE];
static char *chunk_at;
static size_t chunk_left;

static bool new_chunk(void)
{
	/* Twice the size, to cut an aligned chunk out of it: a huge page
	 * needs a 2 MB boundary. */
	size_t want = 2 * CHUNK;
	char *r = mmap(NULL, want, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
		       -1, 0);
	if (r == MAP_FAILED)
		return false;
	char *p = (char *)(((uintptr_t)r + CHUNK - 1) & ~(uintptr_t)(CHUNK - 1));
	if (p > r)
		munmap(r, (size_t)(p - r));
	if (r + want > p + CHUNK)
		munmap(p + CHUNK, (size_t)(r + want - (p + CHUNK)));
#ifdef MADV_HUGEPAGE
	madvise(p, CHUNK, MADV_HUGEPAGE);
#endif
	chunk_at = p;
	chunk_left = CHUNK;
	return true;
}

/* The size class of n bytes: *size the block's usable size, the return
 * value its free list, or NULL for a block from malloc. */
static void **class_of(size_t n, size_t *size)
{
	if (n <= SMALL_MAX) {
		*size = (n + GRAIN - 1) & ~(size_t)(GRAIN - 1);
		return &small_free[*size / GRAIN];
	}
	for (int s = LARGE_SHIFT_MIN; s <= LARGE_SHIFT_MAX; s++)
		if (n <= (size_t)1 << s) {
			*size = (size_t)1 << s;
			return &large_free[s - LARGE_SHIFT_MIN];
		}
	*size = (n + GRAIN - 1) & ~(size_t)(GRAIN - 1);
	return NULL;
}

void *sqlmem_alloc(int n)
{
	size_t size;
	struct head *h;
	void **list = class_of(n > 0 ? (size_t)n : 1, &size);

	if (!list) {
		if (!(h = malloc(sizeof *h + size)))
			return NULL;
		h->size = size;
		h->from = MALLOCED;
		return h + 1;
	}
	if (*list) {
		void *p = *list;
		*list = *(void **)p;
		return p;
	}
	if (chunk_left < sizeof *h + size && !new_chunk()) {
		/* No chunk to be had: malloc, as SQLite would have. */
		if (!(h = malloc(sizeof *h + size)))
			return NULL;
		h->size = size;
		h->from = MALLOCED;
		return h + 1;
	}
	h = (struct head *)chunk_at;
	chunk_at += sizeof *h + size;
	chunk_left -= sizeof *h + size;
	h->size = size;
	h->from = 0;
	return h + 1;
}

void sqlmem_free(void *p)
{
	if (!p)
		return;
	struct head *h = (struct head *)p - 1;
	if (h->from == MALLOCED) {
		free(h);
		return;
	}
	size_t size;
	void **list = class_of(h->size, &size);
	*(void **)p = *list;
	*list = p;
}

int sqlmem_size(void *p)
{
	return p ? (int)((struct head *)p - 1)->size : 0;
}

void *sqlmem_realloc(void *p, int n)
{
	if (!p)
		return sqlmem_alloc(n);
	struct head *h = (struct head *)p - 1;
	size_t want = n > 0 ? (size_t)n : 1;
	if (want <= h->size && (h->from != MALLOCED || want > (size_t)1 << LARGE_SHIFT_MAX))
		return p;
	if (h->from == MALLOCED && want > (size_t)1 << LARGE_SHIFT_MAX) {
		size_t size = (want + GRAIN - 1) & ~(size_t)(GRAIN - 1);
		struct head *g = realloc(h, sizeof *g + size);
		if (!g)
			return NULL;
		g->size = size;
		return g + 1;
	}
	void *q = sqlmem_alloc(n);
	if (!q)
		return NULL;
	memcpy(q, p, want < h->size ? want : h->size);
	sqlmem_free(p);
	return q;
}

static int mem_roundup(int n)
{
	size_t size;
	class_of(n > 0 ? (size_t)n : 1, &size);
	return (int)size;
}

static int mem_init(void *arg)
{
	(void)arg;
	return SQLITE_OK;
}

static void mem_shutdown(void *arg)
{
	(void)arg;
}

bool sqlmem_install(void)
{
	static bool tried, done;
	static const sqlite3_mem_methods methods = {
		sqlmem_alloc, sqlmem_free, sqlmem_realloc, sqlmem_size,
		mem_roundup, mem_init, mem_shutdown, NULL,
	};
	if (tried)
		return done;
	tried = true;
	/* NAMND_SQLMEM=0 keeps SQLite's own allocator (to compare, or to look
	 * for a fault); a sanitizer build keeps it unless NAMND_SQLMEM=1. */
	const char *env = getenv("NAMND_SQLMEM");
#if defined(__SANITIZE_ADDRESS__)
	if (!env || strcmp(env, "1") != 0)
		return false;
#else
	if (env && strcmp(env, "0") == 0)
		return false;
#endif
	/* namnd uses SQLite from one thread only; without the mutexes, this
	 * allocator needs none either. */
	if (sqlite3_config(SQLITE_CONFIG_SINGLETHREAD) != SQLITE_OK)
		return false;
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
	done = sqlite3_config(SQLITE_CONFIG_MALLOC, &methods) == SQLITE_OK;
	return done;
}
