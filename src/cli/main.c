/* namnd: entry point, global options and the table of verbs. */
#include "cli.h"
#include "namnd/tui.h"

#include <errno.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <time.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef NAMND_VERSION
#define NAMND_VERSION "0.1.0"
#endif

enum { V_WRITES = 1, V_CREATES = 2, V_NODB = 4 };

struct verb {
	const char *name;
	const struct nd_entity *entity; /* generic NOUN verbs */
	int (*fn)(struct cli *, struct args *);
	unsigned flags;
	const char *help;
};

static const struct verb verbs[] = {
	{ "init", NULL, cmd_init, V_WRITES | V_CREATES, "skapa eller uppgradera databasen" },
	{ "demo", NULL, cmd_demo, V_WRITES | V_CREATES, "fyll en tom databas med demodata" },
	{ "committee", &committee_entity, NULL, V_WRITES, "nämnder och utskott" },
	{ "person", &person_entity, NULL, V_WRITES, "personregistret" },
	{ "member", &membership_entity, NULL, V_WRITES, "uppdrag: ledamöter, ersättare, sekreterare" },
	{ "case", NULL, cmd_case, V_WRITES, "ärenden med diarienummer" },
	{ "document", &document_entity, NULL, V_WRITES, "beslutsunderlag till ett ärende" },
	{ "recipient", &recipient_entity, NULL, V_WRITES, "beslutet skickas till" },
	{ "section", &section_entity, NULL, V_WRITES, "avsnitt i tjänsteutlåtandet" },
	{ "meeting", NULL, cmd_meeting, V_WRITES, "sammanträden" },
	{ "agenda", NULL, cmd_agenda, V_WRITES, "föredragningslistan" },
	{ "template", &template_entity, NULL, V_WRITES, "standardpunkter för nya sammanträden" },
	{ "delegation", &delegation_entity, NULL, V_WRITES, "delegeringsbeslut och meddelanden" },
	{ "kallelse", NULL, cmd_kallelse, V_WRITES, "kallelsen som dokument eller med e-post" },
	{ "check", NULL, cmd_check, 0, "kontroll före utskick av kallelsen" },
	{ "attendance", NULL, cmd_attendance, V_WRITES, "närvaro, ersättare och beslutförhet" },
	{ "paragraph", NULL, cmd_paragraph, V_WRITES, "protokollets paragrafer: numrering och texter" },
	{ "motion", NULL, cmd_motion, V_WRITES, "yrkanden i en paragraf" },
	{ "vote", NULL, cmd_vote, V_WRITES, "omröstning i en paragraf" },
	{ "reservation", NULL, cmd_reservation, V_WRITES, "reservationer mot ett beslut" },
	{ "note", NULL, cmd_note, V_WRITES, "protokollsanteckningar" },
	{ "recusal", NULL, cmd_recusal, V_WRITES, "jäv i en paragraf" },
	{ "expedite", NULL, cmd_expedite, V_WRITES, "expediering: vem som får utdrag" },
	{ "review", NULL, cmd_review, V_WRITES, "ordförandens granskning före justering" },
	{ "justerare", NULL, cmd_justerare, V_WRITES, "välj justerare" },
	{ "justera", NULL, cmd_justera, V_WRITES, "justera protokollet eller en paragraf" },
	{ "anslag", NULL, cmd_anslag, V_WRITES, "anslag om justeringen" },
	{ "rattelse", NULL, cmd_rattelse, V_WRITES, "rättelse av ett justerat protokoll" },
	{ "signera", NULL, cmd_signera, V_WRITES, "skriv under justeringen med en OpenSSH-nyckel" },
	{ "audit", NULL, cmd_audit, 0, "granskningsloggen: kontroll av kedjan" },
	{ "protokoll", NULL, cmd_protokoll, 0, "protokollet som text eller xlsx" },
	{ "utdrag", NULL, cmd_utdrag, 0, "protokollsutdrag av en paragraf" },
	{ "beslutslista", NULL, cmd_beslutslista, 0, "beslutslista för webben" },
	{ "publish", NULL, cmd_publish, 0, "den digitala anslagstavlan som webbplats" },
	{ "deadlines", NULL, cmd_deadlines, 0, "frister för ett sammanträde" },
	{ "search", NULL, cmd_search, 0, "fritextsökning i ärenden och paragrafer" },
	{ "setting", NULL, cmd_setting, V_WRITES, "organisationens inställningar" },
	{ "dnr", NULL, cmd_dnr, 0, "tolka och visa ett diarienummer" },
	{ "overview", NULL, cmd_overview, 0, "översikt: sammanträden och ärenden" },
	{ "report", NULL, cmd_report, V_WRITES, "månadsuppföljning: import, visning, export" },
	{ "budget", NULL, cmd_budget, V_WRITES, "nämndplanens budgettabell per område" },
};

static void usage(FILE *f)
{
	fprintf(f, "Användning: namnd [--db FIL] [--tsv] KOMMANDO [ARGUMENT …]\n"
		   "       namnd [--db FIL]            (terminalgränssnittet)\n"
		   "       namnd --help | --version\n\nKommandon:\n");
	for (size_t i = 0; i < sizeof verbs / sizeof *verbs; i++)
		fprintf(f, "  %-12s %s\n", verbs[i].name, verbs[i].help);
	fprintf(f, "\nDatabasen: --db FIL, annars $NAMND_DB, annars "
		   "$XDG_DATA_HOME/namnd/namnd.db.\n"
		   "'namnd KOMMANDO --help' visar hjälp för kommandot.\n");
}

