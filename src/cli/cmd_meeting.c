/* namnd meeting …, namnd agenda …, namnd deadlines …. */
#include "cli.h"

#include "namnd/meetstate.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "namnd/adjourn.h"
#include "namnd/meeting_role.h"
#include "namnd/paragraph.h"
#include "namnd/parnum.h"
#include "namnd/agenda.h"
#include "namnd/calendar.h"
#include "namnd/date.h"
#include "namnd/meetdoc.h"
#include "namnd/plan.h"
#include "namnd/rules.h"

/* Id, Nr, Ärende, Dnr, Föredragande, then the time slot: 79 columns. */
static const int agenda_widths[] = { 4, 3, 30, 13, 13 };

struct agenda_printer {
	struct cli *cli;
	int letters, numbers, rows;
};

static int print_agenda_row(void *ctx, sqlite3_stmt *st)
{
	struct agenda_printer *p = ctx;
	char label[8], from[6], to[6], slot[16];
	const char *kind = (const char *)sqlite3_column_text(st, 2);
	const char *title = (const char *)sqlite3_column_text(st, 3);
	const char *dnr = (const char *)sqlite3_column_text(st, 4);
	const char *who = (const char *)sqlite3_column_text(st, 5);
	agenda_label(kind, &p->letters, &p->numbers, label, sizeof label);
	time_format(sqlite3_column_int(st, 7) % 1440, '.', from);
	time_format(sqlite3_column_int(st, 8) % 1440, '.', to);
	snprintf(slot, sizeof slot, "%s–%s", from, to);
	if (p->cli->tsv) {
		printf("%lld\t%s\t%s\t", (long long)sqlite3_column_int64(st, 0), label, kind);
		print_cell(stdout, title, 0, false);
		printf("\t%s\t", dnr ? dnr : "");
		print_cell(stdout, who, 0, false);
		printf("\t%s\t%d\n", slot, sqlite3_column_int(st, 6));
	} else {
		char id[24], shown[1100];
		snprintf(id, sizeof id, "%lld", (long long)sqlite3_column_int64(st, 0));
		/* Marked in the title so the row still fits 80 columns. */
		snprintf(shown, sizeof shown, "%s%s", sqlite3_column_int(st, 9) ?
			 "[sekretess] " : "", title ? title : "");
		const char *cells[] = { id, label, shown, dnr ? dnr : "", who };
		for (size_t i = 0; i < 5; i++) {
			print_cell(stdout, cells[i], agenda_widths[i], true);
			putchar(' ');
		}
		printf("%s\n", slot);
	}
	p->rows++;
	return 0;
}

static int agenda_print(struct cli *c, long long meeting)
{
	struct agenda_printer p = { c, 0, 0, 0 };
	enum nd_err e;
	static const char *const head[] = { "Id", "Nr", "Ärende", "Dnr", "Föredragande" };
	if (!c->tsv) {
		for (size_t i = 0; i < sizeof head / sizeof *head; i++) {
			print_cell(stdout, head[i], agenda_widths[i], true);
			putchar(' ');
		}
		puts("Tid");
	}
	if ((e = agenda_list(c->db, meeting, print_agenda_row, &p)))
		return cli_fail(e);
	if (p.rows == 0 && !c->tsv)
		printf("(föredragningslistan är tom)\n");
	return EXIT_OK;
}

/* Reads what deadlines_compute needs for one meeting, or for its
 * paragraph number (> 0) justerad omedelbart: its own justering and
 * anslag. */
