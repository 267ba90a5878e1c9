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

# Justering, as any program may record it.
eq "justering by raw SQL" ok "$(raw_sql "UPDATE meeting SET justerad_on = date(date, '+6 days'), status = 'justerat' WHERE id = $held")"
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

# A correction is a new, dated rättelse; the rättelse itself is final.
eq "rättelse by another program" ok "$(raw_sql "INSERT INTO rattelse (meeting_id, paragraph_id, made_on, text) VALUES ($held, $para, date('$hdate', '+8 days'), 'Rättelse: omröstningen gällde förvaltningens förslag.')")"
case $(raw_sql "DELETE FROM rattelse") in
*"ny, daterad rättelse"*) ok ;; *) bad "rättelse deleted" ;; esac
finish
