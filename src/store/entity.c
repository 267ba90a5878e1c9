/* Generic create/edit/remove/show/list over the entity tables. */
#include "namnd/entity.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quote.h"

static const struct nd_entity *const all_entities[] = {
	&committee_entity, &person_entity, &membership_entity, &case_entity,
	&meeting_entity, &agenda_entity, &delegation_entity, &document_entity,
	&recipient_entity, &section_entity,
};

const struct nd_entity *entity_find(const char *name)
{
	for (size_t i = 0; i < sizeof all_entities / sizeof *all_entities; i++)
		if (strcmp(all_entities[i]->name, name) == 0)
			return all_entities[i];
	return NULL;
}

static bool in_list(const char *const *list, const char *name)
{
	for (; list && *list; list++)
		if (strcmp(*list, name) == 0)
			return true;
	return false;
}

static const char *given(int n, const char *const *names, const char *const *values,
			 const char *name)
{
	for (int i = n - 1; i >= 0; i--)
		if (strcmp(names[i], name) == 0)
			return values[i];
	return NULL;
}

static enum nd_err unknown_field(const struct nd_entity *e, const char *name)
{
	char list[600] = "";
	for (const struct nd_field *f = e->fields; f->name; f++) {
		size_t l = strlen(list);
		snprintf(list + l, sizeof list - l, "%s--%s", l ? ", " : "", f->name);
	}
	return nd_fail(ND_EINVAL, "Okänt fält \"%s\" för %s. Fält som finns: %s.",
		       name, e->label, list);
}

/* A rule of the schema refused a field's value: say which field and
 * value, in words, rather than the constraint's SQL. */
static enum nd_err field_refused(struct nd_db *db, const struct nd_field *f, const char *text)
{
	int code = sqlite3_extended_errcode(db->h);
	/* A justerat protokoll, or the diarium's rules (schema/018): say so. */
	if (code == SQLITE_CONSTRAINT_TRIGGER && (strstr(sqlite3_errmsg(db->h), "justera") ||
						  strstr(sqlite3_errmsg(db->h), "diariet")))
		return db_fail(db, "spara fältet");
	/* A vacant seat's rules (schema 030, 035): their own words. */
	if (code == SQLITE_CONSTRAINT_TRIGGER && strstr(sqlite3_errmsg(db->h), "akant"))
		return nd_fail(ND_ECONSTRAINT, "Fältet \"%s\" kan inte vara \"%s\": %s",
			       f->label, msgval(text ? text : ""), sqlite3_errmsg(db->h));
	if (code == SQLITE_CONSTRAINT_NOTNULL)
		return nd_fail(ND_EINVAL, "Fältet \"%s\" kan inte vara tomt.", f->label);
	if (code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY)
		return nd_fail(ND_EEXIST, "Fältet \"%s\": \"%s\" finns redan.", f->label,
			       msgval(text ? text : ""));
	if (code == SQLITE_CONSTRAINT_CHECK || code == SQLITE_CONSTRAINT_TRIGGER)
		return nd_fail(ND_ECONSTRAINT, "Fältet \"%s\" kan inte vara \"%s\": det "
			       "går inte ihop med postens övriga uppgifter (t.ex. ett "
			       "slutdatum före startdatum, eller ett utskott utan nämnd).",
			       f->label, msgval(text ? text : ""));
	return db_fail(db, "spara fältet");
}

/* Update one field of record id through the field's static SQL. */
static enum nd_err set_field(struct nd_db *db, const struct nd_entity *e,
			     long long id, const char *name, const char *text)
{
	const struct nd_field *f = field_find(e->fields, name);
	struct nd_value v;
	sqlite3_stmt *st = NULL;
	enum nd_err err;

	if (!f)
		return unknown_field(e, name);
	if (!f->sql)
		return nd_fail(ND_EINVAL, "Fältet \"%s\" kan inte ändras för %s i "
			       "efterhand.", f->label, e->label);
	if ((err = field_parse(db, f, text, &v)))
		return err;
	if ((err = db_prepare(db, f->sql, &st)))
		goto out;
	value_bind(st, 1, &v);
	sqlite3_bind_int64(st, 2, id);
	if (sqlite3_step(st) != SQLITE_DONE)
		err = field_refused(db, f, text);
	else if (sqlite3_changes(db->h) == 0)
		err = nd_fail(ND_ENOTFOUND, "%s med id %lld finns inte.", e->label, id);
out:
	sqlite3_finalize(st);
	value_clear(&v);
	return err;
}

