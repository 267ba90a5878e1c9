#!/bin/sh
# A justerat protokoll cannot be changed by any program: raw SQL sent to
# the file by another program (Python's sqlite3) and by SQLite's own
# shell, neither of which has namnd's functions, is refused with the
# triggers' Swedish message, and the file stays as it was. What is not
# justerat such a program may change, audited without a user.
. tests/cli/lib.sh
. tests/cli/fixtures/raw.sh

expect_ok "demo" demo
q() { sqlite3 -readonly "$NAMND_DB" "$1"; }
held=$(q "SELECT id FROM meeting WHERE status = 'genomfört' AND EXISTS (SELECT 1 FROM paragraph p WHERE p.meeting_id = meeting.id) ORDER BY date DESC LIMIT 1")
hdate=$(q "SELECT date FROM meeting WHERE id = $held")


# The demo's omedelbart justerad paragraph is locked already.
imm=$(q "SELECT id FROM paragraph WHERE meeting_id = $held AND immediate = 1")
eq "omedelbart justerad in the demo" "$hdate" "$(q "SELECT justerad_on FROM paragraph WHERE id = $imm")"
case $(raw_sql "UPDATE paragraph SET decision = 'Ändrat' WHERE id = $imm") in
*"Paragrafen är justerad"*) ok ;; *) bad "immediate paragraph edited by raw SQL" ;; esac
eq "another program may change what is not justerat" ok \
	"$(raw_sql "UPDATE paragraph SET account = 'Redigerat före justering.' WHERE meeting_id = $held AND immediate = 0 AND number = (SELECT min(number) FROM paragraph WHERE meeting_id = $held)")"

# Justering. Another program cannot mark the meeting justerat by itself
# (schema 041: justerad_on needs the justering's record), so namnd
# justerar it, the ordförande letting the demo's one anmärkning stand.
case $(raw_sql "UPDATE meeting SET justerad_on = date(date, '+6 days'), status = 'justerat' WHERE id = $held") in
*"namnd justera"*) ok ;; *) bad "justering by raw SQL not refused" ;; esac
expect_ok "the ordförande lets the anmärkning stand" review $held --paragraph \
	"$(q "SELECT min(number) FROM paragraph WHERE meeting_id = $held AND EXISTS (SELECT 1 FROM reservation r WHERE r.paragraph_id = paragraph.id AND r.reason IS NULL)")" \
	--override reservation --reason "Skälen lämnas senare." --by "Henrik Östlund"
expect_ok "justering" justera $held --by "Birgitta Sandell" --date "$(q "SELECT min(date(date, '+6 days'), '$NAMND_TODAY') FROM meeting WHERE id = $held")"
before=$(fingerprint)
para=$(q "SELECT id FROM paragraph WHERE meeting_id = $held AND EXISTS (SELECT 1 FROM vote v WHERE v.paragraph_id = paragraph.id)")
for stmt in \
	"UPDATE paragraph SET decision = 'Ändrat i efterhand' WHERE id = $para" \
	"DELETE FROM paragraph WHERE id = $para" \
	"UPDATE vote SET vote = 'nej' WHERE paragraph_id = $para" \
	"DELETE FROM vote WHERE paragraph_id = $para" \
	"INSERT INTO vote (paragraph_id, person_id, vote) VALUES ($para, 20, 'ja')" \
	"UPDATE reservation SET reason = NULL WHERE paragraph_id = $para" \
	"DELETE FROM reservation WHERE paragraph_id = $para" \
	"UPDATE motion SET text = 'Annat yrkande' WHERE paragraph_id = $para" \
	"DELETE FROM protocol_note" \
	"DELETE FROM recusal" \
	"UPDATE attendance SET status = 'frånvarande' WHERE meeting_id = $held" \
	"DELETE FROM attendance WHERE meeting_id = $held" \
	"DELETE FROM justerare WHERE meeting_id = $held" \
	"UPDATE meeting SET date = date(date, '-1 day') WHERE id = $held" \
	"UPDATE meeting SET justerad_on = NULL, status = 'genomfört' WHERE id = $held"; do
	res=$(raw_sql "$stmt")
	case $res in
	*justera*) ok ;;
	*) bad "raw SQL not refused by the database: $stmt ($res)" ;;
	esac
	# SQLite's own shell, which has none of namnd's functions, is
	# refused by the same triggers and shown their Swedish message.
	if res=$(sqlite3 "$NAMND_DB" "$stmt" 2>&1); then
		bad "sqlite3 shell changed: $stmt"
	else
		case $res in
		*"är justera"*) ok ;;
		*) bad "sqlite3 shell not given the lock's message: $stmt ($res)" ;;
		esac
	fi
