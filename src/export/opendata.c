/* The public record as OParl-shaped JSON: see opendata.h. */
#include "namnd/opendata.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/date.h"
#include "namnd/doc.h"
#include "namnd/ident.h"
#include "namnd/pnr.h"
#include "namnd/protocol.h"
#include "namnd/public.h"
#include "namnd/rules.h"
#include "namnd/strbuf.h"

#define OPARL "https://schema.oparl.org/1.1/"
#define OOM() nd_fail(ND_ENOMEM, "Minnet räckte inte.")

struct od {
	struct nd_db *db;
	const char *dir, *today;
	char *base;       /* site_url, or "" */
	char *org;
	bool mask;
	struct nd_date today_d;
};

/* A JSON string (NULL: null). Control characters are escaped; UTF-8 is
 * written as it is. */
static void js(struct strbuf *b, const char *s)
{
	if (!s) {
		strbuf_add(b, "null");
		return;
	}
	strbuf_add(b, "\"");
	for (const char *p = s; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c == '"' || c == '\\') {
			char e[3] = { '\\', (char)c, 0 };
			strbuf_add(b, e);
		} else if (c == '\n') {
			strbuf_add(b, "\\n");
		} else if (c < 0x20) {
			strbuf_printf(b, "\\u%04x", c);
		} else {
			strbuf_addn(b, p, 1);
		}
	}
	strbuf_add(b, "\"");
}

/* "key": "value" with a leading comma. */
static void kv(struct strbuf *b, const char *key, const char *value)
{
	strbuf_printf(b, ",\"%s\":", key);
	js(b, value);
}

/* An id: the base URL with a path. */
static void id(struct strbuf *b, const struct od *o, const char *key, const char *path)
{
	strbuf_printf(b, "%s\"%s\":", strcmp(key, "id") == 0 ? "" : ",", key);
	struct strbuf u = { 0 };
	strbuf_add(&u, o->base);
	strbuf_add(&u, path);
	js(b, strbuf_str(&u));
	strbuf_free(&u);
}

/* Write data/name: the whole text checked for personnummer first. */
static enum nd_err put(const struct od *o, const char *name, struct strbuf *b)
{
	char path[4200], *text = NULL, where[64];
	enum nd_err e;
	if (b->oom)
		return OOM();
	snprintf(where, sizeof where, "de öppna data (data/%s)", name);
	if ((e = public_text(strbuf_str(b), where, NULL, o->mask, &text)))
		return e;
	snprintf(path, sizeof path, "%s/%s", o->dir, name);
	FILE *f = fopen(path, "wb");
	size_t n = strlen(text);
	bool ok = f && fwrite(text, 1, n, f) == n && fflush(f) == 0;
	if (!f || fclose(f) != 0 || !ok)
		e = nd_fail(ND_EIO, "Kunde inte skriva data/%s (%s).", name, nd_errno_text(errno));
	free(text);
	return e;
}

static void list_begin(struct strbuf *b)
{
	strbuf_add(b, "{\"data\":[\n");
}

static void list_end(struct strbuf *b, int n)
{
	strbuf_printf(b, "\n],\"pagination\":{\"totalElements\":%d,\"elementsPerPage\":%d,"
		      "\"currentPage\":1,\"totalPages\":1},\"links\":{}}\n", n, n > 0 ? n : 1);
}

static enum nd_err body(const struct od *o)
{
	struct strbuf b = { 0 };
	strbuf_add(&b, "{");
	id(&b, o, "id", "data/body.json");
	kv(&b, "type", OPARL "Body");
	kv(&b, "name", *o->org ? o->org : "Organisation");
	id(&b, o, "organization", "data/organization.json");
	id(&b, o, "person", "data/person.json");
	id(&b, o, "meeting", "data/meeting.json");
	id(&b, o, "paper", "data/paper.json");
	strbuf_add(&b, ",\"legislativeTerm\":[]");
	id(&b, o, "website", "index.html");
	strbuf_add(&b, "}\n");
	enum nd_err e = put(o, "body.json", &b);
	strbuf_free(&b);
	return e;
}

