/* Protokoll, protokollsutdrag, anslag and beslutslista as document models,
 * all made from one struct nd_protocol. */
#include "namnd/protodoc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/date.h"
#include "namnd/protocol.h"
#include "namnd/rules.h"
#include "namnd/strbuf.h"
#include "meeting_doc.h"

/* Appends "Karin Åberg (S)", "Anna Berg, Region Norrdalen", "Eva Holm". */
static void person(struct strbuf *b, const struct nd_pperson *p)
{
	strbuf_add(b, p->name);
	if (p->party)
		strbuf_printf(b, " (%s)", p->party);
	else if (p->organisation)
		strbuf_printf(b, ", %s", p->organisation);
}

/* As the lists of people present write them: party and the organisation
 * the member represents ("Karin Berg (S), Lindesbergs kommun"); for
 * övriga the title and organisation ("Erik Lindskog, direktör, VästKom").
 * A member's organisation goes without saying when it is the protokoll's
 * own (org); officials are named with theirs, as others' are. */
static void person_full(struct strbuf *b, const struct nd_pperson *p, bool title,
			const char *org)
{
	strbuf_add(b, p->name);
	if (p->party)
		strbuf_printf(b, " (%s)", p->party);
	if (title && p->title)
		strbuf_printf(b, ", %s", p->title);
	if (p->organisation && (title || !org || strcmp(p->organisation, org) != 0))
		strbuf_printf(b, ", %s", p->organisation);
}

struct seat_ref { const struct nd_patt *a; size_t i; };

static int first_number(const struct nd_protocol *p)
{
	return p->nparagraphs ? p->paragraphs[0].number : 0;
}

static int last_number(const struct nd_protocol *p)
{
	return p->nparagraphs ? p->paragraphs[p->nparagraphs - 1].number : 0;
}

/* Between "§" and its number: a no-break space, so a line never ends in
 * "§§" with the numbers on the next. */
#define NBSP "\u00a0"

/* "§§ 12–16" or "§ 12" into buf; for items numbered per meeting
 * (schema 025) "punkterna 3–5" or "punkt 3". */
static void span(const struct nd_protocol *p, int a, int b, char *buf, size_t size)
{
	if (p->items)
		snprintf(buf, size, a == b ? "punkt %d" : "punkterna %d–%d", a, b);
	else if (a == b)
		snprintf(buf, size, "§" NBSP "%d", a);
	else
		snprintf(buf, size, "§§" NBSP "%d–%d", a, b);
}

/* The number as a heading or table shows it: "§ 12", or "Punkt 3". */
static void number_label(const struct nd_protocol *p, int n, char *buf, size_t size)
{
	snprintf(buf, size, p->items ? "Punkt %d" : "§" NBSP "%d", n);
}

/* ", §§ 14–16" when a row covers only part of the meeting, else "". */
static void part(const struct nd_protocol *p, int from, int to, char *buf, size_t size)
{
	int first = first_number(p), last = last_number(p);
	int a = from > first ? from : first, b = to && to < last ? to : last;
	buf[0] = '\0';
	if (!p->nparagraphs || (a == first && b == last))
		return;
	buf[0] = ',';
	buf[1] = ' ';
	span(p, a, b, buf + 2, size - 2);
}

/* A role's range as a protokoll writes it: "§§ 43–44", "§ 44", or ""
 * for the whole meeting. */
static void role_range(const struct nd_protocol *p, const struct nd_prole *r, char *buf,
		       size_t size)
{
	int first = first_number(p), last = last_number(p);
	int a = r->from > first ? r->from : first, b = r->to && r->to < last ? r->to : last;
	buf[0] = '\0';
	if (p->nparagraphs && (a != first || b != last))
		span(p, a, b, buf, size);
}

/* "Name (§§ 43–44)" or "Name" into t (appended). */
static void role_who(struct strbuf *t, const struct nd_protocol *p, const struct nd_prole *r)
{
	char range[48];
	role_range(p, r, range, sizeof range);
	strbuf_add(t, r->who.name);
	if (*range) {
		strbuf_add(t, " (");
		strbuf_add(t, range);
		strbuf_add(t, ")");
	}
}

/* Field "Plats och tid": "Plats, kl. 08.30–10.05". */
static void place_time(struct nd_doc *doc, const struct nd_protocol *p)
{
	struct strbuf b = { 0 };
	char s[6] = "", e[6] = "";
	if (p->start)
		snprintf(s, sizeof s, "%.2s.%.2s", p->start, p->start + 3);
	if (p->end)
		snprintf(e, sizeof e, "%.2s.%.2s", p->end, p->end + 3);
	strbuf_printf(&b, "%s%skl. %s%s%s", p->place ? p->place : "", p->place ? ", " : "",
		      s, *e ? "–" : "", e);
	/* Ajourneringar, stored "10:15-10:30, 11:45-12:00": written as
	 * ", ajournering kl. 10.15–10.30 och 11.45–12.00". */
	for (const char *a = p->adjourned; a && strlen(a) >= 11;) {
		strbuf_printf(&b, "%s%.2s.%.2s–%.2s.%.2s", a == p->adjourned ?
			      ", ajournering kl. " : strlen(a) > 11 ? ", " : " och ",
			      a, a + 3, a + 6, a + 9);
		a += 11;
		a += strncmp(a, ", ", 2) == 0 ? 2 : strlen(a);
	}
	doc_field(doc, "Plats och tid", strbuf_str(&b));
	strbuf_free(&b);
}