done
eq "the justerat protokoll is unchanged" "$before" "$(fingerprint)"

# The shell is told why, in Swedish, for the paragraph, its vote and the
# meeting's attendance, and the file stays as it was.
shell_refused() {
	if res=$(sqlite3 "$NAMND_DB" "$2" 2>&1); then
		bad "sqlite3 shell: $1 went through"
	else
		case $res in
		*"$3"*) ok ;;
		*) bad "sqlite3 shell: $1: expected '$3', got '$res'" ;;
		esac
	fi
}
shell_refused "paragraph edited" "UPDATE paragraph SET decision = 'Ändrat' WHERE id = $para" \
	"Paragrafen är justerad (justerat protokoll eller omedelbar justering) och kan inte ändras."
shell_refused "paragraph deleted" "DELETE FROM paragraph WHERE id = $para" \
	"Paragrafen är justerad (justerat protokoll eller omedelbar justering) och kan inte tas bort."
shell_refused "vote changed" "UPDATE vote SET vote = 'avstår' WHERE paragraph_id = $para" \
	"Protokollet är justerat: omröstningen i en justerad paragraf kan inte ändras."
shell_refused "vote deleted" "DELETE FROM vote WHERE paragraph_id = $para" \
	"Protokollet är justerat: omröstningen i en justerad paragraf kan inte ändras."
shell_refused "attendance changed" "UPDATE attendance SET to_paragraph = from_paragraph WHERE meeting_id = $held" \
	"Protokollet är justerat: närvaron kan inte ändras för justerade paragrafer."
shell_refused "attendance deleted" "DELETE FROM attendance WHERE meeting_id = $held" \
	"Protokollet är justerat: närvaron kan inte ändras för justerade paragrafer."
eq "the shell left the justerat protokoll as it was" "$before" "$(fingerprint)"

# What is not justerat the shell may change, and the change is audited
# without a user: the shell cannot tell who ran it.
person=$(q "SELECT min(id) FROM person")
audits=$(q "SELECT max(id) FROM audit_log")
if sqlite3 "$NAMND_DB" "UPDATE person SET phone = '08-123 45 67' WHERE id = $person"; then ok; else bad "sqlite3 shell cannot write an ordinary row"; fi
eq "the shell's write is kept" "08-123 45 67" "$(q "SELECT phone FROM person WHERE id = $person")"
eq "the shell's write is audited once, with no user" "1||person|update|08-123 45 67" \
	"$(q "SELECT count(*), max(who), max(tbl), max(action), max(json_extract(new, '\$.phone')) FROM audit_log WHERE id > $audits")"
# A column whose DEFAULT is namnd's nd_today() fails clearly in the
# shell when left out, and nothing is written.
before=$(fingerprint)
shell_refused "month report without imported_on" \
	"INSERT INTO month_report (committee_id, year, month) VALUES ((SELECT min(id) FROM committee), 2020, 1)" \
	"nd_today"
eq "the failed insert wrote nothing" "$before" "$(fingerprint)"
# namnd's own writes still carry the user (NAMND_USER).
audits=$(q "SELECT max(id) FROM audit_log")
expect_ok "namnd edits the person" person edit "$person" --phone "08-765 43 21"
eq "namnd's write is audited with its user" "1|testare|person|08-765 43 21" \
	"$(q "SELECT count(*), max(who), max(tbl), max(json_extract(new, '\$.phone')) FROM audit_log WHERE id > $audits")"

