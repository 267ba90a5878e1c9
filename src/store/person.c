/* People (ledamöter, ersättare, tjänstepersoner) and their memberships. */
#include "namnd/entity.h"

static const struct nd_field person_fields[] = {
	{ "name", "namn", FT_TEXT, 1, 200, NULL,
	  "UPDATE person SET name = ?1 WHERE id = ?2" },
	{ "party", "parti", FT_TEXT, 1, 20, NULL,
	  "UPDATE person SET party = ?1 WHERE id = ?2" },
	{ "org", "organisation", FT_TEXT, 1, 200, NULL,
	  "UPDATE person SET organisation = ?1 WHERE id = ?2" },
	{ "title", "titel", FT_TEXT, 1, 200, NULL,
	  "UPDATE person SET title = ?1 WHERE id = ?2" },
	{ "email", "e-post", FT_EMAIL, 0, 0, NULL,
	  "UPDATE person SET email = ?1 WHERE id = ?2" },
	{ "phone", "telefon", FT_PHONE, 0, 0, NULL,
	  "UPDATE person SET phone = ?1 WHERE id = ?2" },
	{ NULL, NULL, 0, 0, 0, NULL, NULL },
};

static const char *const person_insert[] = { "name", NULL };
static const int person_widths[] = { 5, 28, 6, 0 };

/* The register exists so one person is not entered twice under two
 * spellings; a second person with the same name is allowed only when
 * something (e-mail, party, organisation) tells them apart. */
static enum nd_err person_check(struct nd_db *db, long long id, bool created)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	(void)created;
	if ((e = db_prepare(db, "SELECT o.id, o.name FROM person p JOIN person o ON "
			    "o.name = p.name AND o.id <> p.id "
			    "AND coalesce(o.email, '') = coalesce(p.email, '') "
			    "AND coalesce(o.party, '') = coalesce(p.party, '') "
			    "AND coalesce(o.organisation, '') = coalesce(p.organisation, '') "
			    "WHERE p.id = ?1 AND p.vacant = 0 AND o.vacant = 0 LIMIT 1", &st)))
		return e;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW)
		e = nd_fail(ND_EEXIST, "Personen \"%s\" finns redan i registret (id %lld). "
			    "Använd den, eller ange e-post, parti eller organisation som "
			    "skiljer personerna åt.", (const char *)sqlite3_column_text(st, 1),
			    (long long)sqlite3_column_int64(st, 0));
	sqlite3_finalize(st);
	return e;
}

const struct nd_entity person_entity = {
	.name = "person",
	.label = "person",
	.fields = person_fields,
	.insert_fields = person_insert,
	.required = person_insert,
	.insert_sql = "INSERT INTO person (name) VALUES (?1)",
	.delete_sql = "DELETE FROM person WHERE id = ?1",
	.show_sql = "SELECT id AS \"Id\", name AS \"Namn\", party AS \"Parti\", "
		    "organisation AS \"Organisation\", title AS \"Titel\", "
		    "email AS \"E-post\", phone AS \"Telefon\" FROM person WHERE id = ?1",
	.list_sql = "SELECT id AS \"Id\", name AS \"Namn\", "
		    "coalesce(party, '') AS \"Parti\", "
		    "coalesce(title, organisation, '') AS \"Titel/organisation\" "
		    "FROM person WHERE vacant = 0 ORDER BY name COLLATE sv, id",
	.list_widths = person_widths,
	.resolve = person_resolve,
	.check = person_check,
};

static const char *const member_roles[] = {
	"ordförande", "1:e vice ordförande", "2:e vice ordförande", "ledamot",
	"ersättare", "sekreterare", "övrig", NULL,
};

