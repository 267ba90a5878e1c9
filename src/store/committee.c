/* Committees (nämnder, utskott) and their settings. */
#include "namnd/entity.h"

#include <string.h>

static const char *const committee_kinds[] = {
	"fullmäktige", "styrelse", "nämnd", "arbetsutskott", "samverkansråd",
	"förbundsstyrelse", "beredning", "ledningsgrupp", NULL,
};

static const char *const committee_numberings[] = { "paragraf", "punkt", NULL };

static const struct nd_field committee_fields[] = {
	{ "code", "kod", FT_SERIES, 1, 15, NULL,
	  "UPDATE committee SET code = ?1 WHERE id = ?2" },
	{ "name", "namn", FT_TEXT, 1, 200, NULL,
	  "UPDATE committee SET name = ?1 WHERE id = ?2" },
	{ "kind", "typ", FT_ENUM, 0, 0, committee_kinds,
	  "UPDATE committee SET kind = coalesce(?1, 'nämnd') WHERE id = ?2" },
	{ "parent", "tillhör", FT_COMMITTEE, 0, 0, NULL,
	  "UPDATE committee SET parent_id = ?1 WHERE id = ?2" },
	{ "place", "plats", FT_TEXT, 1, 200, NULL,
	  "UPDATE committee SET place = ?1 WHERE id = ?2" },
	{ "time", "starttid", FT_TIME, 0, 0, NULL,
	  "UPDATE committee SET start_time = ?1 WHERE id = ?2" },
	{ "notice-days", "kallelsedagar", FT_INT, 0, 90, NULL,
	  "UPDATE committee SET notice_days = coalesce(?1, 7) WHERE id = ?2" },
	{ "series", "diarieserie", FT_SERIES, 1, 15, NULL,
	  "UPDATE committee SET dnr_series = ?1 WHERE id = ?2" },
	/* The rules (schema 019): empty goes back to what the kind says. */
	{ "quorum", "beslutförhet", FT_BOOL, 0, 0, NULL,
	  "UPDATE committee SET rule_quorum = ?1 WHERE id = ?2" },
	{ "justering-days", "justeringsfrist", FT_INT, 0, 90, NULL,
	  "UPDATE committee SET rule_justering_days = ?1 WHERE id = ?2" },
	{ "anslag", "anslag", FT_BOOL, 0, 0, NULL,
	  "UPDATE committee SET rule_anslag = ?1 WHERE id = ?2" },
	{ "appeal", "överklagandetid", FT_BOOL, 0, 0, NULL,
	  "UPDATE committee SET rule_appeal = ?1 WHERE id = ?2" },
	{ "dnr-required", "diarienummer krävs", FT_BOOL, 0, 0, NULL,
	  "UPDATE committee SET rule_dnr = ?1 WHERE id = ?2" },
	/* A föredragande for every item: check warns without (schema 027). */
	{ "presenter-required", "föredragande krävs", FT_BOOL, 0, 0, NULL,
	  "UPDATE committee SET rule_presenter = ?1 WHERE id = ?2" },
	/* Another body's § series, shared (schema 020). */
	{ "series-with", "paragrafserie med", FT_COMMITTEE, 0, 0, NULL,
	  "INSERT INTO committee_series (committee_id, series_id) VALUES (?2, ?1) "
	  "ON CONFLICT (committee_id) DO UPDATE SET series_id = excluded.series_id" },
	/* § through the year, or items 1, 2, 3 … per meeting (schema 025). */
	{ "numbering", "numrering", FT_ENUM, 0, 0, committee_numberings,
	  "UPDATE committee SET numbering = nullif(?1, 'paragraf') WHERE id = ?2" },
	{ NULL, NULL, 0, 0, 0, NULL, NULL },
};

static const char *const committee_insert[] = { "code", "name", "kind", "parent", NULL };
static const char *const committee_required[] = { "code", "name", NULL };
static const int committee_widths[] = { 4, 8, 40, 15, 0 };