static enum nd_err meeting_deadlines(struct cli *c, long long id, int number,
				     const struct nd_rules *r, struct nd_deadlines *dl,
				     struct nd_date *meeting, bool *justerad, bool *anslagen,
				     struct nd_date *j, struct nd_date *an)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(c->db, number ? "SELECT m.date, k.notice_days, "
				   "p.justerad_on, p.anslag_on FROM meeting m JOIN committee k ON "
				   "k.id = m.committee_id JOIN paragraph p ON p.meeting_id = m.id "
				   "AND p.number = ?2 WHERE m.id = ?1" :
				   "SELECT m.date, k.notice_days, m.justerad_on, "
				   "m.anslag_on FROM meeting m JOIN committee k ON "
				   "k.id = m.committee_id WHERE m.id = ?1", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, id);
	if (number)
		sqlite3_bind_int(st, 2, number);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_finalize(st);
		return nd_fail(ND_ENOTFOUND, "Det finns inget sammanträde med id %lld.", id);
	}
	const char *js = (const char *)sqlite3_column_text(st, 2);
	const char *as = (const char *)sqlite3_column_text(st, 3);
	e = date_parse((const char *)sqlite3_column_text(st, 0), meeting);
	*justerad = js && date_parse(js, j) == ND_OK;
	*anslagen = as && date_parse(as, an) == ND_OK;
	if (!e)
		deadlines_for(*meeting, sqlite3_column_int(st, 1), r->justering_days, r->anslag,
			      r->appeal, *justerad ? j : NULL, *anslagen ? an : NULL, dl);
	sqlite3_finalize(st);
	return e;
}

/* A justering after the deadline, as recorded when it was confirmed. */
static int late_printed(struct cli *c, long long id)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(c->db, "SELECT reason FROM review_override WHERE "
				   "meeting_id = ?1 AND kind = 'sen justering'", &st);
	if (e)
		return cli_fail(e);
	sqlite3_bind_int64(st, 1, id);
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (c->tsv)
			fputs("Sen justering\t", stdout);
		else
			printf("%-26s ", "Sen justering");
		print_cell(stdout, (const char *)sqlite3_column_text(st, 0), 0, false);
		putchar('\n');
	}
	sqlite3_finalize(st);
	return EXIT_OK;
}

/* The deadlines of meeting id, or of its paragraph number (> 0)
 * justerad omedelbart: only its anslag and appeal period, under the
 * rules it was justerad under. */
