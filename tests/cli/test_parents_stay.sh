#!/bin/sh
# Whatever program writes the file, the people and bodies a justerat
# protokoll names stay (schema 039), and an ärende or month report line
# put in past the audit log is found by `audit verify` (found by a
# hostile pass: another program, foreign keys off as Python's sqlite3 and
# the sqlite3 shell have them by default, deleted a justerare or a whole
# body with one DELETE; one defining namnd's bulk flag function inserted
# an ärende with no audit row, and nothing noticed).
. tests/cli/lib.sh
. tests/cli/fixtures/raw.sh

expect_ok "demo" demo
q() { sqlite3 -readonly "$NAMND_DB" "$1"; }
jm=$(q "SELECT min(id) FROM meeting WHERE justerad_on IS NOT NULL")
pid=$(q "SELECT min(person_id) FROM attendance WHERE meeting_id = $jm")
kid=$(q "SELECT committee_id FROM meeting WHERE id = $jm")
name=$(q "SELECT name FROM person WHERE id = $pid")
persons=$(q "SELECT count(*) FROM person NOT INDEXED")

eq "a person of a justerat meeting: DELETE refused" \
	"Personen finns i ett justerat protokoll och tas aldrig bort ur registret." \
	"$(raw_sql "DELETE FROM person WHERE id = $pid")"
eq "the body of a justerat meeting: DELETE refused" \
	"Organet har ett justerat protokoll och tas aldrig bort ur registret." \
	"$(raw_sql "DELETE FROM committee WHERE id = $kid")"
eq "nobody removed" "$persons" "$(q "SELECT count(*) FROM person NOT INDEXED")"
run meeting list
has "the meeting is still listed" "$(q "SELECT date FROM meeting WHERE id = $jm")"

# Nor can their ids change (schema 042): with foreign keys off, a new id
# took every meeting of the body, or a justerare's attendance, with it.
eq "the body's id: UPDATE refused" \
	"Ett organs id ändras aldrig: sammanträden, uppdrag och ärenden pekar på det." \
	"$(raw_sql "UPDATE committee SET id = 999 WHERE id = $kid")"
eq "the person's id: UPDATE refused" \
	"En persons id ändras aldrig: protokoll, uppdrag och ärenden pekar på det." \
	"$(raw_sql "UPDATE person SET id = 999 WHERE id = $pid")"
eq "also by the name rowid" \
	"En persons id ändras aldrig: protokoll, uppdrag och ärenden pekar på det." \
	"$(raw_sql "UPDATE person SET rowid = 998 WHERE id = $pid")"
eq "the person keeps the id" "$name" "$(q "SELECT name FROM person WHERE id = $pid")"
run meeting list
has "the meeting is still listed after the attempts" "$(q "SELECT date FROM meeting WHERE id = $jm")"
eq "another program may still change a name" ok \
	"$(raw_sql "UPDATE committee SET place = 'Stadshuset' WHERE id = $kid")"

# A body with registered ärenden but nothing justerat: the diarium keeps it.
expect_ok "a new body" committee add --code KFN --name "Kultur- och fritidsnämnden"
expect_ok "an ärende in it" case add --title "Bidrag till föreningar" --committee KFN
kfn=$(q "SELECT max(id) FROM committee")
eq "a body with registered ärenden: DELETE refused" \
	"Organet har registrerade ärenden i diariet och tas aldrig bort ur registret." \
	"$(raw_sql "DELETE FROM committee WHERE id = $kfn")"

# namnd says the same, not "remove them first", which cannot be done.
expect_fail "person rm names the justerat protokoll" 1 "justerat protokoll" person rm "$pid"

# One named nowhere justerat may still go, by namnd or another program.
expect_ok "a new person" person add --name "Tillfällig Testperson"
tid=$(printf '%s\n' "$out" | sed -n 's/^Lade till person \([0-9]*\)\.$/\1/p')
eq "its id" "$(q "SELECT max(id) FROM person")" "$tid"
eq "another program removes a person named nowhere" ok \
	"$(raw_sql "DELETE FROM person WHERE id = $tid")"

# audit verify: holds on the demo, then finds what was put in past the log.
expect_ok "audit verify holds" audit verify
cnt=$(q "SELECT count(*) FROM audit_log")
eq "another program's insert is still audited" ok \
	"$(raw_sql "INSERT INTO cases (committee_id, dnr_year, dnr_number, title, registered) VALUES ($kid, 2024, 9001, 'Inlagt av annat program', '2024-03-01')")"
eq "one audit row more" "$((cnt + 1))" "$(q "SELECT count(*) FROM audit_log")"
expect_ok "audit verify still holds (the row stands outside the chain)" audit verify

/usr/bin/python3 - "$NAMND_DB" "$kid" <<'EOF'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.create_collation('sv', lambda a, b: (a > b) - (a < b))
con.create_function('sqlite_compileoption_used', 1, lambda s: 1)
con.execute("INSERT INTO cases (committee_id, dnr_year, dnr_number, title, registered) "
            "VALUES (?, 2024, 9002, 'Förbi loggen', '2024-03-02')", (int(sys.argv[2]),))
con.commit()
EOF
eq "the sneaked insert left no audit row" "$((cnt + 1))" "$(q "SELECT count(*) FROM audit_log")"
sneak=$(q "SELECT id FROM cases WHERE dnr_number = 9002")
expect_fail "audit verify fails" 1 "granskningsloggen har ändrats" audit verify
has "audit verify names the ärende put in past the log" \
	"^1 ärenden saknar sin rad i loggen \\(den första har id $sneak\\)"

# The same program replaces a registered ärende by its dnr (the checks
# against INSERT OR REPLACE are skipped while that function says yes):
# the old row is gone with no delete in the log, and verify says so.
victim=$(q "SELECT min(id) FROM cases WHERE dnr_number > 0 AND voided IS NULL AND id NOT IN (SELECT case_id FROM paragraph WHERE case_id IS NOT NULL)")
vdnr=$(q "SELECT dnr_series || '|' || dnr_year || '|' || dnr_number || '|' || committee_id FROM cases WHERE id = $victim")
/usr/bin/python3 - "$NAMND_DB" "$vdnr" <<'EOF2'
import sqlite3, sys
ser, yr, num, kid = sys.argv[2].split('|')
con = sqlite3.connect(sys.argv[1])
con.create_collation('sv', lambda a, b: (a > b) - (a < b))
con.create_function('sqlite_compileoption_used', 1, lambda s: 1)
con.execute("INSERT OR REPLACE INTO cases (committee_id, dnr_series, dnr_year, dnr_number, title, "
            "registered) VALUES (?, ?, ?, ?, 'Ersatt förbi loggen', '2024-03-03')",
            (int(kid), ser, int(yr), int(num)))
con.commit()
EOF2
eq "the registered ärende is gone" "" "$(q "SELECT id FROM cases WHERE id = $victim")"
expect_fail "audit verify fails" 1 "granskningsloggen har ändrats" audit verify
has "audit verify names the ärende replaced past the log" \
	"^1 ärenden som loggen visar inlagda finns inte längre .*\\(det första har id $victim\\)"
finish