/* The first page's "Paragrafer  §§ 40–48", or "Punkter  1–9". */
static void paragraphs_span(const struct nd_protocol *p, char *buf, size_t size)
{
	if (!p->nparagraphs)
		snprintf(buf, size, "inga");
	else if (p->items)
		snprintf(buf, size, first_number(p) == last_number(p) ? "%d" : "%d–%d",
			 first_number(p), last_number(p));
	else
		span(p, first_number(p), last_number(p), buf, size);
}

static const char *paragraphs_label(const struct nd_protocol *p)
{
	return p->items ? "Punkter" : "Paragrafer";
}

/* Add line as a field (label on the first, n counts them) and empty it. */
static void field_line(struct nd_doc *doc, const char *label, int *n, struct strbuf *line)
{
	doc_field(doc, (*n)++ ? NULL : label, strbuf_str(line));
	strbuf_free(line);
}

static int seat_cmp(const void *x, const void *y)
{
	const struct seat_ref *a = x, *b = y;
	if (a->a->seat != b->a->seat)
		return a->a->seat < b->a->seat ? -1 : 1;
	if ((a->a->status == PRES_SERVING) != (b->a->status == PRES_SERVING))
		return a->a->status == PRES_SERVING ? 1 : -1;
	/* Ersättare in one seat one after the other (a chain): in § order. */
	if (a->a->status == PRES_SERVING && a->a->from != b->a->from)
		return a->a->from < b->a->from ? -1 : 1;
	if (a->a->own_seat != b->a->own_seat)
		return a->a->own_seat < b->a->own_seat ? -1 : 1;
	return a->i < b->i ? -1 : a->i > b->i;
}

/* Indexes of p->att in the body's order (malloc'ed; NULL on out of
 * memory, when the stored order is used). */
static size_t *seat_order(const struct nd_protocol *p)
{
	struct seat_ref *refs = malloc((p->natt ? p->natt : 1) * sizeof *refs);
	size_t *order = malloc((p->natt ? p->natt : 1) * sizeof *order);
	if (!refs || !order) {
		free(refs);
		free(order);
		return NULL;
	}
	for (size_t i = 0; i < p->natt; i++)
		refs[i] = (struct seat_ref){ &p->att[i], i };
	qsort(refs, p->natt, sizeof *refs, seat_cmp);
	for (size_t i = 0; i < p->natt; i++)
		order[i] = refs[i].i;
	free(refs);
	return order;
}

static bool is_vacant(const struct nd_protocol *p, long long person)
{
	for (size_t v = 0; v < p->nvacant; v++)
		if (p->vacant[v].who.id == person)
			return true;
	return false;
}

/* True when an ersättare serves in the vacant seat at paragraph number
 * (any paragraph when number is 0). */
static bool vacant_served(const struct nd_protocol *p, long long seat, int number)
{
	for (size_t i = 0; i < p->natt; i++) {
		const struct nd_patt *a = &p->att[i];
		if (a->status == PRES_SERVING && a->replaces.id == seat &&
		    (!number || (number >= a->from && (!a->to || number <= a->to))))
			return true;
	}
	return false;
}

/* The vacant seats (schema 030) on a line of their own, not among the
 * Beslutande, since nobody in them decided anything: "Vakant (M)", or
 * "Vakant (M), §§ 1–2" when an ersättare served in it at the other §§,
 * the way partial attendance is written for a person. */
static void vacant_fields(struct nd_doc *doc, const struct nd_protocol *p)
{
	struct strbuf line = { 0 };
	int n = 0;
	for (size_t v = 0; v < p->nvacant; v++) {
		long long seat = p->vacant[v].who.id;
		size_t open = 0, runs = 0;
		char range[48];
		if (!p->nparagraphs && vacant_served(p, seat, 0))
			continue;
		person_full(&line, &p->vacant[v].who, false, p->org);
		/* Runs of consecutive paragraphs nobody served in it. */
		for (size_t i = 0; i <= p->nparagraphs && p->nparagraphs; i++) {
			bool empty = i < p->nparagraphs &&
				     !vacant_served(p, seat, p->paragraphs[i].number);
			if (empty) {
				if (!open++)
					runs++;
				continue;
			}
			if (!open)
				continue;
			if (open < p->nparagraphs) {
				strbuf_add(&line, ", ");
				span(p, p->paragraphs[i - open].number,
				     p->paragraphs[i - 1].number, range, sizeof range);
				strbuf_add(&line, range);
			}
			open = 0;
		}
		if (p->nparagraphs && !runs) {
			strbuf_free(&line);
			continue;
		}
		field_line(doc, "Vakanta platser", &n, &line);
	}
}

