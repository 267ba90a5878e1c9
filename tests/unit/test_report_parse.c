/* Reading month report tables: headers by their words, totals, groups. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "namnd/report.h"

static struct report_data *parse(const char *text, const char *committee, enum nd_err want)
{
	struct tab_opts to = { .allow_ragged = true };
	struct report_parse_opts po = { .committee_name = committee };
	struct tab_file *t = NULL;
	struct report_data *d = NULL;
	assert_int_equal(tab_parse(text, strlen(text), &to, &t), ND_OK);
	enum nd_err e = report_parse(t, &po, &d);
	tab_free(t);
	assert_non_null(d);
	if (e != want)
		fail_msg("got %d, want %d: %s / %s", e, want, nd_errmsg(),
			 d->errors.n ? d->errors.v[0] : "");
	return d;
}

static bool has_msg(const struct report_msgs *m, const char *part)
{
	for (size_t i = 0; i < m->n; i++)
		if (strstr(m->v[i], part))
			return true;
	return false;
}

#define HAS(m, part) do { if (!has_msg(&(m), part)) fail_msg("no message with \"%s\"", part); } while (0)

static void test_two_bare_budgets_in_report_order(void **state)
{
	(void)state;
	struct report_data *d = parse("Område\tBudget\tUtfall\tBudget\tPrognos\n"
				      "Komvux\t-10\t-11\t-12\t-13\n", NULL, ND_OK);
	assert_int_equal(d->nlines, 1);
	assert_int_equal(d->lines[0].v[RC_BUDGET_ACK], -1000);
	assert_int_equal(d->lines[0].v[RC_BUDGET_YEAR], -1200);
	HAS(d->notes, "Kolumn 2 (\"Budget\") läses som Budget (ack)");
	HAS(d->notes, "Kolumn 4 (\"Budget\") läses som Budget (helår)");
	assert_int_equal(d->unit, SV_UNIT_TKR); /* the default */
	report_data_free(d);
}

static void test_unit_from_header_and_committee_total(void **state)
{
	(void)state;
	struct report_data *d = parse("Verksamhet\tBudget kr (ack)\tUtfall kr (ack)\t"
				      "Årsbudget kr\tPrognos kr\n"
				      "A\t1\t2\t3\t4\nB\t1\t2\t3\t4\n"
				      "Utbildningsnämnden\t2\t4\t6\t9\n",
				      "Utbildningsnämnden", ND_OK);
	assert_int_equal(d->unit, SV_UNIT_KR);
	assert_int_equal(d->nlines, 2);
	assert_int_equal(d->total_line, 4);
	assert_int_equal(d->warnings.n, 1);
	HAS(d->warnings, "Rad 4 (Totalt), kolumn 5 (\"Prognos kr\"): filen har 9, beräknat 8.");
	report_data_free(d);
}

static void test_summa_row_and_header_below_title(void **state)
{
	(void)state;
	struct report_data *d = parse("Månadsrapport augusti\n\n"
				      "Område;Budget (ack);Utfall (ack);Budget (helår);Prognos (helår)\n"
				      "Summa;2;2;2;2\nA;1;1;1;1\nB;1;1;1;1\n", NULL, ND_OK);
	assert_int_equal(d->header_line, 3);
	assert_int_equal(d->total_line, 4);
	assert_int_equal(d->warnings.n, 0);
	HAS(d->notes, "Totalraden (rad 4) stämmer");
	report_data_free(d);
}

static void test_groups(void **state)
{
	(void)state;
	struct report_data *d = parse("Grupp\tOmråde\tBudget (ack)\tUtfall (ack)\t"
				      "Budget (helår)\tPrognos (helår)\n"
				      "G\tA\t1\t1\t1\t1\nG\tB\t1\t1\t1\t1\n\tC\t1\t1\t1\t1\n",
				      NULL, ND_OK);
	assert_int_equal(d->nlines, 4);
	assert_true(d->lines[0].is_group);
	assert_string_equal(d->lines[0].area, "G");
	assert_int_equal(d->lines[1].parent, 0);
	assert_int_equal(d->lines[2].parent, 0);
	assert_int_equal(d->lines[3].parent, REPORT_NO_PARENT);
	report_data_free(d);
	d = parse("Grupp\tOmråde\tBudget (ack)\tUtfall (ack)\tBudget (helår)\tPrognos (helår)\n"
		  "G\tA\t1\t1\t1\t1\n\tC\t1\t1\t1\t1\nG\tB\t1\t1\t1\t1\n", NULL, ND_EINVAL);
	HAS(d->errors, "Rad 4, kolumn 1: gruppen \"G\" slutade på en tidigare rad");
	report_data_free(d);
}

