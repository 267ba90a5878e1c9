/* namnd protokoll | utdrag | beslutslista, and the anslag notice. */
#include "cli.h"
#include "namnd/parnum.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/justering.h"
#include "namnd/paragraph.h"
#include "namnd/protodoc.h"
#include "namnd/protocol.h"
#include "namnd/seal.h"
#include "namnd/text.h"

#define OPTS "[--format text|xlsx|pdf] [--out FIL] [--width N] [--public]"

/* Build with build(db, meeting, opts) and write as the options say. */
static int document(struct cli *c, struct args *a, long long meeting, int number,
		    const char *what,
		    enum nd_err (*build)(struct nd_db *, long long, const struct doc_opts *,
					 struct nd_doc **),
		    enum nd_err (*build_n)(struct nd_db *, long long, int,
					   const struct doc_opts *, struct nd_doc **))
{
	enum doc_format fmt = DOC_TEXT;
	const char *out = NULL;
	int width = DOC_WIDTH_DEFAULT, rc;
	struct doc_opts opts = { false };
	struct nd_doc *doc = NULL;
	enum nd_err e;
	if ((rc = export_options(a, &fmt, &out, &width, &opts)) != EXIT_OK)
		return rc;
	e = build ? build(c->db, meeting, &opts, &doc) :
		build_n(c->db, meeting, number, &opts, &doc);
	if (e)
		return cli_fail(e);
	return export_finish(doc, fmt, out, width, what);
}

/* The canonical text whose SHA-256 is stored at justering. */
static int canonical(struct cli *c, long long meeting, int number)
{
	struct nd_protocol *p = NULL;
	const struct nd_pparagraph *g = NULL;
	char *text = NULL;
	enum nd_err e = protocol_load_for(c->db, meeting, number, &p);
	if (e)
		return cli_fail(e);
	if (number && !(g = protocol_paragraph(p, number))) {
		protocol_free(p);
		e = nd_fail(ND_ENOTFOUND, "Sammanträdet har ingen %s.", PAR(p->items, number));
		protocol_free(p);
		return cli_fail(e);
	}
	const char *on = g ? g->justerad_on : p->justerad_on;
	if (!(text = protocol_canonical(p, g, on ? on : ""))) {
		protocol_free(p);
		return cli_fail(nd_fail(ND_ENOMEM, "Slut på minne."));
	}
	fputs(text, stdout);
	free(text);
	protocol_free(p);
	return EXIT_OK;
}

/* A checksum given outside the database: from --hash, or each one in
 * the file of --against (an exported anslag, or the lines of
 * --checksums: "HEX  § N" (or "HEX  punkt N") for a paragraph, any other
 * for the whole). */
struct outside {
	char whole[65];
	struct { int number; char hex[65]; } part[512];
	int nparts;
	int differs;               /* paragraphs found to differ */
	const char *source;
	bool items;                /* the meeting numbers items: "punkt N" */
};

static bool hexrun(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f') ||
		      (s[i] >= 'A' && s[i] <= 'F')))
			return false;
	return true;
}

static void lower(char *s)
{
	for (; *s; s++)
		if (*s >= 'A' && *s <= 'F')
			*s = (char)(*s - 'A' + 'a');
}

static int outside_line(struct outside *o, const char *line, size_t len)
{
	for (size_t i = 0; i + 64 <= len; i++) {
		if (!hexrun(line + i, 64) || (i && hexrun(line + i - 1, 1)) ||
		    (i + 64 < len && hexrun(line + i + 64, 1)))
			continue;
		char hex[65];
		memcpy(hex, line + i, 64);
		hex[64] = '\0';
		lower(hex);
		const char *rest = line + i + 64, *end = line + len;
		while (rest < end && (*rest == ' ' || *rest == '\t' || *rest == '*'))
			rest++;
		int number = 0;
		size_t word = end - rest > 2 && !strncmp(rest, "§", 2) ? 2 :
			      end - rest > 5 && !strncmp(rest, "punkt", 5) ? 5 : 0;
		if (word) {
			rest += word;
			while (rest < end && (*rest == ' ' || (unsigned char)*rest == 0xc2 ||
					      (unsigned char)*rest == 0xa0))
				rest++;
			while (rest < end && *rest >= '0' && *rest <= '9' && number < 9999999)
				number = number * 10 + (*rest++ - '0');
		}
		if (number && o->nparts < 512) {
			o->part[o->nparts].number = number;
			memcpy(o->part[o->nparts++].hex, hex, 65);
		} else if (!number && !*o->whole) {
			memcpy(o->whole, hex, 65);
		}
		return 1;
	}
	return 0;
}