/* The committee's id as a JSON string. */
static void org_url(struct strbuf *b, const struct od *o, const char *code)
{
	char slug[64];
	struct strbuf u = { 0 };
	ident_slug(code, slug, sizeof slug);
	strbuf_add(&u, o->base);
	strbuf_add(&u, "data/organization.json#");
	strbuf_add(&u, slug);
	js(b, strbuf_str(&u));
	strbuf_free(&u);
}

static void org_ref(struct strbuf *b, const struct od *o, const char *key, const char *code)
{
	strbuf_printf(b, "%s\"%s\":", strcmp(key, "id") == 0 ? "" : ",", key);
	org_url(b, o, code);
}

static enum nd_err organizations(const struct od *o)
{
	sqlite3_stmt *st = NULL;
	struct strbuf b = { 0 };
	int n = 0, rc;
	enum nd_err e = db_prepare(o->db, "SELECT k.code, k.name, k.kind, pk.code FROM committee k "
				   "LEFT JOIN committee pk ON pk.id = k.parent_id "
				   "ORDER BY k.name COLLATE sv, k.id", &st);
	if (e)
		return e;
	list_begin(&b);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *code = (const char *)sqlite3_column_text(st, 0);
		const char *parent = (const char *)sqlite3_column_text(st, 3);
		strbuf_add(&b, n++ ? ",\n{" : "{");
		org_ref(&b, o, "id", code);
		strbuf_add(&b, ",\"type\":\"" OPARL "Organization\"");
		id(&b, o, "body", "data/body.json");
		kv(&b, "name", (const char *)sqlite3_column_text(st, 1));
		kv(&b, "shortName", code);
		kv(&b, "organizationType", "Gremium");
		kv(&b, "classification", (const char *)sqlite3_column_text(st, 2));
		if (parent)
			org_ref(&b, o, "subOrganizationOf", parent);
		strbuf_add(&b, "}");
	}
	if (rc != SQLITE_DONE)
		e = db_fail(o->db, "läsa nämnderna");
	sqlite3_finalize(st);
	list_end(&b, n);
	if (!e)
		e = put(o, "organization.json", &b);
	strbuf_free(&b);
	return e;
}

/* Elected members only, with their memberships; no contact details. */
static enum nd_err persons(const struct od *o)
{
	sqlite3_stmt *st = NULL;
	struct strbuf b = { 0 };
	long long last = -1;
	int n = 0, rc;
	enum nd_err e = db_prepare(
		o->db,
		"SELECT p.id, p.name, p.party, ms.id, k.code, ms.role, ms.valid_from, ms.valid_to "
		"FROM membership ms JOIN person p ON p.id = ms.person_id "
		"JOIN committee k ON k.id = ms.committee_id WHERE p.vacant = 0 AND ms.role IN ('ordförande', "
		"'1:e vice ordförande', '2:e vice ordförande', 'ledamot', 'ersättare') "
		"ORDER BY p.name COLLATE sv, p.id, ms.valid_from, ms.id", &st);
	if (e)
		return e;
	list_begin(&b);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		long long pid = sqlite3_column_int64(st, 0);
		char path[96];
		if (pid != last) {
			if (last >= 0)
				strbuf_add(&b, "]},\n");
			last = pid;
			n++;
			snprintf(path, sizeof path, "data/person.json#person-%lld", pid);
			strbuf_add(&b, "{");
			id(&b, o, "id", path);
			kv(&b, "type", OPARL "Person");
			id(&b, o, "body", "data/body.json");
			kv(&b, "name", (const char *)sqlite3_column_text(st, 1));
			kv(&b, "namnd:party", (const char *)sqlite3_column_text(st, 2));
			strbuf_add(&b, ",\"membership\":[");
		} else {
			strbuf_add(&b, ",");
		}
		const char *role = (const char *)sqlite3_column_text(st, 5);
		snprintf(path, sizeof path, "data/person.json#membership-%lld",
			 (long long)sqlite3_column_int64(st, 3));
		strbuf_add(&b, "{");
		id(&b, o, "id", path);
		kv(&b, "type", OPARL "Membership");
		org_ref(&b, o, "organization", (const char *)sqlite3_column_text(st, 4));
		kv(&b, "role", role);
		strbuf_printf(&b, ",\"votingRight\":%s", strcmp(role, "ersättare") ? "true" : "false");
		kv(&b, "startDate", (const char *)sqlite3_column_text(st, 6));
		if (sqlite3_column_type(st, 7) != SQLITE_NULL)
			kv(&b, "endDate", (const char *)sqlite3_column_text(st, 7));
		strbuf_add(&b, "}");
	}
	if (last >= 0)
		strbuf_add(&b, "]}");
	if (rc != SQLITE_DONE)
		e = db_fail(o->db, "läsa personerna");
	sqlite3_finalize(st);
	list_end(&b, n);
	if (!e)
		e = put(o, "person.json", &b);
	strbuf_free(&b);
	return e;
}

