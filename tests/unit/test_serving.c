/* Who serves at a paragraph, quorum, the ersättare proposal and the vote
 * tally. A committee of five seats, worked by hand:
 *   seats      1 Karin Åberg (S), 2 Olof Ek (M), 3 Sara Öhman (SD),
 *              4 Lars Berg (S), 5 Mia Nyström (V)
 *   ersättare  11 Per Lind (S) order 1, 12 Anna Berg (M) order 2,
 *              13 Rasmus Tell (SD) order 3, 14 Eva Lund (S) order 4 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "namnd/serving.h"
#include "namnd/tally.h"

static const struct nd_seat seats[] = {
	{ 1, "Karin Åberg", "S" }, { 2, "Olof Ek", "M" }, { 3, "Sara Öhman", "SD" },
	{ 4, "Lars Berg", "S" }, { 5, "Mia Nyström", "V" },
};
#define NSEATS 5

static const struct nd_candidate ersattare[] = {
	{ 14, "Eva Lund", "S", 4 }, { 12, "Anna Berg", "M", 2 },
	{ 11, "Per Lind", "S", 1 }, { 13, "Rasmus Tell", "SD", 3 },
};
#define NERS 4

#define ROW(p, n, s, r, f, t) { p, n, s, r, f, t }

static void assert_msg_has(const char *needle)
{
	if (!strstr(nd_errmsg(), needle))
		fail_msg("message \"%s\" lacks \"%s\"", nd_errmsg(), needle);
}

static bool serves(const struct nd_serving *s, size_t n, long long person, long long seat)
{
	for (size_t i = 0; i < n; i++)
		if (s[i].person == person)
			return s[i].seat == seat;
	return false;
}

static void presence_names_round_trip(void **state)
{
	enum nd_presence p;
	(void)state;
	assert_true(presence_parse("tjänstgörande ersättare", &p));
	assert_int_equal(p, PRES_SERVING);
	assert_string_equal(presence_name(PRES_ERSATTARE), "närvarande ersättare");
	assert_false(presence_parse("Närvarande", &p));
	assert_false(presence_parse(NULL, &p));
}

/* Everyone present: five serve, quorum holds. Officials and ersättare
 * without vote never serve. */
static void full_attendance_serves_every_seat(void **state)
{
	const struct nd_attendance att[] = {
		ROW(1, "Karin Åberg", PRES_PRESENT, 0, 0, 0),
		ROW(2, "Olof Ek", PRES_PRESENT, 0, 0, 0),
		ROW(3, "Sara Öhman", PRES_PRESENT, 0, 0, 0),
		ROW(4, "Lars Berg", PRES_PRESENT, 0, 0, 0),
		ROW(5, "Mia Nyström", PRES_PRESENT, 0, 0, 0),
		ROW(11, "Per Lind", PRES_ERSATTARE, 0, 0, 0),
		ROW(20, "Eva Holm", PRES_OTHER, 0, 0, 0),
	};
	struct nd_serving out[NSEATS];
	(void)state;
	assert_int_equal(attendance_check(seats, NSEATS, att, 7, false), ND_OK);
	size_t n = serving_at(seats, NSEATS, att, 7, NULL, 0, 40, out);
	assert_int_equal(n, 5);
	assert_false(serves(out, n, 11, 3));
	assert_true(quorum_holds(n, NSEATS));
}

/* Sara Öhman (SD) absent, Rasmus Tell (SD) serves for her; Lars Berg
 * (S) arrives at § 43 and Per Lind (S) serves for him until then. */