/* Beslutande in the body's order (ordförande, vice ordförande, the
 * member list), a tjänstgörande ersättare in the seat of the one
 * replaced; then the vacant seats nobody serves in, on their own line. */
static void people_fields(struct nd_doc *doc, const struct nd_protocol *p)
{
	struct strbuf line = { 0 };
	char range[48];
	int n = 0;
	bool recorded = protocol_attendance_recorded(p);
	if (!recorded)
		doc_field(doc, "Beslutande", "(Närvaron är inte antecknad.)");
	size_t *order = seat_order(p);
	for (size_t k = 0; k < p->natt; k++) {
		const struct nd_patt *a = &p->att[order ? order[k] : k];
		bool serving = a->status == PRES_SERVING;
		if (!serving && a->status != PRES_PRESENT)
			continue;
		person_full(&line, &a->who, false, p->org);
		part(p, a->from, a->to, range, sizeof range);
		if (serving) {
			strbuf_add(&line, ", tjänstgörande ersättare för ");
			person(&line, &a->replaces);
		} else if (a->role && strcmp(a->role, "ledamot")) {
			strbuf_add(&line, ", ");
			strbuf_add(&line, a->role);
		}
		strbuf_add(&line, range);
		/* Presiding for some §§ (schema 026): said on the person's line. */
		for (size_t r = 0; r < p->nroles; r++) {
			char rr[48];
			if (strcmp(p->roles[r].role, "ordförande") != 0 ||
			    p->roles[r].who.id != a->who.id)
				continue;
			role_range(p, &p->roles[r], rr, sizeof rr);
			strbuf_add(&line, ", tjänstgörande ordförande");
			strbuf_add(&line, *rr ? " " : "");
			strbuf_add(&line, rr);
		}
		field_line(doc, "Beslutande", &n, &line);
	}
	if (recorded)
		vacant_fields(doc, p);
	free(order);
	static const struct { enum nd_presence status; const char *label; } others[] = {
		{ PRES_ERSATTARE, "Ersättare" }, { PRES_OTHER, "Övriga" },
	};
	for (size_t k = 0; k < 2; k++) {
		n = 0;
		for (size_t i = 0; i < p->natt; i++) {
			const struct nd_patt *a = &p->att[i];
			if (a->status != others[k].status)
				continue;
			part(p, a->from, a->to, range, sizeof range);
			person_full(&line, &a->who, a->status == PRES_OTHER, p->org);
			strbuf_add(&line, range);
			field_line(doc, others[k].label, &n, &line);
		}
	}
	/* Frånvarande: seats never present, and ledamöter absent for part.
	 * Before attendance is recorded only those recorded absent (a
	 * förhinder) are: the others' presence is not known. */
	n = 0;
	for (size_t s = 0; s < p->nseats; s++) {
		bool present = false;
		if (is_vacant(p, p->seats[s].id))
			continue;
		for (size_t i = 0; i < p->natt; i++)
			present |= p->att[i].who.id == p->seats[s].id &&
				   p->att[i].status == PRES_PRESENT;
		if (!present && recorded) {
			person_full(&line, &p->seats[s], false, p->org);
			field_line(doc, "Frånvarande", &n, &line);
			continue;
		}
		for (size_t i = 0; i < p->natt; i++) {
			const struct nd_patt *a = &p->att[i];
			if (a->who.id != p->seats[s].id || a->status != PRES_ABSENT)
				continue;
			part(p, a->from, a->to, range, sizeof range);
			person_full(&line, &p->seats[s], false, p->org);
			strbuf_add(&line, range);
			field_line(doc, "Frånvarande", &n, &line);
		}
	}
}

static void justering_fields(struct nd_doc *doc, const struct nd_protocol *p)
{
	struct strbuf t = { 0 };
	size_t n = 0, standby = 0;
	for (size_t i = 0; i < p->njusterare; i++) {
		strbuf_add(&t, n++ ? ", " : "");
		strbuf_add(&t, p->justerare[i].name);
	}
	/* A justerare for some §§, and the ersättande justerare (schema 026). */
	for (size_t i = 0; i < p->nroles; i++) {
		if (strcmp(p->roles[i].role, "justerare") == 0) {
			strbuf_add(&t, n++ ? ", " : "");
			role_who(&t, p, &p->roles[i]);
		}
		standby += strcmp(p->roles[i].role, "ersättande justerare") == 0;
	}
	/* "…; ersättare Olof Ek": who justerar if a justerare cannot. */
	for (size_t i = 0, k = 0; i < p->nroles && standby; i++)
		if (strcmp(p->roles[i].role, "ersättande justerare") == 0) {
			strbuf_add(&t, k++ ? ", " : n ? "; ersättare " : "Ersättare ");
			role_who(&t, p, &p->roles[i]);
		}
	if (n || standby)
		doc_field(doc, "Utses att justera", strbuf_str(&t));
	strbuf_free(&t);
	if (p->justering_place || p->justering_date) {
		strbuf_add(&t, p->justering_place);
		strbuf_add(&t, p->justering_place && p->justering_date ? ", " : "");
		strbuf_add(&t, p->justering_date);
		doc_field(doc, "Justeringens plats och tid", strbuf_str(&t));
		strbuf_free(&t);
	}
}