/* Europe/Stockholm's offset on date (summer time from the last Sunday
 * in March to the last Sunday in October). */
static const char *stockholm_offset(struct nd_date d)
{
	struct nd_date mar = { d.y, 3, 31 }, oct = { d.y, 10, 31 };
	mar.d -= date_weekday(mar) % 7;
	oct.d -= date_weekday(oct) % 7;
	return date_cmp(d, mar) >= 0 && date_cmp(d, oct) < 0 ? "+02:00" : "+01:00";
}

static void when(struct strbuf *b, const char *key, const char *date, int minutes)
{
	struct nd_date d;
	if (date_parse(date, &d) != ND_OK || minutes < 0)
		return;
	d = date_add_days(d, minutes / 1440);
	minutes %= 1440;
	char iso[11];
	date_format(d, iso);
	strbuf_printf(b, ",\"%s\":\"%sT%02d:%02d:00%s\"", key, iso, minutes / 60, minutes % 60,
		      stockholm_offset(d));
}

static int hhmm(const char *s)
{
	if (!s || strlen(s) != 5)
		return -1;
	return ((s[0] - '0') * 10 + (s[1] - '0')) * 60 + (s[3] - '0') * 10 + (s[4] - '0');
}

static void file_obj(struct strbuf *b, const struct od *o, const char *key, const char *path,
		     const char *name)
{
	bool pdf = strlen(path) > 4 && strcmp(path + strlen(path) - 4, ".pdf") == 0;
	if (key)
		strbuf_printf(b, ",\"%s\":{", key);
	else
		strbuf_add(b, "{");
	id(b, o, "id", path);
	kv(b, "type", OPARL "File");
	kv(b, "name", name);
	kv(b, "fileName", strrchr(path, '/') ? strrchr(path, '/') + 1 : path);
	kv(b, "mimeType", pdf ? "application/pdf" : "text/html");
	id(b, o, "accessUrl", path);
	strbuf_add(b, "}");
}

static void person_obj(struct strbuf *b, const struct nd_pperson *p)
{
	strbuf_add(b, "{\"name\":");
	js(b, p->name);
	strbuf_add(b, ",\"party\":");
	js(b, p->party);
	strbuf_add(b, "}");
}

static void vote_event(struct strbuf *b, const struct od *o, const struct nd_pparagraph *g,
		       const char *item, const char *date, const char *code)
{
	static const char *const options[] = { "yes", "no", "abstain" };
	int count[3] = { 0, 0, 0 };
	char path[200];
	for (size_t i = 0; i < g->nvotes; i++)
		count[g->votes[i].choice]++;
	snprintf(path, sizeof path, "%s-omrostning", item);
	strbuf_add(b, ",\"namnd:voteEvent\":{");
	id(b, o, "id", path);
	org_ref(b, o, "organization_id", code);
	strbuf_add(b, ",\"motion\":{\"text\":");
	js(b, g->vote_question);
	strbuf_add(b, "}");
	kv(b, "start_date", date);
	kv(b, "result", count[0] > count[1] ? "pass" : count[0] < count[1] ? "fail" : "tie");
	strbuf_add(b, ",\"counts\":[");
	for (int i = 0; i < 3; i++)
		strbuf_printf(b, "%s{\"option\":\"%s\",\"value\":%d}", i ? "," : "", options[i],
			      count[i]);
	strbuf_add(b, "],\"votes\":[");
	for (size_t i = 0; i < g->nvotes; i++) {
		strbuf_add(b, i ? ",{\"voter\":" : "{\"voter\":");
		person_obj(b, &g->votes[i].who);
		strbuf_printf(b, ",\"option\":\"%s\"}", options[g->votes[i].choice]);
	}
	strbuf_add(b, "]}");
}

