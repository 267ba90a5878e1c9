/* namnd kallelse MEETING --send, namnd expedite MEETING --send: by e-mail. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

#include "namnd/mail.h"

struct report {
	int without;
};

static void report_line(void *ctx, const char *name, const char *address,
			const char *message_id, const char *what)
{
	struct report *r = ctx;
	if (!address) {
		r->without++;
		printf("Ingen e-postadress: ");
		print_cell(stdout, name, 0, false);
		if (what)
			printf(" (%s)", what);
		printf(" – skicka på annat sätt.\n");
		return;
	}
	printf("Skickat till ");
	print_cell(stdout, name, 0, false);
	printf(" <");
	print_cell(stdout, address, 0, false);
	printf(">%s%s%s, Message-ID <%s>\n", what ? " (" : "", what ? what : "", what ? ")" : "",
	       message_id);
}

static int send_cmd(struct cli *c, struct args *a, int pos, bool kallelse)
{
	struct mail_opts o = { args_get(a, "maildir"), args_flag(a, "again") };
	struct report r = { 0 };
	long long id;
	int sent = 0;
	enum nd_err e;
	if (a->npos != pos + 1)
		return cli_usage("ange ett sammanträde (id eller KOD:ÅÅÅÅ-MM-DD).");
	if (o.maildir && !*o.maildir)
		return cli_usage("--maildir behöver en mapp.");
	if ((e = meeting_resolve(c->db, a->pos[pos], &id)))
		return cli_fail(e);
	e = kallelse ? kallelse_send(c->db, id, &o, report_line, &r, &sent)
		     : expedite_send(c->db, id, &o, report_line, &r, &sent);
	if (sent || r.without)
		printf("%d %s skickade%s%s; %d utan e-postadress.\n", sent,
		       sent == 1 ? "meddelande" : "meddelanden", o.maildir ? " till Maildir " : "",
		       o.maildir ? o.maildir : "", r.without);
	return e ? cli_fail(e) : EXIT_OK;
}

int kallelse_send_cmd(struct cli *c, struct args *a)
{
	return send_cmd(c, a, 0, true);
}

int expedite_send_cmd(struct cli *c, struct args *a)
{
	return send_cmd(c, a, 0, false);
}