static enum nd_err deadlines_section(struct cli *c, long long id, int number)
{
	struct nd_deadlines dl;
	struct nd_rules r;
	struct nd_date meeting, today, jd = { 0, 0, 0 }, ad = { 0, 0, 0 };
	bool j = false, a = false;
	enum nd_err e;
	char buf[11], when[11], state[96], rules[360];
	if ((e = rules_paragraph(c->db, id, number, &r)) ||
	    (e = meeting_deadlines(c, id, number, &r, &dl, &meeting, &j, &a, &jd, &ad)) ||
	    (e = date_today(&today)))
		return e;
	/* Which rules were applied comes first: a body outside the
	 * kommunallag may have no justering deadline, anslag or appeal. */
	rules_describe(&r, rules, sizeof rules);
	/* A justerat meeting (or paragraph) keeps the rules it was justerat
	 * under, even when the body's have changed since: say which. */
	if (r.frozen) {
		size_t n = strlen(rules);
		snprintf(rules + n, sizeof rules - n, " (sparade när %s justerades)",
			 !number ? "protokollet" : paragraph_items(c->db, id) ? "punkten" :
			 "paragrafen");
	}
	if (number) {
		char head[64];
		date_format(jd, buf);
		snprintf(head, sizeof head, "%s, omedelbart justerad %s",
			 PAR_CAP(paragraph_items(c->db, id), number), buf);
		if (c->tsv)
			printf("%s\t\n", head);
		else
			printf("\n%s\n", head);
	}
	if (c->tsv)
		printf("Regler\t%s\n", rules);
	else {
		print_cell(stdout, "Regler", 26, true);
		printf(" %s\n", rules);
	}
	/* done: what was done and when, for the justering and the anslag.
	 * applies: the body has the rule; why: what is printed when not. */
	const struct {
		const char *label; struct nd_date d; bool done; const char *what;
		const struct nd_date *on; bool applies; const char *why;
	} rows[] = {
		{ "Kallelse senast", dl.kallelse_due, date_cmp(today, meeting) > 0, NULL, NULL,
		  true, NULL },
		{ "Justering senast", dl.justering_due, j, "justerat", j ? &jd : NULL,
		  dl.justering, "ingen justeringsfrist" },
		{ "Anslag senast", dl.anslag_due, a, "uppsatt", a ? &ad : NULL, dl.anslag,
		  r.anslag ? "räknas från justeringen" : "inget anslag" },
		{ "Överklagandetiden går ut", dl.appeal_end, false, NULL, NULL, dl.appeal,
		  r.appeal ? "räknas från anslaget" : "ingen överklagandetid" },
		{ "Anslaget tas ned", dl.takedown, false, NULL, NULL,
		  r.anslag && (a || dl.anslag),
		  r.anslag ? "räknas från anslaget" : "inget anslag" },
	};
	/* A paragraph has its own justering: only what follows it. */
	for (size_t i = number ? 2 : 0; i < sizeof rows / sizeof *rows; i++) {
		if (!rows[i].applies) {
			if (c->tsv)
				printf("%s\t\n", rows[i].label);
			else {
				print_cell(stdout, rows[i].label, 26, true);
				printf(" – (%s)\n", rows[i].why);
			}
			continue;
		}
		date_format(rows[i].d, buf);
		state[0] = '\0';
		if (!rows[i].done && i < 3 && date_cmp(today, rows[i].d) > 0)
			snprintf(state, sizeof state, "  FÖRSENAD");
		else if (rows[i].on) {
			date_format(*rows[i].on, when);
			snprintf(state, sizeof state, "  (%s %s%s)", rows[i].what, when,
				 date_cmp(*rows[i].on, rows[i].d) > 0 ? ", efter fristen" : "");
		}
		if (c->tsv)
			printf("%s\t%s\n", rows[i].label, buf);
		else {
			print_cell(stdout, rows[i].label, 26, true);
			printf(" %s %s%s\n", buf, date_weekday_name(date_weekday(rows[i].d)),
			       state);
		}
	}
	return ND_OK;
}

int deadlines_print(struct cli *c, long long id)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	int rc;
	if ((e = deadlines_section(c, id, 0)))
		return cli_fail(e);
	if ((rc = late_printed(c, id)))
		return rc;
	/* Then each paragraph justerad omedelbart, with its own anslag. */
	if ((e = db_prepare(c->db, "SELECT number FROM paragraph WHERE meeting_id = ?1 AND "
			    "justerad_sha256 IS NOT NULL ORDER BY number", &st)))
		return cli_fail(e);
	sqlite3_bind_int64(st, 1, id);
	while (!e && sqlite3_step(st) == SQLITE_ROW)
		e = deadlines_section(c, id, sqlite3_column_int(st, 0));
	sqlite3_finalize(st);
	return e ? cli_fail(e) : EXIT_OK;
}

int cmd_deadlines(struct cli *c, struct args *a)
{
	long long id;
	enum nd_err e;
	if (a->help || a->npos != 1) {
		puts("Användning: namnd deadlines SAMMANTRÄDE\n\n"
		     "Visar sammanträdets frister och först vilka regler organet har: under\n"
		     "kommunallagen kallelse, justering (14 dagar), anslag (2 dagar efter\n"
		     "justering), överklagandetid (3 veckor från anslaget, flyttad förbi\n"
		     "helgdagar) och när anslaget får tas ned. Ett organ utanför kommunallagen\n"
		     "(samverkansråd, beredning, ledningsgrupp) har dem bara om de är satta\n"
		     "för organet (namnd committee edit --justering-days, --anslag, --appeal).");
		return a->help ? EXIT_OK : EXIT_USAGE;
	}
	if ((e = meeting_resolve(c->db, a->pos[0], &id)))
		return cli_fail(e);
	return deadlines_print(c, id);
}