# Every form of write, on every table the justerat protokoll is made of:
# REPLACE (whose implicit delete fires no DELETE trigger), UPSERT, an
# INSERT taking a locked row's id or unique key, UPDATE OR REPLACE taking
# it from another row, and plain UPDATE and DELETE; by another program
# and by SQLite's own shell. Rows of a meeting that is not justerat (the
# demo's next one) are the attacker's.
free=$(q "SELECT id FROM meeting WHERE status = 'kallat' ORDER BY date LIMIT 1")
fcom=$(q "SELECT committee_id FROM meeting WHERE id = $free")
hcom=$(q "SELECT committee_id FROM meeting WHERE id = $held")
hstart=$(q "SELECT start_time FROM meeting WHERE id = $held")
who=$(q "SELECT min(person_id) FROM attendance WHERE meeting_id = $held")
eq "an open paragraph of another meeting" ok "$(raw_sql "INSERT INTO paragraph (id, meeting_id, committee_id, year, number, title) VALUES (90001, $free, $fcom, 2099, 1, 'Öppen')")"
open=90001
lp=$(q "SELECT min(id) FROM paragraph WHERE meeting_id = $held")
lcase=$(q "SELECT case_id FROM paragraph WHERE meeting_id = $held AND EXISTS (SELECT 1 FROM case_document d WHERE d.case_id = paragraph.case_id) LIMIT 1")
ocase=$(q "SELECT min(id) FROM cases WHERE id NOT IN (SELECT case_id FROM paragraph WHERE case_id IS NOT NULL)")
eq "an open row in every table" ok "$(raw_sql "INSERT INTO motion (id, paragraph_id, position, person_id, text) VALUES (90001, $open, 1, $who, 'Öppet')")"
raw_sql "INSERT INTO vote (id, paragraph_id, person_id, vote) VALUES (90001, $open, $who, 'ja')" >/dev/null
raw_sql "INSERT INTO reservation (id, paragraph_id, person_id) VALUES (90001, $open, $who)" >/dev/null
raw_sql "INSERT INTO protocol_note (id, paragraph_id, text) VALUES (90001, $open, 'Öppen')" >/dev/null
raw_sql "INSERT INTO recusal (id, paragraph_id, person_id) VALUES (90001, $open, $who)" >/dev/null
raw_sql "INSERT INTO paragraph_recipient (id, paragraph_id, recipient, purpose) VALUES (90001, $open, 'Öppen', 'för kännedom')" >/dev/null
raw_sql "INSERT INTO attendance (id, meeting_id, person_id, status) VALUES (90001, $free, $who, 'övrig')" >/dev/null
raw_sql "INSERT INTO agenda_item (id, meeting_id, position, kind, title) VALUES (90001, $free, 900, 'procedur', 'Öppen')" >/dev/null
raw_sql "INSERT INTO case_document (id, case_id, position, title) VALUES (90001, $ocase, 900, 'Öppen')" >/dev/null
eq "the open rows are there" "1|1|1|1|1|1|1|1|1" "$(q "SELECT (SELECT count(*) FROM motion WHERE id = 90001), (SELECT count(*) FROM vote WHERE id = 90001), (SELECT count(*) FROM reservation WHERE id = 90001), (SELECT count(*) FROM protocol_note WHERE id = 90001), (SELECT count(*) FROM recusal WHERE id = 90001), (SELECT count(*) FROM paragraph_recipient WHERE id = 90001), (SELECT count(*) FROM attendance WHERE id = 90001), (SELECT count(*) FROM agenda_item WHERE id = 90001), (SELECT count(*) FROM case_document WHERE id = 90001)")"

