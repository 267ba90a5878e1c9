/* One call from a file to the store, for the CLI and the TUI alike:
 * read, parse (month report or budget table), check, save. */
#include "namnd/report.h"

#include <stdlib.h>
#include <string.h>

#include "report_store.h"

/* The committee's name, which a file may use as its total row's label. */
static char *committee_name(struct nd_db *db, long long committee)
{
	sqlite3_stmt *st = NULL;
	char *name = NULL;
	if (db_prepare(db, "SELECT name FROM committee WHERE id = ?1", &st) == ND_OK) {
		sqlite3_bind_int64(st, 1, committee);
		if (sqlite3_step(st) == SQLITE_ROW)
			name = strdup((const char *)sqlite3_column_text(st, 0));
		sqlite3_finalize(st);
	}
	return name;
}

enum nd_err report_import(struct nd_db *db, const char *path, const struct report_import_opts *o,
			  struct report_data **out, long long *id)
{
	struct tab_opts to = { .allow_ragged = true, .allow_layout = true,
			       .file_max = TAB_REPORT_FILE_MAX,
			       .what = o->month ? "en månadsuppföljning" : "en budget" };
	struct tab_file *t = NULL;
	struct report_msgs notes = { 0 };
	char *name = committee_name(db, o->committee);
	enum nd_err e;

	*out = NULL;
	if ((e = o->text ? tab_parse(o->text, o->text_len, &to, &t) : tab_load(path, &to, &t)))
		goto out;
	if (o->month) {
		struct report_parse_opts po = { o->unit, name, o->year, true, o->ask, o->ask_ctx };
		e = report_parse(t, &po, out);
	} else {
		struct budget_parse_opts po = { o->year, o->unit, name, o->ask, o->ask_ctx };
		e = budget_parse(t, &po, out);
	}
	/* The file's encoding and delimiter come first among the notes. */
	if (*out && report_msg_add(&notes, "%s", t->note)) {
		for (size_t i = 0; i < (*out)->notes.n; i++)
			if (!report_msg_add(&notes, "%s", (*out)->notes.v[i]))
				break;
		report_msgs_free(&(*out)->notes);
		(*out)->notes = notes;
		notes = (struct report_msgs){ 0 };
	}
	if (e)
		goto out;
	/* The parsed lines hold all that is saved: the file's cells go
	 * before the database's work starts (peak memory). */
	tab_free(t);
	t = NULL;
	if (o->month)
		e = report_save(db, o->committee, o->year, o->month, *out, &o->save,
				&(*out)->notes, id);
	else
		e = budget_save(db, o->committee, *out, &o->save, id);
out:
	report_msgs_free(&notes);
	tab_free(t);
	free(name);
	return e;
}
