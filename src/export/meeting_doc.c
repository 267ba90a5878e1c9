/* What every document of a meeting shares: the meeting itself, its
 * header block and its föredragningslista as a table. */
#include "meeting_doc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/agenda.h"
#include "namnd/text.h"
#include "doc_impl.h"

static char *col_dup(sqlite3_stmt *st, int i)
{
	const char *s = (const char *)sqlite3_column_text(st, i);
	return s ? strdup(s) : NULL;
}

static int hhmm(const char *s)
{
	return s && strlen(s) == 5 ? ((s[0] - '0') * 10 + (s[1] - '0')) * 60 +
		(s[3] - '0') * 10 + (s[4] - '0') : -1;
}

enum nd_err meeting_info_load(struct nd_db *db, long long id, struct meeting_info *mi)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	memset(mi, 0, sizeof *mi);
	if ((e = db_prepare(db, "SELECT k.id, k.name, k.code, m.place, m.notes, m.status, "
			    "m.date, m.start_time, m.end_time, k.notice_days FROM meeting m "
			    "JOIN committee k ON k.id = m.committee_id WHERE m.id = ?1", &st)))
		return e;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_finalize(st);
		return nd_fail(ND_ENOTFOUND, "Det finns inget sammanträde med id %lld.", id);
	}
	mi->id = id;
	mi->committee_id = sqlite3_column_int64(st, 0);
	mi->committee = col_dup(st, 1);
	mi->code = col_dup(st, 2);
	mi->place = col_dup(st, 3);
	mi->notes = col_dup(st, 4);
	mi->status = col_dup(st, 5);
	snprintf(mi->date_iso, sizeof mi->date_iso, "%s",
		 (const char *)sqlite3_column_text(st, 6));
	mi->start = hhmm((const char *)sqlite3_column_text(st, 7));
	mi->end = hhmm((const char *)sqlite3_column_text(st, 8));
	mi->notice_days = sqlite3_column_int(st, 9);
	sqlite3_finalize(st);
	mi->org = setting_get(db, "org_name", "");
	if (!mi->committee || !mi->code || !mi->status || !mi->org)
		return nd_fail(ND_ENOMEM, "Minnet räckte inte.");
	return date_parse(mi->date_iso, &mi->date);
}

void meeting_info_free(struct meeting_info *mi)
{
	free(mi->org);
	free(mi->committee);
	free(mi->code);
	free(mi->place);
	free(mi->notes);
	free(mi->status);
	memset(mi, 0, sizeof *mi);
}

void meeting_when(const struct meeting_info *mi, char *buf, size_t size)
{
	char t[6];
	time_format(mi->start, '.', t);
	snprintf(buf, size, "%s %d %s %d kl. %s", date_weekday_name(date_weekday(mi->date)),
		 mi->date.d, date_month_name(mi->date.m), mi->date.y, t);
}

void meeting_doc_header(struct nd_doc *doc, const struct meeting_info *mi, const char *kind)
{
	char *org = text_upper(mi->org);
	if (org && *org) {
		doc_header(doc, org, kind);
		doc_header(doc, mi->committee, mi->date_iso);
	} else {
		doc_header(doc, mi->committee, kind);
		doc_header(doc, "", mi->date_iso);
	}
	free(org);
	/* The PDF's metadata: "Protokoll Utbildningsnämnden 2024-03-20". */
	size_t n = strlen(doc->name ? doc->name : "") + strlen(mi->committee) + 64;
	char *title = malloc(n), *subject = malloc(n);
	if (title && subject) {
		snprintf(title, n, "%s %s %s", doc->name ? doc->name : "", mi->committee,
			 mi->date_iso);
		snprintf(subject, n, "%s, sammanträde %s", mi->committee, mi->date_iso);
		doc_info(doc, title, *mi->org ? mi->org : mi->committee, subject);
	}
	free(title);
	free(subject);
}

/* Nr, Ärende, Dnr, Föredragande, Tid. Titles give up width first when the
 * page is narrow; "Verksamhetsutvecklare" (21) fits its column; a dnr's
 * number ("2026/452") is not cut even at 60 columns. */