static void checksum(struct nd_doc *doc, const char *what, const char *sha)
{
	char line[300];
	snprintf(line, sizeof line, "Kontrollsumma (SHA-256) för %s kanoniska text:\n%s", what,
		 sha);
	doc_para(doc, line);
}

/* "Ja:" names count rows and the result. */
static void vote_blocks(struct nd_doc *doc, const struct nd_pparagraph *g)
{
	static const struct doc_column cols[] = {
		{ NULL, 7, 7, DOC_LEFT, false },
		{ NULL, 20, 0, DOC_LEFT, true },
		{ NULL, 2, 3, DOC_RIGHT, false },
	};
	static const char *const labels[] = { "Ja:", "Nej:", "Avstår:" };
	int count[3] = { 0, 0, 0 };
	char num[16];
	doc_subheading(doc, "Omröstning");
	if (g->vote_question)
		doc_para(doc, g->vote_question);
	doc_table_begin(doc, 3, cols);
	for (int c = 0; c < 3; c++) {
		struct strbuf t = { 0 };
		for (size_t i = 0; i < g->nvotes; i++) {
			if ((int)g->votes[i].choice != c)
				continue;
			strbuf_add(&t, count[c]++ ? ", " : "");
			person(&t, &g->votes[i].who);
		}
		snprintf(num, sizeof num, "%d", count[c]);
		const char *cells[] = { labels[c], count[c] ? strbuf_str(&t) : "–", num };
		doc_table_row(doc, cells);
		strbuf_free(&t);
	}
	char line[200];
	snprintf(line, sizeof line, "Omröstningsresultat: %d ja, %d nej, %d avstår.%s",
		 count[0], count[1], count[2], count[0] == count[1] ?
		 " Lika röstetal: ordförandens röst avgör." : "");
	doc_para(doc, line);
}

/* The heading and t's text as one paragraph, when n > 0; frees t. */
static void text_para(struct nd_doc *doc, const char *heading, struct strbuf *t, size_t n)
{
	if (n) {
		doc_subheading(doc, heading);
		doc_para(doc, strbuf_str(t));
	}
	strbuf_free(t);
}

static void recipients(struct nd_doc *doc, const struct nd_pparagraph *g)
{
	static const char *const purposes[] = { "för vidare hantering", "för kännedom" };
	static const char *const labels[] = { "För vidare hantering: ", "För kännedom: " };
	struct strbuf t = { 0 };
	if (!g->nrecipients)
		return;
	doc_subheading(doc, "Beslutet skickas till");
	for (int k = 0; k < 2; k++) {
		int n = 0;
		for (size_t i = 0; i < g->nrecipients; i++) {
			if (strcmp(g->recipients[i].purpose, purposes[k]) != 0)
				continue;
			strbuf_add(&t, n++ ? ", " : t.len ? "\n" : "");
			if (n == 1)
				strbuf_add(&t, labels[k]);
			strbuf_add(&t, g->recipients[i].recipient);
		}
	}
	doc_para(doc, strbuf_str(&t));
	strbuf_free(&t);
}

/* One paragraph, as the protokoll and the utdrag show it. User text
 * grows in a struct strbuf: it is never cut. */
