/* After the meeting, from the Protokoll screen: the choice of justerare
 * (picked among those who served), the anslag with the dates it leads to
 * shown before it is recorded, a rättelse of the justerat protokoll, and
 * the deadlines line of a justerat protokoll. */
#include "minutes.h"
#include "namnd/rules.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/justering.h"
#include "namnd/meeting_role.h"
#include "namnd/paragraph.h"
#include "namnd/protocol.h"
#include "namnd/strbuf.h"

bool minutes_justerare(struct tui *t, long long meeting)
{
	struct nd_protocol *p = NULL;
	struct people cand = { 0 };
	long long chosen[4];
	size_t n = 0;
	struct strbuf names = { 0 };
	bool done = false;
	enum nd_err e;
	if ((e = protocol_load(t->db, meeting, &p)))
		goto out;
	if (p->justerad_on) {
		tui_msg(t, "Protokollet justerades %s; justerarna kan inte bytas.", p->justerad_on);
		goto out;
	}
	for (size_t i = 0; i < p->nparagraphs; i++)
		if (p->paragraphs[i].justerad_on) {
			char num[32];
			tui_num(p->paragraphs[i].item, p->paragraphs[i].number, num, sizeof num);
			tui_msg(t, "%s justerades omedelbart %s av de valda justerarna; de kan "
				"inte bytas.", tui_cap(num), p->paragraphs[i].justerad_on);
			goto out;
		}
	/* Those serving at the meeting: present ledamöter and tjänstgörande
	 * ersättare, the ordförande aside (who justerar anyway). */
	people_add(&cand, 0, "Inga fler", NULL);
	for (size_t i = 0; i < p->natt; i++) {
		const struct nd_patt *a = &p->att[i];
		if ((a->status == PRES_PRESENT || a->status == PRES_SERVING) &&
		    a->who.id != p->chair.id)
			people_add(&cand, a->who.id, a->who.name, a->who.party);
	}
	if (cand.n == 1) {
		tui_msg(t, "Ingen tjänstgör vid sammanträdet; anteckna närvaron först (n på "
			"Sammanträdet).");
		goto out;
	}
	/* One or two under the kommunallag (KL 5:69), up to four for a
	 * body with its own rules. */
	while (n < (meeting_role_law(p) ? 2u : 4u) && cand.n > 1) {
		char title[80];
		int i;
		snprintf(title, sizeof title, n ? "Justerare %zu (Inga fler: klart)" :
			 "Justerare %zu", n + 1);
		/* The first is required: "Inga fler" is offered from the second. */
		i = tui_pick_find(t, title, (const char *const *)cand.label + (n ? 0 : 1),
				  cand.n - (n ? 0 : 1));
		if (i < 0) {
			tui_msg(t, "Avbrutet; ingenting ändrades.");
			goto out;
		}
		i += n ? 0 : 1;
		if (i == 0)
			break;
		chosen[n++] = cand.id[i];
		strbuf_add(&names, n == 1 ? "" : ", ");
		strbuf_add(&names, cand.label[i]);
		/* Not twice. */
		free(cand.label[i]);
		memmove(&cand.label[i], &cand.label[i + 1], (size_t)(cand.n - i - 1) *
			sizeof *cand.label);
		memmove(&cand.id[i], &cand.id[i + 1], (size_t)(cand.n - i - 1) * sizeof *cand.id);
		cand.n--;
	}
	do
		e = justerare_set(t->db, meeting, chosen, n);
	while (tui_busy(t, e));
	if (!e) {
		tui_msg(t, "Justerare: %s.", strbuf_str(&names));
		done = true;
	}
out:
	if (e)
		tui_err(t, e);
	strbuf_free(&names);
	people_free(&cand);
	protocol_free(p);
	return done;
}

/* Deadlines of the protokoll (g NULL) or of an omedelbart justerad
 * paragraph, with the anslag on *posted when it is not yet recorded. */
static enum nd_err dates_of(const struct nd_protocol *p, const struct nd_pparagraph *g,
			    const struct nd_date *posted, const struct nd_rules *r,
			    struct nd_deadlines *dl)
{
	struct nd_date meeting, justerad, anslag;
	const char *j = g ? g->justerad_on : p->justerad_on;
	const char *a = g ? g->anslag_on : p->anslag_on;
	enum nd_err e;
	if ((e = date_parse(p->date, &meeting)) || (j && (e = date_parse(j, &justerad))) ||
	    (a && (e = date_parse(a, &anslag))))
		return e;
	deadlines_for(meeting, p->notice_days, r->justering_days, r->anslag, r->appeal,
		      j ? &justerad : NULL, a ? &anslag : posted, dl);
	return ND_OK;
}

