/* The database guards a justerat protokoll itself (schema/003): raw SQL
 * on the open file, as any program could send it, is refused by the
 * triggers once the meeting or a paragraph is justerad. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "namnd/db.h"

static char dir[64];
static char path[128];
static struct nd_db *db;

static const char *const fixture =
	"INSERT INTO committee (id, code, name) VALUES (1, 'UBN', 'Utbildningsnämnden');"
	"INSERT INTO person (id, name, party) VALUES (1, 'Karin Åberg', 'S'),"
	" (2, 'Olof Ek', 'M'), (3, 'Sara Öhman', 'SD'), (4, 'Per Lind', 'S'),"
	" (5, 'Eva Holm', NULL);"
	"INSERT INTO meeting (id, committee_id, date, start_time, place) VALUES"
	" (1, 1, '2024-03-20', '08:30', 'Älven'), (2, 1, '2024-04-17', '08:30', 'Älven');"
	"INSERT INTO agenda_item (id, meeting_id, position, kind, title) VALUES"
	" (1, 1, 1, 'information', 'Ett'), (2, 1, 2, 'information', 'Två'),"
	" (3, 1, 3, 'information', 'Tre');"
	"INSERT INTO paragraph (id, meeting_id, agenda_item_id, committee_id, year, number,"
	" title, decision) VALUES (1, 1, 1, 1, 2024, 12, 'Ett', 'Beslut ett'),"
	" (2, 1, 2, 1, 2024, 13, 'Två', 'Beslut två'), (3, 1, 3, 1, 2024, 14, 'Tre', NULL);"
	"INSERT INTO attendance (id, meeting_id, person_id, status, replaces_id,"
	" from_paragraph, to_paragraph) VALUES (1, 1, 1, 'närvarande', NULL, 0, NULL),"
	" (2, 1, 2, 'närvarande', NULL, 0, NULL), (3, 1, 3, 'frånvarande', NULL, 0, NULL),"
	" (4, 1, 4, 'tjänstgörande ersättare', 3, 0, NULL), (5, 1, 5, 'övrig', NULL, 14, 14);"
	"INSERT INTO justerare (meeting_id, person_id, position) VALUES (1, 2, 1);"
	"INSERT INTO motion (id, paragraph_id, position, person_id, text) VALUES"
	" (1, 2, 1, 1, 'bifall'), (2, 1, 1, 1, 'bifall');"
	"INSERT INTO vote (id, paragraph_id, person_id, vote) VALUES (1, 2, 1, 'ja'),"
	" (2, 2, 2, 'nej'), (3, 2, 4, 'ja');"
	"INSERT INTO reservation (id, paragraph_id, person_id) VALUES (1, 2, 2);"
	"INSERT INTO protocol_note (id, paragraph_id, person_id, text) VALUES (1, 2, 2, 'not');"
	"INSERT INTO recusal (id, paragraph_id, person_id, replaced_by) VALUES (1, 1, 2, NULL);"
	"INSERT INTO paragraph_recipient (id, paragraph_id, recipient, purpose) VALUES"
	" (1, 2, 'Skolinspektionen', 'för kännedom');";

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof dir, "/tmp/namnd-lock-XXXXXX");
	if (!mkdtemp(dir))
		return -1;
	snprintf(path, sizeof path, "%s/t.db", dir);
	setenv("NAMND_TODAY", "2024-03-12", 1);
	setenv("NAMND_USER", "enhetstest", 1);
	if (db_open(path, DB_CREATE, &db) != ND_OK)
		return -1;
	return sqlite3_exec(db->h, fixture, NULL, NULL, NULL) == SQLITE_OK ? 0 : -1;
}

static int teardown(void **state)
{
	char side[160];
	(void)state;
	db_close(db);
	db = NULL;
	unlink(path);
	snprintf(side, sizeof side, "%s-wal", path);
	unlink(side);
	snprintf(side, sizeof side, "%s-shm", path);
	unlink(side);
	rmdir(dir);
	return 0;
}

static void exec_ok(const char *sql)
{
	char *err = NULL;
	if (sqlite3_exec(db->h, sql, NULL, NULL, &err) != SQLITE_OK) {
		char msg[512];
		snprintf(msg, sizeof msg, "%s: %s", sql, err ? err : "?");
		sqlite3_free(err);
		fail_msg("%s", msg);
	}
}

/* The statement fails with a message containing needle. */
static void exec_refused(const char *sql, const char *needle)
{
	char *err = NULL;
	int rc = sqlite3_exec(db->h, sql, NULL, NULL, &err);
	if (rc == SQLITE_OK)
		fail_msg("accepted: %s", sql);
	if (!err || !strstr(err, needle)) {
		char msg[512];
		snprintf(msg, sizeof msg, "%s: \"%s\" lacks \"%s\"", sql, err ? err : "", needle);
		sqlite3_free(err);
		fail_msg("%s", msg);
	}
	sqlite3_free(err);
}

