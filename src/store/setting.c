/* Organisation settings and the demo data. */
#include "namnd/db.h"
#include "namnd/protocol.h"
#include "namnd/justering.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/date.h"
#include "namnd/dnr.h"
#include "namnd/migrations.h"
#include "namnd/text.h"
#include "util.h"

char *setting_get(struct nd_db *db, const char *key, const char *def)
{
	sqlite3_stmt *st = NULL;
	char *v = NULL;
	if (sqlite3_prepare_v2(db->h, "SELECT value FROM setting WHERE key = ?1", -1,
			       &st, NULL) == SQLITE_OK) {
		sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
		if (sqlite3_step(st) == SQLITE_ROW)
			v = strdup((const char *)sqlite3_column_text(st, 0));
	}
	sqlite3_finalize(st);
	return v ? v : strdup(def);
}

struct setting_def {
	const char *key;
	const char *label;
};

static const struct setting_def settings[] = {
	{ "org_name", "organisationens namn" },
	{ "dnr_pattern", "diarienummerformat ({S} serie, {Y} år, {N} nummer, {K} "
			 "klassificering; flera former åtskilda med ;)" },
	{ "dnr_series", "diarieserie när nämnd saknas" },
	{ "archive_place", "förvaringsplats för protokoll" },
	{ "anslag_place", "anslagstavla" },
	{ "allowed_signers", "fil med tillåtna underskrifter (ssh-keygen allowed_signers), utanför databasen" },
	{ "org_domain", "organisationens domännamn (i kalenderns UID, Message-ID)" },
	{ "personnummer", "personnummer vid publicering: stoppa eller maskera" },
	{ "site_url", "anslagstavlans webbadress (i öppna data), t.ex. https://exempelstad.se/anslagstavla/" },
	{ "sendmail", "kommandot som tar emot e-post (standard \"sendmail -t -oi\")" },
	{ "mail_from", "avsändare när nämnden saknar sekreterare med e-post: \"Namn <adress>\"" },
	{ "appeal_court", "domstolen som prövar överklaganden (förvaltningsrätten i …)" },
	{ NULL, NULL },
};

/* A host name as it stands after the @ of a Message-ID or a UID:
 * labels of a-z, 0-9 and '-' (not at either end), at least two of them. */
static bool domain_ok(const char *s)
{
	size_t label = 0, labels = 1, len = strlen(s);
	if (len > 253)
		return false;
	for (const char *p = s; *p; p++) {
		if (*p == '.') {
			if (label == 0 || p[-1] == '-')
				return false;
			labels++;
			label = 0;
		} else if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
			   (*p == '-' && label > 0)) {
			if (++label > 63)
				return false;
		} else {
			return false;
		}
	}
	return label > 0 && s[len - 1] != '-' && labels >= 2;
}

