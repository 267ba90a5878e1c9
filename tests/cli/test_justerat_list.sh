#!/bin/sh
# A justerat meeting's attendance list is the one kept at justering
# (hostile19 F1, F2): names, parties and who was there as the protokoll
# says, whatever happened to the register or the attendance rows since.
# Rows changed behind the locks by another program (the stock sqlite3
# shell, triggers dropped and made again) do not reach the list, and
# 'protokoll --verify' says that the rows disagree, naming the person
# and the §. A vacant seat that counted at a justerat meeting keeps its
# party, whichever program writes.
. tests/cli/lib.sh
export NAMND_TODAY=2024-03-12
n() { expect_ok "$*" "$@"; }
# py SQL: another program (python's sqlite3, with a stand-in for the
# collation namnd registers) runs SQL and commits; prints rows, or the
# error (status 1).
py() {
	/usr/bin/python3 - "$NAMND_DB" "$1" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.create_collation('sv', lambda a, b: (a > b) - (a < b))
try:
    for r in c.execute(sys.argv[2]):
        print('|'.join(str(x) for x in r))
    c.commit()
except sqlite3.Error as e:
    print(e); sys.exit(1)
PY
}
M=UBN:2024-03-20
M2=UBN:2024-04-17

n init
n committee add --code UBN --name Utbildningsnämnden --place Sessionssalen --time 18.00
for p in "Karin Åberg:S" "Olof Ek:M" "Sara Öhman:SD" "Erik Ers:M" "Nils Ny:M"; do
	n person add --name "${p%%:*}" --party "${p##*:}"
done
n member add --person "Karin Åberg" --committee UBN --role ordförande --from 2024-01-01
n member add --person "Olof Ek" --committee UBN --role ledamot --from 2024-01-01
n member add --person "Sara Öhman" --committee UBN --role ledamot --from 2024-01-01
n member add --committee UBN --vacant --party M --from 2024-01-01
n member add --person "Erik Ers" --committee UBN --role ersättare --order 1 --from 2024-01-01
olof=$(py "SELECT id FROM person WHERE name = 'Olof Ek'")
sara=$(py "SELECT id FROM person WHERE name = 'Sara Öhman'")
erik=$(py "SELECT id FROM person WHERE name = 'Erik Ers'")
vakant=$(py "SELECT id FROM person WHERE vacant = 1")
n meeting add --committee UBN --date 2024-03-20
n meeting add --committee UBN --date 2024-04-17
n agenda add $M --kind information --title "Information"
n agenda add $M --kind information --title "Övrigt"
n paragraph number $M
n attendance set $M "Karin Åberg" närvarande
n attendance set $M "Olof Ek" närvarande
n attendance absent $M "Sara Öhman" --ersattare ingen
n attendance set $M "Erik Ers" tjänstgörande --for "Vakant (M)"
n justerare set $M "Olof Ek"
n paragraph set $M 1 --decision "Informationen noteras."
n paragraph set $M 2 --decision "Noteras."
export NAMND_TODAY=2024-03-25
n justera $M --date 2024-03-25 --by "Olof Ek"
# The next meeting: § 3 justerad omedelbart, § 4 open.
export NAMND_TODAY=2024-04-17
n agenda add $M2 --kind information --title "Brådskande"
n agenda add $M2 --kind information --title "Övrigt"
n paragraph number $M2
for p in "Karin Åberg" "Olof Ek" "Sara Öhman"; do n attendance set $M2 "$p" närvarande; done
n justerare set $M2 "Olof Ek"
n paragraph set $M2 3 --decision "Beslut."
n paragraph set $M2 4 --decision "Noteras."
n justera $M2 --paragraph 3 --by "Olof Ek" --date 2024-04-17
export NAMND_TODAY=2024-04-20

run attendance list $M
has "Olof present" "^Olof Ek \(M\) +ledamot +närvarande"
has "Sara absent" "^Sara Öhman \(SD\) +ledamot +frånvarande"
has "Erik serves for the vacant seat" "^Erik Ers \(M\) +ersättare +tjänstgör för Vakant \(M\)"
before=$out
run --tsv attendance list $M
tsv_before=$out
run protokoll $M
prot_before=$out

