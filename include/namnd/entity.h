/* Fields and entities: one table describes, per kind of record, which
 * fields exist, how their text is checked, and the static SQL that reads
 * and writes them. The CLI and the TUI edit every record through it, so
 * validation and messages are the same everywhere. */
#ifndef NAMND_ENTITY_H
#define NAMND_ENTITY_H

#include <stdbool.h>
#include <stddef.h>
#include <sqlite3.h>
#include "namnd/db.h"

enum nd_ftype {
	FT_TEXT,      /* one line: no control characters */
	FT_LONGTEXT,  /* several lines: newlines and tabs allowed */
	FT_DATE,      /* ISO date */
	FT_TIME,      /* 08.15 or 08:15, stored "08:15" */
	FT_INT,       /* integer in [min, max] */
	FT_BOOL,      /* ja/nej, 1/0 */
	FT_ENUM,      /* one of choices */
	FT_PERSON,    /* a person: id or exact name */
	FT_COMMITTEE, /* a committee: code */
	FT_CASE,      /* an ärende: dnr in any known form */
	FT_MEETING,   /* a meeting: id or CODE:YYYY-MM-DD */
	FT_SERIES,    /* dnr series / committee code: A–Ö, digits */
	FT_EMAIL,
	FT_PHONE,
};

struct nd_field {
	const char *name;   /* option name: "title" → --title */
	const char *label;  /* Swedish name in messages: "titel" */
	enum nd_ftype type;
	long min, max;      /* characters for text, range for FT_INT */
	const char *const *choices; /* FT_ENUM, NULL-terminated */
	const char *sql;    /* "UPDATE t SET c = ?1 WHERE id = ?2", or NULL
	                       when the field is only used at creation */
};

/* A parsed, checked value ready to bind. */
struct nd_value {
	enum { V_NULL, V_TEXT, V_INT } kind;
	long long i;
	char *s; /* owned */
};

void value_clear(struct nd_value *v);
void value_bind(sqlite3_stmt *st, int i, const struct nd_value *v);

/* Check text for field f and turn it into a value (names of people,
 * committee codes, dnr and meetings are looked up). An empty text means
 * NULL. Errors name the field and the value, in Swedish. */
enum nd_err field_parse(struct nd_db *db, const struct nd_field *f,
			const char *text, struct nd_value *out);

const struct nd_field *field_find(const struct nd_field *fields, const char *name);

/* Called after the minimal insert and the field updates, inside the same
 * transaction: checks that span fields, or fills derived values. */
typedef enum nd_err (*nd_check_fn)(struct nd_db *db, long long id, bool created);

typedef enum nd_err (*nd_resolve_fn)(struct nd_db *db, const char *ref,
				     long long *id);


struct nd_entity {
	const char *name;       /* CLI noun: "committee" */
	const char *label;      /* Swedish: "nämnd" */
	const struct nd_field *fields;
	/* insert_sql binds first the entity's own leading values (see
	 * entity_insert), then these fields in order (absent = NULL). */
	const char *const *insert_fields;
	const char *const *required; /* must be given at creation */
	const char *insert_sql;
	const char *delete_sql; /* ?1 = id */
	const char *show_sql;   /* ?1 = id; column names are the labels */
	const char *list_sql;   /* ?1.. = list_filters (NULL = no filter) */
	const char *const *list_filters;
	const int *list_widths; /* display columns per list column; 0 = rest */
	nd_resolve_fn resolve;
	nd_check_fn check;      /* may be NULL */
};

/* Create a record from name=value pairs (fields by name). Required fields
 * must be present. All or nothing, in one transaction. *id_out gets the
 * new id. */
enum nd_err entity_add(struct nd_db *db, const struct nd_entity *e, int n,
		       const char *const *names, const char *const *values,
		       long long *id_out);
/* entity_add with npre values bound first (?1..?npre) before the insert
 * fields: the parts a module computes itself (dnr, position). */
enum nd_err entity_insert(struct nd_db *db, const struct nd_entity *e,
			  int npre, const struct nd_value *pre, int n,
			  const char *const *names, const char *const *values,
			  long long *id_out);
/* Change fields of record id, all in one transaction. */
enum nd_err entity_edit(struct nd_db *db, const struct nd_entity *e, long long id,
			int n, const char *const *names, const char *const *values);
enum nd_err entity_remove(struct nd_db *db, const struct nd_entity *e, long long id);
enum nd_err entity_show(struct nd_db *db, const struct nd_entity *e, long long id,
			nd_row_fn fn, void *ctx);
/* filter_values has one entry per list_filters name (NULL = any). */
enum nd_err entity_list(struct nd_db *db, const struct nd_entity *e,
			const char *const *filter_values, nd_row_fn fn, void *ctx);

const struct nd_entity *entity_find(const char *name);

/* Resolvers, usable by any module. */
enum nd_err committee_resolve(struct nd_db *db, const char *code, long long *id);
enum nd_err person_resolve(struct nd_db *db, const char *ref, long long *id);
enum nd_err case_resolve(struct nd_db *db, const char *dnr, long long *id);
enum nd_err meeting_resolve(struct nd_db *db, const char *ref, long long *id);
enum nd_err id_resolve(struct nd_db *db, const char *ref, long long *id);

extern const struct nd_entity committee_entity, person_entity, membership_entity,
	case_entity, meeting_entity, agenda_entity, delegation_entity,
	document_entity, recipient_entity, section_entity, template_entity;

#endif