static enum nd_err committee_check(struct nd_db *db, long long id, bool created)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	(void)created;
	/* An utskott belongs to a nämnd, not to another utskott. */
	if ((e = db_prepare(db, "SELECT p.code FROM committee c JOIN committee p ON "
			    "p.id = c.parent_id WHERE c.id = ?1 AND p.kind = "
			    "'arbetsutskott'", &st)))
		return e;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW)
		e = nd_fail(ND_EINVAL, "Fältet \"tillhör\": %s är själv ett "
			    "arbetsutskott; ett utskott tillhör en nämnd.",
			    (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	if (e)
		return e;
	/* One series, kept by one body: a body shares another's series, not
	 * one shared in turn (its own is refused by the table's CHECK). */
	if ((e = db_prepare(db, "SELECT s.code FROM committee_series c JOIN committee s ON "
			    "s.id = c.series_id WHERE c.committee_id = ?1 AND EXISTS (SELECT 1 "
			    "FROM committee_series x WHERE x.committee_id = s.id AND "
			    "x.series_id IS NOT NULL)", &st)))
		return e;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW)
		e = nd_fail(ND_EINVAL, "Fältet \"paragrafserie med\": %s delar själv en annan "
			    "nämnds serie; ange den nämnden.",
			    (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	if (e)
		return e;
	if ((e = db_prepare(db, "SELECT k.code FROM committee_series c JOIN committee k ON "
			    "k.id = c.committee_id WHERE c.series_id = ?1 AND EXISTS (SELECT 1 "
			    "FROM committee_series x WHERE x.committee_id = ?1 AND x.series_id "
			    "IS NOT NULL) ORDER BY k.id LIMIT 1", &st)))
		return e;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW)
		e = nd_fail(ND_EINVAL, "Fältet \"paragrafserie med\": %s delar organets "
			    "serie; organet kan då inte dela en annan nämnds serie.",
			    (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	if (e)
		return e;
	/* A body with paragraphs numbered in one series keeps them there:
	 * changing series would put this year's § under another key. */
	if ((e = db_prepare(db, "SELECT p.year FROM meeting m JOIN paragraph p ON "
			    "p.meeting_id = m.id WHERE m.committee_id = ?1 AND p.committee_id <> "
			    "coalesce((SELECT series_id FROM committee_series WHERE committee_id "
			    "= ?1), ?1) ORDER BY m.date DESC LIMIT 1", &st)))
		return e;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW)
		e = nd_fail(ND_EINVAL, "Fältet \"paragrafserie med\": organet har redan "
			    "numrerade paragrafer (%d) i en annan serie; serien kan bara "
			    "bytas innan något är numrerat.", sqlite3_column_int(st, 0));
	sqlite3_finalize(st);
	if (e)
		return e;
	/* A meeting not yet justerat keeps its paragraphs in one numbering:
	 * the body's changes only before any are numbered (or after they
	 * are justerat). */
	if ((e = db_prepare(db, "SELECT m.date FROM committee c JOIN meeting m ON "
			    "m.committee_id = c.id JOIN paragraph p ON p.meeting_id = m.id "
			    "WHERE c.id = ?1 AND m.justerad_on IS NULL AND (p.numbered_in <> 0) "
			    "<> (c.numbering IS 'punkt') ORDER BY m.date LIMIT 1", &st)))
		return e;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW)
		e = nd_fail(ND_EINVAL, "Fältet \"numrering\": sammanträdet %s har redan "
			    "numrerade paragrafer som inte är justerade; numreringen kan "
			    "bytas innan något är numrerat eller när protokollet är justerat.",
			    (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	if (e)
		return e;
	/* The appeal period runs from the anslag: none without one. */
	if ((e = db_prepare(db, "SELECT 1 FROM committee c JOIN committee_rules r ON "
			    "r.committee_id = c.id WHERE c.id = ?1 AND c.rule_appeal = 1 "
			    "AND NOT r.anslag", &st)))
		return e;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW)
		e = nd_fail(ND_EINVAL, "Fältet \"överklagandetid\": \"ja\" går inte när "
			    "organet inte har anslag; överklagandetiden räknas från anslaget "
			    "(sätt --anslag ja).");
	sqlite3_finalize(st);
	return e;
}

const struct nd_entity committee_entity = {
	.name = "committee",
	.label = "nämnd",
	.fields = committee_fields,
	.insert_fields = committee_insert,
	.required = committee_required,
	.insert_sql = "INSERT INTO committee (code, name, kind, parent_id) "
		      "VALUES (?1, ?2, coalesce(?3, CASE WHEN ?4 IS NULL THEN 'nämnd' "
		      "ELSE 'arbetsutskott' END), ?4)",
	.delete_sql = "DELETE FROM committee WHERE id = ?1",
	.show_sql = "SELECT c.id AS \"Id\", c.code AS \"Kod\", c.name AS \"Namn\", "
		    "c.kind AS \"Typ\", p.code AS \"Tillhör\", c.place AS \"Plats\", "
		    "replace(c.start_time, ':', '.') AS \"Starttid\", "
		    "c.notice_days AS \"Kallelse dagar före\", "
		    "coalesce(c.dnr_series, p.dnr_series, p.code, c.code) AS \"Diarieserie\", "
		    "r.basis || CASE WHEN r.per_body THEN ', ändrade för organet' ELSE '' END "
		    "AS \"Regler\", "
		    "CASE WHEN r.quorum THEN 'ja' ELSE 'nej' END AS \"Beslutförhet\", "
		    "CASE WHEN r.justering_days THEN r.justering_days || ' dagar' "
		    "ELSE 'ingen' END AS \"Justeringsfrist\", "
		    "CASE WHEN r.anslag THEN 'ja' ELSE 'nej' END AS \"Anslag\", "
		    "CASE WHEN r.appeal THEN 'ja' ELSE 'nej' END AS \"Överklagandetid\", "
		    "CASE WHEN r.dnr THEN 'ja' ELSE 'nej' END AS \"Diarienummer krävs\", "
		    "CASE WHEN r.presenter THEN 'ja' ELSE 'nej' END AS \"Föredragande krävs\", "
		    "CASE WHEN c.numbering IS 'punkt' THEN 'punkter per sammanträde' "
		    "WHEN s.code IS NOT NULL THEN '§ i serie med ' || s.code "
		    "ELSE '§ genom året' END AS \"Numrering\" "
		    "FROM committee c LEFT JOIN committee p ON p.id = c.parent_id "
		    "JOIN committee_rules r ON r.committee_id = c.id "
		    "LEFT JOIN committee_series cs ON cs.committee_id = c.id "
		    "LEFT JOIN committee s ON s.id = cs.series_id "
		    "WHERE c.id = ?1",
	.list_sql = "SELECT c.id AS \"Id\", c.code AS \"Kod\", c.name AS \"Namn\", "
		    "c.kind AS \"Typ\", p.code AS \"Tillhör\" FROM committee c "
		    "LEFT JOIN committee p ON p.id = c.parent_id "
		    "ORDER BY c.name COLLATE sv, c.id",
	.list_filters = NULL,
	.list_widths = committee_widths,
	.resolve = committee_resolve,
	.check = committee_check,
};
