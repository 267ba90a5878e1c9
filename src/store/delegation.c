/* Delegeringsbeslut, ordförandebeslut and meddelanden reported to a
 * committee. */
#include "namnd/entity.h"

static const char *const delegation_kinds[] = {
	"delegeringsbeslut", "ordförandebeslut", "meddelande", NULL,
};

static const struct nd_field delegation_fields[] = {
	{ "committee", "nämnd", FT_COMMITTEE, 0, 0, NULL,
	  "UPDATE delegation SET committee_id = ?1 WHERE id = ?2" },
	{ "kind", "typ", FT_ENUM, 0, 0, delegation_kinds,
	  "UPDATE delegation SET kind = coalesce(?1, 'delegeringsbeslut') WHERE id = ?2" },
	{ "date", "beslutsdatum", FT_DATE, 0, 0, NULL,
	  "UPDATE delegation SET decided_on = ?1 WHERE id = ?2" },
	{ "by", "beslutsfattare", FT_PERSON, 0, 0, NULL,
	  "UPDATE delegation SET decided_by = ?1 WHERE id = ?2" },
	{ "point", "delegationspunkt", FT_TEXT, 1, 50, NULL,
	  "UPDATE delegation SET point = ?1 WHERE id = ?2" },
	{ "title", "beslut", FT_TEXT, 1, 1000, NULL,
	  "UPDATE delegation SET title = ?1 WHERE id = ?2" },
	{ "case", "ärende", FT_CASE, 0, 0, NULL,
	  "UPDATE delegation SET case_id = ?1 WHERE id = ?2" },
	{ "meeting", "anmäls vid sammanträde", FT_MEETING, 0, 0, NULL,
	  "UPDATE delegation SET meeting_id = ?1 WHERE id = ?2" },
	{ NULL, NULL, 0, 0, 0, NULL, NULL },
};

static const char *const delegation_insert[] = { "committee", "date", "title", NULL };
static const char *const delegation_filters[] = { "committee", "meeting", NULL };
static const int delegation_widths[] = { 5, 7, 11, 18, 14, 0 };

const struct nd_entity delegation_entity = {
	.name = "delegation",
	.label = "delegeringsbeslut",
	.fields = delegation_fields,
	.insert_fields = delegation_insert,
	.required = delegation_insert,
	.insert_sql = "INSERT INTO delegation (committee_id, decided_on, title) "
		      "VALUES (?1, ?2, ?3)",
	.delete_sql = "DELETE FROM delegation WHERE id = ?1",
	.show_sql = "SELECT d.id AS \"Id\", k.code AS \"Nämnd\", d.kind AS \"Typ\", "
		    "d.decided_on AS \"Beslutsdatum\", p.name AS \"Beslutsfattare\", "
		    "d.point AS \"Delegationspunkt\", d.title AS \"Beslut\", "
		    "nd_dnr(c.dnr_series, c.dnr_year, c.dnr_number) AS \"Dnr\", "
		    "m.date AS \"Anmäls\" FROM delegation d "
		    "JOIN committee k ON k.id = d.committee_id "
		    "LEFT JOIN person p ON p.id = d.decided_by "
		    "LEFT JOIN cases c ON c.id = d.case_id "
		    "LEFT JOIN meeting m ON m.id = d.meeting_id WHERE d.id = ?1",
	.list_sql = "SELECT d.id AS \"Id\", k.code AS \"Nämnd\", "
		    "d.decided_on AS \"Datum\", d.kind AS \"Typ\", "
		    "coalesce(p.name, '') AS \"Beslutsfattare\", d.title AS \"Beslut\" "
		    "FROM delegation d JOIN committee k ON k.id = d.committee_id "
		    "LEFT JOIN person p ON p.id = d.decided_by "
		    "WHERE (?1 IS NULL OR d.committee_id = ?1) "
		    "AND (?2 IS NULL OR d.meeting_id = ?2) "
		    "ORDER BY d.decided_on, d.id",
	.list_filters = delegation_filters,
	.list_widths = delegation_widths,
	.resolve = id_resolve,
};