static void partial_attendance_changes_between_paragraphs(void **state)
{
	const struct nd_attendance att[] = {
		ROW(1, "Karin Åberg", PRES_PRESENT, 0, 0, 0),
		ROW(2, "Olof Ek", PRES_PRESENT, 0, 0, 0),
		ROW(3, "Sara Öhman", PRES_ABSENT, 0, 0, 0),
		ROW(13, "Rasmus Tell", PRES_SERVING, 3, 0, 0),
		ROW(4, "Lars Berg", PRES_PRESENT, 0, 43, 0),
		ROW(11, "Per Lind", PRES_SERVING, 4, 0, 42),
		ROW(11, "Per Lind", PRES_ERSATTARE, 0, 43, 0),
		ROW(5, "Mia Nyström", PRES_PRESENT, 0, 0, 0),
	};
	struct nd_serving out[NSEATS];
	(void)state;
	assert_int_equal(attendance_check(seats, NSEATS, att, 8, false), ND_OK);
	size_t n = serving_at(seats, NSEATS, att, 8, NULL, 0, 42, out);
	assert_int_equal(n, 5);
	assert_true(serves(out, n, 11, 4));
	assert_true(serves(out, n, 13, 3));
	assert_false(serves(out, n, 4, 4));
	n = serving_at(seats, NSEATS, att, 8, NULL, 0, 43, out);
	assert_int_equal(n, 5);
	assert_true(serves(out, n, 4, 4));
	assert_false(serves(out, n, 11, 4));
	assert_string_equal(out[2].name, "Rasmus Tell");
}

/* Mia Nyström (V) is jävig at § 44: Anna Berg (M) serves in her seat for
 * that paragraph only. Without a replacement the seat is empty. */
static void jav_empties_or_fills_the_seat_for_one_paragraph(void **state)
{
	const struct nd_attendance att[] = {
		ROW(1, "Karin Åberg", PRES_PRESENT, 0, 0, 0),
		ROW(2, "Olof Ek", PRES_PRESENT, 0, 0, 0),
		ROW(3, "Sara Öhman", PRES_PRESENT, 0, 0, 0),
		ROW(4, "Lars Berg", PRES_PRESENT, 0, 0, 0),
		ROW(5, "Mia Nyström", PRES_PRESENT, 0, 0, 0),
		ROW(12, "Anna Berg", PRES_ERSATTARE, 0, 0, 0),
	};
	const struct nd_recusal with = { 5, 12, "Anna Berg" }, without = { 5, 0, NULL };
	struct nd_serving out[NSEATS];
	(void)state;
	size_t n = serving_at(seats, NSEATS, att, 6, &with, 1, 44, out);
	assert_int_equal(n, 5);
	assert_true(serves(out, n, 12, 5));
	assert_false(serves(out, n, 5, 5));
	n = serving_at(seats, NSEATS, att, 6, &without, 1, 44, out);
	assert_int_equal(n, 4);
	assert_false(serves(out, n, 5, 5));
}

/* A jävig tjänstgörande ersättare leaves the seat as a ledamot would. */
static void jav_of_a_serving_ersattare(void **state)
{
	const struct nd_attendance att[] = {
		ROW(1, "Karin Åberg", PRES_PRESENT, 0, 0, 0),
		ROW(13, "Rasmus Tell", PRES_SERVING, 3, 0, 0),
	};
	const struct nd_recusal rec = { 13, 0, NULL };
	struct nd_serving out[NSEATS];
	(void)state;
	assert_int_equal(serving_at(seats, NSEATS, att, 2, NULL, 0, 1, out), 2);
	assert_int_equal(serving_at(seats, NSEATS, att, 2, &rec, 1, 1, out), 1);
}

/* More than half of the seats: 3 of 5, 4 of 6. */
static void quorum_is_more_than_half(void **state)
{
	(void)state;
	assert_true(quorum_holds(3, 5));
	assert_false(quorum_holds(2, 5));
	assert_false(quorum_holds(3, 6));
	assert_true(quorum_holds(4, 6));
	assert_false(quorum_holds(0, 0));
	assert_int_equal(quorum_needed(5), 3);
	assert_int_equal(quorum_needed(6), 4);
	assert_int_equal(quorum_needed(9), 5);
}

