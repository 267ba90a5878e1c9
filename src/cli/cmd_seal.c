/* namnd signera (a justering signed with an OpenSSH key) and namnd audit
 * verify (the audit log's hash chain). */
#include "cli.h"

#include <stdio.h>
#include <string.h>

#include "namnd/audit.h"
#include "namnd/seal.h"

int cmd_signera(struct cli *c, struct args *a)
{
	long long meeting, id;
	int number = 0, rc;
	enum nd_err e;
	if (a->help || a->npos != 1) {
		puts("Användning: namnd signera SAMMANTRÄDE [--paragraph N]\n"
		     "                    (--key NYCKEL | --signature FIL) [--date ÅÅÅÅ-MM-DD]\n\n"
		     "Skriver under det justerade protokollets kanoniska text (eller med\n"
		     "--paragraph en omedelbart justerad paragrafs) med en egen OpenSSH-\n"
		     "nyckel: --key kör ssh-keygen -Y sign -n " SEAL_NAMESPACE " med den\n"
		     "privata nyckeln; --signature sparar en underskrift gjord på annat\n"
		     "håll av texten från 'namnd protokoll SAMMANTRÄDE --canonical'.\n"
		     "Underskriften sparas med justeringen; 'namnd protokoll SAMMANTRÄDE\n"
		     "--verify' säger vem som skrev under (enligt filen i inställningen\n"
		     "allowed_signers) och om underskriften håller.");
		return a->help ? EXIT_OK : EXIT_USAGE;
	}
	if ((e = meeting_resolve(c->db, a->pos[0], &meeting)))
		return cli_fail(e);
	if (args_get(a, "paragraph")) {
		if ((rc = cli_paragraph(c, a->pos[0], args_get(a, "paragraph"), NULL, &id)))
			return rc;
		cli_number(args_get(a, "paragraph"), &number);
	}
	if ((e = seal_sign(c->db, meeting, number, args_get(a, "key"), args_get(a, "signature"),
			   args_get(a, "date"))))
		return cli_fail(e);
	printf("Underskriften är sparad med justeringen.\n");
	return EXIT_OK;
}

static void problem(void *ctx, const char *finding)
{
	(void)ctx;
	printf("%s\n", finding);
}

int cmd_audit(struct cli *c, struct args *a)
{
	struct audit_summary s;
	const char *head = args_get(a, "head");
	enum nd_err e;
	if (a->help || a->npos != 1 || strcmp(a->pos[0], "verify") != 0) {
		puts("Användning: namnd audit verify [--head HEX]\n\n"
		     "Prövar granskningsloggens kedja: varje rad namnd skriver bär en\n"
		     "SHA-256 av raden före och sig själv, så en ändrad eller borttagen rad\n"
		     "syns. Rader skrivna av andra program (och från före kedjan) står\n"
		     "utanför den och räknas för sig. Skriver ut kedjans senaste länk:\n"
		     "anteckna den utanför filen; --head HEX prövar att en tidigare\n"
		     "antecknad länk finns kvar (en avkortad logg syns då). Prövar också\n"
		     "att varje ärende och rad i en månadsrapport har sin rad i loggen.");
		return a->help ? EXIT_OK : EXIT_USAGE;
	}
	if ((e = audit_verify(c->db, head, &s, problem, NULL)))
		return cli_fail(e);
	printf("Granskningsloggen: %lld rader, %lld i kedjan, %lld utanför den (andra program "
	       "eller äldre).\n", s.rows, s.chained, s.unchained);
	if (*s.head)
		printf("Senaste länken: %s\n", s.head);
	if (head && !s.head_found) {
		fprintf(stderr, "namnd: länken %.64s finns inte i kedjan: loggen har avkortats "
			"eller skrivits om.\n", head);
		return EXIT_DATA;
	}
	if (s.problems) {
		fprintf(stderr, "namnd: granskningsloggen har ändrats: %lld fel i kedjan.\n",
			s.problems);
		return EXIT_DATA;
	}
	printf("Kedjan håller.\n");
	return EXIT_OK;
}