static void test_row_errors(void **state)
{
	(void)state;
	struct report_data *d = parse(
		"Område\tBudget (ack)\tUtfall (ack)\tBudget (helår)\tPrognos (helår)\n"
		"A\t1\t1\t1\t1\textra\n"
		"B\t1\t1\n"
		"\t1\t1\t1\t1\n"
		"C\t\t\t\t\n"
		"Totalt\t1\t1\t1\t1\n"
		"Summa\t1\t1\t1\t1\n", NULL, ND_EINVAL);
	HAS(d->errors, "Rad 2, kolumn 6: cellen har ett värde men kolumnen har ingen rubrik.");
	HAS(d->errors, "Rad 3 har 3 celler men rubrikraden (rad 1) har 5");
	HAS(d->errors, "Rad 4, kolumn 1: raden har belopp men inget namn på området.");
	HAS(d->errors, "Rad 5, kolumn 1: området \"C\" har inga belopp");
	HAS(d->errors, "Rad 7: en andra totalrad (den första är rad 6).");
	assert_string_equal(nd_errmsg(), "Filen har 5 fel; inget har importerats.");
	report_data_free(d);
}

static void test_header_errors(void **state)
{
	(void)state;
	struct report_data *d = parse("Område\tBudget\tUtfall\tBudget\tBudget\tPrognos\n"
				      "A\t1\t1\t1\t1\t1\n", NULL, ND_EINVAL);
	HAS(d->errors, "Rad 1, kolumn 2 (\"Budget\"): det framgår inte om kolumnen är "
		       "Budget (ack) eller Budget (helår)");
	report_data_free(d);
	d = parse("Område\tUtfall (ack)\tUtfall ack\tBudget (ack)\tBudget (helår)\tPrognos\n"
		  "A\t1\t1\t1\t1\t1\n", NULL, ND_EINVAL);
	HAS(d->errors, "Rad 1: kolumn 2 (\"Utfall (ack)\") och kolumn 3 (\"Utfall ack\") är "
		       "båda Utfall (ack).");
	report_data_free(d);
	d = parse("Bara text\nOch mer text\n", NULL, ND_EINVAL);
	HAS(d->errors, "Hittar ingen rubrikrad");
	report_data_free(d);
}

/* The question about a header word not known: what it was told, and
 * the answers to give in turn. */
struct asked {
	int n;
	size_t col[4];
	char head[4][64], word[4][32], first[4][32];
	int nchoices[4];
	const int *answers;
};

static int ask(void *ctx, const struct report_question *q)
{
	struct asked *a = ctx;
	int i = a->n++;
	if (i >= 4)
		fail_msg("asked more than four times");
	a->col[i] = q->col;
	snprintf(a->head[i], sizeof a->head[i], "%s", q->head);
	snprintf(a->word[i], sizeof a->word[i], "%s", q->word);
	snprintf(a->first[i], sizeof a->first[i], "%s", q->nchoices ? q->choices[0] : "");
	a->nchoices[i] = q->nchoices;
	return a->answers[i];
}

static struct tab_file *table(const char *text)
{
	struct tab_opts to = { .allow_ragged = true };
	struct tab_file *t = NULL;
	assert_int_equal(tab_parse(text, strlen(text), &to, &t), ND_OK);
	return t;
}

/* Malmö stad's "Delårsrapp jan-aug" (Årsredovisning 2015, Prognossäkerhet)
 * as the forecast of a month report: asked about with its header and
 * word, read as the column answered; given up, nothing is read. */