/* Absent members and jäv can break quorum at one paragraph. */
static void quorum_fails_where_seats_are_empty(void **state)
{
	const struct nd_attendance att[] = {
		ROW(1, "Karin Åberg", PRES_PRESENT, 0, 0, 0),
		ROW(2, "Olof Ek", PRES_PRESENT, 0, 0, 0),
		ROW(3, "Sara Öhman", PRES_ABSENT, 0, 0, 0),
		ROW(4, "Lars Berg", PRES_ABSENT, 0, 0, 0),
		ROW(5, "Mia Nyström", PRES_PRESENT, 0, 0, 0),
	};
	const struct nd_recusal rec = { 2, 0, NULL };
	struct nd_serving out[NSEATS];
	(void)state;
	size_t n = serving_at(seats, NSEATS, att, 5, NULL, 0, 10, out);
	assert_int_equal(n, 3);
	assert_true(quorum_holds(n, NSEATS));
	n = serving_at(seats, NSEATS, att, 5, &rec, 1, 11, out);
	assert_int_equal(n, 2);
	assert_false(quorum_holds(n, NSEATS));
}

/* Own party first, even when later in the order; then the order. */
static void proposal_takes_own_party_first(void **state)
{
	(void)state;
	int i = ersattare_propose("SD", 0, 0, ersattare, NERS, NULL, 0);
	assert_true(i >= 0);
	assert_string_equal(ersattare[i].name, "Rasmus Tell");
	i = ersattare_propose("M", 0, 0, ersattare, NERS, NULL, 0);
	assert_string_equal(ersattare[i].name, "Anna Berg");
	/* S has two: the one earlier in the order. */
	i = ersattare_propose("S", 0, 0, ersattare, NERS, NULL, 0);
	assert_string_equal(ersattare[i].name, "Per Lind");
	/* No V ersättare: the first in the decided order. */
	i = ersattare_propose("V", 0, 0, ersattare, NERS, NULL, 0);
	assert_string_equal(ersattare[i].name, "Per Lind");
	i = ersattare_propose(NULL, 0, 0, ersattare, NERS, NULL, 0);
	assert_string_equal(ersattare[i].name, "Per Lind");
}

/* Absent or already serving ersättare are passed over. */
static void proposal_skips_busy_and_absent(void **state)
{
	const struct nd_attendance att[] = {
		ROW(11, "Per Lind", PRES_SERVING, 4, 0, 0),
		ROW(12, "Anna Berg", PRES_ABSENT, 0, 0, 0),
		ROW(13, "Rasmus Tell", PRES_ERSATTARE, 0, 0, 0),
	};
	(void)state;
	int i = ersattare_propose("S", 0, 0, ersattare, NERS, att, 3);
	assert_string_equal(ersattare[i].name, "Eva Lund");
	i = ersattare_propose("M", 0, 0, ersattare, NERS, att, 3);
	assert_string_equal(ersattare[i].name, "Rasmus Tell");
	/* Per Lind serves only until § 42: free for a seat from § 43. */
	const struct nd_attendance part[] = { ROW(11, "Per Lind", PRES_SERVING, 4, 0, 42) };
	i = ersattare_propose("S", 43, 0, ersattare, NERS, part, 1);
	assert_string_equal(ersattare[i].name, "Per Lind");
	i = ersattare_propose("S", 40, 0, ersattare, NERS, part, 1);
	assert_string_equal(ersattare[i].name, "Eva Lund");
	/* Nobody free. */
	const struct nd_attendance all[] = {
		ROW(11, "Per Lind", PRES_ABSENT, 0, 0, 0), ROW(12, "Anna Berg", PRES_ABSENT, 0, 0, 0),
		ROW(13, "Rasmus Tell", PRES_ABSENT, 0, 0, 0), ROW(14, "Eva Lund", PRES_ABSENT, 0, 0, 0),
	};
	assert_int_equal(ersattare_propose("S", 0, 0, ersattare, NERS, all, 4), -1);
}

static void ersattare_for_two_members_refused(void **state)
{
	const struct nd_attendance att[] = {
		ROW(11, "Per Lind", PRES_SERVING, 3, 0, 0),
		ROW(11, "Per Lind", PRES_SERVING, 4, 43, 0),
	};
	(void)state;
	assert_int_equal(attendance_check(seats, NSEATS, att, 2, false), ND_EINVAL);
	assert_string_equal(nd_errmsg(), "Per Lind kan inte tjänstgöra för både Sara Öhman "
			    "och Lars Berg (vid § 43).");
	/* One after the other is fine. */
	const struct nd_attendance seq[] = {
		ROW(11, "Per Lind", PRES_SERVING, 3, 0, 42),
		ROW(11, "Per Lind", PRES_SERVING, 4, 43, 0),
	};
	assert_int_equal(attendance_check(seats, NSEATS, seq, 2, false), ND_OK);
}

