/* namnd motion | vote | reservation | note | recusal | expedite: what a
 * paragraph records. Each takes SAMMANTRÄDE N for the paragraph. */
#include "cli.h"
#include "namnd/paragraph.h"
#include "namnd/parnum.h"

#include <stdlib.h>
#include <string.h>

#include "namnd/minutes.h"

/* "add"/"rm"/… SAMMANTRÄDE N → the paragraph; usage names the verb. */
static int para_args(struct cli *c, struct args *a, const char *usage, long long *id)
{
	if (a->help || a->npos < 3) {
		puts(usage);
		return a->help ? -1 : EXIT_USAGE;
	}
	return cli_paragraph(c, a->pos[1], a->pos[2], NULL, id);
}

/* The --NAME option, required; usage error naming it when absent. */
static const char *need(const struct args *a, const char *name)
{
	const char *v = args_get(a, name);
	if (!v || !*v)
		cli_usage("--%s måste anges.", name);
	return v && *v ? v : NULL;
}

static int unknown(const char *verb, const char *sub, const char *known)
{
	return cli_usage("okänt kommando \"%s\" för %s (%s).", sub, verb, known);
}

/* Run rc-returning para_args and map "help shown" to EXIT_OK. */
#define PARA(usage) do { \
	int rc_ = para_args(c, a, usage, &id); \
	if (rc_) \
		return rc_ < 0 ? EXIT_OK : rc_; \
} while (0)

int cmd_motion(struct cli *c, struct args *a)
{
	static const char usage[] =
		"Användning:\n"
		"  namnd motion add SAMMANTRÄDE N --person PERSON --text YRKANDE\n"
		"  namnd motion rm SAMMANTRÄDE N NR\n"
		"\nYrkanden i paragraf N, i den ordning de görs. Bara ledamöter och\n"
		"tjänstgörande ersättare som deltar i paragrafen kan yrka.";
	long long id, person, mid;
	enum nd_err e;
	int rc;
	PARA(usage);
	if (strcmp(a->pos[0], "add") == 0) {
		const char *who = need(a, "person"), *text = who ? need(a, "text") : NULL;
		if (!who || !text)
			return EXIT_USAGE;
		if ((rc = cli_person(c, who, &person)))
			return rc;
		if ((e = motion_add(c->db, id, person, text, &mid)))
			return cli_fail(e);
		printf("Yrkandet är antecknat.\n");
		return EXIT_OK;
	}
	if (strcmp(a->pos[0], "rm") == 0) {
		char *end;
		long pos = a->npos == 4 ? strtol(a->pos[3], &end, 10) : 0;
		if (a->npos != 4 || *end || pos < 1 || pos > 100000)
			return cli_usage("namnd motion rm SAMMANTRÄDE N NR (yrkandets nummer 1, 2, …)");
		if ((e = motion_remove(c->db, id, (int)pos)))
			return cli_fail(e);
		printf("Yrkande %ld är borttaget.\n", pos);
		return EXIT_OK;
	}
	return unknown("motion", a->pos[0], "add, rm");
}

/* Ballots from --ja/--nej/--avstar, each repeatable and comma-separated. */
static int ballots(struct cli *c, const struct args *a, struct nd_ballot *b, size_t max,
		   size_t *n, char names[][201])
{
	*n = 0;
	for (int i = 0; i < a->nopt; i++) {
		enum nd_choice choice;
		if (!choice_parse(a->names[i], &choice))
			return cli_usage("okänt alternativ --%s för vote set (--ja, --nej, --avstar).",
					 a->names[i]);
		char list[4096];
		snprintf(list, sizeof list, "%s", a->values[i] ? a->values[i] : "");
		for (char *save = NULL, *tok = strtok_r(list, ",", &save); tok;
		     tok = strtok_r(NULL, ",", &save)) {
			while (*tok == ' ')
				tok++;
			for (char *t = tok + strlen(tok); t > tok && t[-1] == ' ';)
				*--t = '\0';
			if (!*tok)
				continue;
			if (*n == max)
				return cli_usage("för många röster (högst %zu).", max);
			int rc = cli_person(c, tok, &b[*n].person);
			if (rc)
				return rc;
			snprintf(names[*n], 201, "%s", tok);
			b[*n].name = names[*n];
			b[*n].choice = choice;
			(*n)++;
		}
	}
	return EXIT_OK;
}