static void agenda_item(struct strbuf *b, const struct od *o, const struct nd_protocol *p,
			const struct nd_pparagraph *g, const char *slug, const char *meeting_path,
			int order)
{
	char item[160], num[24];
	bool hidden = g->confidential;
	snprintf(item, sizeof item, "data/meeting.json#%s-p%d", slug, g->number);
	snprintf(num, sizeof num, "§ %d", g->number);
	strbuf_add(b, order > 1 ? ",{" : "{");
	id(b, o, "id", item);
	kv(b, "type", OPARL "AgendaItem");
	id(b, o, "meeting", meeting_path);
	kv(b, "number", num);
	strbuf_printf(b, ",\"order\":%d", order);
	kv(b, "name", hidden ? "Sekretess" : g->title);
	strbuf_printf(b, ",\"public\":%s", hidden ? "false" : "true");
	if (hidden) {
		strbuf_add(b, "}");
		return;
	}
	if (g->decision)
		kv(b, "resolutionText", g->decision);
	if (g->dnr) {
		char dslug[64], path[96];
		ident_slug(g->dnr, dslug, sizeof dslug);
		snprintf(path, sizeof path, "data/paper.json#dnr-%s", dslug);
		id(b, o, "namnd:paper", path);
		kv(b, "namnd:reference", g->dnr);
	}
	strbuf_printf(b, ",\"namnd:immediate\":%s", g->immediate ? "true" : "false");
	strbuf_add(b, ",\"namnd:motions\":[");
	for (size_t i = 0; i < g->nmotions; i++) {
		strbuf_add(b, i ? ",{\"name\":" : "{\"name\":");
		js(b, g->motions[i].who.name);
		kv(b, "text", g->motions[i].text);
		strbuf_add(b, "}");
	}
	strbuf_add(b, "],\"namnd:reservations\":[");
	for (size_t i = 0; i < g->nreservations; i++) {
		strbuf_add(b, i ? ",{\"name\":" : "{\"name\":");
		js(b, g->reservations[i].who.name);
		kv(b, "party", g->reservations[i].who.party);
		kv(b, "reason", g->reservations[i].reason);
		strbuf_add(b, "}");
	}
	strbuf_add(b, "],\"namnd:recusals\":[");
	for (size_t i = 0; i < g->nrecusals; i++) {
		strbuf_add(b, i ? ",{\"name\":" : "{\"name\":");
		js(b, g->recusals[i].who.name);
		kv(b, "party", g->recusals[i].who.party);
		kv(b, "replacedBy", g->recusals[i].by.id ? g->recusals[i].by.name : NULL);
		strbuf_add(b, "}");
	}
	strbuf_add(b, "]");
	if (g->nvotes)
		vote_event(b, o, g, item, p->date, p->code);
	strbuf_add(b, "}");
}

/* The justering and anslag of a published protokoll. */
static void justering(struct strbuf *b, const struct od *o, const struct nd_protocol *p)
{
	struct nd_date m, j, a;
	struct nd_deadlines dl;
	char appeal[11], takedown[11];
	strbuf_add(b, ",\"namnd:justering\":{\"date\":");
	js(b, p->justerad_on);
	kv(b, "sha256", p->sha256);
	kv(b, "place", p->justering_place);
	strbuf_add(b, ",\"justerare\":[");
	for (size_t i = 0; i < p->njusterare; i++) {
		strbuf_add(b, i ? "," : "");
		js(b, p->justerare[i].name);
	}
	strbuf_add(b, "]}");
	if (!p->justerad_on || !p->anslag_on || date_parse(p->date, &m) ||
	    date_parse(p->justerad_on, &j) || date_parse(p->anslag_on, &a))
		return;
	/* Under the body's rules: no appealEnds where it has no appeal
	 * period (an anslag is only recorded where it has one). */
	struct nd_rules r;
	if (rules_meeting(o->db, p->meeting, &r)) {
		nd_errclear();
		rules_kl(&r);
	}
	deadlines_for(m, p->notice_days, r.justering_days, r.anslag, r.appeal, &j, &a, &dl);
	date_format(dl.appeal_end, appeal);
	date_format(dl.takedown, takedown);
	strbuf_add(b, ",\"namnd:anslag\":{\"posted\":");
	js(b, p->anslag_on);
	if (dl.appeal)
		kv(b, "appealEnds", appeal);
	kv(b, "takedown", takedown);
	kv(b, "keptAt", p->archive_place);
	strbuf_add(b, "}");
}