static void two_ersattare_for_one_seat_refused(void **state)
{
	const struct nd_attendance att[] = {
		ROW(11, "Per Lind", PRES_SERVING, 4, 0, 44),
		ROW(14, "Eva Lund", PRES_SERVING, 4, 44, 0),
	};
	(void)state;
	assert_int_equal(attendance_check(seats, NSEATS, att, 2, false), ND_EINVAL);
	assert_msg_has("Både Per Lind och Eva Lund tjänstgör för Lars Berg (vid § 44)");
}

static void serving_for_a_present_member_refused(void **state)
{
	const struct nd_attendance att[] = {
		ROW(4, "Lars Berg", PRES_PRESENT, 0, 43, 0),
		ROW(11, "Per Lind", PRES_SERVING, 4, 0, 0),
	};
	(void)state;
	assert_int_equal(attendance_check(seats, NSEATS, att, 2, false), ND_EINVAL);
	assert_msg_has("Lars Berg är närvarande (vid § 43); Per Lind kan inte tjänstgöra");
}

static void roles_must_fit_the_person(void **state)
{
	const struct nd_attendance not_seat = ROW(11, "Per Lind", PRES_PRESENT, 0, 0, 0);
	const struct nd_attendance seat_serving = ROW(2, "Olof Ek", PRES_SERVING, 3, 0, 0);
	const struct nd_attendance for_nonseat = ROW(11, "Per Lind", PRES_SERVING, 12, 0, 0);
	const struct nd_attendance backwards = ROW(1, "Karin Åberg", PRES_PRESENT, 0, 44, 42);
	(void)state;
	assert_int_equal(attendance_check(seats, NSEATS, &not_seat, 1, false), ND_EINVAL);
	assert_msg_has("Per Lind är inte ledamot");
	assert_int_equal(attendance_check(seats, NSEATS, &seat_serving, 1, false), ND_EINVAL);
	assert_msg_has("Olof Ek är ledamot och kan inte tjänstgöra som ersättare");
	assert_int_equal(attendance_check(seats, NSEATS, &for_nonseat, 1, false), ND_EINVAL);
	assert_msg_has("kan bara tjänstgöra för en ledamot");
	assert_int_equal(attendance_check(seats, NSEATS, &backwards, 1, false), ND_EINVAL);
	assert_msg_has("till § 42 ligger före från § 44");
	/* An ersättare's förhinder is a "frånvarande" row of a non-seat. */
	const struct nd_attendance ers_absent[] = {
		ROW(11, "Per Lind", PRES_ABSENT, 0, 0, 0),
		ROW(12, "Anna Berg", PRES_SERVING, 3, 0, 0),
	};
	assert_int_equal(attendance_check(seats, NSEATS, ers_absent, 2, false), ND_OK);
}

static void overlapping_rows_of_one_person_refused(void **state)
{
	const struct nd_attendance att[] = {
		ROW(3, "Sara Öhman", PRES_ABSENT, 0, 0, 0),
		ROW(3, "Sara Öhman", PRES_PRESENT, 0, 45, 0),
	};
	(void)state;
	assert_int_equal(attendance_check(seats, NSEATS, att, 2, false), ND_EINVAL);
	assert_msg_has("Sara Öhman har två närvaroanteckningar som gäller samtidigt "
		       "(vid § 45: \"frånvarande\" och \"närvarande\")");
}

static struct nd_serving five[] = {
	{ 1, "Karin Åberg", 1 }, { 2, "Olof Ek", 2 }, { 13, "Rasmus Tell", 3 },
	{ 4, "Lars Berg", 4 }, { 5, "Mia Nyström", 5 },
};