static long long scalar(const char *sql)
{
	sqlite3_stmt *st = NULL;
	long long v = -1;
	assert_int_equal(sqlite3_prepare_v2(db->h, sql, -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

static void justera_meeting(void)
{
	/* The record first, as namnd's justering writes it: justerad_on
	 * is set only where it exists (schema 041). */
	exec_ok("INSERT INTO protocol_record (meeting_id, number, body) VALUES (1, 0, 'test')");
	exec_ok("UPDATE paragraph SET justerad_on = '2024-03-25' WHERE meeting_id = 1 "
		"AND justerad_on IS NULL;"
		"UPDATE meeting SET justerad_on = '2024-03-25', status = 'justerat', "
		"protocol_sha256 = '" "0123456789abcdef0123456789abcdef"
		"0123456789abcdef0123456789abcdef' WHERE id = 1;");
}

static void before_justering_everything_can_change(void **state)
{
	(void)state;
	exec_ok("UPDATE paragraph SET decision = 'Nytt beslut' WHERE id = 2;"
		"UPDATE vote SET vote = 'avstår' WHERE id = 1;"
		"DELETE FROM reservation WHERE id = 1;"
		"UPDATE attendance SET to_paragraph = 13 WHERE id = 1;"
		"DELETE FROM justerare; INSERT INTO justerare VALUES (1, 1, 1);"
		"UPDATE meeting SET place = 'Ån' WHERE id = 1;");
	assert_int_equal(scalar("SELECT count(*) FROM reservation"), 0);
}

static void justerat_protokoll_refuses_every_edit(void **state)
{
	(void)state;
	justera_meeting();
	exec_refused("UPDATE paragraph SET decision = 'Annat' WHERE id = 2", "justerat");
	exec_refused("UPDATE paragraph SET number = 40 WHERE id = 3", "justerat");
	exec_refused("DELETE FROM paragraph WHERE id = 3", "kan inte tas bort");
	exec_refused("INSERT INTO paragraph (meeting_id, committee_id, year, number, title) "
		     "VALUES (1, 1, 2024, 15, 'Ny')", "justerat");
	exec_refused("UPDATE motion SET text = 'avslag' WHERE id = 1", "yrkanden");
	exec_refused("DELETE FROM motion WHERE id = 2", "yrkanden");
	exec_refused("INSERT INTO motion (paragraph_id, position, person_id, text) "
		     "VALUES (2, 2, 2, 'avslag')", "yrkanden");
	exec_refused("UPDATE vote SET vote = 'nej' WHERE id = 1", "omröstningen");
	exec_refused("DELETE FROM vote WHERE id = 3", "omröstningen");
	exec_refused("INSERT INTO vote (paragraph_id, person_id, vote) VALUES (1, 2, 'ja')",
		     "omröstningen");
	exec_refused("UPDATE reservation SET reason = 'Skäl' WHERE id = 1", "reservationer");
	exec_refused("DELETE FROM reservation", "reservationer");
	exec_refused("UPDATE protocol_note SET text = 'x' WHERE id = 1", "protokollsanteckningar");
	exec_refused("DELETE FROM recusal", "jäv");
	exec_refused("INSERT INTO recusal (paragraph_id, person_id) VALUES (2, 1)", "jäv");
	exec_refused("DELETE FROM paragraph_recipient", "expedieringen");
	exec_refused("UPDATE attendance SET status = 'närvarande' WHERE id = 3", "närvaron");
	exec_refused("DELETE FROM attendance WHERE id = 5", "närvaron");
	exec_refused("INSERT INTO attendance (meeting_id, person_id, status) "
		     "VALUES (1, 2, 'övrig')", "närvaron");
	exec_refused("DELETE FROM justerare", "justerarna");
	exec_refused("INSERT INTO justerare VALUES (1, 1, 2)", "justerarna");
	exec_refused("UPDATE meeting SET place = 'Ån' WHERE id = 1", "justerat");
	exec_refused("UPDATE meeting SET date = '2024-03-21' WHERE id = 1", "justerat");
	exec_refused("UPDATE meeting SET justerad_on = NULL WHERE id = 1", "justerat");
	exec_refused("UPDATE meeting SET protocol_sha256 = NULL WHERE id = 1", "justerat");
	exec_refused("UPDATE meeting SET status = 'genomfört' WHERE id = 1", "justerat");
	exec_refused("DELETE FROM meeting WHERE id = 1", "justerat");
	/* The agenda of a justerat meeting is locked with it (and the
	 * item's removal would unlink the justerad paragraph). */
	exec_refused("DELETE FROM agenda_item WHERE id = 2", "föredragningslistan");
	exec_refused("UPDATE agenda_item SET duration = 90 WHERE id = 2", "tider");
	/* Nothing changed. */
	assert_int_equal(scalar("SELECT count(*) FROM vote WHERE paragraph_id = 2"), 3);
	assert_int_equal(scalar("SELECT count(*) FROM attendance WHERE meeting_id = 1"), 5);
	assert_int_equal(scalar("SELECT count(*) FROM paragraph WHERE decision = 'Beslut två'"), 1);
	assert_int_equal(scalar("SELECT count(*) FROM agenda_item"), 3);
}

static void anslag_and_rattelse_after_justering(void **state)
{
	(void)state;
	exec_refused("INSERT INTO rattelse (meeting_id, made_on, text) VALUES "
		     "(1, '2024-03-26', 'För tidigt')", "justerat protokoll");
	exec_refused("UPDATE meeting SET anslag_on = '2024-03-26' WHERE id = 1",
		     "före justeringen");
	justera_meeting();
	exec_refused("UPDATE meeting SET anslag_on = '2024-03-24' WHERE id = 1",
		     "före justeringen");
	exec_ok("UPDATE meeting SET anslag_on = '2024-03-26', status = 'anslaget' WHERE id = 1");
	exec_refused("UPDATE meeting SET anslag_on = '2024-03-27' WHERE id = 1", "justerat");
	/* arkiverat only with its fact (schema 13). */
	exec_refused("UPDATE meeting SET status = 'arkiverat' WHERE id = 1",
		     "status följer av vad som har skett");
	exec_ok("UPDATE meeting SET archived_on = '2024-04-30', status = 'arkiverat', "
		"notes = 'Arkiverat i pärm 3' WHERE id = 1");
	exec_ok("INSERT INTO rattelse (id, meeting_id, paragraph_id, made_on, text) VALUES "
		"(1, 1, 2, '2024-04-02', 'Namnet ska vara Olof Ek.')");
	exec_refused("UPDATE rattelse SET text = 'x' WHERE id = 1", "ny, daterad rättelse");
	exec_refused("DELETE FROM rattelse WHERE id = 1", "ny, daterad rättelse");
	/* A rättelse names a paragraph of its own meeting. */
	exec_refused("INSERT INTO rattelse (meeting_id, paragraph_id, made_on, text) VALUES "
		     "(2, 2, '2024-04-02', 'Fel sammanträde')", "justerat");
}

static void justering_date_not_before_meeting(void **state)
{
	(void)state;
	exec_refused("UPDATE meeting SET justerad_on = '2024-03-19' WHERE id = 1",
		     "före sammanträdet");
	exec_refused("INSERT INTO meeting (committee_id, date, start_time, justerad_on) "
		     "VALUES (1, '2024-05-15', '08:30', '2024-05-14')", "före sammanträdet");
	assert_int_equal(scalar("SELECT count(*) FROM meeting"), 2);
}

/* § 13 omedelbart justerad during the meeting: it and the rows under it
 * are locked, the rest of the protokoll is not. */
static void omedelbar_justering_locks_one_paragraph(void **state)
{
	(void)state;
	exec_ok("INSERT INTO protocol_record (meeting_id, number, body) SELECT meeting_id, "
		"number, 'test' FROM paragraph WHERE id = 2");
	exec_ok("UPDATE paragraph SET justerad_on = '2024-03-20', justerad_sha256 = "
		"'abababababababababababababababababababababababababababababababab' WHERE id = 2");
	exec_refused("UPDATE paragraph SET decision = 'Annat' WHERE id = 2", "justerad");
	exec_refused("UPDATE paragraph SET justerad_sha256 = NULL WHERE id = 2", "justerad");
	exec_refused("INSERT INTO vote (paragraph_id, person_id, vote) VALUES (2, 5, 'ja')",
		     "omröstningen");
	exec_refused("DELETE FROM reservation WHERE paragraph_id = 2", "reservationer");
	exec_refused("DELETE FROM motion WHERE paragraph_id = 2", "yrkanden");
	/* The rest of the protokoll is still open. */
	exec_ok("UPDATE paragraph SET decision = 'Ändrat' WHERE id = 1;"
		"DELETE FROM motion WHERE paragraph_id = 1;"
		"UPDATE paragraph SET decision = 'Beslut tre' WHERE id = 3;");
	/* Attendance covering § 13 keeps its role there; it may end later. */
	exec_refused("UPDATE attendance SET status = 'frånvarande' WHERE id = 1", "närvaron");
	exec_refused("UPDATE attendance SET from_paragraph = 14 WHERE id = 2", "närvaron");
	exec_refused("UPDATE attendance SET to_paragraph = 12 WHERE id = 2", "närvaron");
	exec_refused("DELETE FROM attendance WHERE id = 4", "närvaron");
	exec_refused("INSERT INTO attendance (meeting_id, person_id, status, from_paragraph, "
		     "to_paragraph) VALUES (1, 5, 'övrig', 13, 13)", "närvaron");
	exec_ok("UPDATE attendance SET to_paragraph = 13 WHERE id = 2;"
		"INSERT INTO attendance (meeting_id, person_id, status, from_paragraph) "
		"VALUES (1, 2, 'frånvarande', 14);"
		"UPDATE attendance SET from_paragraph = 14, to_paragraph = NULL WHERE id = 5;");
	/* The extract states body, date, time and place; the end time is not
	 * known until the meeting ends. */
	exec_refused("UPDATE meeting SET date = '2024-03-21' WHERE id = 1", "omedelbart justerad");
	exec_refused("UPDATE meeting SET place = 'Ån' WHERE id = 1", "omedelbart justerad");
	exec_ok("UPDATE meeting SET end_time = '11:30' WHERE id = 1");
	exec_refused("INSERT INTO justerare VALUES (1, 1, 2)", "justerarna");
	exec_refused("DELETE FROM meeting WHERE id = 1", "justerat");
	/* The whole protokoll is justerat later; § 13 keeps its own date. */
	justera_meeting();
	assert_int_equal(scalar("SELECT count(*) FROM paragraph WHERE justerad_on = '2024-03-20'"), 1);
	assert_int_equal(scalar("SELECT count(*) FROM paragraph WHERE justerad_on = '2024-03-25'"), 2);
	exec_refused("UPDATE paragraph SET decision = 'x' WHERE id = 3", "justerad");
}

/* An omedelbart justerad paragraph's anslag may be recorded once, not
 * before its justering, and with nothing else changed. */
static void paragraph_anslag_set_once(void **state)
{
	(void)state;
	exec_refused("UPDATE paragraph SET anslag_on = '2024-03-21' WHERE id = 2",
		     "före justeringen");
	exec_ok("INSERT INTO protocol_record (meeting_id, number, body) SELECT meeting_id, "
		"number, 'test' FROM paragraph WHERE id = 2");
	exec_ok("UPDATE paragraph SET justerad_on = '2024-03-20' WHERE id = 2");
	exec_refused("UPDATE paragraph SET anslag_on = '2024-03-19' WHERE id = 2",
		     "före justeringen");
	exec_refused("UPDATE paragraph SET anslag_on = '2024-03-21', decision = 'x' WHERE id = 2",
		     "justerad");
	exec_ok("UPDATE paragraph SET anslag_on = '2024-03-21' WHERE id = 2");
	exec_refused("UPDATE paragraph SET anslag_on = '2024-03-22' WHERE id = 2", "justerad");
	exec_refused("UPDATE paragraph SET anslag_on = NULL WHERE id = 2", "justerad");
	assert_int_equal(scalar("SELECT count(*) FROM paragraph WHERE anslag_on = '2024-03-21' "
				"AND decision = 'Beslut två'"), 1);
}

/* The triggers come with the upgrade: the audit log still records the
 * justering itself. */
static void justering_is_audited(void **state)
{
	(void)state;
	justera_meeting();
	assert_int_equal(scalar("SELECT count(*) FROM audit_log WHERE tbl = 'meeting' AND "
				"action = 'update' AND json_extract(new, '$.justerad_on') = "
				"'2024-03-25'"), 1);
}

/* No program marks a meeting or a paragraph justerat without the record
 * of that justering (schema 041, hostile19 F12). */
static void justering_needs_its_record(void **state)
{
	(void)state;
	exec_refused("UPDATE paragraph SET justerad_on = '2024-03-25' WHERE meeting_id = 1",
		     "namnd justera");
	exec_refused("UPDATE meeting SET justerad_on = '2024-03-25' WHERE id = 1",
		     "namnd justera");
	exec_refused("INSERT INTO meeting (committee_id, date, start_time, justerad_on) "
		     "VALUES (1, '2024-05-15', '08:30', '2024-05-16')", "namnd justera");
	assert_int_equal(scalar("SELECT count(*) FROM meeting WHERE justerad_on IS NOT NULL"), 0);
	assert_int_equal(scalar("SELECT count(*) FROM paragraph WHERE justerad_on IS NOT NULL"), 0);
	/* A paragraph's own record lets only that paragraph be justerad. */
	exec_ok("INSERT INTO protocol_record (meeting_id, number, body) SELECT meeting_id, "
		"number, 'test' FROM paragraph WHERE id = 2");
	exec_refused("UPDATE meeting SET justerad_on = '2024-03-25' WHERE id = 1",
		     "namnd justera");
	exec_ok("UPDATE paragraph SET justerad_on = '2024-03-20' WHERE id = 2");
	/* A record is still written once. */
	exec_refused("INSERT INTO protocol_record (meeting_id, number, body) SELECT meeting_id, "
		     "number, 'again' FROM paragraph WHERE id = 2", "skrivs en gång");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(before_justering_everything_can_change, setup, teardown),
		cmocka_unit_test_setup_teardown(justerat_protokoll_refuses_every_edit, setup, teardown),
		cmocka_unit_test_setup_teardown(anslag_and_rattelse_after_justering, setup, teardown),
		cmocka_unit_test_setup_teardown(justering_date_not_before_meeting, setup, teardown),
		cmocka_unit_test_setup_teardown(omedelbar_justering_locks_one_paragraph, setup, teardown),
		cmocka_unit_test_setup_teardown(justering_is_audited, setup, teardown),
		cmocka_unit_test_setup_teardown(paragraph_anslag_set_once, setup, teardown),
		cmocka_unit_test_setup_teardown(justering_needs_its_record, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
