/* Checksums and OpenSSH signatures of a justering (see seal.h). */
#define _POSIX_C_SOURCE 200809L
#include "namnd/seal.h"

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "namnd/date.h"
#include "namnd/parnum.h"
#include "namnd/protocol.h"
#include "util.h"

extern char **environ;

#define SIG_MAX 20000

enum nd_err seal_canonical(struct nd_db *db, long long meeting, int number, char **text,
			   char stored[65])
{
	struct nd_protocol *p = NULL;
	const struct nd_pparagraph *g = NULL;
	enum nd_err e = protocol_load_for(db, meeting, number, &p);
	*text = NULL;
	if (e)
		return e;
	if (number && !(g = protocol_paragraph(p, number))) {
		e = nd_fail(ND_ENOTFOUND, "Sammanträdet har ingen %s.", PAR(p->items, number));
		protocol_free(p);
		return e;
	}
	const char *sha = g ? g->sha256 : p->sha256, *on = g ? g->justerad_on : p->justerad_on;
	if (!on || !sha) {
		protocol_free(p);
		return nd_fail(ND_EINVAL, "%s har ingen lagrad kontrollsumma: %s.",
			       g ? "Paragrafen" : "Protokollet", !on ? "det är inte justerat" :
			       g ? "den är inte omedelbart justerad" :
			       "justeringen gjordes utan namnd");
	}
	snprintf(stored, 65, "%s", sha);
	if (!(*text = protocol_canonical(p, g, on)))
		e = nd_fail(ND_ENOMEM, "Slut på minne.");
	protocol_free(p);
	return e;
}

enum nd_err seal_parts(struct nd_db *db, long long meeting, int number, seal_part_fn fn,
		       void *ctx)
{
	struct nd_protocol *p = NULL;
	enum nd_err e = protocol_load_for(db, meeting, number, &p);
	if (e)
		return e;
	for (size_t i = 0; i < p->nparagraphs && !e; i++) {
		const struct nd_pparagraph *g = &p->paragraphs[i];
		if (number && g->number != number)
			continue;
		char hex[65], *part = protocol_canonical_part(g, g->justerad_on ? g->justerad_on :
							      p->justerad_on ? p->justerad_on : "");
		if (!part) {
			e = nd_fail(ND_ENOMEM, "Slut på minne.");
			break;
		}
		protocol_sha256(part, hex);
		free(part);
		fn(ctx, g->number, hex);
	}
	protocol_free(p);
	return e;
}

/* A private folder for ssh-keygen's files. */
struct work {
	char dir[256], text[300], sig[300], out[300];
};

static enum nd_err work_open(struct work *w)
{
	const char *t = getenv("TMPDIR");
	snprintf(w->dir, sizeof w->dir, "%s/namnd-sig-XXXXXX", t && *t == '/' ? t : "/tmp");
	if (!mkdtemp(w->dir))
		return nd_fail(ND_EIO, "Kan inte skapa en tillfällig mapp i %s för underskriften: "
			       "%s", t && *t == '/' ? t : "/tmp", nd_errno_text(errno));
	snprintf(w->text, sizeof w->text, "%s/protokoll.txt", w->dir);
	snprintf(w->sig, sizeof w->sig, "%s/protokoll.txt.sig", w->dir);
	snprintf(w->out, sizeof w->out, "%s/out.txt", w->dir);
	return ND_OK;
}

static void work_close(struct work *w)
{
	unlink(w->text);
	unlink(w->sig);
	unlink(w->out);
	rmdir(w->dir);
}

static enum nd_err write_file(const char *path, const char *s)
{
	FILE *f = fopen(path, "wb");
	size_t n = strlen(s);
	if (!f || fwrite(s, 1, n, f) != n || fclose(f) != 0) {
		int err = errno;
		if (f)
			fclose(f);
		return nd_fail(ND_EIO, "Kan inte skriva %s: %s", path, nd_errno_text(err));
	}
	return ND_OK;
}

/* The whole of a small text file (at most max bytes), malloc'ed. */
static enum nd_err read_file(const char *path, size_t max, const char *what, char **out)
{
	FILE *f = fopen(path, "rb");
	*out = NULL;
	if (!f)
		return nd_fail(ND_ENOTFOUND, "Kan inte läsa %s %s: %s", what, path,
			       nd_errno_text(errno));
	char *buf = malloc(max + 2);
	size_t n = buf ? fread(buf, 1, max + 1, f) : 0;
	fclose(f);
	if (!buf)
		return nd_fail(ND_ENOMEM, "Slut på minne.");
	if (n > max) {
		free(buf);
		return nd_fail(ND_EINVAL, "%s %s är för stor (över %zu byte).", what, path, max);
	}
	buf[n] = '\0';
	if (memchr(buf, '\0', n)) {
		free(buf);
		return nd_fail(ND_EINVAL, "%s %s är ingen text.", what, path);
	}
	*out = buf;
	return ND_OK;
}

