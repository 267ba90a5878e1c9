#!/bin/sh
# A justerat protokoll cannot be changed by any program: raw SQL sent to
# the file by another program (Python's sqlite3, which can register the
# functions namnd's audit triggers call) and by SQLite's own shell is
# refused, and the file stays as it was.
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
	# SQLite's own shell cannot write past the triggers either.
	if sqlite3 "$NAMND_DB" "$stmt" 2>/dev/null; then bad "sqlite3 shell changed: $stmt"; else ok; fi
done
eq "the justerat protokoll is unchanged" "$before" "$(fingerprint)"

# A correction is a new, dated rättelse; the rättelse itself is final.
eq "rättelse by another program" ok "$(raw_sql "INSERT INTO rattelse (meeting_id, paragraph_id, made_on, text) VALUES ($held, $para, date('$hdate', '+8 days'), 'Rättelse: omröstningen gällde förvaltningens förslag.')")"
case $(raw_sql "DELETE FROM rattelse") in
*"ny, daterad rättelse"*) ok ;; *) bad "rättelse deleted" ;; esac
finish