static const struct nd_field membership_fields[] = {
	{ "person", "person", FT_PERSON, 0, 0, NULL,
	  "UPDATE membership SET person_id = ?1 WHERE id = ?2" },
	{ "committee", "nämnd", FT_COMMITTEE, 0, 0, NULL,
	  "UPDATE membership SET committee_id = ?1 WHERE id = ?2" },
	{ "role", "roll", FT_ENUM, 0, 0, member_roles,
	  "UPDATE membership SET role = ?1, ersattare_order = CASE WHEN ?1 = "
	  "'ersättare' THEN ersattare_order END WHERE id = ?2" },
	{ "order", "ersättarordning", FT_INT, 1, 999, NULL,
	  "UPDATE membership SET ersattare_order = ?1 WHERE id = ?2" },
	{ "from", "från", FT_DATE, 0, 0, NULL,
	  "UPDATE membership SET valid_from = coalesce(?1, nd_today()) WHERE id = ?2" },
	{ "to", "till", FT_DATE, 0, 0, NULL,
	  "UPDATE membership SET valid_to = ?1 WHERE id = ?2" },
	{ NULL, NULL, 0, 0, 0, NULL, NULL },
};

static const char *const membership_insert[] = { "person", "committee", "role", "from", NULL };
static const char *const membership_required[] = { "person", "committee", "role", NULL };
static const char *const membership_filters[] = { "committee", NULL };
static const int membership_widths[] = { 5, 7, 20, 26, 6, 4, 0 };

static enum nd_err membership_check(struct nd_db *db, long long id, bool created)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	(void)created;
	/* An ersättare without a place in the order goes last. */
	if ((e = db_prepare(db, "UPDATE membership SET ersattare_order = (SELECT "
			    "coalesce(max(o.ersattare_order), 0) + 1 FROM membership o "
			    "WHERE o.committee_id = membership.committee_id) WHERE id = ?1 "
			    "AND role = 'ersättare' AND ersattare_order IS NULL", &st)))
		return e;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_DONE)
		e = db_fail(db, "sätta ersättarordningen");
	sqlite3_finalize(st);
	return e;
}

const struct nd_entity membership_entity = {
	.name = "member",
	.label = "uppdrag",
	.fields = membership_fields,
	.insert_fields = membership_insert,
	.required = membership_required,
	.insert_sql = "INSERT INTO membership (person_id, committee_id, role, valid_from) "
		      "VALUES (?1, ?2, ?3, coalesce(?4, nd_today()))",
	.delete_sql = "DELETE FROM membership WHERE id = ?1",
	.show_sql = "SELECT m.id AS \"Id\", c.code AS \"Nämnd\", p.name AS \"Person\", "
		    "p.party AS \"Parti\", m.role AS \"Roll\", "
		    "m.ersattare_order AS \"Ersättarordning\", m.valid_from AS \"Från\", "
		    "m.valid_to AS \"Till\" FROM membership m JOIN person p ON "
		    "p.id = m.person_id JOIN committee c ON c.id = m.committee_id "
		    "WHERE m.id = ?1",
	/* Seats first in rank order, then ersättare in their order. */
	.list_sql = "SELECT m.id AS \"Id\", c.code AS \"Nämnd\", m.role AS \"Roll\", "
		    "p.name AS \"Namn\", coalesce(p.party, '') AS \"Parti\", "
		    "coalesce(m.ersattare_order, '') AS \"Nr\", "
		    "m.valid_from || '–' || coalesce(m.valid_to, '') AS \"Period\" "
		    "FROM membership m JOIN person p ON p.id = m.person_id "
		    "JOIN committee c ON c.id = m.committee_id "
		    "WHERE (?1 IS NULL OR m.committee_id = ?1) "
		    "ORDER BY c.code, CASE m.role WHEN 'ordförande' THEN 1 "
		    "WHEN '1:e vice ordförande' THEN 2 WHEN '2:e vice ordförande' THEN 3 "
		    "WHEN 'ledamot' THEN 4 WHEN 'ersättare' THEN 5 "
		    "WHEN 'sekreterare' THEN 6 ELSE 7 END, m.ersattare_order, "
		    "p.name COLLATE sv, m.id",
	.list_filters = membership_filters,
	.list_widths = membership_widths,
	.resolve = id_resolve,
	.check = membership_check,
};