static void paragraph_blocks(struct nd_doc *doc, const struct nd_protocol *p,
			     const struct nd_pparagraph *g, const struct doc_opts *opts)
{
	char line[200], num[32];
	struct strbuf t = { 0 };
	bool hidden = g->confidential && opts && opts->public_only;
	number_label(p, g->number, num, sizeof num);
	strbuf_add(&t, num);
	strbuf_add(&t, "  ");
	strbuf_add(&t, hidden ? "Sekretess" : g->title);
	doc_heading(doc, strbuf_str(&t));
	strbuf_free(&t);
	if (g->dnr) {
		strbuf_add(&t, "Dnr ");
		strbuf_add(&t, g->dnr);
		doc_para(doc, strbuf_str(&t));
		strbuf_free(&t);
	}
	if (hidden) {
		doc_para(doc, "Paragrafen omfattas av sekretess och redovisas inte i den här "
			 "versionen av protokollet.");
		return;
	}
	/* Who presided or kept the minutes for this § when not the whole
	 * meeting's (schema 026). */
	for (size_t i = 0; i < p->nroles; i++) {
		const struct nd_prole *r = &p->roles[i];
		bool chair = strcmp(r->role, "ordförande") == 0;
		char range[48];
		role_range(p, r, range, sizeof range);
		if ((!chair && strcmp(r->role, "sekreterare") != 0) || !*range ||
		    !protocol_role_covers(r, g->number))
			continue;
		strbuf_add(&t, chair ? "Tjänstgörande ordförande: " : "Sekreterare: ");
		person(&t, &r->who);
		doc_para(doc, strbuf_str(&t));
		strbuf_free(&t);
	}
	if (g->presenter) {
		strbuf_add(&t, "Föredragande: ");
		strbuf_add(&t, g->presenter);
		doc_para(doc, strbuf_str(&t));
		strbuf_free(&t);
	}
	if (g->ndocs) {
		doc_subheading(doc, "Beslutsunderlag");
		for (size_t i = 0; i < g->ndocs; i++) {
			strbuf_add(&t, g->docs[i].title);
			strbuf_add(&t, g->docs[i].date ? " " : "");
			strbuf_add(&t, g->docs[i].date);
			doc_list_item(doc, strbuf_str(&t));
			strbuf_free(&t);
		}
	}
	if (g->account) {
		doc_subheading(doc, "Ärendet");
		doc_para(doc, g->account);
	}
	for (size_t i = 0; i < g->nmotions; i++) {
		strbuf_add(&t, i ? "\n" : "");
		strbuf_add(&t, g->motions[i].text);
	}
	text_para(doc, "Yrkanden", &t, g->nmotions);
	if (g->proposition) {
		doc_subheading(doc, "Propositionsordning");
		doc_para(doc, g->proposition);
	}
	if (g->nvotes)
		vote_blocks(doc, g);
	doc_subheading(doc, "Beslut");
	doc_para(doc, g->decision ? g->decision : "(Beslut saknas.)");
	if (g->immediate) {
		if (g->justerad_on)
			snprintf(line, sizeof line, "Paragrafen justerades omedelbart %s.",
				 g->justerad_on);
		else
			snprintf(line, sizeof line, "Paragrafen förklaras omedelbart justerad.");
		doc_para(doc, line);
	}
	if (g->nreservations)
		doc_subheading(doc, g->nreservations > 1 ? "Reservationer" : "Reservation");
	for (size_t i = 0; i < g->nreservations; i++) {
		const struct nd_preservation *r = &g->reservations[i];
		person(&t, &r->who);
		strbuf_add(&t, " reserverar sig mot beslutet");
		strbuf_add(&t, r->reason ? " med följande motivering:" : r->promised ?
			" och lämnar en skriftlig reservation." : ".");
		doc_para(doc, strbuf_str(&t));
		strbuf_free(&t);
		if (r->reason)
			doc_para(doc, r->reason);
	}
	for (size_t i = 0; i < g->nnotes; i++) {
		strbuf_add(&t, i ? "\n" : "");
		if (g->notes[i].who.id) {
			person(&t, &g->notes[i].who);
			strbuf_add(&t, ": ");
		}
		strbuf_add(&t, g->notes[i].text);
	}
	text_para(doc, g->nnotes > 1 ? "Protokollsanteckningar" : "Protokollsanteckning", &t,
		  g->nnotes);
	for (size_t i = 0; i < g->nrecusals; i++) {
		strbuf_add(&t, i ? "\n" : "");
		person(&t, &g->recusals[i].who);
		strbuf_add(&t, " anmäler jäv och deltar inte i handläggningen.");
		if (g->recusals[i].by.id) {
			strbuf_add(&t, " ");
			person(&t, &g->recusals[i].by);
			strbuf_add(&t, " tjänstgör i stället.");
		}
	}
	text_para(doc, "Jäv", &t, g->nrecusals);
	recipients(doc, g);
}

static char *copy(const char *s)
{
	return s ? strdup(s) : NULL;
}

/* The header's facts from the protokoll itself, so a justerat one's
 * header is its record's (the body's and organisation's names then). */
static enum nd_err info_from(const struct nd_protocol *p, struct meeting_info *mi)
{
	mi->id = p->meeting;
	mi->org = copy(p->org ? p->org : "");
	mi->committee = copy(p->committee);
	mi->code = copy(p->code);
	mi->place = copy(p->place);
	mi->status = copy(p->status);
	snprintf(mi->date_iso, sizeof mi->date_iso, "%s", p->date ? p->date : "");
	if (!p->start || time_parse(p->start, &mi->start))
		mi->start = -1;
	if (!p->end || time_parse(p->end, &mi->end))
		mi->end = -1;
	mi->notice_days = p->notice_days;
	if (!mi->org || !mi->committee || !mi->code || !mi->status ||
	    (p->place && !mi->place))
		return nd_fail(ND_ENOMEM, "Minnet räckte inte.");
	return date_parse(mi->date_iso, &mi->date);
}