struct plan_export {
	struct nd_db *db;
	long long committee;
	int year;
};

static enum nd_err build_plan(void *ctx, const struct doc_opts *opts, struct nd_doc **out)
{
	struct plan_export *p = ctx;
	return plan_doc_build(p->db, p->committee, p->year, opts, out);
}

/* The year's plan as iCalendar to out (standard output when NULL). */
static int plan_ics(struct cli *c, const char *code, int year, const char *out)
{
	long long committee;
	char from[16], to[16], *text = NULL;
	enum nd_err e;
	if ((e = committee_resolve(c->db, code, &committee)))
		return cli_fail(e);
	snprintf(from, sizeof from, "%d-01-01", year);
	snprintf(to, sizeof to, "%d-12-31", year);
	if (out) {
		if (!*out)
			return cli_usage("--out behöver ett filnamn.");
		if ((e = calendar_ics_write(c->db, committee, from, to, NULL, out)))
			return cli_fail(e);
		printf("Skrev sammanträdesplanen (iCalendar) till %s.\n", out);
		return EXIT_OK;
	}
	if ((e = calendar_ics(c->db, committee, from, to, NULL, &text)))
		return cli_fail(e);
	fputs(text, stdout);
	free(text);
	return EXIT_OK;
}

/* namnd meeting plan: create a year's meetings from a list of dates, or
 * show the year's plan (as a document with --out, --format or --width).
 * All dates or none. */
static int meeting_plan(struct cli *c, struct args *a)
{
	const char *committee = args_get(a, "committee"), *year_s = args_get(a, "year");
	const char *dates = args_get(a, "dates");
	struct nd_date list[PLAN_MAX];
	size_t n = 0;
	long year;
	char *end;
	enum nd_err e;

	if (committee && !year_s)
		return cli_usage("ange --year ÅR: datum som \"17/1\" säger inte vilket år planen "
				 "gäller.");
	if (!committee || !year_s)
		return cli_usage("namnd meeting plan --committee KOD --year ÅR [--dates "
				 "\"17/1, 21/2\" [--time HH.MM] [--place PLATS]] [--out FIL] "
				 "[--format text|xlsx|pdf|ics] [--width N]");
	year = strtol(year_s, &end, 10);
	if (*end || year < 1900 || year > 2199)
		return cli_usage("--year ska vara ett år 1900–2199, inte \"%s\".", year_s);
	if (dates) {
		if ((e = plan_parse_dates(dates, (int)year, list, PLAN_MAX, &n)))
			return cli_fail(e);
		char note[120];
		if ((e = meeting_plan_add(c->db, committee, list, n, args_get(a, "time"),
					  args_get(a, "place"))))
			return cli_fail(e);
		printf("Lade in %zu %s för %s %ld.\n", n, n == 1 ? "sammanträde" : "sammanträden",
		       committee, year);
		/* Allowed, but almost always a slip of the pen. */
		for (size_t i = 0; i < n; i++)
			if (plan_date_note(list[i], note, sizeof note))
				fprintf(stderr, "namnd: obs: %s\n", note);
	}
	const char *out = args_get(a, "out"), *fmt = args_get(a, "format");
	size_t olen = out ? strlen(out) : 0;
	if ((fmt && !strcmp(fmt, "ics")) ||
	    (!fmt && olen > 4 && !strcasecmp(out + olen - 4, ".ics"))) {
		int rc = cli_out_free(a, out);
		return rc ? rc : plan_ics(c, committee, (int)year, out);
	}
	if (args_get(a, "out") || args_get(a, "format") || args_get(a, "width")) {
		struct plan_export pe = { c->db, 0, (int)year };
		if ((e = committee_resolve(c->db, committee, &pe.committee)))
			return cli_fail(e);
		return export_document(a, build_plan, &pe, "sammanträdesplanen");
	}
	const char *filters[2] = { committee, year_s };
	struct printer p = { c, meeting_entity.list_widths, 0, false };
	if ((e = entity_list(c->db, &meeting_entity, filters, print_list_row, &p)))
		return cli_fail(e);
	if (p.rows == 0 && !c->tsv)
		printf("(inga sammanträden)\n");
	return EXIT_OK;
}

