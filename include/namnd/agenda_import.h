/* A föredragningslista pasted from Word or Excel (TSV/CSV, read with
 * tab_load) into a meeting's agenda, all rows or none.
 *
 * Columns: Nr, Ärende, Dnr, Föredragande, Tid — named by a header row
 * (any order; Dnr, Föredragande and Tid may be missing), or without one
 * exactly these five. Nr: a letter (A, B: procedural item), a number, or
 * empty (a break or the decision round). Dnr in any known form, matched
 * to the register (a dnr without series also in the committee's series).
 * Föredragande: a person's exact name, else a role text. Tid: a slot such
 * as 08.05-08.10 or 08:05–08:10; it becomes the item's duration. Rows
 * without a time share the gap before the next timed row (or get 5
 * minutes at the end). A time that cannot be read, a slot that ends
 * before it starts, an unknown dnr and a missing title are errors with
 * their line; a gap or overlap between given slots is a warning (times
 * are computed from the durations). */
#ifndef NAMND_AGENDA_IMPORT_H
#define NAMND_AGENDA_IMPORT_H

#include <stdbool.h>
#include <stddef.h>
#include "namnd/db.h"
#include "namnd/tabfile.h"

struct ai_msg {
	size_t line;   /* line in the file (0: the file as a whole) */
	bool error;
	char *text;    /* Swedish, owned */
};

struct ai_result {
	struct ai_msg *v;
	size_t n, cap;
	int errors, warnings;
	int items;     /* items written */
};

/* Import t into meeting. An agenda that already has items is refused
 * unless replace, which removes them in the same transaction. On any
 * error nothing is written, res lists every error with its line and
 * ND_EINVAL is returned with a summary message. res is filled in any
 * case; free it with agenda_import_free. */
enum nd_err agenda_import(struct nd_db *db, long long meeting, const struct tab_file *t,
			  bool replace, struct ai_result *res);
void agenda_import_free(struct ai_result *res);

#endif
