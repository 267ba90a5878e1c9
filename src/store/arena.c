/* Arena and growing arrays for records read in one go. */
#include "arena.h"

#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

struct arena_chunk {
	struct arena_chunk *next;
	size_t used, size;
	alignas(max_align_t) unsigned char data[];
};

#define CHUNK_MIN 8192

void *arena_alloc(struct nd_arena *a, size_t n)
{
	const size_t align = alignof(max_align_t);
	struct arena_chunk *c = a->head;
	n = (n + align - 1) / align * align;
	if (!c || c->size - c->used < n) {
		size_t size = n > CHUNK_MIN ? n : CHUNK_MIN;
		c = malloc(sizeof *c + size);
		if (!c)
			return NULL;
		c->next = a->head;
		c->used = 0;
		c->size = size;
		a->head = c;
	}
	void *p = c->data + c->used;
	c->used += n;
	memset(p, 0, n);
	return p;
}

char *arena_strdup(struct nd_arena *a, const char *s, int *oom)
{
	if (!s)
		return NULL;
	size_t n = strlen(s) + 1;
	char *p = arena_alloc(a, n);
	if (!p) {
		*oom = 1;
		return NULL;
	}
	memcpy(p, s, n);
	return p;
}

void arena_free(struct nd_arena *a)
{
	while (a->head) {
		struct arena_chunk *next = a->head->next;
		free(a->head);
		a->head = next;
	}
}

void *vec_push(void *arr, size_t *n, size_t *cap, size_t elem)
{
	void **p = arr;
	if (*n == *cap) {
		size_t nc = *cap ? *cap * 2 : 8;
		void *grown = realloc(*p, nc * elem);
		if (!grown)
			return NULL;
		*p = grown;
		*cap = nc;
	}
	void *slot = (unsigned char *)*p + *n * elem;
	memset(slot, 0, elem);
	(*n)++;
	return slot;
}
