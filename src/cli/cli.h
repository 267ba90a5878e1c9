/* Command line: shared pieces of the verbs. */
#ifndef NAMND_CLI_H
#define NAMND_CLI_H

#include <stdbool.h>
#include <stdio.h>
#include "namnd/doc.h"
#include "namnd/entity.h"

#define ARGS_MAX 64

/* Exit codes (see namnd(1)). */
enum {
	EXIT_OK = 0,
	EXIT_DATA = 1,     /* bad value, rule broken, exists */
	EXIT_USAGE = 2,    /* wrong command line */
	EXIT_NOTFOUND = 3, /* the named record does not exist */
	EXIT_DB = 4,       /* database cannot be used: not ours, newer, locked, read-only */
};

struct args {
	int npos;
	const char *pos[ARGS_MAX];
	int nopt;
	const char *names[ARGS_MAX];  /* without "--" */
	const char *values[ARGS_MAX]; /* NULL for flags */
	char *owned[ARGS_MAX];        /* file contents read for --x-file */
	int nowned;
	bool help;
};

/* Split argv into positionals and --name value / --name=value options.
 * Names in flags take no value. "--x-file PATH" reads PATH ("-": standard
 * input) as the value of --x. Prints a message and returns false on
 * error. */
bool args_parse(int argc, char **argv, const char *const *flags, struct args *a);
void args_free(struct args *a);
const char *args_get(const struct args *a, const char *name);
bool args_flag(const struct args *a, const char *name);
/* Remove an option from the list (after the verb has used it). */
void args_take(struct args *a, const char *name);

struct cli {
	struct nd_db *db;
	const char *db_path;
	bool tsv; /* machine-readable output */
};

/* Print the last error and return the exit code for e. */
int cli_fail(enum nd_err e);
/* EXIT_OK when out may be written: it does not exist, or --force was
 * given; else says so (exit code of ND_EEXIST). */
int cli_out_free(struct args *a, const char *out);

/* A usage error: message to stderr, returns EXIT_USAGE. */
int cli_usage(const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 1, 2)))
#endif
	;

/* Row printers (nd_row_fn). ctx is a struct printer. */
struct printer {
	struct cli *cli;
	const int *widths; /* display columns per column, 0 = rest */
	int rows;
	bool header_done;
};
int print_list_row(void *ctx, sqlite3_stmt *st);
int print_show_row(void *ctx, sqlite3_stmt *st);
/* Print s sanitized (control characters removed) and cut/padded to w
 * columns (w = 0: as is). */
void print_cell(FILE *f, const char *s, int w, bool pad);

/* MEETING and § NUMBER as typed into the paragraph's id (and the
 * meeting's, when meeting_id is not NULL). Returns EXIT_OK, or prints the
 * error and returns its exit code. */
int cli_paragraph(struct cli *c, const char *meeting, const char *number,
		  long long *meeting_id, long long *paragraph);
/* A paragraph number "14", "§14" or "§ 14". */
bool cli_number(const char *s, int *out);
/* --from N and --to N (paragraph numbers; 0 when not given; messages say
 * "punkt" when items). Returns
 * EXIT_OK or a usage error. */
int cli_range(const struct args *a, bool items, int *from, int *to);

/* --column "ORD=SLAG" and --ignore "ORD" of report/budget import
 * (answers.c): the header question the UI asks, answered beforehand. */
#define CLI_ANSWERS_MAX 32
struct cli_answer {
	char word[128], kind[128];
	bool ignore, used;
};
struct cli_answers {
	struct cli_answer v[CLI_ANSWERS_MAX];
	int n;
	char bad[600];  /* a kind that is none of the question's choices */
};
struct report_question;
/* Read the options of a into ans. Returns EXIT_OK or a usage error. */
int cli_answers_read(const struct args *a, struct cli_answers *ans);
/* A report_ask_fn over ans: the answer for the word or the whole header,
 * REPORT_ASK_UNKNOWN when none is given. */
int cli_answer(void *ctx, const struct report_question *q);
/* After the import: a kind not known, answers never asked for. */
void cli_answers_report(const struct cli_answers *ans);
/* A person, or a vacant seat of meeting's body ("Vakant (M)", schema
 * 030); EXIT_OK or the printed error's exit code. */
