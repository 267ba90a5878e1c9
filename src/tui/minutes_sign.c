/* Signera on the Protokoll screen (i): the justerat protokoll, or an
 * omedelbart justerad paragraph, signed with the user's own OpenSSH key
 * through the store's seal_sign, as namnd signera --key does. ssh-keygen
 * may ask for the key's passphrase on the terminal, so the UI hands the
 * terminal over while it runs (as for the editor) and takes it back;
 * the result, checked as namnd protokoll --verify checks it, goes to the
 * message line. */
#include "minutes.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "namnd/seal.h"

/* The key used last in this session, offered first next time. */
static char last_key[1024];

/* The first of the usual private keys in ~/.ssh, shown with ~. */
static void default_key(char *buf, size_t size)
{
	static const char *const names[] = { "id_ed25519", "id_ecdsa", "id_rsa" };
	const char *home = getenv("HOME");
	char path[1024];
	if (*last_key) {
		snprintf(buf, size, "%s", last_key);
		return;
	}
	snprintf(buf, size, "~/.ssh/%s", names[0]);
	for (size_t i = 0; home && *home && i < sizeof names / sizeof *names; i++) {
		snprintf(path, sizeof path, "%s/.ssh/%s", home, names[i]);
		if (access(path, R_OK) == 0) {
			snprintf(buf, size, "~/.ssh/%s", names[i]);
			return;
		}
	}
}

struct signing {
	struct nd_db *db;
	long long meeting;
	int number;
	const char *key, *shown, *what;
	enum nd_err e;
};

/* On the terminal: say what is signed, then ssh-keygen. */
static int sign_now(void *ctx)
{
	struct signing *s = ctx;
	printf("\nnamnd: %s skrivs under med nyckeln %s.\nssh-keygen frågar efter "
	       "nyckelns lösenord om den har ett.\n", s->what, s->shown);
	fflush(stdout);
	s->e = seal_sign(s->db, s->meeting, s->number, s->key, NULL, NULL);
	return 0;
}

/* The last signature checked: the one just made. */
struct last_sig {
	char principal[256], why[200];
	bool valid;
};

static void on_sig(void *ctx, const char *signed_on, const char *principal, bool holds,
		   bool valid, const char *why)
{
	struct last_sig *l = ctx;
	(void)signed_on, (void)holds;
	snprintf(l->principal, sizeof l->principal, "%s", principal ? principal : "");
	snprintf(l->why, sizeof l->why, "%s", why ? why : "");
	l->valid = valid;
}

bool minutes_sign(struct tui *t, long long meeting, int number)
{
	char def[1024], what[64], *typed = NULL, *key = NULL, *allowed = NULL;
	struct last_sig l = { "", "", false };
	struct signing s;
	int count = 0, good = 0;
	bool done = false;
	enum nd_err e;
	if (number)
		snprintf(what, sizeof what, "Utdraget ur § %d", number);
	else
		snprintf(what, sizeof what, "Det justerade protokollet");
	default_key(def, sizeof def);
	if (!tui_prompt(t, "Skriv under med din privata OpenSSH-nyckel", def, &typed))
		return false;
	if (!*typed) {
		tui_msg(t, "Ange nyckelfilen, t.ex. ~/.ssh/id_ed25519; ingenting skrevs under.");
		t->msg_err = true;
		goto out;
	}
	if (!(key = tui_expand_home(typed))) {
		tui_err(t, nd_fail(ND_ENOMEM, "Slut på minne."));
		goto out;
	}
	if (access(key, R_OK) != 0) {
		tui_msg(t, "Nyckelfilen %s kan inte läsas: %s. Ingenting skrevs under.", typed,
			nd_errno_text(errno));
		t->msg_err = true;
		goto out;
	}
	s = (struct signing){ t->db, meeting, number, key, typed, what, ND_OK };
	tui_on_terminal(t, sign_now, &s);
	if (s.e) {
		/* seal_sign's message names the key as given to it. */
		tui_err(t, s.e);
		goto out;
	}
	snprintf(last_key, sizeof last_key, "%s", typed);
	done = true;
	allowed = setting_get(t->db, "allowed_signers", "");
	e = seal_check(t->db, meeting, number, allowed && *allowed ? allowed : NULL, on_sig, &l,
		       &count, &good);
	if (e) {
		/* Signed and stored; only the check could not be made. */
		tui_msg(t, "Underskriften med %s är sparad med justeringen; den kunde inte "
			"prövas: %s", typed, nd_errmsg());
		t->msg_err = true;
		nd_errclear();
	} else if (!allowed || !*allowed) {
		/* Without the file no one can say whose key it is. */
		tui_msg(t, "Underskriften med %s är sparad och %s; vems nyckeln är sägs när "
			"inställningen allowed_signers anger filen med tillåtna underskrifter. "
			"%s har %d underskrift%s.", typed, l.valid ? "gäller texten" :
			"gäller inte texten", what, count, count == 1 ? "" : "er");
	} else {
		tui_msg(t, "Underskriften med %s är sparad: %s%s%s. %s har %d underskrift%s; "
			"%d gäller.", typed, l.principal, *l.principal ? " – " : "",
			l.why, what, count, count == 1 ? "" : "er", good);
	}
out:
	free(typed);
	free(key);
	free(allowed);
	return done;
}
