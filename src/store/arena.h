/* Memory for records read in one go (a sitting, a protokoll): strings and
 * rows are allocated from an arena and freed together. Internal to the
 * store. */
#ifndef NAMND_STORE_ARENA_H
#define NAMND_STORE_ARENA_H

#include <stddef.h>

struct nd_arena {
	struct arena_chunk *head;
};

/* Zeroed memory of n bytes, aligned for any object; NULL on out of
 * memory. Valid until arena_free. */
void *arena_alloc(struct nd_arena *a, size_t n);
/* Copy of s (NULL gives NULL); sets *oom on out of memory. */
char *arena_strdup(struct nd_arena *a, const char *s, int *oom);
void arena_free(struct nd_arena *a);

/* Append one zeroed element of size elem to the malloc'ed array *arr
 * holding *n of *cap. Returns the new element or NULL on out of memory. */
void *vec_push(void *arr, size_t *n, size_t *cap, size_t elem);

#endif
