/* Kontroll före utskick: what concerns the meeting as a whole. */
#include "preflight_impl.h"

#include <stdio.h>
#include <string.h>

#include "namnd/justering.h"
#include "namnd/protocol.h"
#include "namnd/rules.h"
#include "namnd/text.h"

/* Seat roles: the ledamöter who count towards the quorum. */
#define SEATS "('ordförande', '1:e vice ordförande', '2:e vice ordförande', 'ledamot')"
#define VALID(m) m ".committee_id = mt.committee_id AND " m ".valid_from <= mt.date AND (" \
	m ".valid_to IS NULL OR " m ".valid_to >= mt.date)"
#define ABSENT(m) "EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = mt.id AND " \
	"a.person_id = " m ".person_id AND a.status = 'frånvarande' AND a.from_paragraph = 0)"

static const char meeting_sql[] =
	"SELECT mt.notes, mt.place, mt.status, mt.date, k.notice_days, mt.end_time, "
	"(CAST(substr(mt.start_time, 1, 2) AS INTEGER) * 60 + "
	" CAST(substr(mt.start_time, 4, 2) AS INTEGER)) + "
	" (SELECT coalesce(sum(duration), 0) FROM agenda_item WHERE meeting_id = mt.id), "
	"(SELECT count(*) FROM membership m WHERE " VALID("m") " AND m.role IN " SEATS "), "
	"(SELECT count(*) FROM membership m WHERE " VALID("m") " AND m.role IN " SEATS
	" AND " ABSENT("m") "), "
	"(SELECT count(*) FROM membership m WHERE " VALID("m") " AND m.role = 'ersättare' "
	" AND NOT " ABSENT("m") "), "
	"(SELECT count(*) FROM membership m WHERE " VALID("m") " AND m.role = 'ordförande'), "
	"(SELECT count(*) FROM membership m WHERE " VALID("m") " AND m.role = 'sekreterare'), "
	"mt.kallelse_sent_on, mt.kallelse_sent_as, "
	"mt.date || ' ' || mt.start_time || ' ' || coalesce(mt.place, ''), mt.justerad_on "
	"FROM meeting mt JOIN committee k ON k.id = mt.committee_id WHERE mt.id = ?1";

static void check_times(struct pf *pf, sqlite3_stmt *st, struct nd_date today)
{
	const char *end = (const char *)sqlite3_column_text(st, 5);
	const char *status = (const char *)sqlite3_column_text(st, 2);
	int agenda_end = sqlite3_column_int(st, 6);
	struct nd_date date, due;
	char buf[11], t1[6], t2[6];
	if (end) {
		int planned = ((end[0] - '0') * 10 + (end[1] - '0')) * 60 +
			      (end[3] - '0') * 10 + (end[4] - '0');
		if (agenda_end > planned) {
			time_format(agenda_end % 1440, '.', t1);
			time_format(planned, '.', t2);
			pf_add(pf, PF_WARNING, "sluttid", "Föredragningslistan slutar kl. %s, "
			       "efter det planerade slutet kl. %s.", t1, t2);
		}
	}
	if (strcmp(status, "planerat") != 0 ||
	    date_parse((const char *)sqlite3_column_text(st, 3), &date) != ND_OK)
		return;
	int days = sqlite3_column_int(st, 4);
	due = date_add_days(date, -days);
	if (date_cmp(today, due) > 0) {
		date_format(due, buf);
		pf_add(pf, PF_WARNING, "kallelse_sen", "Kallelsen skulle ha gått ut senast %s "
		       "(%d dagar före sammanträdet).", buf, days);
	}
}

/* A kallat meeting whose date, time or place changed since the kallelse
 * went out needs a new one. */
static void check_resend(struct pf *pf, sqlite3_stmt *st)
{
	const char *on = (const char *)sqlite3_column_text(st, 12);
	const char *as = (const char *)sqlite3_column_text(st, 13);
	const char *now = (const char *)sqlite3_column_text(st, 14);
	if (!on || !as || !now || sqlite3_column_type(st, 15) != SQLITE_NULL ||
	    strcmp(as, now) == 0)
		return;
	pf_add(pf, PF_WARNING, "ny_kallelse", "Sammanträdet har ändrats sedan kallelsen "
	       "skickades %s (då %s, nu %s): en ny kallelse behöver gå ut.", on, as, now);
}

/* Quorum (KL 6 kap. 27 §): more than half of the seats, counting the
 * ersättare who can step in for those with förhinder; only for a body
 * with the rule (a samverkansråd has none unless set). */