static int outside_read(struct outside *o, const char *path)
{
	enum { MAX = 4 * 1024 * 1024 };
	FILE *f = fopen(path, "rb");
	if (!f)
		return cli_usage("--against: kan inte läsa %s: %s", path, nd_errno_text(errno));
	char *buf = malloc(MAX + 1);
	size_t n = buf ? fread(buf, 1, MAX + 1, f) : 0;
	bool err = ferror(f);
	fclose(f);
	if (!buf)
		return cli_fail(nd_fail(ND_ENOMEM, "Slut på minne."));
	int rc = EXIT_OK;
	if (!err && n >= 5 && memcmp(buf, "%PDF-", 5) == 0) {
		/* A PDF anslag: its text, as pdftotext reads it. */
		char *text = NULL;
		enum nd_err e = seal_pdf_text(path, &text);
		free(buf);
		if (e)
			return cli_fail(e);
		buf = text;
		n = strlen(text);
	}
	if (err)
		rc = cli_usage("--against: fel vid läsning av %s.", path);
	else if (n > MAX)
		rc = cli_usage("--against: filen %s är för stor (över 4 MB) för ett anslag.", path);
	else if (memchr(buf, '\0', n))
		rc = cli_usage("--against: %s är varken text eller PDF (ett xlsx-anslag: ange "
			       "summan med --hash).", path);
	for (size_t i = 0; rc == EXIT_OK && i < n;) {
		const char *nl = memchr(buf + i, '\n', n - i);
		size_t len = nl ? (size_t)(nl - (buf + i)) : n - i;
		outside_line(o, buf + i, len);
		i += len + 1;
	}
	free(buf);
	if (rc == EXIT_OK && !*o->whole && !o->nparts)
		rc = cli_usage("--against: %s innehåller ingen kontrollsumma (64 hexadecimala "
			       "tecken), t.ex. ett anslag som text eller PDF eller utdata av "
			       "--checksums.",
			       path);
	return rc;
}

static void part_check(void *ctx, int number, const char *hex)
{
	struct outside *o = ctx;
	for (int i = 0; i < o->nparts; i++)
		if (o->part[i].number == number && strcmp(o->part[i].hex, hex) != 0) {
			printf("%s skiljer sig från texten i %s.\n", PAR_CAP(o->items, number),
			       o->source);
			o->differs++;
		}
}

static void part_print(void *ctx, int number, const char *hex)
{
	const bool *items = ctx;
	printf("%s  %s\n", hex, PAR(*items, number));
}

/* --checksums: the whole text's sum and each paragraph's, one a line. */
static int checksums(struct cli *c, long long meeting, int number)
{
	char *text = NULL, stored[65], hex[65];
	bool items = paragraph_items(c->db, meeting);
	enum nd_err e = seal_canonical(c->db, meeting, number, &text, stored);
	if (e)
		return cli_fail(e);
	protocol_sha256(text, hex);
	free(text);
	if (number)
		printf("%s  utdrag, %s\n", hex, PAR(items, number));
	else
		printf("%s  protokoll\n", hex);
	if ((e = seal_parts(c->db, meeting, number, part_print, &items)))
		return cli_fail(e);
	return EXIT_OK;
}

struct sigs {
	int n, bad;
	bool strict;            /* an allowed-signers file is in use */
};

static void sig_print(void *ctx, const char *signed_on, const char *principal, bool holds,
		      bool valid, const char *why)
{
	struct sigs *s = ctx;
	char *who = principal ? text_sanitize(principal, true) : NULL;
	s->n++;
	printf("Underskrift %d (%s): %s – %s.\n", s->n, signed_on,
	       who ? who : "okänd nyckel", why);
	free(who);
	if (!valid || (s->strict && !holds))
		s->bad++;
}

