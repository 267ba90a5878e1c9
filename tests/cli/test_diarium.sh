#!/bin/sh
# The diarium keeps what it registered (issue 10, item 5): a registered
# ärende is never deleted, by namnd or by any other program; one
# registered by mistake is makulerat with a reason, keeps its dnr (the
# number is never given out again), shows as makulerat in list, search
# and show, cannot be put on an agenda or changed, and the makulering is
# audited with the user. A file from before this version is upgraded.
. tests/cli/lib.sh
. tests/cli/fixtures/raw.sh

expect_ok "demo" demo
q() { sqlite3 -readonly "$NAMND_DB" "$1"; }
cases=$(q "SELECT count(*) FROM cases")

expect_ok "register by mistake" case add --title "Skolskjuts – dubblett" --committee UBN
has "its dnr" "Registrerade ärende UBN 2024/"
dnr=$(printf '%s\n' "$out" | sed -n 's/^Registrerade ärende \(UBN 2024\/[0-9]*\)\.$/\1/p')
id=$(q "SELECT max(id) FROM cases")
num=$(q "SELECT dnr_number FROM cases WHERE id = $id")

# Never deleted: namnd refuses, naming the dnr and the way out.
expect_fail "case rm refuses a registered ärende" 1 \
	"Ärende $dnr är registrerat i diariet och tas aldrig bort.*namnd case void $dnr --reason" \
	case rm "$dnr"
treated=$(q "SELECT c.dnr_series || ' ' || c.dnr_year || '/' || c.dnr_number FROM cases c JOIN paragraph p ON p.case_id = c.id JOIN meeting m ON m.id = p.meeting_id ORDER BY p.id LIMIT 1")
expect_fail "nor one treated at a meeting" 1 "registrerat i diariet" case rm "$treated"
eq "nothing removed" "$((cases + 1))" "$(q "SELECT count(*) FROM cases")"

# Makulera: a reason is needed, and it must be visible text.
expect_fail "no reason" 1 "Ange skälet till makuleringen" case void "$dnr"
expect_fail "a reason of invisible characters" 1 \
	'Fältet "skäl" består bara av blanksteg eller osynliga tecken \(U\+200B U\+00A0\)' \
	case void "$dnr" --reason "$(printf '\342\200\213\302\240')"
# Not one on an agenda: it is taken off first (and one treated stays).
expect_ok "on an agenda" agenda add UBN:2024-03-20 --case "$dnr"
expect_fail "on an agenda: refused, naming the meeting" 1 \
	"Ärende $dnr står på föredragningslistan eller i protokollet för UBN 2024-03-20" \
	case void "$dnr" --reason "Dubblett"
expect_fail "one treated at a meeting is not makulerat" 1 \
	"Ärende $treated står på föredragningslistan eller i protokollet för UBNAU 2024-02-14" \
	case void "$treated" --reason "Fel"
item=$(q "SELECT id FROM agenda_item WHERE case_id = $id")
expect_ok "off the agenda" agenda rm "$item"
eq "nothing makulerat yet" "" "$(q "SELECT voided FROM cases WHERE id = $id")"
expect_ok "makulera" case void "$dnr" --reason "Registrerades två gånger; se UBN 2024/12"
has "said so" "Makulerade ärende $dnr; diarienumret står kvar i diariet"
expect_fail "makulera twice" 1 "Ärende $dnr makulerades redan 2024-03-12" \
	case void "$dnr" --reason "igen"

# Shown as makulerat everywhere.
run case show "$dnr"
has "show: status" "^Status +makulerat$"
has "show: date" "^Makulerat +2024-03-12$"
has "show: reason" "^Skäl för makulering +Registrerades två gånger; se UBN 2024/12$"
has "show: by whom" "^Makulerat av +testare$"
has "show: the dnr stays" "^Dnr +$dnr$"
run case list --match skolskjuts
has "list: makulerat" "^$dnr +Skolskjuts – dubblett +makulerat +UBN"
run --tsv case list --status makulerat
eq "list --status makulerat: only it" "$id	$dnr	Skolskjuts – dubblett	makulerat	UBN" "$out"
run --tsv case list --status registrerat --match skolskjuts
hasnt "not under its old status" "dubblett"
run --tsv search dubblett
has "search: makulerat" "$dnr.*makulerat"

# Its dnr is never given out again.
expect_fail "the same dnr by hand" 1 "finns redan" case add --title "Annat" --dnr "$dnr"
expect_ok "the next ärende" case add --title "Nästa ärende" --committee UBN
has "gets the next number" "Registrerade ärende UBN 2024/$((num + 1))\."

# A makulerat ärende is not put on an agenda, not changed.
expect_fail "not on an agenda" 1 "makulerat i diariet och kan inte tas upp på en föredragningslista" \
	agenda add UBN:2024-03-20 --case "$dnr"
expect_fail "not changed" 1 "Ärendet är makulerat i diariet och kan inte ändras" \
	case edit "$dnr" --title "Nytt namn"
expect_fail "status not changed" 1 "makulerat i diariet" case edit "$dnr" --status beslutat

# Audited with the user.
eq "the makulering is in the audit log, with the user" \
	"testare|2024-03-12|Registrerades två gånger; se UBN 2024/12" \
	"$(q "SELECT who || '|' || json_extract(new, '$.voided') || '|' || json_extract(new, '$.void_reason') FROM audit_log WHERE tbl = 'cases' AND row_id = $id AND action = 'update'")"

