/* Sending by e-mail from the UI (include/namnd/mail.h does the work). */
#include "tui.h"

#include "namnd/mail.h"
#include "namnd/strbuf.h"

struct send_report {
	struct strbuf none; /* those without an address */
	int without;
};

static void send_line(void *ctx, const char *name, const char *address, const char *id,
		      const char *what)
{
	struct send_report *r = ctx;
	(void)id;
	(void)what;
	if (address)
		return;
	strbuf_add(&r->none, r->without++ ? ", " : "");
	strbuf_add(&r->none, name);
}

void tui_send_mail(struct tui *t, long long meeting, bool kallelse)
{
	enum nd_err (*send)(struct nd_db *, long long, const struct mail_opts *,
			    mail_report_fn, void *, int *) =
		kallelse ? kallelse_send : expedite_send;
	struct mail_opts o = { NULL, false };
	struct send_report r = { { 0 }, 0 };
	struct strbuf msg = { 0 };
	int sent = 0;
	enum nd_err e;
	if (!tui_confirm(t, kallelse ? "Skicka kallelsen med e-post (PDF) till ledamöter, "
			 "ersättare och inbjudna?" :
			 "Skicka protokollsutdragen med e-post (PDF) till mottagarna i "
			 "\"Beslutet skickas till\"?"))
		return;
	e = send(t->db, meeting, &o, send_line, &r, &sent);
	if (e == ND_EEXIST) {
		if (!tui_confirm(t, kallelse ? "Kallelsen är redan skickad. Skicka igen?" :
				 "Utdragen är redan skickade. Skicka igen?"))
			goto out;
		o.again = true;
		strbuf_free(&r.none);
		r.without = 0;
		e = send(t->db, meeting, &o, send_line, &r, &sent);
	}
	strbuf_printf(&msg, "Skickade %d %s.", sent, sent == 1 ? "meddelande" : "meddelanden");
	if (r.without)
		strbuf_printf(&msg, " Utan e-postadress: %s.", strbuf_str(&r.none));
	tui_result(t, e, strbuf_str(&msg));
out:
	strbuf_free(&r.none);
	strbuf_free(&msg);
}
