/* Kontroll före utskick: the agenda's items and texts. The meeting-wide
 * checks (end time, due date, quorum, e-mail) are in preflight_meeting.c. */
#include "preflight_impl.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/agenda.h"
#include "namnd/case.h"
#include "namnd/dnr.h"
#include "namnd/text.h"

void pf_add(struct pf *pf, enum pf_severity sev, const char *code, const char *fmt, ...)
{
	struct pf_list *l = pf->out;
	char msg[1200];
	va_list ap;
	if (pf->oom)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 16;
		struct pf_finding *nv = realloc(l->v, cap * sizeof *nv);
		if (!nv) {
			pf->oom = true;
			return;
		}
		l->v = nv;
		l->cap = cap;
	}
	struct pf_finding *f = &l->v[l->n];
	f->severity = sev;
	f->code = code;
	f->item = pf->item;
	f->where = strdup(pf->where);
	f->message = strdup(msg);
	if (!f->where || !f->message) {
		free(f->where);
		free(f->message);
		pf->oom = true;
		return;
	}
	l->n++;
	if (sev == PF_ERROR)
		l->errors++;
	else
		l->warnings++;
}

struct token_ctx {
	struct pf *pf;
	const char *field;
};

/* A dnr in running text: flagged when not written in the organisation's
 * form, or written without the series its ärende has. */