/* namnd meeting sent|archive MEETING [--date D]: the acts that move a
 * meeting's state on. */
static int meeting_act(struct cli *c, struct args *a)
{
	long long id;
	enum nd_err e;
	bool sent = strcmp(a->pos[0], "sent") == 0;
	if ((e = meeting_resolve(c->db, a->pos[1], &id)))
		return cli_fail(e);
	if ((e = sent ? kallelse_record_sent(c->db, id, args_get(a, "date")) :
		     meeting_archive(c->db, id, args_get(a, "date"))))
		return cli_fail(e);
	printf(sent ? "Kallelsen är antecknad som skickad; sammanträdet är kallat.\n" :
		      "Sammanträdet är arkiverat.\n");
	return EXIT_OK;
}

/* namnd meeting adjourn MEETING --from HH.MM --to HH.MM | --from HH.MM --remove */
static int meeting_adjourn(struct cli *c, struct args *a)
{
	long long meeting;
	bool remove = args_flag(a, "remove");
	const char *from = args_get(a, "from"), *to = args_get(a, "to");
	enum nd_err e;
	if (a->npos != 2 || !from || (!remove && !to))
		return cli_usage("namnd meeting adjourn SAMMANTRÄDE --from HH.MM --to HH.MM "
				 "(eller --from HH.MM --remove)");
	if ((e = meeting_resolve(c->db, a->pos[1], &meeting)) ||
	    (e = remove ? adjournment_remove(c->db, meeting, from) :
		 adjournment_add(c->db, meeting, from, to)))
		return cli_fail(e);
	printf(remove ? "Ajourneringen är borttagen.\n" : "Ajourneringen är antecknad.\n");
	return EXIT_OK;
}

/* namnd meeting role MEETING ROLE PERSON [--from N] [--to N] | --remove */
static int meeting_role(struct cli *c, struct args *a)
{
	long long meeting, person;
	bool remove = args_flag(a, "remove");
	int from = 0, to = 0, rc;
	enum nd_err e;
	if (a->npos != 4)
		return cli_usage("namnd meeting role SAMMANTRÄDE ROLL PERSON [--from N] [--to N] "
				 "(eller --remove); ROLL är ordförande (tjänstgörande), justerare, "
				 "\"ersättande justerare\" eller sekreterare");
	if ((e = meeting_resolve(c->db, a->pos[1], &meeting)))
		return cli_fail(e);
	if ((rc = cli_range(a, paragraph_items(c->db, meeting), &from, &to)))
		return rc;
	if ((rc = cli_person(c, a->pos[3], &person)))
		return rc;
	if ((e = remove ? meeting_role_remove(c->db, meeting, a->pos[2], person) :
		     meeting_role_add(c->db, meeting, a->pos[2], person, from, to)))
		return cli_fail(e);
	printf(remove ? "Rollen är borttagen.\n" : "Rollen är antecknad.\n");
	return EXIT_OK;
}