/* ?1 today, ?2..?3 the calendar's range. */
static const char meetings_sql[] =
	"SELECT m.id, k.code, m.date, m.start_time, (SELECT count(*) FROM meeting x "
	"  WHERE x.committee_id = m.committee_id AND x.date = m.date), k.name, m.place, "
	"  m.end_time, m.status, coalesce(m.anslag_on <= ?1, 0), "
	"  EXISTS (SELECT 1 FROM paragraph p WHERE p.meeting_id = m.id AND p.anslag_on <= ?1), "
	"  m.date >= ?1 AND m.status <> 'planerat', "
	"  (SELECT total(a.duration) FROM agenda_item a WHERE a.meeting_id = m.id) "
	"FROM meeting m JOIN committee k ON k.id = m.committee_id "
	"WHERE m.date BETWEEN ?2 AND ?3 OR m.anslag_on <= ?1 "
	"   OR EXISTS (SELECT 1 FROM paragraph p WHERE p.meeting_id = m.id AND p.anslag_on <= ?1) "
	"ORDER BY m.date, m.start_time, k.name COLLATE sv, m.id";

static enum nd_err meeting(const struct od *o, sqlite3_stmt *st, struct strbuf *b, int n)
{
	const char *code = (const char *)sqlite3_column_text(st, 1);
	const char *date = (const char *)sqlite3_column_text(st, 2);
	const char *start = (const char *)sqlite3_column_text(st, 3);
	const char *name = (const char *)sqlite3_column_text(st, 5);
	const char *place = (const char *)sqlite3_column_text(st, 6);
	bool published = sqlite3_column_int(st, 9), some = sqlite3_column_int(st, 10);
	bool kallelse = sqlite3_column_int(st, 11);
	int s0 = hhmm(start), end = hhmm((const char *)sqlite3_column_text(st, 7));
	int agenda = sqlite3_column_int(st, 12);
	char slug[96], path[160], title[400], page[160];
	struct nd_protocol *p = NULL;
	enum nd_err e = ND_OK;

	ident_meeting_slug(code, date, start, sqlite3_column_int(st, 4) > 1, slug, sizeof slug);
	snprintf(path, sizeof path, "data/meeting.json#%s", slug);
	snprintf(title, sizeof title, "%s %s", name, date);
	strbuf_add(b, n ? ",\n{" : "{");
	id(b, o, "id", path);
	kv(b, "type", OPARL "Meeting");
	kv(b, "name", title);
	kv(b, "meetingState", (const char *)sqlite3_column_text(st, 8));
	strbuf_add(b, ",\"cancelled\":false");
	when(b, "start", date, s0);
	if (end > s0 || agenda > 0)
		when(b, "end", date, end > s0 ? end : s0 + agenda);
	if (place) {
		strbuf_add(b, ",\"location\":{\"type\":\"" OPARL "Location\",\"description\":");
		js(b, place);
		strbuf_add(b, "}");
	}
	strbuf_add(b, ",\"organization\":[");
	org_url(b, o, code);
	strbuf_add(b, "]");
	if (kallelse) {
		snprintf(page, sizeof page, "kallelse/%s.html", slug);
		file_obj(b, o, "invitation", page, "Kallelse");
	}
	if (published || some) {
		if ((e = protocol_load(o->db, sqlite3_column_int64(st, 0), &p)))
			return e;
		if (published) {
			snprintf(page, sizeof page, "protokoll/%s.html", slug);
			file_obj(b, o, "resultsProtocol", page, "Protokoll");
			snprintf(page, sizeof page, "protokoll/%s.pdf", slug);
			strbuf_add(b, ",\"auxiliaryFile\":[");
			file_obj(b, o, NULL, page, "Protokoll (PDF)");
			strbuf_add(b, "]");
		}
		strbuf_add(b, ",\"agendaItem\":[");
		int order = 0;
		for (size_t i = 0; i < p->nparagraphs; i++) {
			const struct nd_pparagraph *g = &p->paragraphs[i];
			if (published || (g->anslag_on && strcmp(g->anslag_on, o->today) <= 0))
				agenda_item(b, o, p, g, slug, path, ++order);
		}
		strbuf_add(b, "]");
		if (published)
			justering(b, o, p);
		protocol_free(p);
	}
	strbuf_add(b, "}");
	return e;
}