/* Run argv[0] (found on PATH) with argv, standard input from in (NULL:
 * /dev/null), standard output to out (NULL: /dev/null), standard error
 * to the terminal when loud (a passphrase prompt) or else /dev/null.
 * *status gets its exit status (-1: it could not be run). */
static enum nd_err run(char *const argv[], const char *in, const char *out, bool loud,
		       const char *package, int *status)
{
	posix_spawn_file_actions_t fa;
	pid_t pid;
	int ws, rc;
	*status = -1;
	if (posix_spawn_file_actions_init(&fa))
		return nd_fail(ND_ENOMEM, "Slut på minne.");
	posix_spawn_file_actions_addopen(&fa, 0, in ? in : "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 1, out ? out : "/dev/null",
					 O_WRONLY | O_CREAT | O_TRUNC, 0600);
	if (!loud)
		posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
	rc = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	if (rc)
		return nd_fail(ND_EIO, "Kan inte köra %s: %s. Installera %s.", argv[0],
			       nd_errno_text(rc), package);
	while (waitpid(pid, &ws, 0) < 0)
		if (errno != EINTR)
			return nd_fail(ND_EIO, "%s: %s", argv[0], nd_errno_text(errno));
	*status = WIFEXITED(ws) ? WEXITSTATUS(ws) : -1;
	return ND_OK;
}

static enum nd_err keygen(char *const argv[], const char *in, const char *out, bool loud,
			  int *status)
{
	return run(argv, in, out, loud, "openssh-client", status);
}

enum nd_err seal_pdf_text(const char *pdf, char **text)
{
	struct work w;
	int st;
	enum nd_err e;
	*text = NULL;
	if ((e = work_open(&w)))
		return e;
	char *argv[] = { "pdftotext", "-q", "-enc", "UTF-8", (char *)pdf, w.out, NULL };
	if (!(e = run(argv, NULL, NULL, false, "poppler-utils", &st))) {
		if (st != 0)
			e = nd_fail(ND_EINVAL, "%s kan inte läsas som PDF (pdftotext).", pdf);
		else
			e = read_file(w.out, 16 * 1024 * 1024, "Texten ur", text);
	}
	work_close(&w);
	return e;
}

/* Whether sig (in w->sig) is a good signature of w->text in our
 * namespace, whoever made it. */
static enum nd_err sig_valid(struct work *w, bool *valid)
{
	char *argv[] = { "ssh-keygen", "-Y", "check-novalidate", "-n", SEAL_NAMESPACE, "-s",
			 w->sig, NULL };
	int st;
	enum nd_err e = keygen(argv, w->text, NULL, false, &st);
	*valid = !e && st == 0;
	return e;
}

enum nd_err seal_sign(struct nd_db *db, long long meeting, int number, const char *key,
		      const char *sigfile, const char *date)
{
	struct work w;
	struct nd_date d;
	char stored[65], day[11], *text = NULL, *sig = NULL;
	bool valid = false;
	int st;
	enum nd_err e;
	if ((!key) == (!sigfile))
		return nd_fail(ND_EINVAL, "Ange antingen --key (din privata OpenSSH-nyckel) "
			       "eller --signature (en underskrift gjord med ssh-keygen -Y sign "
			       "-n " SEAL_NAMESPACE ").");
	if ((e = date ? date_parse(date, &d) : date_today(&d)))
		return e;
	date_format(d, day);
	if ((e = seal_canonical(db, meeting, number, &text, stored)))
		return e;
	if ((e = work_open(&w))) {
		free(text);
		return e;
	}
	if ((e = write_file(w.text, text)))
		goto out;
	if (key) {
		char *argv[] = { "ssh-keygen", "-q", "-Y", "sign", "-f", (char *)key, "-n",
				 SEAL_NAMESPACE, w.text, NULL };
		if ((e = keygen(argv, NULL, NULL, true, &st)))
			goto out;
		if (st != 0) {
			e = nd_fail(ND_EINVAL, "ssh-keygen kunde inte skriva under med nyckeln %s "
				    "(finns den, och är lösenordet rätt?).", key);
			goto out;
		}
		if ((e = read_file(w.sig, SIG_MAX, "Underskriften", &sig)))
			goto out;
	} else {
		if ((e = read_file(sigfile, SIG_MAX, "Underskriftsfilen", &sig)) ||
		    (e = write_file(w.sig, sig)))
			goto out;
	}
	if (strncmp(sig, "-----BEGIN SSH SIGNATURE-----", 29) != 0) {
		e = nd_fail(ND_EINVAL, "%s är ingen OpenSSH-underskrift (-----BEGIN SSH "
			    "SIGNATURE-----).", sigfile ? sigfile : "Underskriften");
		goto out;
	}
	if ((e = sig_valid(&w, &valid)))
		goto out;
	if (!valid) {
		e = nd_fail(ND_EINVAL, "Underskriften gäller inte %s kanoniska text (namnd "
			    "%s SAMMANTRÄDE --canonical) i namnrymden " SEAL_NAMESPACE ".",
			    number ? "paragrafens" : "protokollets", number ? "utdrag" : "protokoll");
		goto out;
	}
	sqlite3_stmt *ins = NULL;
	if ((e = db_begin(db)))
		goto out;
	if (!(e = db_prepare(db, "INSERT INTO justering_signature (meeting_id, number, "
			     "signed_on, signature) VALUES (?1, ?2, ?3, ?4)", &ins))) {
		sqlite3_bind_int64(ins, 1, meeting);
		sqlite3_bind_int(ins, 2, number);
		db_bind_text(ins, 3, day);
		db_bind_text(ins, 4, sig);
		e = stmt_done(db, ins, "spara underskriften");
	}
	if (e || (e = db_commit(db)))
		db_rollback(db);
out:
	work_close(&w);
	free(text);
	free(sig);
	return e;
}