static void tally_counts_serving_members(void **state)
{
	const struct nd_ballot b[] = {
		{ 1, "Karin Åberg", VOTE_JA }, { 13, "Rasmus Tell", VOTE_JA },
		{ 4, "Lars Berg", VOTE_JA }, { 2, "Olof Ek", VOTE_NEJ },
		{ 5, "Mia Nyström", VOTE_AVSTAR },
	};
	struct nd_tally t = { -1, -1, -1 };
	(void)state;
	assert_int_equal(tally_check(five, 5, b, 5, 14, false, &t), ND_OK);
	assert_int_equal(t.ja, 3);
	assert_int_equal(t.nej, 1);
	assert_int_equal(t.avstar, 1);
	assert_int_equal(tally_outcome(&t), 1);
	struct nd_tally tie = { 2, 2, 1 }, no = { 1, 3, 1 };
	assert_int_equal(tally_outcome(&tie), 0);
	assert_int_equal(tally_outcome(&no), -1);
}

/* Sara Öhman is absent (Rasmus Tell serves for her): her vote is refused. */
static void vote_by_someone_not_serving_refused(void **state)
{
	const struct nd_ballot b[] = {
		{ 1, "Karin Åberg", VOTE_JA }, { 3, "Sara Öhman", VOTE_NEJ },
	};
	(void)state;
	assert_int_equal(tally_check(five, 5, b, 2, 14, false, NULL), ND_EINVAL);
	assert_msg_has("Omröstningen i § 14: Sara Öhman tjänstgör inte vid § 14");
	/* A body numbering items per meeting names the item (issue 12). */
	assert_int_equal(tally_check(five, 5, b, 2, 3, true, NULL), ND_EINVAL);
	assert_msg_has("Omröstningen i punkt 3: Sara Öhman tjänstgör inte vid punkt 3");
}

static void vote_count_must_match_serving(void **state)
{
	const struct nd_ballot b[] = {
		{ 1, "Karin Åberg", VOTE_JA }, { 13, "Rasmus Tell", VOTE_JA },
		{ 2, "Olof Ek", VOTE_NEJ }, { 5, "Mia Nyström", VOTE_NEJ },
	};
	const struct nd_ballot twice[] = {
		{ 1, "Karin Åberg", VOTE_JA }, { 1, "Karin Åberg", VOTE_NEJ },
	};
	(void)state;
	assert_int_equal(tally_check(five, 5, b, 4, 14, false, NULL), ND_EINVAL);
	assert_string_equal(nd_errmsg(), "Omröstningen i § 14 har 4 röster men 5 tjänstgör: "
			    "Lars Berg saknas (ange ja, nej eller avstår).");
	assert_int_equal(tally_check(five, 5, twice, 2, 14, false, NULL), ND_EINVAL);
	assert_msg_has("Karin Åberg har röstat två gånger");
}

static void choices_parse(void **state)
{
	enum nd_choice c;
	(void)state;
	assert_true(choice_parse("avstår", &c));
	assert_int_equal(c, VOTE_AVSTAR);
	assert_true(choice_parse("avstar", &c));
	assert_true(choice_parse("nej", &c));
	assert_int_equal(c, VOTE_NEJ);
	assert_false(choice_parse("Ja", &c));
	assert_string_equal(choice_name(VOTE_AVSTAR), "avstår");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(presence_names_round_trip),
		cmocka_unit_test(full_attendance_serves_every_seat),
		cmocka_unit_test(partial_attendance_changes_between_paragraphs),
		cmocka_unit_test(jav_empties_or_fills_the_seat_for_one_paragraph),
		cmocka_unit_test(jav_of_a_serving_ersattare),
		cmocka_unit_test(quorum_is_more_than_half),
		cmocka_unit_test(quorum_fails_where_seats_are_empty),
		cmocka_unit_test(proposal_takes_own_party_first),
		cmocka_unit_test(proposal_skips_busy_and_absent),
		cmocka_unit_test(ersattare_for_two_members_refused),
		cmocka_unit_test(two_ersattare_for_one_seat_refused),
		cmocka_unit_test(serving_for_a_present_member_refused),
		cmocka_unit_test(roles_must_fit_the_person),
		cmocka_unit_test(overlapping_rows_of_one_person_refused),
		cmocka_unit_test(tally_counts_serving_members),
		cmocka_unit_test(vote_by_someone_not_serving_refused),
		cmocka_unit_test(vote_count_must_match_serving),
		cmocka_unit_test(choices_parse),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