static int verify(struct cli *c, struct args *a, long long meeting, int number)
{
	char now[65];
	bool same = false;
	int failed = 0, rc, count = 0, good = 0;
	const char *what = number ? "utdraget" : "protokollet";
	struct outside *o = NULL;
	enum nd_err e = justering_verify(c->db, meeting, number, &same, now);
	if (e)
		return cli_fail(e);
	if (same) {
		printf("Kontrollsumman stämmer: %s\n", now);
	} else {
		fprintf(stderr, "namnd: kontrollsumman stämmer inte: det justerade %s har ändrats "
			"sedan justeringen (nu %s).\n", what, now);
		failed++;
	}
	/* What the checksum does not cover (the rules, the seats kept at
	 * justering) against its copy in the audit chain. */
	char why[300];
	if ((e = protocol_record_check(c->db, meeting, number, &same, why, sizeof why)))
		return cli_fail(e);
	if (!same) {
		fprintf(stderr, "namnd: det justerade %s går inte att lita på: %s.\n", what, why);
		failed++;
	}
	/* Who was there, against the rows the list and the UI read. */
	if ((e = protocol_record_attendance_check(c->db, meeting, number, &same, why,
						  sizeof why)))
		return cli_fail(e);
	if (!same) {
		fprintf(stderr, "namnd: det justerade %s stämmer inte med registret: %s.\n",
			what, why);
		failed++;
	}
	/* Outside the file: a published anslag, a noted sum. */
	const char *against = args_get(a, "against"), *hash = args_get(a, "hash");
	if (against || hash) {
		if (!(o = calloc(1, sizeof *o)))
			return cli_fail(nd_fail(ND_ENOMEM, "Slut på minne."));
		o->items = paragraph_items(c->db, meeting);
		if (hash) {
			if (strlen(hash) != 64 || !hexrun(hash, 64)) {
				free(o);
				return cli_usage("--hash: \"%.80s\" är ingen SHA-256 (64 hexadecimala "
						 "tecken).", hash);
			}
			memcpy(o->whole, hash, 65);
			lower(o->whole);
			o->source = "--hash";
		} else {
			o->source = against;
			if ((rc = outside_read(o, against)) != EXIT_OK) {
				free(o);
				return rc;
			}
		}
		if (*o->whole && strcmp(o->whole, now) == 0) {
			printf("Kontrollsumman stämmer med %s.\n", o->source);
		} else if (*o->whole) {
			fprintf(stderr, "namnd: kontrollsumman stämmer inte med %s: där står %s, "
				"det justerade %s ger nu %s.\n", o->source, o->whole, what, now);
			failed++;
		}
		if (o->nparts) {
			if ((e = seal_parts(c->db, meeting, number, part_check, o))) {
				free(o);
				return cli_fail(e);
			}
			if (o->differs)
				failed++;
			else
				printf("Varje paragraf stämmer med %s.\n", o->source);
		} else if (*o->whole && strcmp(o->whole, now) != 0) {
			printf("Vilken paragraf som skiljer kan bara sägas mot kontrollsummor per "
			       "paragraf ('namnd %s … --checksums', sparade vid justeringen).\n",
			       number ? "utdrag" : "protokoll");
		}
		free(o);
	}
	/* Signatures, checked against a file outside the database. */
	const char *allowed = args_get(a, "allowed-signers");
	char *setting = allowed ? NULL : setting_get(c->db, "allowed_signers", "");
	if (!allowed && setting && *setting)
		allowed = setting;
	struct sigs s = { 0, 0, allowed != NULL };
	e = seal_check(c->db, meeting, number, allowed, sig_print, &s, &count, &good);
	free(setting);
	if (e)
		return cli_fail(e);
	if (!count)
		printf("Inga underskrifter.\n");
	if (s.bad) {
		fprintf(stderr, "namnd: %d av %d underskrifter håller inte.\n", s.bad, count);
		failed++;
	}
	return failed ? EXIT_DATA : EXIT_OK;
}

int cmd_protokoll(struct cli *c, struct args *a)
{
	long long meeting;
	enum nd_err e;
	if (a->help || a->npos != 1) {
		puts("Användning: namnd protokoll SAMMANTRÄDE " OPTS "\n"
		     "       namnd protokoll SAMMANTRÄDE --canonical | --checksums\n"
		     "       namnd protokoll SAMMANTRÄDE --verify [--against FIL | --hash HEX]\n"
		     "                     [--allowed-signers FIL]\n\n"
		     "Protokollet: plats och tid, beslutande med tjänstgörande ersättare,\n"
		     "ersättare, övriga, frånvarande, justerare, paragrafer och underskrifter,\n"
		     "sedan varje paragraf med yrkanden, propositionsordning, omröstning,\n"
		     "beslut, reservationer, protokollsanteckningar, jäv och expediering.\n"
		     "--canonical skriver den kanoniska text vars SHA-256 sparas vid\n"
		     "justeringen; --verify räknar om den och jämför med den sparade, med\n"
		     "summan i ett publicerat anslag (--against anslag.txt) eller en\n"
		     "antecknad summa (--hash), och prövar underskrifterna mot filen med\n"
		     "tillåtna underskrifter. --checksums skriver summan för helheten och\n"
		     "för varje paragraf (spara den; --against visar då vilken paragraf\n"
		     "som skiljer).\n");
		export_options_help();
		return a->help ? EXIT_OK : EXIT_USAGE;
	}
	if ((e = meeting_resolve(c->db, a->pos[0], &meeting)))
		return cli_fail(e);
	if (args_flag(a, "canonical"))
		return canonical(c, meeting, 0);
	if (args_flag(a, "verify"))
		return verify(c, a, meeting, 0);
	if (args_flag(a, "checksums"))
		return checksums(c, meeting, 0);
	return document(c, a, meeting, 0, "protokollet", protokoll_build, NULL);
}

struct utdrag_set {
	struct nd_db *db;
	long long meeting;
	int numbers[100];
	size_t n;
};