static enum nd_err meetings(const struct od *o)
{
	sqlite3_stmt *st = NULL;
	struct strbuf b = { 0 };
	char from[24], to[24];
	int n = 0, rc;
	enum nd_err e = db_prepare(o->db, meetings_sql, &st);
	if (e)
		return e;
	snprintf(from, sizeof from, "%d-01-01", o->today_d.y);
	snprintf(to, sizeof to, "%d-12-31", o->today_d.y + 1);
	sqlite3_bind_text(st, 1, o->today, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, from, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, to, -1, SQLITE_STATIC);
	list_begin(&b);
	while (!e && (rc = sqlite3_step(st)) == SQLITE_ROW)
		e = meeting(o, st, &b, n++);
	if (!e && rc != SQLITE_DONE)
		e = db_fail(o->db, "läsa sammanträdena");
	sqlite3_finalize(st);
	list_end(&b, n);
	if (!e)
		e = put(o, "meeting.json", &b);
	strbuf_free(&b);
	return e;
}

/* The ärenden of the public paragraphs published. */
static enum nd_err papers(const struct od *o)
{
	sqlite3_stmt *st = NULL;
	struct strbuf b = { 0 };
	int n = 0, rc;
	enum nd_err e = db_prepare(
		o->db,
		"SELECT DISTINCT nd_dnr(c.dnr_series, c.dnr_year, c.dnr_number), c.title, "
		"c.registered, c.dnr_year, c.dnr_number, c.dnr_series FROM paragraph p "
		"JOIN cases c ON c.id = p.case_id JOIN meeting m ON m.id = p.meeting_id "
		"WHERE p.confidential = 0 AND c.confidential = 0 "
		"AND (m.anslag_on <= ?1 OR p.anslag_on <= ?1) "
		"ORDER BY c.dnr_series, c.dnr_year, c.dnr_number", &st);
	if (e)
		return e;
	sqlite3_bind_text(st, 1, o->today, -1, SQLITE_STATIC);
	list_begin(&b);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *dnr = (const char *)sqlite3_column_text(st, 0);
		char dslug[64], path[96];
		ident_slug(dnr, dslug, sizeof dslug);
		snprintf(path, sizeof path, "data/paper.json#dnr-%s", dslug);
		strbuf_add(&b, n++ ? ",\n{" : "{");
		id(&b, o, "id", path);
		kv(&b, "type", OPARL "Paper");
		id(&b, o, "body", "data/body.json");
		kv(&b, "name", (const char *)sqlite3_column_text(st, 1));
		kv(&b, "reference", dnr);
		kv(&b, "date", (const char *)sqlite3_column_text(st, 2));
		kv(&b, "paperType", "Ärende");
		strbuf_add(&b, "}");
	}
	if (rc != SQLITE_DONE)
		e = db_fail(o->db, "läsa ärendena");
	sqlite3_finalize(st);
	list_end(&b, n);
	if (!e)
		e = put(o, "paper.json", &b);
	strbuf_free(&b);
	return e;
}

enum nd_err opendata_write(struct nd_db *db, const char *dir, const char *today, bool mask)
{
	struct od o = { db, dir, today, NULL, NULL, mask, { 0, 0, 0 } };
	enum nd_err e;
	if ((e = date_parse(today, &o.today_d)))
		return e;
	o.base = setting_get(db, "site_url", "");
	o.org = setting_get(db, "org_name", "");
	if (!o.base || !o.org)
		e = OOM();
	else if (!(e = body(&o)) && !(e = organizations(&o)) && !(e = persons(&o)) &&
		 !(e = meetings(&o)))
		e = papers(&o);
	free(o.base);
	free(o.org);
	return e;
}