enum nd_err entity_insert(struct nd_db *db, const struct nd_entity *e,
			  int npre, const struct nd_value *pre, int n,
			  const char *const *names, const char *const *values,
			  long long *id_out)
{
	sqlite3_stmt *st = NULL;
	enum nd_err err;
	long long id = 0;
	int k = 0;

	for (const char *const *r = e->required; r && *r; r++) {
		const char *v = given(n, names, values, *r);
		if (!v || !*v) {
			const struct nd_field *f = field_find(e->fields, *r);
			nd_fail(ND_EINVAL, "Fältet \"%s\" måste anges.", f ? f->label : *r);
			return nd_hint(ND_EINVAL, "(--%s)", *r);
		}
	}
	for (int i = 0; i < n; i++)
		if (!field_find(e->fields, names[i]))
			return unknown_field(e, names[i]);
	if ((err = db_begin(db)))
		return err;
	if ((err = db_prepare(db, e->insert_sql, &st)))
		goto fail;
	for (k = 0; k < npre; k++)
		value_bind(st, k + 1, &pre[k]);
	for (const char *const *f = e->insert_fields; f && *f; f++, k++) {
		struct nd_value v;
		if ((err = field_parse(db, field_find(e->fields, *f),
				       given(n, names, values, *f), &v)))
			goto fail;
		value_bind(st, k + 1, &v);
		value_clear(&v);
	}
	if (sqlite3_step(st) != SQLITE_DONE) {
		int code = sqlite3_extended_errcode(db->h);
		if (code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY)
			err = nd_fail(ND_EEXIST, "Det finns redan en %s med samma uppgifter "
				      "(%s).", e->label, msgval(sqlite3_errmsg(db->h)));
		else if (code == SQLITE_CONSTRAINT_CHECK)
			err = nd_fail(ND_ECONSTRAINT, "Uppgifterna för %s går inte ihop; "
				      "kontrollera fälten (t.ex. ett utskott behöver "
				      "--parent, en punkt av typen ärende behöver --case).",
				      e->label);
		else
			err = db_fail(db, "spara");
		goto fail;
	}
	id = sqlite3_last_insert_rowid(db->h);
	for (int i = 0; i < n; i++) {
		if (in_list(e->insert_fields, names[i]))
			continue;
		if ((err = set_field(db, e, id, names[i], values[i])))
			goto fail;
	}
	if (e->check && (err = e->check(db, id, true)))
		goto fail;
	sqlite3_finalize(st);
	st = NULL;
	if ((err = db_commit(db)))
		goto fail;
	if (id_out)
		*id_out = id;
	return ND_OK;
fail:
	sqlite3_finalize(st);
	db_rollback(db);
	return err;
}

enum nd_err entity_add(struct nd_db *db, const struct nd_entity *e, int n,
		       const char *const *names, const char *const *values,
		       long long *id_out)
{
	return entity_insert(db, e, 0, NULL, n, names, values, id_out);
}

enum nd_err entity_edit(struct nd_db *db, const struct nd_entity *e, long long id,
			int n, const char *const *names, const char *const *values)
{
	enum nd_err err;
	if (n == 0)
		return nd_fail(ND_EINVAL, "Inget fält att ändra angavs för %s.", e->label);
	if ((err = db_begin(db)))
		return err;
	for (int i = 0; i < n; i++)
		if ((err = set_field(db, e, id, names[i], values[i])))
			goto fail;
	if (e->check && (err = e->check(db, id, false)))
		goto fail;
	if ((err = db_commit(db)))
		goto fail;
	return ND_OK;
fail:
	db_rollback(db);
	return err;
}

enum nd_err entity_remove(struct nd_db *db, const struct nd_entity *e, long long id)
{
	sqlite3_stmt *st = NULL;
	enum nd_err err;
	if ((err = db_begin(db)))
		return err;
	if ((err = db_prepare(db, e->delete_sql, &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_DONE) {
		if (sqlite3_extended_errcode(db->h) == SQLITE_CONSTRAINT_FOREIGNKEY ||
		    strstr(sqlite3_errmsg(db->h), "FOREIGN KEY"))
			err = nd_fail(ND_ECONSTRAINT, "Kan inte ta bort %s %lld: den "
				      "används av andra uppgifter (t.ex. ärenden, "
				      "sammanträden eller uppdrag). Ta bort dem först.",
				      e->label, id);
		else
			err = db_fail(db, "ta bort");
		goto fail;
	}
	if (sqlite3_changes(db->h) == 0) {
		err = nd_fail(ND_ENOTFOUND, "%s med id %lld finns inte.", e->label, id);
		goto fail;
	}
	sqlite3_finalize(st);
	return db_commit(db);
fail:
	sqlite3_finalize(st);
	db_rollback(db);
	return err;
}

enum nd_err entity_show(struct nd_db *db, const struct nd_entity *e, long long id,
			nd_row_fn fn, void *ctx)
{
	sqlite3_stmt *st = NULL;
	int rows = 0;
	enum nd_err err = db_prepare(db, e->show_sql, &st);
	if (err)
		return err;
	sqlite3_bind_int64(st, 1, id);
	err = db_rows(db, st, fn, ctx, &rows, "läsa registret");
	if (!err && rows == 0)
		err = nd_fail(ND_ENOTFOUND, "%s med id %lld finns inte.", e->label, id);
	return err;
}

enum nd_err entity_list(struct nd_db *db, const struct nd_entity *e,
			const char *const *filter_values, nd_row_fn fn, void *ctx)
{
	sqlite3_stmt *st = NULL;
	int k = 0;
	enum nd_err err = db_prepare(db, e->list_sql, &st);
	if (err)
		return err;
	for (const char *const *f = e->list_filters; f && *f; f++, k++) {
		struct nd_value v;
		const char *t = filter_values ? filter_values[k] : NULL;
		if ((err = field_parse(db, field_find(e->fields, *f), t, &v)))
			goto out;
		value_bind(st, k + 1, &v);
		value_clear(&v);
	}
	return db_rows(db, st, fn, ctx, NULL, "läsa registret");
out:
	sqlite3_finalize(st);
	return err;
}