static void check_quorum(struct pf *pf, sqlite3_stmt *st, bool quorum)
{
	int seats = sqlite3_column_int(st, 7), absent = sqlite3_column_int(st, 8);
	int spare = sqlite3_column_int(st, 9);
	int filled = seats - absent + (spare < absent ? spare : absent);
	if (seats == 0) {
		/* Typically a meeting planned in the next mandatperiod before its
		 * members are registered: the kallelse would reach nobody. */
		pf_add(pf, PF_ERROR, "ledamöter", "Nämnden har inga ledamöter med uppdrag "
		       "den %s; kallelsen går inte till någon%s. Lägg in uppdragen "
		       "(namnd member add).", (const char *)sqlite3_column_text(st, 3),
		       quorum ? " och nämnden kan inte vara beslutsför" : "");
		return;
	}
	if (quorum && filled * 2 <= seats)
		pf_add(pf, PF_ERROR, "beslutsförhet", "Med anmälda förhinder (%d av %d "
		       "ledamöter) och %d ersättare att kalla in blir %d av %d platser "
		       "besatta; mer än hälften krävs för att nämnden ska vara beslutsför.",
		       absent, seats, spare, filled, seats);
}

/* The kallelse names the ordförande and where to report förhinder. */
static void check_roles(struct pf *pf, sqlite3_stmt *st)
{
	if (sqlite3_column_int(st, 7) > 0 && sqlite3_column_int(st, 10) == 0)
		pf_add(pf, PF_WARNING, "ordförande", "Nämnden har ingen ordförande den %s; "
		       "kallelsen blir utan ordförandens namn.",
		       (const char *)sqlite3_column_text(st, 3));
	if (sqlite3_column_int(st, 11) == 0)
		pf_add(pf, PF_WARNING, "sekreterare", "Nämnden har ingen sekreterare den %s; "
		       "kallelsen säger inte vem förhinder ska anmälas till.",
		       (const char *)sqlite3_column_text(st, 3));
}

static void chair_gap(void *ctx, const struct nd_pparagraph *g, const char *msg)
{
	(void)g;
	pf_add(ctx, PF_WARNING, "tjänstgörande_ordförande", "%s", msg);
}

/* The ordförande jävig or absent (a förhinder before the meeting) with no
 * tjänstgörande ordförande recorded (chair_gaps). */
static enum nd_err check_chair(struct pf *pf, long long meeting)
{
	struct nd_protocol *p = NULL;
	enum nd_err e = protocol_load(pf->db, meeting, &p);
	if (!e)
		e = chair_gaps(pf->db, p, chair_gap, pf);
	protocol_free(p);
	return e;
}

static enum nd_err check_email(struct pf *pf, long long meeting)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(pf->db,
		"SELECT p.name, m.role FROM meeting mt JOIN membership m ON " VALID("m")
		" JOIN person p ON p.id = m.person_id WHERE mt.id = ?1 AND p.email IS NULL AND p.vacant = 0 "
		"AND m.role NOT IN ('sekreterare', 'övrig') ORDER BY m.id", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	while (sqlite3_step(st) == SQLITE_ROW)
		pf_add(pf, PF_WARNING, "e_post", "%s (%s) saknar e-postadress; kallelsen når "
		       "inte fram med e-post.", (const char *)sqlite3_column_text(st, 0),
		       (const char *)sqlite3_column_text(st, 1));
	sqlite3_finalize(st);
	return ND_OK;
}

enum nd_err preflight_check(struct nd_db *db, long long meeting, struct nd_date today,
			    struct pf_list *out)
{
	struct pf pf = { db, out, 0, "sammanträdet", false, true, false };
	sqlite3_stmt *st = NULL;
	struct nd_rules rules;
	enum nd_err e;
	memset(out, 0, sizeof *out);
	if ((e = rules_meeting(db, meeting, &rules)))
		return e;
	rules_describe(&rules, out->rules, sizeof out->rules);
	pf.dnr = rules.dnr;
	pf.presenter = rules.presenter;
	if ((e = db_prepare(db, meeting_sql, &st)))
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_finalize(st);
		return nd_fail(ND_ENOTFOUND, "Det finns inget sammanträde med id %lld.", meeting);
	}
	if ((e = pf_check_items(&pf, meeting)) == ND_OK) {
		pf_scan_text(&pf, (const char *)sqlite3_column_text(st, 0),
			     "sammanträdets anteckningar");
		pf_scan_text(&pf, (const char *)sqlite3_column_text(st, 1), "platsen");
		check_times(&pf, st, today);
		check_resend(&pf, st);
		check_quorum(&pf, st, rules.quorum);
		check_roles(&pf, st);
		if (!(e = check_email(&pf, meeting)))
			e = check_chair(&pf, meeting);
	}
	sqlite3_finalize(st);
	if (!e && pf.oom)
		e = nd_fail(ND_ENOMEM, "Minnet räckte inte till kontrollen.");
	return e;
}