enum nd_err setting_set(struct nd_db *db, const char *key, const char *value)
{
	const struct setting_def *s;
	for (s = settings; s->key; s++)
		if (strcmp(s->key, key) == 0)
			break;
	if (!s->key) {
		char list[300] = "";
		for (s = settings; s->key; s++) {
			size_t l = strlen(list);
			snprintf(list + l, sizeof list - l, "%s%s", l ? ", " : "", s->key);
		}
		return nd_fail(ND_EINVAL, "Okänd inställning \"%.60s\". Inställningar: %s.",
			       key, list);
	}
	size_t len = strlen(value);
	if (!text_valid_utf8(value, len) || len > 1000)
		return nd_fail(ND_EINVAL, "Inställningen %s (%s) måste vara UTF-8-text "
			       "på högst 1000 byte.", key, s->label);
	for (const char *p = value; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			return nd_fail(ND_EINVAL, "Inställningen %s (%s) innehåller ett "
				       "styrtecken.", key, s->label);
	if (strcmp(key, "dnr_pattern") == 0 && dnr_pattern_check(value) != ND_OK) {
		char msg[512];
		snprintf(msg, sizeof msg, "%s", nd_errmsg());
		return nd_fail(ND_EINVAL, "Inställningen dnr_pattern: %s", msg);
	}
	if (strcmp(key, "dnr_series") == 0 && *value) {
		struct nd_dnr probe;
		char text[64];
		snprintf(text, sizeof text, "%.20s 2000/1", value);
		if (strlen(value) > DNR_SERIES_MAX || dnr_parse(text, &probe) != ND_OK ||
		    strcmp(probe.series, value) != 0)
			return nd_fail(ND_EINVAL, "Inställningen dnr_series ska vara en serie med "
				       "versaler A–Ö och siffror (t.ex. \"KS\" eller \"T1\"), "
				       "inte \"%.40s\".", value);
	}
	if (strcmp(key, "org_domain") == 0 && *value && !domain_ok(value))
		return nd_fail(ND_EINVAL, "Inställningen org_domain ska vara ett domännamn som "
			       "\"exempelstad.se\" (a–z, 0–9, bindestreck och punkter), inte "
			       "\"%.60s\".", value);
	if (strcmp(key, "personnummer") == 0 && strcmp(value, "stoppa") != 0 &&
	    strcmp(value, "maskera") != 0)
		return nd_fail(ND_EINVAL, "Inställningen personnummer ska vara \"stoppa\" (ett "
			       "personnummer stoppar publiceringen) eller \"maskera\", inte "
			       "\"%.60s\".", value);
	if (strcmp(key, "site_url") == 0 && *value &&
	    ((strncmp(value, "https://", 8) != 0 && strncmp(value, "http://", 7) != 0) ||
	     value[strlen(value) - 1] != '/' || strpbrk(value, " \"<>") != NULL))
		return nd_fail(ND_EINVAL, "Inställningen site_url ska vara anslagstavlans adress "
			       "med / sist, som \"https://exempelstad.se/anslagstavla/\", inte "
			       "\"%.80s\".", value);
	const char *vals[2] = { key, value };
	enum nd_err e = db_begin(db);
	if (e)
		return e;
	if ((e = db_exec_text(db, "INSERT INTO setting (key, value) VALUES (?1, ?2) "
			      "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
			      2, vals)) ||
	    (e = db_commit(db))) {
		db_rollback(db);
		return e;
	}
	if (strcmp(key, "dnr_pattern") == 0) {
		char *copy = strdup(value);
		if (copy) {
			free(db->dnr_pattern);
			db->dnr_pattern = copy;
		}
	}
	return ND_OK;
}

/* The demo's paragraphs marked for omedelbar justering are justerade on
 * their meeting's day by its first justerare, with their checksums. */
static enum nd_err demo_immediate(struct nd_db *db)
{
	struct { long long meeting, by; int number; char date[11]; } rows[8];
	sqlite3_stmt *st = NULL;
	int n = 0;
	enum nd_err e = db_prepare(db, "SELECT p.meeting_id, p.number, m.date, (SELECT "
				   "j.person_id FROM justerare j WHERE j.meeting_id = m.id "
				   "ORDER BY j.position LIMIT 1) FROM paragraph p JOIN meeting m "
				   "ON m.id = p.meeting_id WHERE p.immediate = 1 AND "
				   "p.justerad_on IS NULL AND m.justerad_on IS NULL", &st);
	if (e)
		return e;
	while (n < 8 && sqlite3_step(st) == SQLITE_ROW) {
		rows[n].meeting = sqlite3_column_int64(st, 0);
		rows[n].number = sqlite3_column_int(st, 1);
		snprintf(rows[n].date, sizeof rows[n].date, "%s", sqlite3_column_text(st, 2));
		rows[n].by = sqlite3_column_int64(st, 3);
		n++;
	}
	sqlite3_finalize(st);
	for (int i = 0; i < n && !e; i++)
		e = justera(db, rows[i].meeting, rows[i].number, rows[i].date, &rows[i].by, 1,
			    false, NULL);
	return e;
}

#define DEMO_JUSTERA "-- @justera\n"

/* The demo's earlier meetings (temp.demo_justerat: id, justerad_on,
 * anslag_on), justerade as namnd's justering leaves them: the record of
 * what each protokoll says first, then the dates (schema 041). */
static enum nd_err demo_justerat(struct nd_db *db)
{
	struct row { long long id; char on[11], anslag[11]; } *rows = NULL;
	size_t n = 0, cap = 0;
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, "SELECT id, justerad_on, anslag_on FROM temp.demo_justerat "
				   "ORDER BY id", &st);
	if (e)
		return e;
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (n == cap) {
			size_t ncap = cap ? cap * 2 : 16;
			struct row *m = realloc(rows, ncap * sizeof *m);
			if (!m) {
				e = nd_fail(ND_ENOMEM, "Slut på minne.");
				break;
			}
			rows = m;
			cap = ncap;
		}
		rows[n].id = sqlite3_column_int64(st, 0);
		snprintf(rows[n].on, sizeof rows[n].on, "%s", sqlite3_column_text(st, 1));
		snprintf(rows[n].anslag, sizeof rows[n].anslag, "%s", sqlite3_column_text(st, 2));
		n++;
	}
	sqlite3_finalize(st);
	for (size_t i = 0; i < n && !e; i++) {
		struct nd_protocol *p = NULL;
		if ((e = protocol_load(db, rows[i].id, &p)))
			break;
		e = protocol_record_save(db, p, 0);
		protocol_free(p);
		if (!e && !(e = db_prepare(db, "UPDATE meeting SET justerad_on = ?2, anslag_on = ?3 "
					   "WHERE id = ?1", &st))) {
			sqlite3_bind_int64(st, 1, rows[i].id);
			sqlite3_bind_text(st, 2, rows[i].on, -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 3, rows[i].anslag, -1, SQLITE_STATIC);
			e = stmt_done(db, st, "justera demots sammanträde");
		}
	}
	free(rows);
	if (!e)
		e = db_exec_text(db, "DROP TABLE temp.demo_justerat", 0, NULL);
	return e;
}