int cmd_meeting(struct cli *c, struct args *a)
{
	long long id;
	enum nd_err e;
	if (!a->help && a->npos == 2 &&
	    (strcmp(a->pos[0], "sent") == 0 || strcmp(a->pos[0], "archive") == 0))
		return meeting_act(c, a);
	if (!a->help && a->npos == 1 && strcmp(a->pos[0], "plan") == 0)
		return meeting_plan(c, a);
	if (!a->help && a->npos >= 1 && strcmp(a->pos[0], "absent") == 0)
		return meeting_absent(c, a);
	if (!a->help && a->npos >= 1 && strcmp(a->pos[0], "adjourn") == 0)
		return meeting_adjourn(c, a);
	if (!a->help && a->npos >= 1 && strcmp(a->pos[0], "role") == 0)
		return meeting_role(c, a);
	if (!a->help && a->npos == 2 && strcmp(a->pos[0], "show") == 0) {
		struct printer p = { c, NULL, 0, false };
		if ((e = meeting_resolve(c->db, a->pos[1], &id)) ||
		    (e = entity_show(c->db, &meeting_entity, id, print_show_row, &p)))
			return cli_fail(e);
		if (!c->tsv)
			printf("\nFrister\n");
		if (deadlines_print(c, id) != EXIT_OK)
			return EXIT_DATA;
		if (!c->tsv)
			printf("\nFöredragningslista\n");
		return agenda_print(c, id);
	}
	return cmd_entity(c, &meeting_entity, a);
}

static void agenda_help(void)
{
	puts("Användning:\n"
	     "  namnd agenda list SAMMANTRÄDE\n"
	     "  namnd agenda add SAMMANTRÄDE [--at PLATS] [--kind TYP] [--case DNR]\n"
	     "                   [--title RUBRIK] [--presenter PERSON | --role ROLL]\n"
	     "                   [--minutes N] [--confidential ja|nej]\n"
	     "                   [--secrecy GRUND] [--decision ja|nej]\n"
	     "  namnd agenda set PUNKT --FÄLT VÄRDE …\n"
	     "  namnd agenda move PUNKT PLATS\n"
	     "  namnd agenda rm PUNKT\n"
	     "  namnd agenda import SAMMANTRÄDE FIL [--replace]\n"
	     "  namnd agenda copy SAMMANTRÄDE [--from SAMMANTRÄDE]\n"
	     "  namnd agenda export SAMMANTRÄDE [--format text|xlsx|pdf] [--out FIL]\n"
	     "                   [--width N] [--public]\n"
	     "\nSAMMANTRÄDE är ett id eller KOD:ÅÅÅÅ-MM-DD; PUNKT är punktens id (se list).\n"
	     "Tiderna räknas fram från starttiden och punkternas längd.\n"
	     "Typer: procedur, ärende, information, stående, paus, beslutsomgång.\n"
	     "--secrecy GRUND anger sekretessgrunden (t.ex. \"OSL 26 kap. 1 §\");\n"
	     "--decision ja|nej säger om nämnden beslutar i punkten (standard: ja för\n"
	     "ärenden, nej annars); en beslutspunkt behöver ett diarienummer.\n"
	     "\nimport läser en föredragningslista inklistrad från Word eller Excel\n"
	     "(tabb-, semikolon- eller kommaavgränsad, UTF-8 eller Windows-1252): kolumnerna\n"
	     "Nr, Ärende, Dnr, Föredragande, Tid, med eller utan rubrikrad. Tider som\n"
	     "08.05-08.10 blir punkternas längd; diarienummer kopplas till diariet. Fel\n"
	     "anges med radnummer och då läggs ingenting in. --replace ersätter en lista\n"
	     "som redan finns.\n"
	     "\ncopy ger ett nytt sammanträde föregående sammanträdes återkommande\n"
	     "punkter (procedur, stående punkter, information, pauser) med deras\n"
	     "längd, i samma ordning; ärenden kopieras inte. Standardpunkterna som\n"
	     "sammanträdet fick ersätts. --from anger ett annat sammanträde.\n"
	     "\nexport skriver föredragningslistan:");
	export_options_help();
}

static bool parse_pos(const char *s, int *out)
{
	char *end;
	long v = strtol(s, &end, 10);
	if (*end || v < 1 || v > 100000)
		return false;
	*out = (int)v;
	return true;
}

/* namnd agenda copy MEETING [--from MEETING]: the recurring items of
 * the committee's previous meeting (or the one named). */