/* --db, else NAMND_DB, else $XDG_DATA_HOME/namnd/namnd.db
 * (XDG_DATA_HOME defaults to ~/.local/share). */
static char *db_path(const char *opt, bool create)
{
	const char *env = getenv("NAMND_DB");
	if (opt && *opt)
		return strdup(opt);
	if (env && *env)
		return strdup(env);
	const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
	char dir[4096];
	if (xdg && *xdg == '/')
		snprintf(dir, sizeof dir, "%s/namnd", xdg);
	else if (home && *home)
		snprintf(dir, sizeof dir, "%s/.local/share/namnd", home);
	else
		return NULL;
	if (create) {
		/* mkdir -p, owner only: the register is personal data. */
		for (char *p = dir + 1; *p; p++) {
			if (*p != '/')
				continue;
			*p = '\0';
			mkdir(dir, 0700);
			*p = '/';
		}
		if (mkdir(dir, 0700) != 0 && errno != EEXIST)
			return NULL;
	}
	size_t n = strlen(dir) + sizeof "/namnd.db";
	char *path = malloc(n);
	if (path)
		snprintf(path, n, "%s/namnd.db", dir);
	return path;
}

int main(int argc, char **argv)
{
	const char *dbopt = NULL;
	struct cli c = { 0 };
	struct args a;
	const struct verb *v = NULL;
	int i = 1, rc;
	bool force = false;
	enum nd_err e;
	struct timespec started;

	clock_gettime(CLOCK_MONOTONIC, &started);
#ifdef __GLIBC__
	/* Blocks of 256 kB and more straight from the kernel, always, and
	 * given back when freed: glibc otherwise raises that limit after the
	 * first large free, and the slabs of a month report's rows, released
	 * as they are read (tab_rows_release), stayed in the heap. */
	mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif

	for (; i < argc && strncmp(argv[i], "-", 1) == 0; i++) {
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			usage(stdout);
			return EXIT_OK;
		} else if (strcmp(argv[i], "--version") == 0) {
			printf("namnd %s\n", NAMND_VERSION);
			return EXIT_OK;
		} else if (strcmp(argv[i], "--tsv") == 0) {
			c.tsv = true;
		} else if (strcmp(argv[i], "--db") == 0 && i + 1 < argc) {
			dbopt = argv[++i];
		} else if (strncmp(argv[i], "--db=", 5) == 0) {
			dbopt = argv[i] + 5;
		} else {
			usage(stderr);
			return cli_usage("okänt alternativ \"%s\".", argv[i]);
		}
	}
	if (i < argc) {
		for (size_t k = 0; k < sizeof verbs / sizeof *verbs; k++)
			if (strcmp(verbs[k].name, argv[i]) == 0)
				v = &verbs[k];
		if (!v) {
			usage(stderr);
			return cli_usage("okänt kommando \"%s\".", argv[i]);
		}
		i++;
	}
	static const char *const flags[] = { "force", "reverse", "public", "remove", "written", "ok",
					     "replace", "allow-area-changes", "canonical", "verify", "checksums",
					     "dry-run", "late", "send", "again", "utkast", "vacant", NULL };
	if (!args_parse(argc - i, argv + i, flags, &a))
		return EXIT_USAGE;
	if (a.help && v) {
		rc = v->entity ? cmd_entity(&c, v->entity, &a) : v->fn(&c, &a);
		args_free(&a);
		return rc;
	}
	/* The first record added creates the database; reading never does,
	 * so a mistyped path is reported instead of made. */
	bool create = v && ((v->flags & V_CREATES) ||
			    ((v->flags & V_WRITES) && a.npos > 0 && !strcmp(a.pos[0], "add")));
	char *path = db_path(dbopt, create);
	if (!path) {
		args_free(&a);
		return cli_usage("ingen databas: ange --db FIL eller sätt NAMND_DB.");
	}
	c.db_path = path;
	force = v && v->fn == cmd_demo && args_flag(&a, "force");
	if (force) {
		/* demo --force starts from an empty file, but only ever replaces
		 * an earlier demo: a real register is never thrown away. */
		struct nd_db *old = NULL;
		if (access(path, F_OK) == 0) {
			e = db_open(path, 0, &old);
			char *demo = e ? NULL : setting_get(old, "demo", "");
			bool replaceable = !e && (db_is_empty(old) || (demo && !strcmp(demo, "1")));
			free(demo);
			db_close(old);
			if (!replaceable) {
				if (!e)
					nd_fail(ND_EEXIST, "Databasen %s innehåller riktiga "
						"uppgifter; demo --force skriver bara över en "
						"tidigare demodatabas.", path);
				rc = cli_fail(e ? e : ND_EEXIST);
				goto out;
			}
		}
		char side[4200];
		unlink(path);
		snprintf(side, sizeof side, "%s-wal", path);
		unlink(side);
		snprintf(side, sizeof side, "%s-shm", path);
		unlink(side);
	}
	e = db_open(path, create ? DB_CREATE : 0, &c.db);
	if (e) {
		rc = cli_fail(e);
		goto out;
	}
	if (!v && isatty(STDIN_FILENO) && isatty(STDOUT_FILENO) && !c.tsv)
		rc = (e = tui_run(c.db, &started)) ? cli_fail(e) : EXIT_OK;
	else if (!v)
		rc = cmd_overview(&c, &a); /* not a terminal: print it */
	else if (v->entity)
		rc = cmd_entity(&c, v->entity, &a);
	else
		rc = v->fn(&c, &a);
out:
	db_close(c.db);
	args_free(&a);
	free(path);
	return rc;
}