int cli_person_at(struct cli *c, long long meeting, const char *ref, long long *id);
/* A person by id or name; EXIT_OK or the printed error's exit code. */
int cli_person(struct cli *c, const char *ref, long long *id);

/* --format, --out, --width and --public for a document verb. */
int export_options(struct args *a, enum doc_format *fmt, const char **out, int *width,
		   struct doc_opts *opts);
/* Render doc to standard output, or write it to out; frees doc. */
int export_finish(struct nd_doc *doc, enum doc_format fmt, const char *out, int width,
		  const char *what);

/* The meeting's deadlines (LAW.md), one line each. */
int deadlines_print(struct cli *c, long long id);

/* Verbs. */
int cmd_entity(struct cli *c, const struct nd_entity *e, struct args *a);
/* namnd member's own verbs (cmd_member.c): add --vacant and fill; -1
 * when the verb is a generic one. */
int member_extra(struct cli *c, struct args *a);
void member_help_extra(void);
/* After a membership is added or its period or role changed: warn,
 * naming the meeting, when it reaches a justerat meeting (whose
 * protokoll keeps the register as it was; namnd/vacancy.h). */
void member_justerat_warn(struct cli *c, long long membership, const char *from,
			  const char *to, bool any_role);
void entity_help_fields(const struct nd_entity *e);
int cmd_case(struct cli *c, struct args *a);
int cmd_agenda(struct cli *c, struct args *a);
int cmd_meeting(struct cli *c, struct args *a);
int cmd_deadlines(struct cli *c, struct args *a);
int cmd_search(struct cli *c, struct args *a);
int cmd_setting(struct cli *c, struct args *a);
int cmd_dnr(struct cli *c, struct args *a);
int cmd_overview(struct cli *c, struct args *a);
int cmd_init(struct cli *c, struct args *a);
int cmd_kallelse(struct cli *c, struct args *a);
int cmd_check(struct cli *c, struct args *a);
/* namnd meeting absent SAMMANTRÄDE PERSON [--remove]: förhinder. */
int meeting_absent(struct cli *c, struct args *a);
/* namnd agenda export SAMMANTRÄDE …: the föredragningslista. */
int cmd_agenda_export(struct cli *c, struct args *a);
/* namnd agenda import SAMMANTRÄDE FIL [--replace]. */
int cmd_agenda_import(struct cli *c, struct args *a);
/* The lines of --help for --format, --out, --width, --public. */
void export_options_help(void);
/* Build a document with --public read into its options, then print it
 * (text) or write it to --out (text or xlsx, --width). what names it in
 * "Skrev what till FIL.". Returns the exit code. */
struct doc_opts;
struct nd_doc;
typedef enum nd_err (*doc_builder)(void *ctx, const struct doc_opts *opts,
				   struct nd_doc **out);
int export_document(struct args *a, doc_builder build, void *ctx, const char *what);
int cmd_attendance(struct cli *c, struct args *a);
int cmd_paragraph(struct cli *c, struct args *a);
int cmd_motion(struct cli *c, struct args *a);
int cmd_vote(struct cli *c, struct args *a);
int cmd_reservation(struct cli *c, struct args *a);
int cmd_note(struct cli *c, struct args *a);
int cmd_recusal(struct cli *c, struct args *a);
int cmd_expedite(struct cli *c, struct args *a);
int cmd_justerare(struct cli *c, struct args *a);
int cmd_justera(struct cli *c, struct args *a);
int cmd_anslag(struct cli *c, struct args *a);
int cmd_review(struct cli *c, struct args *a);
int cmd_rattelse(struct cli *c, struct args *a);
int cmd_signera(struct cli *c, struct args *a);
int cmd_audit(struct cli *c, struct args *a);
int cmd_protokoll(struct cli *c, struct args *a);
int cmd_utdrag(struct cli *c, struct args *a);
int cmd_beslutslista(struct cli *c, struct args *a);
int cmd_publish(struct cli *c, struct args *a);
/* namnd kallelse MEETING --send / expedite MEETING --send [--maildir DIR]
 * [--again]: by e-mail (mail.h). */
int kallelse_send_cmd(struct cli *c, struct args *a);
int expedite_send_cmd(struct cli *c, struct args *a);
int cmd_demo(struct cli *c, struct args *a);
int cmd_report(struct cli *c, struct args *a);
int cmd_budget(struct cli *c, struct args *a);

#endif