static enum nd_err build_set(void *ctx, const struct doc_opts *opts, struct nd_doc **out)
{
	struct utdrag_set *u = ctx;
	return utdrag_set_build(u->db, u->meeting, u->numbers, u->n, opts, out);
}

int cmd_utdrag(struct cli *c, struct args *a)
{
	struct utdrag_set u = { c->db, 0, { 0 }, 0 };
	long long id;
	int rc;
	if (a->help || a->npos < 2) {
		puts("Användning: namnd utdrag SAMMANTRÄDE N [N …] " OPTS "\n"
		     "       namnd utdrag SAMMANTRÄDE N --canonical | --checksums\n"
		     "       namnd utdrag SAMMANTRÄDE N --verify [--against FIL | --hash HEX]\n"
		     "                     [--allowed-signers FIL]\n\n"
		     "Protokollsutdrag av paragraf N (eller flera, i den ordning de ges) med\n"
		     "protokollets huvud och utdragsbestyrkande.\n");
		export_options_help();
		return a->help ? EXIT_OK : EXIT_USAGE;
	}
	if (a->npos - 1 > (int)(sizeof u.numbers / sizeof *u.numbers))
		return cli_usage("högst %zu paragrafer i ett utdrag.",
				 sizeof u.numbers / sizeof *u.numbers);
	for (int i = 1; i < a->npos; i++) {
		if ((rc = cli_paragraph(c, a->pos[0], a->pos[i], &u.meeting, &id)))
			return rc;
		cli_number(a->pos[i], &u.numbers[u.n++]);
	}
	if (args_flag(a, "canonical") || args_flag(a, "verify") || args_flag(a, "checksums")) {
		if (u.n != 1)
			return cli_usage("--canonical, --checksums och --verify gäller en paragraf i "
					 "taget.");
		if (args_flag(a, "canonical"))
			return canonical(c, u.meeting, u.numbers[0]);
		if (args_flag(a, "checksums"))
			return checksums(c, u.meeting, u.numbers[0]);
		return verify(c, a, u.meeting, u.numbers[0]);
	}
	return export_document(a, build_set, &u, "utdraget");
}

int cmd_beslutslista(struct cli *c, struct args *a)
{
	long long meeting;
	enum nd_err e;
	if (a->help || a->npos != 1) {
		puts("Användning: namnd beslutslista SAMMANTRÄDE " OPTS "\n\n"
		     "En rad per paragraf med diarienummer och beslut, för webben.\n");
		export_options_help();
		return a->help ? EXIT_OK : EXIT_USAGE;
	}
	if ((e = meeting_resolve(c->db, a->pos[0], &meeting)))
		return cli_fail(e);
	return document(c, a, meeting, 0, "beslutslistan", beslutslista_build, NULL);
}

int cmd_anslag(struct cli *c, struct args *a)
{
	long long meeting, id;
	int number = 0, rc;
	enum nd_err e;
	const char *date = args_get(a, "date"), *para = args_get(a, "paragraph");
	if (a->help || a->npos != 1) {
		puts("Användning: namnd anslag SAMMANTRÄDE [--paragraph N] --date ÅÅÅÅ-MM-DD\n"
		     "       namnd anslag SAMMANTRÄDE [--paragraph N] " OPTS "\n\n"
		     "Med --date antecknas dagen då justeringen tillkännagavs på\n"
		     "anslagstavlan (senast andra dagen efter justeringen); överklagande-\n"
		     "tiden, tre veckor, räknas därifrån. Utan --date (eller med --out)\n"
		     "skrivs anslaget: bevis om justering med datum och kontrollsumma.\n"
		     "--paragraph: en omedelbart justerad paragraf, som kan tillkännages\n"
		     "före resten av protokollet.\n");
		export_options_help();
		return a->help ? EXIT_OK : EXIT_USAGE;
	}
	if ((e = meeting_resolve(c->db, a->pos[0], &meeting)))
		return cli_fail(e);
	if (para) {
		if ((rc = cli_paragraph(c, a->pos[0], para, NULL, &id)))
			return rc;
		cli_number(para, &number);
		args_take(a, "paragraph");
	}
	if (date) {
		e = number ? anslag_record_paragraph(c->db, meeting, number, date) :
			anslag_record(c->db, meeting, date);
		if (e)
			return cli_fail(e);
		args_take(a, "date");
		if (!args_get(a, "out")) {
			printf("Anslaget sattes upp %s.\n", date);
			if (number)
				return document(c, a, meeting, number, "anslaget", NULL,
						anslag_paragraph_build);
			if (!c->tsv)
				printf("\nFrister\n");
			return deadlines_print(c, meeting);
		}
	}
	if (number)
		return document(c, a, meeting, number, "anslaget", NULL, anslag_paragraph_build);
	return document(c, a, meeting, 0, "anslaget", anslag_build, NULL);
}