static int agenda_copy_cmd(struct cli *c, struct args *a)
{
	const char *from_s = args_get(a, "from");
	long long to, from = 0;
	int n = 0;
	enum nd_err e;
	if (a->npos != 2)
		return cli_usage("namnd agenda copy SAMMANTRÄDE [--from SAMMANTRÄDE]");
	if ((e = meeting_resolve(c->db, a->pos[1], &to)))
		return cli_fail(e);
	if (from_s)
		e = meeting_resolve(c->db, from_s, &from);
	else if (!(e = meeting_previous(c->db, to, &from)) && from == 0)
		e = nd_fail(ND_ENOTFOUND, "Nämnden har inget tidigare sammanträde att "
			    "kopiera från; ange ett med --from.");
	if (e || (e = agenda_copy(c->db, to, from, &n)))
		return cli_fail(e);
	printf("Kopierade %d %s.\n", n, n == 1 ? "punkt" : "punkter");
	return EXIT_OK;
}

int cmd_agenda(struct cli *c, struct args *a)
{
	const char *sub = a->npos > 0 ? a->pos[0] : NULL;
	long long id;
	enum nd_err e;
	if (a->help || !sub) {
		agenda_help();
		return a->help ? EXIT_OK : EXIT_USAGE;
	}
	if (a->npos < 2)
		return cli_usage("namnd agenda %s behöver ett sammanträde eller en punkt.", sub);
	if (strcmp(sub, "export") == 0)
		return cmd_agenda_export(c, a);
	if (strcmp(sub, "import") == 0)
		return cmd_agenda_import(c, a);
	if (strcmp(sub, "copy") == 0)
		return agenda_copy_cmd(c, a);
	if (strcmp(sub, "list") == 0 || strcmp(sub, "add") == 0) {
		if ((e = meeting_resolve(c->db, a->pos[1], &id)))
			return cli_fail(e);
		if (strcmp(sub, "list") == 0)
			return agenda_print(c, id);
		int at = 0;
		const char *at_s = args_get(a, "at");
		if (at_s && !parse_pos(at_s, &at))
			return cli_usage("--at ska vara en plats i listan (1, 2, …), inte \"%s\".",
					 at_s);
		args_take(a, "at");
		long long item;
		if ((e = agenda_add(c->db, id, at, a->nopt, a->names, a->values, &item)))
			return cli_fail(e);
		printf("Lade till punkt %lld.\n", item);
		return EXIT_OK;
	}
	if ((e = id_resolve(c->db, a->pos[1], &id)))
		return cli_fail(e);
	if (strcmp(sub, "move") == 0) {
		int to;
		if (a->npos != 3 || !parse_pos(a->pos[2], &to))
			return cli_usage("namnd agenda move PUNKT PLATS (PLATS = 1, 2, …).");
		if ((e = agenda_move(c->db, id, to)))
			return cli_fail(e);
		printf("Flyttade punkt %lld.\n", id);
		return EXIT_OK;
	}
	if (strcmp(sub, "rm") == 0) {
		if ((e = agenda_remove(c->db, id)))
			return cli_fail(e);
		printf("Tog bort punkt %lld.\n", id);
		return EXIT_OK;
	}
	if (strcmp(sub, "set") == 0 || strcmp(sub, "edit") == 0) {
		if ((e = entity_edit(c->db, &agenda_entity, id, a->nopt, a->names, a->values)))
			return cli_fail(e);
		printf("Ändrade punkt %lld.\n", id);
		return EXIT_OK;
	}
	if (strcmp(sub, "show") == 0) {
		struct printer p = { c, NULL, 0, false };
		if ((e = entity_show(c->db, &agenda_entity, id, print_show_row, &p)))
			return cli_fail(e);
		return EXIT_OK;
	}
	return cli_usage("okänt kommando \"%s\" för agenda (list, add, set, move, rm, "
			 "import, copy, export).", sub);
}