/* The first principal the allowed-signers file names for the key that
 * made w->sig, into buf ("" when none). */
static enum nd_err principal_of(struct work *w, const char *allowed, char *buf, size_t size)
{
	char *argv[] = { "ssh-keygen", "-Y", "find-principals", "-s", w->sig, "-f",
			 (char *)allowed, NULL };
	char *out = NULL;
	int st;
	enum nd_err e = keygen(argv, NULL, w->out, false, &st);
	*buf = '\0';
	if (e || st != 0)
		return e;
	if ((e = read_file(w->out, 64 * 1024, "ssh-keygens svar", &out)))
		return e;
	size_t n = strcspn(out, "\r\n");
	snprintf(buf, size, "%.*s", (int)n, out);
	free(out);
	return ND_OK;
}

enum nd_err seal_check(struct nd_db *db, long long meeting, int number, const char *allowed,
		       seal_sig_fn fn, void *ctx, int *count, int *good)
{
	struct work w;
	sqlite3_stmt *st = NULL;
	char stored[65], *text = NULL;
	int rc = SQLITE_DONE;
	enum nd_err e;
	*count = *good = 0;
	if ((e = seal_canonical(db, meeting, number, &text, stored)))
		return e;
	if (allowed && access(allowed, R_OK) != 0) {
		free(text);
		return nd_fail(ND_ENOTFOUND, "Filen med tillåtna underskrifter %s kan inte läsas: "
			       "%s", allowed, nd_errno_text(errno));
	}
	if ((e = work_open(&w))) {
		free(text);
		return e;
	}
	if ((e = write_file(w.text, text)) ||
	    (e = db_prepare(db, "SELECT signed_on, signature FROM justering_signature WHERE "
			    "meeting_id = ?1 AND number = ?2 ORDER BY id", &st)))
		goto out;
	sqlite3_bind_int64(st, 1, meeting);
	sqlite3_bind_int(st, 2, number);
	while (!e && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *on = (const char *)sqlite3_column_text(st, 0);
		char principal[256] = "";
		bool valid = false, holds = false;  /* valid: good for the text, whoever */
		const char *why;
		int vst = -1;
		(*count)++;
		if ((e = write_file(w.sig, (const char *)sqlite3_column_text(st, 1))))
			break;
		if (allowed && (e = principal_of(&w, allowed, principal, sizeof principal)))
			break;
		if (*principal) {
			char *argv[] = { "ssh-keygen", "-Y", "verify", "-f", (char *)allowed, "-I",
					 principal, "-n", SEAL_NAMESPACE, "-s", w.sig, NULL };
			if ((e = keygen(argv, w.text, NULL, false, &vst)))
				break;
			holds = vst == 0;
			why = holds ? "gäller" : "gäller inte: texten har ändrats sedan den skrevs under";
		} else {
			if ((e = sig_valid(&w, &valid)))
				break;
			why = !valid ? "gäller inte: texten har ändrats sedan den skrevs under" :
				allowed ? "gäller inte: nyckeln finns inte bland de tillåtna" :
				"okänd undertecknare: ingen fil med tillåtna underskrifter (inställningen "
				"allowed_signers eller --allowed-signers)";
		}
		if (holds)
			(*good)++;
		fn(ctx, on, *principal ? principal : NULL, holds, valid || holds, why);
	}
	if (!e && rc != SQLITE_DONE)
		e = db_fail(db, "läsa underskrifterna");
out:
	sqlite3_finalize(st);
	work_close(&w);
	free(text);
	return e;
}
