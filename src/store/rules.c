/* A body's rules, read from the view that holds the defaults by kind. */
#include "namnd/rules.h"
#include "namnd/protocol.h"

#include <stdio.h>
#include <string.h>

static enum nd_err rules_read(struct nd_db *db, const char *sql, long long id,
			      struct nd_rules *out)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, sql, &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_finalize(st);
		return nd_fail(ND_ENOTFOUND, "Det finns inget organ eller sammanträde med id %lld.",
			       id);
	}
	memset(out, 0, sizeof *out);
	snprintf(out->kind, sizeof out->kind, "%s", (const char *)sqlite3_column_text(st, 0));
	snprintf(out->basis, sizeof out->basis, "%s", (const char *)sqlite3_column_text(st, 1));
	out->quorum = sqlite3_column_int(st, 2) != 0;
	out->justering_days = sqlite3_column_int(st, 3);
	out->anslag = sqlite3_column_int(st, 4) != 0;
	out->appeal = sqlite3_column_int(st, 5) != 0;
	out->per_body = sqlite3_column_int(st, 6) != 0;
	out->dnr = sqlite3_column_int(st, 7) != 0;
	out->presenter = sqlite3_column_int(st, 8) != 0;
	sqlite3_finalize(st);
	return ND_OK;
}

enum nd_err rules_committee(struct nd_db *db, long long committee, struct nd_rules *out)
{
	return rules_read(db, "SELECT kind, basis, quorum, justering_days, anslag, appeal, "
			  "per_body, dnr, presenter FROM committee_rules WHERE committee_id = ?1",
			  committee, out);
}

/* A justerat meeting keeps the rules it was justerat under (its record,
 * version 5 on): a body's rules or kind changed later alter none of its
 * dates. One justerat before that follows the body's rules as they are. */
enum nd_err rules_meeting(struct nd_db *db, long long meeting, struct nd_rules *out)
{
	bool found = false;
	enum nd_err e = rules_read(db, "SELECT r.kind, r.basis, r.quorum, r.justering_days, "
				   "r.anslag, r.appeal, r.per_body, r.dnr, r.presenter FROM "
				   "meeting m JOIN committee_rules r ON "
				   "r.committee_id = m.committee_id WHERE m.id = ?1", meeting, out);
	if (e)
		return e;
	struct nd_rules frozen;
	if ((e = protocol_record_rules(db, meeting, 0, &frozen, &found)))
		return e;
	if (found) {
		*out = frozen;
		out->frozen = true;
	}
	return ND_OK;
}

enum nd_err rules_paragraph(struct nd_db *db, long long meeting, int number,
			    struct nd_rules *out)
{
	bool found = false;
	struct nd_rules frozen;
	enum nd_err e = rules_meeting(db, meeting, out);
	if (e || number <= 0)
		return e;
	if ((e = protocol_record_rules(db, meeting, number, &frozen, &found)))
		return e;
	if (found) {
		*out = frozen;
		out->frozen = true;
	}
	return ND_OK;
}

void rules_kl(struct nd_rules *out)
{
	memset(out, 0, sizeof *out);
	snprintf(out->kind, sizeof out->kind, "nämnd");
	snprintf(out->basis, sizeof out->basis, "kommunallagen");
	out->quorum = out->anslag = out->appeal = out->dnr = true;
	out->justering_days = 14;
}

void rules_describe(const struct nd_rules *r, char *buf, size_t size)
{
	char just[48];
	if (r->justering_days)
		snprintf(just, sizeof just, "justering inom %d dagar", r->justering_days);
	else
		snprintf(just, sizeof just, "ingen justeringsfrist");
	snprintf(buf, size, "%s (%s%s): %s, %s, %s, %s, %s", r->basis, r->kind,
		 r->per_body ? ", ändrade för organet" : "",
		 r->quorum ? "beslutförhet" : "ingen regel om beslutförhet", just,
		 r->anslag ? "anslag" : "inget anslag",
		 r->appeal ? "överklagandetid" : "ingen överklagandetid",
		 r->dnr ? "diarienummer på beslutspunkter" : "beslut utan diarienummer");
	/* Said only when set: the default line stays as it was. */
	if (r->presenter && strlen(buf) + 30 < size)
		strcat(buf, ", föredragande på punkterna");
}
