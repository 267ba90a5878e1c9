/* Turning what the user typed into records: paragraphs, people, ranges. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

#include "namnd/paragraph.h"
#include "namnd/parnum.h"
#include "namnd/vacancy.h"

/* "14", "§14" or "§ 14" (or "punkt 3" for items numbered per meeting):
 * 1..9999999. */
bool cli_number(const char *s, int *out)
{
	char *end;
	if (strncmp(s, "§", strlen("§")) == 0)
		s += strlen("§");
	else if (strncmp(s, "punkt", 5) == 0 || strncmp(s, "Punkt", 5) == 0)
		s += 5;
	while (*s == ' ')
		s++;
	if (*s < '0' || *s > '9')
		return false;
	long v = strtol(s, &end, 10);
	if (*end || v < 1 || v > 9999999)
		return false;
	*out = (int)v;
	return true;
}

int cli_paragraph(struct cli *c, const char *meeting, const char *number,
		  long long *meeting_id, long long *paragraph)
{
	long long m;
	int n;
	enum nd_err e;
	if (!meeting || !number)
		return cli_usage("ange sammanträde och paragraf: SAMMANTRÄDE N (t.ex. "
				 "UBN:2024-03-20 14).");
	if (!cli_number(number, &n))
		return cli_usage("paragrafen ska vara ett nummer (t.ex. 14 eller \"§ 14\"), "
				 "inte \"%s\".", number);
	if ((e = meeting_resolve(c->db, meeting, &m)) || (e = paragraph_find(c->db, m, n, paragraph)))
		return cli_fail(e);
	if (meeting_id)
		*meeting_id = m;
	return EXIT_OK;
}

int cli_range(const struct args *a, bool items, int *from, int *to)
{
	const char *names[2] = { "from", "to" };
	int *out[2] = { from, to };
	for (int i = 0; i < 2; i++) {
		const char *s = args_get(a, names[i]);
		*out[i] = 0;
		if (s && !cli_number(s, out[i]))
			return cli_usage("--%s ska vara ett paragrafnummer (t.ex. 43), inte \"%s\".",
					 names[i], s);
	}
	if (*to && *to < *from)
		return cli_usage("--to %s ligger före --from %s.", PAR(items, *to),
				 PAR(items, *from));
	return EXIT_OK;
}

int cli_person(struct cli *c, const char *ref, long long *id)
{
	enum nd_err e;
	if (!ref || !*ref)
		return cli_usage("ange en person (namn eller id).");
	if ((e = person_resolve(c->db, ref, id)))
		return cli_fail(e);
	return EXIT_OK;
}

int cli_person_at(struct cli *c, long long meeting, const char *ref, long long *id)
{
	char party[32];
	long long seat;
	enum nd_err e;
	if (ref && vacancy_ref(ref, party, sizeof party, &seat)) {
		if ((e = vacancy_at_meeting(c->db, meeting, party, seat, id)))
			return cli_fail(e);
		return EXIT_OK;
	}
	return cli_person(c, ref, id);
}