static void test_month_word_asked(void **state)
{
	static const int forecast[] = { 4 }, give_up[] = { REPORT_ASK_CANCEL };
	struct asked a = { .answers = forecast };
	struct report_parse_opts po = { .ask = ask, .ask_ctx = &a };
	struct report_data *d = NULL;
	struct tab_file *t = table("Område\tBudget ack\tUtfall ack\tBudget helår\t"
				   "Delårsrapp jan-aug\nKommunstyrelse\t20\t21\t30\t32\n");
	(void)state;
	assert_int_equal(report_parse(t, &po, &d), ND_OK);
	assert_int_equal(a.n, 1);
	assert_int_equal(a.col[0], 4);
	assert_string_equal(a.head[0], "Delårsrapp jan-aug");
	assert_string_equal(a.word[0], "delårsrapp");
	assert_string_equal(a.first[0], "Budget (ack)");
	assert_int_equal(a.nchoices[0], 7);
	assert_int_equal(d->lines[0].v[RC_PROGNOS_YEAR], 3200);
	HAS(d->notes, "Kolumn 5 (\"Delårsrapp jan-aug\") läses som Prognos (helår) (ditt svar).");
	report_data_free(d);
	a = (struct asked){ .answers = give_up };
	assert_int_equal(report_parse(t, &po, &d), ND_EINVAL);
	HAS(d->errors, "Importen avbröts vid kolumn 5 (\"Delårsrapp jan-aug\").");
	report_data_free(d);
	tab_free(t);
}

/* Header words namnd does not know in a budget table (made up beside
 * Sjöbo kommun's "Bokslut" and "Prognos", Budget 2025, Driftbudget per
 * nämnd): the first answered as next year's Budget, the second left
 * unread, from four choices; the Bokslut is not asked about but read as
 * the year before's outcome (schema 036). */
static void test_budget_word_asked(void **state)
{
	static const int answers[] = { 1, REPORT_ASK_IGNORE };
	struct asked a = { .answers = answers };
	struct budget_parse_opts po = { .ask = ask, .ask_ctx = &a };
	struct report_data *d = NULL;
	struct tab_file *t = table("(mnkr)\tBokslut 2024\tPrognos 2025\tBudget 2025\t"
				   "Ramförslag 2026\tKalkyl 2027\nPolitisk verksamhet\t0,3\t0,2\t"
				   "0,2\t– 1,8\t– 1,8\n");
	(void)state;
	assert_int_equal(budget_parse(t, &po, &d), ND_OK);
	assert_int_equal(a.n, 2);
	assert_int_equal(a.col[0], 4);
	assert_string_equal(a.word[0], "ramförslag");
	assert_string_equal(a.first[0], "Prognos");
	assert_int_equal(a.nchoices[0], 4);
	assert_string_equal(a.head[1], "Kalkyl 2027");
	assert_int_equal(d->year, 2025);
	assert_int_equal(d->lines[0].v[BC_BUDGET_NEXT], -180000); /* – 1,8 mnkr in tkr */
	assert_int_equal(d->lines[0].v[BC_OUTCOME], 30000);
	HAS(d->notes, "Kolumnerna: Bokslut 2024 (kolumn 2), Prognos 2025 (kolumn 3)");
	HAS(d->notes, "Kolumn 6 (\"Kalkyl 2027\") läses inte (ditt svar).");
	report_data_free(d);
	tab_free(t);
}

static void test_period(void **state)
{
	(void)state;
	int y, m;
	assert_int_equal(report_period_parse("2023-10", &y, &m), ND_OK);
	assert_int_equal(y, 2023);
	assert_int_equal(m, 10);
	const char *bad[] = { "2023-13", "2023-00", "2023-1", "23-10", "2023/10", "2023-10x", "" };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		assert_int_equal(report_period_parse(bad[i], &y, &m), ND_EINVAL);
	assert_int_equal(report_period_parse(NULL, &y, &m), ND_EINVAL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_two_bare_budgets_in_report_order),
		cmocka_unit_test(test_unit_from_header_and_committee_total),
		cmocka_unit_test(test_summa_row_and_header_below_title),
		cmocka_unit_test(test_groups),
		cmocka_unit_test(test_row_errors),
		cmocka_unit_test(test_header_errors),
		cmocka_unit_test(test_month_word_asked),
		cmocka_unit_test(test_budget_word_asked),
		cmocka_unit_test(test_period),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