int cmd_vote(struct cli *c, struct args *a)
{
	static const char usage[] =
		"Användning:\n"
		"  namnd vote set SAMMANTRÄDE N --ja \"NAMN, NAMN\" --nej NAMN --avstar NAMN\n"
		"  namnd vote clear SAMMANTRÄDE N\n"
		"\nOmröstning i paragraf N: varje tjänstgörande ledamot och ersättare röstar\n"
		"ja, nej eller avstår, och ingen annan. Voteringspropositionen skrivs med\n"
		"'namnd paragraph set SAMMANTRÄDE N --vote-question TEXT'.";
	struct nd_ballot b[128];
	static char names[128][201];
	struct nd_tally t;
	char num[PARNUM_MAX];
	size_t n;
	long long id;
	enum nd_err e;
	int rc;
	PARA(usage);
	if (strcmp(a->pos[0], "clear") == 0) {
		if ((e = vote_clear(c->db, id)))
			return cli_fail(e);
		printf("Omröstningen i %s är borttagen.\n",
		       paragraph_name(c->db, id, num, sizeof num));
		return EXIT_OK;
	}
	if (strcmp(a->pos[0], "set") != 0)
		return unknown("vote", a->pos[0], "set, clear");
	if ((rc = ballots(c, a, b, 128, &n, names)))
		return rc;
	if ((e = vote_record(c->db, id, b, n, &t)))
		return cli_fail(e);
	printf("Omröstning i %s: ja %d, nej %d, avstår %d.\n",
	       paragraph_name(c->db, id, num, sizeof num), t.ja, t.nej, t.avstar);
	if (tally_outcome(&t) == 0)
		printf("Lika röstetal: ordförandens röst avgör (utslagsröst).\n");
	return EXIT_OK;
}

int cmd_reservation(struct cli *c, struct args *a)
{
	static const char usage[] =
		"Användning:\n"
		"  namnd reservation add SAMMANTRÄDE N --person PERSON [--reason TEXT]\n"
		"                        [--written]\n"
		"  namnd reservation rm SAMMANTRÄDE N --person PERSON\n"
		"\n--written: en skriftlig reservation är utlovad (skälen ska komma in före\n"
		"justeringen); --reason eller --reason-file FIL: de skriftliga skälen.";
	long long id, person;
	enum nd_err e;
	int rc;
	PARA(usage);
	const char *who = need(a, "person");
	if (!who)
		return EXIT_USAGE;
	if ((rc = cli_person(c, who, &person)))
		return rc;
	if (strcmp(a->pos[0], "add") == 0) {
		if ((e = reservation_add(c->db, id, person, args_get(a, "reason"),
					 args_flag(a, "written"))))
			return cli_fail(e);
		printf("Reservationen är antecknad.\n");
		return EXIT_OK;
	}
	if (strcmp(a->pos[0], "rm") == 0) {
		if ((e = reservation_remove(c->db, id, person)))
			return cli_fail(e);
		printf("Reservationen är borttagen.\n");
		return EXIT_OK;
	}
	return unknown("reservation", a->pos[0], "add, rm");
}