/* The protokoll as paragraph number's documents see it (0: the whole). */
static enum nd_err load(struct nd_db *db, long long meeting, int number,
			struct nd_protocol **p, struct meeting_info *mi, struct nd_doc **doc,
			const char *name)
{
	enum nd_err e;
	*doc = NULL;
	memset(mi, 0, sizeof *mi);
	if ((e = protocol_load_for(db, meeting, number, p)) || (e = info_from(*p, mi)))
		return e;
	if (!(*doc = doc_new(name)))
		return nd_fail(ND_ENOMEM, "Minnet räckte inte.");
	return ND_OK;
}

/* Hand over doc on success; free everything. */
static enum nd_err finish(enum nd_err e, struct nd_protocol *p, struct meeting_info *mi,
			  struct nd_doc *doc, struct nd_doc **out)
{
	if (!e)
		e = doc_status(doc);
	if (!e) {
		*out = doc;
		doc = NULL;
	}
	doc_free(doc);
	protocol_free(p);
	meeting_info_free(mi);
	return e;
}

/* A signature line for each holder of role for some §§: "Ordförande
 * ....  Peter Eriksson (§§ 43–44)" (schema 026). */
static void role_signatures(struct nd_doc *doc, const struct nd_protocol *p, const char *role,
			    const char *label)
{
	for (size_t i = 0; i < p->nroles; i++) {
		struct strbuf t = { 0 };
		if (strcmp(p->roles[i].role, role) != 0)
			continue;
		role_who(&t, p, &p->roles[i]);
		doc_signature(doc, label, strbuf_str(&t));
		strbuf_free(&t);
	}
}

enum nd_err protokoll_build(struct nd_db *db, long long meeting, const struct doc_opts *opts,
			    struct nd_doc **out)
{
	struct nd_protocol *p = NULL;
	struct meeting_info mi;
	struct nd_doc *doc;
	char line[600];
	enum nd_err e;

	*out = NULL;
	if ((e = load(db, meeting, 0, &p, &mi, &doc, "Protokoll")))
		return finish(e, p, &mi, doc, out);
	meeting_doc_header(doc, &mi, "PROTOKOLL");
	doc_fields_begin(doc, 17);
	place_time(doc, p);
	people_fields(doc, p);
	justering_fields(doc, p);
	paragraphs_span(p, line, sizeof line);
	doc_field(doc, paragraphs_label(p), line);
	doc_heading(doc, "Underskrifter");
	doc_signature(doc, "Sekreterare", p->secretary.name ? p->secretary.name : "");
	role_signatures(doc, p, "sekreterare", "Sekreterare");
	doc_signature(doc, "Ordförande", p->chair.name ? p->chair.name : "");
	role_signatures(doc, p, "ordförande", "Ordförande");
	for (size_t i = 0; i < p->njusterare; i++)
		doc_signature(doc, "Justerande", p->justerare[i].name);
	role_signatures(doc, p, "justerare", "Justerande");
	if (p->justerad_on && p->sha256) {
		snprintf(line, sizeof line, "Protokollet justerades %s.", p->justerad_on);
		doc_para(doc, line);
		checksum(doc, "protokollets", p->sha256);
	}
	for (size_t i = 0; i < p->nparagraphs; i++) {
		doc_page_break(doc);
		paragraph_blocks(doc, p, &p->paragraphs[i], opts);
	}
	if (p->nrattelser) {
		doc_page_break(doc);
		doc_heading(doc, "Rättelser");
		for (size_t i = 0; i < p->nrattelser; i++) {
			char where[40] = "";
			if (p->rattelser[i].number) {
				where[0] = ' ';
				where[1] = '(';
				span(p, p->rattelser[i].number, p->rattelser[i].number, where + 2,
				     sizeof where - 3);
				strcat(where, ")");
			}
			struct strbuf t = { 0 };
			strbuf_add(&t, p->rattelser[i].made_on);
			strbuf_add(&t, where);
			strbuf_add(&t, ": ");
			strbuf_add(&t, p->rattelser[i].text);
			doc_para(doc, strbuf_str(&t));
			strbuf_free(&t);
		}
	}
	return finish(ND_OK, p, &mi, doc, out);
}

