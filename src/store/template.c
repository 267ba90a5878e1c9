/* The standard agenda per committee: standing items copied into every
 * new meeting (agenda_apply_template). */
#include "namnd/entity.h"

static const char *const template_kinds[] = {
	"procedur", "information", "stående", "paus", "beslutsomgång", NULL,
};

static const struct nd_field template_fields[] = {
	{ "committee", "nämnd", FT_COMMITTEE, 0, 0, NULL, NULL },
	{ "kind", "typ", FT_ENUM, 0, 0, template_kinds,
	  "UPDATE agenda_template SET kind = coalesce(?1, 'stående') WHERE id = ?2" },
	{ "title", "rubrik", FT_TEXT, 1, 1000, NULL,
	  "UPDATE agenda_template SET title = ?1 WHERE id = ?2" },
	{ "role", "föredragande (roll)", FT_TEXT, 1, 200, NULL,
	  "UPDATE agenda_template SET presenter_role = ?1 WHERE id = ?2" },
	{ "minutes", "längd i minuter", FT_INT, 0, 720, NULL,
	  "UPDATE agenda_template SET duration = coalesce(?1, 5) WHERE id = ?2" },
	{ NULL, NULL, 0, 0, 0, NULL, NULL },
};

static const char *const template_insert[] = { "committee", "kind", "title", "role",
					       "minutes", NULL };
static const char *const template_required[] = { "committee", "title", NULL };
static const char *const template_filters[] = { "committee", NULL };
static const int template_widths[] = { 5, 7, 3, 13, 34, 0 };

const struct nd_entity template_entity = {
	.name = "template",
	.label = "standardpunkt",
	.fields = template_fields,
	.insert_fields = template_insert,
	.required = template_required,
	/* New items go last in the committee's standard agenda. */
	.insert_sql = "INSERT INTO agenda_template (committee_id, position, kind, title, "
		      "presenter_role, duration) VALUES (?1, (SELECT coalesce(max(position), 0) "
		      "+ 1 FROM agenda_template WHERE committee_id = ?1), coalesce(?2, 'stående'), "
		      "?3, ?4, coalesce(?5, 5))",
	.delete_sql = "DELETE FROM agenda_template WHERE id = ?1",
	.show_sql = "SELECT t.id AS \"Id\", k.code AS \"Nämnd\", t.position AS \"Plats\", "
		    "t.kind AS \"Typ\", t.title AS \"Rubrik\", t.presenter_role AS "
		    "\"Föredragande\", t.duration AS \"Minuter\" FROM agenda_template t "
		    "JOIN committee k ON k.id = t.committee_id WHERE t.id = ?1",
	.list_sql = "SELECT t.id AS \"Id\", k.code AS \"Nämnd\", t.position AS \"Nr\", "
		    "t.kind AS \"Typ\", t.title AS \"Rubrik\", t.duration AS \"Minuter\" "
		    "FROM agenda_template t JOIN committee k ON k.id = t.committee_id "
		    "WHERE (?1 IS NULL OR t.committee_id = ?1) ORDER BY k.code, t.position",
	.list_filters = template_filters,
	.list_widths = template_widths,
	.resolve = id_resolve,
};