# attacks TABLE LOCKED_ID COLUMNS VALUES SET: the forms of write that
# take row LOCKED_ID of TABLE, the new row (COLUMNS, VALUES with the id
# first) pointing at something open.
attacks() {
	printf '%s\n' \
		"INSERT OR REPLACE INTO $1 ($3) VALUES ($2, $4)" \
		"REPLACE INTO $1 ($3) VALUES ($2, $4)" \
		"INSERT INTO $1 ($3) VALUES ($2, $4) ON CONFLICT DO UPDATE SET $5" \
		"INSERT OR IGNORE INTO $1 ($3) VALUES ($2, $4)" \
		"INSERT INTO $1 ($3) VALUES ($2, $4)" \
		"UPDATE OR REPLACE $1 SET id = $2 WHERE id = 90001" \
		"UPDATE $1 SET $5 WHERE id = $2" \
		"DELETE FROM $1 WHERE id = $2"
}
lid() { q "SELECT min(x.id) FROM $1 x JOIN paragraph p ON p.id = x.paragraph_id WHERE p.meeting_id = $held"; }
lagenda=$(q "SELECT min(id) FROM agenda_item WHERE meeting_id = $held")
latt=$(q "SELECT min(id) FROM attendance WHERE meeting_id = $held")
ldoc=$(q "SELECT min(id) FROM case_document WHERE case_id = $lcase")
lpkey=$(q "SELECT committee_id || ', ' || year || ', ' || number FROM paragraph WHERE id = $lp")
lcasekey=$(q "SELECT quote(dnr_series) || ', ' || dnr_year || ', ' || dnr_number FROM cases WHERE id = $lcase")
{
	attacks motion "$(lid motion)" "id, paragraph_id, position, person_id, text" "$open, 7, $who, 'X'" "text = 'X'"
	attacks vote "$(lid vote)" "id, paragraph_id, person_id, vote" "$open, $who, 'ja'" "vote = 'avstår'"
	attacks reservation "$(lid reservation)" "id, paragraph_id, person_id" "$open, $who" "reason = 'X'"
	attacks protocol_note "$(lid protocol_note)" "id, paragraph_id, text" "$open, 'X'" "text = 'X'"
	attacks recusal "$(lid recusal)" "id, paragraph_id, person_id" "$open, $who" "replaced_by = NULL"
	attacks paragraph_recipient "$(lid paragraph_recipient)" "id, paragraph_id, recipient, purpose" "$open, 'X', 'för kännedom'" "recipient = 'X'"
	attacks attendance "$latt" "id, meeting_id, person_id, status" "$free, $who, 'övrig'" "status = 'övrig'"
	attacks agenda_item "$lagenda" "id, meeting_id, position, kind, title" "$free, 901, 'procedur', 'X'" "duration = 60"
	attacks paragraph "$lp" "id, meeting_id, committee_id, year, number, title" "$free, $fcom, 2099, 2, 'X'" "decision = 'X'"
	attacks paragraph "$imm" "id, meeting_id, committee_id, year, number, title" "$free, $fcom, 2099, 3, 'X'" "decision = 'X'"
	attacks case_document "$ldoc" "id, case_id, position, title" "$ocase, 901, 'X'" "title = 'X'"
	# The unique keys besides the id.
	echo "INSERT OR REPLACE INTO paragraph (meeting_id, committee_id, year, number, title) VALUES ($free, $lpkey, 'X')"
	echo "INSERT OR REPLACE INTO paragraph (meeting_id, committee_id, year, number, title, agenda_item_id) VALUES ($free, $fcom, 2099, 4, 'X', (SELECT agenda_item_id FROM paragraph WHERE id = $lp))"
	echo "UPDATE OR REPLACE paragraph SET committee_id = $hcom, year = (SELECT year FROM paragraph WHERE id = $lp), number = (SELECT number FROM paragraph WHERE id = $lp) WHERE id = $open"
	echo "INSERT OR REPLACE INTO meeting (id, committee_id, date, start_time) VALUES ($held, $fcom, '2099-01-01', '10:00')"
	echo "INSERT OR REPLACE INTO meeting (committee_id, date, start_time) VALUES ($hcom, '$hdate', '$hstart')"
	echo "UPDATE OR REPLACE meeting SET committee_id = $hcom, date = '$hdate', start_time = '$hstart' WHERE id = $free"
	echo "INSERT OR REPLACE INTO justerare (meeting_id, person_id, position) VALUES ($held, $who, 1)"
	echo "INSERT OR REPLACE INTO case_document (case_id, position, title) VALUES ($lcase, (SELECT position FROM case_document WHERE id = $ldoc), 'X')"
	echo "DELETE FROM case_document WHERE case_id = $lcase"
	echo "INSERT INTO agenda_item (meeting_id, position, kind, title) VALUES ($held, 900, 'procedur', 'X')"
	echo "UPDATE agenda_item SET position = position + 100 WHERE meeting_id = $held"
	echo "DELETE FROM agenda_item WHERE meeting_id = $held"
} > "$TMP/attacks"
n=0
before=$(fingerprint)
while IFS= read -r stmt; do
	n=$((n + 1))
	case $(raw_sql "$stmt") in
	*justera*) ok ;;
	*) bad "another program got through: $stmt" ;;
	esac
	if res=$(sqlite3 "$NAMND_DB" "$stmt" 2>&1); then
		bad "sqlite3 shell got through: $stmt"
	else
		case $res in
		*justera*) ok ;;
		*) bad "sqlite3 shell not given the lock's message: $stmt ($res)" ;;
		esac
	fi
done < "$TMP/attacks"
eq "every attack was tried" 100 "$n"
eq "the attacks left the file as it was" "$before" "$(fingerprint)"

# The ärende of a justerad paragraph keeps its dnr, and is not replaced
# or removed (its title index needs namnd's collation, so the other
# program here is Python with a stand-in).
for stmt in \
	"UPDATE cases SET dnr_number = dnr_number + 5000 WHERE id = $lcase" \
	"DELETE FROM cases WHERE id = $lcase" \
	"INSERT OR REPLACE INTO cases (id, dnr_year, dnr_number, title, registered) VALUES ($lcase, 2099, 1, 'X', '2099-01-01')" \
	"INSERT OR REPLACE INTO cases (dnr_series, dnr_year, dnr_number, title, registered) VALUES ($lcasekey, 'X', '2099-01-01')" \
	"UPDATE OR REPLACE cases SET dnr_series = (SELECT dnr_series FROM cases WHERE id = $lcase), dnr_year = (SELECT dnr_year FROM cases WHERE id = $lcase), dnr_number = (SELECT dnr_number FROM cases WHERE id = $lcase) WHERE id = $ocase"; do
	case $(raw_sql "$stmt") in
	*"justerat protokoll"*) ok ;;
	*) bad "the ärende of a justerad paragraph changed: $stmt" ;;
	esac