enum nd_err utdrag_set_build(struct nd_db *db, long long meeting, const int *numbers,
			     size_t n, const struct doc_opts *opts, struct nd_doc **out)
{
	struct nd_protocol *p = NULL;
	struct meeting_info mi;
	struct nd_doc *doc;
	const struct nd_pparagraph **g = NULL;
	struct strbuf list = { 0 };
	char line[600];
	const char *on = NULL;
	bool same = true;
	enum nd_err e;

	*out = NULL;
	if ((e = load(db, meeting, n == 1 ? numbers[0] : 0, &p, &mi, &doc, "Protokollsutdrag")))
		return finish(e, p, &mi, doc, out);
	if (n == 0 || !(g = calloc(n, sizeof *g)))
		return finish(n ? nd_fail(ND_ENOMEM, "Minnet räckte inte.") :
			      nd_fail(ND_EINVAL, "Ett utdrag behöver minst en paragraf."),
			      p, &mi, doc, out);
	for (size_t i = 0; i < n; i++) {
		if (!(g[i] = protocol_paragraph(p, numbers[i]))) {
			free(g);
			return finish(nd_fail(ND_ENOTFOUND, "Sammanträdet har ingen § %d.",
					      numbers[i]), p, &mi, doc, out);
		}
		/* Justerat when each paragraph is, by itself or with the whole. */
		const char *gon = g[i]->justerad_on ? g[i]->justerad_on : p->justerad_on;
		if (i == 0)
			on = gon;
		else if (!on != !gon || (on && strcmp(on, gon) != 0))
			same = false;
	}
	meeting_doc_header(doc, &mi, "PROTOKOLLSUTDRAG");
	doc_fields_begin(doc, 0);
	place_time(doc, p);
	if (n == 1) {
		if (p->items)
			snprintf(line, sizeof line, "%d", numbers[0]);
		else
			span(p, numbers[0], numbers[0], line, sizeof line);
		doc_field(doc, p->items ? "Punkt" : "Paragraf", line);
	} else {
		for (size_t i = 0; i < n; i++)
			strbuf_printf(&list, p->items ? "%s%d" : "%s§" NBSP "%d", i ? ", " : "",
				      numbers[i]);
		doc_field(doc, paragraphs_label(p), strbuf_str(&list));
		strbuf_free(&list);
	}
	if (same) {
		doc_field(doc, "Justerat", on ? on : "Ej justerat");
	} else { /* on different days, or some not yet */
		for (size_t i = 0; i < n; i++) {
			const char *gon = g[i]->justerad_on ? g[i]->justerad_on : p->justerad_on;
			span(p, g[i]->number, g[i]->number, line, sizeof line);
			strbuf_printf(&list, "%s%s %s", i ? ", " : "", line,
				      gon ? gon : "ej justerad");
		}
		doc_field(doc, "Justerat", strbuf_str(&list));
		strbuf_free(&list);
	}
	for (size_t i = 0; i < n; i++) {
		if (i)
			doc_page_break(doc);
		paragraph_blocks(doc, p, g[i], opts);
	}
	doc_signature(doc, "Utdragsbestyrkande", p->secretary.name ? p->secretary.name : "");
	for (size_t i = 0; i < n; i++)
		if (g[i]->sha256) {
			char whose[40];
			if (n == 1)
				snprintf(whose, sizeof whose, p->items ? "punktens" : "paragrafens");
			else
				span(p, g[i]->number, g[i]->number, whose, sizeof whose - 2);
			if (n > 1)
				strcat(whose, ":s");
			checksum(doc, whose, g[i]->sha256);
		}
	if (p->justerad_on && p->sha256) {
		bool all_own = true;
		for (size_t i = 0; i < n; i++)
			all_own = all_own && g[i]->sha256;
		if (!all_own)
			checksum(doc, "protokollets", p->sha256);
	}
	free(g);
	return finish(ND_OK, p, &mi, doc, out);
}

enum nd_err utdrag_build(struct nd_db *db, long long meeting, int number,
			 const struct doc_opts *opts, struct nd_doc **out)
{
	return utdrag_set_build(db, meeting, &number, 1, opts, out);
}

/* The anslag of the protokoll (number 0) or of an omedelbart justerad
 * paragraph announced before the rest. */
static enum nd_err anslag_doc(struct nd_db *db, long long meeting, int number,
			      struct nd_doc **out)
{
	struct nd_protocol *p = NULL;
	struct meeting_info mi;
	struct nd_doc *doc;
	const struct nd_pparagraph *g = NULL;
	struct nd_date m, j, a;
	struct nd_deadlines dl;
	struct nd_rules r;
	char line[600], d1[11], d2[11];
	enum nd_err e;