# F1: another program swaps Olof's and Sara's attendance behind the
# locks, with the stock sqlite3 shell, and puts the triggers back.
sqlite3 "$NAMND_DB" "SELECT sql || ';' FROM sqlite_master WHERE name IN
	('attendance_lock_update', 'attendance_audit_update')" >"$TMP/trig.sql"
sqlite3 "$NAMND_DB" "DROP TRIGGER attendance_lock_update; DROP TRIGGER attendance_audit_update;
	UPDATE attendance SET status = 'närvarande' WHERE person_id = $sara AND meeting_id = 1;
	UPDATE attendance SET status = 'frånvarande' WHERE person_id = $olof AND meeting_id = 1;"
sqlite3 "$NAMND_DB" <"$TMP/trig.sql"
eq "the rows were changed" "närvarande" \
	"$(sqlite3 "$NAMND_DB" "SELECT status FROM attendance WHERE person_id = $sara AND meeting_id = 1")"
run attendance list $M
eq "the justerat list as at justering" "$before" "$out"
run --tsv attendance list $M
eq "the justerat list (tsv) as at justering" "$tsv_before" "$out"
run protokoll $M
eq "the protokoll as at justering" "$prot_before" "$out"
run protokoll $M --verify
eq "--verify fails" 1 "$rc"
case $err in *"stämmer inte med registret: närvaron vid § 1 har ändrats efter justeringen: Olof Ek antecknades som närvarande, nu står frånvarande"*) ok ;;
	*) bad "--verify does not name Olof and § 1: $err" ;; esac

# An omedelbart justerad § likewise: Sara made absent at § 3 behind the
# lock; the utdrag's --verify names her and § 3.
sqlite3 "$NAMND_DB" "DROP TRIGGER attendance_lock_update; DROP TRIGGER attendance_audit_update;
	UPDATE attendance SET status = 'frånvarande' WHERE person_id = $sara AND meeting_id = 2;"
sqlite3 "$NAMND_DB" <"$TMP/trig.sql"
run utdrag $M2 3 --verify
eq "utdrag of the omedelbart justerad § fails" 1 "$rc"
case $err in *"närvaron vid § 3 har ändrats efter justeringen: Sara Öhman antecknades som närvarande, nu står frånvarande"*) ok ;;
	*) bad "utdrag --verify of § 3: $err" ;; esac

# F2: renamed, re-partied after justering: the justerat list keeps the
# names and parties it was justerat with, as the protokoll does.
n person edit $olof --name "Olof Eklund"
n person edit $olof --party KD
n person edit $erik --party S
run attendance list $M
eq "renames do not reach the justerat list" "$before" "$out"
hasnt "no new name in the justerat list" "Eklund"
# The omedelbart justerad § keeps the names as on the meeting's day.
run attendance list $M2
has "M2: the name as justerad in § 3" "^Olof Ek \(M\) +ledamot +närvarande"
hasnt "M2: no new name" "Eklund"

# The vacant seat's party: refused by namnd and by another program.
run person edit $vakant --party S
eq "vacant seat's party change refused" 1 "$rc"
case $err in *"räknades vid ett justerat sammanträde och byter inte parti"*) ok ;;
	*) bad "vacant party change: $err" ;; esac
if res=$(py "UPDATE person SET party = 'S' WHERE id = $vakant" 2>&1); then
	bad "another program changed the vacant seat's party"; else
	case $res in *"byter inte parti"*) ok ;; *) bad "raw party update: $res" ;; esac; fi
eq "the party stays M" "M" "$(py "SELECT party FROM person WHERE id = $vakant")"
# A vacant seat that never counted at a justerat meeting may be corrected.
n member add --committee UBN --vacant --party S --from 2024-05-01
late=$(py "SELECT max(id) FROM person WHERE vacant = 1")
n person edit $late --party V
eq "the new seat's party corrected" "V" "$(py "SELECT party FROM person WHERE id = $late")"
finish