done
eq "the ärende is as it was" "$before" "$(fingerprint)"
# What is open stays open: the attacker's own rows may go.
eq "an open ärende's status may change" ok "$(raw_sql "UPDATE cases SET status = 'avslutat' WHERE id = $lcase")"
eq "an open row may be replaced" ok "$(raw_sql "INSERT OR REPLACE INTO vote (id, paragraph_id, person_id, vote) VALUES (90001, $open, $who, 'nej')")"
eq "a new beslutsunderlag may follow" ok "$(raw_sql "INSERT INTO case_document (case_id, position, title) VALUES ($lcase, 999, 'Ny handling')")"

# A correction is a new, dated rättelse; the rättelse itself is final.
eq "rättelse by another program" ok "$(raw_sql "INSERT INTO rattelse (meeting_id, paragraph_id, made_on, text) VALUES ($held, $para, date('$hdate', '+8 days'), 'Rättelse: omröstningen gällde förvaltningens förslag.')")"
case $(raw_sql "DELETE FROM rattelse") in
*"ny, daterad rättelse"*) ok ;; *) bad "rättelse deleted" ;; esac
rid=$(q "SELECT max(id) FROM rattelse")
for stmt in \
	"INSERT OR REPLACE INTO rattelse (id, meeting_id, made_on, text) VALUES ($rid, $held, '$hdate', 'Annan rättelse')" \
	"INSERT INTO rattelse (id, meeting_id, made_on, text) VALUES ($rid, $held, '$hdate', 'Annan') ON CONFLICT DO UPDATE SET text = excluded.text"; do
	if res=$(sqlite3 "$NAMND_DB" "$stmt" 2>&1); then bad "rättelse replaced: $stmt"; else
		case $res in *"ny, daterad rättelse"*) ok ;; *) bad "rättelse replace message: $res" ;; esac
	fi
done
# The ordförande's recorded overrides are part of the justering: once the
# meeting is justerat, no form of write takes, changes or removes one.
om=$(q "SELECT min(m.id) FROM meeting m WHERE m.justerad_on IS NULL AND m.date <= date('now') AND EXISTS (SELECT 1 FROM paragraph p WHERE p.meeting_id = m.id)")
op=$(q "SELECT min(id) FROM paragraph WHERE meeting_id = $om")
oper=$(q "SELECT min(person_id) FROM attendance WHERE meeting_id = $om")
eq "an override on a meeting not yet justerat" ok "$(raw_sql "INSERT INTO review_override (id, meeting_id, paragraph_id, kind, reason, person_id) VALUES (90002, $om, $op, 'beslut', 'Information.', $oper)")"
# Justerat by another program, which writes a record first (schema 041;
# what it holds is its own affair: --verify is what judges it).
eq "the meeting's record, by another program" ok "$(raw_sql "INSERT INTO protocol_record (meeting_id, number, body) VALUES ($om, 0, 'x')")"
eq "the meeting justeras" ok "$(raw_sql "UPDATE meeting SET justerad_on = date('now') WHERE id = $om")"
before=$(q "SELECT group_concat(id || '|' || meeting_id || '|' || paragraph_id || '|' || kind || '|' || reason, ';') FROM review_override")
for stmt in \
	"INSERT OR REPLACE INTO review_override (id, meeting_id, paragraph_id, kind, reason) VALUES (90002, $free, NULL, 'sen justering', 'X')" \
	"INSERT INTO review_override (meeting_id, paragraph_id, kind, reason, person_id) VALUES ($om, $op, 'beslut', 'X', $oper) ON CONFLICT DO UPDATE SET reason = 'X'" \
	"INSERT OR REPLACE INTO review_override (meeting_id, paragraph_id, kind, reason, person_id) VALUES ($om, $op, 'beslut', 'X', $oper)" \
	"UPDATE review_override SET reason = 'X' WHERE id = 90002" \
	"DELETE FROM review_override WHERE id = 90002"; do
	if res=$(sqlite3 "$NAMND_DB" "$stmt" 2>&1); then bad "override changed: $stmt"; else
		case $res in *justera*) ok ;; *) bad "override lock message: $res" ;; esac
	fi
done
eq "the overrides are as they were" "$before" "$(q "SELECT group_concat(id || '|' || meeting_id || '|' || paragraph_id || '|' || kind || '|' || reason, ';') FROM review_override")"
finish