	*out = NULL;
	if ((e = load(db, meeting, number, &p, &mi, &doc, "Anslag")))
		return finish(e, p, &mi, doc, out);
	if (number && !(g = protocol_paragraph(p, number)))
		return finish(nd_fail(ND_ENOTFOUND, "Sammanträdet har ingen § %d.", number), p,
			      &mi, doc, out);
	/* A body without an anslag has none to print, and one without an
	 * appeal period prints no last day to appeal. */
	if ((e = rules_paragraph(db, meeting, number, &r)))
		return finish(e, p, &mi, doc, out);
	if (!r.anslag)
		return finish(nd_fail(ND_EINVAL, "Organet har inget anslag enligt sina regler "
				      "(%s, %s).", r.kind, r.basis), p, &mi, doc, out);
	const char *jon = g ? (g->sha256 ? g->justerad_on : NULL) : p->justerad_on;
	const char *aon = g ? g->anslag_on : p->anslag_on;
	const char *sha = g ? g->sha256 : p->sha256;
	if (!jon || !aon)
		return finish(nd_fail(ND_EINVAL, "Anslaget för %s kan inte skrivas: %s.",
				      g ? "paragrafen" : "sammanträdet",
				      !jon ? (g ? "den är inte omedelbart justerad" :
					      "protokollet är inte justerat") :
				      "dagen det sätts upp är inte antecknad (A i Protokollet, "
				      "eller namnd anslag SAMMANTRÄDE --date ÅÅÅÅ-MM-DD)"), p,
				      &mi, doc, out);
	if ((e = date_parse(p->date, &m)) || (e = date_parse(jon, &j)) ||
	    (e = date_parse(aon, &a)))
		return finish(e, p, &mi, doc, out);
	deadlines_for(m, p->notice_days, r.justering_days, r.anslag, r.appeal, &j, &a, &dl);
	meeting_doc_header(doc, &mi, "ANSLAG / BEVIS");
	if (g) {
		char which[40];
		span(p, number, number, which, sizeof which);
		snprintf(line, sizeof line, "Justeringen av %s, omedelbart justerad, har "
			 "tillkännagivits genom anslag.", which);
		doc_para(doc, line);
	} else {
		doc_para(doc, "Justeringen av protokollet har tillkännagivits genom anslag.");
	}
	doc_fields_begin(doc, 0);
	doc_field(doc, "Organ", p->committee);
	doc_field(doc, "Sammanträdesdatum", p->date);
	if (g && p->items)
		snprintf(line, sizeof line, "%d", number);
	else if (g)
		span(p, number, number, line, sizeof line);
	else
		paragraphs_span(p, line, sizeof line);
	doc_field(doc, g ? (p->items ? "Punkt" : "Paragraf") : paragraphs_label(p), line);
	doc_field(doc, "Justerat", jon);
	doc_field(doc, "Anslaget sätts upp", aon);
	date_format(dl.appeal_end, d1);
	date_format(dl.takedown, d2);
	if (dl.appeal)
		doc_field(doc, "Överklagandetiden går ut", d1);
	doc_field(doc, "Anslaget tas ned", d2);
	doc_field(doc, "Förvaringsplats", p->archive_place ? p->archive_place : "–");
	if (p->anslag_place)
		doc_field(doc, "Anslagstavla", p->anslag_place);
	if (sha)
		checksum(doc, g ? "paragrafens" : "protokollets", sha);
	return finish(ND_OK, p, &mi, doc, out);
}

enum nd_err anslag_build(struct nd_db *db, long long meeting, const struct doc_opts *opts,
			 struct nd_doc **out)
{
	(void)opts;
	return anslag_doc(db, meeting, 0, out);
}

enum nd_err anslag_paragraph_build(struct nd_db *db, long long meeting, int number,
				   const struct doc_opts *opts, struct nd_doc **out)
{
	(void)opts;
	return anslag_doc(db, meeting, number, out);
}

enum nd_err beslutslista_build(struct nd_db *db, long long meeting,
			       const struct doc_opts *opts, struct nd_doc **out)
{
	static const struct doc_column cols[] = {
		{ "§", 4, 6, DOC_LEFT, false },
		{ "Ärende", 16, 0, DOC_LEFT, true },
		{ "Dnr", 7, 14, DOC_LEFT, DOC_WRAP_WORDS },
		{ "Beslut", 24, 0, DOC_LEFT, true },
	};
	/* Items numbered per meeting: a "Punkt" column of plain numbers. */
	static const struct doc_column item_cols[] = {
		{ "Punkt", 5, 6, DOC_LEFT, false },
		{ "Ärende", 16, 0, DOC_LEFT, true },
		{ "Dnr", 7, 14, DOC_LEFT, DOC_WRAP_WORDS },
		{ "Beslut", 24, 0, DOC_LEFT, true },
	};
	struct nd_protocol *p = NULL;
	struct meeting_info mi;
	struct nd_doc *doc;
	enum nd_err e;

	*out = NULL;
	if ((e = load(db, meeting, 0, &p, &mi, &doc, "Beslutslista")))
		return finish(e, p, &mi, doc, out);
	meeting_doc_header(doc, &mi, "BESLUTSLISTA");
	if (!p->nparagraphs) {
		doc_para(doc, "(Inga paragrafer.)");
		return finish(ND_OK, p, &mi, doc, out);
	}
	doc_table_begin(doc, 4, p->items ? item_cols : cols);
	for (size_t i = 0; i < p->nparagraphs; i++) {
		const struct nd_pparagraph *g = &p->paragraphs[i];
		bool hidden = g->confidential && opts && opts->public_only;
		char num[16];
		snprintf(num, sizeof num, p->items ? "%d" : "§" NBSP "%d", g->number);
		const char *cells[] = { num, hidden ? "Sekretess" : g->title, g->dnr,
					hidden ? "Sekretess" : g->decision ? g->decision : "–" };
		doc_table_row(doc, cells);
	}
	return finish(ND_OK, p, &mi, doc, out);
}