static const struct doc_column agenda_columns[] = {
	{ "Nr", 2, 3, DOC_LEFT, false },
	{ "Ärende", 19, 0, DOC_LEFT, true },
	{ "Dnr", 7, 14, DOC_LEFT, DOC_WRAP_WORDS },
	{ "Föredragande", 12, 21, DOC_LEFT, true },
	{ "Tid", 11, 11, DOC_LEFT, false },
};

struct agenda_rows {
	struct nd_doc *doc;
	bool public_only;
	int letters, numbers, rows;
	bool oom;
};

static int agenda_row(void *ctx, sqlite3_stmt *st)
{
	struct agenda_rows *ar = ctx;
	char label[8], from[6], to[6], slot[16], *title = NULL;
	const char *kind = (const char *)sqlite3_column_text(st, 2);
	const char *t = (const char *)sqlite3_column_text(st, 3);
	const char *dnr = (const char *)sqlite3_column_text(st, 4);
	const char *who = (const char *)sqlite3_column_text(st, 5);
	const char *ground = (const char *)sqlite3_column_text(st, 10);
	bool secret = sqlite3_column_int(st, 9) != 0;
	int start = sqlite3_column_int(st, 7), end = sqlite3_column_int(st, 8);

	agenda_label(kind, &ar->letters, &ar->numbers, label, sizeof label);
	time_format(start % 1440, '.', from);
	time_format(end % 1440, '.', to);
	if (end > start)
		snprintf(slot, sizeof slot, "%s–%s", from, to);
	else
		snprintf(slot, sizeof slot, "%s", from);
	size_t n = (t ? strlen(t) : 0) + (ground ? strlen(ground) : 0) + 40;
	if (!(title = malloc(n))) {
		ar->oom = true;
		return 1;
	}
	if (secret && ar->public_only) {
		/* Only that it is confidential, and why: no title, no presenter. */
		snprintf(title, n, "Sekretess%s%s", ground ? " enligt " : "", ground ? ground : "");
		who = "";
	} else {
		snprintf(title, n, "%s%s", secret ? "[sekretess] " : "", t ? t : "");
	}
	const char *cells[] = { label, title, dnr, who, slot };
	doc_table_row(ar->doc, cells);
	free(title);
	ar->rows++;
	return 0;
}

enum nd_err meeting_doc_agenda(struct nd_db *db, struct nd_doc *doc,
			       const struct meeting_info *mi, const struct doc_opts *opts)
{
	struct agenda_rows ar = { doc, opts && opts->public_only, 0, 0, 0, false };
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, "SELECT count(*) FROM agenda_item WHERE meeting_id = ?1",
				   &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, mi->id);
	int count = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_finalize(st);
	if (count == 0) {
		doc_para(doc, "(Föredragningslistan är tom.)");
		return doc_status(doc);
	}
	doc_table_begin(doc, 5, agenda_columns);
	if ((e = agenda_list(db, mi->id, agenda_row, &ar)))
		return e;
	if (ar.oom)
		return nd_fail(ND_ENOMEM, "Minnet räckte inte.");
	return doc_status(doc);
}

enum nd_err meeting_doc_build(struct nd_db *db, long long meeting, const struct doc_opts *opts,
			      const char *name, const char *kind, meeting_body_fn body,
			      struct nd_doc **out)
{
	struct meeting_info mi;
	struct nd_doc *doc = NULL;
	enum nd_err e;

	*out = NULL;
	if ((e = meeting_info_load(db, meeting, &mi)))
		goto out;
	if (!(doc = doc_new(name))) {
		e = nd_fail(ND_ENOMEM, "Minnet räckte inte.");
		goto out;
	}
	meeting_doc_header(doc, &mi, kind);
	if ((e = body(db, doc, &mi, opts)) || (e = doc_status(doc)))
		goto out;
	*out = doc;
	doc = NULL;
out:
	doc_free(doc);
	meeting_info_free(&mi);
	return e;
}
