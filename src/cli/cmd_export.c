/* namnd kallelse, namnd agenda export: documents to the terminal or a file. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "namnd/doc.h"
#include "namnd/meetdoc.h"

#define EXPORT_OPTS "[--format text|xlsx|pdf] [--out FIL] [--width N] [--public]"

static const char export_help[] =
	"  --format text|xlsx|pdf\n"
	"                      text (standard), Excel eller PDF (A4, taggad, med\n"
	"                      inbäddade typsnitt); --out FIL.xlsx ger xlsx,\n"
	"                      --out FIL.pdf ger PDF\n"
	"  --out FIL           skriv till FIL (utan: texten till terminalen);\n"
	"                      filen skrivs helt eller inte alls\n"
	"  --width N           radbredd för text, %d–%d (standard %d)\n"
	"  --force             skriv över FIL om den finns (annars vägras det)\n"
	"  --public            sekretessbelagda punkter visas bara som sekretess\n";

void export_options_help(void)
{
	printf(export_help, DOC_WIDTH_MIN, DOC_WIDTH_MAX, DOC_WIDTH_DEFAULT);
}

int cli_out_free(struct args *a, const char *out)
{
	struct stat st;
	if (!out || !*out || args_flag(a, "force") || stat(out, &st) != 0 || S_ISDIR(st.st_mode))
		return EXIT_OK;
	nd_fail(ND_EEXIST, "Filen %s finns redan; lägg till --force för att skriva över "
		"den (den behåller sina rättigheter).", out);
	return cli_fail(ND_EEXIST);
}

/* Reads --format, --out, --width; fills opts from --public. */
int export_options(struct args *a, enum doc_format *fmt, const char **out,
			  int *width, struct doc_opts *opts)
{
	const char *f = args_get(a, "format"), *w = args_get(a, "width");
	enum nd_err e;
	int rc;
	*out = args_get(a, "out");
	*fmt = *out ? doc_format_guess(*out) : DOC_TEXT;
	if (f && (e = doc_format_parse(f, fmt)))
		return cli_fail(e);
	*width = DOC_WIDTH_DEFAULT;
	if (w) {
		char *end;
		long v = strtol(w, &end, 10);
		if (*w == '\0' || *end || v < DOC_WIDTH_MIN || v > DOC_WIDTH_MAX)
			return cli_usage("--width ska vara ett tal %d–%d, inte \"%s\".",
					 DOC_WIDTH_MIN, DOC_WIDTH_MAX, w);
		*width = (int)v;
	}
	if (*fmt == DOC_XLSX && !*out)
		return cli_usage("xlsx skrivs till en fil: ange --out FIL.xlsx.");
	if (*fmt == DOC_PDF && !*out)
		return cli_usage("pdf skrivs till en fil: ange --out FIL.pdf.");
	if (*out && !**out)
		return cli_usage("--out behöver ett filnamn.");
	if ((rc = cli_out_free(a, *out)) != EXIT_OK)
		return rc;
	opts->public_only = args_flag(a, "public");
	return EXIT_OK;
}

/* Render doc to standard output or write it to the file. Frees doc. */
int export_finish(struct nd_doc *doc, enum doc_format fmt, const char *out,
			 int width, const char *what)
{
	enum nd_err e = ND_OK;
	if (!out) {
		char *text = doc_render_text(doc, width);
		if (text)
			fputs(text, stdout);
		else
			e = ND_ENOMEM;
		free(text);
	} else if ((e = doc_write(doc, fmt, width, out)) == ND_OK) {
		printf("Skrev %s till %s.\n", what, out);
	}
	doc_free(doc);
	return e ? cli_fail(e) : EXIT_OK;
}

int export_document(struct args *a, doc_builder build, void *ctx, const char *what)
{
	enum doc_format fmt = DOC_TEXT;
	const char *out = NULL;
	int width = DOC_WIDTH_DEFAULT, rc;
	struct doc_opts opts = { false };
	struct nd_doc *doc = NULL;
	enum nd_err e;
	if ((rc = export_options(a, &fmt, &out, &width, &opts)) != EXIT_OK)
		return rc;
	if ((e = build(ctx, &opts, &doc)))
		return cli_fail(e);
	return export_finish(doc, fmt, out, width, what);
}

typedef enum nd_err (*meeting_builder)(struct nd_db *, long long, const struct doc_opts *,
				       struct nd_doc **);

struct meeting_export {
	struct nd_db *db;
	long long id;
	meeting_builder build;
};

static enum nd_err build_meeting(void *ctx, const struct doc_opts *opts, struct nd_doc **out)
{
	struct meeting_export *m = ctx;
	return m->build(m->db, m->id, opts, out);
}

/* The meeting is the first positional argument after skip ones. */
static int export_meeting(struct cli *c, struct args *a, int skip, meeting_builder build,
			  const char *what)
{
	struct meeting_export m = { c->db, 0, build };
	enum nd_err e;
	if (a->npos != skip + 1)
		return cli_usage("ange ett sammanträde (id eller KOD:ÅÅÅÅ-MM-DD).");
	if ((e = meeting_resolve(c->db, a->pos[skip], &m.id)))
		return cli_fail(e);
	return export_document(a, build_meeting, &m, what);
}

int cmd_kallelse(struct cli *c, struct args *a)
{
	if (a->help || a->npos == 0) {
		puts("Användning: namnd kallelse SAMMANTRÄDE " EXPORT_OPTS "\n\n"
		     "Kallelsen: nämnd, dag, tid och plats, ledamöter och ersättare med\n"
		     "parti, övriga inbjudna med titel, vart förhinder anmäls, ordföranden,\n"
		     "sammanträdets anteckningar och föredragningslistan med tider räknade\n"
		     "från starttiden och punkternas längd.\n");
		export_options_help();
		puts("\n       namnd kallelse SAMMANTRÄDE --send [--maildir MAPP] [--again]\n\n"
		     "--send skickar kallelsen med e-post, ett meddelande per ledamot, ersättare\n"
		     "och inbjuden med e-postadress, kallelsen bifogad som PDF; de utan adress\n"
		     "räknas upp. Avsändare är nämndens sekreterare (annars inställningen\n"
		     "mail_from). Meddelandena lämnas till kommandot i inställningen sendmail\n"
		     "(standard \"sendmail -t -oi\"), eller läggs i Maildir-mappen MAPP. Vem som\n"
		     "fick vad, när och med vilket Message-ID antecknas, och sammanträdet blir\n"
		     "kallat. En kallelse som redan skickats skickas igen bara med --again.");
		return a->help ? EXIT_OK : EXIT_USAGE;
	}
	if (args_flag(a, "send"))
		return kallelse_send_cmd(c, a);
	return export_meeting(c, a, 0, kallelse_build, "kallelsen");
}

int cmd_agenda_export(struct cli *c, struct args *a)
{
	return export_meeting(c, a, 1, agenda_doc_build, "föredragningslistan");
}