static void on_token(void *ctx, const char *start, size_t len)
{
	struct token_ctx *t = ctx;
	char tok[64], canon[96], q[TEXT_QUOTE_SIZE];
	struct nd_dnr d;
	if (len >= sizeof tok)
		return;
	memcpy(tok, start, len);
	tok[len] = '\0';
	if (dnr_parse(tok, &d) != ND_OK)
		return;
	text_quote(tok, q, sizeof q);
	case_dnr_format(t->pf->db, d.series, d.year, d.number, canon, sizeof canon);
	if (strcmp(tok, canon) != 0) {
		pf_add(t->pf, PF_WARNING, "dnr_form", "\"%s\" i %s är inte skrivet i "
		       "organisationens form; skriv %s.", q, t->field, canon);
		return;
	}
	if (*d.series)
		return;
	sqlite3_stmt *st = NULL;
	if (db_prepare(t->pf->db, "SELECT dnr_series FROM cases WHERE dnr_year = ?1 AND "
		       "dnr_number = ?2 AND dnr_series <> '' LIMIT 2", &st) != ND_OK)
		return;
	sqlite3_bind_int(st, 1, d.year);
	sqlite3_bind_int64(st, 2, d.number);
	int n = 0;
	char series[DNR_SERIES_MAX + 1] = "";
	while (sqlite3_step(st) == SQLITE_ROW)
		if (n++ == 0)
			snprintf(series, sizeof series, "%s",
				 (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	if (n == 1) {
		case_dnr_format(t->pf->db, series, d.year, d.number, canon, sizeof canon);
		pf_add(t->pf, PF_WARNING, "dnr_form", "\"%s\" i %s saknar serien; ärendet "
		       "har diarienumret %s.", q, t->field, canon);
	}
}

void pf_scan_text(struct pf *pf, const char *text, const char *field)
{
	struct token_ctx t = { pf, field };
	const char *ph;
	if (!text || !*text)
		return;
	if ((ph = text_placeholder(text)))
		pf_add(pf, PF_ERROR, "platshållare", "Mallens platshållare \"%s\" står kvar i %s.",
		       ph, field);
	dnr_scan(text, on_token, &t);
}

/* The tjänsteutlåtande's sections and beslutsunderlag of an ärende. */
static enum nd_err scan_case_parts(struct pf *pf, long long case_id)
{
	sqlite3_stmt *st = NULL;
	char field[300], q[TEXT_QUOTE_SIZE];
	enum nd_err e = db_prepare(pf->db,
		"SELECT 'avsnittet', heading, heading || char(10) || body FROM case_section "
		"WHERE case_id = ?1 UNION ALL SELECT 'beslutsunderlaget', title, title "
		"FROM case_document WHERE case_id = ?1", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, case_id);
	while (sqlite3_step(st) == SQLITE_ROW) {
		text_quote((const char *)sqlite3_column_text(st, 1), q, sizeof q);
		snprintf(field, sizeof field, "%s \"%s\"", sqlite3_column_text(st, 0), q);
		pf_scan_text(pf, (const char *)sqlite3_column_text(st, 2), field);
	}
	sqlite3_finalize(st);
	return ND_OK;
}

enum {
	C_ID, C_KIND, C_TITLE, C_CASE, C_DECISION, C_PRESENTER, C_STATUS, C_SERIES,
	C_YEAR, C_NUMBER, C_COMMITTEE_SERIES, C_ITEM_TITLE, C_CASE_TITLE, C_PROPOSAL,
	C_SUMMARY, C_DESCRIPTION,
};

static const char items_sql[] =
	"SELECT a.id, a.kind, coalesce(a.title, c.title), a.case_id, "
	"coalesce(a.decision, a.kind = 'ärende'), "
	"a.presenter_id IS NOT NULL OR a.presenter_role IS NOT NULL, c.status, "
	"c.dnr_series, c.dnr_year, c.dnr_number, "
	"coalesce(k.dnr_series, pk.dnr_series, pk.code, k.code), a.title, c.title, "
	"c.proposal, c.summary, c.description "
	"FROM agenda_item a LEFT JOIN cases c ON c.id = a.case_id "
	"LEFT JOIN committee k ON k.id = c.committee_id "
	"LEFT JOIN committee pk ON pk.id = k.parent_id "
	"WHERE a.meeting_id = ?1 ORDER BY a.position";

struct seen {
	long long case_id;
	char where[96];
};

static const char *text_col(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

static void check_case(struct pf *pf, sqlite3_stmt *st, const struct seen *seen, size_t nseen)
{
	char dnr[96];
	const char *series = text_col(st, C_SERIES), *own = text_col(st, C_COMMITTEE_SERIES);
	long long case_id = sqlite3_column_int64(st, C_CASE);
	case_dnr_format(pf->db, series, sqlite3_column_int(st, C_YEAR),
			(long)sqlite3_column_int64(st, C_NUMBER), dnr, sizeof dnr);
	for (size_t i = 0; i < nseen; i++)
		if (seen[i].case_id == case_id) {
			pf_add(pf, PF_ERROR, "dubblett", "Ärendet %s står redan på listan som %s.",
			       dnr, seen[i].where);
			break;
		}
	if (sqlite3_column_int(st, C_DECISION) &&
	    strcmp(text_col(st, C_STATUS), "klart för beslut") != 0)
		pf_add(pf, PF_WARNING, "ej_klart", "Ärendet %s är inte klart för beslut "
		       "(status: %s).", dnr, text_col(st, C_STATUS));
	if (own && strcmp(own, series) != 0 && sqlite3_column_int64(st, C_NUMBER) > 0)
		pf_add(pf, PF_WARNING, "dnr_form", "Diarienumret %s har inte nämndens serie %s.",
		       dnr, own);
}

enum nd_err pf_check_items(struct pf *pf, long long meeting)
{
	sqlite3_stmt *st = NULL;
	struct seen *seen = NULL;
	size_t nseen = 0, cap = 0;
	int letters = 0, numbers = 0;
	enum nd_err e = db_prepare(pf->db, items_sql, &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	while (!e && !pf->oom && sqlite3_step(st) == SQLITE_ROW) {
		char label[8], where[96], q[TEXT_QUOTE_SIZE];
		const char *kind = text_col(st, C_KIND);
		bool has_case = sqlite3_column_type(st, C_CASE) != SQLITE_NULL;
		agenda_label(kind, &letters, &numbers, label, sizeof label);
		text_quote(text_col(st, C_TITLE), q, sizeof q);
		if (*label)
			snprintf(where, sizeof where, "punkt %s", label);
		else
			snprintf(where, sizeof where, "punkt \"%.80s\"", q);
		pf->item = sqlite3_column_int64(st, C_ID);
		pf->where = where;
		if (pf->dnr && sqlite3_column_int(st, C_DECISION) && !has_case)
			pf_add(pf, PF_ERROR, "dnr_saknas", "Beslutspunkten saknar diarienummer; "
			       "koppla den till ett ärende (agenda set PUNKT --case DNR).");
		if (pf->presenter && (strcmp(kind, "ärende") == 0 ||
				      strcmp(kind, "information") == 0 ||
				      sqlite3_column_int(st, C_DECISION)) &&
		    !sqlite3_column_int(st, C_PRESENTER))
			pf_add(pf, PF_WARNING, "föredragande", "Föredragande saknas.");
		if (pf->dnr && sqlite3_column_int(st, C_DECISION) && has_case &&
		    sqlite3_column_int64(st, C_NUMBER) < 0)
			pf_add(pf, PF_ERROR, "dnr_saknas", "Beslutspunktens ärende är ett utkast "
			       "utan diarienummer; registrera det (namnd case register %lld).",
			       sqlite3_column_int64(st, C_CASE));
		pf_scan_text(pf, text_col(st, C_ITEM_TITLE), "rubriken");
		if (!has_case)
			continue;
		check_case(pf, st, seen, nseen);
		pf_scan_text(pf, text_col(st, C_CASE_TITLE), "ärendets titel");
		pf_scan_text(pf, text_col(st, C_PROPOSAL), "förslaget till beslut");
		pf_scan_text(pf, text_col(st, C_SUMMARY), "sammanfattningen");
		pf_scan_text(pf, text_col(st, C_DESCRIPTION), "ärendebeskrivningen");
		e = scan_case_parts(pf, sqlite3_column_int64(st, C_CASE));
		if (nseen == cap) {
			cap = cap ? cap * 2 : 16;
			struct seen *ns = realloc(seen, cap * sizeof *ns);
			if (!ns) {
				pf->oom = true;
				break;
			}
			seen = ns;
		}
		seen[nseen].case_id = sqlite3_column_int64(st, C_CASE);
		snprintf(seen[nseen++].where, sizeof seen->where, "%s", where);
	}
	sqlite3_finalize(st);
	free(seen);
	pf->where = "sammanträdet";
	pf->item = 0;
	return e;
}

void preflight_free(struct pf_list *list)
{
	if (!list)
		return;
	for (size_t i = 0; i < list->n; i++) {
		free(list->v[i].where);
		free(list->v[i].message);
	}
	free(list->v);
	memset(list, 0, sizeof *list);
}