enum nd_err db_load_demo(struct nd_db *db)
{
	struct nd_date today;
	char buf[11], *err = NULL;
	enum nd_err e;
	if ((e = date_today(&today)))
		return e;
	date_format(today, buf);
	if (!db_is_empty(db))
		return nd_fail(ND_EEXIST, "Databasen %s innehåller redan uppgifter; "
			       "demodata läggs bara i en tom databas.", db->path);
	if ((e = db_begin(db)))
		return e;
	/* The demo is dated relative to today, so its meetings are always
	 * near: the script reads today from this temporary table. */
	const char *vals[1] = { buf };
	if ((e = db_exec_text(db, "CREATE TEMP TABLE demo_today (d TEXT)", 0, NULL)) ||
	    (e = db_exec_text(db, "INSERT INTO demo_today VALUES (?1)", 1, vals)))
		goto fail;
	/* The script in two parts: at its marker, the earlier meetings are
	 * justerade as namnd does it, record first. */
	const char *mark = strstr(nd_demo_sql, DEMO_JUSTERA);
	char *first = mark ? strndup(nd_demo_sql, (size_t)(mark - nd_demo_sql)) : NULL;
	if (!first) {
		e = nd_fail(mark ? ND_ENOMEM : ND_EDB, mark ? "Slut på minne." :
			    "Demodata saknar markeringen %s.", DEMO_JUSTERA);
		goto fail;
	}
	int rc = sqlite3_exec(db->h, first, NULL, NULL, &err);
	free(first);
	if (rc == SQLITE_OK && (e = demo_justerat(db)))
		goto fail;
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db->h, mark + strlen(DEMO_JUSTERA), NULL, NULL, &err);
	if (rc != SQLITE_OK) {
		e = nd_fail(ND_EDB, "Demodata kunde inte läggas in: %s", err ? err : "?");
		sqlite3_free(err);
		goto fail;
	}
	if ((e = db_exec_text(db, "DROP TABLE temp.demo_today", 0, NULL)) ||
	    (e = demo_immediate(db)) || (e = protocol_record_backfill(db)) ||
	    (e = db_commit(db)))
		goto fail;
	free(db->dnr_pattern);
	db->dnr_pattern = setting_get(db, "dnr_pattern", DNR_DEFAULT_PATTERN);
	return ND_OK;
fail:
	db_rollback(db);
	return e;
}