int cmd_note(struct cli *c, struct args *a)
{
	static const char usage[] =
		"Användning:\n"
		"  namnd note add SAMMANTRÄDE N [--person PERSON] --text TEXT\n"
		"  namnd note rm SAMMANTRÄDE N ID\n"
		"\nProtokollsanteckning i paragraf N (ID visas av 'namnd paragraph show').";
	long long id, person = 0, note;
	enum nd_err e;
	int rc;
	PARA(usage);
	if (strcmp(a->pos[0], "add") == 0) {
		const char *text = need(a, "text");
		if (!text)
			return EXIT_USAGE;
		if (args_get(a, "person") && (rc = cli_person(c, args_get(a, "person"), &person)))
			return rc;
		if ((e = note_add(c->db, id, person, text, &note)))
			return cli_fail(e);
		printf("Protokollsanteckning %lld är antecknad.\n", note);
		return EXIT_OK;
	}
	if (strcmp(a->pos[0], "rm") == 0) {
		if (a->npos != 4)
			return cli_usage("namnd note rm SAMMANTRÄDE N ID");
		if ((e = id_resolve(c->db, a->pos[3], &note)) || (e = note_remove(c->db, note)))
			return cli_fail(e);
		printf("Protokollsanteckningen är borttagen.\n");
		return EXIT_OK;
	}
	return unknown("note", a->pos[0], "add, rm");
}

int cmd_recusal(struct cli *c, struct args *a)
{
	static const char usage[] =
		"Användning:\n"
		"  namnd recusal add SAMMANTRÄDE N --person PERSON [--ersattare PERSON]\n"
		"  namnd recusal rm SAMMANTRÄDE N --person PERSON\n"
		"\nJäv: ledamoten deltar inte i paragraf N och är inte närvarande där; en\n"
		"närvarande ersättare kan tjänstgöra i stället, bara för den paragrafen.";
	long long id, person, ers = 0;
	enum nd_err e;
	int rc;
	PARA(usage);
	const char *who = need(a, "person");
	if (!who)
		return EXIT_USAGE;
	if ((rc = cli_person(c, who, &person)))
		return rc;
	if (strcmp(a->pos[0], "add") == 0) {
		if (args_get(a, "ersattare") &&
		    (rc = cli_person(c, args_get(a, "ersattare"), &ers)))
			return rc;
		if ((e = recusal_add(c->db, id, person, ers)))
			return cli_fail(e);
		printf("Jävet är antecknat.\n");
		return EXIT_OK;
	}
	if (strcmp(a->pos[0], "rm") == 0) {
		if ((e = recusal_remove(c->db, id, person)))
			return cli_fail(e);
		printf("Jävet är borttaget.\n");
		return EXIT_OK;
	}
	return unknown("recusal", a->pos[0], "add, rm");
}

int cmd_expedite(struct cli *c, struct args *a)
{
	static const char usage[] =
		"Användning:\n"
		"  namnd expedite add SAMMANTRÄDE N --to MOTTAGARE\n"
		"                     [--purpose \"för vidare hantering\"|\"för kännedom\"]\n"
		"  namnd expedite rm SAMMANTRÄDE N --to MOTTAGARE\n"
		"  namnd expedite SAMMANTRÄDE --send [--maildir MAPP] [--again]\n"
		"\nExpediering: vem som får protokollsutdrag av paragraf N. --send skickar\n"
		"utdragen av justerade paragrafer med e-post, ett meddelande per mottagare\n"
		"med ett PDF-utdrag per paragraf; adressen står i mottagaren (\"Namn\n"
		"<adress>\") eller är e-posten hos personen med det namnet. Varje paragraf\n"
		"antecknar vem som fick den och när.";
	long long id;
	enum nd_err e;
	if (!a->help && a->npos == 1 && args_flag(a, "send"))
		return expedite_send_cmd(c, a);
	PARA(usage);
	const char *to = need(a, "to");
	if (!to)
		return EXIT_USAGE;
	if (strcmp(a->pos[0], "add") == 0) {
		const char *purpose = args_get(a, "purpose");
		if ((e = recipient_add(c->db, id, to, purpose ? purpose : "för kännedom")))
			return cli_fail(e);
		printf("Expedieringen är antecknad.\n");
		return EXIT_OK;
	}
	if (strcmp(a->pos[0], "rm") == 0) {
		if ((e = recipient_remove(c->db, id, to)))
			return cli_fail(e);
		printf("Mottagaren är borttagen.\n");
		return EXIT_OK;
	}
	return unknown("expedite", a->pos[0], "add, rm");
}