bool minutes_anslag(struct tui *t, long long meeting, int number, char *preview,
		    size_t size)
{
	struct nd_protocol *p = NULL;
	const struct nd_pparagraph *g = NULL;
	struct nd_deadlines dl;
	struct nd_rules r;
	struct nd_date today, posted;
	char *text = NULL, def[11], due[11], end[11], down[11], label[120], what[40];
	char appeal[80] = "";
	bool done = false;
	enum nd_err e;
	preview[0] = '\0';
	if ((e = protocol_load(t->db, meeting, &p)) || (e = date_today(&today)) ||
	    (e = rules_paragraph(t->db, meeting, number, &r)))
		goto out;
	if (!r.anslag) {
		tui_msg(t, "Organet har inget anslag enligt sina regler (%s, %s).", r.kind,
			r.basis);
		goto out;
	}
	if (number && !(g = protocol_paragraph(p, number))) {
		char num[32];
		e = nd_fail(ND_ENOTFOUND, "Sammanträdet har ingen %s.",
			    tui_num(paragraph_items(t->db, meeting), number, num, sizeof num));
		goto out;
	}
	if (g)
		tui_num(g->item, number, what, sizeof what);
	else
		snprintf(what, sizeof what, "protokollet");
	if (!(g ? g->justerad_on : p->justerad_on)) {
		tui_msg(t, "Anslaget sätts upp efter justeringen; %s är inte justerat.", what);
		goto out;
	}
	if (g ? g->anslag_on : p->anslag_on) {
		tui_msg(t, "Anslaget om %s sattes upp %s.", what, g ? g->anslag_on : p->anslag_on);
		goto out;
	}
	if ((e = dates_of(p, g, NULL, &r, &dl)))
		goto out;
	date_format(today, def);
	date_format(dl.anslag_due, due);
	snprintf(label, sizeof label, "Anslaget om %s sätts upp (senast %s)", what, due);
	if (!tui_prompt(t, label, def, &text))
		goto out;
	if ((e = date_parse(text, &posted)) || (e = dates_of(p, g, &posted, &r, &dl)))
		goto out;
	date_format(dl.appeal_end, end);
	date_format(dl.takedown, down);
	if (dl.appeal)
		snprintf(appeal, sizeof appeal, " Sista dag att överklaga: %s %s.", end,
			 date_weekday_name(date_weekday(dl.appeal_end)));
	/* The dates, before anything is recorded: the screen shows them. */
	snprintf(preview, size, "Anslaget sätts upp %s %s%s, tas ned %s.%s", text,
		 date_weekday_name(date_weekday(posted)),
		 date_cmp(posted, dl.anslag_due) > 0 ? " (efter fristen)" : "", down, appeal);
	if (!tui_confirm(t, "Anteckna anslaget med dessa datum?"))
		goto out;
	do
		e = number ? anslag_record_paragraph(t->db, meeting, number, text) :
			anslag_record(t->db, meeting, text);
	while (tui_busy(t, e));
	if (!e) {
		if (dl.appeal)
			tui_msg(t, "Anslaget sattes upp %s; överklagandetiden går ut %s.", text,
				end);
		else
			tui_msg(t, "Anslaget sattes upp %s; det tas ned %s.", text, down);
		done = true;
	}
out:
	preview[0] = '\0';
	if (e)
		tui_err(t, e);
	free(text);
	protocol_free(p);
	return done;
}

bool minutes_rattelse(struct tui *t, long long meeting, long long paragraph, int number)
{
	static const char *const which[] = { "Hela protokollet", "Den valda paragrafen" };
	char label[80], today[11];
	char *text = NULL, *date = NULL;
	struct nd_date d;
	bool done = false;
	char item[40];
	const char *items[2] = { which[0], item };
	enum nd_err e = date_today(&d);
	int i;
	if (e)
		goto out;
	char num[32];
	snprintf(item, sizeof item, "%s (%s)", which[1], tui_par(t, paragraph, number, num,
								 sizeof num));
	if ((i = tui_pick(t, "Rättelse av", items, paragraph ? 2 : 1, 0)) < 0) {
		tui_msg(t, "Avbrutet; ingenting ändrades.");
		goto out;
	}
	if (i == 0)
		paragraph = 0;
	snprintf(label, sizeof label, "Rättelse%s", i ? " av den valda paragrafen" :
		 " av protokollet");
	if (!tui_prompt(t, label, NULL, &text))
		goto out;
	date_format(d, today);
	if (!tui_prompt(t, "Rättelsens datum", today, &date))
		goto out;
	do
		e = rattelse_add(t->db, meeting, paragraph, date, text);
	while (tui_busy(t, e));
	if (!e) {
		tui_msg(t, "Rättelsen är antecknad %s; protokollet självt är oförändrat.", date);
		done = true;
	}
out:
	if (e)
		tui_err(t, e);
	free(text);
	free(date);
	return done;
}

void minutes_dates(const struct nd_protocol *p, const struct nd_pparagraph *g,
		   const struct nd_rules *r, char *buf, size_t size)
{
	struct nd_deadlines dl;
	struct nd_date today;
	char a[11], b[11], c[11];
	const char *posted = g ? g->anslag_on : p->anslag_on;
	buf[0] = '\0';
	if (!r->anslag && (g ? g->sha256 && g->justerad_on : p->justerad_on != NULL)) {
		snprintf(buf, size, "Inget anslag enligt organets regler (%s, %s)", r->kind,
			 r->basis);
		return;
	}
	if (!(g ? g->sha256 && g->justerad_on : p->justerad_on != NULL) ||
	    dates_of(p, g, NULL, r, &dl) || date_today(&today)) {
		nd_errclear();
		return;
	}
	date_format(dl.anslag_due, a);
	date_format(dl.appeal_end, b);
	date_format(dl.takedown, c);
	if (posted && dl.appeal)
		snprintf(buf, size, "Anslaget %s–%s · överklagande t.o.m. %s", posted, c, b);
	else if (posted)
		snprintf(buf, size, "Anslaget %s–%s · ingen överklagandetid", posted, c);
	else
		snprintf(buf, size, "Anslag senast %s%s (A antecknar det)", a,
			 date_cmp(today, dl.anslag_due) > 0 ? ", FÖRSENAT" : "");
}