# Other programs: SQLite's own shell cannot put the ärende on an agenda,
# and no program undoes or changes the makulering ...
before=$(fingerprint)
mtg=$(q "SELECT id FROM meeting WHERE date = '2024-03-20' AND committee_id = (SELECT id FROM committee WHERE code = 'UBN')")
for stmt in \
	"INSERT INTO agenda_item (meeting_id, position, kind, case_id) VALUES ($mtg, 99, 'ärende', $id)" \
	"UPDATE agenda_item SET case_id = $id WHERE id = (SELECT min(a.id) FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id WHERE m.justerad_on IS NULL AND a.case_id IS NOT NULL)"; do
	if res=$(sqlite3 "$NAMND_DB" "$stmt" 2>&1); then
		bad "sqlite3 shell changed: $stmt"
	else
		case $res in
		*"makulerat i diariet"*) ok ;;
		*) bad "sqlite3 shell not given the diarium's message: $stmt ($res)" ;;
		esac
	fi
done
for stmt in \
	"UPDATE cases SET voided = NULL, void_reason = NULL WHERE id = $id" \
	"UPDATE cases SET void_reason = 'Annat skäl' WHERE id = $id" \
	"UPDATE cases SET status = 'beslutat' WHERE id = $id" \
	"UPDATE cases SET dnr_number = dnr_number + 5000 WHERE id = $id"; do
	case $(raw_sql "$stmt") in
	*"makulerat i diariet"*) ok ;;
	*) bad "the makulering changed: $stmt ($(raw_sql "$stmt"))" ;;
	esac
done
# ... and no program removes or replaces a registered ärende (the
# title index needs namnd's collation: Python with a stand-in).
other=$(q "SELECT id FROM cases WHERE id <> $id AND NOT EXISTS (SELECT 1 FROM paragraph p WHERE p.case_id = cases.id) AND NOT EXISTS (SELECT 1 FROM agenda_item a WHERE a.case_id = cases.id) ORDER BY id LIMIT 1")
key=$(q "SELECT quote(dnr_series) || ', ' || dnr_year || ', ' || dnr_number FROM cases WHERE id = $other")
for stmt in \
	"DELETE FROM cases WHERE id = $id" \
	"DELETE FROM cases WHERE id = $other" \
	"DELETE FROM cases" \
	"INSERT OR REPLACE INTO cases (id, dnr_year, dnr_number, title, registered) VALUES ($other, 2099, 1, 'X', '2099-01-01')" \
	"INSERT OR REPLACE INTO cases (dnr_series, dnr_year, dnr_number, title, registered) VALUES ($key, 'X', '2099-01-01')" \
	"UPDATE OR REPLACE cases SET dnr_series = (SELECT dnr_series FROM cases WHERE id = $other), dnr_year = (SELECT dnr_year FROM cases WHERE id = $other), dnr_number = (SELECT dnr_number FROM cases WHERE id = $other) WHERE id = $id + 1"; do
	case $(raw_sql "$stmt") in
	*"diariet"*) ok ;;
	*) bad "a registered ärende removed or replaced: $stmt ($(raw_sql "$stmt"))" ;;
	esac
done
# ... nor renumbers one, which would free its number for namnd to give
# out again, nor gives an ärende a new id (agenda items, paragraphs and
# an utkast's case_shown name it by id).
okey=$(q "SELECT dnr_series || ' ' || dnr_year || '/' || dnr_number FROM cases WHERE id = $other")
for stmt in \
	"UPDATE cases SET dnr_number = 7777 WHERE id = $other" \
	"UPDATE cases SET dnr_year = dnr_year + 1 WHERE id = $other" \
	"UPDATE cases SET dnr_series = 'X' WHERE id = $other" \
	"UPDATE cases SET id = 900000 WHERE id = $other" \
	"UPDATE cases SET dnr_number = dnr_number + 100000 WHERE dnr_number > 0 AND voided IS NULL AND id NOT IN (SELECT case_id FROM locked_paragraph WHERE case_id IS NOT NULL)"; do
	case $(raw_sql "$stmt") in
	*"behåller sitt id, och ett registrerat ärende sitt diarienummer"*) ok ;;
	*) bad "a registered ärende renumbered: $stmt ($(raw_sql "$stmt"))" ;;
	esac
done
eq "the file is as it was" "$before" "$(fingerprint)"
expect_fail "its number is not free for another" 1 "finns redan" \
	case add --title "Annat" --dnr "$okey"

# A file from before this version (schema 17) opens, is upgraded, and
# its ärenden are under the same rules.
cp "$NAMND_DB" "$TMP/old.db"
/usr/bin/python3 - "$TMP/old.db" <<'EOF'
import sys
sys.path.insert(0, 'tests/cli')
from old_schema import connect, migration_text, undo_after
con = connect(sys.argv[1])
# What migrations after 17 made is undone, read from their files (tables,
# views, triggers, indexes made; columns added), newest first; then the
# cases audit triggers of version 10, which 18 replaced.
undo_after(con, 17)
v10 = migration_text(10)
con.executescript(v10[v10.index('DROP TRIGGER cases_audit_insert'):].replace('DROP TRIGGER ', 'DROP TRIGGER IF EXISTS '))
con.execute('PRAGMA user_version = 17')
con.commit()
EOF
eq "prepared a version-17 file" 17 "$(sqlite3 "$TMP/old.db" 'PRAGMA user_version')"
NAMND_DB="$TMP/old.db" expect_ok "the old file opens" case show "$dnr"
has "its ärende is not makulerat" "^Status +registrerat$"
eq "upgraded" "$SCHEMA_LATEST" "$(sqlite3 "$TMP/old.db" 'PRAGMA user_version')"
NAMND_DB="$TMP/old.db" expect_fail "upgraded file: not removed" 1 "registrerat i diariet" case rm "$dnr"
NAMND_DB="$TMP/old.db" expect_ok "upgraded file: makulera" case void "$dnr" --reason "Dubblett"

finish
